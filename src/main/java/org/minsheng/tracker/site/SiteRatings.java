package org.minsheng.tracker.site;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SiteRatings extends JpaRepository<SiteRating, Long> {

	/** Rows of (site id, works, count). */
	@Query("select r.site.id, r.works, count(r) from SiteRating r where r.site.id in :siteIds group by r.site.id, r.works")
	List<Object[]> countBySite(Collection<Long> siteIds);

}
