package app.unknot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;

/** Reads calendar files back with ical4j, as a calendar app would. */
final class Calendars {

	private Calendars() {
	}

	/**
	 * The calendar, after checking the RFC 5545 line rules that ical4j's reader forgives.
	 */
	static Calendar parse(String text) {
		assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		try {
			return new CalendarBuilder().build(new StringReader(text));
		}
		catch (IOException | ParserException unreadable) {
			throw new AssertionError("not a calendar: " + text, unreadable);
		}
	}

	static List<VEvent> events(Calendar calendar) {
		return calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
	}

	/** When the event happens between the two times, as instants with their offsets. */
	static List<ZonedDateTime> occurrences(VEvent event, ZonedDateTime from, ZonedDateTime to) {
		return event.<ZonedDateTime>calculateRecurrenceSet(new Period<>(from, to))
			.stream()
			.map(Period::getStart)
			.map(Calendars::zoned)
			.sorted()
			.toList();
	}

	private static ZonedDateTime zoned(Temporal start) {
		return ZonedDateTime.from(start);
	}

}
