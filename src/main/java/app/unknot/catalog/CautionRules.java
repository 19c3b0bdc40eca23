package app.unknot.catalog;

import static app.unknot.catalog.CautionAction.ADAPT;
import static app.unknot.catalog.CautionAction.ASK_PROFESSIONAL;
import static app.unknot.catalog.CautionAction.DO_NOT_START;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cautions a routine must carry, and at which tier, decided from what its steps do:
 * which muscle groups they work, with which technique, pressure, position and equipment.
 * The catalog content and its tests follow this table, so a new or changed step cannot
 * quietly lose the warning its area and technique call for.
 * <p>
 * A step's rules may require the same caution at different tiers; the strictest wins
 * ({@link CautionAction} is declared strictest first). "The steps a caution concerns" are
 * the steps whose rules require it.
 */
public final class CautionRules {

	/**
	 * Techniques that press on the tissue, as opposed to stretching, breathing or moving.
	 */
	private static final Set<Technique> PRESS = EnumSet.of(Technique.CIRCLES, Technique.KNEADING, Technique.STRIPPING,
			Technique.ROLLING, Technique.SUSTAINED_PRESSURE);

	private CautionRules() {
	}

	/**
	 * What the rules look at in a step. {@code pressure} is null for steps that do not
	 * press.
	 */
	public record StepFacts(Technique technique, Pressure pressure, Position position, Equipment equipment,
			Set<String> muscleSlugs) {

		public StepFacts {
			muscleSlugs = Set.copyOf(muscleSlugs);
		}

		/** The facts of a stored step. Needs its muscle groups loaded. */
		public static StepFacts of(Step step) {
			return new StepFacts(step.getTechnique(), step.getPressure(), step.getPosition(), step.getEquipment(),
					slugs(step.getMuscleGroups()));
		}

		/**
		 * The facts of a step as an editor describes it. A step that names no muscle
		 * groups is taken to work the routine's, so leaving them out cannot skip the
		 * rules of its area.
		 */
		public static StepFacts of(StepContent content, Set<MuscleGroup> routineGroups) {
			Set<MuscleGroup> groups = content.muscleGroups().isEmpty() ? routineGroups : content.muscleGroups();
			return new StepFacts(content.technique(), content.pressure(), content.position(), content.equipment(),
					slugs(groups));
		}

		private static Set<String> slugs(Set<MuscleGroup> groups) {
			return groups.stream().map(MuscleGroup::getSlug).collect(Collectors.toSet());
		}

		boolean presses() {
			return PRESS.contains(technique);
		}

		boolean works(String... slugs) {
			for (String slug : slugs) {
				if (muscleSlugs.contains(slug)) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * The cautions one step requires, by code, each at the strictest tier its rules give.
	 * The stop signs are left out: they apply to every routine as a whole, not to
	 * particular steps.
	 */
	public static Map<String, CautionAction> forStep(StepFacts step) {
		Required required = new Required();
		boolean press = step.presses();
		Technique technique = step.technique();

		// 1. Pressure on the belly: scars, hernias, a pregnancy, an inflamed bowel, the
		// aorta and
		// a full stomach all lie under the hands; new pain there may come from an organ.
		if (press && step.works("abdomen", "psoas")) {
			required.add(DO_NOT_START, "recent-surgery", "pregnancy", "aortic-aneurysm", "after-meal");
			required.add(ASK_PROFESSIONAL, "hernia", "digestive-inflammatory", "new-belly-pain");
			required.add(ADAPT, "abdominal-pulse");
		}
		// 2. The front of the hip and the groin: the femoral artery and the usual place
		// of a hernia.
		if (press && step.works("hip-flexors")) {
			required.add(DO_NOT_START, "recent-surgery");
			required.add(ASK_PROFESSIONAL, "hernia");
			required.add(ADAPT, "abdominal-pulse");
		}
		// 3. The inner thigh: strokes run along the great vein toward the groin.
		if (press && step.works("adductors")) {
			required.add(DO_NOT_START, "blood-clots");
			required.add(ASK_PROFESSIONAL, "hernia");
			required.add(ADAPT, "abdominal-pulse", "varicose-veins");
		}
		// 4. A roller on the leg squeezes the deep veins of the thigh.
		if (technique == Technique.ROLLING && step.equipment() == Equipment.FOAM_ROLLER
				&& step.works("hip-flexors", "adductors", "glutes")) {
			required.add(DO_NOT_START, "blood-clots");
		}
		// 5. Any pressure can bruise, find bone or add strain to a fever; deeper pressure
		// bruises
		// people on blood thinners too easily to allow without a professional's word.
		if (press) {
			required.add(DO_NOT_START, "fever");
			required.add(ADAPT, "blood-thinners", "bone");
			if (step.pressure() == Pressure.MODERATE || step.pressure() == Pressure.FIRM) {
				required.add(ASK_PROFESSIONAL, "blood-thinners");
			}
		}
		// 6. Fragile bones: firm pressure, rolling and body weight on a tool load the
		// bone; getting
		// up and down for exercises and checks only needs care.
		if ((press && step.pressure() == Pressure.FIRM) || technique == Technique.ROLLING
				|| (press && (step.equipment() == Equipment.BALL || step.equipment() == Equipment.FOAM_ROLLER))) {
			required.add(ASK_PROFESSIONAL, "fragile-bones");
		}
		else if (technique == Technique.ACTIVATION || technique == Technique.SELF_CHECK) {
			required.add(ADAPT, "fragile-bones");
		}
		// 7. The back: back pain with red flags needs a doctor, not massage, and a fresh
		// injury a check.
		if (step.works("lower-back", "psoas") || (technique == Technique.ACTIVATION && step.works("abdomen"))) {
			required.add(DO_NOT_START, "back-red-flags-emergency", "back-red-flags-soon");
			required.add(ASK_PROFESSIONAL, "recent-injury");
		}
		// 8. The hips: deep bending, crossing and turning the leg can dislocate a
		// replaced hip.
		if (((technique == Technique.STRETCH || technique == Technique.SELF_CHECK)
				&& step.works("hip-flexors", "psoas", "glutes", "adductors"))
				|| (step.equipment() == Equipment.FOAM_ROLLER && step.works("glutes"))) {
			required.add(ASK_PROFESSIONAL, "hip-replacement", "recent-injury");
		}
		// 9. Lying flat on the back or face down grows unsuitable as a pregnancy goes on.
		if (step.position() == Position.LYING_ON_BACK || step.position() == Position.FACE_DOWN_ON_ELBOWS) {
			required.add(ASK_PROFESSIONAL, "pregnancy");
		}
		// 10. Core work raises the pressure in the belly and loads a healing belly wall
		// and pelvic
		// floor; squeezing a floor that is already tight can feed pelvic pain.
		if (technique == Technique.ACTIVATION && step.works("abdomen", "pelvic-floor")) {
			required.add(DO_NOT_START, "recent-surgery");
			required.add(ASK_PROFESSIONAL, "after-childbirth", "hernia", "pregnancy");
		}
		if (technique == Technique.ACTIVATION && step.works("pelvic-floor")) {
			required.add(ASK_PROFESSIONAL, "pelvic-pain");
		}
		// 11. Balance: standing, kneeling and the self-checks on a bed edge can end in a
		// fall.
		if (step.position() == Position.STANDING || step.position() == Position.KNEELING
				|| technique == Technique.SELF_CHECK) {
			required.add(ADAPT, "balance");
		}
		return required.toMap();
	}

	/**
	 * The cautions a routine with these steps requires, each at the strictest tier any
	 * step requires, and the stop signs, which every routine carries.
	 */
	public static Map<String, CautionAction> forSteps(Collection<StepFacts> steps) {
		Required required = new Required();
		required.add(ADAPT, "stop-signs");
		steps.forEach(step -> forStep(step).forEach((code, tier) -> required.add(tier, code)));
		return required.toMap();
	}

	/** Required cautions collected so far, keeping the strictest tier for each code. */
	private static final class Required {

		private final Map<String, CautionAction> tiers = new LinkedHashMap<>();

		void add(CautionAction tier, String... codes) {
			for (String code : codes) {
				tiers.merge(code, tier, (old, added) -> old.compareTo(added) <= 0 ? old : added);
			}
		}

		Map<String, CautionAction> toMap() {
			return Collections.unmodifiableMap(tiers);
		}

	}

}
