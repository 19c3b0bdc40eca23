// The session clock: turns a routine's steps into timed segments and says where the
// session is at a given moment. No DOM, no timers, no Date: every method takes "now" in
// monotonic milliseconds (performance.now() in the page, a fake clock in tests), and the
// position is always computed from when the current segment started, never by counting
// ticks, so a tab that slept for minutes is exactly where the clock says.

export const DEFAULTS = Object.freeze({
	readySeconds: 5,
	transitionSeconds: 5,
	switchSeconds: 5,
	turnoverSeconds: 15,
	halfwayMinSeconds: 60,
	countdownFrom: 3,
	// A reload within this gap resumes as if it never happened; after a longer gap the
	// session comes back paused where it was instead of finished in the person's absence.
	maxResumeGapMs: 60_000,
});

// 2: segments belong to units (side blocks, turn-overs); the signature names kinds in full.
const FORMAT_VERSION = 2;

/**
 * Expands steps into segments. A step is {timing: 'DURATION'|'REPS'|'UNTIMED',
 * durationSeconds, holdSeconds, reps, sets, restSeconds, setRestSeconds, eachSide, sideBlock}.
 * Segment kinds: ready, transition and turnover (lead-ins, skippable), work, hold, rest,
 * setRest, switch, untimed (waits for Next).
 *
 * Segments are grouped in units: what Next, Previous and Restart step move between. A unit is
 * one step with its lead-in, both sides of an each-side step included, except in a side block:
 * consecutive each-side steps marked sideBlock run all on the first side, then, after a
 * turn-over, all on the second side, and each side of each step is a unit of its own. The
 * last segment of a step's last unit is marked `closes`: when it ends the step is done.
 */
export function buildSegments(steps, options = {}) {
	const o = { ...DEFAULTS, ...options };
	const segments = [];
	units(steps).forEach((unit, unitIndex) => {
		const { stepIndex } = unit;
		let lead = { kind: 'transition', seconds: o.transitionSeconds };
		if (unitIndex === 0) {
			lead = { kind: 'ready', seconds: o.readySeconds };
		} else if (unit.turnover) {
			lead = { kind: 'turnover', seconds: o.turnoverSeconds };
		}
		const own = [];
		if (lead.seconds > 0) {
			own.push({ ...lead, stepIndex, lead: true, timed: true });
		}
		unit.sides.forEach((side, sideIndex) => {
			if (sideIndex === 1 && o.switchSeconds > 0) {
				own.push({ kind: 'switch', stepIndex, side: 'right', seconds: o.switchSeconds, timed: true });
			}
			own.push(...sideSegments(steps[stepIndex], stepIndex, side, o));
		});
		own.forEach(segment => segments.push({ ...segment, unit: unitIndex }));
	});
	const closed = new Set();
	for (let i = segments.length - 1; i >= 0; i--) {
		if (!segments[i].lead && !closed.has(segments[i].stepIndex)) {
			closed.add(segments[i].stepIndex);
			segments[i].closes = true;
		}
	}
	segments.forEach((segment, index) => {
		segment.index = index;
	});
	return segments;
}

function inSideBlock(step) {
	return Boolean(step.eachSide && step.sideBlock);
}

/** The steps in running order: {stepIndex, sides, turnover}, one per unit. */
function units(steps) {
	const out = [];
	let i = 0;
	while (i < steps.length) {
		if (!inSideBlock(steps[i])) {
			out.push({ stepIndex: i, sides: steps[i].eachSide ? ['left', 'right'] : [null], turnover: false });
			i++;
			continue;
		}
		let end = i;
		while (end + 1 < steps.length && inSideBlock(steps[end + 1])) {
			end++;
		}
		for (const side of ['left', 'right']) {
			for (let k = i; k <= end; k++) {
				out.push({ stepIndex: k, sides: [side], turnover: side === 'right' && k === i });
			}
		}
		i = end + 1;
	}
	return out;
}

