package org.minsheng.tracker.spreadsheet;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An uploaded sheet waiting for its owner to look at the preview and commit it. Kept in
 * the database, so any instance can show the preview or commit it; committed once only.
 */
@Entity
@Table(name = "import_batch")
class ImportBatch {

	enum State {

		PREVIEW, COMMITTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id")
	private Long ownerId;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "row_count")
	private int rowCount;

	private String content;

	@Enumerated(EnumType.STRING)
	private State state;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	@Column(name = "committed_at")
	private Instant committedAt;

	@Version
	private long version;

	protected ImportBatch() {
	}

	ImportBatch(Long ownerId, String fileName, int rowCount, String content, Instant now) {
		this.ownerId = ownerId;
		this.fileName = fileName;
		this.rowCount = rowCount;
		this.content = content;
		this.state = State.PREVIEW;
		this.uploadedAt = now;
	}

	/** Marks the batch committed; a batch is committed once only. */
	void commit(Instant now) {
		if (isCommitted()) {
			throw new ImportRefusedException("import.error.alreadyCommitted");
		}
		this.state = State.COMMITTED;
		this.committedAt = now;
	}

	boolean isOwnedBy(Long userId) {
		return this.ownerId.equals(userId);
	}

	boolean isCommitted() {
		return this.state == State.COMMITTED;
	}

	Long getId() {
		return this.id;
	}

	String getFileName() {
		return this.fileName;
	}

	int getRowCount() {
		return this.rowCount;
	}

	String getContent() {
		return this.content;
	}

	Instant getUploadedAt() {
		return this.uploadedAt;
	}

	Instant getCommittedAt() {
		return this.committedAt;
	}

}
