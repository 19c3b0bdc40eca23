package app.unknot.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.unknot.catalog.StepTiming;
import app.unknot.catalog.Timing;

/** Scaling by ?minutes=N, done once on the server. */
class SessionScalingTests {

	private static StepTiming duration(int seconds, boolean eachSide) {
		return new StepTiming(Timing.DURATION, seconds, null, null, null, null, null, eachSide);
	}

	private static StepTiming untimed(int seconds) {
		return new StepTiming(Timing.UNTIMED, seconds, null, null, null, null, null, false);
	}

	private static StepTiming reps(int hold, int reps, int sets, int rest, int setRest) {
		return new StepTiming(Timing.REPS, null, hold, reps, sets, rest, setRest, false);
	}

	private static List<SessionStep> steps(StepTiming... times) {
		return Arrays.stream(times).map(timing -> new SessionStep(1, null, timing)).toList();
	}

	private static List<StepTiming> times(List<SessionStep> steps) {
		return steps.stream().map(SessionStep::times).toList();
	}

	private static int total(List<SessionStep> steps) {
		return steps.stream().mapToInt(step -> step.times().totalSeconds()).sum();
	}

	@Test
	void timesScaleInProportionRoundedToWholeSeconds() {
		List<SessionStep> steps = steps(duration(120, false), duration(45, true), untimed(30));
		// 120 + 90 + 30 = 240 s; to 2 min is a factor of 0.5.
		List<SessionStep> half = SessionScaling.scale(steps, 120);

		assertThat(times(half)).extracting(StepTiming::durationSeconds).containsExactly(60, 23, 15);
		assertThat(times(half)).extracting(StepTiming::eachSide).containsExactly(false, true, false);
		assertThat(total(half)).isEqualTo(60 + 46 + 15);
	}

	@Test
	void longerVersionsStretchEveryTime() {
		List<StepTiming> doubled = times(
				SessionScaling.scale(steps(duration(60, false), reps(5, 10, 3, 2, 20)), 2 * 304));

		assertThat(doubled.get(0).durationSeconds()).isEqualTo(120);
		assertThat(doubled.get(1))
			.extracting(StepTiming::holdSeconds, StepTiming::reps, StepTiming::sets, StepTiming::restSeconds,
					StepTiming::setRestSeconds)
			.containsExactly(10, 10, 3, 4, 40);
	}

	@Test
	void aTimedStepIsNeverShortenedBelowTenSeconds() {
		List<SessionStep> short_ = SessionScaling
			.scale(steps(duration(600, false), duration(30, false), duration(8, false)), 60);

		assertThat(times(short_)).extracting(StepTiming::durationSeconds).containsExactly(56, 10, 8);
	}

	@Test
	void holdsAreNeverShortenedBelowThreeSecondsAndRepCountsNeverChange() {
		StepTiming scaled = SessionScaling.scale(reps(5, 10, 3, 2, 20), 0.2);

		assertThat(scaled.holdSeconds()).isEqualTo(3);
		assertThat(scaled.reps()).isEqualTo(10);
		assertThat(scaled.sets()).isEqualTo(3);
		// Rests shrink but a rest that existed lasts at least a second.
		assertThat(scaled.restSeconds()).isEqualTo(1);
		assertThat(scaled.setRestSeconds()).isEqualTo(4);
		assertThat(SessionScaling.scale(reps(2, 4, 1, 0, 0), 0.1).holdSeconds()).isEqualTo(2);
		assertThat(SessionScaling.scale(reps(2, 4, 1, 0, 0), 0.1).restSeconds()).isZero();
	}

	@Test
	void theSameLengthChangesNothing() {
		List<SessionStep> steps = steps(duration(60, false), reps(5, 10, 3, 2, 20));

		assertThat(SessionScaling.scale(steps, total(steps))).isSameAs(steps);
	}

	@Test
	void roundsHalfUp() {
		assertThat(SessionScaling.scale(duration(25, false), 0.5).durationSeconds()).isEqualTo(13);
		assertThat(SessionScaling.scale(duration(100, false), 1.0 / 3).durationSeconds()).isEqualTo(33);
	}

}
