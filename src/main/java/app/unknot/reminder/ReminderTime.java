package app.unknot.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** Checked days of the week, a local time of day and the zone that time is in. */
record ReminderTime(Set<DayOfWeek> days, LocalTime time, ZoneId zone) {
}
