// Drawing the player: turns the plain view of timing.js into the page. Reads the page's
// [data-field] and [data-action] elements once; knows nothing about time or storage.

import { clock } from './timing.js';
import { format } from './messages.js';

// Breathing pacer: a slow in-breath and a longer out-breath.
const INHALE_MS = 4000;
const EXHALE_MS = 6000;

export function createView(data, msg, getPrefs) {
	const steps = data.steps;
	const root = document.getElementById('player');
	const summary = document.getElementById('player-summary');
	const stopped = document.getElementById('player-stopped');
	const flash = document.querySelector('.player-flash');
	const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
	const fields = {};
	document.querySelectorAll('#player [data-field], #player-summary [data-field]').forEach(el => {
		fields[el.dataset.field] = el;
	});
	const buttons = {};
	document.querySelectorAll('[data-action]').forEach(el => {
		buttons[el.dataset.action] = el;
	});

	// Focus view is the default; the close button or Esc leaves it, "Focus view" comes back.
	let focusWanted = true;
	let cueTimer = null;

	root.hidden = false;
	document.getElementById('session-steps').hidden = true;

	/** v: the session's view; pain: stopped for pain; run: the history's run (tension, streak) or null. */
	function render(v, pain, run) {
		root.dataset.status = v.status;
		const finished = v.status === 'done' || v.status === 'ended';
		root.hidden = finished;
		summary.hidden = !finished;
		stopped.hidden = !(finished && pain);
		applyFocus(focusWanted && !finished);
		if (finished) {
			renderSummary(v, pain);
			renderOutcome(run);
			return;
		}
		const seg = v.segment;
		const step = steps[v.stepIndex];
		renderCue(cueOf(seg), v.status);
		setText(fields.stepOf, msg('stepOf', v.stepNumber, v.stepCount));
		setText(fields.elapsed, msg('elapsed', clock(v.elapsedSeconds), clock(v.totalSeconds)));
		fields.overallBar.style.width = `${Math.min(100, (100 * v.elapsedMs) / Math.max(1, v.totalMs))}%`;
		// A plain timed step has no side, hold or rest to name: a steady word keeps the cue in place.
		setText(fields.phase, seg.kind === 'work' && !seg.side ? root.dataset.workCue : phaseText(msg, seg, step));
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
		if (fields.figure.dataset.step !== String(v.stepIndex)) {
			const figure = document.querySelector(`#step-${v.stepIndex + 1} [data-figure]`);
			fields.figure.innerHTML = figure ? figure.innerHTML : '';
			fields.figure.dataset.step = String(v.stepIndex);
		}
		setText(fields.next, nextWords(v));
		renderPacer(v, step);

		const idle = v.status === 'idle';
		buttons.start.hidden = !idle;
		buttons.pause.hidden = idle;
		setText(buttons.pause, v.status === 'paused' ? msg('resume') : msg('pause'));
		// Before Start, Previous, Next and the rest are hidden (player.css), not shown disabled; so is +15 s when untimed.
		buttons.extend.hidden = !seg.timed;
		buttons.done.hidden = idle || seg.kind !== 'untimed';
	}

	function applyFocus(on) {
		document.documentElement.classList.toggle('focus-view', on);
		root.classList.toggle('is-focus', on);
		buttons.enterFocus.hidden = on;
	}

	/**
	 * The colour and icon of the moment (player.css keys them on data-cue); a change of cue
	 * plays a short entrance, so a glance from the floor catches a new step, side or rest.
	 */
	function renderCue(cue, status) {
		if (root.dataset.cue === cue) {
			return;
		}
		const first = root.dataset.cue === undefined;
		root.dataset.cue = cue;
		if (first || status === 'idle') {
			return;
		}
		root.classList.remove('cue-changed');
		void root.offsetWidth;
		root.classList.add('cue-changed');
		clearTimeout(cueTimer);
		cueTimer = setTimeout(() => root.classList.remove('cue-changed'), 800);
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

	function renderPacer(v, step) {
		const show = getPrefs().pacer && Boolean(step.breathingCue) && !v.segment.lead && v.status === 'running';
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

	function renderSummary(v, pain) {
		setText(fields.summaryHeading, msg(v.status === 'done' ? 'summary.done' : 'summary.ended'));
		setText(fields.summaryTime, msg('summary.time', clock(v.elapsedSeconds)));
		setText(fields.summarySteps, msg('summary.steps', v.completed.length, v.stepCount));
		setText(fields.summarySkipped, msg('summary.skipped', v.skipped.length));
		fields.summarySkipped.hidden = v.skipped.length === 0;
		summary.querySelector('[data-summary-when="done"]').hidden = v.status !== 'done';
		if (summary.dataset.shown !== 'true') {
			summary.dataset.shown = 'true';
			(pain ? stopped : summary).focus();
		}
	}

	/**
	 * How it felt and how often: tension before and after when given (signed-in people), and
	 * the streak when the server's answer to the recorded session carried one (history's run.answer.streakDays).
	 */
	function renderOutcome(run) {
		const before = run?.before ?? null;
		const after = run?.after ?? null;
		const tension = fields.summaryTension;
		tension.hidden = before === null;
		if (before !== null) {
			setText(tension, after === null
				? format(tension.dataset.before, [before])
				: format(tension.dataset.both, [before, after]));
		}
		const days = run?.answer?.streakDays;
		const streak = fields.summaryStreak;
		streak.hidden = !(Number.isInteger(days) && days > 0);
		if (!streak.hidden) {
			setText(streak, format(streak.dataset.pattern, [days]));
		}
	}

	/** The step's safety cue and the reminders of the cautions it concerns, shown only when there are any. */
	function renderSafety(step) {
		const reminders = step.reminders || [];
		root.toggleAttribute('data-safety', Boolean(step.safetyCue || reminders.length));
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

	return {
		root,
		fields,
		buttons,
		render,
		renderOutcome,

		/** Focus view on or off; it is off anyway once the session is over. */
		setFocus(on) {
			focusWanted = on;
			applyFocus(on && !root.hidden);
		},

		get detailsOpen() {
			return !fields.details.hidden;
		},

		/** Opens or closes the details panel; the countdown keeps its place on screen. */
		setDetails(open) {
			fields.details.hidden = !open;
			root.classList.toggle('details-open', open);
			buttons.details.setAttribute('aria-expanded', String(open));
			(open ? fields.details : buttons.details).focus();
		},

		/** Lets the summary take focus again when it next appears. */
		resetSummary() {
			summary.dataset.shown = '';
		},

		announce(text) {
			// Cleared first so that the same words twice are still read twice.
			fields.live.textContent = '';
			setTimeout(() => {
				fields.live.textContent = text;
			}, 50);
		},

		/** Says in the settings, plainly, whether this browser can do one of the things the player uses. */
		showAbility(name, available) {
			const item = root.querySelector(`[data-ability="${name}"]`);
			if (item) {
				item.dataset.available = available ? 'yes' : 'no';
			}
		},

		flash() {
			flash.hidden = false;
			flash.classList.remove('is-flashing');
			void flash.offsetWidth;
			flash.classList.add('is-flashing');
			setTimeout(() => {
				flash.hidden = true;
			}, 600);
		},
	};
}

/** The cue in words: side, hold or rest, rep and set, or the lead-in. */
export function phaseText(msg, seg, step) {
	let side = '';
	if (seg.side) {
		side = msg(`phase.${step.sideLying ? 'sideLying.' : ''}${seg.side === 'left' ? 'left' : 'right'}`);
	}
	const withSide = text => (side ? `${side} · ${text}` : text);
	switch (seg.kind) {
		case 'ready': return msg('phase.ready');
		case 'transition': return msg('phase.transition');
		case 'turnover': return turnWords(msg, step);
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

/** Which colour and icon a segment shows: lead-ins, turn-overs, switches, holds, rests, sides. */
function cueOf(seg) {
	switch (seg.kind) {
		case 'ready':
		case 'transition': return 'ready';
		case 'turnover': return 'turnover';
		case 'switch': return 'switch';
		case 'hold': return 'hold';
		case 'rest':
		case 'setRest': return 'rest';
		case 'untimed': return 'untimed';
		default: return seg.side || 'work';
	}
}

/** Turning over lying down; otherwise moving to the other side. */
export function turnWords(msg, step) {
	return msg(step.sideLying ? 'phase.turnover' : 'phase.otherSide');
}

function setText(element, text) {
	if (element.textContent !== text) {
		element.textContent = text;
	}
}
