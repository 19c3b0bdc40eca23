package app.unknot.catalog;

import java.util.Set;

/**
 * What a step says, in English and Spanish, and how it is timed, apart from its routine
 * and place in it.
 *
 * @param safetyCue a short safety cue shown and spoken with the step; its English null
 * when there is none
 * @param sideBlock whether this each-side step runs in one block with its each-side
 * neighbours that also have it: all on the first side, then all on the second
 * @param illustration the drawing chosen for the step, or null for the stand-in for its
 * position and equipment ({@link Illustrations})
 */
public record StepContent(LocalizedText title, LocalizedText instructions, Technique technique, Pressure pressure,
		Position position, Equipment equipment, LocalizedText breathingCue, StepTiming times,
		Set<MuscleGroup> muscleGroups, LocalizedText safetyCue, boolean sideBlock, String illustration) {

	public StepContent {
		muscleGroups = Set.copyOf(muscleGroups);
	}

}
