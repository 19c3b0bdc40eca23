package app.unknot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzOffsetTo;

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

	/**
	 * The local dates and times of the event's repetitions from {@code from} (inclusive)
	 * to {@code to}, by its RRULE from its DTSTART's wall-clock time, as a calendar app
	 * expands it before placing each in the event's time zone.
	 */
	@SuppressWarnings("unchecked")
	static List<LocalDateTime> localOccurrences(VEvent event, LocalDateTime from, LocalDateTime to) {
		LocalDateTime seed = ZonedDateTime.from(event.getDateTimeStart().getDate()).toLocalDateTime();
		RRule<LocalDateTime> rule = (RRule<LocalDateTime>) event.getProperty(Property.RRULE).orElseThrow();
		return rule.getRecur().getDates(seed, from, to);
	}

	/**
	 * The UTC offset that the calendar's own VTIMEZONE of that id gives at that instant:
	 * the TZOFFSETTO of the observance whose latest onset comes last before it.
	 */
	static ZoneOffset offsetInFile(Calendar calendar, String tzid, Instant instant) {
		VTimeZone zone = calendar.getComponents("VTIMEZONE")
			.stream()
			.map(VTimeZone.class::cast)
			.filter(candidate -> candidate.getTimeZoneId().getValue().equals(tzid))
			.findFirst()
			.orElseThrow();
		Observance observance = zone.getApplicableObservance(instant.atOffset(ZoneOffset.UTC));
		return observance.<TzOffsetTo>getProperty(Property.TZOFFSETTO).orElseThrow().getOffset();
	}

}
