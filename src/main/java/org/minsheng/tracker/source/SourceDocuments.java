package org.minsheng.tracker.source;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The stored source documents.
 */
interface SourceDocuments extends JpaRepository<SourceDocument, Long> {

	Optional<SourceDocument> findByCode(String code);

}
