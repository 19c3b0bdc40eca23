package app.unknot.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import app.unknot.browser.Chromium;

/**
 * The HTML sheet in a real Chromium: printed to PDF through DevTools
 * ({@code Page.printToPDF}, as the browser's own print does), every catalog routine fits
 * one page of A4 and of Letter, with no toolbar on paper; on screen the Print button
 * calls {@code window.print()}. PNGs of the printed and on-screen sheet go to
 * target/screenshots when screenshots are wanted (-Dunknot.screenshots=true).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SheetInBrowserTests {

	@LocalServerPort
	private int port;

	private final JdbcTemplate jdbc;

	SheetInBrowserTests(@Autowired JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void everyRoutinePrintsOnOnePageOfA4AndLetter() throws IOException {
		List<String> slugs = jdbc.queryForList("SELECT slug FROM routine WHERE owner_id IS NULL ORDER BY slug",
				String.class);
		SoftAssertions softly = new SoftAssertions();
		try (Chromium chromium = Chromium.open(1280, 900)) {
			for (String slug : slugs) {
				for (Paper paper : Paper.values()) {
					chromium.driver().get(url("/routines/" + slug + "/sheet?paper=" + paper.getSlug()));
					byte[] pdf = print(chromium);
					try (PDDocument document = Loader.loadPDF(pdf)) {
						String where = slug + " on " + paper;
						softly.assertThat(document.getNumberOfPages()).as("printed pages of " + where).isEqualTo(1);
						String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
						softly.assertThat(text)
							.as("printed text of " + where)
							.contains("not medical advice")
							.contains("14-day tracker")
							.contains("Page 1 of 1")
							.doesNotContain("Download PDF")
							.doesNotContain("Back to the routine");
						if ("bolster-evening-unwind".equals(slug) || "psoas-ball-sphinx".equals(slug)) {
							BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0,
									SheetPdfTests.PRINTER_DPI, ImageType.GRAY);
							softly.assertThat(SheetPdfTests.decodeQr(page))
								.as("QR code printed from " + where)
								.isEqualTo(url("/routines/" + slug + "/session"));
							if (Chromium.screenshotsWanted()) {
								savePng("sheet-print-" + slug + "-" + paper.getSlug(),
										new PDFRenderer(document).renderImageWithDPI(0, 100, ImageType.RGB));
							}
						}
					}
				}
			}
			softly.assertThat(chromium.consoleErrors()).as("console errors").isEmpty();
		}
		softly.assertAll();
	}

	@Test
	void printButtonPrintsAndThePageIsAccessible() {
		try (Chromium chromium = Chromium.open(1280, 1800)) {
			chromium.driver().get(url("/routines/bolster-evening-unwind/sheet?paper=a4"));
			WebElement print = chromium.waitFor("the Print button to appear",
					driver -> driver.findElement(By.cssSelector("button[data-print]")).isDisplayed()
							? driver.findElement(By.cssSelector("button[data-print]")) : null);
			chromium.screenshot("sheet-screen-desktop");
			JavascriptExecutor js = (JavascriptExecutor) chromium.driver();
			js.executeScript("window.printed = 0; window.print = () => { window.printed++; };");
			print.click();
			assertThat(((Number) js.executeScript("return window.printed;")).intValue()).isEqualTo(1);
			assertThat(chromium.axeViolations()).isEmpty();
			chromium.resize(390, 844);
			chromium.driver().navigate().refresh();
			chromium.screenshot("sheet-screen-phone");
			assertThat(chromium.consoleErrors()).isEmpty();
		}
	}

	/**
	 * On screens from 320 px wide the sheet needs no sideways scrolling, and the
	 * toolbar's choices (paper, language) wrap as wholes: a label never ends one line
	 * with its options on the next.
	 */
	@Test
	void theSheetFitsTheScreenAndKeepsEachChoiceOnOneLine() {
		try (Chromium chromium = Chromium.open(1280, 900)) {
			for (int width : new int[] { 1280, 768, 390, 320 }) {
				chromium.resize(width, 900);
				for (String language : new String[] { "en", "es" }) {
					chromium.driver().get(url("/routines/daily-pelvic-relaxation/sheet?paper=letter&lang=" + language));
					Object split = ((JavascriptExecutor) chromium.driver()).executeScript("""
							return [...document.querySelectorAll('.sheet-toolbar .sheet-paper')]
							  .filter(group => new Set([...group.children]
							    .map(part => Math.round(part.getBoundingClientRect().top))).size > 1)
							  .map(group => group.textContent.replace(/\\s+/g, ' ').trim());""");
					assertThat((List<?>) split).as("choices split over lines at %d px in %s", width, language)
						.isEmpty();
					Object overflow = ((JavascriptExecutor) chromium.driver()).executeScript(
							"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
					assertThat(((Number) overflow).intValue()).as("sideways overflow at %d px in %s", width, language)
						.isLessThanOrEqualTo(0);
				}
			}
		}
	}

	private static byte[] print(Chromium chromium) {
		Map<String, Object> result = chromium.devTools("Page.printToPDF",
				Map.of("preferCSSPageSize", true, "printBackground", false, "displayHeaderFooter", false));
		return Base64.getDecoder().decode((String) result.get("data"));
	}

	private static void savePng(String name, BufferedImage image) throws IOException {
		Files.createDirectories(Chromium.SCREENSHOTS);
		Path file = Chromium.SCREENSHOTS.resolve(name + ".png");
		ImageIO.write(image, "png", file.toFile());
	}

}
