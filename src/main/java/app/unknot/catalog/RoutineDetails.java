package app.unknot.catalog;

import java.util.Set;

/** What a routine says about itself, apart from its steps, in English and Spanish. */
public record RoutineDetails(LocalizedText title, LocalizedText summary, LocalizedText benefits, Difficulty difficulty,
		Set<MuscleGroup> muscleGroups, Set<Caution> cautions) {

	public RoutineDetails {
		muscleGroups = Set.copyOf(muscleGroups);
		cautions = Set.copyOf(cautions);
	}

}
