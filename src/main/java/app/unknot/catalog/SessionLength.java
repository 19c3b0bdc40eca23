package app.unknot.catalog;

import app.unknot.system.RequestRefusedException;

/**
 * Reads {@code ?minutes=}, the length a routine's session is scaled to, as it arrived, as
 * text, so that a malformed value becomes a clear 400 page rather than a conversion
 * error. The routine page offers the lengths, the session runs them.
 */
public final class SessionLength {

	static final int MAX_MINUTES = 120;

	private SessionLength() {
	}

	/**
	 * Null when absent or blank; a number from 1 to {@value #MAX_MINUTES}; otherwise a
	 * 400.
	 */
	public static Integer parse(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String value = raw.strip();
		// Digits only, and few enough of them to fit an int, before any conversion.
		if (value.matches("\\d{1,4}")) {
			int minutes = Integer.parseInt(value);
			if (minutes >= 1 && minutes <= MAX_MINUTES) {
				return minutes;
			}
		}
		throw cannotStart("session.invalid.minutes", value);
	}

	/**
	 * A session URL or form that cannot be understood, on a routine's page (which offers
	 * the lengths) or the session's own pages: a 400 on the session's own page, which
	 * says why, quoting the value, and offers the routine at its normal length.
	 */
	public static RequestRefusedException cannotStart(String messageKey, String value) {
		return RequestRefusedException.badRequest(messageKey, value, MAX_MINUTES).shownOn("session/invalid");
	}

}
