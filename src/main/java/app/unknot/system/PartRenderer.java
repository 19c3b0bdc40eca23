package app.unknot.system;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Renders a template fragment to a string, for the parts of pages that
 * {@link RenderedPages#fragment} keeps. It goes through the view resolver, as a page
 * does, so the part sees the same messages, beans and links as the page it is spliced
 * into.
 */
@Component
public class PartRenderer {

	private final ThymeleafViewResolver views;

	PartRenderer(ThymeleafViewResolver views) {
		this.views = views;
	}

	/**
	 * @param view a fragment, as "template :: fragment"
	 */
	public String render(String view, Map<String, ?> model, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		StringWriter html = new StringWriter();
		try {
			views.resolveViewName(view, locale).render(model, request, new Captured(response, html));
		}
		catch (RuntimeException failure) {
			throw failure;
		}
		catch (Exception failure) {
			throw new IllegalStateException("Could not render " + view, failure);
		}
		return html.toString();
	}

	/**
	 * The response as the view sees it: what it writes goes to a string, and the page's
	 * own headers stay as they are. Links are still written through the response.
	 */
	private static final class Captured extends HttpServletResponseWrapper {

		private final PrintWriter writer;

		Captured(HttpServletResponse response, StringWriter html) {
			super(response);
			this.writer = new PrintWriter(html);
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

	}

}
