package app.unknot.history;

import java.time.LocalDate;
import java.util.List;

/** A Monday-to-Sunday row of the calendar with the minutes done that week. */
public record CalendarWeek(LocalDate monday, List<CalendarDay> days, int minutes) {

}
