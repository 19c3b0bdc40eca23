package app.unknot.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTests {

	@ParameterizedTest
	@CsvSource({ "90, 90", "5, 5", "' 45 ', 45", "1:30, 90", "0:05, 5", "30:00, 1800", "2:05, 125" })
	void readsSecondsAndMinutesWithSeconds(String typed, int seconds) {
		assertThat(DurationText.parse(typed)).contains(seconds);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "1:3", "1:60", "-5", "1.5", "1:30:00", "99999999999999999999", "2 min", "５" })
	void rejectsAnythingElse(String typed) {
		assertThat(DurationText.parse(typed)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "45, 45", "60, 1:00", "125, 2:05", "1800, 30:00" })
	void writesTimesTheWayTheSiteDoes(int seconds, String text) {
		assertThat(DurationText.format(seconds)).isEqualTo(text);
		assertThat(DurationText.parse(text)).contains(seconds);
	}

}
