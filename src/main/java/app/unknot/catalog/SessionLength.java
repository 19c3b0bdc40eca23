package app.unknot.catalog;

/**
 * Reads {@code ?minutes=}, the length a routine's session is scaled to, as it arrived, as
 * text, so that a malformed value becomes a clear 400 page rather than a conversion error.
 * The routine page offers the lengths, the session runs them.
 */
public final class SessionLength {

	static final int MAX_MINUTES = 120;

	private SessionLength() {
	}

	/** Null when absent or blank; a number from 1 to {@value #MAX_MINUTES}; otherwise a 400. */
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
		throw new BadSessionRequestException("session.invalid.minutes", value);
	}

}
