package app.unknot.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How a step is timed, as a value inside the step: either a duration (timed or untimed
 * steps) or holds repeated in sets with rests between. A session runs a step at another
 * length by scaling this value, without copying the step.
 */
@Embeddable
public record StepTiming(@Enumerated(EnumType.STRING) @Column(name = "timing") Timing timing,
		@Column(name = "duration_seconds") Integer durationSeconds, @Column(name = "hold_seconds") Integer holdSeconds,
		@Column(name = "reps") Integer reps, @Column(name = "sets") Integer sets,
		@Column(name = "rest_seconds") Integer restSeconds, @Column(name = "set_rest_seconds") Integer setRestSeconds,
		@Column(name = "each_side") boolean eachSide) {

	/**
	 * {@link #totalSeconds()} of the step table's row {@code s}, for the database to sum
	 * a routine's time; written next to the Java so the two stay the same sum.
	 */
	static final String TOTAL_SECONDS_SQL = """
			CASE WHEN s.timing = 'REPS'
			     THEN s.sets * s.reps * s.hold_seconds + s.sets * (s.reps - 1) * s.rest_seconds
			          + (s.sets - 1) * s.set_rest_seconds
			     ELSE s.duration_seconds END
			* CASE WHEN s.each_side THEN 2 ELSE 1 END""";

	/** Seconds for one pass (one side). */
	public int secondsPerSide() {
		if (timing == Timing.REPS) {
			int holds = sets * reps;
			return holds * holdSeconds + sets * (reps - 1) * restSeconds + (sets - 1) * setRestSeconds;
		}
		return durationSeconds;
	}

	/** Seconds the step takes: each-side steps count twice. */
	public int totalSeconds() {
		return eachSide ? 2 * secondsPerSide() : secondsPerSide();
	}

	public StepTiming withDuration(int seconds) {
		return new StepTiming(timing, seconds, holdSeconds, reps, sets, restSeconds, setRestSeconds, eachSide);
	}

	/** New hold and rest times; the counts of reps and sets stay what the exercise is. */
	public StepTiming withHolds(int hold, int rest, int setRest) {
		return new StepTiming(timing, durationSeconds, hold, reps, sets, rest, setRest, eachSide);
	}

}