function sideSegments(step, stepIndex, side, o) {
	if (step.timing === 'UNTIMED') {
		return [{ kind: 'untimed', stepIndex, side, seconds: step.durationSeconds, timed: false }];
	}
	if (step.timing !== 'REPS') {
		return [{
			kind: 'work', stepIndex, side, seconds: step.durationSeconds, timed: true,
			halfway: step.durationSeconds >= o.halfwayMinSeconds,
		}];
	}
	const out = [];
	const sets = step.sets || 1;
	for (let set = 1; set <= sets; set++) {
		for (let rep = 1; rep <= step.reps; rep++) {
			const label = { rep, reps: step.reps, set, sets };
			out.push({ kind: 'hold', stepIndex, side, seconds: step.holdSeconds, timed: true, ...label });
			if (rep < step.reps && step.restSeconds > 0) {
				out.push({ kind: 'rest', stepIndex, side, seconds: step.restSeconds, timed: true, ...label });
			}
		}
		if (set < sets && step.setRestSeconds > 0) {
			out.push({ kind: 'setRest', stepIndex, side, seconds: step.setRestSeconds, timed: true,
				rep: step.reps, reps: step.reps, set, sets });
		}
	}
	return out;
}

/** Seconds shown for a remaining time: rounded up, so "0" only appears when time is up. */
export function displaySeconds(ms) {
	return Math.max(0, Math.ceil(Math.round(ms) / 1000));
}

/** "m:ss" for whole seconds. */
export function clock(seconds) {
	const s = Math.max(0, Math.floor(seconds));
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * One person's run through a routine. Status: idle → running ⇄ paused → done (ran or
 * was skipped to the end) or ended (End session / pain stop).
 */
export class Session {

	constructor(steps, options = {}) {
		this.options = { ...DEFAULTS, ...options };
		this.steps = steps;
		this.segments = buildSegments(steps, this.options);
		this.status = 'idle';
		this.index = 0;
		this.segStart = 0;
		this.extraMs = 0;
		this.startedAt = null;
		this.pausedAt = null;
		this.pausedMs = 0;
		this.endedAt = null;
		this.completed = new Set();
		this.cue = freshCue(this.options);
	}

	get segment() {
		return this.segments[this.index];
	}

	get running() {
		return this.status === 'running';
	}

	get finished() {
		return this.status === 'done' || this.status === 'ended';
	}

	start(now) {
		if (this.status !== 'idle') {
			return [];
		}
		this.status = 'running';
		this.startedAt = now;
		this.segStart = now;
		return [this.segmentEvent(now, true)];
	}

	pause(now) {
		if (this.status === 'running') {
			const events = this.tick(now);
			if (this.status === 'running') {
				this.status = 'paused';
				this.pausedAt = now;
			}
			return events;
		}
		return [];
	}

	resume(now) {
		if (this.status !== 'paused') {
			return [];
		}
		const held = now - this.pausedAt;
		this.segStart += held;
		this.pausedMs += held;
		this.pausedAt = null;
		this.status = 'running';
		return [];
	}

	/** Skips a lead-in, or moves on to the next step (completing an untimed one). */
	next(now) {
		if (this.finished) {
			return [];
		}
		const events = this.tick(now);
		if (this.finished) {
			return events;
		}
		const seg = this.segment;
		if (seg.lead) {
			return events.concat(this.jump(this.firstMainOf(seg.unit), now));
		}
		if (seg.kind === 'untimed' && !this.isLastOfUnit(this.index)) {
			// An untimed each-side step: Next finishes this side only.
			return events.concat(this.jump(this.index + 1, now));
		}
		if (seg.kind === 'untimed' && seg.closes) {
			this.completed.add(seg.stepIndex);
		}
		if (seg.unit === this.lastUnit()) {
			return events.concat(this.finish(now, 'done'));
		}
		return events.concat(this.jump(this.firstOf(seg.unit + 1), now));
	}

	/** Goes back to the start of the previous step, or side in a side block (or of the first one). */
	previous(now) {
		if (this.finished) {
			return [];
		}
		const events = this.tick(now);
		if (this.finished) {
			return events;
		}
		const target = Math.max(0, this.segment.unit - 1);
		return events.concat(this.jump(this.firstMainOf(target), now));
	}

	restartStep(now) {
		if (this.finished) {
			return [];
		}
		const events = this.tick(now);
		if (this.finished) {
			return events;
		}
		return events.concat(this.jump(this.firstMainOf(this.segment.unit), now));
	}

