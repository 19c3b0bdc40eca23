// Keeps the screen on while the timer runs, where the browser offers the Screen Wake Lock API.

export function createWakeLock() {
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

export function wakeLockAvailable() {
	return 'wakeLock' in navigator;
}
