package app.unknot.system;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Leaves the NUL character (U+0000) out of every query and form parameter, its name and
 * its values, before anything reads them. PostgreSQL refuses a NUL in any text it is
 * given, so a search, a slug or an email holding one was a 500 there; no field of this
 * site has a use for it, and the editor leaves it out of what it saves anyway. Runs right
 * after {@link UndecodableParameters}, which has already answered a query it cannot
 * decode.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class NulFreeParameters extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> parameters = request.getParameterMap();
		boolean nul = parameters.entrySet()
			.stream()
			.anyMatch(parameter -> holdsNul(parameter.getKey())
					|| Arrays.stream(parameter.getValue()).anyMatch(NulFreeParameters::holdsNul));
		chain.doFilter(nul ? new Without(request, withoutNul(parameters)) : request, response);
	}

	private static boolean holdsNul(String text) {
		// A test's MockMvc request may carry a null value.
		return text != null && text.indexOf('\0') >= 0;
	}

	private static String strip(String text) {
		return text == null ? null : text.replace("\0", "");
	}

	private static Map<String, String[]> withoutNul(Map<String, String[]> parameters) {
		Map<String, String[]> clean = new LinkedHashMap<>();
		parameters.forEach((name, values) -> clean.merge(strip(name),
				Arrays.stream(values).map(NulFreeParameters::strip).toArray(String[]::new), (earlier,
						later) -> Stream.concat(Arrays.stream(earlier), Arrays.stream(later)).toArray(String[]::new)));
		return Collections.unmodifiableMap(clean);
	}

	/** The request with the parameters as cleaned. */
	private static final class Without extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		Without(HttpServletRequest request, Map<String, String[]> parameters) {
			super(request);
			this.parameters = parameters;
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters.get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = parameters.get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

	}

}
