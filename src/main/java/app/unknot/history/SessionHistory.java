package app.unknot.history;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.session.SessionPlan;
import app.unknot.session.SessionPlanner;
import app.unknot.system.RequestRefusedException;

/** Records finished sessions and reads a person's history back. */
@Service
@Transactional
public class SessionHistory {

	/** No session lasts longer than a day, whatever the slack below allows. */
	static final int MAX_SECONDS = 24 * 60 * 60;

	/**
	 * Time done may exceed the plan: "+15 s", untimed steps that wait for the person, and
	 * slow changes of position all add to it (pauses do not count). Twice the plan plus
	 * an hour allows all of that and still rejects nonsense.
	 */
	private static final int SLACK_SECONDS = 60 * 60;

	/** A device clock a little ahead of ours is not an error. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

	/** A paused session left open in a tab for days can still be ended and recorded. */
	private static final Duration OLDEST_START = Duration.ofDays(7);

	private final SessionRecordRepository records;

	private final SessionPlanner planner;

	private final Clock clock;

	SessionHistory(SessionRecordRepository records, SessionPlanner planner, Clock clock) {
		this.records = records;
		this.planner = planner;
		this.clock = clock;
	}

	/** What happened to a report: a new record, or the run was already recorded. */
	public enum Result {

		CREATED, ALREADY_RECORDED

	}

	/**
	 * Records one run of a routine for the signed-in person. The same run reported again
	 * (a retry, or the rating given after the end) adds no record; it only sets the
	 * rating after, when the report has one.
	 */
	public Result record(long accountId, SessionReport report) {
		ZoneId zone = zone(report.timeZone());
		Optional<SessionRecord> existing = records.findByAccountIdAndRunId(accountId, report.runId());
		if (existing.isPresent()) {
			if (report.tensionAfter() != null) {
				existing.get().rateAfter(report.tensionAfter());
			}
			return Result.ALREADY_RECORDED;
		}
		SessionPlan plan = plan(report, accountId);
		int planned = plan.getTotalSeconds();
		if (report.stepsCompleted() + report.stepsSkipped() != plan.steps().size()) {
			throw invalid("stepsCompleted", "history.invalid.stepCount");
		}
		if (report.secondsDone() > Math.min(MAX_SECONDS, 2 * planned + SLACK_SECONDS)) {
			throw invalid("secondsDone", "history.invalid.tooLong");
		}
		Instant now = clock.instant();
		if (report.startedAt().isAfter(now.plus(CLOCK_SKEW)) || report.startedAt().isBefore(now.minus(OLDEST_START))) {
			throw invalid("startedAt", "history.invalid.startedAt");
		}
		records.save(new SessionRecord(accountId, report.runId(), plan.routine().getId(), plan.routine().getSlug(),
				plan.routine().getTitle(), report.startedAt(), zone.getId(), report.secondsDone(), planned,
				report.outcome(), report.stepsCompleted(), report.stepsSkipped(), report.tensionBefore(),
				report.tensionAfter(), now));
		return Result.CREATED;
	}

	/**
	 * The person's current streak: consecutive days with a session, each counted on its
	 * own local date, up to today in the given time zone (the one the player just
	 * reported from).
	 */
	@Transactional(readOnly = true)
	public int streakDays(long accountId, String timeZone) {
		LocalDate today = LocalDate.now(clock.withZone(zone(timeZone)));
		Set<LocalDate> days = all(accountId).stream().map(SessionRecord::getLocalDate).collect(Collectors.toSet());
		return Streaks.of(days, today).current();
	}

	/** All sessions of the person, oldest first. */
	@Transactional(readOnly = true)
	public List<SessionRecord> all(long accountId) {
		return records.findByAccountIdOrderByStartedAtAscIdAsc(accountId);
	}

	private SessionPlan plan(SessionReport report, long accountId) {
		try {
			return planner.plan(report.routine(), report.minutes(), accountId);
		}
		catch (RequestRefusedException unknownRoutine) {
			throw invalid("routine", "history.invalid.routine");
		}
	}

	/**
	 * A report that is well-formed but does not fit the routine, the clock or the
	 * calendar: a 400 naming the field.
	 */
	private static RequestRefusedException invalid(String field, String messageKey) {
		return RequestRefusedException.badRequest(messageKey, null).withProperty("field", field);
	}

	/**
	 * Region ids such as Europe/Berlin or UTC only; fixed offsets would break with
	 * daylight saving.
	 */
	private static ZoneId zone(String id) {
		if (!ZoneId.getAvailableZoneIds().contains(id)) {
			throw invalid("timeZone", "history.invalid.timeZone");
		}
		return ZoneId.of(id);
	}

}
