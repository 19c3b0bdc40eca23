package app.unknot.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns "not found" into a 404 page in the site's layout that names what was missing.
 * Everything else falls through to Spring Boot's error handling, which renders the same
 * {@code error} template without stack traces or exception details.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private static final int MAX_SHOWN_IDENTIFIER = 80;

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(NotFoundException missing) {
		log.debug("Not found: {}", missing.getMessageKey());
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", HttpStatus.NOT_FOUND.value());
		page.addObject("detailKey", missing.getMessageKey());
		page.addObject("identifier", shorten(missing.getIdentifier()));
		return page;
	}

	private static String shorten(String identifier) {
		return identifier.length() <= MAX_SHOWN_IDENTIFIER ? identifier
				: identifier.substring(0, MAX_SHOWN_IDENTIFIER) + "…";
	}

}
