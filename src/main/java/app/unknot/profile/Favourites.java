package app.unknot.profile;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.catalog.Routine;
import app.unknot.catalog.RoutineCatalog;
import app.unknot.system.RequestRefusedException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * A person's starred routines. Plain SQL through JPA, so the statements count in
 * Hibernate's statistics like the rest of a page's queries. A repository, so that a
 * duplicate insert reaches the caller as a {@code DataIntegrityViolationException}.
 */
@Repository
@Transactional
public class Favourites {

	private final EntityManager entityManager;

	private final RoutineCatalog catalog;

	private final Clock clock;

	Favourites(EntityManager entityManager, RoutineCatalog catalog, Clock clock) {
		this.entityManager = entityManager;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * Makes the routine a favourite or not. Setting the state it already has changes
	 * nothing, so a form sent twice (a double click, a reload) does no harm.
	 * @throws RequestRefusedException (404) when the person has no routine with that slug
	 * to see
	 */
	public void set(long accountId, String slug, boolean favourite) {
		Routine routine = catalog.findRoutineSummary(slug, accountId)
			.orElseThrow(() -> RequestRefusedException.notFound("notFound.routine", slug));
		String sql = favourite ? """
				INSERT INTO favourite (account_id, routine_id, created_at)
				SELECT a.id, :routine, :now FROM account a
				WHERE a.id = :account
				  AND NOT EXISTS (SELECT 1 FROM favourite f WHERE f.account_id = a.id AND f.routine_id = :routine)"""
				: """
						DELETE FROM favourite
						WHERE routine_id = :routine AND account_id = :account""";
		Query statement = entityManager.createNativeQuery(sql)
			.setParameter("routine", routine.getId())
			.setParameter("account", accountId);
		if (favourite) {
			statement.setParameter("now", clock.instant());
		}
		statement.executeUpdate();
	}

	/** The ids of the person's favourite routines, most recently starred first. */
	@Transactional(readOnly = true)
	public List<Long> routineIds(long accountId) {
		return entityManager.createNativeQuery("""
				SELECT f.routine_id FROM favourite f
				WHERE f.account_id = :account ORDER BY f.created_at DESC, f.routine_id""", Long.class)
			.setParameter("account", accountId)
			.getResultList();
	}

}
