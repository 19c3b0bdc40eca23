package app.unknot.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import app.unknot.catalog.Caution;
import app.unknot.catalog.SessionLength;

/**
 * Reads the safety check form: one field {@code answer-<caution code>} per question, with
 * the value {@code yes} or {@code no}. A question left unanswered is a mistake the page
 * points out; any other value can only come from a hand-made request and is a 400.
 */
final class SafetyForm {

	static final String FIELD_PREFIX = "answer-";

	private SafetyForm() {
	}

	record Read(Map<String, Boolean> answers, List<String> missing) {

		boolean isComplete() {
			return missing.isEmpty();
		}

	}

	static Read read(List<Caution> questions, MultiValueMap<String, String> form) {
		Map<String, Boolean> answers = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (Caution question : questions) {
			List<String> values = form.get(FIELD_PREFIX + question.getCode());
			if (values == null || values.isEmpty()) {
				missing.add(question.getCode());
				continue;
			}
			if (values.size() > 1) {
				throw SessionLength.cannotStart("session.invalid.answers", question.getCode());
			}
			switch (values.get(0)) {
				case "yes" -> answers.put(question.getCode(), true);
				case "no" -> answers.put(question.getCode(), false);
				default -> throw SessionLength.cannotStart("session.invalid.answers", question.getCode());
			}
		}
		return new Read(answers, missing);
	}

}
