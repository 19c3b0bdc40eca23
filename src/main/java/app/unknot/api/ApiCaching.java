package app.unknot.api;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

/**
 * What clients and caches may keep of an answer. Every GET carries a weak ETag (see
 * {@link ApiSecurity}), so a client that kept one asks again with If-None-Match and gets
 * 304; that needs the answer not to say {@code no-store}, Spring Security's default.
 */
final class ApiCaching {

	/** The catalog's own pages are kept as long ({@code system.PublicPageCaching}). */
	static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

	/** A person's own data: their browser may keep it, but must ask before using it. */
	static final CacheControl PERSONAL = CacheControl.noCache().cachePrivate();

	private ApiCaching() {
	}

	static <T> ResponseEntity<T> publicly(T body) {
		return ResponseEntity.ok().cacheControl(PUBLIC).varyBy("Cookie").body(body);
	}

	static <T> ResponseEntity<T> personally(T body) {
		return ResponseEntity.ok().cacheControl(PERSONAL).body(body);
	}

}
