package app.unknot.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the signed-in person's own data adds to the routines on a page: which are
 * favourites, and which conflict with their safety profile and why. Templates read it as
 * {@code marks}; anonymous visitors have none. Made by {@link RoutineMarks}.
 */
public record Marks(Set<Long> favourites, Map<Long, List<Conflict>> conflicts) {

	/**
	 * Why a routine may not suit the person: the ticked cautions of one tier, or the
	 * avoided areas, it involves.
	 */
	public record Conflict(Kind kind, List<String> names) {

		public String getMessageKey() {
			return "marks.conflict." + kind.name();
		}

	}

	/** In the order the labels are shown: what stops a session first. */
	public enum Kind {

		/** A ticked caution whose tier for this routine is "do not start". */
		DO_NOT_START,
		/**
		 * A ticked caution to ask a professional about first, not yet cleared for this
		 * routine.
		 */
		ASK_PROFESSIONAL,
		/** A ticked caution the routine adapts to as it goes. */
		ADAPT,
		/** A ticked caution a professional cleared the person for, for this routine. */
		CLEARED,
		/** The routine works a muscle group the person avoids. */
		AREA;

		/** Whether the routine stays out of the person's safe catalog for this reason. */
		public boolean isBlocking() {
			return this == DO_NOT_START || this == ASK_PROFESSIONAL || this == AREA;
		}

	}

	public boolean isFavourite(Routine routine) {
		return favourites.contains(routine.getId());
	}

	public List<Conflict> conflictsOf(Routine routine) {
		return conflicts.getOrDefault(routine.getId(), List.of());
	}

}
