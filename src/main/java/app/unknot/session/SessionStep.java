package app.unknot.session;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.unknot.catalog.Step;
import app.unknot.catalog.StepTiming;

/**
 * A step as one session runs it: the catalog step and its times, possibly scaled to the
 * length the person chose. What the step says comes from {@link #step()}, how long it
 * runs from {@link #times()} only.
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

	/** The instructions' first sentence: what the player speaks with the title. */
	public String shortInstruction() {
		String text = step.getInstructions().strip();
		Matcher sentence = FIRST_SENTENCE.matcher(text);
		return sentence.find() ? sentence.group(1) : text;
	}

	/**
	 * Runs in a side block: an each-side step marked to run with its marked each-side
	 * neighbours.
	 */
	public boolean inSideBlock() {
		return times.eachSide() && step.isSideBlock();
	}

}
