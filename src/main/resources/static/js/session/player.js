// The guided session player: wires the session clock (timing.js) to the page (view.js), the
// buttons and keys (controls.js), sound and voice (sound.js), storage (storage.js) and the
// wake lock. Where the session is comes from timing.js, asked with performance.now(); the
// interval below only decides how often the page is redrawn, never what it shows.

import { Session } from './timing.js';
import { createHistory } from './history.js';
import { messages } from './messages.js';
import { createView, phaseText, turnWords } from './view.js';
import { bindButtons, bindKeys } from './controls.js';
import { createSound, createSpeech, tonesAvailable, vibrate, vibrationAvailable } from './sound.js';
import { createWakeLock, wakeLockAvailable } from './wakelock.js';
import { createLockScreen, lockScreenAvailable } from './lockscreen.js';
import { loadPrefs, savePrefs, loadRoutineProfile, saveRoutineProfile, restoreSession, saveSession } from './storage.js';

const REDRAW_MS = 200;
const SAVE_MS = 1000;
// Cues that arrive more than this late are old news (the tab was hidden): shown, not sounded.
const STALE_MS = 1500;
// The quiet profile of a routine: tones and voice at this share of the cue volume.
const QUIET_SHARE = 0.35;

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
	const profile = loadRoutineProfile(data.slug);
	// What the sounds and voice go by: the cue volume, softer in a quiet routine; eyes-closed mode speaks.
	const cues = () => ({
		...prefs,
		volume: profile.quiet ? prefs.volume * QUIET_SHARE : prefs.volume,
		speech: prefs.speech || prefs.eyesClosed,
	});
	const view = createView(data, msg, () => prefs);
	const { buttons } = view;
	const sound = createSound(cues);
	const speech = createSpeech(cues);
	const wakeLock = createWakeLock();
	const lockScreen = createLockScreen(view.fields.keepAlive, {
		play: () => (session.status === 'idle' ? startSession() : togglePause()),
		pause: () => session.status === 'running' && togglePause(),
		next: () => act(s => s.next(now())),
		previous: () => act(s => s.previous(now())),
	});
	// Saved with the session whenever the run changes; its answer can bring the tension or a streak to show.
	const sessionHistory = createHistory(data, msg, () => {
		save(true);
		if (session.finished) {
			view.renderOutcome(sessionHistory.state());
		}
	});

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
	showAbilities();

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
		view.render(v, pain, sessionHistory.state());
		sessionHistory.render(v.status);
		if (!session.finished) {
			const step = steps[v.stepIndex];
			lockScreen.update(prefs.eyesClosed, session.running, step.title, phaseText(msg, v.segment, step), data.title);
		} else {
			lockScreen.update(false);
		}
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

	/**
	 * Sounds, vibrations, speech, flashes and announcements for what happened; each event
	 * exactly once. A new step, the other side and the end each have their own tone; in
	 * eyes-closed mode the voice also names every part and counts the last seconds.
	 */
	function handle(events) {
		const fresh = events.filter(e => e.late === undefined || e.late < STALE_MS);
		const change = fresh.filter(e => e.type === 'segment').pop();
		const countdown = fresh.filter(e => e.type === 'countdown').pop();
		if (fresh.some(e => e.type === 'done')) {
			cue('finish', 'end');
		} else if (change && change.unitChanged) {
			cue('step', 'step');
		} else if (change && (change.kind === 'switch' || change.kind === 'turnover')) {
			cue('side', 'side');
		} else if (fresh.some(e => e.type === 'end')) {
			cue('end', null);
		} else if (countdown) {
			sound.tick(countdown.value);
			if (prefs.eyesClosed) {
				vibrate('tick');
				speech.sayIfQuiet(String(countdown.value));
			}
		}
		if (fresh.some(e => e.type === 'halfway')) {
			sound.chime('halfway');
			speech.say(msg('speak.halfway'));
		}
		const latest = events.filter(e => e.type === 'segment').pop();
		if (latest) {
			announceSegment(latest);
		}
		if (events.some(e => e.type === 'done' || e.type === 'ended')) {
			const words = msg(session.status === 'done' ? 'announce.done' : 'announce.ended');
			view.announce(words);
			speech.say(words);
			sessionHistory.finished(session.view(now()), pain);
		}
	}

	/** A chime, the flash if wanted, and in eyes-closed mode a vibration of its kind. */
	function cue(chime, vibration) {
		sound.chime(chime);
		if (prefs.flash) {
			view.flash();
		}
		if (vibration && prefs.eyesClosed) {
			vibrate(vibration);
		}
	}

	/**
	 * At a new step (or side, in a side block) the live region names the step and its safety
	 * cue, and the voice reads the title, the first sentence of the instructions and the cue.
	 * In eyes-closed mode the voice then names each part as it comes: the side, hold, rest.
	 */
	function announceSegment(change) {
		const step = steps[change.stepIndex];
		const seg = session.segments[change.index];
		const part = prefs.eyesClosed && !seg.lead ? spokenPart(seg, step) : '';
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
			speech.say(part ? `${spoken} ${part}.` : spoken);
			return;
		}
		if (change.kind === 'switch') {
			view.announce(msg('announce.switch'));
			speech.say(msg('announce.switch'));
		} else if (change.kind === 'transition' || change.kind === 'ready') {
			speech.say(msg('speak.next', step.title));
		} else if (part) {
			speech.say(part);
		}
	}

	/** The cue as the voice says it: "Left side, Hold, rep 1 of 3" rather than with dots. */
	function spokenPart(seg, step) {
		return phaseText(msg, seg, step).replace(/\s*·\s*/g, ', ').trim();
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

	/** Settings inputs: data-pref for every routine, data-routine-pref for this routine only. */
	function bindPrefs() {
		const inputs = [...view.root.querySelectorAll('[data-pref], [data-routine-pref]')];
		const storeOf = input => (input.dataset.pref ? prefs : profile);
		const nameOf = input => input.dataset.pref || input.dataset.routinePref;
		const show = () => inputs.forEach(input => {
			const value = storeOf(input)[nameOf(input)];
			if (input.type === 'checkbox') {
				input.checked = Boolean(value);
			} else {
				input.value = String(value);
			}
		});
		show();
		inputs.forEach(input => input.addEventListener('input', () => {
			const name = nameOf(input);
			storeOf(input)[name] = input.type === 'checkbox' ? input.checked : Number(input.value);
			if (input.dataset.pref) {
				savePrefs(prefs);
			} else {
				saveRoutineProfile(data.slug, profile);
			}
			// The same setting can sit in two places (eyes-closed mode before Start and in the settings).
			show();
			if ((name === 'speech' || name === 'eyesClosed') && !input.checked) {
				speech.cancel();
			}
			if (name === 'volume' || name === 'muted' || name === 'quiet') {
				sound.unlock();
				sound.tick(1);
			}
			update();
		}));
	}

	/** The settings say plainly what this browser cannot do, instead of skipping it in silence. */
	function showAbilities() {
		speech.whenVoices(available => view.showAbility('voice', available));
		view.showAbility('tones', tonesAvailable());
		view.showAbility('vibration', vibrationAvailable());
		view.showAbility('wakeLock', wakeLockAvailable());
		view.showAbility('lockScreen', lockScreenAvailable());
	}
}
