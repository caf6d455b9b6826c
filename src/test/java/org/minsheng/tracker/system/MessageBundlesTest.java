package org.minsheng.tracker.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.progress.ProgressStatus;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both languages have every text the pages use, and no text is garbled.
 */
class MessageBundlesTest {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource("messages/" + name).getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	/** Every bundle named in application.properties, by base name. */
	static final List<String> BUNDLES = List.of("messages", "charts", "staff", "admin", "imports", "voice", "api",
			"reporters", "residents", "figures", "reminders");

	private static Properties all(String suffix) throws IOException {
		Properties merged = new Properties();
		for (String name : BUNDLES) {
			Properties part = bundle(name + suffix + ".properties");
			for (String key : part.stringPropertyNames()) {
				assertThat(merged).as("key %s defined twice", key).doesNotContainKey(key);
			}
			merged.putAll(part);
		}
		return merged;
	}

	@Test
	void chineseAndEnglishHaveTheSameKeysAndNoBrokenCharacters() throws IOException {
		for (String name : BUNDLES) {
			Properties chinese = bundle(name + ".properties");
			Properties english = bundle(name + "_en.properties");
			assertThat(english.stringPropertyNames()).as(name).isEqualTo(chinese.stringPropertyNames());
			for (Properties properties : new Properties[] { chinese, english }) {
				properties.forEach((key, value) -> assertThat(value.toString()).as(key.toString())
					.doesNotContain("\uFFFD")
					.isNotBlank());
			}
		}
	}

	@Test
	void everyEnumLabelExists() throws IOException {
		Properties chinese = all("");
		for (Area area : Area.values()) {
			assertThat(chinese).containsKey(area.messageKey());
		}
		for (ProgressStatus status : ProgressStatus.values()) {
			assertThat(chinese).containsKey(status.messageKey());
		}
		for (IndicatorKind kind : IndicatorKind.values()) {
			assertThat(chinese).containsKey("kind." + kind.name());
		}
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Properties chinese = all("");
		Properties english = all("_en");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((p) -> p.toString().endsWith(".html")).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(used).allSatisfy((key) -> assertThat(chinese).containsKey(key));
		assertThat(used).allSatisfy((key) -> assertThat(english).containsKey(key));
	}

}
