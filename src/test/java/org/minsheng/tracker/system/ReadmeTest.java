package org.minsheng.tracker.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README and docs name only files, folders and classes that exist.
 */
class ReadmeTest {

	private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\s]+)`");

	private static final Pattern PATH = Pattern
		.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.{}-]*)+|[A-Za-z0-9_-]+\\.(md|yml|sql|xml)");

	private static final Pattern CLASS_NAME = Pattern.compile("[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+");

	/** README and every Markdown file under docs/. */
	private static List<String> documents() throws IOException {
		List<String> documents = new ArrayList<>(List.of("README.md"));
		try (var files = Files.walk(Path.of("docs"))) {
			files.filter((p) -> p.toString().endsWith(".md")).map(Path::toString).sorted().forEach(documents::add);
		}
		return documents;
	}

	private static List<String> spans(String file) throws IOException {
		List<String> spans = new ArrayList<>();
		Matcher matcher = CODE_SPAN.matcher(Files.readString(Path.of(file)));
		while (matcher.find()) {
			spans.add(matcher.group(1));
		}
		return spans;
	}

	private static boolean classExists(String simpleName) throws IOException {
		try (var files = Files.walk(Path.of("src"))) {
			return files.anyMatch((p) -> p.getFileName().toString().equals(simpleName + ".java"));
		}
	}

	@Test
	void everyPathTheDocsNameExists() throws IOException {
		for (String doc : documents()) {
			for (String span : spans(doc)) {
				if (PATH.matcher(span).matches() && !span.startsWith("/") && !span.contains("{")
						&& !span.startsWith("target/") && !span.startsWith("http")) {
					Path inRepository = Path.of(span);
					Path inPackage = Path.of("src/main/java/org/minsheng/tracker", span);
					String path = Files.exists(inRepository) ? span : inPackage.toString();
					assertThat(Path.of(path)).as("%s names %s", doc, span).exists();
				}
			}
		}
	}

	@Test
	void everyClassTheDocsNameExists() throws IOException {
		for (String doc : documents()) {
			for (String span : spans(doc)) {
				String candidate = span.contains(".") ? span.substring(span.lastIndexOf('.') + 1) : span;
				if (CLASS_NAME.matcher(candidate).matches()) {
					assertThat(classExists(candidate)).as("%s names class %s", doc, candidate).isTrue();
				}
			}
		}
		assertThat(Files.readString(Path.of("docs/architecture.md"))).contains("PublicPageCache", "CommitmentViews");
	}

	@Test
	void theReadmeListsEveryFileInDocs() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		try (var entries = Files.list(Path.of("docs"))) {
			for (Path entry : entries.toList()) {
				String name = "docs/" + entry.getFileName() + (Files.isDirectory(entry) ? "/" : "");
				assertThat(readme).as("README's docs list names %s", name).contains("`" + name + "`");
			}
		}
	}

	@Test
	void theDataModelNamesEveryMigrationThatCreatesATable() throws IOException {
		String dataModel = Files.readString(Path.of("docs/data-model.md"));
		try (var files = Files.walk(Path.of("db"))) {
			for (Path migration : files.filter((p) -> p.toString().endsWith(".sql")).toList()) {
				if (Files.readString(migration).toUpperCase(java.util.Locale.ROOT).contains("CREATE TABLE")) {
					assertThat(dataModel).as("docs/data-model.md names %s", migration)
						.contains("`" + migration.toString().replace('\\', '/') + "`");
				}
			}
		}
	}

	@Test
	void theReadmeNamesEveryFeaturePackage() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		try (var packages = Files.list(Path.of("src/main/java/org/minsheng/tracker"))) {
			for (Path feature : packages.filter(Files::isDirectory).toList()) {
				assertThat(readme).as("README names the package %s", feature.getFileName())
					.contains("`" + feature.getFileName() + "/`");
			}
		}
	}

}
