// Finished sessions' reports that could not be sent (no connection), kept in IndexedDB until
// they can be. Each is keyed by its run id, which the server also keys records by: a report
// sent twice (by the player, by another page, by the service worker's background sync) is
// recorded once. Used by pages and by the service worker (/sw.js) alike.

const DATABASE = 'unknot-offline';
const REPORTS = 'reports';

function open() {
	return new Promise((resolve, reject) => {
		const opening = indexedDB.open(DATABASE, 1);
		opening.onupgradeneeded = () => opening.result.createObjectStore(REPORTS, { keyPath: 'runId' });
		opening.onsuccess = () => resolve(opening.result);
		opening.onerror = () => reject(opening.error);
	});
}

async function inStore(mode, use) {
	const database = await open();
	try {
		return await new Promise((resolve, reject) => {
			const transaction = database.transaction(REPORTS, mode);
			const request = use(transaction.objectStore(REPORTS));
			transaction.oncomplete = () => resolve(request.result);
			transaction.onerror = () => reject(transaction.error);
		});
	} finally {
		database.close();
	}
}

/**
 * Keeps a report to send later.
 * @param report { runId, url, body, csrfHeader, csrfToken }: where and what to post, with the
 *               CSRF token of the page that made it (valid while that browser session lasts)
 */
export function queueReport(report) {
	return inStore('readwrite', store => store.put(report));
}

export function forgetReport(runId) {
	return inStore('readwrite', store => store.delete(runId));
}

/** Sends every kept report; rejects when the connection is still missing, so a sync retries. */
export async function sendQueued() {
	const waiting = await inStore('readonly', store => store.getAll());
	for (const report of waiting) {
		// Without a connection this rejects, and the rest wait with it.
		const response = await fetch(report.url, {
				method: 'POST',
			credentials: 'same-origin',
			headers: {
				'Content-Type': 'application/json',
				Accept: 'application/json',
				[report.csrfHeader]: report.csrfToken,
			},
			body: JSON.stringify(report.body),
		});
		// Kept for later when signed out (401), with a token that no longer holds (403) or a
		// server in trouble (5xx); any other answer is final: recorded, or never recordable.
		if (response.status !== 401 && response.status !== 403 && response.status < 500) {
			await forgetReport(report.runId);
		}
	}
}
