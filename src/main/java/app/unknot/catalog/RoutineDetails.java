package app.unknot.catalog;

import java.util.Set;

/** What a routine says about itself, apart from its steps. */
public record RoutineDetails(String title, String summary, String benefits, Difficulty difficulty,
		Set<MuscleGroup> muscleGroups, Set<Caution> cautions) {

	public RoutineDetails {
		muscleGroups = Set.copyOf(muscleGroups);
		cautions = Set.copyOf(cautions);
	}

}
