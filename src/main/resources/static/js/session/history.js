// Session history for signed-in people: asks how tense it feels before and after, and
// reports each run of the player to the server once. A run has an id chosen here; the
// server keys records by it, so a retry, a reload or the rating given after the end never
// adds a second record. Without the #session-history element (signed out) nothing is asked,
// nothing is sent, and every method does nothing.

const NONE = Object.freeze({
	state: () => null,
	restore() {},
	newRun() {},
	started() {},
	finished() {},
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
	// A report asked for while another is on its way goes out after it, with the newest data.
	let pending = null;

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

	function freshRun() {
		return { id: newId(), startedAt: null, before: null, after: null, report: null, recorded: false };
	}

	function show(key) {
		status.textContent = key ? msg(key) : '';
		retry.hidden = key !== 'history.failed';
	}

	async function send(doneKey) {
		if (sending) {
			pending = doneKey;
			return;
		}
		sending = true;
		show('history.saving');
		try {
			const response = await fetch(element.dataset.url, {
				method: 'POST',
				credentials: 'same-origin',
				headers: {
					'Content-Type': 'application/json',
					Accept: 'application/json',
					[element.dataset.csrfHeader]: element.dataset.csrfToken,
				},
				body: JSON.stringify({ ...run.report, tensionAfter: run.after }),
			});
			if (response.ok) {
				run.recorded = true;
				show(doneKey);
			} else {
				// 401: signed out meanwhile; 403: the HTTP session, and with it the CSRF token, expired.
				show(response.status === 401 || response.status === 403 ? 'history.signedOut' : 'history.failed');
			}
		} catch {
			show('history.failed');
		} finally {
			sending = false;
			persist();
		}
		if (pending) {
			const next = pending;
			pending = null;
			send(next);
		}
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
			if (run.recorded) {
				show('history.saved');
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
				return;
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
			send('history.saved');
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
