package app.unknot.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The public pages as last rendered for visitors who are not signed in, kept in memory
 * for {@link PublicPageCaching#MAX_AGE}. Rendering a routine page anew for every visitor
 * spent most of its time in templates and expressions, though the page only changes when
 * an administrator edits the catalog.
 * <p>
 * That edit ({@link PublicPagesChanged}) empties this instance once it is committed, and
 * moves the catalog's version (table {@code catalog_version}) on in the same transaction.
 * Every instance reads that version at most once per
 * {@code unknot.public-pages.check-every} (2 s by default) while it serves kept pages,
 * and drops them all when it has moved: an edit on one instance reaches the pages every
 * other instance sends within that time.
 * <p>
 * The same goes for the parts of signed-in pages that are the same for everyone who may
 * see them ({@link #fragment}): a signed-in page is rendered for its reader every time,
 * but may splice in such a part rendered before.
 */
@Component
public class RenderedPages {

	/** Bytes kept at most: a few hundred pages and some sheet PDFs. */
	static final long MAX_BYTES = 32L * 1024 * 1024;

	private final Cache<Key, Page> pages = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.weigher((Key key, Page page) -> page.body().length + 512)
		.expireAfterWrite(PublicPageCaching.MAX_AGE)
		.build();

	/**
	 * Everything a public page may depend on besides the catalog: the address as asked
	 * (scheme and host reach the sheet's printed link), and the language chosen or asked
	 * for and the country asked for (the sheet's default paper size follows the country),
	 * as {@link Languages} resolves them.
	 */
	record Key(String scheme, String host, int port, String path, String query, Locale locale) {

		static Key of(HttpServletRequest request, Locale locale) {
			return new Key(request.getScheme(), request.getServerName(), request.getServerPort(),
					request.getRequestURI(), request.getQueryString(), locale);
		}

	}

	/**
	 * A rendered page: the headers it was sent with that say what it is, its ETag and its
	 * bytes.
	 */
	record Page(Map<String, String> headers, String etag, byte[] body) {

		Page(Map<String, String> headers, byte[] body) {
			this(Map.copyOf(headers), WeakEtagFilter.of(body), body);
		}

	}

	/**
	 * Characters kept at most in fragments: about a hundred routine pages' shared parts.
	 */
	static final long MAX_FRAGMENT_CHARS = 4L * 1024 * 1024;

	private final Cache<Object, String> fragments = Caffeine.newBuilder()
		.maximumWeight(MAX_FRAGMENT_CHARS)
		.weigher((Object key, String html) -> html.length() + 256)
		.build();

	private final boolean keeping;

	private final boolean keepingParts;

	private final JdbcTemplate jdbc;

	private final long checkEveryNanos;

	/** When the catalog's version is read next, in {@link System#nanoTime()}. */
	private final AtomicLong nextCheck = new AtomicLong(System.nanoTime());

	/** The catalog's version the kept pages were rendered from. */
	private volatile long catalogVersion;

	/**
	 * Moves on whenever the kept pages are dropped, so that a page whose rendering began
	 * before is not kept after.
	 */
	private final AtomicLong generation = new AtomicLong();

	/**
	 * @param keeping false to render every page anew: the tests change the catalog behind
	 * the editor's back, inside transactions that roll back, so they keep nothing by
	 * default
	 * @param keepingParts false to render the parts of pages anew too; as keeping unless
	 * set (the catalog's scale benchmark renders every page anew but keeps the parts, as
	 * a running instance has them when it renders a page it has not kept)
	 * @param checkEvery how often, at most, the catalog's version is read
	 */
	RenderedPages(@Value("${unknot.public-pages.keep-rendered:true}") boolean keeping,
			@Value("${unknot.public-pages.keep-parts:${unknot.public-pages.keep-rendered:true}}") boolean keepingParts,
			@Value("${unknot.public-pages.check-every:2s}") Duration checkEvery, JdbcTemplate jdbc) {
		this.keeping = keeping;
		this.keepingParts = keepingParts;
		this.jdbc = jdbc;
		this.checkEveryNanos = checkEvery.toNanos();
		this.catalogVersion = keeping || keepingParts ? readCatalogVersion() : 0;
	}

	Optional<Page> get(Key key) {
		if (!keeping) {
			return Optional.empty();
		}
		checkCatalogVersion();
		return Optional.ofNullable(pages.getIfPresent(key));
	}

	/**
	 * Which pages are kept now: pass it to {@link #keep} when the page rendered after
	 * this is done.
	 */
	long generation() {
		return generation.get();
	}

	/**
	 * Keeps the page, unless the kept pages were dropped since its rendering began
	 * (generation): it may show the catalog from before.
	 */
	Optional<Page> keep(Key key, Map<String, String> headers, byte[] body, long renderedIn) {
		if (!keeping || generation.get() != renderedIn) {
			return Optional.empty();
		}
		Page page = new Page(headers, body);
		pages.put(key, page);
		return Optional.of(page);
	}

	/**
	 * A part of a page rendered before under this key, or rendered now (and kept, unless
	 * the catalog changed meanwhile). The key must name everything the part shows, so
	 * that it is never sent to someone it was not rendered for: a routine's id and
	 * version, say, served only after the check that the reader may see that routine. The
	 * part is dropped when the catalog changes, on any instance. Nothing personal may be
	 * in it: no name, no marks, no form (forms carry the session's CSRF token).
	 */
	public String fragment(Object key, Supplier<String> render) {
		return fragments(List.of(key), missing -> List.of(render.get())).get(key);
	}

	/**
	 * Parts of a page, as {@link #fragment} keeps them, for several keys at once: those
	 * not kept are rendered together by one call, which gets them in the keys' order and
	 * gives their HTML in the same order.
	 * @return each key's part, in the keys' order
	 */
	public <K> Map<K, String> fragments(List<K> keys, Function<List<K>, List<String>> renderMissing) {
		Map<K, String> parts = new LinkedHashMap<>();
		List<K> missing = new ArrayList<>();
		if (keepingParts) {
			checkCatalogVersion();
		}
		for (K key : keys) {
			String kept = keepingParts ? fragments.getIfPresent(key) : null;
			parts.put(key, kept);
			if (kept == null) {
				missing.add(key);
			}
		}
		if (missing.isEmpty()) {
			return parts;
		}
		long renderedIn = generation.get();
		List<String> rendered = renderMissing.apply(missing);
		if (rendered.size() != missing.size()) {
			throw new IllegalStateException(rendered.size() + " parts rendered for " + missing.size() + " keys");
		}
		boolean unchanged = generation.get() == renderedIn;
		for (int i = 0; i < missing.size(); i++) {
			parts.put(missing.get(i), rendered.get(i));
			if (keepingParts && unchanged) {
				fragments.put(missing.get(i), rendered.get(i));
			}
		}
		return parts;
	}

	/**
	 * In the transaction of the edit: the instances that keep pages learn of it from the
	 * database, once the edit is committed.
	 */
	@EventListener
	void moveCatalogVersionOn(PublicPagesChanged changed) {
		jdbc.update("UPDATE catalog_version SET version = version + 1 WHERE id = 1");
	}

	/**
	 * After the change is committed, so no request renders the old catalog again in
	 * between.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void forgetAll(PublicPagesChanged changed) {
		forgetAll();
	}

	private void forgetAll() {
		generation.incrementAndGet();
		pages.invalidateAll();
		fragments.invalidateAll();
	}

	/**
	 * One request at a time reads the version, once it is due; the others serve what is
	 * kept meanwhile.
	 */
	private void checkCatalogVersion() {
		long now = System.nanoTime();
		long due = nextCheck.get();
		if (now - due < 0 || !nextCheck.compareAndSet(due, now + checkEveryNanos)) {
			return;
		}
		long version = readCatalogVersion();
		if (version != catalogVersion) {
			catalogVersion = version;
			forgetAll();
		}
	}

	private long readCatalogVersion() {
		Long version = jdbc.queryForObject("SELECT version FROM catalog_version WHERE id = 1", Long.class);
		return version == null ? 0 : version;
	}

}
