package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import app.unknot.catalog.CautionRules.StepFacts;
import jakarta.persistence.EntityManager;

/**
 * The safety of the real catalog, as the Flyway migrations load it: the cautions the rule
 * table requires, the cues inside the steps, and wording a person can follow while
 * pressing on their own belly or groin.
 */
@DataJpaTest
class CatalogSafetyContentTests {

	private static final Set<Technique> PRESS = EnumSet.of(Technique.CIRCLES, Technique.KNEADING, Technique.STRIPPING,
			Technique.ROLLING, Technique.SUSTAINED_PRESSURE);

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

	private static final Pattern METRIC_WITH_IMPERIAL = Pattern
		.compile("\\d+(?: to \\d+)? cm \\(\\d+(?: to \\d+)? in\\)");

	private static final Pattern INCHES = Pattern.compile("\\binch(es)?\\b|\\d+ in\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern AMERICAN = Pattern
		.compile("\\b(counterclockwise|pedaling|traveling|color|center|favorite)s?\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern SWITCHING = Pattern.compile(
			"switch legs|then switch|change sides|other side and repeat|turn over and repeat|repeat on the other side",
			Pattern.CASE_INSENSITIVE);

	private final EntityManager entityManager;

	CatalogSafetyContentTests(@Autowired EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	private List<Routine> routines() {
		return entityManager
			.createQuery("SELECT DISTINCT r FROM Routine r LEFT JOIN FETCH r.steps WHERE r.ownerId IS NULL",
					Routine.class)
			.getResultList();
	}

	private List<Step> steps() {
		return entityManager.createQuery("SELECT s FROM Step s JOIN FETCH s.routine", Step.class).getResultList();
	}

	private List<Caution> cautions() {
		return entityManager.createQuery("SELECT c FROM Caution c", Caution.class).getResultList();
	}

	private static String name(Step step) {
		return step.getRoutine().getSlug() + " step " + step.getOrder();
	}

	private static String text(Step step) {
		return Stream.of(step.getInstructions(), step.getSafetyCue())
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" "));
	}

	private static Set<String> muscles(Step step) {
		return step.getMuscleGroups().stream().map(MuscleGroup::getSlug).collect(Collectors.toSet());
	}

	/** Every text a person reads in the catalog, named by where it comes from. */
	private List<Map.Entry<String, String>> allTexts() {
		List<Map.Entry<String, String>> texts = new ArrayList<>();
		for (Routine routine : routines()) {
			add(texts, routine.getSlug(), routine.getTitle(), routine.getSummary(), routine.getBenefits());
			for (Step step : routine.getSteps()) {
				add(texts, name(step), step.getTitle(), step.getInstructions(), step.getBreathingCue(),
						step.getSafetyCue());
			}
		}
		for (Caution caution : cautions()) {
			add(texts, caution.getCode(), caution.getTitle(), caution.getExplanation(), caution.getAdvice(),
					caution.getQuestion(), String.join(" ", caution.getQuestionItemList()));
		}
		for (MuscleGroup group : entityManager.createQuery("SELECT m FROM MuscleGroup m", MuscleGroup.class)
			.getResultList()) {
			add(texts, group.getSlug(), group.getName(), group.getLocation(), group.getFunction(),
					group.getTensionSigns());
		}
		return texts;
	}

	private static void add(List<Map.Entry<String, String>> texts, String where, String... values) {
		Arrays.stream(values).filter(Objects::nonNull).forEach(value -> texts.add(Map.entry(where, value)));
	}

