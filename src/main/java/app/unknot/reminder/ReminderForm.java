package app.unknot.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.validation.Errors;

/**
 * What the "Remind me" form sends: the days' codes, a time of day ({@code HH:mm}), and
 * the time zone, picked from the list or, when left at "this device's", the zone the
 * browser reported in {@code deviceZone}.
 */
public class ReminderForm {

	/** Longer than any value the form can send; more is refused, not cut short. */
	static final int MAX_VALUE_LENGTH = 64;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private List<String> days = new ArrayList<>();

	private String time = "";

	private String zone = "";

	private String deviceZone = "";

	static ReminderForm of(ReminderTime when) {
		ReminderForm form = new ReminderForm();
		form.days = when.days().stream().map(Weekdays::code).toList();
		form.time = TIME.format(when.time());
		form.zone = when.zone().getId();
		return form;
	}

	/** The reminder's time, or null with the reasons in {@code errors}. */
	ReminderTime parse(TimeZones zones, Errors errors) {
		Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
		for (String code : days) {
			DayOfWeek day = Weekdays.of(code);
			if (day == null) {
				errors.rejectValue("days", "reminder.error.days");
				break;
			}
			chosen.add(day);
		}
		if (chosen.isEmpty() && !errors.hasFieldErrors("days")) {
			errors.rejectValue("days", "reminder.error.days");
		}
		LocalTime timeOfDay = parseTime(time);
		if (timeOfDay == null) {
			errors.rejectValue("time", "reminder.error.time");
		}
		String zoneId = isBlank(zone) ? deviceZone : zone;
		ZoneId zoneOfTime = zones.find(tooLong(zoneId) ? null : zoneId).orElse(null);
		if (zoneOfTime == null) {
			errors.rejectValue("zone", isBlank(zoneId) ? "reminder.error.zone.missing" : "reminder.error.zone");
		}
		return errors.hasErrors() ? null : new ReminderTime(chosen, timeOfDay, zoneOfTime);
	}

	/** A time of day as {@code HH:mm}, what time inputs send, or null. */
	static LocalTime parseTime(String value) {
		if (value == null || value.length() != 5) {
			return null;
		}
		try {
			return LocalTime.parse(value, TIME);
		}
		catch (DateTimeParseException notATime) {
			return null;
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static boolean tooLong(String value) {
		return value != null && value.length() > MAX_VALUE_LENGTH;
	}

	public List<String> getDays() {
		return days;
	}

	public void setDays(List<String> days) {
		this.days = days == null ? new ArrayList<>() : days;
	}

	public String getTime() {
		return time;
	}

	public void setTime(String time) {
		this.time = time;
	}

	public String getZone() {
		return zone;
	}

	public void setZone(String zone) {
		this.zone = zone;
	}

	public String getDeviceZone() {
		return deviceZone;
	}

	public void setDeviceZone(String deviceZone) {
		this.deviceZone = deviceZone;
	}

}
