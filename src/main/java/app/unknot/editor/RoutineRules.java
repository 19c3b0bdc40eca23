package app.unknot.editor;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

import app.unknot.catalog.Difficulty;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.StepTiming;
import app.unknot.catalog.Timing;

/**
 * The checks Bean Validation's annotations cannot express: timing fields that depend on
 * the chosen timing, limits on whole steps and routines, and choices that must name
 * something that exists. Each problem is reported on the field it concerns.
 */
final class RoutineRules {

	static final int MIN_DURATION = 5;

	static final int MAX_DURATION = 30 * 60;

	static final int MAX_HOLD = 120;

	static final int MAX_REPS = 100;

	static final int MAX_SETS = 10;

	static final int MAX_REST = 120;

	static final int MAX_SET_REST = 300;

	/**
	 * A routine is a daily practice, not an afternoon: two hours at most, as a session
	 * can be.
	 */
	static final int MAX_TOTAL_SECONDS = 2 * 60 * 60;

	private final Set<String> muscleSlugs;

	private final Set<String> cautionCodes;

	RoutineRules(Set<String> muscleSlugs, Set<String> cautionCodes) {
		this.muscleSlugs = muscleSlugs;
		this.cautionCodes = cautionCodes;
	}

	void check(RoutineForm form, Errors errors) {
		if (!muscleSlugs.containsAll(form.getMuscles())) {
			errors.rejectValue("muscles", "editor.unknownChoice");
		}
		if (!cautionCodes.containsAll(form.getCautions())) {
			errors.rejectValue("cautions", "editor.unknownChoice");
		}
		checkDifficulty(form, errors);
		int total = 0;
		boolean allTimed = true;
		List<StepForm> steps = form.getSteps();
		for (int i = 0; i < steps.size(); i++) {
			Optional<Integer> seconds = checkStep(steps.get(i), "steps[" + i + "].", errors);
			if (seconds.isPresent()) {
				total += seconds.get();
			}
			else {
				allTimed = false;
			}
		}
		if (allTimed && total > MAX_TOTAL_SECONDS) {
			errors.rejectValue("steps", "editor.steps.tooLong", new Object[] { clock(total) }, null);
		}
	}

	/**
	 * A catalog routine is read in Spanish as well: each text written in English needs
	 * its Spanish, or Spanish readers meet English halfway down their page. People's own
	 * routines need none; they show their English wherever Spanish is missing.
	 */
	static void checkSpanish(RoutineForm form, Errors errors) {
		requireSpanish(form.getTitle(), form.getTitleEs(), "titleEs", errors);
		requireSpanish(form.getSummary(), form.getSummaryEs(), "summaryEs", errors);
		requireSpanish(form.getBenefits(), form.getBenefitsEs(), "benefitsEs", errors);
		List<StepForm> steps = form.getSteps();
		for (int i = 0; i < steps.size(); i++) {
			StepForm step = steps.get(i);
			String path = "steps[" + i + "].";
			requireSpanish(step.getTitle(), step.getTitleEs(), path + "titleEs", errors);
			requireSpanish(step.getInstructions(), step.getInstructionsEs(), path + "instructionsEs", errors);
			requireSpanish(step.getBreathingCue(), step.getBreathingCueEs(), path + "breathingCueEs", errors);
			requireSpanish(step.getSafetyCue(), step.getSafetyCueEs(), path + "safetyCueEs", errors);
		}
	}

	private static void requireSpanish(String english, String spanish, String field, Errors errors) {
		if (english != null && spanish == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "editor.spanish.required");
		}
	}

	/** A routine's label must promise no less than its firmest step asks of the body. */
	private static void checkDifficulty(RoutineForm form, Errors errors) {
		if (form.getDifficulty() == null || errors.hasFieldErrors("difficulty")) {
			return;
		}
		List<StepForm> steps = form.getSteps();
		for (int i = 0; i < steps.size(); i++) {
			Pressure pressure = steps.get(i).getPressure();
			Difficulty needed = pressure == null ? Difficulty.GENTLE : Difficulty.values()[pressure.ordinal()];
			if (form.getDifficulty().compareTo(needed) < 0) {
				errors.rejectValue("difficulty", "editor.difficulty.belowPressure",
						new Object[] { i + 1, new DefaultMessageSourceResolvable("difficulty." + needed) }, null);
				return;
			}
		}
	}

	/** Checks one step; its total seconds when its timing is valid. */
	private Optional<Integer> checkStep(StepForm step, String path, Errors errors) {
		if (!muscleSlugs.containsAll(step.getMuscles())) {
			errors.rejectValue(path + "muscles", "editor.unknownChoice");
		}
		if (step.getTiming() == null || errors.hasFieldErrors(path + "timing")) {
			return Optional.empty();
		}
		boolean valid = step.getTiming() == Timing.REPS ? checkReps(step, path, errors)
				: checkDuration(step, path, errors);
		if (!valid) {
			return Optional.empty();
		}
		StepTiming times = step.times();
		if (times.secondsPerSide() > MAX_DURATION) {
			errors.rejectValue(path + "reps", "editor.step.reps.tooLong",
					new Object[] { clock(times.secondsPerSide()) }, null);
			return Optional.empty();
		}
		return Optional.of(times.totalSeconds());
	}

	private static boolean checkDuration(StepForm step, String path, Errors errors) {
		if (errors.hasFieldErrors(path + "duration")) {
			return false;
		}
		Optional<Integer> seconds = DurationText.parse(step.getDuration());
		if (seconds.isEmpty()) {
			errors.rejectValue(path + "duration", "editor.step.duration.format");
			return false;
		}
		if (seconds.get() < MIN_DURATION || seconds.get() > MAX_DURATION) {
			errors.rejectValue(path + "duration", "editor.step.duration.range");
			return false;
		}
		return true;
	}

	private static boolean checkReps(StepForm step, String path, Errors errors) {
		boolean valid = inRange(step.getHoldSeconds(), 1, MAX_HOLD, true, path + "holdSeconds", errors);
		valid &= inRange(step.getReps(), 1, MAX_REPS, true, path + "reps", errors);
		valid &= inRange(step.getSets(), 1, MAX_SETS, true, path + "sets", errors);
		valid &= inRange(step.getRestSeconds(), 0, MAX_REST, false, path + "restSeconds", errors);
		valid &= inRange(step.getSetRestSeconds(), 0, MAX_SET_REST, false, path + "setRestSeconds", errors);
		return valid;
	}

	private static boolean inRange(Integer value, int min, int max, boolean required, String field, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			// Already rejected while binding: not a whole number.
			return false;
		}
		if (value == null) {
			if (required) {
				errors.rejectValue(field, "editor.required");
			}
			return !required;
		}
		if (value < min || value > max) {
			errors.rejectValue(field, "editor.range", new Object[] { min, max }, null);
			return false;
		}
		return true;
	}

	private static String clock(int seconds) {
		return seconds >= 3600 ? "%d:%02d:%02d".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60)
				: "%d:%02d".formatted(seconds / 60, seconds % 60);
	}

}
