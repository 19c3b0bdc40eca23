package app.unknot.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import app.unknot.browser.ModuleScenarios;

/**
 * The timing module (static/js/session/timing.js) with a fake clock, run inside real
 * Chromium exactly as the app serves it. Each scenario is JavaScript that gets the module
 * as {@code m} and returns plain data; the assertions are here, in Java.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TimingModuleBrowserTests {

	/** Steps in the shape the page passes to the module. */
	private static final String STEPS = """
			const steps = [
				{ timing: 'DURATION', durationSeconds: 30 },
				{ timing: 'REPS', holdSeconds: 5, reps: 3, sets: 2, restSeconds: 2, setRestSeconds: 10 },
				{ timing: 'DURATION', durationSeconds: 20, eachSide: true },
				{ timing: 'UNTIMED', durationSeconds: 40 },
				{ timing: 'DURATION', durationSeconds: 60 },
			];
			""";

	@RegisterExtension
	static final ModuleScenarios scenarios = new ModuleScenarios("/js/session/timing.js", STEPS);

	private static <T> T value(String body) {
		return scenarios.value(body);
	}

	@Test
	void timedStepsRepsAndSetsEachSideAndTransitionsExpandIntoSegments() {
		List<String> segments = value("""
				return m.buildSegments(steps).map(s => [s.kind, s.seconds, s.stepIndex, s.side || '-',
					s.rep ? s.rep + '/' + s.reps + '·' + s.set + '/' + s.sets : '-'].join(' '));
				""");

		assertThat(segments).containsExactly("ready 5 0 - -", "work 30 0 - -", "transition 5 1 - -",
				"hold 5 1 - 1/3·1/2", "rest 2 1 - 1/3·1/2", "hold 5 1 - 2/3·1/2", "rest 2 1 - 2/3·1/2",
				"hold 5 1 - 3/3·1/2", "setRest 10 1 - 3/3·1/2", "hold 5 1 - 1/3·2/2", "rest 2 1 - 1/3·2/2",
				"hold 5 1 - 2/3·2/2", "rest 2 1 - 2/3·2/2", "hold 5 1 - 3/3·2/2", "transition 5 2 - -",
				"work 20 2 left -", "switch 5 2 right -", "work 20 2 right -", "transition 5 3 - -", "untimed 40 3 - -",
				"transition 5 4 - -", "work 60 4 - -");
	}

	/** A side block of two steps between two ordinary ones, then a lone block step. */
	private static final String BLOCK = """
			const block = [
				{ timing: 'DURATION', durationSeconds: 30 },
				{ timing: 'DURATION', durationSeconds: 20, eachSide: true, sideBlock: true },
				{ timing: 'REPS', holdSeconds: 5, reps: 2, sets: 1, restSeconds: 3, eachSide: true, sideBlock: true },
				{ timing: 'DURATION', durationSeconds: 10, eachSide: true },
				{ timing: 'UNTIMED', durationSeconds: 40, eachSide: true, sideBlock: true },
			];
			""";

	@Test
	void aSideBlockRunsEveryStepOnTheFirstSideThenTurnsOverForTheSecond() {
		List<String> segments = value(BLOCK + """
				return m.buildSegments(block).map(s => [s.kind, s.seconds, s.stepIndex, s.side || '-', 'u' + s.unit,
					s.closes ? 'closes' : ''].join(' ').trim());
				""");

		assertThat(segments).containsExactly("ready 5 0 - u0", "work 30 0 - u0 closes", "transition 5 1 - u1",
				"work 20 1 left u1", "transition 5 2 - u2", "hold 5 2 left u2", "rest 3 2 left u2", "hold 5 2 left u2",
				"turnover 15 1 - u3", "work 20 1 right u3 closes", "transition 5 2 - u4", "hold 5 2 right u4",
				"rest 3 2 right u4", "hold 5 2 right u4 closes",
				// An each-side step outside the block keeps its short switch.
				"transition 5 3 - u5", "work 10 3 left u5", "switch 5 3 right u5", "work 10 3 right u5 closes",
				// A block of one step still turns over rather than switching in five
				// seconds.
				"transition 5 4 - u6", "untimed 40 4 left u6", "turnover 15 4 - u7", "untimed 40 4 right u7 closes");
	}

	@Test
	void theTurnOverTakesItsOwnTimeAndABlockNeedsEachSide() {
		List<Object> result = value("""
				const shortTurn = m.buildSegments([
					{ timing: 'DURATION', durationSeconds: 20, eachSide: true, sideBlock: true },
					{ timing: 'DURATION', durationSeconds: 20, eachSide: true, sideBlock: true },
				], { turnoverSeconds: 25 }).filter(s => s.kind === 'turnover').map(s => s.seconds);
				// sideBlock without eachSide is an ordinary step: there is no other side to turn to.
				const oneSided = m.buildSegments([
					{ timing: 'DURATION', durationSeconds: 20, sideBlock: true },
					{ timing: 'DURATION', durationSeconds: 20, eachSide: true, sideBlock: true },
				]).map(s => s.kind + (s.side ? ' ' + s.side : '')).join(', ');
				return [shortTurn, oneSided];
				""");

		assertThat(result).containsExactly(List.of(25L), "ready, work, transition, work left, turnover, work right");
	}

	@Test
	void nextPreviousAndRestartMoveBySideWithinABlock() {
		List<String> positions = value(BLOCK + """
				const s = new m.Session(block);
				const at = () => { const v = s.view(0);
					return [v.segment.kind, v.segment.side || '-', 'step ' + v.stepNumber + ' of ' + v.stepCount,
						'next ' + v.nextStepIndex + (v.nextTurnover ? ' after turning' : '')].join(' '); };
				const out = [];
				s.start(0);
				s.next(100); s.next(200); s.next(250); out.push(at());   // the block's first step, first side
				s.next(300); s.next(400); out.push(at());   // its second step, first side
				s.next(500); out.push(at());                // the turn-over
				s.next(600); out.push(at());                // skipped: the first step, second side
				s.restartStep(700); out.push(at());
				s.previous(800); out.push(at());            // back to the second step, first side
				s.next(900); s.next(1000); s.next(1100); s.next(1200); out.push(at());  // second step, second side
				s.next(1300); out.push(at());               // out of the block
				return out;
				""");

		assertThat(positions).containsExactly("work left step 2 of 5 next 2",
				"hold left step 3 of 5 next 1 after turning", "turnover - step 2 of 5 next 2",
				"work right step 2 of 5 next 2", "work right step 2 of 5 next 2",
				"hold left step 3 of 5 next 1 after turning", "hold right step 3 of 5 next 3",
				"transition - step 4 of 5 next 4");
	}

	@Test
	void aBlockStepCountsAsDoneOnlyWhenItsSecondSideEnds() {
		Map<String, Object> result = value(
				"""
						const pair = [
							{ timing: 'DURATION', durationSeconds: 10, eachSide: true, sideBlock: true },
							{ timing: 'DURATION', durationSeconds: 10, eachSide: true, sideBlock: true },
						];
						const s = new m.Session(pair, { readySeconds: 0 });
						s.start(0);
						s.tick(10000);                 // first step, first side ran out
						s.tick(25000);                 // second step, first side ran out after its 5 s lead-in
						const afterFirstSides = s.view(25000).completed;
						s.tick(40000 + 10000);         // 15 s turn-over, then the first step's second side
						const afterFirstStep = s.view(50000).completed;
						s.next(51000);                 // skip the lead-in of the last side
						s.next(52000);                 // and the last side itself
						const v = s.view(60000);
						return { afterFirstSides, afterFirstStep, status: v.status, completed: v.completed, skipped: v.skipped };
						""");

		assertThat(result).containsEntry("afterFirstSides", List.of())
			.containsEntry("afterFirstStep", List.of(0L))
			.containsEntry("status", "done")
			.containsEntry("completed", List.of(0L))
			.containsEntry("skipped", List.of(1L));
	}

	@Test
	void aReloadInsideABlockResumesOnTheSameSideAndOldSavesAreDropped() {
		Map<String, Object> result = value(BLOCK + """
				const s = new m.Session(block);
				s.start(0);
				[100, 200, 300, 400, 500, 600, 700].forEach(t => s.next(t));  // to the first step's second side
				s.tick(6700);
				const saved = JSON.parse(JSON.stringify(s.toJSON(6700, 1_000_000)));
				const back = m.Session.restore(block, saved, 50, 1_001_000);
				const v = back.view(50);
				// The same steps without the block run differently, so the save does not fit them.
				const unblocked = block.map(step => ({ ...step, sideBlock: false }));
				const otherShape = m.Session.restore(unblocked, saved, 50, 1_001_000);
				const oldFormat = m.Session.restore(block, { ...saved, v: 1 }, 50, 1_001_000);
				return { kind: v.segment.kind, side: v.segment.side, step: v.stepNumber, remaining: v.remainingMs,
					otherShape, oldFormat };
				""");

		assertThat(result).containsEntry("kind", "work")
			.containsEntry("side", "right")
			.containsEntry("step", 2L)
			.containsEntry("remaining", 13000L)
			.containsEntry("otherShape", null)
			.containsEntry("oldFormat", null);
	}

	@Test
	void remainingTimeCountsFromTheSegmentStartAndPauseHoldsIt() {
		List<Object> shown = value("""
				const s = new m.Session(steps);
				const out = [];
				s.start(1000);
				s.tick(11000); out.push(s.view(11000).remainingSeconds);   // 5 s into the 30 s step
				s.pause(11000);
				s.tick(71000); out.push(s.view(71000).remainingSeconds, s.view(71000).status);
				s.resume(71000);
				s.tick(76000); out.push(s.view(76000).remainingSeconds, s.view(76000).elapsedSeconds);
				return out;
				""");

		assertThat(shown).containsExactly(25L, 25L, "paused", 20L, 15L);
	}

	@Test
	void nextSkipsALeadInOrMovesOnAndPreviousGoesBack() {
		List<String> positions = value("""
				const s = new m.Session(steps);
				const at = () => { const v = s.view(0); return v.segment.kind + ' ' + v.stepNumber; };
				const out = [];
				s.start(0); out.push(at());
				s.next(100); out.push(at());     // skip get ready
				s.next(200); out.push(at());     // on to the transition before step 2
				s.next(300); out.push(at());     // skip the transition
				s.previous(400); out.push(at()); // back to step 1
				s.previous(500); out.push(at()); // step 1 is the first
				s.next(600); s.next(700); s.next(800); s.next(900); s.next(950); s.next(1000); out.push(at());
				s.next(1100); out.push(at());    // untimed step done with Next
				s.restartStep(1200); out.push(at());
				return out;
				""");

		assertThat(positions).containsExactly("ready 1", "work 1", "transition 2", "hold 2", "work 1", "work 1",
				"untimed 4", "transition 5", "work 5");
	}

	@Test
	void nextOnTheLastStepEndsTheSessionAndCountsSkippedSteps() {
		Map<String, Object> view = value(
				"""
						const s = new m.Session([{ timing: 'DURATION', durationSeconds: 10 }, { timing: 'DURATION', durationSeconds: 10 }]);
						s.start(0);
						s.tick(15000);           // the first step ran out
						s.next(15500);           // skip the transition
						s.next(16000);           // skip the last step
						return s.view(99999);
						""");

		assertThat(view).containsEntry("status", "done")
			.containsEntry("elapsedMs", 16000L)
			.containsEntry("completed", List.of(0L))
			.containsEntry("skipped", List.of(1L));
	}

	@Test
	void plus15SecondsExtendsTheSegmentAndTheTotalFollows() {
		List<Object> numbers = value("""
				const s = new m.Session(steps);
				s.start(0);
				s.tick(10000);
				const before = s.view(10000);
				s.extend(10000, 15);
				const after = s.view(10000);
				s.tick(40000);
				const later = s.view(40000);
				return [before.remainingSeconds, after.remainingSeconds, after.totalSeconds - before.totalSeconds,
					later.segment.kind, later.remainingSeconds];
				""");

		assertThat(numbers).containsExactly(25L, 40L, 15L, "work", 10L);
	}

	@Test
	void untimedStepsWaitForNext() {
		List<Object> seen = value("""
				const s = new m.Session([{ timing: 'UNTIMED', durationSeconds: 40 }]);
				s.start(0);
				s.tick(5000);
				const waiting = s.view(999999);
				s.tick(999999);
				const still = s.view(999999);
				s.next(1000000);
				return [waiting.segment.kind, waiting.remainingSeconds, still.status, s.view(1000000).status,
					s.view(1000000).completed.length];
				""");

		assertThat(seen).containsExactly("untimed", null, "running", "done", 1L);
	}

	@Test
	void countdownAndHalfwayCuesFireOnceEachAndALateTickKeepsTheLatestOne() {
		Map<String, Object> cues = value(
				"""
						const s = new m.Session([{ timing: 'DURATION', durationSeconds: 60 }, { timing: 'DURATION', durationSeconds: 30 }],
							{ readySeconds: 0 });
						s.start(0);
						const regular = [];
						for (let t = 0; t <= 60000; t += 100) {
							s.tick(t).filter(e => e.type !== 'segment').forEach(e => regular.push(e.type + (e.value || '')));
						}
						// The transition ends unseen (its 3-2-1 is stale and stays quiet); the 30 s step has no
						// halfway; a tick at 26.5 s (display 4) and one at 29.5 s (display 1) give only the 1.
						const late = [];
						[61000, 65000 + 26500, 65000 + 29500, 65000 + 30000].forEach(t =>
							s.tick(t).filter(e => e.type !== 'segment').forEach(e => late.push(e.type + (e.value || ''))));
						return { regular, late };
						""");

		assertThat(cues.get("regular")).isEqualTo(List.of("halfway", "countdown3", "countdown2", "countdown1", "end"));
		assertThat(cues.get("late")).isEqualTo(List.of("end", "countdown1", "end", "done"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void segmentsThatEndedWhileHiddenAreReportedDoneAndThePlayerIsWhereTheClockSays() {
		Map<String, Object> result = value("""
				const s = new m.Session(steps);
				s.start(0);
				s.tick(1000);
				const events = s.tick(1000 + 90000);  // 90 s in the background
				const v = s.view(91000);
				return {
					ends: events.filter(e => e.type === 'end').map(e => e.index),
					lateFlags: events.filter(e => e.type === 'end').map(e => e.late > 1000),
					countdowns: events.filter(e => e.type === 'countdown').length,
					index: v.index, kind: v.segment.kind, remaining: v.remainingMs,
				};
				""");

		// 5 s get ready, 30 s step, 5 s transition, 48 s of holds and rests: at 91 s the
		// transition
		// to the each-side step (88 s to 93 s) is running.
		assertThat(result.get("ends")).isEqualTo(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L));
		assertThat((List<Object>) result.get("lateFlags")).hasSize(14).containsOnly(true);
		assertThat(result).containsEntry("index", 14L)
			.containsEntry("kind", "transition")
			.containsEntry("remaining", 2000L);
	}

	@Test
	void theStateSurvivesSessionStorageAndAReload() {
		Map<String, Object> result = value(
				"""
						const s = new m.Session(steps);
						s.start(500);
						s.tick(20500);                                    // 15 s into the 30 s step
						s.extend(20500, 15);
						const saved = JSON.stringify(s.toJSON(20500, 1_000_000));
						// A new page: performance.now() starts again; 2 s passed on the wall clock.
						const back = m.Session.restore(steps, JSON.parse(saved), 300, 1_002_000);
						back.tick(300);
						const running = back.view(300);
						// Away for ten minutes: comes back paused where it was, not finished.
						const away = m.Session.restore(steps, JSON.parse(saved), 300, 1_600_000);
						const other = m.Session.restore([{ timing: 'DURATION', durationSeconds: 9 }], JSON.parse(saved), 300, 1_002_000);
						return { remaining: running.remainingMs, elapsed: running.elapsedMs, status: running.status,
							awayStatus: away.view(300).status, awayRemaining: away.view(300).remainingMs, other };
						""");

		assertThat(result).containsEntry("remaining", 28000L)
			.containsEntry("elapsed", 22000L)
			.containsEntry("status", "running")
			.containsEntry("awayStatus", "paused")
			.containsEntry("awayRemaining", 30000L)
			.containsEntry("other", null);
	}

	@Test
	void aTwentyMinuteRoutineWithIrregularTicksAndA90SecondGapEndsOnTime() {
		Map<String, Object> run = value(
				"""
						const long = [
							{ timing: 'DURATION', durationSeconds: 60 },
							{ timing: 'REPS', holdSeconds: 5, reps: 10, sets: 3, restSeconds: 3, setRestSeconds: 30 },
							{ timing: 'DURATION', durationSeconds: 90, eachSide: true },
							{ timing: 'DURATION', durationSeconds: 60 },
							{ timing: 'REPS', holdSeconds: 8, reps: 6, sets: 2, restSeconds: 4, setRestSeconds: 20, eachSide: true },
							{ timing: 'DURATION', durationSeconds: 60 },
							{ timing: 'DURATION', durationSeconds: 45, eachSide: true },
							{ timing: 'DURATION', durationSeconds: 105 },
						];
						const segments = m.buildSegments(long);
						const totalMs = segments.reduce((sum, seg) => sum + seg.seconds * 1000, 0);
						const s = new m.Session(long);
						let seed = 7;
						const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
						const start = 1234.5;
						s.start(start);
						let t = start, last = null, problems = [], ends = [], ticks = 0, gapDone = false;
						while (s.status === 'running' && ticks < 100000) {
							const step = !gapDone && t - start > 400000 ? 90000 : 40 + random() * 960;  // 40 ms to 1 s
							if (step === 90000) gapDone = true;
							t += step;
							ticks++;
							for (const e of s.tick(t)) {
								if (e.type === 'end') ends.push(e.index);
							}
							const v = s.view(t);
							if (v.remainingSeconds !== null && v.remainingSeconds < 0) problems.push('negative at ' + t);
							if (v.elapsedMs > v.totalMs + 0.001) problems.push('elapsed past total at ' + t);
							if (last && last.index === v.index && step < 1000) {
								if (v.remainingSeconds > last.remainingSeconds) problems.push('went up at ' + t);
								if (last.remainingSeconds - v.remainingSeconds > 1) problems.push('skipped a second at ' + t);
							}
							if (last && v.index > last.index + 1 && step < 1000) problems.push('skipped a segment at ' + t);
							last = v;
						}
						const view = s.view(t);
						return { status: s.status, totalMs, endedAfter: s.endedAt - start, elapsed: view.elapsedMs,
							problems, ends: ends.length, segments: segments.length, expectedEnds: segments.map((_, i) => i).join(),
							actualEnds: ends.join(), completed: view.completed.length, gapDone, ticks };
						""");

		assertThat(run).containsEntry("status", "done").containsEntry("gapDone", true);
		double total = ((Number) run.get("totalMs")).doubleValue();
		assertThat(total).as("a 20-minute routine").isBetween(19 * 60_000.0, 21 * 60_000.0);
		assertThat(((Number) run.get("endedAfter")).doubleValue()).isCloseTo(total, within(10.0));
		assertThat(((Number) run.get("elapsed")).doubleValue()).isCloseTo(total, within(10.0));
		assertThat(run.get("problems")).isEqualTo(List.of());
		assertThat(run.get("actualEnds")).as("every segment ended once, in order").isEqualTo(run.get("expectedEnds"));
		assertThat(run).containsEntry("completed", 8L);
	}

}
