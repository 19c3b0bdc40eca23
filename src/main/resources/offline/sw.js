// Unknot's service worker (served as /sw.js; the server fills in the version and the queue
// module's address). It keeps what a routine's session needs offline and replays it; it
// decides nothing about safety. Offline, the safety check's answers are answered with the
// page the server rendered for exactly those answers (GET /routines/{slug}/session/answers),
// or, for answers it holds no page for, the server's "do not start" page of a question
// answered yes whose "yes" blocks, or else a page saying the answers could not be checked:
// never the player.
import { sendQueued } from '__QUEUE_MODULE__';

const PREFIX = 'unknot-offline-';
const CACHE = PREFIX + '__VERSION__';
const DAY = 24 * 60 * 60 * 1000;
const SESSION = /^\/routines\/[^/]+\/session$/;
const PACK = /^\/routines\/[^/]+\/session\/offline$/;
// The check's forms: the answers, and the clearance that only the server can confirm.
const CHECK_FORM = /^\/routines\/([^/]+)\/session(\/clearance)?$/;
// Versioned addresses: /css/unknot-<hash>.css, /js/v<hash>/..., /audio/silence-<hash>.wav.
const ASSET = /^\/(?:v[0-9a-f]+\/)?(?:css|js|audio)\//;
const ASSETS_IN_PAGE = /(?:href|src)="(\/(?:v[0-9a-f]+\/)?(?:css|js|audio)\/[^"]+)"/g;

self.addEventListener('install', () => self.skipWaiting());

// Saved routines move into the new cache (their pages and versioned assets still belong
// together); the old caches go.
self.addEventListener('activate', event => {
	event.waitUntil((async () => {
		const current = await caches.open(CACHE);
		for (const name of await caches.keys()) {
			if (name.startsWith(PREFIX) && name !== CACHE) {
				const old = await caches.open(name);
				for (const request of await old.keys()) {
					await current.put(request, await old.match(request));
				}
				await caches.delete(name);
			}
		}
		await self.clients.claim();
	})());
});

/** The server has no pack for this address (any more), as opposed to no connection. */
class PackGone extends Error {}

// Saves under way by pack address: a button, a visit and a new owner may ask at once.
const saving = new Map();

/** Keeps everything a routine's offline pack names; the pack itself last, as the mark that all is there. */
function save(packUrl) {
	const address = new URL(packUrl, self.location.origin).href;
	if (!saving.has(address)) {
		saving.set(address, saveNow(address).finally(() => saving.delete(address)));
	}
	return saving.get(address);
}

