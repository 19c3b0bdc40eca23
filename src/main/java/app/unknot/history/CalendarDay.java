package app.unknot.history;

import java.time.LocalDate;

/** One day of the progress calendar. */
public record CalendarDay(LocalDate date, int sessions, boolean today, boolean future) {

	public boolean isActive() {
		return sessions > 0;
	}

}
