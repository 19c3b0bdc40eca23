package app.unknot.api;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.unknot.catalog.Caution;
import app.unknot.catalog.CautionAction;
import app.unknot.catalog.MuscleGroup;
import app.unknot.catalog.Routine;
import app.unknot.catalog.RoutineCard;
import app.unknot.catalog.Step;
import app.unknot.catalog.StepTiming;
import app.unknot.catalog.UrlValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the API sends about the catalog: records with stable camelCase names, built from
 * the catalog's entities. Enumerated values are the lower-case slugs the catalog's own
 * addresses use ({@code foam-roller}); every duration is a whole number of seconds.
 */
final class CatalogViews {

	private CatalogViews() {
	}

	static final String SECONDS = "A whole number of seconds.";

	@Schema(description = "A routine as a list shows it, without its steps.")
	record RoutineSummary(@Schema(description = "Identifies the routine in addresses.") String slug, String title,
			String summary, @Schema(description = "gentle, moderate or firm.") String difficulty,
			@Schema(description = "Total time of the routine as written, each-side steps counted twice. "
					+ SECONDS) int totalSeconds,
			@Schema(description = "Slugs of the main muscle groups worked.") List<String> muscleGroups,
			@Schema(description = "Equipment the steps need: hands, ball, foam-roller, bolster.") List<String> equipment,
			@Schema(description = "Positions the steps use, such as lying-on-back.") List<String> positions,
			@Schema(description = "Address of the routine's details in this API.") String href) {

		static RoutineSummary of(RoutineCard card, String href) {
			Routine routine = card.routine();
			return new RoutineSummary(routine.getSlug(), routine.getTitle(), routine.getSummary(),
					slugOf(routine.getDifficulty()), routine.getTotalSeconds(), slugs(routine.getMuscleGroups()),
					slugsOf(card.equipment()), slugsOf(card.positions()), href);
		}

	}

	@Schema(description = "A routine with everything a guided session needs.")
	record RoutineDetail(String slug, String title, String summary,
			@Schema(description = "Why the routine helps; may be empty.") String benefits,
			@Schema(description = "gentle, moderate or firm.") String difficulty,
			@Schema(description = "Total time of the routine as written, each-side steps counted twice. "
					+ SECONDS) int totalSeconds,
			List<MuscleGroupRef> muscleGroups,
			@Schema(description = "Muscle groups some step works besides the main ones.") List<MuscleGroupRef> alsoWorked,
			List<String> equipment, List<String> positions, List<StepDetail> steps,
			@Schema(description = "Who should not do the routine, or only after asking a professional, "
					+ "or with care; strictest tier first.") List<RoutineCaution> cautions,
			@Schema(description = "True for a person's own routine, which only they can see.") boolean ownRoutine) {

		static RoutineDetail of(Routine routine) {
			List<RoutineCaution> cautions = routine.getCautionsByTier()
				.entrySet()
				.stream()
				.flatMap(tier -> tier.getValue().stream().map(caution -> RoutineCaution.of(caution, tier.getKey())))
				.toList();
			return new RoutineDetail(routine.getSlug(), routine.getTitle(), routine.getSummary(), routine.getBenefits(),
					slugOf(routine.getDifficulty()), routine.getTotalSeconds(),
					routine.getMuscleGroups().stream().map(MuscleGroupRef::of).toList(),
					routine.getAlsoWorkedMuscleGroups().stream().map(MuscleGroupRef::of).toList(),
					slugsOf(routine.getEquipment()), slugsOf(routine.getPositions()),
					routine.getSteps().stream().map(StepDetail::of).toList(), cautions, routine.isPrivate());
		}

	}

	@Schema(description = "A muscle group named by its slug and name.")
	record MuscleGroupRef(String slug, String name) {

		static MuscleGroupRef of(MuscleGroup group) {
			return new MuscleGroupRef(group.getSlug(), group.getName());
		}

	}

	@Schema(description = "One timed part of a routine.")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record StepDetail(@Schema(description = "Place in the routine, from 1.") int number, String title,
			String instructions,
			@Schema(description = "circles, kneading, stripping, rolling, sustained-pressure, stretch, breathing, "
					+ "activation or self-check.") String technique,
			@Schema(description = "light, moderate or firm; absent where the step presses nothing.") String pressure,
			String position, String equipment,
			@Schema(description = "Absent when the step has none.") String breathingCue,
			@Schema(description = "A short safety cue said with the step; absent when it needs none.") String safetyCue,
			@Schema(description = "Runs in one block with neighbouring side-block steps: "
					+ "first side for all, then the second side.") boolean sideBlock,
			List<String> muscleGroups, StepTimingDetail timing) {

		static StepDetail of(Step step) {
			return new StepDetail(step.getOrder(), step.getTitle(), step.getInstructions(), slugOf(step.getTechnique()),
					slugOf(step.getPressure()), slugOf(step.getPosition()), slugOf(step.getEquipment()),
					step.getBreathingCue(), step.getSafetyCue(), step.isSideBlock(), slugs(step.getMuscleGroups()),
					StepTimingDetail.of(step.getTimes()));
		}

	}

