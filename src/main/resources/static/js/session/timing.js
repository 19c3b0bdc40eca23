// The session clock: turns a routine's steps into timed segments and says where the
// session is at a given moment. No DOM, no timers, no Date: every method takes "now" in
// monotonic milliseconds (performance.now() in the page, a fake clock in tests), and the
// position is always computed from when the current segment started, never by counting
// ticks, so a tab that slept for minutes is exactly where the clock says.

export const DEFAULTS = Object.freeze({
	readySeconds: 5,
	transitionSeconds: 5,
	switchSeconds: 5,
	halfwayMinSeconds: 60,
	countdownFrom: 3,
	// A reload within this gap resumes as if it never happened; after a longer gap the
	// session comes back paused where it was instead of finished in the person's absence.
	maxResumeGapMs: 60_000,
});

const FORMAT_VERSION = 1;

/**
 * Expands steps into segments. A step is {timing: 'DURATION'|'REPS'|'UNTIMED',
 * durationSeconds, holdSeconds, reps, sets, restSeconds, setRestSeconds, eachSide}.
 * Segment kinds: ready, transition (lead-ins, skippable), work, hold, rest, setRest,
 * switch, untimed (waits for Next).
 */
export function buildSegments(steps, options = {}) {
	const o = { ...DEFAULTS, ...options };
	const segments = [];
	steps.forEach((step, stepIndex) => {
		const lead = stepIndex === 0
			? { kind: 'ready', seconds: o.readySeconds }
			: { kind: 'transition', seconds: o.transitionSeconds };
		if (lead.seconds > 0) {
			segments.push({ ...lead, stepIndex, lead: true, timed: true });
		}
		const sides = step.eachSide ? ['left', 'right'] : [null];
		sides.forEach((side, sideIndex) => {
			if (sideIndex === 1 && o.switchSeconds > 0) {
				segments.push({ kind: 'switch', stepIndex, side: 'right', seconds: o.switchSeconds, timed: true });
			}
			segments.push(...sideSegments(step, stepIndex, side, o));
		});
	});
	segments.forEach((segment, index) => {
		segment.index = index;
	});
	return segments;
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
			return events.concat(this.jump(this.firstMainOf(seg.stepIndex), now));
		}
		if (seg.kind === 'untimed' && this.isLastOfStep(this.index)) {
			this.completed.add(seg.stepIndex);
		}
		if (seg.kind === 'untimed' && !this.isLastOfStep(this.index)) {
			// An untimed each-side step: Next finishes this side only.
			return events.concat(this.jump(this.index + 1, now));
		}
		if (seg.stepIndex === this.steps.length - 1) {
			return events.concat(this.finish(now, 'done'));
		}
		return events.concat(this.jump(this.firstOf(seg.stepIndex + 1), now));
	}

	/** Goes back to the start of the previous step (or of the first one). */
	previous(now) {
		if (this.finished) {
			return [];
		}
		const events = this.tick(now);
		if (this.finished) {
			return events;
		}
		const target = Math.max(0, this.segment.stepIndex - 1);
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
		return events.concat(this.jump(this.firstMainOf(this.segment.stepIndex), now));
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
				if (this.isLastOfStep(this.index)) {
					this.completed.add(seg.stepIndex);
				}
				if (this.index === this.segments.length - 1) {
					events.push(...this.finish(end, 'done'));
					break;
				}
				this.enter(this.index + 1, end);
				events.push(this.segmentEvent(end, this.segments[this.index - 1].stepIndex !== this.segment.stepIndex));
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
			nextStepIndex: seg.lead ? seg.stepIndex : (seg.stepIndex + 1 < this.steps.length ? seg.stepIndex + 1 : null),
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
		const from = this.segment.stepIndex;
		this.enter(index, this.status === 'paused' ? this.pausedAt : now);
		if (this.status === 'idle') {
			return [];
		}
		return [this.segmentEvent(this.segStart, from !== this.segment.stepIndex, true)];
	}

	finish(at, status) {
		this.status = status;
		this.endedAt = at;
		this.pausedAt = null;
		return [{ type: status, at }];
	}

	segmentEvent(at, stepChanged, manual = false) {
		const seg = this.segment;
		return { type: 'segment', index: this.index, stepIndex: seg.stepIndex, kind: seg.kind, stepChanged, manual, at };
	}

	firstOf(stepIndex) {
		return this.segments.findIndex(s => s.stepIndex === stepIndex);
	}

	firstMainOf(stepIndex) {
		return this.segments.findIndex(s => s.stepIndex === stepIndex && !s.lead);
	}

	isLastOfStep(index) {
		const next = this.segments[index + 1];
		return !next || next.stepIndex !== this.segments[index].stepIndex || next.lead;
	}
}

function freshCue(options) {
	return { countdown: options.countdownFrom + 1, half: false };
}

// A saved state only applies to the same plan (same routine at the same length).
function signature(segments) {
	return segments.map(s => `${s.kind[0]}${s.seconds}`).join('');
}
