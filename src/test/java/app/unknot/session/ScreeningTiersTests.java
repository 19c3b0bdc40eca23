package app.unknot.session;

import static app.unknot.system.ResponseChecks.assertInSiteLayout;
import static app.unknot.system.ResponseChecks.assertRevealsNoInternals;
import static app.unknot.system.ResponseChecks.body;
import static app.unknot.system.SignedInUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.account.AccountService;
import app.unknot.account.Role;

/**
 * The three screening tiers over HTTP, with the test routine of db/testdata whose
 * questions are one per tier: an urgent "do not start" (test-red-flag), "ask a
 * professional first" (test-dizzy) and, for this routine only, "adapt as you go"
 * (test-balance).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@TestPropertySource(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/testdata")
class ScreeningTiersTests {

	private static final String TIERS = "/routines/test-tiers/session";

	private static final String CLEARANCE = TIERS + "/clearance";

	private static final String EMAIL = "cleared@example.org";

	private final MockMvcTester mvc;

	private final AccountService accounts;

	ScreeningTiersTests(@Autowired MockMvcTester mvc, @Autowired AccountService accounts) {
		this.mvc = mvc;
		this.accounts = accounts;
	}

	@BeforeEach
	void createAccount() {
		accounts.create(EMAIL, "correct horse battery", Role.USER);
	}

	private MvcTestResult answer(MockHttpSession session, RequestPostProcessor who, String redFlag, String dizzy,
			String balance) {
		return mvc.post()
			.uri(TIERS)
			.with(csrf())
			.with(who)
			.session(session)
			.param("answer-test-red-flag", redFlag)
			.param("answer-test-dizzy", dizzy)
			.param("answer-test-balance", balance)
			.exchange();
	}

	private static RequestPostProcessor anonymous() {
		return request -> request;
	}

	private String page(MockHttpSession session, RequestPostProcessor who) {
		MvcTestResult result = mvc.get().uri(TIERS).with(who).session(session).exchange();
		assertThat(result).hasStatusOk();
		return body(result);
	}

	@Test
	void questionsListTheSignsTheyAskAbout() {
		assertThat(page(new MockHttpSession(), anonymous())).contains("Test: do you have any of these signs?")
			.contains("<li>Test sign one</li>", "<li>Test sign two</li>")
			// The adapt-only question says up front that a yes does not stop the session.
			.contains("A yes to this question does not stop the session");
	}

	@Test
	void anUrgentYesSaysGetHelpNowAndOffersNoWayAround() {
		MockHttpSession session = new MockHttpSession();
		answer(session, anonymous(), "yes", "yes", "no");

		String blocked = page(session, anonymous());

		assertThat(blocked).contains("Get medical help now")
			.contains("Test advice: call your emergency number now.")
			.contains("Check with a professional first")
			// With a "do not start" in the way, a clearance would not help, so none is
			// offered.
			.doesNotContain("check-clearance")
			.doesNotContain("id=\"player\"");
	}

	@Test
	void askFirstBlocksUntilTheVisitorConfirmsAClearanceForThisBrowserSessionOnly() {
		MockHttpSession session = new MockHttpSession();
		answer(session, anonymous(), "no", "yes", "no");

		String blocked = page(session, anonymous());
		assertThat(blocked).contains("Check with a professional first")
			.contains("Test advice: ask a doctor first.")
			.contains("name=\"cleared\" value=\"test-dizzy\"")
			.contains("until you close your browser")
			.doesNotContain("Please do not start this routine today", "id=\"player\"");

		MvcTestResult cleared = mvc.post()
			.uri(CLEARANCE)
			.with(csrf())
			.session(session)
			.param("cleared", "test-dizzy")
			.exchange();
		assertThat(cleared).hasStatus3xxRedirection().redirectedUrl().isEqualTo(TIERS);
		assertThat(page(session, anonymous())).contains("id=\"player\"").contains("Adapted for you: Test: dizziness.");

		// A new browser session asks again, and the same yes blocks again.
		MockHttpSession later = new MockHttpSession();
		answer(later, anonymous(), "no", "yes", "no");
		assertThat(page(later, anonymous())).contains("Check with a professional first")
			.doesNotContain("id=\"player\"");
	}

	@Test
	void anAdaptOnlyYesStartsTheSession() {
		MockHttpSession session = new MockHttpSession();
		answer(session, anonymous(), "no", "no", "yes");

		assertThat(page(session, anonymous())).contains("id=\"player\"")
			.doesNotContain("check-form")
			// Adapt-only here, although the caution asks first by default: the routine's
			// tier counts.
			.contains("Adapted for you: Test: balance.");
	}

	@Test
	void aSignedInClearanceIsRememberedInTheProfileUntilTakenBack() {
		MockHttpSession first = new MockHttpSession();
		answer(first, signedIn(EMAIL), "no", "yes", "no");
		mvc.post()
			.uri(CLEARANCE)
			.with(csrf())
			.with(signedIn(EMAIL))
			.session(first)
			.param("cleared", "test-dizzy")
			.exchange();

		// Another browser session: the same yes no longer needs confirming.
		MockHttpSession second = new MockHttpSession();
		answer(second, signedIn(EMAIL), "no", "yes", "no");
		assertThat(page(second, signedIn(EMAIL))).contains("id=\"player\"");

		MvcTestResult profile = mvc.get().uri("/my/safety").with(signedIn(EMAIL)).exchange();
		assertThat(body(profile)).contains("Test: dizziness — cleared for “Test tiers routine”");

		MvcTestResult withdrawn = mvc.post()
			.uri("/my/safety/clearances/withdraw")
			.with(csrf())
			.with(signedIn(EMAIL))
			.param("routine", "test-tiers")
			.param("caution", "test-dizzy")
			.exchange();
		assertThat(withdrawn).hasStatus3xxRedirection();

		MockHttpSession third = new MockHttpSession();
		answer(third, signedIn(EMAIL), "no", "yes", "no");
		assertThat(page(third, signedIn(EMAIL))).contains("Check with a professional first")
			.doesNotContain("id=\"player\"");
	}

	@Test
	void aClearanceTurnsTheCatalogLabelCalmAndLetsTheSafeFilterShowTheRoutine() {
		mvc.post().uri("/my/safety").with(csrf()).with(signedIn(EMAIL)).param("caution", "test-dizzy").exchange();
		String before = body(mvc.get().uri("/routines?q=tiers").with(signedIn(EMAIL)).exchange());
		assertThat(before).contains("Check with a professional first: Test: dizziness").contains("conflict-blocking");
		assertThat(body(mvc.get().uri("/routines?q=tiers&safe=1").with(signedIn(EMAIL)).exchange()))
			.doesNotContain("id=\"routine-test-tiers\"");

		MockHttpSession session = new MockHttpSession();
		answer(session, signedIn(EMAIL), "no", "yes", "no");
		mvc.post()
			.uri(CLEARANCE)
			.with(csrf())
			.with(signedIn(EMAIL))
			.session(session)
			.param("cleared", "test-dizzy")
			.exchange();

		String after = body(mvc.get().uri("/routines?q=tiers").with(signedIn(EMAIL)).exchange());
		assertThat(after).contains("Cleared by your professional: Test: dizziness").doesNotContain("conflict-blocking");
		assertThat(body(mvc.get().uri("/routines?q=tiers&safe=1").with(signedIn(EMAIL)).exchange()))
			.contains("id=\"routine-test-tiers\"");
	}

	@Test
	void anAdaptOnlyTickIsLabelledCalmlyAndNeverHidesTheRoutine() {
		mvc.post().uri("/my/safety").with(csrf()).with(signedIn(EMAIL)).param("caution", "test-balance").exchange();

		assertThat(body(mvc.get().uri("/routines?q=tiers").with(signedIn(EMAIL)).exchange()))
			.contains("Adapt as you go: Test: balance")
			.contains("conflict-adapts");
		assertThat(body(mvc.get().uri("/routines?q=tiers&safe=1").with(signedIn(EMAIL)).exchange()))
			.contains("id=\"routine-test-tiers\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "test-red-flag", "test-balance", "hernia", "<script>alert(1)</script>" })
	void aClearanceForAnythingButAnAskFirstYesIsA400(String code) {
		MockHttpSession session = new MockHttpSession();
		answer(session, anonymous(), "yes", "yes", "yes");

		MvcTestResult refused = mvc.post()
			.uri(CLEARANCE)
			.with(csrf())
			.session(session)
			.param("cleared", code)
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertInSiteLayout(body(refused));
		assertRevealsNoInternals(body(refused));
		assertThat(body(refused)).doesNotContain("<script>alert(1)</script>");
		assertThat(page(session, anonymous())).doesNotContain("id=\"player\"");
	}

	@Test
	void aClearanceBeforeAnyAnswerOrWithoutACodeIsA400() {
		assertThat(mvc.post().uri(CLEARANCE).with(csrf()).param("cleared", "test-dizzy").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.post().uri(CLEARANCE).with(csrf()).exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.post()
			.uri("/routines/no-such-routine/session/clearance")
			.with(csrf())
			.param("cleared", "test-dizzy")
			.exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aClearanceNeedsACsrfToken() {
		assertThat(mvc.post().uri(CLEARANCE).param("cleared", "test-dizzy").exchange()).hasStatus(HttpStatus.FORBIDDEN);
	}

}
