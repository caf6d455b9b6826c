package org.minsheng.tracker.county;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the county feature offers the others: the 11 counties in their fixed order, and
 * the places sources name a county for a commitment.
 */
@Service
@Transactional(readOnly = true)
public class CountyDirectory {

	private final Counties counties;

	private final CountyMentions mentions;

	CountyDirectory(Counties counties, CountyMentions mentions) {
		this.counties = counties;
		this.mentions = mentions;
	}

	/** Every county, in the order the city lists them. */
	public List<County> all() {
		return this.counties.findAllByOrderBySortOrder();
	}

	public Optional<County> byCode(String code) {
		return this.counties.findByCode(code);
	}

	/** The counties sources name for these commitments, in county order. */
	public List<CountyMention> mentionsOf(Collection<Long> commitmentIds) {
		return this.mentions.findForCommitments(commitmentIds);
	}

	/** The commitments sources name this county for. */
	public List<CountyMention> mentionsIn(String countyCode) {
		return this.mentions.findForCounty(countyCode);
	}

}
