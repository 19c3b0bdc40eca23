// Session history for signed-in people: asks how tense it feels before and after, and
// reports each run of the player to the server once. A run has an id chosen here; the
// server keys records by it, so a retry, a reload or the rating given after the end never
// adds a second record. Without a connection the report is kept in this browser (see
// ../offline-queue.js) and sent when the connection is back: by this page, by the next page
// loaded, or by the service worker's background sync. Without the #session-history element (signed out) nothing is asked,
// nothing is sent, and every method does nothing.
//
// API (createHistory returns):
//   state()              plain data to save with the session: { id, startedAt, before, after,
//                        report, recorded, queued, answer }
//   restore(saved)       takes that data back after a reload
//   newRun()             forgets the run for "Run it again"
//   started(wallMs)      the run started at this Date.now()
//   finished(view, pain) reports the run (once); returns a Promise of the server's answer,
//                        or of null when nothing was sent or it could not be saved
//   onRecorded(callback) calls callback(answer) each time the server accepts a report of
//                        the run (the end, a retry, the rating after), and at once or on
//                        restore() for a run already recorded before a reload. answer is the
//                        server's JSON: { runId, recorded: true, streakDays } where
//                        streakDays is the person's current streak of days with a session.
//   render(status)       shows or hides the questions for the player's status
// Signed out, finished() resolves to null and callbacks are never called.

import { forgetReport, queueReport } from '../offline-queue.js';

const NONE = Object.freeze({
	state: () => null,
	restore() {},
	newRun() {},
	started() {},
	finished: () => Promise.resolve(null),
	onRecorded() {},
	render() {},
});

/**
 * @param data    the player's JSON data (slug, messages)
 * @param msg     message lookup (key, ...args)
 * @param persist called when the run changed and should be saved with the session
 */
