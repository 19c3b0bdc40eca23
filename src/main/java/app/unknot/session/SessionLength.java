package app.unknot.session;

/**
 * Reads {@code ?minutes=} as it arrived, as text, so that a malformed value becomes a clear
 * 400 page rather than a conversion error.
 */
final class SessionLength {

	static final int MAX_MINUTES = 120;

	private SessionLength() {
	}

	/** Null when absent or blank; a number from 1 to {@value #MAX_MINUTES}; otherwise a 400. */
	static Integer parse(String raw) {
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
