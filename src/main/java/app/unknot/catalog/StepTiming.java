package app.unknot.catalog;

/**
 * A step's timing on its own, so a session can run a step at another length without
 * copying the step: either a duration (timed or untimed steps) or holds repeated in sets
 * with rests between.
 */
public record StepTiming(Timing timing, Integer durationSeconds, Integer holdSeconds, Integer reps, Integer sets,
		Integer restSeconds, Integer setRestSeconds, boolean eachSide) {

	/**
	 * Seconds for one pass (one side). Keep in step with {@link Routine#TOTAL_SECONDS_SQL},
	 * which computes the same sum in the database.
	 */
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
