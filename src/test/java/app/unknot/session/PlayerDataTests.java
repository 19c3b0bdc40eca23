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
import tools.jackson.databind.json.JsonMapper;

/**
 * Reminders at steps: the player's data names, at each step, the person's "adapt as you go"
 * cautions that the caution rules tie to what that step does, and no others.
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

		// Step 1 presses where the psoas is, near the belly's big artery; steps 2 and 3 work no
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

}
