package app.unknot.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Requests to addresses that only speak JSON, whose refusals {@link RefusedRequests}
 * answers as problem details (RFC 9457) whatever the client accepts, even where no
 * handler was found (a sign-in that is missing, an address that does not exist).
 */
public final class JsonOnlyRequests {

	private static final String MARK = JsonOnlyRequests.class.getName();

	private JsonOnlyRequests() {
	}

	public static void mark(HttpServletRequest request) {
		request.setAttribute(MARK, Boolean.TRUE);
	}

	static boolean isMarked(HttpServletRequest request) {
		return request.getAttribute(MARK) != null;
	}

}
