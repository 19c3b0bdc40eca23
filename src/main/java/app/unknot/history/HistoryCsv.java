package app.unknot.history;

import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The history as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they
 * hold a quote, comma, semicolon or line break). Text that a spreadsheet would run as a
 * formula is neutralised with a leading apostrophe, because routine titles are typed by
 * people.
 */
final class HistoryCsv {

	static final String HEADER = "started_at,time_zone,local_date,routine,routine_title,outcome,"
			+ "seconds_done,planned_seconds,steps_completed,steps_skipped,tension_before,tension_after";

	private static final String CRLF = "\r\n";

	private static final String FORMULA_SIGNS = "=+-@";

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
			.of(record.getLocalStart().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
					record.getTimeZone(), record.getLocalDate().toString(), record.getRoutineSlug(),
					record.getRoutineTitle(), record.getOutcome().name(), number(record.getSecondsDone()),
					number(record.getPlannedSeconds()), number(record.getStepsCompleted()),
					number(record.getStepsSkipped()), number(record.getTensionBefore()),
					number(record.getTensionAfter()))
			.map(HistoryCsv::field)
			.collect(Collectors.joining(","));
	}

	private static String number(Integer value) {
		return value == null ? "" : value.toString();
	}

	/**
	 * One field, neutralised against formulas and then quoted if it needs it. Quoting a
	 * semicolon keeps a spreadsheet that splits on semicolons from starting a new cell
	 * there.
	 */
	static String field(String value) {
		String text = startsLikeAFormula(value) ? "'" + value : value;
		if (text.contains("\"") || text.contains(",") || text.contains(";") || text.contains("\n")
				|| text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	/**
	 * Whether a spreadsheet could read the text as a formula: it starts with a tab or
	 * carriage return, or its first visible character is a formula sign. Spaces and
	 * invisible characters (zero-width space, byte order mark, word joiner) are skipped
	 * and the character is compatibility-normalised, because spreadsheets read a
	 * fullwidth {@code ＝} as {@code =}.
	 */
	private static boolean startsLikeAFormula(String text) {
		if (text.isEmpty()) {
			return false;
		}
		if (text.charAt(0) == '\t' || text.charAt(0) == '\r') {
			return true;
		}
		return text.codePoints()
			.filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
					&& Character.getType(c) != Character.FORMAT)
			.limit(1)
			.mapToObj(c -> Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC))
			.anyMatch(visible -> !visible.isEmpty() && FORMULA_SIGNS.indexOf(visible.charAt(0)) >= 0);
	}

}
