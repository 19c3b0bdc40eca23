package app.unknot.api;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.security.web.csrf.CsrfToken;

import app.unknot.history.SessionRecord;
import app.unknot.history.SessionRecorder;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the API sends about the signed-in person. */
final class PersonalViews {

	private PersonalViews() {
	}

	@Schema(description = "One recorded session.")
	record HistoryEntry(String runId, @Schema(description = "Slug of the routine.") String routine,
			@Schema(description = "Its title when the session was recorded.") String routineTitle,
			@Schema(description = "When Start was pressed, ISO-8601 in UTC.") Instant startedAt,
			@Schema(description = "The IANA time zone the session was done in.") String timeZone,
			@Schema(description = "The day it counts for: the local date when it started.") LocalDate localDate,
			@Schema(description = "Time spent, pauses excluded. " + CatalogViews.SECONDS) int secondsDone,
			@Schema(description = "Time the session was planned to take. " + CatalogViews.SECONDS) int plannedSeconds,
			@Schema(description = "COMPLETED, ENDED_EARLY or PAIN_STOP.") String outcome, int stepsCompleted,
			int stepsSkipped, @Schema(description = "0 to 10, or null when not answered.") Integer tensionBefore,
			@Schema(description = "0 to 10, or null when not answered.") Integer tensionAfter) {

		static HistoryEntry of(SessionRecord record) {
			return new HistoryEntry(record.getRunId(), record.getRoutineSlug(), record.getRoutineTitle(),
					record.getStartedAt(), record.getTimeZone(), record.getLocalDate(), record.getSecondsDone(),
					record.getPlannedSeconds(), record.getOutcome().name(), record.getStepsCompleted(),
					record.getStepsSkipped(), record.getTensionBefore(), record.getTensionAfter());
		}

	}

	@Schema(description = "What a session report came to.")
	record RecordedSession(String runId, @Schema(description = "Always true: the run is on record.") boolean recorded,
			@Schema(description = "The person's current streak of consecutive days with a session, "
					+ "in the report's time zone.") int streakDays) {

		static RecordedSession of(SessionRecorder.Recorded recorded) {
			return new RecordedSession(recorded.runId(), true, recorded.streakDays());
		}

	}

	@Schema(description = "The token that writes must carry, and the header to carry it in.")
	record CsrfTokenDetail(@Schema(description = "X-CSRF-TOKEN") String headerName, String token) {

		static CsrfTokenDetail of(CsrfToken token) {
			return new CsrfTokenDetail(token.getHeaderName(), token.getToken());
		}

	}

}
