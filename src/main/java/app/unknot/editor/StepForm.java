package app.unknot.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import app.unknot.catalog.Equipment;
import app.unknot.catalog.LocalizedText;
import app.unknot.catalog.MuscleGroup;
import app.unknot.catalog.Position;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.StepContent;
import app.unknot.catalog.StepTiming;
import app.unknot.catalog.Technique;
import app.unknot.catalog.Timing;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One step as the editor's form holds it. Every timing field is kept, whichever timing is
 * chosen, so switching between a duration and holds loses nothing the person typed; only
 * the fields of the chosen timing are checked and saved.
 */
public class StepForm {

	static final int MAX_TITLE = 120;

	static final int MAX_INSTRUCTIONS = 2000;

	static final int MAX_BREATHING_CUE = 300;

	static final int MAX_SAFETY_CUE = 300;

	private static final Pattern ILLUSTRATION_NAME = Pattern.compile("[a-z0-9-]{1,60}");

	@NotBlank(message = "{editor.step.title.required}")
	@Size(max = MAX_TITLE, message = "{editor.step.title.size}")
	private String title;

	@NotBlank(message = "{editor.step.instructions.required}")
	@Size(max = MAX_INSTRUCTIONS, message = "{editor.step.instructions.size}")
	private String instructions;

	@NotNull(message = "{editor.choose}")
	private Technique technique = Technique.CIRCLES;

	/** Null: the step presses nothing (breathing, a stretch). */
	private Pressure pressure;

	@NotNull(message = "{editor.choose}")
	private Position position = Position.LYING_ON_BACK;

	@NotNull(message = "{editor.choose}")
	private Equipment equipment = Equipment.HANDS;

	@Size(max = MAX_BREATHING_CUE, message = "{editor.step.breathingCue.size}")
	private String breathingCue;

	@NotNull(message = "{editor.choose}")
	private Timing timing = Timing.DURATION;

	/** Seconds ("90") or minutes and seconds ("1:30"); see {@link DurationText}. */
	private String duration = "1:00";

	private Integer holdSeconds;

	private Integer reps;

	private Integer sets;

	private Integer restSeconds;

	private Integer setRestSeconds;

	private boolean eachSide;

	@Size(max = MAX_SAFETY_CUE, message = "{editor.step.safetyCue.size}")
	private String safetyCue;

	// The Spanish beside each text, under the same limits; optional: empty shows the
	// English.
	@Size(max = MAX_TITLE, message = "{editor.step.title.size}")
	private String titleEs;

	@Size(max = MAX_INSTRUCTIONS, message = "{editor.step.instructions.size}")
	private String instructionsEs;

	@Size(max = MAX_BREATHING_CUE, message = "{editor.step.breathingCue.size}")
	private String breathingCueEs;

	@Size(max = MAX_SAFETY_CUE, message = "{editor.step.safetyCue.size}")
	private String safetyCueEs;

	private boolean sideBlock;

	/**
	 * Carried through the form unseen, so that a copy or an edit keeps the step's
	 * drawing.
	 */
	private String illustration;

	/**
	 * The muscle groups the step works, by slug: kept from the step it was copied from.
	 */
	private List<String> muscles = new ArrayList<>();

	/** A new, empty step with a one-minute duration. */
	public StepForm() {
	}

	static StepForm of(StepContent content) {
		StepForm form = new StepForm();
		form.title = content.title().en();
		form.titleEs = content.title().es();
		form.instructions = content.instructions().en();
		form.instructionsEs = content.instructions().es();
		form.technique = content.technique();
		form.pressure = content.pressure();
		form.position = content.position();
		form.equipment = content.equipment();
		form.breathingCue = content.breathingCue().en();
		form.breathingCueEs = content.breathingCue().es();
		form.fillTimes(content.times());
		form.safetyCue = content.safetyCue().en();
		form.safetyCueEs = content.safetyCue().es();
		form.sideBlock = content.sideBlock();
		form.illustration = content.illustration();
		form.muscles = new ArrayList<>(content.muscleGroups().stream().map(MuscleGroup::getSlug).sorted().toList());
		return form;
	}

	/**
	 * What the step says, as saved, with the muscle groups its slugs name. Call after
	 * validation.
	 */
	StepContent content(Set<MuscleGroup> muscleGroups) {
		return new StepContent(new LocalizedText(title, titleEs), new LocalizedText(instructions, instructionsEs),
				technique, pressure, position, equipment, new LocalizedText(breathingCue, breathingCueEs), times(),
				muscleGroups, new LocalizedText(safetyCue, safetyCueEs), sideBlock, illustration);
	}

