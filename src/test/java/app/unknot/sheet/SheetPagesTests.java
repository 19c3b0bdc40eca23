package app.unknot.sheet;

import static app.unknot.system.ResponseChecks.assertInSiteLayout;
import static app.unknot.system.ResponseChecks.assertRevealsNoInternals;
import static app.unknot.system.ResponseChecks.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routine sheet as an HTML page, its paper choice and its error pages, over MockMvc.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SheetPagesTests {

	private static final String SHEET = "/routines/psoas-ball-sphinx/sheet";

	private static final String PAGE_STYLE = SHEET + "-page.css";

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	SheetPagesTests(@Autowired MockMvcTester mvc, @Autowired JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	private String sheet(String uri, String acceptLanguage) {
		MvcTestResult result = mvc.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		String body = body(result);
		assertRevealsNoInternals(body);
		return body;
	}

	private String pageStyle(String uri, String acceptLanguage) {
		MvcTestResult result = mvc.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage).exchange();
		assertThat(result).hasStatusOk().hasContentType("text/css;charset=UTF-8");
		return body(result);
	}

	private String errorPage(MvcTestResult result, HttpStatus status) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		String body = body(result);
		assertInSiteLayout(body);
		assertRevealsNoInternals(body);
		return body;
	}

	/**
	 * With no public base URL configured, a Host header naming another site does not
	 * reach the paper.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "evil.example", "evil.example:8443", "localhost.evil.example", "127.0.0.1.evil.example",
			"10.9.8.7" })
	void aForeignHostIsNotPrintedOnTheSheet(String host) throws IOException {
		MvcTestResult result = mvc.get().uri(SHEET).header(HttpHeaders.HOST, host).exchange();

		assertThat(result).hasStatusOk();
		assertThat(body(result)).doesNotContain(host)
			.contains("http://127.0.0.1/routines/psoas-ball-sphinx/session")
			.contains("What to do in each case: http://127.0.0.1/safety");
		MvcTestResult footer = mvc.get().uri(PAGE_STYLE).header(HttpHeaders.HOST, host).exchange();
		assertThat(body(footer)).doesNotContain(host).contains("http://127.0.0.1/routines/psoas-ball-sphinx\"");

		MvcTestResult pdf = mvc.get().uri(SHEET + ".pdf").header(HttpHeaders.HOST, host).exchange();
		assertThat(pdf).hasStatusOk();
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document)).doesNotContain(host).contains("http://127.0.0.1/");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "localhost:8080", "127.0.0.1:8080", "127.0.0.2", "[::1]:8080" })
	void theServersOwnNamesArePrintedAsAskedFor(String host) {
		MvcTestResult result = mvc.get().uri(SHEET).header(HttpHeaders.HOST, host).exchange();

		assertThat(body(result)).contains("http://" + host + "/routines/psoas-ball-sphinx/session");
	}

	@Test
	void sheetShowsEverythingThePaperNeeds() {
		String body = sheet(SHEET, "en-GB");
		assertThat(body)
			.contains("<title>Psoas release with a ball in sphinx position — printable sheet — Unknot</title>")
			.contains("<h1>Psoas release with a ball in sphinx position</h1>")
			.contains("Lie face down propped on your elbows")
			.contains("Total time:")
			.contains("Difficulty:")
			.contains("Moderate")
			.contains("You need:")
			.contains("Tennis or massage ball")
			.contains("Positions:")
			.contains("Face down on your elbows")
			.contains("Find the spot")
			.contains("each side")
			.contains("data-illustration=\"back-psoas-find\"")
			.contains("Before you start")
			.contains("Hernia")
			.contains("Stop at once if you feel")
			.contains("Sharp, stabbing or shooting pain")
			.contains("not medical advice")
			.contains("14-day tracker")
			.contains("Tension before (0–10)")
			.contains("src=\"data:image/png;base64,")
			.contains("http://localhost/routines/psoas-ball-sphinx/session")
			.contains("What to do in each case: http://localhost/safety");
		assertThat(body.split("class=\"tickbox\"", -1)).hasSize(Sheet.TRACKER_DAYS + 1);
	}

	@Test
	@Transactional
	void aStepsSafetyCueIsPrintedWithIt() {
		jdbc.update("""
				UPDATE step SET safety_cue = 'Test cue: keep the ball <off> the bone.'
				WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx')""");

		String body = sheet(SHEET, "en-GB");

		assertThat(body).containsOnlyOnce("Test cue")
			.contains("Take care:</span> <span>Test cue: keep the ball &lt;off&gt; the bone.</span>");
	}

	/** The sheet's one script, at its versioned address (system.HttpCaching). */
	private static final String SHEET_SCRIPT = "<script type=\"module\" src=\"/js/v[0-9a-f]{12}/sheet.js\"></script>";

	@Test
	void sheetIsAPageOfItsOwnWithAPrintButtonDownloadAndPaperLinks() {
		String body = sheet(SHEET, "en-GB");
		assertThat(body).doesNotContain("class=\"site-header\"")
			.containsPattern("href=\"/css/sheet-[0-9a-f]{32}\\.css\"")
			.doesNotContain("/css/unknot")
			.containsPattern(SHEET_SCRIPT)
			.contains("data-print=\"\" hidden=\"hidden\">Print</button>")
			.contains("href=\"/routines/psoas-ball-sphinx/sheet.pdf?paper=a4\"")
			.contains("href=\"/routines/psoas-ball-sphinx/sheet?paper=letter\"")
			.contains("href=\"/routines/psoas-ball-sphinx\"");
		assertThat(body.replaceAll(SHEET_SCRIPT, "")).doesNotContain("<script");
	}

	@Test
	void footerNamesTheSiteTheRoutineTheDateAndThePages() {
		String css = pageStyle(PAGE_STYLE + "?paper=a4", "en-GB");
		assertThat(css).contains("@bottom-left { content: \"Unknot · http://localhost/routines/psoas-ball-sphinx\";")
			.containsPattern(
					"@bottom-right \\{ content: \"Printed \\d{1,2} \\w{3,4} \\d{4} · Page \" counter\\(page\\) \" of \" counter\\(pages\\);");
	}

	/**
	 * The site's CSP allows no inline style, so the page links its paper size and footer.
	 */
	@Test
	void theSheetLinksItsPaperSizeAndFooterAsAStylesheet() {
		assertThat(sheet(SHEET + "?paper=letter", "en-GB"))
			.contains("<link rel=\"stylesheet\" href=\"/routines/psoas-ball-sphinx/sheet-page.css?paper=letter\" />")
			.doesNotContain("<style", "@page", "style=");
	}

	@Test
	void paperParameterPicksTheSize() {
		assertThat(sheet(SHEET + "?paper=a4", "en-US")).contains("sheet-page.css?paper=a4")
			.contains("class=\"sheet sheet--a4\"");
		assertThat(sheet(SHEET + "?paper=letter", "en-GB")).contains("sheet-page.css?paper=letter")
			.contains("class=\"sheet sheet--letter\"");
		assertThat(sheet(SHEET + "?paper=Letter", "en-GB")).contains("sheet-page.css?paper=letter");
		assertThat(pageStyle(PAGE_STYLE + "?paper=a4", "en-US")).contains("size: 210mm 297mm;");
		assertThat(pageStyle(PAGE_STYLE + "?paper=letter", "en-GB")).contains("size: 8.5in 11in;");
	}

	@Test
	void defaultPaperFollowsTheLocale() {
		assertThat(sheet(SHEET, "en-US")).contains("sheet-page.css?paper=letter");
		assertThat(sheet(SHEET, "fr-CA")).contains("sheet-page.css?paper=letter");
		assertThat(sheet(SHEET, "en-GB")).contains("sheet-page.css?paper=a4");
		assertThat(sheet(SHEET, "de-DE,de;q=0.9")).contains("sheet-page.css?paper=a4");
		assertThat(sheet(SHEET, "en")).contains("sheet-page.css?paper=a4");
		assertThat(pageStyle(PAGE_STYLE, "en-US")).contains("size: 8.5in 11in;");
		assertThat(pageStyle(PAGE_STYLE, "en-GB")).contains("size: 210mm 297mm;");
	}

	@Test
	void datesAreWrittenTheReadersWay() {
		assertThat(pageStyle(PAGE_STYLE, "en-US")).containsPattern("Printed \\w{3} \\d{1,2}, \\d{4}");
		assertThat(pageStyle(PAGE_STYLE, "en-GB")).containsPattern("Printed \\d{1,2} \\w{3,4} \\d{4}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/sheet", "/sheet.pdf", "/sheet-page.css" })
	void unknownPaperIsA400InTheSiteLayout(String suffix) {
		for (String paper : new String[] { "A5", "legal", "", "a4 ", "<script>alert(1)</script>", "x".repeat(5000) }) {
			MvcTestResult result = mvc.get()
				.uri("/routines/psoas-ball-sphinx" + suffix + "?paper={paper}", paper)
				.accept(MediaType.TEXT_HTML)
				.exchange();
			if ("a4 ".equals(paper)) {
				// Surrounding spaces are forgiven.
				assertThat(result).hasStatusOk();
				continue;
			}
			String body = errorPage(result, HttpStatus.BAD_REQUEST);
			assertThat(body).contains("That request did not make sense")
				.contains("is not a paper size we lay sheets out for. Choose a4 or letter")
				.doesNotContain("<script>alert(1)")
				.doesNotContain("x".repeat(100));
		}
	}

	@Test
	void rejectedPaperIsShownEscaped() {
		String body = errorPage(mvc.get().uri(SHEET + "?paper={p}", "<script>alert(1)</script>").exchange(),
				HttpStatus.BAD_REQUEST);
		assertThat(body).contains("“&lt;script&gt;alert(1)&lt;/script&gt;” is not a paper size");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/routines/no-such-routine/sheet", "/routines/no-such-routine/sheet.pdf",
			"/routines/no-such-routine/sheet.pdf?paper=letter", "/routines/no-such-routine/sheet-page.css" })
	void unknownRoutineIsA404PageNeverAPdf(String uri) {
		String body = errorPage(mvc.get().uri(uri).exchange(), HttpStatus.NOT_FOUND);
		assertThat(body).contains("Page not found").contains("There is no routine called “no-such-routine”");
	}

	@Test
	void unknownRoutineIsA404PageEvenForAPdfReader() {
		MvcTestResult result = mvc.get()
			.uri("/routines/no-such-routine/sheet.pdf")
			.accept(MediaType.APPLICATION_PDF, MediaType.ALL)
			.exchange();
		assertThat(body(result)).doesNotStartWith("%PDF");
		errorPage(result, HttpStatus.NOT_FOUND);
	}

	@Test
	void scriptInAnUnknownSlugIsEscaped() {
		String body = errorPage(mvc.get().uri("/routines/{slug}/sheet", "<script>alert(1)").exchange(),
				HttpStatus.NOT_FOUND);
		assertThat(body).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
	}

	@Test
	void pdfIsServedInlineWithItsFileName() {
		MvcTestResult result = mvc.get().uri("/routines/psoas-ball-sphinx/sheet.pdf").exchange();
		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("inline; filename=\"unknot-psoas-ball-sphinx.pdf\"");
		assertThat(result.getResponse().getContentAsByteArray()).startsWith("%PDF-".getBytes());
	}

	@Test
	void routinePageLinksToTheSheet() {
		MvcTestResult result = mvc.get().uri("/routines/psoas-ball-sphinx").exchange();
		assertThat(body(result)).contains("href=\"/routines/psoas-ball-sphinx/sheet\"");
	}

}
