package org.minsheng.tracker.site;

import org.springframework.data.jpa.repository.JpaRepository;

interface SitePhotos extends JpaRepository<SitePhoto, Long> {

}
