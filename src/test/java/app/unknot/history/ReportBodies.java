package app.unknot.history;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Session reports as the player sends them, for the tests of every address that takes one
 * (the player's {@code /my/history} and the JSON API's).
 */
public final class ReportBodies {

	private ReportBodies() {
	}

	/**
	 * A report of running test-open (from the db/testdata migrations) to the end, started
	 * 30 seconds ago; a new map each time, to change.
	 */
	public static Map<String, Object> testOpen() {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("runId", "5b0e6a5e-8a4b-4e53-9d7e-0c1f2a3b4c5d");
		report.put("routine", "test-open");
		report.put("minutes", null);
		report.put("startedAt", Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MILLIS).toString());
		report.put("timeZone", "Europe/Berlin");
		report.put("secondsDone", 21);
		report.put("outcome", "COMPLETED");
		report.put("stepsCompleted", 2);
		report.put("stepsSkipped", 0);
		report.put("tensionBefore", 7);
		report.put("tensionAfter", null);
		return report;
	}

}
