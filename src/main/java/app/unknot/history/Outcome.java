package app.unknot.history;

/** How a session ended. */
public enum Outcome {

	/** Ran, or was moved on, to the end of the last step. */
	COMPLETED,
	/** "End session" before the end. */
	ENDED_EARLY,
	/** "Stop — I feel pain". */
	PAIN_STOP;

	public String getLabelKey() {
		return "history.outcome." + name();
	}

}
