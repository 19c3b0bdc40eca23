// On every page: installs the service worker (/sw.js), which keeps routines' sessions for
// offline use, sends reports of sessions finished offline once there is a connection, and
// wires the routine page's "Save for offline" button. Without service workers the button
// stays hidden and sessions need a connection, as before.
import { sendQueued } from './offline-queue.js';

function sendWaiting() {
	if ('indexedDB' in window) {
		sendQueued().catch(() => {});
	}
}

function offerSaving(registration) {
	document.querySelectorAll('[data-offline-save]').forEach(offer => {
		const button = offer.querySelector('button');
		const status = offer.querySelector('[role="status"]');
		offer.hidden = false;
		button.addEventListener('click', () => {
			button.disabled = true;
			status.textContent = offer.dataset.saving;
			const channel = new MessageChannel();
			channel.port1.onmessage = event => {
				status.textContent = event.data.saved ? offer.dataset.saved : offer.dataset.failed;
				offer.dataset.state = event.data.saved ? 'saved' : 'failed';
				button.disabled = false;
			};
			registration.active.postMessage({ save: offer.dataset.pack }, [channel.port2]);
		});
	});
}

if ('serviceWorker' in navigator) {
	navigator.serviceWorker
		.register('/sw.js', { type: 'module', scope: '/' })
		.then(() => navigator.serviceWorker.ready)
		.then(offerSaving)
		.catch(() => {});
}
// Signing out forgets the kept sessions: a signed-in person's pages hold their safety
// profile's answers, which the next person on this device must not find offline.
document.querySelectorAll('form.nav-form').forEach(signOut => {
	signOut.addEventListener('submit', event => {
		if (!('caches' in window) || signOut.dataset.forgotten) {
			return;
		}
		event.preventDefault();
		caches.keys()
			.then(names => Promise.all(names.filter(name => name.startsWith('unknot-offline-')).map(name => caches.delete(name))))
			.catch(() => {})
			.finally(() => {
				signOut.dataset.forgotten = 'true';
				signOut.requestSubmit();
			});
	});
});

sendWaiting();
window.addEventListener('online', sendWaiting);
