package app.unknot.system;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The public pages as last rendered for visitors who are not signed in, kept in memory
 * for {@link PublicPageCaching#MAX_AGE}. Rendering a routine page anew for every visitor
 * spent most of its time in templates and expressions, though the page only changes when
 * an administrator edits the catalog. That edit ({@link PublicPagesChanged}) empties this
 * instance at once; other instances serve what they have for at most the same minute, as
 * a proxy or browser may.
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
	 * (scheme and host reach the sheet's printed link), and the language and country
	 * asked for (the sheet's default paper size follows the country).
	 */
	record Key(String scheme, String host, int port, String path, String query, Locale locale) {

		static Key of(HttpServletRequest request) {
			return new Key(request.getScheme(), request.getServerName(), request.getServerPort(),
					request.getRequestURI(), request.getQueryString(), request.getLocale());
		}

	}

	/**
	 * A rendered page: the headers it was sent with that say what it is, its ETag and its
	 * bytes.
	 */
	record Page(Map<String, String> headers, String etag, byte[] body) {

		Page(Map<String, String> headers, byte[] body) {
			this(Map.copyOf(headers), weakEtag(body), body);
		}

	}

	private final boolean keeping;

	/**
	 * @param keeping false to render every page anew: the tests change the catalog behind
	 * the editor's back, inside transactions that roll back, so they keep nothing by
	 * default
	 */
	RenderedPages(@Value("${unknot.public-pages.keep-rendered:true}") boolean keeping) {
		this.keeping = keeping;
	}

	Optional<Page> get(Key key) {
		return keeping ? Optional.ofNullable(pages.getIfPresent(key)) : Optional.empty();
	}

	void keep(Key key, Page page) {
		if (keeping) {
			pages.put(key, page);
		}
	}

	/**
	 * After the change is committed, so no request renders the old catalog again in
	 * between.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void forgetAll(PublicPagesChanged changed) {
		pages.invalidateAll();
	}

	/**
	 * The same form as Spring's ShallowEtagHeaderFilter writes, so either may answer
	 * If-None-Match.
	 */
	private static String weakEtag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("MD5").digest(body);
			return "W/\"0" + HexFormat.of().formatHex(digest) + "\"";
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException(missing);
		}
	}

}
