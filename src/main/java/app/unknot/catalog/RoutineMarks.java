package app.unknot.catalog;

import java.util.Collection;

/**
 * The signed-in person's {@link Marks} on the routines of a page: their favourites and
 * their safety conflicts. The profile keeps what they are made from and provides this;
 * the catalog's pages only show them, so the catalog does not depend on the profile.
 */
public interface RoutineMarks {

	/** Marks for the given routines as the account sees them. */
	Marks forRoutines(long accountId, Collection<Long> routineIds);

}
