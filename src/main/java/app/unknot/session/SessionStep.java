package app.unknot.session;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.unknot.catalog.Equipment;
import app.unknot.catalog.Position;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.Step;
import app.unknot.catalog.StepTiming;
import app.unknot.catalog.Technique;
import app.unknot.catalog.Timing;

/**
 * A step as one session runs it: the catalog step with its timing possibly scaled to the
 * length the person chose. Has the same getters as {@link Step}, so the shared
 * {@code fragments/routine :: timing(step)} fragment prints it.
 *
 * @param number 1-based position in the routine
 */
public record SessionStep(int number, Step step, StepTiming times) {

	/** Up to the first full stop, question or exclamation mark that ends a sentence. */
	private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[.!?])(?=\\s|$)", Pattern.DOTALL);

	static SessionStep of(int number, Step step) {
		return new SessionStep(number, step, step.getTimes());
	}

	SessionStep withTimes(StepTiming scaled) {
		return new SessionStep(number, step, scaled);
	}

	public int getNumber() {
		return number;
	}

	public int getSecondsPerSide() {
		return times.secondsPerSide();
	}

	public int getTotalSeconds() {
		return times.totalSeconds();
	}

	public String getTitle() {
		return step.getTitle();
	}

	public String getInstructions() {
		return step.getInstructions();
	}

	/** The instructions' first sentence: what the player speaks with the title. */
	public String getShortInstruction() {
		String text = step.getInstructions().strip();
		Matcher sentence = FIRST_SENTENCE.matcher(text);
		return sentence.find() ? sentence.group(1) : text;
	}

	/** A short safety cue shown and spoken with the step; null when it has none. */
	public String getSafetyCue() {
		return step.getSafetyCue();
	}

	public Technique getTechnique() {
		return step.getTechnique();
	}

	public Pressure getPressure() {
		return step.getPressure();
	}

	public Position getPosition() {
		return step.getPosition();
	}

	public Equipment getEquipment() {
		return step.getEquipment();
	}

	public String getBreathingCue() {
		return step.getBreathingCue();
	}

	public Timing getTiming() {
		return times.timing();
	}

	public Integer getDurationSeconds() {
		return times.durationSeconds();
	}

	public Integer getHoldSeconds() {
		return times.holdSeconds();
	}

	public Integer getReps() {
		return times.reps();
	}

	public Integer getSets() {
		return times.sets();
	}

	public Integer getRestSeconds() {
		return times.restSeconds();
	}

	public Integer getSetRestSeconds() {
		return times.setRestSeconds();
	}

	public boolean isEachSide() {
		return times.eachSide();
	}

	public boolean isSideBlock() {
		return step.isSideBlock();
	}

	/** Runs in a side block: an each-side step marked to run with its marked each-side neighbours. */
	public boolean isInSideBlock() {
		return isEachSide() && isSideBlock();
	}

}
