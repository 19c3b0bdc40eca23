package app.unknot.profile;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Gives every page its own path and query as {@code currentUrl}, which the favourite
 * buttons send along so the person lands back where they pressed them (Thymeleaf 3.1
 * templates cannot read the request themselves).
 */
@ControllerAdvice
class CurrentUrlAdvice {

	@ModelAttribute("currentUrl")
	String currentUrl(HttpServletRequest request) {
		String query = request.getQueryString();
		return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
	}

}
