package app.unknot.catalog;

import java.util.LinkedHashSet;
import java.util.Set;

import app.unknot.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * One timed part of a routine. Its timing is either a duration or holds repeated in sets;
 * an each-side step runs once on the left and once on the right.
 */
@Entity
@Table(name = "step")
public class Step extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "routine_id")
	private Routine routine;

	@Column(name = "step_order")
	private int order;

	private String title;

	private String instructions;

	// The Spanish beside each text; null where there is none (see LocalizedText).
	@Column(name = "title_es")
	private String titleEs;

	@Column(name = "instructions_es")
	private String instructionsEs;

	@Column(name = "breathing_cue_es")
	private String breathingCueEs;

	@Column(name = "safety_cue_es")
	private String safetyCueEs;

	@Enumerated(EnumType.STRING)
	private Technique technique;

	@Enumerated(EnumType.STRING)
	private Pressure pressure;

	@Enumerated(EnumType.STRING)
	@Column(name = "body_position")
	private Position position;

	@Enumerated(EnumType.STRING)
	private Equipment equipment;

	@Column(name = "breathing_cue")
	private String breathingCue;

	@Embedded
	private StepTiming times;

	@Column(name = "safety_cue")
	private String safetyCue;

	@Column(name = "side_block")
	private boolean sideBlock;

	/**
	 * The drawing chosen for this step, or null for the one that stands in for its
	 * position and equipment.
	 */
	private String illustration;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "step_muscle_group", joinColumns = @JoinColumn(name = "step_id"),
			inverseJoinColumns = @JoinColumn(name = "muscle_group_id"))
	@OrderBy("sortOrder")
	private Set<MuscleGroup> muscleGroups = new LinkedHashSet<>();

	protected Step() {
	}

	Step(Routine routine, int order, StepContent content) {
		this.routine = routine;
		this.order = order;
		this.title = content.title().en();
		this.titleEs = content.title().es();
		this.instructions = content.instructions().en();
		this.instructionsEs = content.instructions().es();
		this.technique = content.technique();
		this.pressure = content.pressure();
		this.position = content.position();
		this.equipment = content.equipment();
		this.breathingCue = content.breathingCue().en();
		this.breathingCueEs = content.breathingCue().es();
		this.times = content.times();
		this.muscleGroups = new LinkedHashSet<>(content.muscleGroups());
		this.safetyCue = content.safetyCue().en();
		this.safetyCueEs = content.safetyCue().es();
		this.sideBlock = content.sideBlock();
		this.illustration = content.illustration();
	}

	/**
	 * Everything the step says, without its place in a routine. Needs the muscle groups
	 * loaded.
	 */
	public StepContent getContent() {
		return new StepContent(getTitleText(), getInstructionsText(), technique, pressure, position, equipment,
				getBreathingCueText(), times, muscleGroups, getSafetyCueText(), sideBlock, illustration);
	}

	public String getIllustration() {
		return illustration;
	}

	public StepTiming getTimes() {
		return times;
	}

	public Routine getRoutine() {
		return routine;
	}

	public int getOrder() {
		return order;
	}

	/** The title in the language of the request; see {@link LocalizedText#current()}. */
	public String getTitle() {
		return getTitleText().current();
	}

	public LocalizedText getTitleText() {
		return new LocalizedText(title, titleEs);
	}

	public String getInstructions() {
		return getInstructionsText().current();
	}

	public LocalizedText getInstructionsText() {
		return new LocalizedText(instructions, instructionsEs);
	}

	public Technique getTechnique() {
		return technique;
	}

	public Pressure getPressure() {
		return pressure;
	}

	public Position getPosition() {
		return position;
	}

	public Equipment getEquipment() {
		return equipment;
	}

	public String getBreathingCue() {
		return getBreathingCueText().current();
	}

	public LocalizedText getBreathingCueText() {
		return new LocalizedText(breathingCue, breathingCueEs);
	}

	/** A short safety cue shown and spoken with the step; null when it needs none. */
	public String getSafetyCue() {
		return getSafetyCueText().current();
	}

	public LocalizedText getSafetyCueText() {
		return new LocalizedText(safetyCue, safetyCueEs);
	}

	/**
	 * Runs in one block with neighbouring side-block steps: first side for all, then
	 * second side.
	 */
	public boolean isSideBlock() {
		return sideBlock;
	}

	public Set<MuscleGroup> getMuscleGroups() {
		return muscleGroups;
	}

}
