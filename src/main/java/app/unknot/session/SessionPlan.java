package app.unknot.session;

import java.util.List;
import java.util.Set;

import app.unknot.catalog.Caution;
import app.unknot.catalog.CautionRules;
import app.unknot.catalog.CautionRules.StepFacts;
import app.unknot.catalog.LengthChoice;
import app.unknot.catalog.Routine;

/**
 * What a session runs: the routine, its steps at the chosen length, and the fixed pauses
 * the player adds (get ready, changing position between steps, switching sides, turning
 * over between the two sides of a side block).
 *
 * @param minutes the length asked for with {@code ?minutes=}, or null for the routine as
 * written
 * @param adaptations the routine's cautions that apply to this person without stopping
 * the session (an "adapt as you go" caution answered yes, or an "ask a professional
 * first" one a professional has cleared): the player reminds of them at the steps they
 * concern
 */
public record SessionPlan(Routine routine, List<SessionStep> steps, Integer minutes, List<Caution> adaptations) {

	/** Seconds of "get ready" before the first step. */
	public static final int READY_SECONDS = 5;

	/** Seconds to change position between steps. */
	public static final int TRANSITION_SECONDS = 5;

	/** Seconds to switch sides in an each-side step. */
	public static final int SWITCH_SECONDS = 5;

	/** Seconds to turn over between the first and the second side of a side block. */
	public static final int TURNOVER_SECONDS = 15;

	public SessionPlan {
		adaptations = List.copyOf(adaptations);
	}

	public SessionPlan(Routine routine, List<SessionStep> steps, Integer minutes) {
		this(routine, steps, minutes, List.of());
	}

	/** The same plan with these cautions to remind of at their steps. */
	public SessionPlan withAdaptations(List<Caution> cautions) {
		return new SessionPlan(routine, steps, minutes, cautions);
	}

	/**
	 * The adaptations that concern this step: those the caution rules require for what it
	 * does. Needs the step's muscle groups loaded.
	 */
	public List<Caution> remindersAt(SessionStep step) {
		if (adaptations.isEmpty()) {
			return List.of();
		}
		Set<String> concerned = CautionRules.forStep(StepFacts.of(step.step())).keySet();
		return adaptations.stream().filter(caution -> concerned.contains(caution.getCode())).toList();
	}

	public boolean isScaled() {
		return minutes != null;
	}

	/** The lengths to pick from, this plan's marked. */
	public LengthChoice getLengths() {
		return LengthChoice.of(routine.getTotalSeconds(), minutes);
	}

	/** Seconds of the steps themselves, as the catalog counts a routine's time. */
	public int getStepSeconds() {
		return steps.stream().mapToInt(step -> step.times().totalSeconds()).sum();
	}

	/**
	 * Seconds of get ready, transitions, side switches and turn-overs, as the player's
	 * clock (js/session/timing.js) lays them out: each step has a lead-in, and an
	 * each-side step a switch; in a side block each side of each step has its own
	 * lead-in, the first one on the second side being the turn-over.
	 */
	public int getPauseSeconds() {
		if (steps.isEmpty()) {
			return 0;
		}
		int leadIns = 0;
		int switches = 0;
		int turnovers = 0;
		for (int i = 0; i < steps.size(); i++) {
			SessionStep step = steps.get(i);
			if (step.inSideBlock()) {
				leadIns += 2;
				if (i == 0 || !steps.get(i - 1).inSideBlock()) {
					turnovers++;
				}
			}
			else {
				leadIns++;
				switches += step.times().eachSide() ? 1 : 0;
			}
		}
		int transitions = leadIns - 1 - turnovers;
		return READY_SECONDS + transitions * TRANSITION_SECONDS + switches * SWITCH_SECONDS
				+ turnovers * TURNOVER_SECONDS;
	}

	/** How long the whole session takes, pauses included. */
	public int getTotalSeconds() {
		return getStepSeconds() + getPauseSeconds();
	}

	/**
	 * Where the session's state is kept in sessionStorage: one per routine and length.
	 */
	public String getStorageKey() {
		return "unknot.session." + routine.getSlug() + (minutes == null ? "" : "." + minutes);
	}

}
