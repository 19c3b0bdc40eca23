package app.unknot.sheet;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

import app.unknot.catalog.Routine;
import app.unknot.catalog.RoutineCatalog;

/**
 * Puts together a routine's printable sheet: the routine, the absolute links printed on
 * paper and in the QR code, the date and the running footer.
 */
@Service
public class SheetService {

	private static final List<Integer> TRACKER_DAYS = IntStream.rangeClosed(1, Sheet.TRACKER_DAYS).boxed().toList();

	private final RoutineCatalog catalog;

	private final QrCodes qrCodes;

	private final MessageSource messages;

	private final Clock clock;

	/**
	 * The configured public address of the site, without a trailing slash; null when
	 * unset.
	 */
	private final String publicBaseUrl;

	public SheetService(RoutineCatalog catalog, QrCodes qrCodes, MessageSource messages, Clock clock,
			@Value("${unknot.public-base-url:}") String publicBaseUrl) {
		this.catalog = catalog;
		this.qrCodes = qrCodes;
		this.messages = messages;
		this.clock = clock;
		this.publicBaseUrl = checkedBaseUrl(publicBaseUrl);
	}

	/**
	 * The sheet of the routine with the given slug.
	 * @param requestBaseUrl the address the request came in on (scheme, host, port,
	 * context path), used for the printed links when no public base URL is configured
	 * @param viewer the signed-in account's id, or null for an anonymous visitor
	 * @throws app.unknot.system.RequestRefusedException (404) when the viewer has no such
	 * routine to see
	 */
	public Sheet sheet(String slug, Long viewer, Paper paper, String requestBaseUrl, Locale locale) {
		Routine routine = catalog.getRoutine(slug, viewer);
		String base = base(requestBaseUrl);
		String routineUrl = url(base, "routines", routine.getSlug());
		String sessionUrl = url(base, "routines", routine.getSlug(), "session");
		String printedOn = printedOn(locale);
		return new Sheet(routine, paper, routineUrl, sessionUrl, url(base, "safety"), qrCodes.pngDataUri(sessionUrl),
				printedOn, pageStyle(paper, routineUrl, printedOn, locale), TRACKER_DAYS);
	}

	/**
	 * The paper size and running footer of the routine's sheet, as {@link #sheet} gives
	 * them, without the rest.
	 * @throws app.unknot.system.RequestRefusedException (404) when the viewer has no such
	 * routine to see
	 */
	public PageStyle pageStyle(String slug, Long viewer, Paper paper, String requestBaseUrl, Locale locale) {
		Routine routine = catalog.getRoutine(slug, viewer);
		String printedOn = printedOn(locale);
		return pageStyle(paper, url(base(requestBaseUrl), "routines", routine.getSlug()), printedOn, locale);
	}

	private String base(String requestBaseUrl) {
		return publicBaseUrl != null ? publicBaseUrl : stripTrailingSlash(requestBaseUrl);
	}

	private String printedOn(Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(LocalDate.now(clock));
	}

	private PageStyle pageStyle(Paper paper, String routineUrl, String printedOn, Locale locale) {
		String brand = messages.getMessage("site.name", null, locale);
		String printed = messages.getMessage("sheet.footer.printed", new Object[] { printedOn }, locale);
		String pages = messages.getMessage("sheet.footer.page",
				new Object[] { CssStrings.PAGE_PLACEHOLDER, CssStrings.PAGES_PLACEHOLDER }, locale);
		return new PageStyle(paper, CssStrings.quote(brand + " · " + routineUrl),
				CssStrings.withPageCounters(printed + " · " + pages));
	}

	private static String url(String base, String... segments) {
		return UriComponentsBuilder.fromUriString(base).pathSegment(segments).encode().build().toUriString();
	}

	private static String checkedBaseUrl(String configured) {
		if (configured == null || configured.isBlank()) {
			return null;
		}
		String value = configured.strip();
		URI uri;
		try {
			uri = URI.create(value);
		}
		catch (IllegalArgumentException invalid) {
			throw new IllegalStateException("unknot.public-base-url is not a valid URL: " + value, invalid);
		}
		if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
				|| uri.getQuery() != null || uri.getFragment() != null) {
			throw new IllegalStateException(
					"unknot.public-base-url must be an absolute http(s) URL without query or fragment, such as https://unknot.example: "
							+ value);
		}
		return stripTrailingSlash(value);
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
