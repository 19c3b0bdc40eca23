package app.unknot.profile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.catalog.Routine;
import jakarta.persistence.EntityManager;

/**
 * "A professional has cleared me for this": what a signed-in person confirmed for a
 * routine's cautions whose tier is "ask a professional first", kept until they take it
 * back. Plain SQL through JPA, like {@link Favourites}. A repository, so that a duplicate
 * insert reaches the caller as a {@code DataIntegrityViolationException} it can answer as
 * the first request.
 */
@Repository
@Transactional
public class SafetyClearances {

	/** One confirmed clearance, for the safety profile page. */
	public record Clearance(String routineSlug, String routineTitle, String cautionCode, String cautionTitle,
			LocalDate clearedOn) {
	}

	private final EntityManager entityManager;

	private final Clock clock;

	SafetyClearances(EntityManager entityManager, Clock clock) {
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** The codes of the cautions the person is cleared for on this routine. */
	@Transactional(readOnly = true)
	public Set<String> cautionCodes(long accountId, Long routineId) {
		List<String> codes = entityManager.createNativeQuery("""
				SELECT c.code FROM safety_clearance sc JOIN caution c ON c.id = sc.caution_id
				WHERE sc.account_id = :account AND sc.routine_id = :routine""", String.class)
			.setParameter("account", accountId)
			.setParameter("routine", routineId)
			.getResultList();
		return Set.copyOf(codes);
	}

	/**
	 * Remembers the clearances. Confirming one that is already stored changes nothing, so
	 * a form sent twice does no harm.
	 */
	public void confirm(long accountId, Routine routine, Collection<String> cautionCodes) {
		Instant now = clock.instant();
		for (String code : cautionCodes) {
			entityManager.createNativeQuery(
					"""
							INSERT INTO safety_clearance (account_id, routine_id, caution_id, cleared_at)
							SELECT a.id, :routine, c.id, :now FROM account a, caution c
							WHERE a.id = :account AND c.code = :code
							  AND NOT EXISTS (SELECT 1 FROM safety_clearance sc
							                  WHERE sc.account_id = a.id AND sc.routine_id = :routine AND sc.caution_id = c.id)""")
				.setParameter("routine", routine.getId())
				.setParameter("now", now)
				.setParameter("account", accountId)
				.setParameter("code", code)
				.executeUpdate();
		}
	}

	/** Every clearance the person confirmed, newest first. */
	@Transactional(readOnly = true)
	public List<Clearance> list(long accountId) {
		List<Object[]> rows = entityManager.createNativeQuery("""
				SELECT r.slug, r.title, c.code, c.title, sc.cleared_at FROM safety_clearance sc
				JOIN routine r ON r.id = sc.routine_id JOIN caution c ON c.id = sc.caution_id
				WHERE sc.account_id = :account ORDER BY sc.cleared_at DESC, r.title, c.sort_order""", Object[].class)
			.setParameter("account", accountId)
			.getResultList();
		return rows.stream()
			.map(row -> new Clearance((String) row[0], (String) row[1], (String) row[2], (String) row[3],
					toInstant(row[4]).atZone(clock.getZone()).toLocalDate()))
			.toList();
	}

	/** Takes a clearance back; one that does not exist is already gone. */
	public void withdraw(long accountId, String routineSlug, String cautionCode) {
		entityManager.createNativeQuery("""
				DELETE FROM safety_clearance
				WHERE account_id = :account
				  AND routine_id = (SELECT id FROM routine WHERE slug = :slug)
				  AND caution_id = (SELECT id FROM caution WHERE code = :code)""")
			.setParameter("account", accountId)
			.setParameter("slug", routineSlug)
			.setParameter("code", cautionCode)
			.executeUpdate();
	}

	private static Instant toInstant(Object value) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		return ((Timestamp) value).toInstant();
	}

}
