package org.minsheng.tracker.system;

import java.time.Duration;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.minsheng.tracker.display.SeniorMode;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Template fragments rendered once for the data they show ({@code @fragments} in
 * templates): a fragment's HTML is kept under its template, its name, its variables (the
 * public views are records, equal when their data is), the language and the seniors'
 * mode, so after an approval only the parts of a page whose data changed are rendered
 * again. A fragment rendered here sees only the variables given, and must not read the
 * request. {@code portal.page-cache.views=false} renders every fragment on each request.
 */
@Component("fragments")
public class RenderedFragments {

	private final SpringTemplateEngine templates;

	private final ApplicationContext beans;

	private final JakartaServletWebApplication application;

	private final boolean enabled;

	private final Cache<Key, EncodedParts.Part> rendered;

	/**
	 * The same HTML under the identity of its variables: the public views hand the same
	 * records to every request of a public revision, so a repeated call is found without
	 * hashing and comparing their whole data.
	 */
	private final Cache<SameVariables, EncodedParts.Part> recent;

	RenderedFragments(SpringTemplateEngine templates, ApplicationContext context, ServletContext servletContext,
			PortalProperties settings, MeterRegistry meters) {
		this.templates = templates;
		this.beans = context;
		this.application = JakartaServletWebApplication.buildApplication(servletContext);
		this.enabled = settings.pageCache().views();
		// Bounded by characters, so pages varied by a visitor can only churn it.
		this.rendered = Caffeine.newBuilder()
			.maximumWeight(settings.pageCache().maxBytes() / 2)
			.weigher((Key key, EncodedParts.Part part) -> part.html().length() * 2 + part.utf8().length)
			.expireAfterAccess(Duration.ofMinutes(30))
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(meters, this.rendered, "portal.rendered.fragments");
		this.recent = Caffeine.newBuilder().maximumSize(2_000).expireAfterAccess(Duration.ofMinutes(2)).build();
	}

	/**
	 * The HTML of {@code fragment} in {@code template}, rendered with the variables given
	 * as name, value, name, value… (named as the fragment's parameters) for the current
	 * request's language and mode.
	 */
	public String html(String template, String fragment, Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Fragment variables come as name, value pairs: " + fragment);
		}
		ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		HttpServletRequest request = current.getRequest();
		Locale locale = LocaleContextHolder.getLocale();
		boolean senior = SeniorMode.isOn(request);
		if (!this.enabled) {
			return render(new Key(template, fragment, variables(namesAndValues), locale, senior), request,
					current.getResponse());
		}
		SameVariables same = new SameVariables(template, fragment, namesAndValues, locale, senior);
		EncodedParts.Part part = this.recent.getIfPresent(same);
		if (part == null) {
			Key key = new Key(template, fragment, variables(namesAndValues), locale, senior);
			part = this.rendered.getIfPresent(key);
			if (part == null) {
				part = EncodedParts.Part.of(render(key, request, current.getResponse()));
				this.rendered.put(key, part);
			}
			this.recent.put(same, part);
		}
		// A page captured by the page cache takes the part's bytes, encoded once.
		EncodedParts page = (EncodedParts) request.getAttribute(EncodedParts.ATTRIBUTE);
		return (page != null) ? page.add(part) : part.html();
	}

	private static Map<String, Object> variables(Object[] namesAndValues) {
		Map<String, Object> variables = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return variables;
	}

	private String render(Key key, HttpServletRequest request, HttpServletResponse response) {
		WebContext context = new WebContext(this.application.buildExchange(request, response), key.locale(),
				key.variables());
		// One evaluation context per render: Thymeleaf keeps the render's expression
		// objects in
		// it, so a shared one mixes up concurrent renders (seen as failures under load).
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.beans, null));
		// The parts inside this one are kept in its HTML, not referred to by the page.
		Object page = request.getAttribute(EncodedParts.ATTRIBUTE);
		request.removeAttribute(EncodedParts.ATTRIBUTE);
		try {
			return this.templates.process(key.template(), Set.of(key.fragment()), context);
		}
		finally {
			if (page != null) {
				request.setAttribute(EncodedParts.ATTRIBUTE, page);
			}
		}
	}

	private record Key(String template, String fragment, Map<String, Object> variables, Locale locale, boolean senior) {
	}

	/**
	 * A fragment's call compared by the identity of its variables (and by value for
	 * strings, numbers, dates and the like): equal only when {@link Key}s would be.
	 */
	private static final class SameVariables {

		private final String template;

		private final String fragment;

		private final Object[] namesAndValues;

		private final Locale locale;

		private final boolean senior;

		private final int hash;

		SameVariables(String template, String fragment, Object[] namesAndValues, Locale locale, boolean senior) {
			this.template = template;
			this.fragment = fragment;
			this.namesAndValues = namesAndValues.clone();
			this.locale = locale;
			this.senior = senior;
			int h = Objects.hash(template, fragment, locale, senior);
			for (Object item : this.namesAndValues) {
				h = 31 * h + (isValue(item) ? item.hashCode() : System.identityHashCode(item));
			}
			this.hash = h;
		}

		private static boolean isValue(Object item) {
			return item instanceof String || item instanceof Number || item instanceof Boolean
					|| item instanceof Character || item instanceof Enum<?> || item instanceof Temporal;
		}

		@Override
		public boolean equals(Object other) {
			if (!(other instanceof SameVariables that) || this.hash != that.hash || this.senior != that.senior
					|| this.namesAndValues.length != that.namesAndValues.length || !this.template.equals(that.template)
					|| !this.fragment.equals(that.fragment) || !this.locale.equals(that.locale)) {
				return false;
			}
			for (int i = 0; i < this.namesAndValues.length; i++) {
				Object mine = this.namesAndValues[i];
				Object theirs = that.namesAndValues[i];
				if (mine != theirs && !(isValue(mine) && mine.equals(theirs))) {
					return false;
				}
			}
			return true;
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

}
