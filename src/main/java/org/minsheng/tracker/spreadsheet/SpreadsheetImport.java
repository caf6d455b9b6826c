package org.minsheng.tracker.spreadsheet;

import java.time.Clock;
import java.util.List;

import org.minsheng.tracker.county.CountyDirectory;
import org.minsheng.tracker.county.County;
import org.minsheng.tracker.progress.FilingResult;
import org.minsheng.tracker.progress.ReportFilingService;
import org.minsheng.tracker.progress.ReportFiling;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Upload, preview and commit. An upload that can be read is kept as a batch owned by its
 * uploader; the preview checks every row against the current data; the commit checks
 * again and files every row through {@link ReportFilingService}, submitted for review, in
 * one transaction: all rows or none.
 */
@Service
public class SpreadsheetImport {

	private final ImportBatches batches;

	private final ImportCheck check;

	private final CountyDirectory counties;

	private final ReportFilingService filing;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SpreadsheetImport(ImportBatches batches, ImportCheck check, CountyDirectory counties, ReportFilingService filing,
			ApplicationEventPublisher events, Clock clock) {
		this.batches = batches;
		this.check = check;
		this.counties = counties;
		this.filing = filing;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Reads an uploaded file and keeps its rows for the preview.
	 * @return the batch id
	 * @throws SheetException when the file cannot be used; nothing is stored then
	 */
	@Transactional
	public Long upload(String fileName, byte[] bytes, StaffMember editor) {
		List<SheetRow> rows = SheetFiles.read(fileName, bytes, SheetFormat.countyColumns(this.counties.all()));
		ImportBatch batch = new ImportBatch(editor.id(), displayName(fileName), rows.size(), BatchContent.encode(rows),
				this.clock.instant());
		return this.batches.save(batch).getId();
	}

	/**
	 * The batch's rows, checked against the current data (404 unless the caller owns it).
	 */
	@Transactional(readOnly = true)
	public ImportPreview preview(Long batchId, StaffMember editor) {
		ImportBatch batch = owned(batchId, editor);
		List<County> all = this.counties.all();
		List<String> header = SheetFormat.header(SheetFormat.countyColumns(all));
		List<SheetRow> rows = BatchContent.decode(batch.getContent(), header.size());
		List<RowCheck> checked = batch.isCommitted() ? rows.stream().map(SpreadsheetImport::asCommitted).toList()
				: this.check.check(rows, editor, all);
		return new ImportPreview(batch.getId(), batch.getFileName(), batch.getUploadedAt(), batch.isCommitted(), header,
				checked);
	}

	/**
	 * Files every row, submitted for review, or none.
	 * @return how many reports were filed
	 * @throws ImportRefusedException when any row has a mistake, nothing is to be filed
	 * or the batch is already committed; nothing is changed then
	 */
	@Transactional
	public int commit(Long batchId, StaffMember editor) {
		ImportBatch batch = owned(batchId, editor);
		if (batch.isCommitted()) {
			throw new ImportRefusedException("import.error.alreadyCommitted");
		}
		List<County> all = this.counties.all();
		List<RowCheck> checked = this.check.check(
				BatchContent.decode(batch.getContent(), SheetFormat.header(SheetFormat.countyColumns(all)).size()),
				editor, all);
		if (checked.stream().anyMatch((row) -> row.outcome() == RowCheck.Outcome.ERROR)) {
			throw new ImportRefusedException("import.error.rowsHaveErrors");
		}
		List<ReportFiling> forms = checked.stream()
			.filter((row) -> row.outcome() == RowCheck.Outcome.FILE)
			.map(RowCheck::filing)
			.toList();
		if (forms.isEmpty()) {
			throw new ImportRefusedException("import.error.nothingToFile");
		}
		for (ReportFiling form : forms) {
			FilingResult result = this.filing.file(form, null, true, editor);
			if (!result.isSaved()) {
				throw new ImportRefusedException("import.error.rowsHaveErrors");
			}
		}
		batch.commit(this.clock.instant());
		this.batches.saveAndFlush(batch);
		this.events
			.publishEvent(new SpreadsheetImported(batch.getId(), batch.getFileName(), forms.size(), editor.username()));
		return forms.size();
	}

	private static RowCheck asCommitted(SheetRow row) {
		return new RowCheck(row, row.line().reportsNothing() ? RowCheck.Outcome.SKIP : RowCheck.Outcome.FILE, List.of(),
				null);
	}

	private ImportBatch owned(Long batchId, StaffMember editor) {
		return this.batches.findById(batchId)
			.filter((batch) -> batch.isOwnedBy(editor.id()))
			.orElseThrow(() -> new NotFoundException("notFound.importBatch", batchId));
	}

	/** The file's own name, without any folder a browser sent, at most 255 characters. */
	static String displayName(String fileName) {
		String name = (fileName == null || fileName.isBlank()) ? "upload" : fileName.strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return (name.length() > 255) ? name.substring(name.length() - 255) : name;
	}

}
