package app.unknot.system;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Lets shared caches and browsers keep the public pages for a short while. Everyone who
 * is not signed in gets the same catalog, routine, muscle and safety pages and the same
 * catalog sheets, so those answers say {@code Cache-Control: public} with
 * {@link #MAX_AGE} and {@code Vary: Accept-Language, Cookie}, which keeps a signed-in
 * person's page (it carries their marks) out of a shared cache, and a page in one
 * language from a visitor who reads the other. An address with {@code ?lang=} sets the
 * language cookie, so it is not shared. {@link WeakEtagFilter} adds the ETag to a page
 * rendered now and answers a matching {@code If-None-Match} with 304; this filter does
 * the same for a page sent from what it kept. Everything else keeps Spring Security's
 * {@code no-store}: its header writer leaves a response alone that already names its
 * caching. An admin's edit reaches every visitor, through any cache and on every
 * instance, within {@link #MAX_AGE}. Each instance also keeps what it rendered for them
 * ({@link RenderedPages}) and sends it again without rendering, until the catalog
 * changes.
 */
class PublicPageCaching extends OncePerRequestFilter {

	static final Duration MAX_AGE = Duration.ofSeconds(60);

	static final String PUBLIC = CacheControl.maxAge(MAX_AGE).cachePublic().getHeaderValue();

	/** Spring Security's value for everything else. */
	static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

	/**
	 * Pages whose answer depends only on the address, for anyone who is not signed in.
	 */
	static final List<String> PAGES = List.of("/", "/routines", "/routines/{slug}", "/routines/{slug}/sheet",
			"/routines/{slug}/sheet.pdf", "/routines/{slug}/sheet-page.css", "/muscles", "/muscles/{slug}", "/safety");

	private static final List<PathPattern> PATTERNS = PAGES.stream()
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	/** The headers that say what a kept page is, sent again with it. */
	private static final List<String> DESCRIBING = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE,
			HttpHeaders.CONTENT_DISPOSITION);

	/**
	 * What a public page varies by besides its address: who is signed in (the session
	 * cookie), the language chosen (the language cookie) or asked for.
	 */
	static final String VARY = HttpHeaders.ACCEPT_LANGUAGE + ", " + HttpHeaders.COOKIE;

	private final RenderedPages rendered;

	private final LocaleResolver languages;

	PublicPageCaching(RenderedPages rendered, LocaleResolver languages) {
		this.rendered = rendered;
		this.languages = languages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isPublic(request)) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC);
		response.addHeader(HttpHeaders.VARY, VARY);
		RenderedPages.Key key = RenderedPages.Key.of(request, languages.resolveLocale(request));
		Optional<RenderedPages.Page> kept = "GET".equals(request.getMethod()) ? rendered.get(key) : Optional.empty();
		if (kept.isPresent()) {
			send(kept.get(), request, response);
			return;
		}
		long generation = rendered.generation();
		ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, new SuccessOnlyCached(page));
		}
		catch (IOException | ServletException | RuntimeException failure) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
			throw failure;
		}
		if ("GET".equals(request.getMethod()) && page.getStatus() == HttpServletResponse.SC_OK
				&& PUBLIC.equals(page.getHeader(HttpHeaders.CACHE_CONTROL))) {
			Map<String, String> headers = new HashMap<>();
			DESCRIBING.stream()
				.filter(name -> page.getHeader(name) != null)
				.forEach(name -> headers.put(name, page.getHeader(name)));
			// No ETag header here: the ETag filter, finding none, keeps the body and
			// works
			// it out, and so can answer If-None-Match.
			rendered.keep(key, headers, page.getContentAsByteArray(), generation);
		}
		page.copyBodyToResponse();
	}

	/**
	 * Sends a kept page with its ETag, or 304 when the browser or cache has it already.
	 * Spring's ETag filter passes a response that names its own ETag straight through, so
	 * answering If-None-Match is up to this filter.
	 */
	private static void send(RenderedPages.Page page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		page.headers().forEach(response::setHeader);
		if (new ServletWebRequest(request, response).checkNotModified(page.etag())) {
			return;
		}
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	private static boolean isPublic(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return false;
		}
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
			return false;
		}
		// ?lang= sets the language cookie: that answer is for this browser only.
		if (request.getParameter(Languages.PARAMETER) != null) {
			return false;
		}
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return PATTERNS.stream().anyMatch(pattern -> pattern.matches(path));
	}

	/**
	 * Takes the public caching back when the answer turns out to be an error: only
	 * successes are shared.
	 */
	private static final class SuccessOnlyCached extends HttpServletResponseWrapper {

		SuccessOnlyCached(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setStatus(int status) {
			noStoreUnlessSuccess(status);
			super.setStatus(status);
		}

		@Override
		public void sendError(int status) throws IOException {
			noStoreUnlessSuccess(status);
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			noStoreUnlessSuccess(status);
			super.sendError(status, message);
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
			super.sendRedirect(location);
		}

		private void noStoreUnlessSuccess(int status) {
			if (status >= 300) {
				setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
			}
		}

	}

}