export function createHistory(data, msg, persist) {
	const element = document.getElementById('session-history');
	if (!element) {
		return NONE;
	}
	const before = document.querySelector('[data-tension="before"]');
	const after = document.querySelector('[data-tension="after"]');
	const status = document.querySelector('[data-history="status"]');
	const retry = document.querySelector('[data-history="retry"]');
	const rate = document.querySelector('[data-history="rate"]');
	let run = freshRun();
	let sending = false;
	// A report asked for while another is on its way goes out after it, with the newest data;
	// everyone who asked meanwhile gets that report's answer.
	let pending = null;
	const listeners = [];

	before.addEventListener('change', () => {
		run.before = checked(before);
		persist();
	});
	after.addEventListener('change', () => {
		rate.disabled = checked(after) === null;
	});
	rate.addEventListener('click', () => {
		run.after = checked(after);
		if (run.report && run.after !== null) {
			send('history.rated');
		}
	});
	retry.querySelector('button').addEventListener('click', () => send('history.saved'));
	window.addEventListener('online', () => {
		if (run.queued && !run.recorded) {
			send('history.saved');
		}
	});

	function freshRun() {
		return { id: newId(), startedAt: null, before: null, after: null, report: null, recorded: false, queued: false,
			answer: null };
	}

	function notify(answer) {
		listeners.forEach(listener => {
			try {
				listener(answer);
			} catch (error) {
				// A broken listener must not turn a saved session into "could not be saved".
				console.error(error);
			}
		});
	}

	function show(key) {
		status.textContent = key ? msg(key) : '';
		// A kept report can also be sent at once, by someone who knows the connection is back.
		retry.hidden = key !== 'history.failed' && key !== 'history.queued';
	}

	/** No connection: kept to send later; "failed" only when this browser cannot keep it either. */
	async function keep(body) {
		try {
			await queueReport({ runId: run.id, url: element.dataset.url, body, owner: element.dataset.owner,
				csrfHeader: element.dataset.csrfHeader, csrfToken: element.dataset.csrfToken });
			run.queued = true;
			show('history.queued');
			navigator.serviceWorker?.ready
				.then(registration => registration.sync?.register('unknot-reports'))
				.catch(() => {});
		} catch {
			show('history.failed');
		}
	}

	async function send(doneKey) {
		if (sending) {
			if (!pending) {
				pending = {};
				pending.answer = new Promise(resolve => {
					pending.resolve = resolve;
				});
			}
			pending.doneKey = doneKey;
			return pending.answer;
		}
		sending = true;
		show('history.saving');
		let answer = null;
		const body = { ...run.report, tensionAfter: run.after };
		try {
			const response = await fetch(element.dataset.url, {
				method: 'POST',
				credentials: 'same-origin',
				headers: {
					'Content-Type': 'application/json',
					Accept: 'application/json',
					[element.dataset.csrfHeader]: element.dataset.csrfToken,
				},
				body: JSON.stringify(body),
			});
			if (response.ok) {
				// Recorded whatever the body says; an unreadable one only loses the streak.
				answer = await response.json().catch(() => ({}));
				run.recorded = true;
				run.answer = answer;
				show(doneKey);
				if (run.queued) {
					run.queued = false;
					forgetReport(run.id).catch(() => {});
				}
			} else {
				// 401: signed out meanwhile; 403: the HTTP session, and with it the CSRF token, expired.
				show(response.status === 401 || response.status === 403 ? 'history.signedOut' : 'history.failed');
			}
		} catch {
			await keep(body);
		} finally {
			sending = false;
			persist();
		}
		if (answer) {
			notify(answer);
		}
		if (pending) {
			const next = pending;
			pending = null;
			send(next.doneKey).then(next.resolve);
		}
		return answer;
	}

	return {
		/** Plain data saved with the session, so a reload neither loses nor repeats the run. */
		state: () => run,

		restore(saved) {
			if (saved && typeof saved.id === 'string') {
				run = { ...freshRun(), ...saved };
			}
			setChecked(before, run.before);
			setChecked(after, run.after);
			if (run.queued && !run.recorded) {
				show('history.queued');
			}
			if (run.recorded) {
				show('history.saved');
				if (run.answer) {
					notify(run.answer);
				}
			}
		},

		newRun() {
			run = freshRun();
			setChecked(before, null);
			setChecked(after, null);
			rate.disabled = true;
			show(null);
		},

		started(wallMs) {
			run.startedAt = wallMs;
		},

		/** Reports the run once it finished or ended; a run that never started is not a session. */
		finished(view, pain) {
			if (run.startedAt === null || run.recorded) {
				return Promise.resolve(null);
			}
			if (!run.report) {
				run.report = {
					runId: run.id,
					routine: data.slug,
					minutes: element.dataset.minutes ? Number(element.dataset.minutes) : null,
					startedAt: new Date(run.startedAt).toISOString(),
					timeZone: timeZone(),
					secondsDone: Math.round(view.elapsedMs / 1000),
					outcome: pain ? 'PAIN_STOP' : (view.status === 'done' ? 'COMPLETED' : 'ENDED_EARLY'),
					stepsCompleted: view.completed.length,
					stepsSkipped: view.skipped.length,
					tensionBefore: run.before,
				};
			}
			return send('history.saved');
		},

		onRecorded(callback) {
			listeners.push(callback);
			if (run.recorded && run.answer) {
				callback(run.answer);
			}
		},

		/** The question before the start shows only while the session has not started. */
		render(sessionStatus) {
			before.hidden = sessionStatus !== 'idle';
			after.hidden = run.startedAt === null;
			rate.disabled = checked(after) === null;
		},
	};
}

function checked(fieldset) {
	const input = fieldset.querySelector('input:checked');
	return input ? Number(input.value) : null;
}

function setChecked(fieldset, value) {
	fieldset.querySelectorAll('input').forEach(input => {
		input.checked = value !== null && Number(input.value) === value;
	});
}

function timeZone() {
	try {
		return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
	} catch {
		return 'UTC';
	}
}

function newId() {
	if (window.crypto && typeof window.crypto.randomUUID === 'function') {
		return window.crypto.randomUUID();
	}
	const bytes = new Uint8Array(16);
	window.crypto.getRandomValues(bytes);
	return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}
