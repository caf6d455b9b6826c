package org.minsheng.tracker.share;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.minsheng.tracker.dashboard.CommitmentPage;
import org.minsheng.tracker.dashboard.CommitmentView;
import org.minsheng.tracker.dashboard.Headline;
import org.minsheng.tracker.dashboard.PlanBoard;
import org.minsheng.tracker.system.PortalFormat;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * After the dashboard or a commitment page has built its model, and before the page is
 * rendered, adds what a shared link previews: the title, the essential figures in one
 * sentence and the progress card. Other pages preview the site with the newest year's
 * card.
 */
@Component
class ShareInterceptor implements HandlerInterceptor {

	private final MessageSource messages;

	private final PortalFormat fmt;

	ShareInterceptor(MessageSource messages, PortalFormat fmt) {
		this.messages = messages;
		this.fmt = fmt;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")) {
			return;
		}
		Locale locale = LocaleContextHolder.getLocale();
		Object board = view.getModel().get("board");
		Object page = view.getModel().get("page");
		ShareMeta meta;
		if (board instanceof PlanBoard plan) {
			meta = new ShareMeta(plan.title().in(locale), describe(plan.headline(), locale),
					"/share/plans/" + plan.year() + ".png", true);
		}
		else if (page instanceof CommitmentPage commitmentPage) {
			CommitmentView c = commitmentPage.commitment();
			meta = new ShareMeta(this.messages.getMessage("share.commitmentTitle",
					new Object[] { commitmentPage.planTitle().in(locale), c.number(), c.title().in(locale) }, locale),
					describe(c, locale), "/share/plans/" + c.year() + "/commitments/" + c.number() + ".png", true);
		}
		else {
			meta = new ShareMeta(null, this.messages.getMessage("site.tagline", null, locale), "/share/site.png",
					false);
		}
		view.addObject("share", meta);
	}

	private String describe(Headline h, Locale locale) {
		String rate = (h.overallRate() != null) ? this.fmt.rate(h.overallRate(), false)
				: this.messages.getMessage("senior.noRate", null, locale);
		return this.messages.getMessage("share.boardDescription",
				new Object[] { h.commitments(), h.delivered(), h.overAchieved(), rate }, locale);
	}

	private String describe(CommitmentView c, Locale locale) {
		String status = this.messages.getMessage(c.progress().status().messageKey(), null, locale);
		String rate = c.progress().shown().isKnown()
				? this.fmt.rate(c.progress().shown().value(), c.progress().shown().moreThan())
				: this.messages.getMessage("senior.noRate", null, locale);
		return this.messages.getMessage("share.commitmentDescription", new Object[] { status, rate }, locale);
	}

}
