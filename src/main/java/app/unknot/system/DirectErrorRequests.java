package app.unknot.system;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error page asked for by address rather than shown for an error: Spring Boot's error
 * controller finds no error to describe and answers 500. There is no page there, so it is
 * the site's 404, through the server's error handling like any other unknown address.
 * Only requests are filtered, not the error dispatches that show the error page.
 */
@Component
class DirectErrorRequests extends OncePerRequestFilter {

	private static final UrlPathHelper PATHS = new UrlPathHelper();

	private final String errorPath;

	DirectErrorRequests(@Value("${spring.web.error.path:/error}") String errorPath) {
		this.errorPath = errorPath;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Decoded and without ;parameters, as Spring MVC matches it to the error
		// controller.
		if (PATHS.getPathWithinApplication(request).equals(errorPath)) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(request, response);
	}

}
