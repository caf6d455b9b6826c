package org.minsheng.tracker.spreadsheet.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.minsheng.tracker.county.CountyDirectory;
import org.minsheng.tracker.spreadsheet.ImportRefusedException;
import org.minsheng.tracker.spreadsheet.SheetException;
import org.minsheng.tracker.spreadsheet.SheetExport;
import org.minsheng.tracker.spreadsheet.SheetFormat;
import org.minsheng.tracker.spreadsheet.SheetLimits;
import org.minsheng.tracker.spreadsheet.SheetType;
import org.minsheng.tracker.spreadsheet.SpreadsheetImport;
import org.springframework.dao.OptimisticLockingFailureException;
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

	ImportController(SpreadsheetImport imports, SheetExport export, CountyDirectory counties) {
		this.imports = imports;
		this.export = export;
		this.counties = counties;
	}

	@GetMapping
	String page(@RequestParam(required = false) String tooLarge, Model model) {
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
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Principal principal,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			return refuse(redirect, "import.error.emptyFile");
		}
		if (file.getSize() > SheetLimits.MAX_BYTES) {
			return refuse(redirect, "import.error.tooLarge", SheetLimits.MAX_BYTES / 1024 / 1024);
		}
		try {
			Long batch = this.imports.upload(file.getOriginalFilename(), file.getBytes(), principal.getName());
			return "redirect:/staff/import/batches/" + batch;
		}
		catch (SheetException ex) {
			return refuse(redirect, ex.getMessageKey(), ex.getArguments());
		}
	}

	@GetMapping("/batches/{id}")
	String preview(@PathVariable Long id, Principal principal, Model model) {
		model.addAttribute("preview", this.imports.preview(id, principal.getName()));
		return PREVIEW_VIEW;
	}

	@PostMapping("/batches/{id}/commit")
	String commit(@PathVariable Long id, Principal principal, RedirectAttributes redirect) {
		try {
			int filed = this.imports.commit(id, principal.getName());
			redirect.addFlashAttribute("importNotice", "import.notice.committed");
			redirect.addFlashAttribute("importArguments", new Object[] { filed });
		}
		catch (ImportRefusedException ex) {
			redirect.addFlashAttribute("importError", ex.getMessageKey());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("importError", "import.error.alreadyCommitted");
		}
		return "redirect:/staff/import/batches/" + id;
	}

	@GetMapping("/template.{type:csv|xlsx}")
	ResponseEntity<byte[]> template(@PathVariable String type, Principal principal) {
		return download(type, "进度填报模板", false, principal);
	}

	@GetMapping("/export.{type:csv|xlsx}")
	ResponseEntity<byte[]> export(@PathVariable String type, Principal principal) {
		return download(type, "进度数据导出", true, principal);
	}

	private ResponseEntity<byte[]> download(String extension, String baseName, boolean withFigures,
			Principal principal) {
		SheetType type = SheetType.ofFileName("." + extension).orElseThrow();
		byte[] body = this.export.file(type, principal.getName(), withFigures);
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(baseName + "." + type.extension(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(body);
	}

	static String refuse(RedirectAttributes redirect, String messageKey, Object... arguments) {
		redirect.addFlashAttribute("importError", messageKey);
		redirect.addFlashAttribute("importArguments", arguments);
		return REDIRECT_TO_PAGE;
	}

}
