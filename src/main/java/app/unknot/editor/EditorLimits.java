package app.unknot.editor;

/** The editor's limits, for the hints and input attributes of the form. */
public enum EditorLimits {

	INSTANCE;

	public int getMinTitle() {
		return RoutineForm.MIN_TITLE;
	}

	public int getMaxTitle() {
		return RoutineForm.MAX_TITLE;
	}

	public int getMaxSummary() {
		return RoutineForm.MAX_SUMMARY;
	}

	public int getMaxBenefits() {
		return RoutineForm.MAX_BENEFITS;
	}

	public int getMaxSteps() {
		return RoutineForm.MAX_STEPS;
	}

	public int getMaxStepTitle() {
		return StepForm.MAX_TITLE;
	}

	public int getMaxInstructions() {
		return StepForm.MAX_INSTRUCTIONS;
	}

	public int getMaxBreathingCue() {
		return StepForm.MAX_BREATHING_CUE;
	}

	public int getMaxSafetyCue() {
		return StepForm.MAX_SAFETY_CUE;
	}

	public int getMaxHold() {
		return RoutineRules.MAX_HOLD;
	}

	public int getMaxReps() {
		return RoutineRules.MAX_REPS;
	}

	public int getMaxSets() {
		return RoutineRules.MAX_SETS;
	}

	public int getMaxRest() {
		return RoutineRules.MAX_REST;
	}

	public int getMaxSetRest() {
		return RoutineRules.MAX_SET_REST;
	}

}
