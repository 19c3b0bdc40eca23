package app.unknot.history;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the progress page shows, worked out from a person's whole history. Each session
 * counts for the local date where it started (its own recorded time zone); "today" is
 * taken in the time zone of the latest session, the best guess of where the person is
 * now.
 *
 * @param records all sessions, oldest first
 */
public record Progress(List<SessionRecord> records, LocalDate today, Streaks streaks, List<CalendarWeek> weeks,
		TensionChart tension) {

	/** Weeks in the calendar and in the minutes per week, the current one last. */
	public static final int WEEKS = 8;

	/** Sessions listed under "Recent sessions". */
	static final int RECENT = 10;

	public static Progress of(List<SessionRecord> history, Clock clock) {
		List<SessionRecord> records = history.stream()
			.sorted(Comparator.comparing(SessionRecord::getStartedAt))
			.toList();
		ZoneId zone = records.isEmpty() ? ZoneOffset.UTC : ZoneId.of(records.get(records.size() - 1).getTimeZone());
		LocalDate today = LocalDate.now(clock.withZone(zone));
		Map<LocalDate, List<SessionRecord>> byDay = records.stream()
			.collect(Collectors.groupingBy(SessionRecord::getLocalDate));
		Streaks streaks = Streaks.of(byDay.keySet(), today);
		return new Progress(records, today, streaks, weeks(byDay, today), TensionChart.of(records));
	}

	private static List<CalendarWeek> weeks(Map<LocalDate, List<SessionRecord>> byDay, LocalDate today) {
		LocalDate first = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
		List<CalendarWeek> weeks = new ArrayList<>(WEEKS);
		for (int week = 0; week < WEEKS; week++) {
			LocalDate monday = first.plusWeeks(week);
			List<CalendarDay> days = new ArrayList<>(7);
			int seconds = 0;
			for (int offset = 0; offset < 7; offset++) {
				LocalDate date = monday.plusDays(offset);
				List<SessionRecord> sessions = byDay.getOrDefault(date, List.of());
				seconds += sessions.stream().mapToInt(SessionRecord::getSecondsDone).sum();
				days.add(new CalendarDay(date, sessions.size(), date.equals(today), date.isAfter(today)));
			}
			weeks.add(new CalendarWeek(monday, List.copyOf(days), minutes(seconds)));
		}
		return List.copyOf(weeks);
	}

	/**
	 * Whole minutes, rounded to the nearest, so that 40 s shows as 1 min rather than 0.
	 */
	static int minutes(int seconds) {
		return (seconds + 30) / 60;
	}

	public boolean isEmpty() {
		return records.isEmpty();
	}

	public int getSessionCount() {
		return records.size();
	}

	public int getTotalMinutes() {
		return minutes(records.stream().mapToInt(SessionRecord::getSecondsDone).sum());
	}

	/** The most minutes in one calendar week, for scaling the bars; at least 1. */
	public int getMostWeeklyMinutes() {
		return Math.max(1, weeks.stream().mapToInt(CalendarWeek::minutes).max().orElse(0));
	}

	/** The latest sessions, newest first. */
	public List<SessionRecord> getRecent() {
		List<SessionRecord> recent = new ArrayList<>(
				records.subList(Math.max(0, records.size() - RECENT), records.size()));
		Collections.reverse(recent);
		return recent;
	}

}
