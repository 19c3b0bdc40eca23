package app.unknot.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import app.unknot.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One finished or ended guided session of one account. */
@Entity
@Table(name = "session_record")
public class SessionRecord extends BaseEntity {

	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "run_id")
	private String runId;

	@Column(name = "routine_id")
	private Long routineId;

	@Column(name = "routine_slug")
	private String routineSlug;

	@Column(name = "routine_title")
	private String routineTitle;

	@Column(name = "started_at")
	private Instant startedAt;

	@Column(name = "time_zone")
	private String timeZone;

	@Column(name = "seconds_done")
	private int secondsDone;

	@Column(name = "planned_seconds")
	private int plannedSeconds;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	@Column(name = "steps_completed")
	private int stepsCompleted;

	@Column(name = "steps_skipped")
	private int stepsSkipped;

	@Column(name = "tension_before")
	private Integer tensionBefore;

	@Column(name = "tension_after")
	private Integer tensionAfter;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected SessionRecord() {
	}

	SessionRecord(Long accountId, String runId, Long routineId, String routineSlug, String routineTitle,
			Instant startedAt, String timeZone, int secondsDone, int plannedSeconds, Outcome outcome,
			int stepsCompleted, int stepsSkipped, Integer tensionBefore, Integer tensionAfter, Instant recordedAt) {
		this.accountId = accountId;
		this.runId = runId;
		this.routineId = routineId;
		this.routineSlug = routineSlug;
		this.routineTitle = routineTitle;
		this.startedAt = startedAt;
		this.timeZone = timeZone;
		this.secondsDone = secondsDone;
		this.plannedSeconds = plannedSeconds;
		this.outcome = outcome;
		this.stepsCompleted = stepsCompleted;
		this.stepsSkipped = stepsSkipped;
		this.tensionBefore = tensionBefore;
		this.tensionAfter = tensionAfter;
		this.recordedAt = recordedAt;
	}

	/** The rating at the end may come after the session was recorded. */
	void rateAfter(Integer tension) {
		this.tensionAfter = tension;
	}

	/** When it started on the person's own clock. */
	public ZonedDateTime getLocalStart() {
		return startedAt.atZone(ZoneId.of(timeZone));
	}

	/** The day it counts for: the person's local date when it started. */
	public LocalDate getLocalDate() {
		return getLocalStart().toLocalDate();
	}

	/** The player's id for the run, which keeps it from being recorded twice. */
	public String getRunId() {
		return runId;
	}

	/** Null once the routine is gone from the catalog. */
	public Long getRoutineId() {
		return routineId;
	}

	public String getRoutineSlug() {
		return routineSlug;
	}

	public String getRoutineTitle() {
		return routineTitle;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public int getSecondsDone() {
		return secondsDone;
	}

	public int getPlannedSeconds() {
		return plannedSeconds;
	}

	public Outcome getOutcome() {
		return outcome;
	}

	public int getStepsCompleted() {
		return stepsCompleted;
	}

	public int getStepsSkipped() {
		return stepsSkipped;
	}

	public Integer getTensionBefore() {
		return tensionBefore;
	}

	public Integer getTensionAfter() {
		return tensionAfter;
	}

}
