package app.unknot.history;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the player sends when a session finishes or ends. Shape and ranges are checked
 * here; whether it fits the routine and the clock is checked by {@link SessionHistory}.
 *
 * @param runId the player's id for this run of the routine; the same run reported again
 * adds nothing, it only updates the rating after
 * @param routine the routine's slug
 * @param minutes the length chosen with {@code ?minutes=} (1–120, as the session page
 * allows), or null for the routine as written
 * @param startedAt when Start was pressed
 * @param timeZone the browser's IANA time zone
 * @param secondsDone time spent in the session, pauses excluded
 * @param tensionBefore 0–10 or null when not answered; the same for tensionAfter
 */
public record SessionReport(
		@NotNull(message = "{history.invalid.runId}") @Pattern(regexp = "[A-Za-z0-9-]{8,36}",
				message = "{history.invalid.runId}") String runId,
		@NotBlank(message = "{history.invalid.routine}") @Size(max = 80,
				message = "{history.invalid.routine}") @Pattern(regexp = "[a-z0-9-]+",
						message = "{history.invalid.routine}") String routine,
		@Min(value = 1, message = "{history.invalid.minutes}") @Max(value = 120,
				message = "{history.invalid.minutes}") Integer minutes,
		@NotNull(message = "{history.invalid.startedAt}") Instant startedAt,
		@NotBlank(message = "{history.invalid.timeZone}") @Size(max = 64,
				message = "{history.invalid.timeZone}") String timeZone,
		@NotNull(message = "{history.invalid.seconds}") @Min(value = 0, message = "{history.invalid.seconds}") @Max(
				value = SessionHistory.MAX_SECONDS, message = "{history.invalid.seconds}") Integer secondsDone,
		@NotNull(message = "{history.invalid.outcome}") Outcome outcome,
		@NotNull(message = "{history.invalid.steps}") @Min(value = 0, message = "{history.invalid.steps}") @Max(
				value = 1000, message = "{history.invalid.steps}") Integer stepsCompleted,
		@NotNull(message = "{history.invalid.steps}") @Min(value = 0, message = "{history.invalid.steps}") @Max(
				value = 1000, message = "{history.invalid.steps}") Integer stepsSkipped,
		@Min(value = 0, message = "{history.invalid.tension}") @Max(value = 10,
				message = "{history.invalid.tension}") Integer tensionBefore,
		@Min(value = 0, message = "{history.invalid.tension}") @Max(value = 10,
				message = "{history.invalid.tension}") Integer tensionAfter) {

}
