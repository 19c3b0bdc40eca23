// The guided session player: everything that touches the page, the speakers, the screen
// and storage. Where the session is comes from timing.js, asked with performance.now();
// the interval below only decides how often the page is redrawn, never what it shows.

import { Session, clock } from './timing.js';
import { createHistory } from './history.js';

const REDRAW_MS = 200;
const SAVE_MS = 1000;
const PREFS_KEY = 'unknot.player.prefs';
const DEFAULT_PREFS = { muted: false, volume: 60, speech: false, flash: false, pacer: true };
// Cues that arrive more than this late are old news (the tab was hidden): shown, not sounded.
const STALE_MS = 1500;
// Breathing pacer: a slow in-breath and a longer out-breath.
const INHALE_MS = 4000;
const EXHALE_MS = 6000;

const dataElement = document.getElementById('session-data');
const root = document.getElementById('player');
if (dataElement && root) {
	start(JSON.parse(dataElement.textContent));
}

function start(data) {
	const steps = data.steps;
	if (!steps.length) {
		return;
	}
	const fields = {};
	document.querySelectorAll('#player [data-field], #player-summary [data-field]').forEach(el => {
		fields[el.dataset.field] = el;
	});
	const buttons = {};
	document.querySelectorAll('[data-action]').forEach(el => {
		buttons[el.dataset.action] = el;
	});
	const summary = document.getElementById('player-summary');
	const stopped = document.getElementById('player-stopped');
	const stepList = document.getElementById('session-steps');
	const flash = document.querySelector('.player-flash');
	const now = () => performance.now();
	const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

	const msg = (key, ...args) => format(data.messages[key] ?? key, args);
	const prefs = loadPrefs();
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

	root.hidden = false;
	stepList.hidden = true;
	bindPrefs();
	buttons.start.addEventListener('click', startSession);
	buttons.pause.addEventListener('click', togglePause);
	buttons.previous.addEventListener('click', () => act(s => s.previous(now())));
	buttons.next.addEventListener('click', () => act(s => s.next(now())));
	buttons.restart.addEventListener('click', () => act(s => s.restartStep(now())));
	buttons.extend.addEventListener('click', () => act(s => s.extend(now(), 15)));
	buttons.end.addEventListener('click', () => act(s => s.end(now())));
	buttons.pain.addEventListener('click', () => {
		pain = true;
		speech.cancel();
		act(s => s.end(now()));
	});
	buttons.again.addEventListener('click', runAgain);
	document.addEventListener('keydown', onKey);
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
		announce(msg(session.status === 'paused' ? 'restoredPaused' : 'restored'));
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
			announce(msg('announce.paused'));
		} else if (session.status === 'paused') {
			act(s => s.resume(now()));
			announce(msg('announce.resumed'));
		}
	}

	function runAgain() {
		pain = false;
		summary.dataset.shown = '';
		session = new Session(steps, data.options);
		sessionHistory.newRun();
		lastUnit = -1;
		save(true);
		update();
		buttons.start.focus();
	}

	function onKey(event) {
		if (event.altKey || event.ctrlKey || event.metaKey || session.finished || session.status === 'idle' && event.key !== ' ') {
			return;
		}
		const target = event.target;
		const typing = target.closest && target.closest('input, select, textarea, [contenteditable]');
		if (typing) {
			return;
		}
		switch (event.key) {
			case ' ':
			case 'Spacebar':
				// A focused button already answers Space with a click of its own.
				if (target.closest && target.closest('button, summary, a')) {
					return;
				}
				event.preventDefault();
				if (session.status === 'idle') {
					startSession();
				} else {
					togglePause();
				}
				break;
			case 'ArrowLeft':
				event.preventDefault();
				act(s => s.previous(now()));
				break;
			case 'ArrowRight':
				event.preventDefault();
				act(s => s.next(now()));
				break;
			case 'Escape':
				if (session.status === 'running') {
					togglePause();
				}
				break;
			default:
		}
	}

	// --- the clock ---

	function update() {
		handle(session.tick(now()));
		render(session.view(now()));
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
				flashScreen();
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
			announce(msg(session.status === 'done' ? 'announce.done' : 'announce.ended'));
			speech.say(msg(session.status === 'done' ? 'announce.done' : 'announce.ended'));
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
				const turn = turnWords(step);
				announce(msg('announce.turnover', turn, number, steps.length, step.title));
				speech.say(msg('speak.turnover', turn, spoken));
				return;
			}
			announce(step.safetyCue
				? msg('announce.stepSafety', number, steps.length, step.title, step.safetyCue)
				: msg('announce.step', number, steps.length, step.title));
			speech.say(spoken);
			return;
		}
		if (change.kind === 'switch') {
			announce(msg('announce.switch'));
			speech.say(msg('announce.switch'));
		} else if (change.kind === 'transition' || change.kind === 'ready') {
			speech.say(msg('speak.next', step.title));
		}
	}

	// --- drawing ---

	function render(v) {
		root.dataset.status = v.status;
		document.documentElement.classList.toggle('session-live', v.status === 'running' || v.status === 'paused');
		const finished = v.status === 'done' || v.status === 'ended';
		root.hidden = finished;
		summary.hidden = !finished;
		stopped.hidden = !(finished && pain);
		sessionHistory.render(v.status);
		if (finished) {
			renderSummary(v);
			return;
		}
		const seg = v.segment;
		const step = steps[v.stepIndex];
		setText(fields.stepOf, msg('stepOf', v.stepNumber, v.stepCount));
		setText(fields.elapsed, msg('elapsed', clock(v.elapsedSeconds), clock(v.totalSeconds)));
		fields.overallBar.style.width = `${Math.min(100, (100 * v.elapsedMs) / Math.max(1, v.totalMs))}%`;
		setText(fields.phase, phase(seg, step));
		root.dataset.kind = seg.kind;
		setText(fields.title, step.title);
		setText(fields.timer, v.remainingSeconds === null ? msg('whenReady') : clock(v.remainingSeconds));
		const progress = v.progress === null ? 0 : v.progress;
		fields.ring.style.strokeDashoffset = String(100 - progress * 100);
		// Even an empty arc leaves a dot; hide the arc until there is some.
		fields.ring.style.opacity = progress > 0 ? '1' : '0';
		fields.bar.firstElementChild.style.width = `${progress * 100}%`;
		fields.bar.setAttribute('aria-valuenow', String(Math.round(progress * 100)));
		setText(fields.instructions, step.instructions);
		renderSafety(step);
		setText(fields.position, step.position);
		setText(fields.equipment, step.equipment);
		setFact('pressure', step.pressure);
		setFact('breathing', step.breathingCue);
		if (fields.pictogram.dataset.step !== String(v.stepIndex)) {
			const figure = document.querySelector(`#step-${v.stepIndex + 1} [data-pictogram]`);
			fields.pictogram.innerHTML = figure ? figure.innerHTML : '';
			fields.pictogram.dataset.step = String(v.stepIndex);
		}
		setText(fields.next, nextWords(v));
		renderPacer(v, step);

		buttons.start.hidden = v.status !== 'idle';
		buttons.pause.hidden = v.status === 'idle';
		setText(buttons.pause, v.status === 'paused' ? msg('resume') : msg('pause'));
		const idle = v.status === 'idle';
		for (const name of ['previous', 'next', 'restart', 'end']) {
			buttons[name].disabled = idle;
		}
		buttons.extend.disabled = idle || !seg.timed;
	}

	function nextWords(v) {
		if (v.nextStepIndex === null) {
			return msg('next.end');
		}
		const upcoming = steps[v.nextStepIndex];
		if (v.nextTurnover) {
			return msg(upcoming.sideLying ? 'next.turnover' : 'next.otherSide', upcoming.title);
		}
		return msg('next', upcoming.title);
	}

	/** Turning over lying down; otherwise moving to the other side. */
	function turnWords(step) {
		return msg(step.sideLying ? 'phase.turnover' : 'phase.otherSide');
	}

	function phase(seg, step) {
		let side = '';
		if (seg.side) {
			side = msg(`phase.${step.sideLying ? 'sideLying.' : ''}${seg.side === 'left' ? 'left' : 'right'}`);
		}
		const withSide = text => (side ? `${side} · ${text}` : text);
		switch (seg.kind) {
			case 'ready': return msg('phase.ready');
			case 'transition': return msg('phase.transition');
			case 'turnover': return turnWords(step);
			case 'switch': return msg('phase.switch');
			case 'hold': return withSide(seg.sets > 1
				? msg('phase.hold', seg.rep, seg.reps, seg.set, seg.sets)
				: msg('phase.holdOneSet', seg.rep, seg.reps));
			case 'rest': return withSide(msg('phase.rest', seg.rep + 1, seg.reps));
			case 'setRest': return withSide(msg('phase.setRest', seg.set + 1, seg.sets));
			case 'untimed': return withSide(msg('phase.untimed'));
			default: return side || '\u00a0';
		}
	}

	function renderPacer(v, step) {
		const show = prefs.pacer && Boolean(step.breathingCue) && !v.segment.lead && v.status === 'running';
		fields.pacer.hidden = !show;
		if (!show) {
			return;
		}
		// The phase of the breath follows the clock, so it stays right after a pause or a reload.
		const t = v.elapsedMs % (INHALE_MS + EXHALE_MS);
		const inhaling = t < INHALE_MS;
		fields.pacer.dataset.breath = inhaling ? 'in' : 'out';
		fields.pacer.classList.toggle('pacer-still', reducedMotion.matches);
		setText(fields.pacerWord, msg(inhaling ? 'pacer.in' : 'pacer.out'));
	}

	function renderSummary(v) {
		setText(fields.summaryHeading, msg(v.status === 'done' ? 'summary.done' : 'summary.ended'));
		setText(fields.summaryTime, msg('summary.time', clock(v.elapsedSeconds)));
		setText(fields.summarySteps, msg('summary.steps', v.completed.length, v.stepCount));
		setText(fields.summarySkipped, msg('summary.skipped', v.skipped.length));
		if (summary.dataset.shown !== 'true') {
			summary.dataset.shown = 'true';
			(pain ? stopped : summary).focus();
		}
	}

	/** The step's safety cue and the reminders of the cautions it concerns, shown only when there are any. */
	function renderSafety(step) {
		const reminders = step.reminders || [];
		fields.safety.hidden = !step.safetyCue && !reminders.length;
		fields.safetyCueLine.hidden = !step.safetyCue;
		setText(fields.safetyCue, step.safetyCue || '');
		fields.reminders.hidden = !reminders.length;
		const shown = JSON.stringify(reminders);
		if (fields.reminderList.dataset.shown !== shown) {
			fields.reminderList.dataset.shown = shown;
			fields.reminderList.replaceChildren(...reminders.map(reminder => {
				const item = document.createElement('li');
				const title = document.createElement('strong');
				title.textContent = reminder.title;
				item.append(title, ` ${reminder.advice}`);
				return item;
			}));
		}
	}

	function setFact(name, value) {
		const fact = root.querySelector(`[data-fact="${name}"]`);
		fact.hidden = !value;
		setText(fields[name], value || '');
	}

	function announce(text) {
		// Cleared first so that the same words twice are still read twice.
		fields.live.textContent = '';
		setTimeout(() => {
			fields.live.textContent = text;
		}, 50);
	}

	function flashScreen() {
		flash.hidden = false;
		flash.classList.remove('is-flashing');
		void flash.offsetWidth;
		flash.classList.add('is-flashing');
		setTimeout(() => {
			flash.hidden = true;
		}, 600);
	}

	// --- storage ---

	function restore() {
		try {
			const saved = JSON.parse(sessionStorage.getItem(data.storageKey));
			const restored = saved && Session.restore(steps, saved.state, now(), Date.now(), data.options);
			if (restored) {
				pain = Boolean(saved.pain);
				sessionHistory.restore(saved.run);
				return restored;
			}
		} catch {
			// Storage off or unreadable: start afresh.
		}
		return new Session(steps, data.options);
	}

	function save(force) {
		if (!force && now() - lastSaved < SAVE_MS) {
			return;
		}
		lastSaved = now();
		try {
			sessionStorage.setItem(data.storageKey, JSON.stringify({ state: session.toJSON(now(), Date.now()), pain, run: sessionHistory.state() }));
		} catch {
			// Private mode or full storage: the session still runs, it just will not survive a reload.
		}
	}

	function loadPrefs() {
		try {
			return { ...DEFAULT_PREFS, ...JSON.parse(localStorage.getItem(PREFS_KEY)) };
		} catch {
			return { ...DEFAULT_PREFS };
		}
	}

	function bindPrefs() {
		root.querySelectorAll('[data-pref]').forEach(input => {
			const name = input.dataset.pref;
			if (input.type === 'checkbox') {
				input.checked = Boolean(prefs[name]);
			} else {
				input.value = String(prefs[name]);
			}
			input.addEventListener('input', () => {
				prefs[name] = input.type === 'checkbox' ? input.checked : Number(input.value);
				try {
					localStorage.setItem(PREFS_KEY, JSON.stringify(prefs));
				} catch {
					// Preferences then last for this page only.
				}
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

/** Fills {0}, {1}… in a message pattern; patterns with arguments double their apostrophes. */
function format(pattern, args) {
	if (!args.length) {
		return pattern;
	}
	return pattern.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? '')).replace(/''/g, "'");
}

function setText(element, text) {
	if (element.textContent !== text) {
		element.textContent = text;
	}
}

/** Soft generated tones through Web Audio; silent where it is missing or muted. */
function createSound(getPrefs) {
	let context = null;
	const play = (frequency, seconds, loudness, delay = 0) => {
		const prefs = getPrefs();
		if (!context || prefs.muted || prefs.volume <= 0) {
			return;
		}
		const at = context.currentTime + delay;
		const oscillator = context.createOscillator();
		const gain = context.createGain();
		oscillator.type = 'sine';
		oscillator.frequency.value = frequency;
		const peak = Math.max(0.0001, loudness * (prefs.volume / 100));
		// A quick rise and a long, soft fall: a chime, not a beep.
		gain.gain.setValueAtTime(0.0001, at);
		gain.gain.exponentialRampToValueAtTime(peak, at + 0.02);
		gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
		oscillator.connect(gain).connect(context.destination);
		oscillator.start(at);
		oscillator.stop(at + seconds + 0.05);
	};
	return {
		// Browsers only allow sound after a gesture, so the first button press opens it.
		unlock() {
			const AudioContextType = window.AudioContext || window.webkitAudioContext;
			if (!context && AudioContextType) {
				try {
					context = new AudioContextType();
				} catch {
					context = null;
				}
			}
			if (context && context.state === 'suspended') {
				context.resume().catch(() => {});
			}
		},
		tick(value) {
			play(value === 1 ? 740 : 620, 0.15, 0.25);
		},
		end() {
			play(528, 0.9, 0.35);
			play(792, 0.9, 0.25, 0.12);
		},
		halfway() {
			play(660, 0.4, 0.2);
			play(660, 0.4, 0.2, 0.25);
		},
	};
}

/** Optional spoken cues through the Web Speech API. */
function createSpeech(getPrefs) {
	const available = 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
	return {
		say(text) {
			if (!available || !getPrefs().speech || getPrefs().muted || !text) {
				return;
			}
			window.speechSynthesis.cancel();
			const utterance = new SpeechSynthesisUtterance(text);
			utterance.lang = document.documentElement.lang || 'en';
			utterance.rate = 0.95;
			utterance.volume = Math.min(1, getPrefs().volume / 100);
			window.speechSynthesis.speak(utterance);
		},
		cancel() {
			if (available) {
				window.speechSynthesis.cancel();
			}
		},
	};
}

/** Keeps the screen on while the timer runs, where the browser offers it. */
function createWakeLock() {
	let sentinel = null;
	let wanted = false;
	return {
		async acquire() {
			wanted = true;
			if (sentinel || !('wakeLock' in navigator) || document.visibilityState !== 'visible') {
				return;
			}
			try {
				sentinel = await navigator.wakeLock.request('screen');
				sentinel.addEventListener('release', () => {
					sentinel = null;
				});
				if (!wanted) {
					this.release();
				}
			} catch {
				sentinel = null;
			}
		},
		release() {
			wanted = false;
			if (sentinel) {
				sentinel.release().catch(() => {});
				sentinel = null;
			}
		},
	};
}
