package app.unknot.system;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A query or form whose percent-encoding is not UTF-8 (such as {@code ?q=%ff%fe}) is the
 * sender's mistake: the site's 400 page and one warning line. Tomcat throws an
 * IllegalStateException for it from whichever code reads a parameter first, which logged
 * an error with a long stack trace per request; so the parameters are read here, first of
 * all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UndecodableParameters extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UndecodableParameters.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException undecodable) {
			// The request line only: the decoded values in the exception's message may
			// hold line breaks.
			log.warn("400 for {} {}: its parameters cannot be decoded", request.getMethod(), request.getRequestURI());
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

}
