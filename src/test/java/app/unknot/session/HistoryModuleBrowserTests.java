package app.unknot.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import app.unknot.browser.ModuleScenarios;

/**
 * The history module (static/js/session/history.js) inside real Chromium, as the app
 * serves it, with the server stubbed: each scenario gets the module as {@code m}, a page
 * with the elements the player page gives it (#session-history and the two tension
 * questions), and a {@code fetch} that records each report and answers from a queue.
 * Scenarios are async and return plain data; the assertions are here, in Java.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HistoryModuleBrowserTests {

	/**
	 * The page and the stubs. {@code page(options)} builds the elements (signedOut: none;
	 * minutes: the chosen length) and a history whose messages are their own keys, and
	 * returns what a scenario looks at. {@code replies} queues fetch's answers: a
	 * Response, or a function of the call for a failure or a reply held back.
	 */
	private static final String PAGE = """
			const scale = when => Array.from({ length: 11 }, (_, n) =>
				`<label><input type="radio" name="tension-${when}" value="${n}"> ${n}</label>`).join('');
			function page(options = {}) {
				document.body.innerHTML = options.signedOut ? '' : `
					<fieldset data-tension="before" hidden>${scale('before')}</fieldset>
					<p data-history="status"></p>
					<p data-history="retry" hidden><button type="button">Try again</button></p>
					<fieldset data-tension="after" hidden>${scale('after')}
						<button type="button" data-history="rate" disabled>Save rating</button></fieldset>
					<div id="session-history" hidden data-url="/my/history" data-csrf-header="X-CSRF-TOKEN"
						data-csrf-token="token-1" data-minutes="${options.minutes ?? ''}"></div>`;
				const calls = [];
				const replies = [];
				window.fetch = (url, init) => {
					calls.push({ url, method: init.method, credentials: init.credentials, headers: init.headers,
						report: JSON.parse(init.body) });
					const reply = replies.shift();
					return typeof reply === 'function' ? reply() : Promise.resolve(reply);
				};
				let saves = 0;
				const history = m.createHistory({ slug: 'test-open' }, key => key, () => saves++);
				const $ = selector => document.querySelector(selector);
				return {
					history, calls, replies,
					saves: () => saves,
					status: () => $('[data-history="status"]').textContent,
					retryShown: () => !$('[data-history="retry"]').hidden,
					retry: () => $('[data-history="retry"] button').click(),
					rate: () => $('[data-history="rate"]').click(),
					rateEnabled: () => !$('[data-history="rate"]').disabled,
					shown: when => !$(`[data-tension="${when}"]`).hidden,
					checked: when => { const input = $(`[name="tension-${when}"]:checked`); return input ? Number(input.value) : null; },
					tick(when, value) {
						const input = $(`[name="tension-${when}"][value="${value}"]`);
						input.checked = true;
						input.dispatchEvent(new Event('change', { bubbles: true }));
					},
					// The answer of the n-th report the server accepts from now on (register before it is sent).
					recorded: (n = 1) => new Promise(resolve => {
						const answers = [];
						history.onRecorded(answer => answers.push(answer) === n && resolve(answer));
					}),
				};
			}
			const reply = (status, body) => new Response(body === undefined ? null : JSON.stringify(body),
				{ status, headers: { 'Content-Type': 'application/json' } });
			const offline = () => Promise.reject(new TypeError('Failed to fetch'));
			const done = { status: 'done', elapsedMs: 61400, completed: [0, 1, 2], skipped: [3] };
			const START = Date.parse('2026-03-01T09:00:00Z');
			""";

	@RegisterExtension
	static final ModuleScenarios scenarios = new ModuleScenarios("/js/session/history.js", PAGE);

	private static <T> T value(String body) {
		return scenarios.value(body);
	}

	@Test
	void aFinishedRunIsReportedOnceWithWhatThePageKnowsAndTheServersAnswer() {
		Map<String, Object> result = value("""
				const p = page({ minutes: 5 });
				p.history.render('idle');
				const askedBefore = p.shown('before');
				p.tick('before', 7);
				p.history.started(START);
				p.history.render('running');
				p.replies.push(reply(201, { runId: 'x', recorded: true, streakDays: 4 }));
				const answer = await p.history.finished(done, false);
				const again = await p.history.finished(done, false);
				return { askedBefore, askedWhileRunning: p.shown('before'), call: p.calls[0], calls: p.calls.length,
					answer, again, status: p.status(), saved: p.saves() > 0, state: p.history.state(),
					zone: Intl.DateTimeFormat().resolvedOptions().timeZone };
				""");

		Map<String, Object> call = map(result.get("call"));
		Map<String, Object> state = map(result.get("state"));
		assertThat(call).containsEntry("url", "/my/history")
			.containsEntry("method", "POST")
			.containsEntry("credentials", "same-origin");
		assertThat(map(call.get("headers"))).containsEntry("X-CSRF-TOKEN", "token-1")
			.containsEntry("Content-Type", "application/json");
		assertThat(map(call.get("report"))).containsEntry("runId", state.get("id"))
			.containsEntry("routine", "test-open")
			.containsEntry("minutes", 5L)
			.containsEntry("startedAt", "2026-03-01T09:00:00.000Z")
			.containsEntry("timeZone", result.get("zone"))
			.containsEntry("secondsDone", 61L)
			.containsEntry("outcome", "COMPLETED")
			.containsEntry("stepsCompleted", 3L)
			.containsEntry("stepsSkipped", 1L)
			.containsEntry("tensionBefore", 7L)
			.containsEntry("tensionAfter", null);
		assertThat((String) state.get("id")).matches("[A-Za-z0-9-]{8,36}");
		assertThat(result).containsEntry("askedBefore", true)
			.containsEntry("askedWhileRunning", false)
			.containsEntry("calls", 1L)
			.containsEntry("again", null)
			.containsEntry("status", "history.saved")
			.containsEntry("saved", true);
		assertThat(map(result.get("answer"))).containsEntry("streakDays", 4L);
		assertThat(state).containsEntry("recorded", true);
		assertThat(map(state.get("answer"))).containsEntry("streakDays", 4L);
	}

	@Test
	void theOutcomeSaysHowTheRunEndedAndTheFullLengthSendsNoMinutes() {
		List<Object> reports = value("""
				const out = [];
				for (const [view, pain] of [[done, false], [{ ...done, status: 'running' }, false], [done, true]]) {
					const p = page();
					p.history.started(START);
					p.replies.push(reply(201, {}));
					await p.history.finished(view, pain);
					out.push(p.calls[0].report.outcome + ' ' + p.calls[0].report.minutes);
				}
				return out;
				""");

		assertThat(reports).containsExactly("COMPLETED null", "ENDED_EARLY null", "PAIN_STOP null");
	}

	@Test
	void aRunThatNeverStartedAndASignedOutPageSendNothing() {
		Map<String, Object> result = value("""
				const notStarted = page();
				const answer = await notStarted.history.finished(done, false);

				const signedOut = page({ signedOut: true });
				signedOut.history.started(START);
				let told = false;
				signedOut.history.onRecorded(() => { told = true; });
				const signedOutAnswer = await signedOut.history.finished(done, false);
				return { answer, calls: notStarted.calls.length + signedOut.calls.length, signedOutAnswer, told,
					state: signedOut.history.state() };
				""");

		assertThat(result).containsEntry("answer", null)
			.containsEntry("calls", 0L)
			.containsEntry("signedOutAnswer", null)
			.containsEntry("told", false)
			.containsEntry("state", null);
	}

	@Test
	void aReportSentWithoutAConnectionIsKeptAndOffersARetryThatSendsTheSameRunAndThenGivesTheStreak() {
		Map<String, Object> result = value("""
				const p = page();
				p.history.started(START);
				p.replies.push(offline, reply(200, { recorded: true, streakDays: 2 }));
				let heard = 0;
				p.history.onRecorded(() => heard++);
				const answer = await p.history.finished(done, false);
				const afterFailure = { status: p.status(), retry: p.retryShown(), recorded: p.history.state().recorded,
					heard };
				const recorded = p.recorded();
				p.retry();
				const retried = await recorded;
				return { answer, afterFailure, retried, status: p.status(), retry: p.retryShown(), heard,
					sameRun: p.calls[0].report.runId === p.calls[1].report.runId,
					sameReport: JSON.stringify(p.calls[0].report) === JSON.stringify(p.calls[1].report) };
				""");

		assertThat(result).containsEntry("answer", null);
		assertThat(map(result.get("afterFailure"))).containsEntry("status", "history.queued")
			.containsEntry("retry", true)
			.containsEntry("recorded", false)
			.containsEntry("heard", 0L);
		assertThat(map(result.get("retried"))).containsEntry("streakDays", 2L);
		assertThat(result).containsEntry("status", "history.saved")
			.containsEntry("retry", false)
			.containsEntry("heard", 1L)
			.containsEntry("sameRun", true)
			.containsEntry("sameReport", true);
	}

	@Test
	void refusalsSayWhetherTheSignInIsGoneOrTheSaveFailed() {
		List<Object> statuses = value("""
				const out = [];
				for (const status of [401, 403, 400, 500]) {
					const p = page();
					p.history.started(START);
					p.replies.push(reply(status, { error: 'no' }));
					const answer = await p.history.finished(done, false);
					out.push(status + ' ' + p.status() + ' ' + (p.retryShown() ? 'retry' : 'no retry') + ' ' + answer);
				}
				return out;
				""");

		assertThat(statuses).containsExactly("401 history.signedOut no retry null",
				"403 history.signedOut no retry null", "400 history.failed retry null",
				"500 history.failed retry null");
	}

	@Test
	void theTensionAfterIsSentForTheSameRunOnceChosen() {
		Map<String, Object> result = value("""
				const p = page();
				p.tick('before', 6);
				p.history.started(START);
				p.history.render('running');
				const askedAfterWhileRunning = p.shown('after');
				p.replies.push(reply(201, { streakDays: 1 }), reply(200, { streakDays: 1 }));
				const rated = p.recorded(2);
				await p.history.finished(done, false);
				p.history.render('done');
				const before = { asked: p.shown('after'), rateEnabled: p.rateEnabled() };
				p.tick('after', 3);
				const rateEnabled = p.rateEnabled();
				p.rate();
				await rated;
				const second = p.calls[1].report;
				return { askedAfterWhileRunning, before, rateEnabled, calls: p.calls.length, status: p.status(),
					sameRun: second.runId === p.calls[0].report.runId, tensionBefore: second.tensionBefore,
					tensionAfter: second.tensionAfter, firstAfter: p.calls[0].report.tensionAfter };
				""");

		assertThat(result).containsEntry("askedAfterWhileRunning", true)
			.containsEntry("rateEnabled", true)
			.containsEntry("calls", 2L)
			.containsEntry("status", "history.rated")
			.containsEntry("sameRun", true)
			.containsEntry("tensionBefore", 6L)
			.containsEntry("tensionAfter", 3L)
			.containsEntry("firstAfter", null);
		assertThat(map(result.get("before"))).containsEntry("asked", true).containsEntry("rateEnabled", false);
	}

	@Test
	void reportsAskedForWhileOneIsOnItsWayGoOutOnceAfterItWithTheNewestData() {
		Map<String, Object> result = value(
				"""
						const p = page();
						p.history.started(START);
						let release;
						p.replies.push(() => new Promise(resolve => { release = resolve; }), reply(200, { streakDays: 5 }));
						const both = p.recorded(2);
						const first = p.history.finished(done, false);
						p.history.render('done');
						p.tick('after', 2);
						p.rate();
						p.tick('after', 4);
						p.rate();
						const waiting = p.calls.length;
						const statusWhileWaiting = p.status();
						release(reply(201, { streakDays: 5 }));
						const firstAnswer = await first;
						await both;
						return { firstAnswer, waiting, statusWhileWaiting, calls: p.calls.map(c => c.report.tensionAfter), status: p.status() };
						""");

		assertThat(map(result.get("firstAnswer"))).containsEntry("streakDays", 5L);
		assertThat(result).containsEntry("waiting", 1L)
			.containsEntry("statusWhileWaiting", "history.saving")
			.containsEntry("calls", Arrays.asList(null, 4L))
			.containsEntry("status", "history.rated");
	}

	@Test
	void aReloadKeepsTheRunSoAnUnsavedReportIsSentAgainUnchangedAndASavedOneIsNot() {
		Map<String, Object> result = value(
				"""
						const first = page();
						first.tick('before', 8);
						first.history.started(START);
						first.replies.push(offline);
						await first.history.finished(done, false);
						const saved = JSON.parse(JSON.stringify(first.history.state()));

						// The reload: a new page, the saved run restored, the end reported again with what the clock says now.
						const reloaded = page();
						reloaded.history.restore(saved);
						const beforeShown = reloaded.checked('before');
						reloaded.replies.push(reply(201, { streakDays: 3 }));
						const answer = await reloaded.history.finished({ ...done, elapsedMs: 999000 }, false);
						const resent = reloaded.calls[0].report;

						// A second reload after it was saved: nothing to send; the streak is still told.
						const savedAgain = JSON.parse(JSON.stringify(reloaded.history.state()));
						const third = page();
						const toldOnRestore = [];
						third.history.onRecorded(a => toldOnRestore.push(a.streakDays));
						third.history.restore(savedAgain);
						const toldLater = [];
						third.history.onRecorded(a => toldLater.push(a.streakDays));
						const thirdAnswer = await third.history.finished(done, false);
						return { beforeShown, answer, sameRun: resent.runId === saved.id,
							sameReport: JSON.stringify(resent) === JSON.stringify(first.calls[0].report),
							thirdCalls: third.calls.length, thirdAnswer, thirdStatus: third.status(), toldOnRestore, toldLater };
						""");

		assertThat(result).containsEntry("beforeShown", 8L)
			.containsEntry("sameRun", true)
			.containsEntry("sameReport", true)
			.containsEntry("thirdCalls", 0L)
			.containsEntry("thirdAnswer", null)
			.containsEntry("thirdStatus", "history.saved")
			.containsEntry("toldOnRestore", List.of(3L))
			.containsEntry("toldLater", List.of(3L));
		assertThat(map(result.get("answer"))).containsEntry("streakDays", 3L);
	}

	@Test
	void runItAgainStartsAFreshRunAndABrokenListenerDoesNotUnsaveTheSession() {
		Map<String, Object> result = value(
				"""
						const p = page();
						p.history.onRecorded(() => { throw new Error('a listener bug'); });
						p.tick('before', 5);
						p.history.started(START);
						p.replies.push(reply(201, { streakDays: 1 }));
						await p.history.finished(done, false);
						const statusAfterBrokenListener = p.status();
						const oldId = p.history.state().id;
						p.history.newRun();
						const fresh = p.history.state();
						return { statusAfterBrokenListener, newId: fresh.id !== oldId, recorded: fresh.recorded,
							answer: fresh.answer, before: p.checked('before'), status: p.status(), rateEnabled: p.rateEnabled() };
						""");

		assertThat(result).containsEntry("statusAfterBrokenListener", "history.saved")
			.containsEntry("newId", true)
			.containsEntry("recorded", false)
			.containsEntry("answer", null)
			.containsEntry("before", null)
			.containsEntry("status", "")
			.containsEntry("rateEnabled", false);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

}
