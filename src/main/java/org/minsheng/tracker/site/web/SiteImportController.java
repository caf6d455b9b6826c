package org.minsheng.tracker.site.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.HttpServletResponse;

import org.minsheng.tracker.site.SiteImport;
import org.minsheng.tracker.site.SiteImportPreview;
import org.minsheng.tracker.spreadsheet.SheetException;
import org.minsheng.tracker.spreadsheet.SheetLimits;
import org.minsheng.tracker.spreadsheet.SheetType;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.system.ControlCharacters;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
 * Sites in a spreadsheet: the template and the export to download; an upload previewed
 * row by row (the file travels back with the preview's commit button, so nothing is kept
 * on the server in between); the commit of every row or none.
 */
@Controller
@RequestMapping("/staff/sites")
class SiteImportController {

	static final String VIEW = "site/import";

	private final SiteImport imports;

	SiteImportController(SiteImport imports) {
		this.imports = imports;
	}

	@GetMapping("/import")
	String page() {
		return VIEW;
	}

	@PostMapping("/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, StaffMember staff,
			HttpServletResponse response, Model model) throws IOException {
		String refusal = refusal(file);
		if (refusal == null) {
			try {
				SiteImportPreview preview = this.imports.preview(file.getOriginalFilename(), file.getBytes(), staff);
				model.addAttribute("preview", preview);
				model.addAttribute("sheetContent", Base64.getEncoder().encodeToString(file.getBytes()));
				return VIEW;
			}
			catch (SheetException ex) {
				model.addAttribute("importError", ex.getMessageKey());
				model.addAttribute("importArguments", ex.getArguments());
			}
		}
		else {
			model.addAttribute("importError", refusal);
			model.addAttribute("importArguments", new Object[] { SheetLimits.MAX_BYTES / 1024 / 1024 });
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return VIEW;
	}

	@PostMapping("/import/commit")
	String commit(@RequestParam(required = false) String fileName, @RequestParam(required = false) String content,
			StaffMember staff, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode((content != null) ? content : "");
		}
		catch (IllegalArgumentException ex) {
			bytes = new byte[0];
		}
		try {
			this.imports.commit((fileName != null) ? fileName : "", bytes, staff);
			redirect.addFlashAttribute("notice", "sites.import.notice.committed");
			return SiteStaffController.REDIRECT_TO_DESK;
		}
		catch (SheetException ex) {
			model.addAttribute("importError", ex.getMessageKey());
			model.addAttribute("importArguments", ex.getArguments());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return VIEW;
		}
	}

	@GetMapping("/import/template.{type:csv|xlsx}")
	ResponseEntity<byte[]> template(@PathVariable String type) {
		SheetType sheet = SheetType.ofFileName("." + type).orElseThrow();
		return download(sheet, "点位表格模板", this.imports.template(sheet));
	}

	@GetMapping("/export.{type:csv|xlsx}")
	ResponseEntity<byte[]> export(@PathVariable String type, StaffMember staff) {
		SheetType sheet = SheetType.ofFileName("." + type).orElseThrow();
		return download(sheet, "点位导出", this.imports.export(sheet, staff));
	}

	private static String refusal(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return "import.error.emptyFile";
		}
		if (ControlCharacters.in(file.getOriginalFilename())) {
			return "import.error.fileName";
		}
		if (file.getSize() > SheetLimits.MAX_BYTES) {
			return "import.error.tooLarge";
		}
		return null;
	}

	private static ResponseEntity<byte[]> download(SheetType type, String baseName, byte[] body) {
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(baseName + "." + type.extension(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(body);
	}

}
