package app.unknot.profile;

import static app.unknot.system.ResponseChecks.assertInSiteLayout;
import static app.unknot.system.ResponseChecks.assertRevealsNoInternals;
import static app.unknot.system.ResponseChecks.body;
import static app.unknot.system.SignedInUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
			.with(signedIn(EMAIL))
			.param("caution", cautions)
			.param("avoid", areas)
			.exchange();
	}

	private String page(String uri) {
		MvcTestResult result = mvc.get().uri(uri).with(signedIn(EMAIL)).exchange();
		assertThat(result).hasStatusOk();
		return body(result);
	}

	/** Each card's routine slug with the card's HTML. */
	private static Map<String, String> cards(String body) {
		Map<String, String> cards = new LinkedHashMap<>();
		String[] parts = body.split("<li class=\"card\" id=\"routine-");
		// parts[0] is the page before the first card; the last card runs to the end of
		// the page.
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
			.contains("value=\"blood-clots\"", "value=\"blood-thinners\"", "value=\"hip-replacement\"")
			// What is true only today, or needs help at once, is asked fresh before every
			// session.
			.doesNotContain("value=\"back-red-flags-emergency\"", "value=\"back-red-flags-soon\"", "value=\"fever\"",
					"value=\"after-meal\"", "value=\"new-belly-pain\"")
			.contains("name=\"avoid\" value=\"abdomen\"", "name=\"avoid\" value=\"psoas\"")
			.doesNotContain("checked=\"checked\"");
	}

	@Test
	void savingRedirectsAndTheTicksComeBackCheckedAndCanBeReplaced() {
		assertThat(save(new String[] { "hernia", "pregnancy" }, new String[] { "abdomen" })).hasStatus3xxRedirection()
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
		assertThat(mvc.post().uri("/my/safety").with(signedIn(EMAIL)).param("caution", "hernia"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void catalogMarksConflictingRoutinesWithTheReason() {
		save(new String[] { "hernia" }, new String[] { "abdomen" });

		Map<String, String> cards = cards(page("/routines"));

		assertThat(cards).hasSize(16);
		assertThat(cards.get("gentle-core-activation")).contains("conflict-blocking")
			.contains("Check with a professional first: Hernia")
			.contains("Works an area you avoid: Abdomen");
		// The stretches' main areas leave out the belly, but two of their steps work it.
		assertThat(cards.get("hip-and-back-stretches")).contains("Works an area you avoid: Abdomen")
			.doesNotContain("Hernia");
		// The self-check works only the hips and back, and carries no hernia caution.
		assertThat(cards.get("thomas-test-self-check")).doesNotContain("class=\"conflict ");
		assertThat(page("/routines")).doesNotContain("Works an area you avoid: Psoas");
	}

	@Test
	void routineAndMusclePagesMarkConflictsToo() {
		save(new String[] { "hernia" }, new String[0]);

		assertThat(page("/routines/gentle-core-activation")).contains("Check with a professional first: Hernia")
			.contains("href=\"/my/safety\"");
		assertThat(page("/routines/thomas-test-self-check")).doesNotContain("Hernia");
		assertThat(cards(page("/muscles/abdomen")).get("gentle-core-activation"))
			.contains("Check with a professional first: Hernia");
	}

	@Test
	void anAreaLabelNamesOnlyAreasTheRoutinePageShows() {
		save(new String[0], new String[] { "abdomen" });

		String stretches = page("/routines/hip-and-back-stretches");

		// The belly is not among the routine's main areas, but two steps work it: the
		// page says so.
		assertThat(stretches).contains("Works an area you avoid: Abdomen");
		String alsoWorked = stretches.substring(stretches.indexOf("Some steps also work"));
		assertThat(alsoWorked.substring(0, alsoWorked.indexOf("</ul>"))).contains(">Abdomen</a>");
	}

	@Test
	void anonymousVisitorsAndEmptyProfilesSeeNoMarks() {
		assertThat(body(mvc.get().uri("/routines").exchange())).doesNotContain("class=\"conflict ");
		assertThat(page("/routines")).doesNotContain("class=\"conflict ");
	}

	@Test
	void safeFilterHidesExactlyTheMarkedRoutines() {
		save(new String[] { "hernia" }, new String[] { "adductors" });
		Map<String, String> all = cards(page("/routines"));
		List<String> unmarked = all.entrySet()
			.stream()
			.filter(card -> !card.getValue().contains("conflict-blocking"))
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
			.contains("16 routines")
			.doesNotContain("name=\"safe\"");
	}

	@Test
	void aSafeValueOtherThanOneIsIgnoredWithANote() {
		MvcTestResult result = mvc.get().uri("/routines?safe={value}", "<b>yes").with(signedIn(EMAIL)).exchange();
		String body = body(result);

		assertThat(body).contains("is not a value for the safety profile filter")
			.contains("&lt;b&gt;yes")
			.contains("16 routines");
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
		String check = page("/routines/gentle-core-activation/session");
		List<String> questions = Pattern.compile("name=\"(answer-[a-z0-9-]+)\" value=\"no\"")
			.matcher(check)
			.results()
			.map(match -> match.group(1))
			.distinct()
			.toList();
		assertThat(questions).contains("answer-hernia");
		MockHttpServletRequestBuilder allNo = post("/routines/gentle-core-activation/session").with(csrf())
			.with(signedIn(EMAIL))
			.session(session);
		questions.forEach(question -> allNo.param(question, "no"));
		assertThat(mvc.perform(allNo)).hasStatus3xxRedirection();

		assertThat(body(mvc.get()
			.uri("/routines/gentle-core-activation/session")
			.with(signedIn(EMAIL))
			.session(session)
			.exchange())).contains("id=\"player\"");
	}

	@Test
	void sessionCheckIsNotPrefilledWithoutAnAccount() {
		String check = body(mvc.get().uri("/routines/gentle-core-activation/session").exchange());

		assertThat(check).contains("check-form").doesNotContain("checked=\"checked\"").doesNotContain("safety profile");
	}

}
