package org.minsheng.tracker.site;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minsheng.tracker.county.County;
import org.minsheng.tracker.county.CountyDirectory;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.site.SiteEvents.SitesImported;
import org.minsheng.tracker.site.SiteImportRow.Outcome;
import org.minsheng.tracker.site.SiteImportRow.Refusal;
import org.minsheng.tracker.spreadsheet.SheetFiles;
import org.minsheng.tracker.spreadsheet.SheetType;
import org.minsheng.tracker.spreadsheet.Tables;
import org.minsheng.tracker.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sites in a spreadsheet, by the same rules as figures: a template and an export in one
 * layout ({@link SiteSheet}), CSV (UTF-8 with or without a byte-order mark, or GBK) or
 * XLSX; an upload is previewed row by row, and committed all at once or not at all, each
 * new or changed row filed for review as through the form. The export imports back
 * unchanged: a row equal to what was filed last files nothing.
 */
@Service
public class SiteImport {

	private final PlanCatalog catalog;

	private final CountyDirectory counties;

	private final SiteRevisions revisions;

	private final SiteFiling filing;

	private final SiteBoard board;

	private final ApplicationEventPublisher events;

	SiteImport(PlanCatalog catalog, CountyDirectory counties, SiteRevisions revisions, SiteFiling filing,
			SiteBoard board, ApplicationEventPublisher events) {
		this.catalog = catalog;
		this.counties = counties;
		this.revisions = revisions;
		this.filing = filing;
		this.board = board;
		this.events = events;
	}

	/** The empty template: the header row only. */
	public byte[] template(SheetType type) {
		return write(type, List.of());
	}

	/**
	 * What was filed last for every site of the editor's departments, in the sheet's
	 * layout.
	 */
	@Transactional(readOnly = true)
	public byte[] export(SheetType type, StaffMember editor) {
		List<List<String>> rows = new ArrayList<>();
		for (SiteDesk desk : this.board.deskOf(editor.departmentIds())) {
			for (SiteRevision revision : desk.sites()) {
				Indicator indicator = revision.getSite().getIndicator();
				SiteDetails details = revision.details();
				rows.add(List.of(String.valueOf(desk.commitment().getPlan().getYear()),
						String.valueOf(desk.commitment().getNumber()), String.valueOf(indicator.getPosition()),
						String.valueOf(revision.getSite().getId()), details.name(), details.address(),
						details.county().getName().zh(),
						(details.position() != null) ? details.position().latitude().toPlainString() : "",
						(details.position() != null) ? details.position().longitude().toPlainString() : "",
						(details.inServiceOn() != null) ? details.inServiceOn().toString() : "",
						SiteSheet.label(details.state())));
			}
		}
		return write(type, rows);
	}

