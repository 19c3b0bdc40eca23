package app.unknot.profile;

import java.util.List;
import java.util.Map;
import java.util.Set;

import app.unknot.catalog.Routine;

/**
 * What the signed-in person's own data adds to the routines on a page: which are favourites,
 * and which conflict with their safety profile and why. Templates read it as {@code marks};
 * anonymous visitors have none.
 */
public record Marks(Set<Long> favourites, Map<Long, List<Conflict>> conflicts) {

	/** Why a routine does not suit the person: the ticked cautions, or the avoided areas, it involves. */
	public record Conflict(Kind kind, List<String> names) {

		public String getMessageKey() {
			return kind == Kind.CAUTION ? "marks.conflict.caution" : "marks.conflict.area";
		}

	}

	public enum Kind {

		/** The routine carries a caution the person ticked. */
		CAUTION,
		/** The routine works a muscle group the person avoids. */
		AREA

	}

	public boolean isFavourite(Routine routine) {
		return favourites.contains(routine.getId());
	}

	public List<Conflict> conflictsOf(Routine routine) {
		return conflicts.getOrDefault(routine.getId(), List.of());
	}

}
