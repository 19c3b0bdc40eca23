package app.unknot.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import app.unknot.catalog.Caution;
import app.unknot.catalog.CautionRepository;
import app.unknot.catalog.StepTiming;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reminders at steps: the player's data names, at each step, the person's "adapt as you
 * go" cautions that the caution rules tie to what that step does, and no others.
 */
@SpringBootTest
@TestPropertySource(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/testdata")
class PlayerDataTests {

	private final SessionPlanner planner;

	private final PlayerData playerData;

	private final CautionRepository cautions;

	private final JsonMapper json;

	PlayerDataTests(@Autowired SessionPlanner planner, @Autowired PlayerData playerData,
			@Autowired CautionRepository cautions, @Autowired JsonMapper json) {
		this.planner = planner;
		this.playerData = playerData;
		this.cautions = cautions;
		this.json = json;
	}

	private Caution caution(String code) {
		return cautions.findAllByOrderBySortOrder()
			.stream()
			.filter(caution -> caution.getCode().equals(code))
			.findFirst()
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private List<Object> remindersOfEachStep(SessionPlan plan) {
		Map<String, Object> data = json.readValue(playerData.toJson(plan, Locale.UK), Map.class);
		return ((List<Map<String, Object>>) data.get("steps")).stream().map(step -> step.get("reminders")).toList();
	}

	@Test
	void aCautionIsRemindedOfOnlyAtTheStepsItConcerns() {
		Caution pulse = caution("abdominal-pulse");
		// The test caution is on the routine, but no rule ties it to a step.
		SessionPlan plan = planner.plan("test-cues", null, null)
			.withAdaptations(List.of(pulse, caution("test-during")));

		// Step 1 presses where the psoas is, near the belly's big artery; steps 2 and 3
		// work no
		// belly or groin muscle.
		assertThat(remindersOfEachStep(plan)).containsExactly(
				List.of(Map.of("title", pulse.getTitle(), "advice", pulse.getAdvice())), List.of(), List.of());
	}

	@Test
	void aCautionThatConcernsEveryPressingStepIsRemindedOfAtEach() {
		Caution thinners = caution("blood-thinners");
		SessionPlan plan = planner.plan("test-cues", 2, null).withAdaptations(List.of(thinners));

		assertThat(remindersOfEachStep(plan))
			.containsOnly(List.of(Map.of("title", thinners.getTitle(), "advice", thinners.getAdvice())))
			.hasSize(3);
	}

	@Test
	void withoutAdaptationsNoStepHasReminders() {
		SessionPlan plan = planner.plan("test-cues", null, null);

		assertThat(plan.adaptations()).isEmpty();
		assertThat(remindersOfEachStep(plan)).containsOnly(List.of()).hasSize(3);
	}

	/** What js/session/*.js reads of each step; the block has no other step fields. */
	private static final String[] STEP_FIELDS = { "title", "instructions", "shortInstruction", "safetyCue", "reminders",
			"position", "sideLying", "pressure", "equipment", "breathingCue", "timing", "durationSeconds",
			"holdSeconds", "reps", "sets", "restSeconds", "setRestSeconds", "eachSide", "sideBlock" };

	@Test
	@SuppressWarnings("unchecked")
	void theBlockCarriesWhatThePlayerScriptReadsWithEachStepsTimesAsTheSessionRunsThem() {
		// test-short is 3 s, 2 × 2 holds of 2 s in 2 sets, 3 s each side and 3 s: one
		// minute stretches it.
		SessionPlan plan = planner.plan("test-short", 1, null);
		Map<String, Object> data = json.readValue(playerData.toJson(plan, Locale.UK), Map.class);

		assertThat(data).containsEntry("slug", "test-short")
			.containsEntry("title", "Test short routine")
			.containsEntry("storageKey", "unknot.session.test-short.1")
			.containsEntry("minutes", 1)
			.containsKeys("fullMinutes", "options", "messages");
		List<Map<String, Object>> steps = (List<Map<String, Object>>) data.get("steps");
		assertThat(steps).hasSize(4).allSatisfy(step -> assertThat(step).containsOnlyKeys(STEP_FIELDS));

		StepTiming holds = plan.steps().get(1).times();
		assertThat(holds.holdSeconds()).as("scaled up from 2 s").isGreaterThan(2);
		assertThat(steps.get(1)).containsEntry("title", "Press and release")
			.containsEntry("instructions", "Press gently, then let go.")
			.containsEntry("position", "Lying on your back")
			.containsEntry("equipment", "Hands")
			.containsEntry("timing", "REPS")
			.containsEntry("durationSeconds", null)
			.containsEntry("holdSeconds", holds.holdSeconds())
			.containsEntry("reps", 2)
			.containsEntry("sets", 2)
			.containsEntry("restSeconds", holds.restSeconds())
			.containsEntry("setRestSeconds", holds.setRestSeconds())
			.containsEntry("eachSide", false);
		assertThat(steps.get(2)).containsEntry("timing", "DURATION")
			.containsEntry("durationSeconds", plan.steps().get(2).times().durationSeconds())
			.containsEntry("holdSeconds", null)
			.containsEntry("eachSide", true)
			.containsEntry("sideLying", true);
	}

}
