package org.minsheng.tracker.spreadsheet;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Uploaded batches.
 */
interface ImportBatches extends JpaRepository<ImportBatch, Long> {

}
