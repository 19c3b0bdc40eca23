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
 * @param report { runId, url, body, owner, csrfHeader, csrfToken }: where and what to post,
 *               whom it is for (the page's owner mark) and the CSRF token of the page that
 *               made it (valid while that browser session lasts)
 */
export function queueReport(report) {
	return inStore('readwrite', store => store.put(report));
}

export function forgetReport(runId) {
	return inStore('readwrite', store => store.delete(runId));
}

/** Signed out, or the browser session the token belonged to is over: kept until sign-in. */
function signInNeeded(response) {
	return response.status === 401 || response.status === 403 || response.type === 'opaqueredirect';
}

/** The server could not take it now; it may later. */
function later(response) {
	return response.status === 408 || response.status === 429 || response.status >= 500;
}

/**
 * Sends every kept report that may be sent from here; rejects when the connection is still
 * missing, so a sync retries.
 * @param page { owner, csrfHeader, csrfToken } of the page sending, or nothing (the service
 *             worker). A page sends only the reports of whom it is for, with its own token,
 *             which holds for this browser session whatever became of the report's; the
 *             worker sends each with the token kept with it, which records it only in the
 *             browser session it was made in.
 * @returns { sent, refused, waiting }: how many the server recorded, refused for good (and
 *          so are forgotten) and how many wait for their person to sign in
 */
export async function sendQueued(page) {
	const outcome = { sent: 0, refused: 0, waiting: 0 };
	const kept = await inStore('readonly', store => store.getAll());
	for (const report of kept) {
		// Reports kept before they named their person go with their own token, as before.
		const ours = page && report.owner === page.owner && page.csrfToken;
		if (page && report.owner !== undefined && !ours) {
			outcome.waiting++;
			continue;
		}
		const token = ours ? page : report;
		// Without a connection this rejects, and the rest wait with it.
		const response = await fetch(report.url, {
			method: 'POST',
			credentials: 'same-origin',
			// A redirect would be to the sign-in page, whose "200" records nothing.
			redirect: 'manual',
			headers: {
				'Content-Type': 'application/json',
				Accept: 'application/json',
				[token.csrfHeader]: token.csrfToken,
			},
			body: JSON.stringify(report.body),
		});
		if (response.ok) {
			outcome.sent++;
		} else if (signInNeeded(response)) {
			outcome.waiting++;
			continue;
		} else if (later(response)) {
			continue;
		} else {
			// Refused as it is (invalid, or another account's run): sending it again would not help.
			outcome.refused++;
		}
		await forgetReport(report.runId);
	}
	return outcome;
}
