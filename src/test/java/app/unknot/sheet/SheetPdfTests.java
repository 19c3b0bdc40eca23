package app.unknot.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * The sheet PDFs read back with PDFBox: every catalog routine fits on one page of A4 and
 * of Letter with all its content, fonts embedded, and a QR code that scans (ZXing) to the
 * routine's guided session; a long routine flows onto more pages without splitting steps.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SheetPdfTests {

	private static final Path OUTPUT = Path.of("target", "sheets");

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	SheetPdfTests(@Autowired MockMvcTester mvc, @Autowired JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	@TestConfiguration
	static class FixedDate {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse("2026-03-05T10:00:00Z"), ZoneOffset.UTC);
		}

	}

	@Test
	void everyCatalogRoutineFitsOnePageOfA4AndLetterWithEverything() {
		List<String> slugs = jdbc.queryForList("SELECT slug FROM routine ORDER BY slug", String.class);
		assertThat(slugs).hasSizeGreaterThanOrEqualTo(16);
		SoftAssertions softly = new SoftAssertions();
		for (String slug : slugs) {
			String title = jdbc.queryForObject("SELECT title FROM routine WHERE slug = ?", String.class, slug);
			List<String> stepTitles = jdbc.queryForList(
					"SELECT s.title FROM step s JOIN routine r ON r.id = s.routine_id WHERE r.slug = ? ORDER BY s.step_order",
					String.class, slug);
			for (Paper paper : Paper.values()) {
				byte[] pdf = pdf("/routines/" + slug + "/sheet.pdf?paper=" + paper.getSlug(), "en-GB");
				save(slug + "-" + paper.getSlug(), pdf);
				try (PDDocument document = Loader.loadPDF(pdf)) {
					String where = slug + " on " + paper;
					softly.assertThat(document.getNumberOfPages()).as("pages of " + where).isEqualTo(1);
					PDPage page = document.getPage(0);
					softly.assertThat(sizeInPoints(page)).as("paper of " + where).isEqualTo(expectedSize(paper));
					softly.assertThat(document.getDocumentInformation().getTitle())
						.isEqualTo(title + " — printable sheet — Unknot");
					String text = text(document);
					softly.assertThat(text)
						.as("text of " + where)
						.contains(title)
						.contains(stepTitles)
						.contains("Before you start")
						.contains("Stop at once if you feel")
						.contains("not medical advice")
						.contains("14-day tracker")
						.contains("Tension before (0–10)")
						.contains("Tension after (0–10)")
						.contains("Unknot · http://localhost/routines/" + slug)
						.contains("Printed 5 Mar 2026 · Page 1 of 1");
					// The session URL under the QR code wraps onto several lines.
					softly.assertThat(text.replace(" ", ""))
						.as("session URL of " + where)
						.contains("http://localhost/routines/" + slug + "/session");
					softly.assertThat(embeddedFonts(page)).as("fonts of " + where).containsOnly(true);
					softly.assertThat(qrCode(document))
						.as("QR code of " + where)
						.isEqualTo("http://localhost/routines/" + slug + "/session");
				}
				catch (IOException failure) {
					throw new UncheckedIOException(failure);
				}
			}
		}
		softly.assertAll();
	}

	@Test
	@Transactional
	void aStepsSafetyCueIsPrintedInThePdf() throws IOException {
		jdbc.update("""
				UPDATE step SET safety_cue = 'Test cue: keep the hands beside the spine.'
				WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'desk-break')""");
		// Every save in the editor moves the version on, and cached catalog sheets rely
		// on it.
		jdbc.update("UPDATE routine SET version = version + 1 WHERE slug = 'desk-break'");

		try (PDDocument document = Loader.loadPDF(pdf("/routines/desk-break/sheet.pdf", "en-GB"))) {
			assertThat(text(document)).contains("Take care: Test cue: keep the hands beside the spine.");
		}
	}

	@Test
	void trackerHasFourteenRows() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf("/routines/desk-break/sheet.pdf", "en-GB"))) {
			String text = text(document);
			assertThat(text).containsPattern(
					"Day Date Done Tension before \\(0–10\\) Tension after \\(0–10\\) 1 2 3 4 5 6 7 8 9 10 11 12 13 14 ");
		}
	}

	/**
	 * ?lang=es (or the language cookie) gives the sheet's own texts in Spanish; the paper
	 * still follows the country the browser names.
	 */
	@Test
	void aSheetInSpanishHasItsTextsInSpanishOnOnePage() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf("/routines/desk-break/sheet.pdf?lang=es", "en-US"))) {
			String text = text(document);
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
			assertThat(text).contains("Registro de 14 días", "Detente de inmediato si sientes", "Página 1 de 1")
				.containsPattern("Día Fecha Hecho Tensión antes \\(0–10\\) Tensión después \\(0–10\\) 1 2 3 ")
				.doesNotContain("tracker", "Take care", "Stop at once", "Printed");
		}
	}

	/** Batik draws each inline SVG (an illustration per step) as a form XObject. */
	@Test
	void everyStepHasItsIllustration() throws IOException {
		Integer steps = jdbc.queryForObject(
				"SELECT COUNT(*) FROM step s JOIN routine r ON r.id = s.routine_id WHERE r.slug = 'desk-break'",
				Integer.class);
		try (PDDocument document = Loader.loadPDF(pdf("/routines/desk-break/sheet.pdf", "en-GB"))) {
			int drawings = 0;
			for (COSName name : document.getPage(0).getResources().getXObjectNames()) {
				if (document.getPage(0).getResources().getXObject(name) instanceof PDFormXObject) {
					drawings++;
				}
			}
			assertThat(drawings).isGreaterThanOrEqualTo(steps);
		}
	}

	@Test
	void qrCodeAndPrintedLinksStartWithTheSiteAddress(@Autowired SheetService sheets) {
		// Which address that is (configured or the request's): system.SiteAddressTests.
		Sheet sheet = sheets.sheet("desk-break", null, Paper.A4, "http://localhost", java.util.Locale.UK);
		assertThat(sheet.sessionUrl()).isEqualTo("http://localhost/routines/desk-break/session");
	}

	@Test
	@Transactional
	void longRoutineFlowsOntoMorePagesWithoutSplittingSteps() throws IOException {
		int steps = 30;
		jdbc.update("INSERT INTO routine (slug, title, summary, benefits, difficulty) VALUES (?, ?, ?, ?, 'GENTLE')",
				"long-test-routine", "<script>alert(1)</script> Long & winding", "A generated routine of thirty steps.",
				"Tests page breaks.");
		Long id = jdbc.queryForObject("SELECT id FROM routine WHERE slug = 'long-test-routine'", Long.class);
		for (int order = 1; order <= steps; order++) {
			jdbc.update("""
					INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position,
					    equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds,
					    set_rest_seconds, each_side)
					VALUES (?, ?, ?, ?, 'CIRCLES', 'LIGHT', 'SEATED', 'HANDS', ?, 'DURATION', 60, NULL, NULL, NULL,
					    NULL, NULL, FALSE)""", id, order, "Generated step " + order,
					"Begin step " + order + ". Make slow circles with flat fingers, moving a little lower every few"
							+ " breaths, and keep the pressure light enough to breathe easily. End of step " + order
							+ ".",
					order % 3 == 0 ? "Breathe out slowly" : null);
		}
		jdbc.update("INSERT INTO routine_caution (routine_id, caution_id) SELECT ?, id FROM caution", id);

		byte[] pdf = pdf("/routines/long-test-routine/sheet.pdf?paper=letter", "en-US");
		save("long-test-routine-letter", pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isBetween(2, 5);
			List<String> pageTexts = new ArrayList<>();
			for (int number = 1; number <= pages; number++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(number);
				stripper.setEndPage(number);
				String text = normalize(stripper.getText(document));
				pageTexts.add(text);
				assertThat(text).as("footer of page " + number).contains("Page " + number + " of " + pages);
			}
			for (int order = 1; order <= steps; order++) {
				String start = "Begin step " + order + ".";
				String end = "End of step " + order + ".";
				int startPage = pageOf(pageTexts, start);
				assertThat(startPage).as("page of step " + order).isPositive();
				assertThat(pageOf(pageTexts, end)).as("step " + order + " is not split across pages")
					.isEqualTo(startPage);
				assertThat(pageTexts.get(startPage - 1)).contains("Generated step " + order);
			}
			String last = pageTexts.get(pages - 1);
			assertThat(last).contains("14-day tracker")
				.contains("Tension before (0–10)")
				.contains("not medical advice");
			assertThat(String.join(" ", pageTexts)).contains("<script>alert(1)</script> Long & winding");
		}
	}

	/**
	 * Text stored before the editor left such characters out still prints, without them.
	 */
	@Test
	@Transactional
	void charactersXmlCannotCarryAreLeftOutOfThePdf() throws IOException {
		jdbc.update("INSERT INTO routine (slug, title, summary, benefits, difficulty) VALUES (?, ?, ?, ?, 'GENTLE')",
				"control-test-routine", "Odd\u0000 text\u000b routine\u001b",
				"Summary\uFFFE with\uFFFF oddities\uD800.", "Benefits\uDC00.");
		Long id = jdbc.queryForObject("SELECT id FROM routine WHERE slug = 'control-test-routine'", Long.class);
		jdbc.update("""
				INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position,
				    equipment, timing, duration_seconds, each_side)
				VALUES (?, 1, ?, ?, 'CIRCLES', 'LIGHT', 'SEATED', 'HANDS', 'DURATION', 60, FALSE)""", id,
				"Step\u0000 one", "Circle\u0008 slowly.");

		try (PDDocument document = Loader.loadPDF(pdf("/routines/control-test-routine/sheet.pdf", "en-GB"))) {
			assertThat(text(document)).contains("Odd text routine", "Summary with oddities.", "Step one",
					"Circle slowly.");
		}
	}

	private byte[] pdf(String uri, String language) {
		MvcTestResult result = mvc.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange();
		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		return result.getResponse().getContentAsByteArray();
	}

	private static int pageOf(List<String> pageTexts, String text) {
		for (int i = 0; i < pageTexts.size(); i++) {
			if (pageTexts.get(i).contains(text)) {
				return i + 1;
			}
		}
		return -1;
	}

	private static String text(PDDocument document) throws IOException {
		return normalize(new PDFTextStripper().getText(document));
	}

	/**
	 * Joins lines and collapses spaces, so text wrapped onto several lines still matches.
	 */
	private static String normalize(String text) {
		return text.replaceAll("\\s+", " ");
	}

	private static List<Integer> sizeInPoints(PDPage page) {
		PDRectangle box = page.getMediaBox();
		return List.of(Math.round(box.getWidth()), Math.round(box.getHeight()));
	}

	private static List<Integer> expectedSize(Paper paper) {
		return paper == Paper.A4 ? List.of(595, 842) : List.of(612, 792);
	}

	private static List<Boolean> embeddedFonts(PDPage page) throws IOException {
		List<Boolean> embedded = new ArrayList<>();
		for (COSName name : page.getResources().getFontNames()) {
			embedded.add(page.getResources().getFont(name).isEmbedded());
		}
		assertThat(embedded).isNotEmpty();
		return embedded;
	}

	/**
	 * The resolution of an office laser printer. At 300 dpi the 22 mm code (328 pixels)
	 * is drawn smaller than its image, and for some addresses unevenly enough that the
	 * reader fails, although the same PDF reads at 200, 400 and 600 dpi and its image
	 * alone reads too (seen with a browser-printed sheet for port 40765).
	 */
	static final int PRINTER_DPI = 600;

	/**
	 * Renders the first page as a printer would and scans it for a QR code.
	 */
	static String qrCode(PDDocument document) throws IOException {
		BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, PRINTER_DPI, ImageType.GRAY);
		return decodeQr(page);
	}

	static String decodeQr(BufferedImage image) {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		try {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
		}
		catch (NotFoundException | ChecksumException | FormatException unreadable) {
			return "no readable QR code (" + unreadable.getClass().getSimpleName() + ")";
		}
	}

	private static void save(String name, byte[] pdf) {
		try {
			Files.createDirectories(OUTPUT);
			Files.write(OUTPUT.resolve(name + ".pdf"), pdf);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

}
