package org.minsheng.tracker.source;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored source documents, for the features that cite them.
 */
@Service
@Transactional(readOnly = true)
public class SourceCatalog {

	private final SourceDocuments documents;

	SourceCatalog(SourceDocuments documents) {
		this.documents = documents;
	}

	public List<SourceDocument> byIds(Collection<Long> ids) {
		return this.documents.findAllById(ids);
	}

}
