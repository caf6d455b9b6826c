package org.minsheng.tracker.watch;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Watch-list entries.
 */
interface WatchEntries extends JpaRepository<WatchEntry, Long> {

	/** The entries public at a moment: placed before it and not lifted by then. */
	@Query("""
			select w from WatchEntry w where w.placedAt < :moment
			and (w.liftedAt is null or w.liftedAt >= :moment) order by w.placedAt, w.id""")
	List<WatchEntry> findActiveAt(Instant moment);

	@Query("select w from WatchEntry w order by w.placedAt desc, w.id desc")
	List<WatchEntry> findAllNewestFirst();

}