	/** "+15 s": stay longer in the current segment. The totals follow. */
	extend(now, seconds = 15) {
		if (this.finished) {
			return [];
		}
		const events = this.tick(now);
		if (!this.finished && this.segment.timed) {
			this.extraMs += seconds * 1000;
			this.cue = { ...freshCue(this.options), half: this.cue.half };
		}
		return events;
	}

	end(now) {
		if (this.finished) {
			return [];
		}
		const events = this.status === 'running' ? this.tick(now) : [];
		if (this.finished) {
			return events;
		}
		return events.concat(this.finish(this.status === 'paused' ? this.pausedAt : now, 'ended'));
	}

	/**
	 * Brings the session up to "now" and returns what happened since the last call: every
	 * segment that ended (late ones flagged, so the page can stay quiet about old news), the
	 * latest 3-2-1 tick and the halfway point of the current segment, each exactly once.
	 */
	tick(now) {
		const events = [];
		if (this.status === 'idle') {
			return events;
		}
		const ref = this.status === 'paused' ? this.pausedAt : now;
		while (this.status === 'running' || this.status === 'paused') {
			const seg = this.segment;
			if (!seg.timed) {
				break;
			}
			const end = this.segStart + this.durationMs();
			if (ref >= end) {
				events.push({ type: 'end', index: this.index, stepIndex: seg.stepIndex, kind: seg.kind,
					at: end, late: ref - end });
				if (seg.closes) {
					this.completed.add(seg.stepIndex);
				}
				if (this.index === this.segments.length - 1) {
					events.push(...this.finish(end, 'done'));
					break;
				}
				this.enter(this.index + 1, end);
				events.push(this.segmentEvent(end, this.segments[this.index - 1].unit !== this.segment.unit));
				continue;
			}
			const elapsed = ref - this.segStart;
			if (seg.halfway && !this.cue.half && elapsed * 2 >= this.durationMs()) {
				this.cue.half = true;
				events.push({ type: 'halfway', index: this.index, stepIndex: seg.stepIndex, at: this.segStart + this.durationMs() / 2 });
			}
			const shown = displaySeconds(end - ref);
			const total = Math.ceil(this.durationMs() / 1000);
			if (shown <= this.options.countdownFrom && shown < total && shown < this.cue.countdown) {
				this.cue.countdown = shown;
				events.push({ type: 'countdown', value: shown, index: this.index, at: end - shown * 1000 });
			}
			break;
		}
		return events;
	}

	/** Everything the page shows, as plain data. */
	view(now) {
		const ref = this.refTime(now);
		const seg = this.segment;
		const durationMs = this.durationMs();
		let remainingMs = null;
		let segElapsedMs = 0;
		if (this.status === 'idle') {
			remainingMs = seg.timed ? durationMs : null;
		} else if (this.finished) {
			remainingMs = 0;
			segElapsedMs = durationMs;
		} else {
			segElapsedMs = Math.max(0, ref - this.segStart);
			remainingMs = seg.timed ? Math.max(0, durationMs - segElapsedMs) : null;
		}
		const elapsedMs = this.elapsedMs(now);
		let aheadMs = 0;
		if (!this.finished) {
			for (let i = this.index + 1; i < this.segments.length; i++) {
				aheadMs += this.segments[i].seconds * 1000;
			}
			aheadMs += seg.timed ? remainingMs : Math.max(0, seg.seconds * 1000 - segElapsedMs);
		}
		const following = this.segments.find(s => s.unit === seg.unit + 1);
		return {
			status: this.status,
			index: this.index,
			segment: { ...seg },
			stepIndex: seg.stepIndex,
			stepNumber: seg.stepIndex + 1,
			stepCount: this.steps.length,
			segmentSeconds: Math.round(durationMs / 1000),
			remainingMs,
			remainingSeconds: remainingMs === null ? null : displaySeconds(remainingMs),
			progress: seg.timed ? Math.min(1, segElapsedMs / durationMs) : null,
			elapsedMs,
			elapsedSeconds: Math.floor(elapsedMs / 1000),
			totalMs: elapsedMs + aheadMs,
			totalSeconds: Math.round((elapsedMs + aheadMs) / 1000),
			// What comes after this step (or side, in a side block), and whether a turn-over leads to it.
			nextStepIndex: following ? following.stepIndex : null,
			nextTurnover: Boolean(following && following.kind === 'turnover'),
			completed: [...this.completed].sort((a, b) => a - b),
			skipped: this.steps.map((_, i) => i).filter(i => !this.completed.has(i)),
		};
	}

