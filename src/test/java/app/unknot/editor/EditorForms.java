package app.unknot.editor;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What the routine editor's form and the player send, for tests that post them by hand.
 */
final class EditorForms {

	/** The form's fields that have a Spanish version beside them. */
	private static final Pattern TRANSLATED = Pattern
		.compile("title|summary|benefits|steps\\[\\d+]\\.(title|instructions|breathingCue|safetyCue)");

	private EditorForms() {
	}

	/**
	 * A whole routine as the editor's form sends it, with "Save" pressed: two steps, one
	 * timed by duration and one by holds.
	 */
	static MultiValueMap<String, String> validForm(Integer version, String title) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		if (version != null) {
			form.add("version", version.toString());
		}
		form.add("title", title);
		form.add("summary", "A short routine for the evening.");
		form.add("benefits", "Calmer hips.");
		form.add("difficulty", "GENTLE");
		form.add("muscles", "psoas");
		form.add("muscles", "lower-back");
		form.add("cautions", "hernia");
		form.add("cautions", "stop-signs");
		form.add("steps[0].title", "Settle in");
		form.add("steps[0].instructions", "Lie on your back and breathe slowly.");
		form.add("steps[0].technique", "BREATHING");
		form.add("steps[0].pressure", "");
		form.add("steps[0].position", "LYING_ON_BACK");
		form.add("steps[0].equipment", "NONE");
		form.add("steps[0].breathingCue", "Long out-breaths");
		form.add("steps[0].timing", "DURATION");
		form.add("steps[0].duration", "1:30");
		form.add("steps[1].title", "Press the hip flexor");
		form.add("steps[1].instructions", "Press gently beside the hip bone and hold.");
		form.add("steps[1].technique", "CIRCLES");
		form.add("steps[1].pressure", "LIGHT");
		form.add("steps[1].position", "LYING_ON_BACK");
		form.add("steps[1].equipment", "BALL");
		form.add("steps[1].timing", "REPS");
		form.add("steps[1].holdSeconds", "5");
		form.add("steps[1].reps", "3");
		form.add("steps[1].sets", "2");
		form.add("steps[1].restSeconds", "5");
		form.add("steps[1].setRestSeconds", "20");
		form.add("steps[1].eachSide", "true");
		form.add("action", "save");
		return form;
	}

	/**
	 * The form with a Spanish text beside each English one it has, as a catalog routine
	 * needs: the English marked "(es)", enough for tests that are not about the Spanish.
	 */
	static MultiValueMap<String, String> withSpanish(MultiValueMap<String, String> form) {
		MultiValueMap<String, String> both = new LinkedMultiValueMap<>(form);
		form.forEach((name, values) -> {
			String english = values.isEmpty() ? null : values.get(0);
			if (TRANSLATED.matcher(name).matches() && english != null && !english.isBlank()) {
				both.set(name + "Es", "(es) " + english);
			}
		});
		return both;
	}

	/** What the player reports after running a routine to the end, ten minutes ago. */
	static Map<String, Object> finishedSession(String slug, int steps) {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("runId", UUID.randomUUID().toString());
		report.put("routine", slug);
		report.put("minutes", null);
		report.put("startedAt", Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.MILLIS).toString());
		report.put("timeZone", "Europe/Berlin");
		report.put("secondsDone", 300);
		report.put("outcome", "COMPLETED");
		report.put("stepsCompleted", steps);
		report.put("stepsSkipped", 0);
		report.put("tensionBefore", 6);
		report.put("tensionAfter", null);
		return report;
	}

}
