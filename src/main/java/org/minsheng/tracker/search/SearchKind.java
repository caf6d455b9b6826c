package org.minsheng.tracker.search;

/** What a search result is, in the order results are grouped. */
public enum SearchKind {

	COMMITMENT, INDICATOR, STORY, SUGGESTION, HOPE;

	public String messageKey() {
		return "search.kind." + name();
	}

}
