package org.minsheng.tracker.system;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UncontendedMessageSourceTest {

	private final UncontendedMessageSource messages = new UncontendedMessageSource();

	UncontendedMessageSourceTest() {
		this.messages.setBasenames("messages/messages");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
	}

	@Test
	void everyLookupGetsItsOwnFormatSoNoRequestWaitsOnAnother() {
		MessageFormat first = this.messages.resolveCode("site.name", Locale.SIMPLIFIED_CHINESE);
		MessageFormat second = this.messages.resolveCode("site.name", Locale.SIMPLIFIED_CHINESE);
		assertThat(first).isNotNull().isNotSameAs(second);
		assertThat(first.toPattern()).isEqualTo(second.toPattern());
	}

	@Test
	void formatsCorrectlyFromManyThreadsAtOnce() throws Exception {
		String key = "notFound.plan";
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 400; i++) {
				int year = 2000 + i % 50;
				answers.add(threads.submit(() -> year + "|"
						+ this.messages.getMessage(key, new Object[] { "" + year }, Locale.SIMPLIFIED_CHINESE)));
			}
			for (Future<String> answer : answers) {
				String[] parts = answer.get().split("\\|", 2);
				assertThat(parts[1]).contains(parts[0]);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

}
