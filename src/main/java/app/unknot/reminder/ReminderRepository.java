package app.unknot.reminder;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReminderRepository extends JpaRepository<Reminder, Long> {

	/** The person's reminders with their routines, oldest first, in one statement. */
	@Query("SELECT r FROM Reminder r JOIN FETCH r.routine WHERE r.accountId = :accountId ORDER BY r.id")
	List<Reminder> findAllOf(long accountId);

	@Query("SELECT r FROM Reminder r JOIN FETCH r.routine WHERE r.id = :id AND r.accountId = :accountId")
	Optional<Reminder> findOwn(long id, long accountId);

	long countByAccountId(long accountId);

	/**
	 * Locks the person's account row until the transaction ends, so that adds of one
	 * person take turns: each counts what the one before it added.
	 */
	@Query(value = "SELECT id FROM account WHERE id = :accountId FOR UPDATE", nativeQuery = true)
	Optional<Long> lockAccount(long accountId);

}
