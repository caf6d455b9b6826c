package org.minsheng.tracker.share;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.SupportedLanguages;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The preview cards ({@code /share/plans/2025.png},
 * {@code /share/plans/2025/commitments/4.png}, {@code /share/site.png}) and the QR code
 * of a page of this site ({@code /share/qr.png?path=/plans/2025}).
 */
@Controller
class ShareController {

	/** Only pages of this site get a QR code: a path, letters, digits and a few signs. */
	private static final Pattern LOCAL_PATH = Pattern.compile("/[A-Za-z0-9/_.,=&?%-]{0,200}");

	private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final ShareCards cards;

	private final QrCodes qr;

	ShareController(ShareCards cards, QrCodes qr) {
		this.cards = cards;
		this.qr = qr;
	}

	@GetMapping("/share/plans/{year}.png")
	ResponseEntity<byte[]> year(@PathVariable int year, @RequestParam(name = "lang", defaultValue = "zh") String lang) {
		return png(this.cards.year(year, language(lang)));
	}

	@GetMapping("/share/plans/{year}/commitments/{number}.png")
	ResponseEntity<byte[]> commitment(@PathVariable int year, @PathVariable int number,
			@RequestParam(name = "lang", defaultValue = "zh") String lang) {
		return png(this.cards.commitment(year, number, language(lang)));
	}

	@GetMapping("/share/site.png")
	ResponseEntity<byte[]> site(@RequestParam(name = "lang", defaultValue = "zh") String lang) {
		Locale locale = language(lang);
		Integer year = this.cards.newestYear();
		if (year == null) {
			throw new NotFoundException("notFound.share");
		}
		return png(this.cards.year(year, locale));
	}

	@GetMapping("/share/qr.png")
	ResponseEntity<byte[]> qr(@RequestParam String path) {
		if (!LOCAL_PATH.matcher(path).matches() || path.startsWith("//")) {
			throw new NotFoundException("notFound.share");
		}
		String address = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + path;
		return png(this.qr.png(address));
	}

	/**
	 * A card's language comes from its address alone (never the cookie), so a shared
	 * cache may keep it.
	 */
	private static Locale language(String lang) {
		Locale locale = SupportedLanguages.closest(Locale.forLanguageTag(lang));
		// figures and dates on the card follow it too (reset when the request ends)
		LocaleContextHolder.setLocale(locale);
		return locale;
	}

	private static ResponseEntity<byte[]> png(byte[] body) {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(FIVE_MINUTES).body(body);
	}

}
