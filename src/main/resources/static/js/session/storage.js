// What the player keeps in the browser: the person's sound and display preferences in
// localStorage (for every routine), and the running session in sessionStorage (this tab only),
// so a reload goes on where it was. Storage that is off or full never stops the session.

import { Session } from './timing.js';

const PREFS_KEY = 'unknot.player.prefs';
const DEFAULT_PREFS = { muted: false, volume: 60, speech: false, eyesClosed: false, flash: false, pacer: true };
// One routine's own sound profile ("quiet"), kept apart from the preferences for all.
const routineKey = slug => `unknot.player.routine.${slug}`;
const DEFAULT_PROFILE = { quiet: false };

export function loadPrefs() {
	return readLocal(PREFS_KEY, DEFAULT_PREFS);
}

export function savePrefs(prefs) {
	writeLocal(PREFS_KEY, prefs);
}

export function loadRoutineProfile(slug) {
	return readLocal(routineKey(slug), DEFAULT_PROFILE);
}

export function saveRoutineProfile(slug, profile) {
	writeLocal(routineKey(slug), profile);
}

function readLocal(key, defaults) {
	try {
		return { ...defaults, ...JSON.parse(localStorage.getItem(key)) };
	} catch {
		return { ...defaults };
	}
}

function writeLocal(key, value) {
	try {
		localStorage.setItem(key, JSON.stringify(value));
	} catch {
		// Preferences then last for this page only.
	}
}

/** The saved session of this plan, or null: {session, pain, run}. */
export function restoreSession(data, now) {
	try {
		const saved = JSON.parse(sessionStorage.getItem(data.storageKey));
		const session = saved && Session.restore(data.steps, saved.state, now, Date.now(), data.options);
		if (session) {
			return { session, pain: Boolean(saved.pain), run: saved.run };
		}
	} catch {
		// Storage off or unreadable: start afresh.
	}
	return null;
}

export function saveSession(data, session, pain, run, now) {
	try {
		sessionStorage.setItem(data.storageKey, JSON.stringify({ state: session.toJSON(now, Date.now()), pain, run }));
	} catch {
		// Private mode or full storage: the session still runs, it just will not survive a reload.
	}
}
