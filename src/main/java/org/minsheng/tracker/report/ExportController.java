package org.minsheng.tracker.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.spreadsheet.TableWriter;
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
 * {@code export.xlsx} with all three as sheets; each as of {@code asOf}, streamed.
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
	void indicators(@PathVariable int year, @RequestParam(name = "asOf", defaultValue = "") AsOf when, Locale locale,
			HttpServletResponse response) throws IOException {
		this.tables.requirePublished(year);
		try (TableWriter writer = Tables.csvTo(attachment(response, CSV, fileName(year, "", when, "csv")))) {
			this.tables.indicators(year, when, locale, writer);
		}
	}

	@GetMapping("/plans/{year}/reports.csv")
	void reports(@PathVariable int year, @RequestParam(name = "asOf", defaultValue = "") AsOf when, Locale locale,
			HttpServletResponse response) throws IOException {
		this.tables.requirePublished(year);
		try (TableWriter writer = Tables.csvTo(attachment(response, CSV, fileName(year, "-reports", when, "csv")))) {
			this.tables.reports(year, when, locale, writer);
		}
	}

	@GetMapping("/plans/{year}/counties.csv")
	void counties(@PathVariable int year, @RequestParam(name = "asOf", defaultValue = "") AsOf when, Locale locale,
			HttpServletResponse response) throws IOException {
		this.tables.requirePublished(year);
		try (TableWriter writer = Tables.csvTo(attachment(response, CSV, fileName(year, "-counties", when, "csv")))) {
			this.tables.counties(year, when, locale, writer);
		}
	}

	@GetMapping("/plans/{year}/export.xlsx")
	void workbook(@PathVariable int year, @RequestParam(name = "asOf", defaultValue = "") AsOf when, Locale locale,
			HttpServletResponse response) throws IOException {
		this.tables.requirePublished(year);
		try (TableWriter writer = Tables.xlsxTo(attachment(response, XLSX, fileName(year, "", when, "xlsx")))) {
			this.tables.indicators(year, when, locale, writer);
			this.tables.reports(year, when, locale, writer);
			this.tables.counties(year, when, locale, writer);
		}
	}

	/**
	 * Sets the download's type and file name, once the year is known to exist, and gives
	 * the body's stream: the file is written to it as it is built, never held whole.
	 */
	private static OutputStream attachment(HttpServletResponse response, MediaType type, String fileName)
			throws IOException {
		response.setContentType(type.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		return response.getOutputStream();
	}

	static ResponseEntity<byte[]> file(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	static String fileName(int year, String part, AsOf asOf, String extension) {
		return "minsheng-" + year + part + "-asof-" + ExportTables.fileDay(asOf) + "." + extension;
	}

}
