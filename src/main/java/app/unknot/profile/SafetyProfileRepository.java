package app.unknot.profile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SafetyProfileRepository extends Repository<SafetyProfile, Long> {

	/** The profile with both its sets, in one statement. */
	@Query("""
			SELECT p FROM SafetyProfile p LEFT JOIN FETCH p.cautions LEFT JOIN FETCH p.avoidedMuscleGroups
			WHERE p.accountId = :accountId""")
	Optional<SafetyProfile> findByAccountId(long accountId);

	/**
	 * Just the codes of the ticked cautions, for pre-filling a session's safety check.
	 */
	@Query("SELECT c.code FROM SafetyProfile p JOIN p.cautions c WHERE p.accountId = :accountId")
	List<String> findCautionCodesByAccountId(long accountId);

	SafetyProfile save(SafetyProfile profile);

}
