package app.unknot.catalog;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The 400 page, in the site's layout, for a session length or form that cannot be
 * understood: on the session pages and on a routine's page, which offers the lengths too.
 */
@ControllerAdvice
class BadSessionRequests {

	private static final int MAX_SHOWN_VALUE = 40;

	@ExceptionHandler(BadSessionRequestException.class)
	ModelAndView badRequest(BadSessionRequestException bad, HttpServletRequest request) {
		ModelAndView page = new ModelAndView("session/invalid");
		page.setStatus(HttpStatus.BAD_REQUEST);
		page.addObject("messageKey", bad.getMessageKey());
		page.addObject("value", shorten(bad.getValue()));
		page.addObject("maxMinutes", SessionLength.MAX_MINUTES);
		Object slug = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				? variables.get("slug") : null;
		page.addObject("slug", slug);
		return page;
	}

	private static String shorten(String value) {
		return value.length() <= MAX_SHOWN_VALUE ? value : value.substring(0, MAX_SHOWN_VALUE) + "…";
	}

}
