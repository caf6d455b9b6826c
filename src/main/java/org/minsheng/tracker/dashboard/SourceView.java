package org.minsheng.tracker.dashboard;

import java.time.LocalDate;

import org.minsheng.tracker.source.SourceDocument;
import org.minsheng.tracker.system.LocalizedText;

/**
 * A source as a page cites it.
 */
public record SourceView(String code, LocalizedText title, LocalizedText publisher, LocalDate publishedOn,
		String edition) {

	static SourceView of(SourceDocument document) {
		if (document == null) {
			return null;
		}
		return new SourceView(document.getCode(), document.getTitle(), document.getPublisher(),
				document.getPublishedOn(), document.getEdition());
	}

}
