package app.unknot.profile;

import static app.unknot.system.ResponseChecks.assertInSiteLayout;
import static app.unknot.system.ResponseChecks.assertRevealsNoInternals;
import static app.unknot.system.ResponseChecks.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.account.AccountService;
import app.unknot.account.Role;
import app.unknot.catalog.CatalogQuery;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SafetyProfileTests {

	private static final String EMAIL = "careful@example.org";

	private final MockMvcTester mvc;

	private final AccountService accounts;

	SafetyProfileTests(@Autowired MockMvcTester mvc, @Autowired AccountService accounts) {
		this.mvc = mvc;
		this.accounts = accounts;
	}

	@BeforeEach
	void createAccount() {
		accounts.create(EMAIL, "correct horse battery", Role.USER);
	}

	private MvcTestResult save(String[] cautions, String[] areas) {
		return mvc.post()
			.uri("/my/safety")
			.with(csrf())
			.with(user(EMAIL))
			.param("caution", cautions)
			.param("avoid", areas)
			.exchange();
	}

	private String page(String uri) {
		MvcTestResult result = mvc.get().uri(uri).with(user(EMAIL)).exchange();
		assertThat(result).hasStatusOk();
		return body(result);
	}

	/** Each card's routine slug with the card's HTML. */
	private static Map<String, String> cards(String body) {
		Map<String, String> cards = new LinkedHashMap<>();
		String[] parts = body.split("<li class=\"card\" id=\"routine-");
		// parts[0] is the page before the first card; the last card runs to the end of the page.
		for (int i = 1; i < parts.length; i++) {
			cards.put(parts[i].substring(0, parts[i].indexOf('"')), parts[i]);
		}
		return cards;
	}

	@Test
	void pageOffersTheCautionsAskedBeforeSessionsAndEveryMuscleGroup() {
		String body = page("/my/safety");

		assertInSiteLayout(body);
		assertThat(body).contains("name=\"_csrf\"")
			.contains("value=\"recent-surgery\"", "value=\"hernia\"", "value=\"pregnancy\"",
					"value=\"digestive-inflammatory\"", "value=\"recent-injury\"")
			.contains("Do you have a hernia, or a bulge in your belly or groin that has not been checked?")
			// Cautions that apply during every session are not a personal choice.
			.doesNotContain("value=\"stop-signs\"", "value=\"bone\"", "value=\"abdominal-pulse\"")
			.contains("name=\"avoid\" value=\"abdomen\"", "name=\"avoid\" value=\"psoas\"")
			.doesNotContain("checked=\"checked\"");
	}

	@Test
	void savingRedirectsAndTheTicksComeBackCheckedAndCanBeReplaced() {
		assertThat(save(new String[] { "hernia", "pregnancy" }, new String[] { "abdomen" }))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/my/safety?saved");

		String saved = page("/my/safety?saved");
		assertThat(saved).contains("Your safety profile is saved")
			.containsPattern("value=\"hernia\"\\s+checked")
			.containsPattern("value=\"pregnancy\"\\s+checked")
			.containsPattern("value=\"abdomen\"\\s+checked")
			.doesNotContainPattern("value=\"recent-surgery\"\\s+checked");

		assertThat(save(new String[0], new String[] { "psoas" })).hasRedirectedUrl("/my/safety?saved");
		String replaced = page("/my/safety");
		assertThat(replaced).doesNotContainPattern("value=\"hernia\"\\s+checked")
			.containsPattern("value=\"psoas\"\\s+checked")
			.doesNotContainPattern("value=\"abdomen\"\\s+checked");
	}

	@ParameterizedTest
	@ValueSource(strings = { "no-such-caution", "stop-signs", "<script>alert(1)</script>" })
	void unknownOrUnofferedChoicesAreA400InTheLayoutAndNothingIsSaved(String value) {
		save(new String[] { "hernia" }, new String[0]);

		MvcTestResult result = save(new String[] { "pregnancy", value }, new String[0]);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		String body = body(result);
		assertInSiteLayout(body);
		assertRevealsNoInternals(body);
		assertThat(body).contains("is not one of the choices").doesNotContain("<script>alert(1)");
		assertThat(page("/my/safety")).containsPattern("value=\"hernia\"\\s+checked")
			.doesNotContainPattern("value=\"pregnancy\"\\s+checked");
	}

	@Test
	void anUnknownAreaIsA400Too() {
		assertThat(save(new String[0], new String[] { "elbow" })).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void anonymousVisitorsAreSentToSignInAndPostsNeedACsrfToken() {
		assertThat(mvc.get().uri("/my/safety")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(mvc.post().uri("/my/safety").with(user(EMAIL)).param("caution", "hernia"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void catalogMarksConflictingRoutinesWithTheReason() {
		save(new String[] { "hernia" }, new String[] { "abdomen" });

		Map<String, String> cards = cards(page("/routines"));

		assertThat(cards).hasSize(13);
		assertThat(cards.get("gentle-core-activation")).contains("class=\"conflict\"")
			.contains("Not for you: Hernia")
			.contains("Works an area you avoid: Abdomen");
		// The stretches' main areas leave out the belly, but two of their steps work it.
		assertThat(cards.get("hip-and-back-stretches")).contains("Works an area you avoid: Abdomen")
			.doesNotContain("Not for you");
		// The self-check works only the hips and back, and carries no hernia caution.
		assertThat(cards.get("thomas-test-self-check")).doesNotContain("class=\"conflict\"");
		assertThat(page("/routines")).doesNotContain("Works an area you avoid: Psoas");
	}

	@Test
	void routineAndMusclePagesMarkConflictsToo() {
		save(new String[] { "hernia" }, new String[0]);

		assertThat(page("/routines/gentle-core-activation")).contains("Not for you: Hernia")
			.contains("href=\"/my/safety\"");
		assertThat(page("/routines/thomas-test-self-check")).doesNotContain("Not for you");
		assertThat(cards(page("/muscles/abdomen")).get("gentle-core-activation")).contains("Not for you: Hernia");
	}

	@Test
	void anonymousVisitorsAndEmptyProfilesSeeNoMarks() {
		assertThat(body(mvc.get().uri("/routines").exchange())).doesNotContain("class=\"conflict\"");
		assertThat(page("/routines")).doesNotContain("class=\"conflict\"");
	}

	@Test
	void safeFilterHidesExactlyTheMarkedRoutines() {
		save(new String[] { "hernia" }, new String[] { "adductors" });
		Map<String, String> all = cards(page("/routines"));
		List<String> unmarked = all.entrySet()
			.stream()
			.filter(card -> !card.getValue().contains("class=\"conflict\""))
			.map(Map.Entry::getKey)
			.toList();
		assertThat(unmarked).isNotEmpty().hasSizeLessThan(all.size());

		String safe = page("/routines?safe=1");

		assertThat(cards(safe).keySet()).containsExactlyElementsOf(unmarked);
		assertThat(safe).contains(unmarked.size() + " routine")
			.containsPattern("name=\"safe\" value=\"1\"\\s+checked")
			.contains("value=\"/routines?safe=1#routine-")
			.contains("· 1 active");
	}

	@Test
	void safeFilterCombinesWithOtherFiltersAndStaysInPageLinks() {
		assertThat(new CatalogQuery("psoas", null, null, null, null, null, true).toUrl(2))
			.isEqualTo("/routines?muscle=psoas&safe=1&page=2");
		save(new String[] { "hernia" }, new String[0]);

		assertThat(cards(page("/routines?muscle=lower-back&safe=1")).keySet()).contains("hip-and-back-stretches")
			.doesNotContain("gentle-core-activation", "bolster-evening-unwind", "desk-break");
	}

	@Test
	void safeFilterIsIgnoredWithANoteForAnonymousVisitors() {
		String body = body(mvc.get().uri("/routines?safe=1").exchange());

		assertThat(body).contains("Some filters were ignored")
			.contains("needs you to be signed in")
			.contains("13 routines")
			.doesNotContain("name=\"safe\"");
	}

	@Test
	void aSafeValueOtherThanOneIsIgnoredWithANote() {
		MvcTestResult result = mvc.get().uri("/routines?safe={value}", "<b>yes").with(user(EMAIL)).exchange();
		String body = body(result);

		assertThat(body).contains("is not a value for the safety profile filter")
			.contains("&lt;b&gt;yes")
			.contains("13 routines");
	}

	@Test
	void sessionCheckIsPrefilledFromTheProfileButStillAsked() {
		save(new String[] { "hernia" }, new String[0]);

		String check = page("/routines/gentle-core-activation/session");

		assertThat(check).contains("check-form")
			.doesNotContain("id=\"player\"")
			.contains("filled in from your safety profile")
			.containsPattern("name=\"answer-hernia\" value=\"yes\"[^>]*checked")
			.containsPattern("name=\"answer-pregnancy\" value=\"no\"[^>]*checked")
			.containsPattern("name=\"answer-recent-surgery\" value=\"no\"[^>]*checked")
			.doesNotContainPattern("name=\"answer-hernia\" value=\"no\"[^>]*checked")
			// Not answered yet, so nothing is blocked before the person confirms.
			.doesNotContain("Please do not start this routine today");
	}

	@Test
	void answersGivenInThisBrowserSessionWinOverThePrefill() {
		save(new String[] { "hernia" }, new String[0]);
		MockHttpSession session = new MockHttpSession();
		mvc.post()
			.uri("/routines/gentle-core-activation/session")
			.with(csrf())
			.with(user(EMAIL))
			.session(session)
			.param("answer-recent-surgery", "no")
			.param("answer-hernia", "no")
			.param("answer-pregnancy", "no")
			.param("answer-recent-injury", "no")
			.param("answer-after-childbirth", "no")
			.param("answer-pelvic-pain", "no")
			.param("answer-fragile-bones", "no")
			.param("answer-back-red-flags-emergency", "no")
			.param("answer-back-red-flags-soon", "no")
			.exchange();

		assertThat(body(mvc.get().uri("/routines/gentle-core-activation/session").with(user(EMAIL)).session(session)
			.exchange())).contains("id=\"player\"");
	}

	@Test
	void sessionCheckIsNotPrefilledWithoutAnAccount() {
		String check = body(mvc.get().uri("/routines/gentle-core-activation/session").exchange());

		assertThat(check).contains("check-form").doesNotContain("checked=\"checked\"").doesNotContain("safety profile");
	}

}
