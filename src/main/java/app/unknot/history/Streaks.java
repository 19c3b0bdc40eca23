package app.unknot.history;

import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Runs of consecutive days with at least one session, counted on the person's own
 * calendar.
 *
 * @param current the run that ends today or yesterday (a day without a session yet is not
 * a break until it is over), or 0
 * @param longest the longest run ever
 */
public record Streaks(int current, int longest) {

	public static Streaks of(Collection<LocalDate> days, LocalDate today) {
		TreeSet<LocalDate> sorted = new TreeSet<>(days);
		if (sorted.isEmpty()) {
			return new Streaks(0, 0);
		}
		int longest = 0;
		int run = 0;
		LocalDate previous = null;
		for (LocalDate day : sorted) {
			run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
			longest = Math.max(longest, run);
			previous = day;
		}
		// The last run is the current one if it reaches yesterday or later. "Later"
		// happens
		// when an earlier session was recorded in a time zone ahead of today's.
		int current = sorted.last().isBefore(today.minusDays(1)) ? 0 : run;
		return new Streaks(current, longest);
	}

}
