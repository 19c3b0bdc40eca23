// Eyes-closed mode with the screen off, as far as the browser allows: a silent sound loop
// keeps the page counted as playing media, and the Media Session API names the step on the
// lock screen and lets its buttons and a headset's pause, resume and skip.

export function lockScreenAvailable() {
	return 'mediaSession' in navigator && typeof window.MediaMetadata === 'function';
}

/**
 * @param audio    the looping silent <audio> element of the page
 * @param handlers {play, pause, next, previous}: what the lock screen's buttons do
 */
export function createLockScreen(audio, handlers) {
	const session = lockScreenAvailable() ? navigator.mediaSession : null;
	let shown = '';
	if (session) {
		const actions = { play: handlers.play, pause: handlers.pause, nexttrack: handlers.next, previoustrack: handlers.previous };
		for (const [action, handler] of Object.entries(actions)) {
			try {
				session.setActionHandler(action, () => handler());
			} catch {
				// An action this browser does not know: the others still work.
			}
		}
	}
	return {
		/**
		 * Plays the loop while the session runs in eyes-closed mode and names the step; stops it
		 * otherwise. Starting needs a tap, so the first call comes from Start or Resume.
		 */
		update(active, running, title, detail, album) {
			if (!active) {
				if (!audio.paused) {
					audio.pause();
				}
				return;
			}
			if (running && audio.paused) {
				audio.play().catch(() => {});
			} else if (!running && !audio.paused) {
				audio.pause();
			}
			if (!session) {
				return;
			}
			session.playbackState = running ? 'playing' : 'paused';
			const label = `${title}|${detail}`;
			if (label !== shown) {
				shown = label;
				session.metadata = new window.MediaMetadata({ title, artist: detail, album });
			}
		},
	};
}
