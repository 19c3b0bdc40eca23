package app.unknot.catalog;

import static app.unknot.catalog.CautionAction.ADAPT;
import static app.unknot.catalog.CautionAction.ASK_PROFESSIONAL;
import static app.unknot.catalog.CautionAction.DO_NOT_START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.unknot.catalog.CautionRules.StepFacts;

class CautionRulesTests {

	private static StepFacts step(Technique technique, Pressure pressure, Position position, Equipment equipment,
			String... muscles) {
		return new StepFacts(technique, pressure, position, equipment, Set.of(muscles));
	}

	@Test
	void pressingOnTheBellyAsksAboutEverythingUnderTheHands() {
		Map<String, CautionAction> required = CautionRules
			.forStep(step(Technique.CIRCLES, Pressure.LIGHT, Position.SEATED, Equipment.HANDS, "abdomen"));

		assertThat(required)
			.contains(entry("recent-surgery", DO_NOT_START), entry("pregnancy", DO_NOT_START),
					entry("aortic-aneurysm", DO_NOT_START), entry("after-meal", DO_NOT_START),
					entry("hernia", ASK_PROFESSIONAL), entry("digestive-inflammatory", ASK_PROFESSIONAL),
					entry("new-belly-pain", ASK_PROFESSIONAL), entry("abdominal-pulse", ADAPT),
					entry("fever", DO_NOT_START), entry("blood-thinners", ADAPT), entry("bone", ADAPT))
			.doesNotContainKeys("blood-clots", "fragile-bones", "stop-signs");
	}

	@Test
	void pressingOnThePsoasCountsAsBellyAndBackWork() {
		Map<String, CautionAction> required = CautionRules
			.forStep(step(Technique.SUSTAINED_PRESSURE, Pressure.MODERATE, Position.SEATED, Equipment.HANDS, "psoas"));

		assertThat(required).contains(entry("aortic-aneurysm", DO_NOT_START),
				entry("back-red-flags-emergency", DO_NOT_START), entry("back-red-flags-soon", DO_NOT_START),
				entry("recent-injury", ASK_PROFESSIONAL), entry("blood-thinners", ASK_PROFESSIONAL));
	}

	@Test
	void theFrontOfTheHipAsksAboutHerniaPulseAndSurgery() {
		Map<String, CautionAction> required = CautionRules
			.forStep(step(Technique.CIRCLES, Pressure.LIGHT, Position.SEATED, Equipment.HANDS, "hip-flexors"));

		assertThat(required)
			.contains(entry("hernia", ASK_PROFESSIONAL), entry("abdominal-pulse", ADAPT),
					entry("recent-surgery", DO_NOT_START))
			.doesNotContainKeys("aortic-aneurysm", "after-meal", "blood-clots");
	}

	@Test
	void theInnerThighAsksAboutClotsAndVeins() {
		Map<String, CautionAction> required = CautionRules
			.forStep(step(Technique.KNEADING, Pressure.LIGHT, Position.SEATED, Equipment.HANDS, "adductors"));

		assertThat(required)
			.contains(entry("blood-clots", DO_NOT_START), entry("hernia", ASK_PROFESSIONAL),
					entry("abdominal-pulse", ADAPT), entry("varicose-veins", ADAPT))
			.doesNotContainKeys("aortic-aneurysm", "pregnancy");
	}

	@Test
	void aRollerOnTheButtockAsksAboutClotsButHandsDoNot() {
		assertThat(CautionRules
			.forStep(step(Technique.ROLLING, Pressure.MODERATE, Position.SEATED, Equipment.FOAM_ROLLER, "glutes")))
			.contains(entry("blood-clots", DO_NOT_START), entry("hip-replacement", ASK_PROFESSIONAL));
		assertThat(CautionRules
			.forStep(step(Technique.KNEADING, Pressure.MODERATE, Position.SEATED, Equipment.HANDS, "glutes")))
			.doesNotContainKeys("blood-clots", "hip-replacement");
	}

	@Test
	void bloodThinnersAdaptToLightPressureAndAskForDeeper() {
		assertThat(CautionRules
			.forStep(step(Technique.CIRCLES, Pressure.LIGHT, Position.SEATED, Equipment.HANDS, "lower-back")))
			.containsEntry("blood-thinners", ADAPT);
		assertThat(CautionRules
			.forStep(step(Technique.CIRCLES, Pressure.MODERATE, Position.SEATED, Equipment.HANDS, "lower-back")))
			.containsEntry("blood-thinners", ASK_PROFESSIONAL);
	}

