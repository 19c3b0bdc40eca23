package app.unknot.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static app.unknot.system.SignedInUsers.signedIn;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.unknot.account.AccountService;
import app.unknot.account.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the service worker keeps for a session offline, over HTTP: the server answers
 * every set of answers itself, and what it lists as blocking is what blocks online.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/testdata")
class OfflineSessionTests {

	private static final String TIERS = "/routines/test-tiers/session";

	private final MockMvcTester mvc;

	private final JsonMapper json;

	private final AccountService accounts;

	OfflineSessionTests(@Autowired MockMvcTester mvc, @Autowired JsonMapper json, @Autowired AccountService accounts) {
		this.mvc = mvc;
		this.json = json;
		this.accounts = accounts;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> pack(String address) throws Exception {
		MvcTestResult result = mvc.get().uri(address).exchange();
		assertThat(result).hasStatusOk();
		return json.readValue(result.getResponse().getContentAsString(), Map.class);
	}

	@Test
	@SuppressWarnings("unchecked")
	void thePackListsThePagesAndWhatBlocksMostSeriousFirst() throws Exception {
		Map<String, Object> pack = pack(TIERS + "/offline?minutes=1");
		assertThat((List<String>) pack.get("questions")).containsExactly("test-dizzy", "test-red-flag", "test-balance");
		Map<String, String> stop = (Map<String, String>) pack.get("stop");
		// Urgent "do not start" before "ask a professional first"; adapt never blocks.
		assertThat(stop.keySet()).containsExactly("test-red-flag", "test-dizzy");
		assertThat(stop.get("test-red-flag")).isEqualTo(
				TIERS + "/answers?minutes=1&answer-test-dizzy=no&answer-test-red-flag=yes&answer-test-balance=no");
		assertThat(pack.get("check")).isEqualTo(TIERS + "/check?minutes=1");
		assertThat(pack.get("answers")).isEqualTo(TIERS + "/answers");
		assertThat((List<String>) pack.get("pages"))
			.contains("/routines/test-tiers?minutes=1", TIERS + "/unchecked?minutes=1",
					TIERS + "/answers?minutes=1&answer-test-dizzy=no&answer-test-red-flag=no&answer-test-balance=no",
					TIERS + "/answers?minutes=1&answer-test-dizzy=no&answer-test-red-flag=no&answer-test-balance=yes")
			.hasSize(7);
		// The player's modules import each other; the pages cannot name them all.
		assertThat((List<String>) pack.get("assets")).anyMatch(asset -> asset.endsWith("/session/timing.js"))
			.allMatch(asset -> asset.matches("/js/v[0-9a-f]+/.*\\.js"));
	}

	/**
	 * Kept pages hold a signed-in person's answers and report to their history: the
	 * worker saves them again when a page says it is for someone else. Only a signed-in
	 * page gives the token that sends waiting reports.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void thePackAndEveryPageSayWhomTheyAreFor() throws Exception {
		assertThat(pack(TIERS + "/offline").get("owner")).isEqualTo("anonymous");
		assertThat(mvc.get().uri("/routines")).bodyText()
			.contains("data-owner=\"anonymous\"", "Sign in to save it")
			.doesNotContain("data-csrf-token");

		String email = "offline-" + UUID.randomUUID() + "@example.org";
		String owner = "account-" + accounts.create(email, "a long enough password", Role.USER).getId();
		MvcTestResult pack = mvc.get().uri(TIERS + "/offline").with(signedIn(email)).exchange();
		assertThat(json.readValue(pack.getResponse().getContentAsString(), Map.class)).containsEntry("owner", owner);
		assertThat(mvc.get().uri("/routines").with(signedIn(email))).bodyText()
			.contains("data-owner=\"" + owner + "\"", "data-csrf-token=\"")
			.doesNotContain("Sign in to save it");
		assertThat(mvc.get()
			.uri(TIERS + "/answers?answer-test-dizzy=no&answer-test-red-flag=no&answer-test-balance=no")
			.with(signedIn(email))).bodyText().contains("id=\"session-history\"", "data-owner=\"" + owner + "\"");
	}

	@Test
	void everyPageTheWorkerKeepsAnswersAsTheServerDoesOnline() throws Exception {
		Map<String, Object> pack = pack(TIERS + "/offline");
		@SuppressWarnings("unchecked")
		List<String> pages = (List<String>) pack.get("pages");
		for (String page : pages) {
			assertThat(mvc.get().uri(page).exchange()).as(page).hasStatusOk();
		}
		assertThat(
				mvc.get().uri(TIERS + "/answers?answer-test-dizzy=no&answer-test-red-flag=no&answer-test-balance=no"))
			.bodyText()
			.contains("id=\"player\"");
		assertThat(
				mvc.get().uri(TIERS + "/answers?answer-test-dizzy=no&answer-test-red-flag=no&answer-test-balance=yes"))
			.bodyText()
			.contains("id=\"player\"", "Adapted for you", "Test: balance");
	}

	@Test
	void aDoNotStartAnswerInTheAddressNeverGivesThePlayer() {
		for (String yes : List.of("red-flag", "dizzy")) {
			String address = TIERS + "/answers?answer-test-dizzy=" + ("dizzy".equals(yes) ? "yes" : "no")
					+ "&answer-test-red-flag=" + ("red-flag".equals(yes) ? "yes" : "no") + "&answer-test-balance=no";
			MvcTestResult result = mvc.get().uri(address).exchange();
			assertThat(result).as(address).hasStatusOk();
			assertThat(result).bodyText().doesNotContain("id=\"player\"", "session-data").contains("check-form");
		}
	}

	@Test
	void answersInTheAddressAreRememberedNowhere() {
		MockHttpSession session = new MockHttpSession();
		assertThat(mvc.get()
			.uri(TIERS + "/answers?answer-test-dizzy=no&answer-test-red-flag=no&answer-test-balance=no")
			.session(session)).bodyText().contains("id=\"player\"");
		assertThat(mvc.get().uri(TIERS).session(session)).bodyText()
			.contains("check-form")
			.doesNotContain("id=\"player\"");
	}

	@Test
	void theCheckAlwaysAsksEvenAfterAnswersInThisBrowserSession() {
		MockHttpSession session = new MockHttpSession();
		assertThat(mvc.post()
			.uri(TIERS)
			.session(session)
			.with(csrf())
			.param("answer-test-dizzy", "no")
			.param("answer-test-red-flag", "no")
			.param("answer-test-balance", "no")).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri(TIERS).session(session)).bodyText().contains("id=\"player\"");
		assertThat(mvc.get().uri(TIERS + "/check").session(session)).bodyText()
			.contains("check-form")
			.doesNotContain("id=\"player\"");
	}

	@Test
	void incompleteOrHandMadeAnswersAreRefusedInTheSiteLayout() {
		assertThat(mvc.get().uri(TIERS + "/answers?answer-test-dizzy=no")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("check-form");
		assertThat(mvc.get()
			.uri(TIERS + "/answers?answer-test-dizzy=maybe&answer-test-red-flag=no&answer-test-balance=no"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("site-footer");
		assertThat(mvc.get().uri("/routines/no-such-routine/session/offline")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(TIERS + "/offline?minutes=lots")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void theUncheckedPageNeverOffersThePlayer() {
		assertThat(mvc.get().uri(TIERS + "/unchecked")).hasStatusOk()
			.bodyText()
			.contains("These answers cannot be checked offline", "Answer the questions again")
			.doesNotContain("id=\"player\"");
	}

}
