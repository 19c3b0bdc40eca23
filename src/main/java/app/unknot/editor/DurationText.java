package app.unknot.editor;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as people type it: seconds ("90") or minutes and seconds ("1:30"). Anything
 * else, and numbers too large to be a duration at all, does not parse.
 */
final class DurationText {

	private static final Pattern SECONDS = Pattern.compile("(\\d{1,6})");

	private static final Pattern MINUTES_SECONDS = Pattern.compile("(\\d{1,4}):([0-5]\\d)");

	private DurationText() {
	}

	static Optional<Integer> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = text.strip();
		Matcher seconds = SECONDS.matcher(value);
		if (seconds.matches()) {
			return Optional.of(Integer.parseInt(seconds.group(1)));
		}
		Matcher minutesSeconds = MINUTES_SECONDS.matcher(value);
		if (minutesSeconds.matches()) {
			return Optional
				.of(Integer.parseInt(minutesSeconds.group(1)) * 60 + Integer.parseInt(minutesSeconds.group(2)));
		}
		return Optional.empty();
	}

	/** "45" under a minute, else "2:05": the way the rest of the site writes times. */
	static String format(int seconds) {
		return seconds < 60 ? Integer.toString(seconds) : "%d:%02d".formatted(seconds / 60, seconds % 60);
	}

}
