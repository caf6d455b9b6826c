package org.minsheng.tracker.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.minsheng.tracker.system.NotFoundException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A source document with its full text, as stored beside the migrations (db/sources/).
 */
@Service
public class SourceTextService {

	private final SourceDocuments documents;

	SourceTextService(SourceDocuments documents) {
		this.documents = documents;
	}

	@Transactional(readOnly = true)
	public SourceText find(String code) {
		SourceDocument document = this.documents.findByCode(code)
			.orElseThrow(() -> new NotFoundException("notFound.source", code));
		return new SourceText(document, paragraphs(document.getFileName()));
	}

	private static List<String> paragraphs(String fileName) {
		if (fileName == null) {
			return List.of();
		}
		ClassPathResource resource = new ClassPathResource("db/sources/" + fileName);
		try (InputStream in = resource.getInputStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("source text missing: " + fileName, ex);
		}
	}

	/** A document and its paragraphs. */
	public record SourceText(SourceDocument document, List<String> paragraphs) {
	}

}
