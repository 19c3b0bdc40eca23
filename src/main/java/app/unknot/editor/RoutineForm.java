package app.unknot.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import app.unknot.catalog.Caution;
import app.unknot.catalog.Difficulty;
import app.unknot.catalog.MuscleGroup;
import app.unknot.catalog.Routine;
import app.unknot.catalog.Step;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The whole routine as the editor's single form holds it. Adding, removing and moving
 * steps change only this draft; nothing is stored until the whole of it passes
 * validation.
 */
public class RoutineForm {

	static final int MIN_TITLE = 3;

	static final int MAX_TITLE = 120;

	static final int MAX_SUMMARY = 300;

	static final int MAX_BENEFITS = 1000;

	static final int MAX_STEPS = 40;

	/** The version of the routine the form was opened on; null for a new routine. */
	private Integer version;

	@NotBlank(message = "{editor.title.required}")
	@Size(min = MIN_TITLE, max = MAX_TITLE, message = "{editor.title.size}")
	private String title;

	@Size(max = MAX_SUMMARY, message = "{editor.summary.size}")
	private String summary;

	@Size(max = MAX_BENEFITS, message = "{editor.benefits.size}")
	private String benefits;

	// The Spanish beside each text, under the same limits; optional: empty shows the
	// English.
	@Size(min = MIN_TITLE, max = MAX_TITLE, message = "{editor.title.size}")
	private String titleEs;

	@Size(max = MAX_SUMMARY, message = "{editor.summary.size}")
	private String summaryEs;

	@Size(max = MAX_BENEFITS, message = "{editor.benefits.size}")
	private String benefitsEs;

	@NotNull(message = "{editor.choose}")
	private Difficulty difficulty = Difficulty.GENTLE;

	/** Muscle groups the routine mainly works, by slug. */
	private List<String> muscles = new ArrayList<>();

	/** Cautions that apply, by code. */
	private List<String> cautions = new ArrayList<>();

	@Valid
	@Size(min = 1, max = MAX_STEPS, message = "{editor.steps.size}")
	private List<StepForm> steps = new ArrayList<>();

	/** A new routine: one empty step to start from. */
	static RoutineForm blank() {
		RoutineForm form = new RoutineForm();
		form.steps.add(new StepForm());
		return form;
	}

	/**
	 * The form for an existing routine. Needs its steps with their muscle groups, and its
	 * own collections, loaded.
	 */
	static RoutineForm of(Routine routine) {
		RoutineForm form = new RoutineForm();
		form.version = routine.getVersion();
		form.title = routine.getTitleText().en();
		form.titleEs = routine.getTitleText().es();
		form.summary = routine.getSummaryText().en();
		form.summaryEs = routine.getSummaryText().es();
		form.benefits = routine.getBenefitsText().en();
		form.benefitsEs = routine.getBenefitsText().es();
		form.difficulty = routine.getDifficulty();
		form.muscles = new ArrayList<>(routine.getMuscleGroups().stream().map(MuscleGroup::getSlug).toList());
		form.cautions = new ArrayList<>(routine.getCautions().stream().map(Caution::getCode).toList());
		for (Step step : routine.getSteps()) {
			form.steps.add(StepForm.of(step.getContent()));
		}
		return form;
	}

	boolean isFull() {
		return steps.size() >= MAX_STEPS;
	}

	void addStep(StepForm step) {
		steps.add(step);
	}

	/** Removes the step at the index; returns false when there is no such step. */
	boolean removeStep(int index) {
		if (index < 0 || index >= steps.size()) {
			return false;
		}
		steps.remove(index);
		return true;
	}

	/**
	 * Swaps the step with its neighbour ({@code by} -1 up, +1 down); false when it cannot
	 * move.
	 */
	boolean moveStep(int index, int by) {
		int target = index + by;
		if (index < 0 || index >= steps.size() || target < 0 || target >= steps.size()) {
			return false;
		}
		Collections.swap(steps, index, target);
		return true;
	}

	/** Drops the gaps a request with skipped step numbers leaves in the list. */
	void removeMissingSteps() {
		steps.removeIf(Objects::isNull);
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = Text.clean(title);
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = Text.clean(summary);
	}

	public String getBenefits() {
		return benefits;
	}

	public void setBenefits(String benefits) {
		this.benefits = Text.clean(benefits);
	}

	public String getTitleEs() {
		return titleEs;
	}

	public void setTitleEs(String titleEs) {
		this.titleEs = Text.clean(titleEs);
	}

	public String getSummaryEs() {
		return summaryEs;
	}

	public void setSummaryEs(String summaryEs) {
		this.summaryEs = Text.clean(summaryEs);
	}

	public String getBenefitsEs() {
		return benefitsEs;
	}

	public void setBenefitsEs(String benefitsEs) {
		this.benefitsEs = Text.clean(benefitsEs);
	}

	public Difficulty getDifficulty() {
		return difficulty;
	}

	public void setDifficulty(Difficulty difficulty) {
		this.difficulty = difficulty;
	}

	public List<String> getMuscles() {
		return muscles;
	}

	public void setMuscles(List<String> muscles) {
		this.muscles = muscles == null ? new ArrayList<>() : muscles;
	}

	public List<String> getCautions() {
		return cautions;
	}

	public void setCautions(List<String> cautions) {
		this.cautions = cautions == null ? new ArrayList<>() : cautions;
	}

	public List<StepForm> getSteps() {
		return steps;
	}

	public void setSteps(List<StepForm> steps) {
		this.steps = steps == null ? new ArrayList<>() : steps;
	}

}
