package org.minsheng.tracker.spreadsheet.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import org.minsheng.tracker.county.CountyDirectory;
import org.minsheng.tracker.spreadsheet.SheetExport;
import org.minsheng.tracker.spreadsheet.SheetFormat;
import org.minsheng.tracker.spreadsheet.SheetLimits;
import org.minsheng.tracker.spreadsheet.SheetType;
import org.minsheng.tracker.spreadsheet.SpreadsheetImport;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.system.ControlCharacters;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import page: upload a sheet, look at the preview, commit it; download the template
 * or the export. A file that cannot be used is explained and nothing is stored.
 */
@Controller
@RequestMapping("/staff/import")
class ImportController {

	static final String PAGE_VIEW = "spreadsheet/import";

	static final String PREVIEW_VIEW = "spreadsheet/preview";

	static final String REDIRECT_TO_PAGE = "redirect:/staff/import";

	private final SpreadsheetImport imports;

	private final SheetExport export;

	private final CountyDirectory counties;

	private final Clock clock;

	ImportController(SpreadsheetImport imports, SheetExport export, CountyDirectory counties, Clock clock) {
		this.clock = clock;
		this.imports = imports;
		this.export = export;
		this.counties = counties;
	}

	@GetMapping
	String page(@RequestParam(required = false) String tooLarge, @RequestParam(required = false) String unreadable,
			StaffMember staff, Model model) {
		if (unreadable != null) {
			model.addAttribute("importError", "import.error.fileName");
			model.addAttribute("importArguments", new Object[0]);
		}
		LocalDate example = this.export.exampleDate(staff, LocalDate.now(this.clock));
		model.addAttribute("exampleDate", example.toString());
		model.addAttribute("exampleSlashDate",
				example.getYear() + "/" + example.getMonthValue() + "/" + example.getDayOfMonth());
		if (tooLarge != null) {
			model.addAttribute("importError", "import.error.tooLarge");
			model.addAttribute("importArguments", new Object[] { SheetLimits.MAX_BYTES / 1024 / 1024 });
		}
		model.addAttribute("columns", SheetFormat.header(SheetFormat.countyColumns(this.counties.all())));
		model.addAttribute("maxMegabytes", SheetLimits.MAX_BYTES / 1024 / 1024);
		model.addAttribute("maxRows", SheetLimits.MAX_ROWS);
		return PAGE_VIEW;
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, StaffMember staff,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			return refuse(redirect, "import.error.emptyFile");
		}
		if (ControlCharacters.in(file.getOriginalFilename())) {
			return refuse(redirect, "import.error.fileName");
		}
		if (file.getSize() > SheetLimits.MAX_BYTES) {
			return refuse(redirect, "import.error.tooLarge", SheetLimits.MAX_BYTES / 1024 / 1024);
		}
		Long batch = this.imports.upload(file.getOriginalFilename(), file.getBytes(), staff);
		return "redirect:/staff/import/batches/" + batch;
	}

	@GetMapping("/batches/{id}")
	String preview(@PathVariable Long id, StaffMember staff, Model model) {
		model.addAttribute("preview", this.imports.preview(id, staff));
		return PREVIEW_VIEW;
	}

	@PostMapping("/batches/{id}/commit")
	String commit(@PathVariable Long id, StaffMember staff, RedirectAttributes redirect) {
		int filed = this.imports.commit(id, staff);
		redirect.addFlashAttribute("importNotice", "import.notice.committed");
		redirect.addFlashAttribute("importArguments", new Object[] { filed });
		return batchPage(id);
	}

	@GetMapping("/template.{type:csv|xlsx}")
	ResponseEntity<byte[]> template(@PathVariable String type, StaffMember staff) {
		return download(type, "进度填报模板", false, staff);
	}

	@GetMapping("/export.{type:csv|xlsx}")
	ResponseEntity<byte[]> export(@PathVariable String type, StaffMember staff) {
		return download(type, "进度数据导出", true, staff);
	}

	private ResponseEntity<byte[]> download(String extension, String baseName, boolean withFigures, StaffMember staff) {
		SheetType type = SheetType.ofFileName("." + extension).orElseThrow();
		byte[] body = this.export.file(type, staff, withFigures);
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(baseName + "." + type.extension(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(body);
	}

	static String batchPage(Object id) {
		return "redirect:/staff/import/batches/" + id;
	}

	static String refuse(RedirectAttributes redirect, String messageKey, Object... arguments) {
		redirect.addFlashAttribute("importError", messageKey);
		redirect.addFlashAttribute("importArguments", arguments);
		return REDIRECT_TO_PAGE;
	}

}