	/**
	 * The step's timing as saved: only the fields of the chosen timing; missing rests
	 * count as none. Call after validation.
	 */
	StepTiming times() {
		if (timing == Timing.REPS) {
			return new StepTiming(timing, null, holdSeconds, reps, sets, orZero(restSeconds), orZero(setRestSeconds),
					eachSide);
		}
		return new StepTiming(timing, DurationText.parse(duration).orElseThrow(), null, null, null, null, null,
				eachSide);
	}

	private void fillTimes(StepTiming times) {
		timing = times.timing();
		duration = times.durationSeconds() == null ? "" : DurationText.format(times.durationSeconds());
		holdSeconds = times.holdSeconds();
		reps = times.reps();
		sets = times.sets();
		restSeconds = times.restSeconds();
		setRestSeconds = times.setRestSeconds();
		eachSide = times.eachSide();
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = Text.clean(title);
	}

	public String getInstructions() {
		return instructions;
	}

	public void setInstructions(String instructions) {
		this.instructions = Text.clean(instructions);
	}

	public Technique getTechnique() {
		return technique;
	}

	public void setTechnique(Technique technique) {
		this.technique = technique;
	}

	public Pressure getPressure() {
		return pressure;
	}

	public void setPressure(Pressure pressure) {
		this.pressure = pressure;
	}

	public Position getPosition() {
		return position;
	}

	public void setPosition(Position position) {
		this.position = position;
	}

	public Equipment getEquipment() {
		return equipment;
	}

	public void setEquipment(Equipment equipment) {
		this.equipment = equipment;
	}

	public String getBreathingCue() {
		return breathingCue;
	}

	public void setBreathingCue(String breathingCue) {
		this.breathingCue = Text.clean(breathingCue);
	}

	public Timing getTiming() {
		return timing;
	}

	public void setTiming(Timing timing) {
		this.timing = timing;
	}

	public String getDuration() {
		return duration;
	}

	public void setDuration(String duration) {
		this.duration = duration == null ? null : duration.strip();
	}

	public Integer getHoldSeconds() {
		return holdSeconds;
	}

	public void setHoldSeconds(Integer holdSeconds) {
		this.holdSeconds = holdSeconds;
	}

	public Integer getReps() {
		return reps;
	}

	public void setReps(Integer reps) {
		this.reps = reps;
	}

	public Integer getSets() {
		return sets;
	}

	public void setSets(Integer sets) {
		this.sets = sets;
	}

	public Integer getRestSeconds() {
		return restSeconds;
	}

	public void setRestSeconds(Integer restSeconds) {
		this.restSeconds = restSeconds;
	}

	public Integer getSetRestSeconds() {
		return setRestSeconds;
	}

	public void setSetRestSeconds(Integer setRestSeconds) {
		this.setRestSeconds = setRestSeconds;
	}

	public boolean isEachSide() {
		return eachSide;
	}

	public void setEachSide(boolean eachSide) {
		this.eachSide = eachSide;
	}

	public List<String> getMuscles() {
		return muscles;
	}

	public void setMuscles(List<String> muscles) {
		this.muscles = muscles == null ? new ArrayList<>() : muscles;
	}

	public String getSafetyCue() {
		return safetyCue;
	}

	public void setSafetyCue(String safetyCue) {
		this.safetyCue = Text.clean(safetyCue);
	}

	public String getTitleEs() {
		return titleEs;
	}

	public void setTitleEs(String titleEs) {
		this.titleEs = Text.clean(titleEs);
	}

	public String getInstructionsEs() {
		return instructionsEs;
	}

	public void setInstructionsEs(String instructionsEs) {
		this.instructionsEs = Text.clean(instructionsEs);
	}

	public String getBreathingCueEs() {
		return breathingCueEs;
	}

	public void setBreathingCueEs(String breathingCueEs) {
		this.breathingCueEs = Text.clean(breathingCueEs);
	}

	public String getSafetyCueEs() {
		return safetyCueEs;
	}

	public void setSafetyCueEs(String safetyCueEs) {
		this.safetyCueEs = Text.clean(safetyCueEs);
	}

	public boolean isSideBlock() {
		return sideBlock;
	}

	public void setSideBlock(boolean sideBlock) {
		this.sideBlock = sideBlock;
	}

	public String getIllustration() {
		return illustration;
	}

	/** Only a drawing's name is kept; anything else leaves the step with its stand-in. */
	public void setIllustration(String illustration) {
		this.illustration = illustration != null && ILLUSTRATION_NAME.matcher(illustration).matches() ? illustration
				: null;
	}

}
