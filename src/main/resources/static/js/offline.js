// On every page: installs the service worker (/sw.js), which keeps routines' sessions for
// offline use, tells it whom the pages are for now (it saves the kept sessions again for
// someone else), sends reports of sessions finished offline once there is a connection and
// says what became of them, and wires the routine page's "Save for offline" button. Without
// service workers the button stays hidden and sessions need a connection, as before.
import { sendQueued } from './offline-queue.js';

const page = document.querySelector('[data-offline-reports]');

function tell(outcome) {
	// What was sent or refused stays said; "waiting" goes once nothing waits. Only signed-out
	// pages have it: a report waiting for someone else's sign-in is not this person's business.
	page.querySelectorAll('[data-reports]').forEach(notice => {
		const count = outcome[notice.dataset.reports];
		if (count > 0 || notice.dataset.reports === 'waiting') {
			notice.hidden = !(count > 0);
		}
	});
}

function sendWaiting() {
	if ('indexedDB' in window && page) {
		sendQueued({ owner: page.dataset.owner, csrfHeader: page.dataset.csrfHeader, csrfToken: page.dataset.csrfToken })
			.then(tell)
			.catch(() => {});
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
		.then(registration => {
			if (page) {
				registration.active.postMessage({ owner: page.dataset.owner });
			}
			offerSaving(registration);
		})
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
