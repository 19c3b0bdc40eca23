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
		this.title = content.title();
		this.instructions = content.instructions();
		this.technique = content.technique();
		this.pressure = content.pressure();
		this.position = content.position();
		this.equipment = content.equipment();
		this.breathingCue = content.breathingCue();
		this.times = content.times();
		this.muscleGroups = new LinkedHashSet<>(content.muscleGroups());
		this.safetyCue = content.safetyCue();
		this.sideBlock = content.sideBlock();
		this.illustration = content.illustration();
	}

	/**
	 * Everything the step says, without its place in a routine. Needs the muscle groups
	 * loaded.
	 */
	public StepContent getContent() {
		return new StepContent(title, instructions, technique, pressure, position, equipment, breathingCue, times,
				muscleGroups, safetyCue, sideBlock, illustration);
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

	public String getTitle() {
		return title;
	}

	public String getInstructions() {
		return instructions;
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
		return breathingCue;
	}

	/** A short safety cue shown and spoken with the step; null when it needs none. */
	public String getSafetyCue() {
		return safetyCue;
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
