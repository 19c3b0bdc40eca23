package app.unknot.sheet;

import static app.unknot.system.ResponseChecks.assertInSiteLayout;
import static app.unknot.system.ResponseChecks.assertRevealsNoInternals;
import static app.unknot.system.ResponseChecks.body;
import static app.unknot.system.SignedInUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.account.AccountService;
import app.unknot.account.Role;
import app.unknot.editor.RoutineEditor;

/**
 * Sheet PDFs of catalog routines are rendered once per variant and then served from
 * memory; private routines are rendered for their owner every time; and when every
 * renderer is busy a request is turned away with a 503 page rather than queued. One
 * renderer and no waiting here, so that holding the renderer makes the next rendering
 * find it busy.
 */
@SpringBootTest(properties = { "unknot.sheet.pdf-renderers=1", "unknot.sheet.pdf-render-wait=0s" })
@AutoConfigureMockMvc
@Transactional
class SheetPdfCacheTests {

	private static final String OWNER = "sheet-owner@example.org";

	private static final String STRANGER = "sheet-stranger@example.org";

	private final MockMvcTester mvc;

	private final PdfRenderingLimit limit;

	@MockitoSpyBean
	private SheetPdfRenderer renderer;

	SheetPdfCacheTests(@Autowired MockMvcTester mvc, @Autowired PdfRenderingLimit limit) {
		this.mvc = mvc;
		this.limit = limit;
	}

	@TestConfiguration
	static class FixedDate {

		/**
		 * The printed date is part of the cache key; a fixed one keeps midnight out of
		 * the tests.
		 */
		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse("2026-03-05T10:00:00Z"), ZoneOffset.UTC);
		}

	}

	@Test
	void theSameCatalogSheetIsRenderedOnceAndEachVariantOnce() {
		byte[] first = pdf(mvc.get().uri("/routines/psoas-ball-sphinx/sheet.pdf?paper=a4"));
		byte[] second = pdf(mvc.get().uri("/routines/psoas-ball-sphinx/sheet.pdf?paper=a4"));

		verifyRenderings(1);
		assertThat(second).isEqualTo(first);

		// Another paper size, language and host (one the server accepts) each change the
		// bytes, so each is rendered once.
		pdf(mvc.get().uri("/routines/psoas-ball-sphinx/sheet.pdf?paper=letter"));
		pdf(mvc.get()
			.uri("/routines/psoas-ball-sphinx/sheet.pdf?paper=a4")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en-US"));
		byte[] otherHost = pdf(mvc.get().uri("/routines/psoas-ball-sphinx/sheet.pdf?paper=a4").with(request -> {
			request.setServerName("127.0.0.1");
			return request;
		}));
		pdf(mvc.get().uri("/routines/psoas-ball-sphinx/sheet.pdf?paper=letter"));
		verifyRenderings(4);
		assertThat(text(otherHost)).contains("http://127.0.0.1/routines/psoas-ball-sphinx");
	}

	@Test
	void privateRoutinesAreRenderedForTheirOwnerEachTimeAndNeverServedToAnyoneElse(@Autowired AccountService accounts,
			@Autowired RoutineEditor editor) {
		long owner = accounts.create(OWNER, "correct horse battery", Role.USER).getId();
		accounts.create(STRANGER, "correct horse battery", Role.USER);
		String slug = editor.copy(owner, "daily-pelvic-relaxation");
		String uri = "/routines/" + slug + "/sheet.pdf?paper=a4";

		pdf(mvc.get().uri(uri).with(signedIn(OWNER)));
		pdf(mvc.get().uri(uri).with(signedIn(OWNER)));
		verifyRenderings(2);

		assertThat(mvc.get().uri(uri).with(signedIn(STRANGER)).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(uri).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		verifyRenderings(2);
	}

	@Test
	void whileEveryRendererIsBusyACachedSheetIsServedAndANewOneIsA503InTheSiteLayout() {
		byte[] cached = pdf(mvc.get().uri("/routines/desk-break/sheet.pdf?paper=a4"));

		limit.run(() -> {
			assertThat(pdf(mvc.get().uri("/routines/desk-break/sheet.pdf?paper=a4"))).isEqualTo(cached);

			MvcTestResult busy = mvc.get().uri("/routines/desk-break/sheet.pdf?paper=letter").exchange();
			assertThat(busy).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
				.hasHeader(HttpHeaders.RETRY_AFTER, "5")
				.hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
			String page = body(busy);
			assertInSiteLayout(page);
			assertRevealsNoInternals(page);
			assertThat(page).contains("Too busy right now").contains("could not be made just now");
			return null;
		});
		verifyRenderings(1);

		// Once the renderer is free again, the same request gets its PDF.
		pdf(mvc.get().uri("/routines/desk-break/sheet.pdf?paper=letter"));
	}

	private static byte[] pdf(MockMvcTester.MockMvcRequestBuilder request) {
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		return result.getResponse().getContentAsByteArray();
	}

	private static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	private void verifyRenderings(int count) {
		verify(renderer, times(count)).render(anyString(), anyMap(), any(), any());
	}

}
