package app.unknot.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.unknot.catalog.StepTiming;
import app.unknot.catalog.Timing;

/** Scaling by ?minutes=N, done once on the server. */
class SessionScalingTests {

	private static SessionStep duration(int seconds, boolean eachSide) {
		return new SessionStep(1, null, new StepTiming(Timing.DURATION, seconds, null, null, null, null, null, eachSide));
	}

	private static SessionStep untimed(int seconds) {
		return new SessionStep(1, null, new StepTiming(Timing.UNTIMED, seconds, null, null, null, null, null, false));
	}

	private static SessionStep reps(int hold, int reps, int sets, int rest, int setRest) {
		return new SessionStep(1, null, new StepTiming(Timing.REPS, null, hold, reps, sets, rest, setRest, false));
	}

	private static int total(List<SessionStep> steps) {
		return steps.stream().mapToInt(SessionStep::getTotalSeconds).sum();
	}

	@Test
	void timesScaleInProportionRoundedToWholeSeconds() {
		List<SessionStep> steps = List.of(duration(120, false), duration(45, true), untimed(30));
		// 120 + 90 + 30 = 240 s; to 2 min is a factor of 0.5.
		List<SessionStep> half = SessionScaling.scale(steps, 120);

		assertThat(half).extracting(SessionStep::getDurationSeconds).containsExactly(60, 23, 15);
		assertThat(half).extracting(SessionStep::isEachSide).containsExactly(false, true, false);
		assertThat(total(half)).isEqualTo(60 + 46 + 15);
	}

	@Test
	void longerVersionsStretchEveryTime() {
		List<SessionStep> doubled = SessionScaling.scale(List.of(duration(60, false), reps(5, 10, 3, 2, 20)), 2 * 304);

		assertThat(doubled.get(0).getDurationSeconds()).isEqualTo(120);
		assertThat(doubled.get(1)).extracting(SessionStep::getHoldSeconds, SessionStep::getReps,
				SessionStep::getSets, SessionStep::getRestSeconds, SessionStep::getSetRestSeconds)
			.containsExactly(10, 10, 3, 4, 40);
	}

	@Test
	void aTimedStepIsNeverShortenedBelowTenSeconds() {
		List<SessionStep> short_ = SessionScaling.scale(List.of(duration(600, false), duration(30, false), duration(8, false)), 60);

		assertThat(short_).extracting(SessionStep::getDurationSeconds).containsExactly(56, 10, 8);
	}

	@Test
	void holdsAreNeverShortenedBelowThreeSecondsAndRepCountsNeverChange() {
		SessionStep step = reps(5, 10, 3, 2, 20);
		SessionStep scaled = SessionScaling.scale(step, 0.2);

		assertThat(scaled.getHoldSeconds()).isEqualTo(3);
		assertThat(scaled.getReps()).isEqualTo(10);
		assertThat(scaled.getSets()).isEqualTo(3);
		// Rests shrink but a rest that existed lasts at least a second.
		assertThat(scaled.getRestSeconds()).isEqualTo(1);
		assertThat(scaled.getSetRestSeconds()).isEqualTo(4);
		assertThat(SessionScaling.scale(reps(2, 4, 1, 0, 0), 0.1).getHoldSeconds()).isEqualTo(2);
		assertThat(SessionScaling.scale(reps(2, 4, 1, 0, 0), 0.1).getRestSeconds()).isZero();
	}

	@Test
	void theSameLengthChangesNothing() {
		List<SessionStep> steps = List.of(duration(60, false), reps(5, 10, 3, 2, 20));

		assertThat(SessionScaling.scale(steps, total(steps))).isSameAs(steps);
	}

	@Test
	void roundsHalfUp() {
		assertThat(SessionScaling.scale(duration(25, false), 0.5).getDurationSeconds()).isEqualTo(13);
		assertThat(SessionScaling.scale(duration(100, false), 1.0 / 3).getDurationSeconds()).isEqualTo(33);
	}

}
