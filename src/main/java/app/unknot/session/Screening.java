package app.unknot.session;

import java.util.List;
import java.util.Map;
import java.util.Set;

import app.unknot.catalog.Caution;
import app.unknot.catalog.CautionAction;
import app.unknot.catalog.Routine;

/**
 * Where a routine's safety check stands for one person. A "yes" counts by the caution's
 * tier for this routine: "do not start" blocks; "ask a professional first" blocks until
 * the person confirms a professional cleared them for this routine; "adapt as you go"
 * never blocks. What applies but does not block comes back in the player as reminders at
 * the steps it concerns.
 *
 * @param questions the routine's questions, in order
 * @param doNotStart "yes" answers whose tier is do not start, urgent ones first
 * @param askFirst "yes" answers to ask a professional about, not yet cleared
 * @param adaptations "yes" answers that only adapt the session: adapt-tier, or cleared
 */
public record Screening(List<Caution> questions, boolean answered, List<Caution> doNotStart, List<Caution> askFirst,
		List<Caution> adaptations) {

	static Screening of(Routine routine, Map<String, Boolean> answers, Set<String> cleared) {
		List<Caution> questions = routine.getSessionQuestions();
		boolean answered = questions.stream().allMatch(question -> answers.containsKey(question.getCode()));
		List<Caution> yes = questions.stream()
			.filter(question -> Boolean.TRUE.equals(answers.get(question.getCode())))
			.toList();
		List<Caution> doNotStart = yes.stream()
			.filter(caution -> routine.tierOf(caution) == CautionAction.DO_NOT_START)
			.sorted((a, b) -> Boolean.compare(b.isUrgent(), a.isUrgent()))
			.toList();
		List<Caution> askFirst = yes.stream()
			.filter(caution -> routine.tierOf(caution) == CautionAction.ASK_PROFESSIONAL)
			.filter(caution -> !cleared.contains(caution.getCode()))
			.toList();
		List<Caution> adaptations = yes.stream()
			.filter(caution -> routine.tierOf(caution) == CautionAction.ADAPT
					|| (routine.tierOf(caution) == CautionAction.ASK_PROFESSIONAL
							&& cleared.contains(caution.getCode())))
			.toList();
		return new Screening(questions, answered, doNotStart, askFirst, adaptations);
	}

	/** Every question answered and nothing in the way: the player may start. */
	public boolean mayStart() {
		return answered && doNotStart.isEmpty() && askFirst.isEmpty();
	}

	public boolean isBlocked() {
		return !doNotStart.isEmpty() || !askFirst.isEmpty();
	}

	/** Whether any "yes" means get help now. */
	public boolean isUrgent() {
		return doNotStart.stream().anyMatch(Caution::isUrgent);
	}

	/**
	 * A clearance only helps when nothing of the "do not start" tier is in the way too.
	 */
	public boolean offersClearance() {
		return doNotStart.isEmpty() && !askFirst.isEmpty();
	}

}
