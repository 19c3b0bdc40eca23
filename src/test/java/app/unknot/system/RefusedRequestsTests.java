package app.unknot.system;

import static app.unknot.system.ResponseChecks.assertInSiteLayout;
import static app.unknot.system.ResponseChecks.assertRevealsNoInternals;
import static app.unknot.system.ResponseChecks.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * One refusal, two answers: the site's error page in its layout for a person, problem
 * details (RFC 9457) for a JSON client, with the same status and sentence, and what the
 * visitor sent quoted shortened and as text in both.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RefusedRequestsTests {

	private static final String SCRIPT = "<script>alert(1)</script>";

	private final MockMvcTester mvc;

	RefusedRequestsTests(@Autowired MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@Test
	void theSameRefusalIsAPageForPeopleAndProblemDetailsForJsonClients() {
		MvcTestResult page = mvc.get().uri("/routines/no-such-routine").accept(MediaType.TEXT_HTML).exchange();
		assertThat(page).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		assertInSiteLayout(body(page));
		assertThat(body(page)).contains("Page not found", "There is no routine called “no-such-routine”.");

		MvcTestResult json = mvc.get().uri("/routines/no-such-routine").accept(MediaType.APPLICATION_JSON).exchange();
		assertThat(json).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(json).bodyJson().extractingPath("$.type").isEqualTo("about:blank");
		assertThat(json).bodyJson().extractingPath("$.title").isEqualTo("Not Found");
		assertThat(json).bodyJson().extractingPath("$.status").isEqualTo(404);
		assertThat(json).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("There is no routine called “no-such-routine”.");
		assertThat(body(json)).doesNotContain("\"instance\"", "/routines", "site-header", "trace");
		assertRevealsNoInternals(body(json));
	}

	@Test
	void aClientThatAsksForProblemDetailsGetsTheirOwnType() {
		MvcTestResult json = mvc.get()
			.uri("/routines/desk-break/sheet?paper=A5")
			.accept(MediaType.APPLICATION_PROBLEM_JSON)
			.exchange();

		assertThat(json).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(json).bodyJson().extractingPath("$.detail").asString().startsWith("“A5” is not a paper size");
	}

	@Test
	void aBrowserThatAlsoTakesAnythingGetsThePage() {
		MvcTestResult page = mvc.get()
			.uri("/routines/no-such-routine")
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.exchange();

		assertThat(page).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		assertInSiteLayout(body(page));
	}

	@Test
	void anOversizedValueIsShortenedAndShownAsTextOnThePageAndInJson() {
		String paper = SCRIPT + "x".repeat(5_000);
		// 80 characters: the script tag's 25 and 55 of the rest.
		String shown = "x".repeat(55) + "…”";

		MvcTestResult page = mvc.get()
			.uri("/routines/desk-break/sheet?paper={paper}", paper)
			.accept(MediaType.TEXT_HTML)
			.exchange();
		assertThat(page).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(page)).contains("“&lt;script&gt;alert(1)&lt;/script&gt;" + shown + " is not a paper size")
			.doesNotContain(SCRIPT, "x".repeat(56));

		MvcTestResult json = mvc.get()
			.uri("/routines/desk-break/sheet?paper={paper}", paper)
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
		assertThat(json).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(json).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("“" + SCRIPT + shown + " is not a paper size");
		assertThat(body(json)).doesNotContain("x".repeat(56));
	}

	@Test
	void shorteningNeverCutsACharacterInHalf() {
		String faces = "🙂".repeat(RequestRefusedException.MAX_SHOWN_LENGTH + 1);

		assertThat(RequestRefusedException.shorten(faces))
			.isEqualTo("🙂".repeat(RequestRefusedException.MAX_SHOWN_LENGTH) + "…");
		assertThat(RequestRefusedException.shorten("a4")).isEqualTo("a4");
	}

}
