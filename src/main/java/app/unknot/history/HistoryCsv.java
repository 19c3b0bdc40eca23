package app.unknot.history;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The history as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they
 * hold a quote, comma or line break). Text that a spreadsheet would run as a formula is
 * neutralised with a leading apostrophe, because routine titles are typed by people.
 */
final class HistoryCsv {

	static final String HEADER = "started_at,time_zone,local_date,routine,routine_title,outcome,"
			+ "seconds_done,planned_seconds,steps_completed,steps_skipped,tension_before,tension_after";

	private static final String CRLF = "\r\n";

	private HistoryCsv() {
	}

	static String of(List<SessionRecord> records) {
		StringBuilder csv = new StringBuilder(HEADER).append(CRLF);
		for (SessionRecord record : records) {
			csv.append(row(record)).append(CRLF);
		}
		return csv.toString();
	}

	private static String row(SessionRecord record) {
		return Stream
			.of(record.getLocalStart().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), record.getTimeZone(),
					record.getLocalDate().toString(), record.getRoutineSlug(), record.getRoutineTitle(),
					record.getOutcome().name(), number(record.getSecondsDone()), number(record.getPlannedSeconds()),
					number(record.getStepsCompleted()), number(record.getStepsSkipped()),
					number(record.getTensionBefore()), number(record.getTensionAfter()))
			.map(HistoryCsv::field)
			.collect(Collectors.joining(","));
	}

	private static String number(Integer value) {
		return value == null ? "" : value.toString();
	}

	/** One field, neutralised against formulas and then quoted if it needs it. */
	static String field(String value) {
		String text = value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains("\"") || text.contains(",") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
