package app.unknot.reminder;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Days of the week by their iCalendar codes ({@code MO}…{@code SU}), which the form
 * sends, the database keeps and the calendar's {@code BYDAY} uses.
 */
final class Weekdays {

	private Weekdays() {
	}

	static String code(DayOfWeek day) {
		return day.name().substring(0, 2);
	}

	/** The code's day, or null for anything else. */
	static DayOfWeek of(String code) {
		if (code == null || code.length() != 2) {
			return null;
		}
		String upper = code.toUpperCase(Locale.ROOT);
		return Arrays.stream(DayOfWeek.values()).filter(day -> code(day).equals(upper)).findFirst().orElse(null);
	}

	static String codes(Set<DayOfWeek> days) {
		return EnumSet.copyOf(days).stream().map(Weekdays::code).collect(Collectors.joining(","));
	}

	static Set<DayOfWeek> parse(String codes) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String code : codes.split(",")) {
			days.add(of(code));
		}
		return days;
	}

}
