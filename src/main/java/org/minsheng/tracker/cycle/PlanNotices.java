package org.minsheng.tracker.cycle;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Plans on public notice, by year.
 */
interface PlanNotices extends JpaRepository<PlanNotice, Integer> {

}
