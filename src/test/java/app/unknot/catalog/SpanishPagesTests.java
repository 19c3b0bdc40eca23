package app.unknot.catalog;

import static app.unknot.system.ResponseChecks.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The catalog's own texts in Spanish for a visitor whose browser asks for it, on every
 * page that shows them; English for everybody else.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SpanishPagesTests {

	private static final String DAILY = "/routines/daily-pelvic-relaxation";

	private static final Pattern ANSWER = Pattern.compile("name=\"(answer-[a-z-]+)\"");

	private static final Pattern PLAYER_DATA = Pattern
		.compile("<script type=\"application/json\" id=\"session-data\">(.*?)</script>", Pattern.DOTALL);

	private final MockMvcTester mvc;

	SpanishPagesTests(@Autowired MockMvcTester mvc) {
		this.mvc = mvc;
	}

	private String page(String uri, String language) {
		MvcTestResult result = mvc.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange();
		assertThat(result).hasStatusOk();
		return body(result);
	}

	private String spanish(String uri) {
		return page(uri, "es");
	}

	@Test
	void aRoutinePageShowsTheSpanishTitleStepsAndCautions() {
		assertThat(spanish(DAILY))
			.contains("Relajación pélvica diaria", "Una rutina corta para cada día", "Acomódate y respira",
					"Círculos en el bajo vientre", "Sáltate el paso si no encuentras un punto sin pulso",
					"Aneurisma de aorta", "Coágulos de sangre")
			.doesNotContain("Daily pelvic relaxation", "Settle and breathe", "Blood clots");
	}

	@Test
	void withoutSpanishInTheRequestThePageStaysEnglish() {
		assertThat(page(DAILY, "en")).contains("Daily pelvic relaxation", "Settle and breathe", "Blood clots")
			.doesNotContain("Relajación pélvica diaria", "Acomódate y respira");
		assertThat(page(DAILY, "de")).contains("Daily pelvic relaxation");
	}

	@Test
	void theCatalogAndMusclePagesShowTheSpanish() {
		assertThat(spanish("/routines")).contains("Relajación pélvica diaria", "Liberación del psoas con las manos",
				"Aductores (cara interna del muslo)");
		assertThat(spanish("/muscles")).contains("Suelo pélvico", "Músculos lumbares");
		assertThat(spanish("/muscles/psoas")).contains("Parte profunda delantera de la cadera",
				"Un músculo largo y profundo", "Relajación pélvica diaria");
	}

	@Test
	void theCatalogListsSpanishTitlesInTheirOwnOrder() {
		String catalog = spanish("/routines");
		// "Activación…" sorts first in Spanish; its English title ("Gentle core…") does
		// not.
		assertThat(catalog.indexOf("Activación suave del abdomen")).isPositive()
			.isLessThan(catalog.indexOf("Relajación pélvica diaria"));
	}

	@Test
	void searchFindsSpanishWordsAndAreas() {
		assertThat(spanish("/routines?q=pelota")).contains("Liberación de la zona lumbar con una pelota de tenis")
			.doesNotContain("Pausa en el escritorio");
		assertThat(spanish("/routines?q=nalgas")).contains("Estiramientos para la nalga y el piriforme");
		assertThat(spanish("/routines?q=dolor+de+espalda"))
			.contains("Liberación de la zona lumbar con una pelota de tenis");
	}

	@Test
	void theSessionCheckAndThePlayerSpeakSpanish() throws Exception {
		String uri = "/routines/desk-break/session";
		MockHttpSession session = new MockHttpSession();
		MvcTestResult check = mvc.get().uri(uri).session(session).header(HttpHeaders.ACCEPT_LANGUAGE, "es").exchange();
		String checkPage = body(check);
		assertThat(checkPage).contains("¿Has tenido alguna vez un coágulo");

		Set<String> answers = new LinkedHashSet<>();
		Matcher names = ANSWER.matcher(checkPage);
		while (names.find()) {
			answers.add(names.group(1));
		}
		assertThat(answers).isNotEmpty();
		var post = mvc.post().uri(uri).with(csrf()).session(session).header(HttpHeaders.ACCEPT_LANGUAGE, "es");
		answers.forEach(name -> post.param(name, "no"));
		assertThat(post.exchange()).hasStatus3xxRedirection();

		String player = body(mvc.get().uri(uri).session(session).header(HttpHeaders.ACCEPT_LANGUAGE, "es").exchange());
		Matcher data = PLAYER_DATA.matcher(player);
		assertThat(data.find()).as("the player's data block").isTrue();
		assertThat(data.group(1))
			.contains("Basculaciones de pelvis sentado", "Amasa la cara interna de los muslos",
					"Para a un ancho de mano por debajo del pliegue de la ingle")
			.doesNotContain("Seated pelvic tilts");
	}

	@Test
	void theSheetAndItsPdfAreInSpanish() throws IOException {
		assertThat(spanish(DAILY + "/sheet")).contains("Relajación pélvica diaria", "Ablanda el psoas");
		MvcTestResult pdf = mvc.get().uri(DAILY + "/sheet.pdf").header(HttpHeaders.ACCEPT_LANGUAGE, "es").exchange();
		assertThat(pdf).hasStatusOk();
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Relajación pélvica diaria", "Ablanda el psoas");
		}
	}

}
