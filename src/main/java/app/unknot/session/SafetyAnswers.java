package app.unknot.session;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The answers to the safety questions and the clearances confirmed, per routine, kept in
 * the HTTP session: remembered while the browser session lasts, forgotten after.
 * Signed-in people also keep clearances in their safety profile.
 */
final class SafetyAnswers implements Serializable {

	@Serial
	private static final long serialVersionUID = 2L;

	private static final String ATTRIBUTE = SafetyAnswers.class.getName();

	/** Routine slug → caution code → true for "yes". */
	private final Map<String, Map<String, Boolean>> bySlug = new LinkedHashMap<>();

	/** Routine slug → codes of the cautions a professional cleared the person for. */
	private final Map<String, Set<String>> clearedBySlug = new LinkedHashMap<>();

	/** The answers in this request's session, without creating a session to find none. */
	static Map<String, Boolean> find(HttpServletRequest request, String slug) {
		return stored(request).map(answers -> answers.bySlug.getOrDefault(slug, Map.of())).orElse(Map.of());
	}

	/** The clearances confirmed in this browser session for the routine. */
	static Set<String> clearances(HttpServletRequest request, String slug) {
		return stored(request).map(answers -> answers.clearedBySlug.getOrDefault(slug, Set.of())).orElse(Set.of());
	}

	static void remember(HttpServletRequest request, String slug, Map<String, Boolean> answers) {
		update(request, stored -> stored.bySlug.put(slug, Map.copyOf(answers)));
	}

	static void rememberClearances(HttpServletRequest request, String slug, Collection<String> codes) {
		update(request, stored -> {
			Set<String> cleared = new LinkedHashSet<>(stored.clearedBySlug.getOrDefault(slug, Set.of()));
			cleared.addAll(codes);
			stored.clearedBySlug.put(slug, Set.copyOf(cleared));
		});
	}

	private static Optional<SafetyAnswers> stored(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(ATTRIBUTE) instanceof SafetyAnswers answers
				? Optional.of(answers) : Optional.empty();
	}

	private static void update(HttpServletRequest request, Consumer<SafetyAnswers> change) {
		HttpSession session = request.getSession();
		SafetyAnswers stored = session.getAttribute(ATTRIBUTE) instanceof SafetyAnswers existing ? existing
				: new SafetyAnswers();
		change.accept(stored);
		// Set again so that session stores which copy attributes see the change.
		session.setAttribute(ATTRIBUTE, stored);
	}

}