	@Schema(description = "How a step is timed: a duration, or holds repeated in sets. Every time is in seconds.")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record StepTimingDetail(
			@Schema(description = "duration (runs for durationSeconds), untimed (waits for the person; "
					+ "durationSeconds is the usual time it takes) or reps (holds in sets).") String kind,
			@Schema(description = "For duration and untimed steps. " + SECONDS) Integer durationSeconds,
			@Schema(description = "For reps: one hold. " + SECONDS) Integer holdSeconds,
			@Schema(description = "For reps: holds in a set.") Integer reps,
			@Schema(description = "For reps: number of sets.") Integer sets,
			@Schema(description = "For reps: rest between holds. " + SECONDS) Integer restSeconds,
			@Schema(description = "For reps: rest between sets. " + SECONDS) Integer setRestSeconds,
			@Schema(description = "Done once on the left and once on the right.") boolean eachSide,
			@Schema(description = "The whole step, both sides of an each-side step. " + SECONDS) int totalSeconds) {

		static StepTimingDetail of(StepTiming timing) {
			return new StepTimingDetail(timing.timing().name().toLowerCase(Locale.ROOT), timing.durationSeconds(),
					timing.holdSeconds(), timing.reps(), timing.sets(), timing.restSeconds(), timing.setRestSeconds(),
					timing.eachSide(), timing.totalSeconds());
		}

	}

	@Schema(description = "A caution as one routine applies it.")
	record RoutineCaution(String code, String title,
			@Schema(description = "What a person to whom it applies does about this routine: do-not-start, "
					+ "ask-professional (first ask a health professional) or adapt (adapt as you go).") String tier) {

		static RoutineCaution of(Caution caution, CautionAction tier) {
			return new RoutineCaution(caution.getCode(), caution.getTitle(), tierSlug(tier));
		}

	}

	@Schema(description = "A muscle group of the catalog.")
	record MuscleGroupDetail(String slug, String name, String bodyRegion, String location, String function,
			String tensionSigns, @Schema(description = "Catalog routines that work it.") long routineCount,
			@Schema(description = "Address of its routines in this API.") String routinesHref) {

		static MuscleGroupDetail of(MuscleGroup group, Map<Long, Long> counts) {
			return new MuscleGroupDetail(group.getSlug(), group.getName(), group.getBodyRegion(), group.getLocation(),
					group.getFunction(), group.getTensionSigns(), counts.getOrDefault(group.getId(), 0L),
					ApiPaths.ROUTINES + "?muscle=" + group.getSlug());
		}

	}

	@Schema(description = "A condition or warning sign that changes whether or how a routine may be done.")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CautionDetail(String code, String title, String explanation,
			@Schema(description = "What to do instead, or how to adapt.") String advice,
			@Schema(description = "Its usual tier: do-not-start, ask-professional or adapt; "
					+ "a routine may set another (RoutineCaution.tier).") String tier,
			@Schema(description = "The yes/no question asked before a session; absent when the caution "
					+ "applies during one.") String question,
			@Schema(description = "Signs listed under the question; empty for a plain yes/no question.") List<String> questionItems,
			@Schema(description = "A yes means get help now, not only do not start.") boolean urgent,
			@Schema(description = "Offered in the personal safety profile.") boolean inProfile) {

		static CautionDetail of(Caution caution) {
			return new CautionDetail(caution.getCode(), caution.getTitle(), caution.getExplanation(),
					caution.getAdvice(), tierSlug(caution.getAction()), caution.getQuestion(),
					caution.getQuestionItemList(), caution.isUrgent(), caution.isInProfile());
		}

	}

	private static String tierSlug(CautionAction tier) {
		return tier.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String slugOf(UrlValue value) {
		return value == null ? null : value.getSlug();
	}

	private static List<String> slugsOf(Collection<? extends UrlValue> values) {
		return values.stream().map(UrlValue::getSlug).toList();
	}

	private static List<String> slugs(Collection<MuscleGroup> groups) {
		return groups.stream().map(MuscleGroup::getSlug).toList();
	}

}
