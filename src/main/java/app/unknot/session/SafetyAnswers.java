package app.unknot.session;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.unknot.catalog.Caution;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The answers to the safety questions, per routine, kept in the HTTP session: remembered
 * while the browser session lasts, forgotten after, never stored anywhere else.
 */
final class SafetyAnswers implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private static final String ATTRIBUTE = SafetyAnswers.class.getName();

	/** Routine slug → caution code → true for "yes". */
	private final Map<String, Map<String, Boolean>> bySlug = new LinkedHashMap<>();

	enum Outcome {

		/** Not all of the routine's questions have an answer yet. */
		UNANSWERED,
		/** Every answer is "no": the session may start. */
		CLEARED,
		/** At least one "yes": the session does not start. */
		BLOCKED

	}

	/** The answers in this request's session, without creating a session to find none. */
	static Map<String, Boolean> find(HttpServletRequest request, String slug) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof SafetyAnswers answers)) {
			return Map.of();
		}
		return answers.bySlug.getOrDefault(slug, Map.of());
	}

	static void remember(HttpServletRequest request, String slug, Map<String, Boolean> answers) {
		HttpSession session = request.getSession();
		SafetyAnswers stored = session.getAttribute(ATTRIBUTE) instanceof SafetyAnswers existing ? existing
				: new SafetyAnswers();
		stored.bySlug.put(slug, Map.copyOf(answers));
		// Set again so that session stores which copy attributes see the change.
		session.setAttribute(ATTRIBUTE, stored);
	}

	static Outcome outcome(List<Caution> questions, Map<String, Boolean> answers) {
		if (!questions.stream().allMatch(question -> answers.containsKey(question.getCode()))) {
			return Outcome.UNANSWERED;
		}
		return blocking(questions, answers).isEmpty() ? Outcome.CLEARED : Outcome.BLOCKED;
	}

	/** The cautions answered "yes", in the routine's order. */
	static List<Caution> blocking(List<Caution> questions, Map<String, Boolean> answers) {
		return questions.stream().filter(question -> Boolean.TRUE.equals(answers.get(question.getCode()))).toList();
	}

}
