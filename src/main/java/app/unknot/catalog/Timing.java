package app.unknot.catalog;

/** How a step is timed. */
public enum Timing {

	/** Runs for a fixed number of seconds. */
	DURATION,
	/**
	 * Hold for some seconds, a number of times, in one or more sets, with rests between.
	 */
	REPS,
	/**
	 * Waits for the person (finding a spot, a self-check); its duration is the usual time
	 * it takes.
	 */
	UNTIMED

}
