package app.unknot.sheet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

import app.unknot.catalog.Routine;
import app.unknot.catalog.RoutineCatalog;
import app.unknot.system.RequestRefusedException;

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

	public SheetService(RoutineCatalog catalog, QrCodes qrCodes, MessageSource messages, Clock clock) {
		this.catalog = catalog;
		this.qrCodes = qrCodes;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The sheet of the routine with the given slug.
	 * @param base the site's public address (scheme, host, port, context path; see
	 * {@link app.unknot.system.SiteAddress}) for the printed links
	 * @param viewer the signed-in account's id, or null for an anonymous visitor
	 * @throws app.unknot.system.RequestRefusedException (404) when the viewer has no such
	 * routine to see
	 */
	public Sheet sheet(String slug, Long viewer, Paper paper, String base, Locale locale) {
		Routine routine = catalog.getRoutine(slug, viewer);
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
	public PageStyle pageStyle(String slug, Long viewer, Paper paper, String base, Locale locale) {
		Routine routine = catalog.getRoutine(slug, viewer);
		String printedOn = printedOn(locale);
		return pageStyle(paper, url(base, "routines", routine.getSlug()), printedOn, locale);
	}

	/**
	 * The routine of the sheet without its steps, cautions and the rest: enough to tell
	 * whose it is and which version a kept sheet shows. One statement.
	 * @throws app.unknot.system.RequestRefusedException (404) when the viewer has no such
	 * routine to see
	 */
	Routine routineOf(String slug, Long viewer) {
		return catalog.findRoutineSummary(slug, viewer)
			.orElseThrow(() -> RequestRefusedException.notFound("notFound.routine", slug));
	}

	String printedOn(Locale locale) {
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

}
