package app.unknot.reminder;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import app.unknot.catalog.Routine;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.WeekDayList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * Writes reminders as iCalendar (RFC 5545) with ical4j, which folds lines at 75 octets,
 * escapes text and ends lines with CRLF. Each event starts at a local time with the id of
 * its zone ({@code DTSTART;TZID=Europe/Madrid:...}) and the calendar carries that zone's
 * {@code VTIMEZONE}, so a weekly reminder stays at 07:30 on the wall clock on both sides
 * of a daylight-saving change. The zone definitions are ical4j's own copies of the tz
 * database; ical4j.properties keeps it from fetching newer ones from the network.
 */
@Component
class ReminderCalendars {

	private static final String PRODUCT = "-//Unknot//Reminders//EN";

	private final TimeZoneRegistry zoneDefinitions = TimeZoneRegistryFactory.getInstance().createRegistry();

	private final MessageSource messages;

	ReminderCalendars(MessageSource messages) {
		this.messages = messages;
	}

	/** The person's feed: one weekly event per reminder. */
	String feed(List<Reminder> reminders, String baseUrl, Locale locale) {
		Calendar calendar = calendar();
		calendar.add(new XProperty("X-WR-CALNAME", messages.getMessage("reminder.ics.calendarName", null, locale)));
		Set<ZoneId> zones = new LinkedHashSet<>();
		List<VEvent> events = reminders.stream().map(reminder -> {
			zones.add(reminder.getZone());
			VEvent event = event(reminder.getRoutine(), firstOccurrence(reminder), reminder.getUpdatedAt(),
					"reminder-" + reminder.getId(), baseUrl, locale);
			WeekDayList days = new WeekDayList();
			reminder.getDays().stream().map(day -> WeekDay.getWeekDay(day)).forEach(days::add);
			event
				.add(new RRule<>(new Recur.Builder<ZonedDateTime>().frequency(Frequency.WEEKLY).dayList(days).build()));
			return event;
		}).toList();
		zones.forEach(zone -> calendar.add(zoneDefinitions.getTimeZone(zone.getId()).getVTimeZone()));
		events.forEach(calendar::add);
		return write(calendar);
	}

	/**
	 * One event at a date and time: in the zone given, or, without one, at that time
	 * wherever the calendar is (a floating time).
	 */
	String once(Routine routine, LocalDateTime at, ZoneId zone, Instant now, String baseUrl, Locale locale) {
		Calendar calendar = calendar();
		Temporal start = at;
		if (zone != null) {
			calendar.add(zoneDefinitions.getTimeZone(zone.getId()).getVTimeZone());
			start = at.atZone(zone);
		}
		calendar.add(event(routine, start, now, "once-" + now.toEpochMilli(), baseUrl, locale));
		return write(calendar);
	}

	/**
	 * The reminder's first day on or after the day it was last changed: DTSTART is the
	 * first occurrence, as RFC 5545 expects of a recurring event, and stays put while the
	 * reminder does.
	 */
	static ZonedDateTime firstOccurrence(Reminder reminder) {
		ZoneId zone = reminder.getZone();
		LocalDate changed = LocalDate.ofInstant(reminder.getUpdatedAt(), zone);
		LocalDate first = reminder.getDays()
			.stream()
			.map(day -> changed.with(TemporalAdjusters.nextOrSame(day)))
			.min(LocalDate::compareTo)
			.orElse(changed);
		return ZonedDateTime.of(first, reminder.getTimeOfDay(), zone);
	}

	private VEvent event(Routine routine, Temporal start, Instant stamp, String uid, String baseUrl, Locale locale) {
		String sessionUrl = url(baseUrl, "routines", routine.getSlug(), "session");
		String title = routine.getTitle();
		VEvent event = new VEvent(start, java.time.Duration.ofSeconds(Math.max(60, routine.getTotalSeconds())),
				messages.getMessage("reminder.ics.summary", new Object[] { title }, locale));
		event.replace(new DtStamp(stamp));
		event.add(new Uid(uid + "@" + URI.create(baseUrl).getHost()));
		event.add(new Description(messages.getMessage("reminder.ics.description",
				new Object[] { title, sessionUrl, messages.getMessage("disclaimer.text", null, locale) }, locale)));
		event.add(new Url(URI.create(sessionUrl)));
		VAlarm alarm = new VAlarm(java.time.Duration.ZERO);
		alarm.add(new Action(Action.VALUE_DISPLAY));
		alarm.add(new Description(messages.getMessage("reminder.ics.alarm", new Object[] { title }, locale)));
		event.add(alarm);
		return event;
	}

	private static Calendar calendar() {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		return calendar;
	}

	private static String write(Calendar calendar) {
		StringWriter text = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, text);
		}
		catch (IOException cannotHappenInMemory) {
			throw new UncheckedIOException(cannotHappenInMemory);
		}
		return text.toString();
	}

	private static String url(String base, String... segments) {
		return UriComponentsBuilder.fromUriString(base).pathSegment(segments).encode().build().toUriString();
	}

}
