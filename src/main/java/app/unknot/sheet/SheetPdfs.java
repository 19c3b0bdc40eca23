package app.unknot.sheet;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import app.unknot.catalog.Routine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The PDF of a sheet, rendered at most a few at a time ({@link PdfRenderingLimit}) and,
 * for catalog routines, kept in memory so that the same sheet is rendered once rather
 * than on every download. Private routines are never kept: they are rendered for their
 * owner each time.
 * <p>
 * The cache is Caffeine rather than a synchronized {@code LinkedHashMap}: it bounds the
 * cache by bytes (a weigher) instead of by entries, a hit takes no lock (an
 * access-ordered {@code LinkedHashMap} must lock on every read, and hits are what a crowd
 * on one sheet makes), and its admission policy keeps the sheets people keep downloading
 * when a stream of one-off variants (unusual languages, another host name) passes
 * through. Spring Boot manages its version.
 */
@Service
class SheetPdfs {

	private final SheetService sheets;

	private final SheetPdfRenderer renderer;

	private final PdfRenderingLimit limit;

	private final Cache<Key, byte[]> catalogSheets;

	SheetPdfs(SheetService sheets, SheetPdfRenderer renderer, PdfRenderingLimit limit,
			@Value("${unknot.sheet.pdf-cache-size:32MB}") DataSize cacheSize) {
		this.sheets = sheets;
		this.renderer = renderer;
		this.limit = limit;
		this.catalogSheets = Caffeine.newBuilder()
			.maximumWeight(cacheSize.toBytes())
			.<Key, byte[]>weigher((key, pdf) -> pdf.length)
			.build();
	}

	/**
	 * The PDF of a routine's sheet, rendered from the sheet template with the request's
	 * locale and links. A kept catalog sheet is found from the routine's row alone,
	 * without loading its steps, cautions and muscle groups or drawing its QR code:
	 * assembling the sheet cost a cached download more than sending it.
	 * @param base the site's public address for the printed links
	 * @throws app.unknot.system.RequestRefusedException (404) when the viewer has no such
	 * routine to see
	 */
	byte[] pdf(String slug, Long viewer, Paper paper, String base, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Routine routine = sheets.routineOf(slug, viewer);
		if (routine.getOwnerId() != null) {
			return limit.run(() -> render(sheets.sheet(slug, viewer, paper, base, locale), request, response));
		}
		Key key = Key.of(routine, paper, locale, base, sheets.printedOn(locale));
		byte[] cached = catalogSheets.getIfPresent(key);
		if (cached != null) {
			return cached;
		}
		return limit.run(() -> {
			// Another request may have rendered it while this one waited for a renderer.
			// Rendered outside the cache's own locks, which are not meant to be held that
			// long.
			byte[] renderedMeanwhile = catalogSheets.getIfPresent(key);
			if (renderedMeanwhile != null) {
				return renderedMeanwhile;
			}
			Sheet sheet = sheets.sheet(slug, viewer, paper, base, locale);
			byte[] pdf = render(sheet, request, response);
			// Kept under what it shows: an edit may have come in since the key was made.
			catalogSheets.put(Key.of(sheet.routine(), paper, locale, base, sheet.printedOn()), pdf);
			return pdf;
		});
	}

	private byte[] render(Sheet sheet, HttpServletRequest request, HttpServletResponse response) {
		return renderer.render(SheetController.TEMPLATE, Map.of("sheet", sheet, "pdf", true), request, response);
	}

	/**
	 * Everything that changes a catalog sheet's bytes. Every saved edit moves the
	 * routine's version on, so a sheet rendered before an edit is never found again; the
	 * update time is part of the key too, so that a version number used again after a
	 * rolled-back edit (as tests do) cannot find the sheet of the edit that was undone.
	 * The printed links follow from the public base URL (or the request's host) and the
	 * routine, the printed date changes the key every day, and the locale picks the
	 * messages and the date format.
	 */
	private record Key(long routineId, int version, Instant updatedAt, Paper paper, Locale locale, String base,
			String printedOn) {

		static Key of(Routine routine, Paper paper, Locale locale, String base, String printedOn) {
			return new Key(routine.getId(), routine.getVersion(), routine.getUpdatedAt(), paper, locale, base,
					printedOn);
		}

	}

}