async function saveNow(packUrl) {
	const answer = await fetch(packUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
	if (!answer.ok) {
		throw new PackGone(answer.status);
	}
	const pack = await answer.clone().json();
	const cache = await caches.open(CACHE);
	const assets = new Set(pack.assets);
	for (const page of pack.pages) {
		const response = await fetch(page, { credentials: 'same-origin' });
		if (!response.ok) {
			throw new Error('Not kept: ' + page);
		}
		for (const found of (await response.clone().text()).matchAll(ASSETS_IN_PAGE)) {
			assets.add(found[1]);
		}
		await cache.put(page, response);
	}
	for (const asset of assets) {
		if (!(await cache.match(asset))) {
			const response = await fetch(asset);
			if (!response.ok) {
				throw new Error('Not kept: ' + asset);
			}
			await cache.put(asset, response);
		}
	}
	await cache.put(packUrl, answer);
}

/**
 * The kept pages follow whom the pages are for now (each page names it, and so does each
 * pack): a routine saved signed out would otherwise play signed out after sign-in, its
 * session missing from the person's history, and one saved signed in would keep that
 * person's answers after their sign-in expired. Such packs are saved again for the owner
 * now; one the server no longer has is forgotten; without a connection they stay as they are.
 */
async function follow(owner) {
	// Opening would make an empty cache, and signing out just deleted them all.
	if (!(await caches.has(CACHE))) {
		return;
	}
	const cache = await caches.open(CACHE);
	for (const request of await cache.keys()) {
		if (!PACK.test(new URL(request.url).pathname)) {
			continue;
		}
		const pack = await (await cache.match(request)).json();
		if (pack.owner === owner) {
			continue;
		}
		try {
			await save(request.url);
		} catch (failure) {
			if (failure instanceof PackGone) {
				await Promise.all([request.url, ...pack.pages].map(page => cache.delete(page)));
			}
		}
	}
}

/** Kept on a visit when not kept yet or kept over a day ago: a visit should not cost a save each time. */
async function keepFresh(packUrl) {
	const pack = await kept(packUrl);
	if (!pack || !(Date.now() - Date.parse(pack.headers.get('date')) < DAY)) {
		await save(packUrl);
	}
}

function kept(url) {
	return caches.match(url, { cacheName: CACHE, ignoreVary: true });
}

function packAddress(slug, minutes) {
	return '/routines/' + slug + '/session/offline' + (minutes ? '?minutes=' + encodeURIComponent(minutes) : '');
}

/** The safety check's form sent offline: the server's page for these answers, never a guess. */
async function answerOffline(request) {
	const [, slug, clearance] = new URL(request.url).pathname.match(CHECK_FORM);
	const form = await request.formData();
	const minutes = form.get('minutes');
	const packResponse = await kept(packAddress(slug, minutes));
	if (!packResponse) {
		return Response.error();
	}
	const pack = await packResponse.json();
	const unchecked = () => kept(pack.unchecked).then(page => page || Response.error());
	if (clearance) {
		return unchecked();
	}
	const answers = pack.questions.map(code => [code, form.get('answer-' + code)]);
	if (answers.some(([, answer]) => answer !== 'yes' && answer !== 'no')) {
		return unchecked();
	}
	const query = new URLSearchParams();
	if (minutes) {
		query.append('minutes', minutes);
	}
	answers.forEach(([code, answer]) => query.append('answer-' + code, answer));
	const exact = await kept(pack.answers + '?' + query);
	if (exact) {
		return exact;
	}
	// The most serious first: the server lists urgent ones, then "do not start", then "ask first".
	const blocking = Object.keys(pack.stop).find(code => form.get('answer-' + code) === 'yes');
	const stopPage = blocking && (await kept(pack.stop[blocking]));
	return stopPage || unchecked();
}

/** Pages from the network while there is one (kept copies refreshed); offline, the kept copy. */
async function page(event, url) {
	try {
		const response = await fetch(event.request);
		if (response.ok && SESSION.test(url.pathname)) {
			// Visiting a session keeps it for offline use.
			const slug = url.pathname.match(CHECK_FORM)[1];
			event.waitUntil(keepFresh(packAddress(slug, url.searchParams.get('minutes'))).catch(() => {}));
		} else if (response.ok && (await kept(event.request))) {
			const cache = await caches.open(CACHE);
			event.waitUntil(cache.put(event.request, response.clone()));
		}
		return response;
	} catch (offline) {
		// A session's address offline always starts at the safety check, never at a player.
		const copy = await kept(SESSION.test(url.pathname) ? url.pathname + '/check' + url.search : event.request);
		if (copy) {
			return copy;
		}
		throw offline;
	}
}

self.addEventListener('fetch', event => {
	const request = event.request;
	const url = new URL(request.url);
	if (url.origin !== self.location.origin) {
		return;
	}
	if (request.method === 'POST' && request.mode === 'navigate' && CHECK_FORM.test(url.pathname)) {
		const copy = request.clone();
		event.respondWith(fetch(request).catch(() => answerOffline(copy)));
	} else if (request.method === 'GET' && ASSET.test(url.pathname)) {
		event.respondWith(kept(request).then(copy => copy || fetch(request)));
	} else if (request.method === 'GET' && request.mode === 'navigate') {
		event.respondWith(page(event, url));
	}
});

// "Save for offline" on the routine page: answers { saved: true|false } on the port given.
// Every page: { owner } says whom the pages are for now.
self.addEventListener('message', event => {
	if (event.data && typeof event.data.owner === 'string') {
		event.waitUntil(follow(event.data.owner).catch(() => {}));
	} else if (event.data && typeof event.data.save === 'string' && event.ports[0]) {
		const reply = event.ports[0];
		event.waitUntil(save(event.data.save).then(() => reply.postMessage({ saved: true }),
			() => reply.postMessage({ saved: false })));
	}
});

self.addEventListener('sync', event => {
	if (event.tag === 'unknot-reports') {
		event.waitUntil(sendQueued());
	}
});
