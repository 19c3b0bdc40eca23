package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.unknot.system.RequestRefusedException;

/**
 * Which session lengths a routine offers, which one is marked as chosen, and which
 * ?minutes= values are lengths.
 */
class LengthChoiceTests {

	/** The options as a person reads them, the current one starred. */
	private static List<String> shown(LengthChoice choice) {
		return choice.options()
			.stream()
			.map(option -> (option.isFull() ? "full" : option.minutes() + " min") + (option.current() ? "*" : ""))
			.toList();
	}

	@Test
	void aNineMinuteRoutineOffersFiveMinutesAndFullWithFullChosenByDefault() {
		LengthChoice choice = LengthChoice.of(9 * 60, null);

		assertThat(shown(choice)).containsExactly("5 min", "full*");
		assertThat(choice.isOffered()).isTrue();
		assertThat(choice.minutes()).isNull();
	}

	@Test
	void aLongRoutineOffersEveryLengthAtLeastTwoMinutesShorter() {
		// 45 min as written: 45 itself is not shorter, and 44 would save too little to
		// offer.
		assertThat(shown(LengthChoice.of(45 * 60, null))).containsExactly("5 min", "10 min", "15 min", "20 min",
				"30 min", "full*");
		assertThat(shown(LengthChoice.of(12 * 60, null))).containsExactly("5 min", "10 min", "full*");
		assertThat(shown(LengthChoice.of(11 * 60 + 59, null))).containsExactly("5 min", "full*");
	}

	@Test
	void aRoutineOnlyAMinuteOrSoLongerThanTheShortestLengthOffersNothingToPick() {
		LengthChoice choice = LengthChoice.of(6 * 60 + 59, null);

		assertThat(shown(choice)).containsExactly("full*");
		assertThat(choice.isOffered()).isFalse();
	}

	@Test
	void theChosenLengthIsMarkedOnce() {
		LengthChoice choice = LengthChoice.of(12 * 60, 10);

		assertThat(shown(choice)).containsExactly("5 min", "10 min*", "full");
		assertThat(choice.minutes()).isEqualTo(10);
	}

	@Test
	void aLengthAskedForByAddressIsListedInItsPlaceAndMarked() {
		assertThat(shown(LengthChoice.of(9 * 60, 7))).containsExactly("5 min", "7 min*", "full");
		// Longer than the routine: ?minutes= stretches it, and the choice says so.
		assertThat(shown(LengthChoice.of(9 * 60, 20))).containsExactly("5 min", "full", "20 min*");
		assertThat(LengthChoice.of(3 * 60, 1).isOffered()).isTrue();
	}

	@Test
	void minutesMustBeAWholeNumberFromOneTo120() {
		assertThat(SessionLength.parse(null)).isNull();
		assertThat(SessionLength.parse(" ")).isNull();
		assertThat(SessionLength.parse("1")).isEqualTo(1);
		assertThat(SessionLength.parse("120")).isEqualTo(120);
		for (String bad : List.of("abc", "0", "-5", "99999999999999999999", "121", "1e2", "１２")) {
			assertThatThrownBy(() -> SessionLength.parse(bad)).isInstanceOf(RequestRefusedException.class);
		}
	}

}
