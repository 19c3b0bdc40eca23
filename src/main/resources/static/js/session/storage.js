// What the player keeps in the browser: the person's sound and display preferences in
// localStorage (for every routine), and the running session in sessionStorage (this tab only),
// so a reload goes on where it was. Storage that is off or full never stops the session.

import { Session } from './timing.js';

const PREFS_KEY = 'unknot.player.prefs';
const DEFAULT_PREFS = { muted: false, volume: 60, speech: false, flash: false, pacer: true };

export function loadPrefs() {
	try {
		return { ...DEFAULT_PREFS, ...JSON.parse(localStorage.getItem(PREFS_KEY)) };
	} catch {
		return { ...DEFAULT_PREFS };
	}
}

export function savePrefs(prefs) {
	try {
		localStorage.setItem(PREFS_KEY, JSON.stringify(prefs));
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
