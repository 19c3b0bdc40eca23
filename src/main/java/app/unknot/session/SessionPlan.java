package app.unknot.session;

import java.util.List;

import app.unknot.catalog.Routine;

/**
 * What a session runs: the routine, its steps at the chosen length, and the fixed pauses the
 * player adds (get ready, changing position between steps, switching sides).
 *
 * @param minutes the length asked for with {@code ?minutes=}, or null for the routine as written
 */
public record SessionPlan(Routine routine, List<SessionStep> steps, Integer minutes) {

	/** Seconds of "get ready" before the first step. */
	public static final int READY_SECONDS = 5;

	/** Seconds to change position between steps. */
	public static final int TRANSITION_SECONDS = 5;

	/** Seconds to switch sides in an each-side step. */
	public static final int SWITCH_SECONDS = 5;

	public boolean isScaled() {
		return minutes != null;
	}

	/** Seconds of the steps themselves, as the catalog counts a routine's time. */
	public int getStepSeconds() {
		return steps.stream().mapToInt(SessionStep::getTotalSeconds).sum();
	}

	/** Seconds of get ready, transitions and side switches. */
	public int getPauseSeconds() {
		if (steps.isEmpty()) {
			return 0;
		}
		long switches = steps.stream().filter(SessionStep::isEachSide).count();
		return READY_SECONDS + (steps.size() - 1) * TRANSITION_SECONDS + (int) switches * SWITCH_SECONDS;
	}

	/** How long the whole session takes, pauses included. */
	public int getTotalSeconds() {
		return getStepSeconds() + getPauseSeconds();
	}

	/** Where the session's state is kept in sessionStorage: one per routine and length. */
	public String getStorageKey() {
		return "unknot.session." + routine.getSlug() + (minutes == null ? "" : "." + minutes);
	}

}
