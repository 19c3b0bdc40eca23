package app.unknot.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoryCsvTests {

	@Test
	void headerRowThenOneRowPerSessionWithCrlfLineEnds() {
		SessionRecord record = Records.record(Instant.parse("2026-05-04T21:30:00Z"), "Europe/Berlin", 605, 7, 3,
				"daily-pelvic-relaxation", "Daily pelvic relaxation", Outcome.ENDED_EARLY);

		String csv = HistoryCsv.of(List.of(record));

		assertThat(csv).isEqualTo(HistoryCsv.HEADER + "\r\n"
				+ "2026-05-04T23:30:00+02:00,Europe/Berlin,2026-05-04,daily-pelvic-relaxation,Daily pelvic relaxation,"
				+ "ENDED_EARLY,605,900,5,0,7,3\r\n");
	}

	@Test
	void missingRatingsAreEmptyFields() {
		SessionRecord record = Records.at(Instant.parse("2026-05-04T21:30:00Z"), "UTC", 60, null, null);
		assertThat(HistoryCsv.of(List.of(record))).endsWith(",5,0,,\r\n");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiterString = "|", quoteCharacter = '`',
			value = { "plain | plain", "with, comma | `\"with, comma\"`", "say \"hi\" | `\"say \"\"hi\"\"\"`",
					"=HYPERLINK(\"x\") | `\"'=HYPERLINK(\"\"x\"\")\"`", "+1+1 | '+1+1", "-2+3 | '-2+3",
					"@SUM(A1) | '@SUM(A1)", "<script>alert(1)</script> & Co | <script>alert(1)</script> & Co" })
	void fieldsAreQuotedWhenNeededAndFormulasNeutralised(String value, String expected) {
		assertThat(HistoryCsv.field(value)).isEqualTo(expected);
	}

	/**
	 * Spreadsheets set to split on semicolons, that skip invisible characters or that
	 * read fullwidth signs as plain ones still find no formula.
	 */
	@Test
	void formulasBehindSemicolonsInvisibleOrFullwidthCharactersAreNeutralised() {
		assertThat(HistoryCsv.field("x;=1+2")).isEqualTo("\"x;=1+2\"");
		assertThat(HistoryCsv.field("\u200B=1+2")).isEqualTo("'\u200B=1+2");
		assertThat(HistoryCsv.field("\uFEFF\u2060@SUM(A1)")).isEqualTo("'\uFEFF\u2060@SUM(A1)");
		assertThat(HistoryCsv.field(" \u00A0=1+2")).isEqualTo("' \u00A0=1+2");
		assertThat(HistoryCsv.field("\uFF1D1+2")).isEqualTo("'\uFF1D1+2");
		assertThat(HistoryCsv.field("\uFF0B1")).isEqualTo("'\uFF0B1");
		assertThat(HistoryCsv.field("\uFE661")).isEqualTo("'\uFE661");
		assertThat(HistoryCsv.field("\u200B\uFF20A1")).isEqualTo("'\u200B\uFF20A1");
		assertThat(HistoryCsv.field("Calm \uFF1D rest")).isEqualTo("Calm \uFF1D rest");
		assertThat(HistoryCsv.field("\u200B")).isEqualTo("\u200B");
	}

	@Test
	void lineBreaksAndTabsStayInsideTheirField() {
		assertThat(HistoryCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(HistoryCsv.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
		assertThat(HistoryCsv.field("\tcmd")).isEqualTo("'\tcmd");
		assertThat(HistoryCsv.field("")).isEmpty();
		assertThat(HistoryCsv.field("Übung für den Psoas – ruhig")).isEqualTo("Übung für den Psoas – ruhig");
	}

}