	private static byte[] write(SheetType type, List<List<String>> data) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(SiteSheet.HEADER);
		rows.addAll(data);
		return (type == SheetType.CSV) ? Tables.csv(rows) : Tables.xlsx(Map.of("点位", rows));
	}

	/**
	 * Every row checked.
	 * @throws org.minsheng.tracker.spreadsheet.SheetException when the file as a whole
	 * cannot be used
	 */
	@Transactional(readOnly = true)
	public SiteImportPreview preview(String fileName, byte[] bytes, StaffMember editor) {
		List<SiteImportRow> rows = new ArrayList<>();
		for (Map.Entry<Integer, List<String>> line : SheetFiles.readTable(fileName, bytes, SiteSheet.HEADER)) {
			rows.add(check(line.getKey(), line.getValue(), editor).row());
		}
		return new SiteImportPreview(fileName, rows);
	}

	/**
	 * Files every new or changed row, or nothing when any row is refused.
	 * @return how many rows were filed
	 */
	@Transactional
	public int commit(String fileName, byte[] bytes, StaffMember editor) {
		List<Checked> checked = new ArrayList<>();
		for (Map.Entry<Integer, List<String>> line : SheetFiles.readTable(fileName, bytes, SiteSheet.HEADER)) {
			Checked row = check(line.getKey(), line.getValue(), editor);
			if (row.row().refused()) {
				throw new SiteReviewException("sites.import.error.refusedRows");
			}
			checked.add(row);
		}
		int filed = 0;
		for (Checked row : checked) {
			if (row.row().outcome() == Outcome.NEW) {
				this.filing.fileNew(row.indicator().getId(), row.details(), null, editor);
				filed++;
			}
			else if (row.row().outcome() == Outcome.CHANGED) {
				this.filing.fileChange(row.siteId(), row.details(), null, editor);
				filed++;
			}
		}
		this.events.publishEvent(new SitesImported(editor.username(), filed, fileName));
		return filed;
	}

	private record Checked(SiteImportRow row, Indicator indicator, Long siteId, SiteDetails details) {
	}

	private Checked check(int number, List<String> cells, StaffMember editor) {
		List<Refusal> refusals = new ArrayList<>();
		Indicator indicator = indicator(cells, editor, refusals);
		Long siteId = null;
		SiteRevision latest = null;
		if (!cells.get(3).isEmpty()) {
			siteId = number(cells.get(3));
			latest = (siteId != null && indicator != null) ? this.revisions.findLatestOfSite(siteId)
				.filter((r) -> r.getSite().getIndicator().getId().equals(indicator.getId()))
				.orElse(null) : null;
			if (latest == null) {
				refusals.add(Refusal.of("sites.import.error.site", cells.get(3)));
			}
		}
		SiteDetails details = details(cells, refusals);
		Outcome outcome = null;
		if (refusals.isEmpty()) {
			if (latest == null) {
				outcome = Outcome.NEW;
			}
			else if (latest.details().describe().equals(details.describe())) {
				outcome = Outcome.UNCHANGED;
			}
			else if (latest.getReviewState() == SiteReview.SUBMITTED) {
				refusals.add(Refusal.of("sites.error.awaitingReview"));
			}
			else {
				outcome = Outcome.CHANGED;
			}
		}
		return new Checked(new SiteImportRow(number, cells, outcome, List.copyOf(refusals)), indicator, siteId,
				details);
	}

	private Indicator indicator(List<String> cells, StaffMember editor, List<Refusal> refusals) {
		Integer year = integer(cells.get(0));
		Integer commitment = integer(cells.get(1));
		Integer position = integer(cells.get(2));
		Optional<Indicator> found = (year == null || commitment == null || position == null) ? Optional.empty()
				: this.catalog.publishedPlan(year)
					.flatMap((plan) -> this.catalog.commitment(plan, commitment))
					.flatMap((c) -> c.getIndicators().stream().filter((i) -> i.getPosition() == position).findFirst())
					.filter((i) -> i.getKind() == IndicatorKind.COUNT);
		if (found.isEmpty()) {
			refusals.add(Refusal.of("sites.import.error.indicator", cells.get(0), cells.get(1), cells.get(2)));
			return null;
		}
		if (!editor.belongsTo(found.get().getCommitment().getLeadDepartment())) {
			refusals.add(Refusal.of("sites.import.error.notLead", cells.get(0), cells.get(1)));
			return null;
		}
		return found.get();
	}

	private SiteDetails details(List<String> cells, List<Refusal> refusals) {
		String name = cells.get(4);
		String address = cells.get(5);
		if (name.isEmpty() || name.length() > 100) {
			refusals.add(Refusal.of(name.isEmpty() ? "sites.error.nameRequired" : "sites.error.nameTooLong"));
		}
		if (address.isEmpty() || address.length() > 200) {
			refusals.add(Refusal.of(address.isEmpty() ? "sites.error.addressRequired" : "sites.error.addressTooLong"));
		}
		County county = this.counties.all()
			.stream()
			.filter((c) -> c.getName().zh().equals(cells.get(6)) || c.getCode().equals(cells.get(6)))
			.findFirst()
			.orElse(null);
		if (county == null) {
			refusals.add(Refusal.of("sites.import.error.county", cells.get(6)));
		}
		Coordinates position = null;
		if (cells.get(7).isEmpty() != cells.get(8).isEmpty()) {
			refusals.add(Refusal.of("sites.error.positionBoth"));
		}
		else if (!cells.get(7).isEmpty()) {
			position = Coordinates.parse(cells.get(7), cells.get(8));
			if (position == null) {
				refusals.add(Refusal.of("sites.error.positionFormat"));
			}
			else if (!position.inJinzhong()) {
				refusals.add(Refusal.of("sites.error.positionOutside"));
			}
		}
		LocalDate inService = null;
		if (!cells.get(9).isEmpty()) {
			try {
				inService = LocalDate.parse(cells.get(9));
			}
			catch (DateTimeParseException ex) {
				refusals.add(Refusal.of("sites.error.dateFormat"));
			}
		}
		SiteState state = SiteSheet.state(cells.get(10));
		if (state == null) {
			refusals.add(Refusal.of("sites.import.error.state", cells.get(10)));
		}
		return refusals.isEmpty() ? new SiteDetails(name, address, county, position, inService, state) : null;
	}

	private static Integer integer(String cell) {
		try {
			return Integer.valueOf(cell.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Long number(String cell) {
		try {
			return Long.valueOf(cell.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
