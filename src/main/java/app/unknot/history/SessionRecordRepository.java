package app.unknot.history;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SessionRecordRepository extends Repository<SessionRecord, Long> {

	Optional<SessionRecord> findByAccountIdAndRunId(Long accountId, String runId);

	List<SessionRecord> findByAccountIdOrderByStartedAtAscIdAsc(Long accountId);

	SessionRecord save(SessionRecord record);

}