	/** Time spent in the session so far, pauses excluded. */
	elapsedMs(now) {
		if (this.startedAt === null) {
			return 0;
		}
		const ref = this.finished ? this.endedAt : this.refTime(now);
		return Math.max(0, ref - this.startedAt - this.pausedMs);
	}

	/** Plain data for sessionStorage: times relative to "now", plus the wall clock to measure a reload's gap. */
	toJSON(now, wallNow) {
		const ref = this.refTime(now);
		return {
			v: FORMAT_VERSION,
			signature: signature(this.segments),
			status: this.status,
			index: this.index,
			segElapsedMs: this.status === 'idle' ? 0 : (this.finished ? 0 : ref - this.segStart),
			extraMs: this.extraMs,
			elapsedMs: this.elapsedMs(now),
			completed: [...this.completed],
			cue: { ...this.cue },
			savedAt: wallNow,
		};
	}

	/** Rebuilds a session saved by toJSON; null when the data does not fit these steps. */
	static restore(steps, data, now, wallNow, options = {}) {
		const session = new Session(steps, options);
		if (!data || data.v !== FORMAT_VERSION || data.signature !== signature(session.segments)
			|| !Number.isInteger(data.index) || data.index < 0 || data.index >= session.segments.length) {
			return null;
		}
		if (data.status === 'idle') {
			return session;
		}
		const gap = Math.max(0, wallNow - data.savedAt) || 0;
		let status = data.status;
		if (status === 'running' && gap > session.options.maxResumeGapMs) {
			status = 'paused';
		}
		const away = status === 'running' ? gap : 0;
		session.index = data.index;
		session.extraMs = data.extraMs || 0;
		session.completed = new Set(data.completed || []);
		session.cue = { ...freshCue(session.options), ...data.cue };
		session.pausedMs = 0;
		session.startedAt = now - away - data.elapsedMs;
		session.segStart = now - away - data.segElapsedMs;
		session.status = status;
		if (status === 'paused') {
			session.pausedAt = now;
		} else if (session.finished) {
			session.endedAt = session.startedAt + data.elapsedMs;
		}
		return session;
	}

	// --- internals ---

	durationMs() {
		return this.segment.seconds * 1000 + this.extraMs;
	}

	refTime(now) {
		return this.status === 'paused' ? this.pausedAt : now;
	}

	enter(index, at) {
		this.index = index;
		this.segStart = at;
		this.extraMs = 0;
		this.cue = freshCue(this.options);
	}

	jump(index, now) {
		const from = this.segment.unit;
		this.enter(index, this.status === 'paused' ? this.pausedAt : now);
		if (this.status === 'idle') {
			return [];
		}
		return [this.segmentEvent(this.segStart, from !== this.segment.unit, true)];
	}

	finish(at, status) {
		this.status = status;
		this.endedAt = at;
		this.pausedAt = null;
		return [{ type: status, at }];
	}

	segmentEvent(at, unitChanged, manual = false) {
		const seg = this.segment;
		return { type: 'segment', index: this.index, stepIndex: seg.stepIndex, unit: seg.unit, kind: seg.kind,
			unitChanged, manual, at };
	}

	firstOf(unit) {
		return this.segments.findIndex(s => s.unit === unit);
	}

	firstMainOf(unit) {
		return this.segments.findIndex(s => s.unit === unit && !s.lead);
	}

	lastUnit() {
		return this.segments[this.segments.length - 1].unit;
	}

	isLastOfUnit(index) {
		const next = this.segments[index + 1];
		return !next || next.unit !== this.segments[index].unit;
	}
}

function freshCue(options) {
	return { countdown: options.countdownFrom + 1, half: false };
}

// A saved state only applies to the same plan (same routine at the same length).
function signature(segments) {
	return segments.map(s => `${s.kind}${s.seconds}@${s.stepIndex}`).join(',');
}
