package app.unknot.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import app.unknot.catalog.Routine;
import app.unknot.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A person's reminder to do a routine on some days of the week at a local time of day in
 * their time zone.
 */
@Entity
@Table(name = "reminder")
public class Reminder extends BaseEntity {

	@Column(name = "account_id")
	private long accountId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "routine_id")
	private Routine routine;

	/** Day codes in week order, such as {@code MO,WE,FR}: see {@link Weekdays}. */
	private String days;

	@Column(name = "time_of_day")
	private LocalTime timeOfDay;

	@Column(name = "zone_id")
	private String zoneId;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected Reminder() {
	}

	Reminder(long accountId, Routine routine, ReminderTime when, Instant now) {
		this.accountId = accountId;
		this.routine = routine;
		change(when, now);
	}

	void change(ReminderTime when, Instant now) {
		this.days = Weekdays.codes(when.days());
		this.timeOfDay = when.time();
		this.zoneId = when.zone().getId();
		this.updatedAt = now;
	}

	public Routine getRoutine() {
		return routine;
	}

	public Set<DayOfWeek> getDays() {
		return Weekdays.parse(days);
	}

	public LocalTime getTimeOfDay() {
		return timeOfDay;
	}

	public ZoneId getZone() {
		return ZoneId.of(zoneId);
	}

	/** When it last changed: the calendar event's DTSTAMP. */
	public Instant getUpdatedAt() {
		return updatedAt;
	}

	ReminderTime when() {
		return new ReminderTime(getDays(), timeOfDay, getZone());
	}

}
