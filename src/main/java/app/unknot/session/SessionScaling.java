package app.unknot.session;

import java.util.List;

import app.unknot.catalog.StepTiming;
import app.unknot.catalog.Timing;

/**
 * Stretches or shrinks a routine to the minutes a person has, once, on the server, so the
 * page, the player and the printed time all agree. Times scale in proportion and round to
 * whole seconds; the floors keep a shortened step long enough to be worth doing, and
 * repetition counts never change because they are what the exercise is.
 */
final class SessionScaling {

	/** No timed step is shortened below this (a step already shorter keeps its time). */
	static final int MIN_STEP_SECONDS = 10;

	/** No hold is shortened below this (a hold already shorter keeps its time). */
	static final int MIN_HOLD_SECONDS = 3;

	private SessionScaling() {
	}

	static List<SessionStep> scale(List<SessionStep> steps, int targetSeconds) {
		int original = steps.stream().mapToInt(step -> step.times().totalSeconds()).sum();
		if (original == 0 || targetSeconds == original) {
			return steps;
		}
		double factor = (double) targetSeconds / original;
		return steps.stream().map(step -> step.withTimes(scale(step.times(), factor))).toList();
	}

	static StepTiming scale(StepTiming times, double factor) {
		if (times.timing() == Timing.REPS) {
			return times.withHolds(scaled(times.holdSeconds(), factor, MIN_HOLD_SECONDS),
					rest(times.restSeconds(), factor), rest(times.setRestSeconds(), factor));
		}
		return times.withDuration(scaled(times.durationSeconds(), factor, MIN_STEP_SECONDS));
	}

	private static int scaled(int seconds, double factor, int floor) {
		return Math.max(Math.min(seconds, floor), (int) Math.round(seconds * factor));
	}

	// A rest that existed stays at least a second long, so holds never run into each
	// other.
	private static int rest(int seconds, double factor) {
		return seconds == 0 ? 0 : Math.max(1, (int) Math.round(seconds * factor));
	}

}