	@Test
	void fragileBonesAskForFirmPressureRollingAndToolsAndAdaptForExercise() {
		assertThat(CautionRules
			.forStep(step(Technique.CIRCLES, Pressure.FIRM, Position.SEATED, Equipment.HANDS, "glutes")))
			.containsEntry("fragile-bones", ASK_PROFESSIONAL);
		assertThat(CautionRules.forStep(step(Technique.SUSTAINED_PRESSURE, Pressure.LIGHT, Position.LYING_ON_BACK,
				Equipment.BALL, "lower-back")))
			.containsEntry("fragile-bones", ASK_PROFESSIONAL);
		assertThat(CautionRules.forStep(step(Technique.ACTIVATION, null, Position.SEATED, Equipment.NONE, "glutes")))
			.containsEntry("fragile-bones", ADAPT);
		assertThat(CautionRules
			.forStep(step(Technique.CIRCLES, Pressure.MODERATE, Position.SEATED, Equipment.HANDS, "glutes")))
			.doesNotContainKey("fragile-bones");
	}

	@Test
	void anyStepOnTheLowerBackAsksAboutRedFlagsEvenWithoutPressure() {
		assertThat(CautionRules.forStep(step(Technique.BREATHING, null, Position.SEATED, Equipment.NONE, "lower-back")))
			.containsOnly(entry("back-red-flags-emergency", DO_NOT_START), entry("back-red-flags-soon", DO_NOT_START),
					entry("recent-injury", ASK_PROFESSIONAL));
	}

	@Test
	void coreWorkAsksAboutChildbirthHerniaPregnancySurgeryAndRedFlags() {
		Map<String, CautionAction> required = CautionRules
			.forStep(step(Technique.ACTIVATION, null, Position.SEATED, Equipment.NONE, "abdomen"));

		assertThat(required)
			.contains(entry("after-childbirth", ASK_PROFESSIONAL), entry("hernia", ASK_PROFESSIONAL),
					entry("pregnancy", ASK_PROFESSIONAL), entry("recent-surgery", DO_NOT_START),
					entry("back-red-flags-emergency", DO_NOT_START))
			.doesNotContainKeys("pelvic-pain", "aortic-aneurysm");
	}

	@Test
	void pelvicFloorSqueezesAlsoAskAboutPelvicPain() {
		assertThat(
				CautionRules.forStep(step(Technique.ACTIVATION, null, Position.SEATED, Equipment.NONE, "pelvic-floor")))
			.contains(entry("pelvic-pain", ASK_PROFESSIONAL), entry("after-childbirth", ASK_PROFESSIONAL))
			.doesNotContainKey("back-red-flags-soon");
	}

	@Test
	void hipStretchesAskAboutAHipReplacementAndInjury() {
		assertThat(CautionRules.forStep(step(Technique.STRETCH, null, Position.SEATED, Equipment.NONE, "adductors")))
			.containsOnly(entry("hip-replacement", ASK_PROFESSIONAL), entry("recent-injury", ASK_PROFESSIONAL));
	}

	@Test
	void lyingOnTheBackOrFaceDownAsksAboutPregnancy() {
		assertThat(CautionRules
			.forStep(step(Technique.BREATHING, null, Position.LYING_ON_BACK, Equipment.NONE, "abdomen")))
			.containsOnly(entry("pregnancy", ASK_PROFESSIONAL));
		assertThat(CautionRules
			.forStep(step(Technique.BREATHING, null, Position.FACE_DOWN_ON_ELBOWS, Equipment.NONE, "abdomen")))
			.containsOnly(entry("pregnancy", ASK_PROFESSIONAL));
		assertThat(
				CautionRules.forStep(step(Technique.BREATHING, null, Position.SIDE_LYING, Equipment.NONE, "abdomen")))
			.isEmpty();
	}

	@Test
	void standingKneelingAndSelfChecksAdaptForBalance() {
		assertThat(CautionRules
			.forStep(step(Technique.BREATHING, null, Position.STANDING, Equipment.NONE, "pelvic-floor")))
			.containsOnly(entry("balance", ADAPT));
		assertThat(CautionRules
			.forStep(step(Technique.BREATHING, null, Position.KNEELING, Equipment.NONE, "pelvic-floor")))
			.containsOnly(entry("balance", ADAPT));
		assertThat(
				CautionRules.forStep(step(Technique.SELF_CHECK, null, Position.SEATED, Equipment.NONE, "hip-flexors")))
			.containsEntry("balance", ADAPT);
	}

	@Test
	void aRoutineNeedsTheStrictestTierAnyStepNeedsAndAlwaysTheStopSigns() {
		StepFacts lyingBreath = step(Technique.BREATHING, null, Position.LYING_ON_BACK, Equipment.NONE, "abdomen");
		StepFacts bellyCircles = step(Technique.CIRCLES, Pressure.LIGHT, Position.LYING_ON_BACK, Equipment.HANDS,
				"abdomen");

		assertThat(CautionRules.forSteps(List.of(lyingBreath))).containsEntry("pregnancy", ASK_PROFESSIONAL)
			.containsEntry("stop-signs", ADAPT);
		assertThat(CautionRules.forSteps(List.of(lyingBreath, bellyCircles))).containsEntry("pregnancy", DO_NOT_START);
		assertThat(CautionRules.forSteps(List.of(bellyCircles, lyingBreath))).containsEntry("pregnancy", DO_NOT_START);
		assertThat(CautionRules.forSteps(List.of())).containsOnly(entry("stop-signs", ADAPT));
	}

}
