// The guided session player: wires the session clock (timing.js) to the page (view.js), the
// buttons and keys (controls.js), sound and voice (sound.js), storage (storage.js) and the
// wake lock. Where the session is comes from timing.js, asked with performance.now(); the
// interval below only decides how often the page is redrawn, never what it shows.

import { Session } from './timing.js';
import { createHistory } from './history.js';
import { messages } from './messages.js';
import { createView, turnWords } from './view.js';
import { bindButtons, bindKeys } from './controls.js';
import { createSound, createSpeech } from './sound.js';
import { createWakeLock } from './wakelock.js';
import { loadPrefs, savePrefs, restoreSession, saveSession } from './storage.js';

const REDRAW_MS = 200;
const SAVE_MS = 1000;
// Cues that arrive more than this late are old news (the tab was hidden): shown, not sounded.
const STALE_MS = 1500;

const dataElement = document.getElementById('session-data');
if (dataElement && document.getElementById('player')) {
	start(JSON.parse(dataElement.textContent));
}

function start(data) {
	const steps = data.steps;
	if (!steps.length) {
		return;
	}
	const now = () => performance.now();
	const msg = messages(data);
	const prefs = loadPrefs();
	const view = createView(data, msg, () => prefs);
	const { buttons } = view;
	const sound = createSound(() => prefs);
	const speech = createSpeech(() => prefs);
	const wakeLock = createWakeLock();
	const sessionHistory = createHistory(data, msg, () => save(true));

	let pain = false;
	let session = restore();
	let lastUnit = -1;
	let lastSaved = 0;
	let timer = null;

	// --- wiring ---

	bindPrefs();
	bindButtons(buttons, {
		start: startSession,
		pause: togglePause,
		previous: () => act(s => s.previous(now())),
		next: () => act(s => s.next(now())),
		done: () => act(s => s.next(now()), { focus: buttons.pause }),
		restart: () => act(s => s.restartStep(now())),
		extend: () => act(s => s.extend(now(), 15)),
		end: () => act(s => s.end(now())),
		pain: () => {
			pain = true;
			speech.cancel();
			act(s => s.end(now()));
		},
		again: runAgain,
		details: () => view.setDetails(!view.detailsOpen),
		closeDetails: () => view.setDetails(false),
		leaveFocus: () => view.setFocus(false),
		enterFocus: () => {
			view.setFocus(true);
			buttons.leaveFocus.focus();
		},
	});
	bindKeys(() => session.status, {
		start: startSession,
		pause: togglePause,
		previous: () => act(s => s.previous(now())),
		next: () => act(s => s.next(now())),
		escape: () => {
			if (view.detailsOpen) {
				view.setDetails(false);
				return;
			}
			if (session.status === 'running') {
				togglePause();
			}
			view.setFocus(false);
		},
	});
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') {
			update();
			if (session.running) {
				wakeLock.acquire();
			}
		} else {
			save(true);
		}
	});
	window.addEventListener('pagehide', () => save(true));

	if (session.status !== 'idle' && !session.finished) {
		view.announce(msg(session.status === 'paused' ? 'restoredPaused' : 'restored'));
	}
	lastUnit = session.status === 'idle' ? -1 : session.segment.unit;
	update();
	// A reload while a finished run's report was on its way sends it again (once: see history.js).
	if (session.finished) {
		sessionHistory.finished(session.view(now()), pain);
	}

	// --- actions ---

	function act(change, options = {}) {
		sound.unlock();
		handle(change(session));
		save(true);
		update();
		if (options.focus && !options.focus.hidden) {
			options.focus.focus();
		}
	}

	function startSession() {
		act(s => {
			const events = s.start(now());
			sessionHistory.started(Date.now());
			return events;
		}, { focus: buttons.pause });
	}

	function togglePause() {
		if (session.status === 'running') {
			act(s => s.pause(now()));
			view.announce(msg('announce.paused'));
		} else if (session.status === 'paused') {
			act(s => s.resume(now()));
			view.announce(msg('announce.resumed'));
		}
	}

	function runAgain() {
		pain = false;
		view.resetSummary();
		session = new Session(steps, data.options);
		sessionHistory.newRun();
		lastUnit = -1;
		save(true);
		update();
		buttons.start.focus();
	}

	// --- the clock ---

	function update() {
		handle(session.tick(now()));
		const v = session.view(now());
		view.render(v, pain);
		sessionHistory.render(v.status);
		if (session.running && timer === null) {
			timer = setInterval(update, REDRAW_MS);
			wakeLock.acquire();
		} else if (!session.running && timer !== null) {
			clearInterval(timer);
			timer = null;
			wakeLock.release();
		}
		if (session.running && now() - lastSaved > SAVE_MS) {
			save(false);
		}
	}

	/** Sounds, speech, flashes and announcements for what happened; each event exactly once. */
	function handle(events) {
		const fresh = events.filter(e => e.late === undefined || e.late < STALE_MS);
		const ended = fresh.some(e => e.type === 'end' || e.type === 'done');
		const countdown = fresh.filter(e => e.type === 'countdown').pop();
		if (ended) {
			sound.end();
			if (prefs.flash) {
				view.flash();
			}
		} else if (countdown) {
			sound.tick(countdown.value);
		}
		if (fresh.some(e => e.type === 'halfway')) {
			sound.halfway();
			speech.say(msg('speak.halfway'));
		}
		const change = events.filter(e => e.type === 'segment').pop();
		if (change) {
			announceSegment(change);
		}
		if (events.some(e => e.type === 'done' || e.type === 'ended')) {
			const words = msg(session.status === 'done' ? 'announce.done' : 'announce.ended');
			view.announce(words);
			speech.say(words);
			sessionHistory.finished(session.view(now()), pain);
		}
	}

	/**
	 * At a new step (or side, in a side block) the live region names the step and its safety
	 * cue, and the voice reads the title, the first sentence of the instructions and the cue.
	 */
	function announceSegment(change) {
		const step = steps[change.stepIndex];
		if (change.unit !== lastUnit) {
			lastUnit = change.unit;
			const number = change.stepIndex + 1;
			const spoken = step.safetyCue
				? msg('speak.stepSafety', step.title, step.shortInstruction, step.safetyCue)
				: msg('speak.step', step.title, step.shortInstruction);
			if (change.kind === 'turnover') {
				const turn = turnWords(msg, step);
				view.announce(msg('announce.turnover', turn, number, steps.length, step.title));
				speech.say(msg('speak.turnover', turn, spoken));
				return;
			}
			view.announce(step.safetyCue
				? msg('announce.stepSafety', number, steps.length, step.title, step.safetyCue)
				: msg('announce.step', number, steps.length, step.title));
			speech.say(spoken);
			return;
		}
		if (change.kind === 'switch') {
			view.announce(msg('announce.switch'));
			speech.say(msg('announce.switch'));
		} else if (change.kind === 'transition' || change.kind === 'ready') {
			speech.say(msg('speak.next', step.title));
		}
	}

	// --- storage ---

	function restore() {
		const saved = restoreSession(data, now());
		if (saved) {
			pain = saved.pain;
			sessionHistory.restore(saved.run);
			return saved.session;
		}
		return new Session(steps, data.options);
	}

	function save(force) {
		if (!force && now() - lastSaved < SAVE_MS) {
			return;
		}
		lastSaved = now();
		saveSession(data, session, pain, sessionHistory.state(), now());
	}

	function bindPrefs() {
		view.root.querySelectorAll('[data-pref]').forEach(input => {
			const name = input.dataset.pref;
			if (input.type === 'checkbox') {
				input.checked = Boolean(prefs[name]);
			} else {
				input.value = String(prefs[name]);
			}
			input.addEventListener('input', () => {
				prefs[name] = input.type === 'checkbox' ? input.checked : Number(input.value);
				savePrefs(prefs);
				if (name === 'speech' && !input.checked) {
					speech.cancel();
				}
				if (name === 'volume' || name === 'muted') {
					sound.unlock();
					sound.tick(1);
				}
				update();
			});
		});
	}
}
