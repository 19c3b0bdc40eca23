package app.unknot.catalog;

import java.util.Set;

/** What a step says and how it is timed, apart from its routine and place in it. */
public record StepContent(String title, String instructions, Technique technique, Pressure pressure,
		Position position, Equipment equipment, String breathingCue, StepTiming times, Set<MuscleGroup> muscleGroups) {

	public StepContent {
		muscleGroups = Set.copyOf(muscleGroups);
	}

}
