package app.unknot.history;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** Session records for tests, started at a local time in a time zone. */
final class Records {

	private Records() {
	}

	static SessionRecord at(String localDateTime, String zone) {
		return at(LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone)).toInstant(), zone, 600, null, null);
	}

	static SessionRecord at(Instant startedAt, String zone, int secondsDone, Integer before, Integer after) {
		return record(startedAt, zone, secondsDone, before, after, "daily-pelvic-relaxation", "Daily pelvic relaxation",
				Outcome.COMPLETED);
	}

	static SessionRecord record(Instant startedAt, String zone, int secondsDone, Integer before, Integer after,
			String slug, String title, Outcome outcome) {
		return new SessionRecord(1L, UUID.randomUUID().toString(), null, slug, title, startedAt, zone, secondsDone, 900,
				outcome, 5, 0, before, after, startedAt.plusSeconds(secondsDone));
	}

}
