package app.unknot.history;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import app.unknot.history.SessionHistory.Result;

/**
 * Records a session report once, however often and however concurrently it is sent: the
 * player's {@code POST /my/history} and the JSON API's share it.
 */
@Service
public class SessionRecorder {

	private final SessionHistory history;

	SessionRecorder(SessionHistory history) {
		this.history = history;
	}

	/**
	 * What a report came to.
	 *
	 * @param created a new record (false: the run was recorded before)
	 * @param streakDays the person's current streak, counted in the report's time zone
	 */
	public record Recorded(String runId, boolean created, int streakDays) {
	}

	public Recorded record(long accountId, SessionReport report) {
		Result result;
		try {
			result = history.record(accountId, report);
		}
		catch (DataIntegrityViolationException sameRunAtTheSameTime) {
			// Another request recorded this run between our look-up and our insert (the
			// unique run id refused ours): recorded again, this request finds it and is a
			// repeat.
			result = history.record(accountId, report);
		}
		return new Recorded(report.runId(), result == Result.CREATED, history.streakDays(accountId, report.timeZone()));
	}

}
