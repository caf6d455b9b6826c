package org.minsheng.tracker.report;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.spreadsheet.Tables;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A year's figures to download: {@code export.csv} (one row per indicator),
 * {@code reports.csv} (every approved report), {@code counties.csv} (county figures) and
 * {@code export.xlsx} with all three as sheets; each as of {@code asOf}.
 */
@Controller
class ExportController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ExportTables tables;

	ExportController(ExportTables tables) {
		this.tables = tables;
	}

	@GetMapping("/plans/{year}/export.csv")
	ResponseEntity<byte[]> indicators(@PathVariable int year, @RequestParam(name = "asOf", defaultValue = "") AsOf when,
			Locale locale) {
		return file(Tables.csv(this.tables.indicators(year, when, locale)), CSV, fileName(year, "", when, "csv"));
	}

	@GetMapping("/plans/{year}/reports.csv")
	ResponseEntity<byte[]> reports(@PathVariable int year, @RequestParam(name = "asOf", defaultValue = "") AsOf when,
			Locale locale) {
		return file(Tables.csv(this.tables.reports(year, when, locale)), CSV, fileName(year, "-reports", when, "csv"));
	}

	@GetMapping("/plans/{year}/counties.csv")
	ResponseEntity<byte[]> counties(@PathVariable int year, @RequestParam(name = "asOf", defaultValue = "") AsOf when,
			Locale locale) {
		return file(Tables.csv(this.tables.counties(year, when, locale)), CSV,
				fileName(year, "-counties", when, "csv"));
	}

	@GetMapping("/plans/{year}/export.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable int year, @RequestParam(name = "asOf", defaultValue = "") AsOf when,
			Locale locale) {
		Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
		sheets.put(this.tables.sheetName("indicators", locale), this.tables.indicators(year, when, locale));
		sheets.put(this.tables.sheetName("reports", locale), this.tables.reports(year, when, locale));
		sheets.put(this.tables.sheetName("counties", locale), this.tables.counties(year, when, locale));
		return file(Tables.xlsx(sheets), XLSX, fileName(year, "", when, "xlsx"));
	}

	static String fileName(int year, String part, AsOf asOf, String extension) {
		return "minsheng-" + year + part + "-asof-" + ExportTables.fileDay(asOf) + "." + extension;
	}

	static ResponseEntity<byte[]> file(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

}