	@Test
	void everyRoutineCarriesEveryCautionTheRulesRequireAtTheStrictestTier() {
		List<String> problems = new ArrayList<>();
		for (Routine routine : routines()) {
			Map<String, CautionAction> required = CautionRules
				.forSteps(routine.getSteps().stream().map(StepFacts::of).toList());
			Map<String, Caution> carried = routine.getCautions()
				.stream()
				.collect(Collectors.toMap(Caution::getCode, Function.identity()));
			required.forEach((code, tier) -> {
				Caution caution = carried.get(code);
				if (caution == null) {
					problems.add(routine.getSlug() + " lacks " + code + " (" + tier + ")");
				}
				else if (routine.tierOf(caution) != tier) {
					problems
						.add(routine.getSlug() + " has " + code + " as " + routine.tierOf(caution) + ", needs " + tier);
				}
			});
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void cautionsThatBlockOrAskSomewhereAskAQuestion() {
		for (Routine routine : routines()) {
			assertThat(routine.getCautions()).filteredOn(caution -> routine.tierOf(caution) != CautionAction.ADAPT)
				.allSatisfy(caution -> assertThat(caution.getQuestion()).as(routine.getSlug() + " " + caution.getCode())
					.isNotBlank());
		}
	}

	@Test
	void theBackRedFlagsListTheirSignsAndOnlyTheEmergencyOneIsUrgent() {
		Map<String, Caution> cautions = cautions().stream()
			.collect(Collectors.toMap(Caution::getCode, Function.identity()));

		Caution emergency = cautions.get("back-red-flags-emergency");
		Caution soon = cautions.get("back-red-flags-soon");
		assertThat(emergency.getQuestionItemList()).hasSizeGreaterThanOrEqualTo(5)
			.anySatisfy(item -> assertThat(item).containsIgnoringCase("bladder or bowel"));
		assertThat(soon.getQuestionItemList()).hasSizeGreaterThanOrEqualTo(5)
			.noneSatisfy(item -> assertThat(item).containsIgnoringCase("bladder"));
		assertThat(emergency.isUrgent()).isTrue();
		assertThat(cautions.values()).filteredOn(Caution::isUrgent).containsExactly(emergency);
		assertThat(cautions.values()).filteredOn(caution -> !caution.getQuestionItemList().isEmpty())
			.containsExactlyInAnyOrder(emergency, soon);
	}

	/** Steps that press on the belly, the front of the hip or the inner thigh. */
	private List<Step> pressingNearLargeVessels() {
		return steps().stream()
			.filter(step -> PRESS.contains(step.getTechnique()))
			.filter(step -> muscles(step).stream()
				.anyMatch(Set.of("abdomen", "psoas", "hip-flexors", "adductors")::contains))
			.toList();
	}

	@Test
	void stepsThatPressOnTheBellyFrontOfHipOrInnerThighWarnAboutAPulse() {
		assertThat(pressingNearLargeVessels()).isNotEmpty()
			.allSatisfy(step -> assertThat(step.getSafetyCue()).as(name(step)).containsIgnoringCase("pulse"));
	}

	/**
	 * The Spanish reader is screened and warned as the English one: every caution a
	 * routine carries or the rules require asks, explains and advises in Spanish too.
	 */
	@Test
	void everyCautionARoutineNeedsReadsInSpanish() {
		Map<String, Caution> byCode = cautions().stream()
			.collect(Collectors.toMap(Caution::getCode, Function.identity()));
		for (Routine routine : routines()) {
			Set<String> codes = new TreeSet<>(
					CautionRules.forSteps(routine.getSteps().stream().map(StepFacts::of).toList()).keySet());
			routine.getCautions().forEach(caution -> codes.add(caution.getCode()));
			for (String code : codes) {
				Caution caution = byCode.get(code);
				String where = routine.getSlug() + " " + code;
				assertThat(caution.getTitleText().es()).as(where).isNotBlank();
				assertThat(caution.getExplanationText().es()).as(where).isNotBlank();
				assertThat(caution.getAdviceText().es()).as(where).isNotBlank();
				if (caution.isAskedBeforeSession()) {
					assertThat(caution.getQuestionText().es()).as(where).contains("¿", "?");
				}
			}
		}
	}

	/**
	 * The Spanish keeps the safety wording's meaning: the same warnings, word for word
	 * where it counts.
	 */
	@Test
	void spanishSafetyWordingKeepsItsWarnings() {
		assertThat(pressingNearLargeVessels()).isNotEmpty()
			.allSatisfy(step -> assertThat(step.getSafetyCueText().es()).as(name(step)).containsIgnoringCase("pulso"));
		assertThat(steps()).filteredOn(step -> PRESS.contains(step.getTechnique()))
			.filteredOn(step -> muscles(step).contains("lower-back"))
			.allSatisfy(step -> assertThat(step.getSafetyCueText().es()).as(name(step)).contains("columna"));
		assertThat(steps()).filteredOn(step -> step.getSafetyCueText().en() != null)
			.filteredOn(step -> step.getSafetyCueText().en().contains("skip"))
			.allSatisfy(
					step -> assertThat(step.getSafetyCueText().es()).as(name(step)).containsIgnoringCase("sáltate"));
		for (Caution caution : cautions()) {
			LocalizedText advice = caution.getAdviceText();
			if (advice.en().contains("emergency number")) {
				assertThat(advice.es()).as(caution.getCode()).contains("número de emergencias");
			}
			if (advice.en().contains("same day")) {
				assertThat(advice.es()).as(caution.getCode()).contains("ese mismo día");
			}
			if (advice.en().startsWith("Stop") || advice.en().contains("Stop and")) {
				assertThat(advice.es()).as(caution.getCode()).containsPattern("\\bPara\\b");
			}
		}
		Map<String, Caution> byCode = cautions().stream()
			.collect(Collectors.toMap(Caution::getCode, Function.identity()));
		assertThat(byCode.get("back-red-flags-emergency").getQuestionItemsText().es()).contains("vejiga");
		assertThat(byCode.get("abdominal-pulse").getAdviceText().es()).contains("sáltate ese paso");
	}

	@Test
	void rollerBallAndHandsStayBesideTheSpineNeverOnIt() {
		for (Step step : steps()) {
			String text = text(step).toLowerCase(Locale.ROOT);
			assertThat(text).as(name(step)).doesNotContain("across your lower back", "across the lower back");
			for (String sentence : SENTENCE_END.split(text)) {
				if (sentence.matches(".*\\b(on|under|over|along) (the|your) (lower )?spine\\b.*")) {
					assertThat(sentence).as(name(step)).containsPattern("\\b(never|not|off)\\b");
				}
			}
			boolean toolOrRolling = step.getTechnique() == Technique.ROLLING || step.getEquipment() == Equipment.BALL
					|| step.getEquipment() == Equipment.FOAM_ROLLER;
			if (toolOrRolling && muscles(step).contains("lower-back")) {
				assertThat(text).as(name(step)).contains("beside the spine");
			}
		}
	}

	@Test
	void pressureOnTheLowerBackKeepsOffTheSpine() {
		assertThat(steps()).filteredOn(step -> PRESS.contains(step.getTechnique()))
			.filteredOn(step -> muscles(step).contains("lower-back"))
			.isNotEmpty()
			.allSatisfy(step -> assertThat(step.getSafetyCue()).as(name(step)).contains("spine"));
	}

	@Test
	void instructionsAndSafetyCuesKeepToTwentyWordsASentence() {
		List<String> tooLong = new ArrayList<>();
		for (Step step : steps()) {
			for (String sentence : SENTENCE_END.split(text(step))) {
				if (sentence.trim().split("\\s+").length > 20) {
					tooLong.add(name(step) + ": " + sentence);
				}
			}
		}
		assertThat(tooLong).isEmpty();
	}

	@Test
	void spellingIsBritish() {
		assertThat(allTexts())
			.allSatisfy(text -> assertThat(text.getValue()).as(text.getKey()).doesNotContainPattern(AMERICAN));
	}

	@Test
	void everyDistanceInInchesAlsoGivesCentimetres() {
		assertThat(allTexts()).allSatisfy(
				text -> assertThat(METRIC_WITH_IMPERIAL.matcher(text.getValue()).replaceAll("")).as(text.getKey())
					.doesNotContainPattern(INCHES));
	}

	@Test
	void aRoutineIsLabelledAtLeastAsDemandingAsItsFirmestStep() {
		for (Routine routine : routines()) {
			routine.getSteps()
				.stream()
				.map(Step::getPressure)
				.filter(Objects::nonNull)
				.max(Enum::compareTo)
				.map(pressure -> Difficulty.values()[pressure.ordinal()])
				.ifPresent(needed -> assertThat(routine.getDifficulty()).as(routine.getSlug())
					.isGreaterThanOrEqualTo(needed));
		}
	}

	@Test
	void eachSideStepsLeaveTheSwitchToThePlayer() {
		assertThat(steps()).filteredOn(step -> step.getTimes().eachSide())
			.allSatisfy(step -> assertThat(text(step)).as(name(step)).doesNotContainPattern(SWITCHING));
	}

	@Test
	void sideBlocksAreMadeOfEachSideStepsAndCoverSideLyingWork() {
		assertThat(steps()).filteredOn(Step::isSideBlock).isNotEmpty().allMatch(step -> step.getTimes().eachSide());
		assertThat(steps()).filteredOn(step -> step.getTimes().eachSide() && step.getPosition() == Position.SIDE_LYING)
			.allSatisfy(step -> assertThat(step.isSideBlock()).as(name(step)).isTrue());
	}

	/**
	 * The player names the side that is down for each-side steps (the left side is worked
	 * first, lying on the right); a side-lying step that runs once has to say it itself.
	 */
	@Test
	void sideLyingStepsThePlayerDoesNotLabelSayWhichSideIsDown() {
		assertThat(steps()).filteredOn(step -> step.getPosition() == Position.SIDE_LYING && !step.getTimes().eachSide())
			.isNotEmpty()
			.allSatisfy(step -> assertThat(step.getInstructions()).as(name(step))
				.containsPattern("(?i)on your (left|right) side"));
	}

}
