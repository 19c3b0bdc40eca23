package app.unknot.system;

import static app.unknot.system.ResponseChecks.body;
import static app.unknot.system.SignedInUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import app.unknot.account.AccountService;
import app.unknot.account.Role;

/**
 * Every page a search engine or a shared link may show has one meta description of its
 * own: short enough to be shown whole, and different for each routine and muscle group.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PageDescriptionTests {

	private static final String PERSON = "described@example.org";

	private static final String ADMIN = "described-admin@example.org";

	private static final Pattern DESCRIPTION = Pattern.compile("<meta name=\"description\" content=\"([^\"]*)\"");

	private static final Pattern QUESTION = Pattern.compile("name=\"answer-([a-z0-9-]+)\"");

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	PageDescriptionTests(@Autowired MockMvcTester mvc, @Autowired JdbcTemplate jdbc,
			@Autowired AccountService accounts) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@BeforeEach
	void accounts() {
		accounts.create(PERSON, "correct horse battery", Role.USER);
		accounts.create(ADMIN, "correct horse battery", Role.ADMIN);
	}

	@Test
	void everyPublicPageHasOneShortDescription() {
		List<String> pages = new ArrayList<>(List.of("/", "/routines", "/routines?muscle=psoas",
				"/routines?maxMinutes=10&equipment=ball", "/routines?q=" + "hip ".repeat(24), "/routines?page=2",
				"/muscles", "/safety", "/login", "/signup", "/routines/desk-break/sheet"));

		Map<String, String> described = describe(pages, null, null);

		assertThat(described.get("/routines?muscle=psoas")).contains("Psoas").isNotEqualTo(described.get("/routines"));
		assertThat(described.get("/routines?q=" + "hip ".repeat(24))).endsWith("…");
		assertThat(described.get("/routines/desk-break/sheet")).contains(titleOf("desk-break"));
	}

	@Test
	void everyRoutineAndMuscleGroupIsDescribedInItsOwnWords() {
		List<String> routines = jdbc
			.queryForList("select slug from routine where owner_id is null order by slug", String.class)
			.stream()
			.map(slug -> "/routines/" + slug)
			.toList();
		List<String> muscles = jdbc.queryForList("select slug from muscle_group order by slug", String.class)
			.stream()
			.map(slug -> "/muscles/" + slug)
			.toList();

		Map<String, String> routinePages = describe(routines, null, null);
		Map<String, String> musclePages = describe(muscles, null, null);

		assertThat(routinePages).hasSizeGreaterThan(5);
		assertThat(new HashSet<>(routinePages.values())).as("one description per routine")
			.hasSameSizeAs(routinePages.values());
		assertThat(new HashSet<>(musclePages.values())).as("one description per muscle group")
			.hasSameSizeAs(musclePages.values());
		String summary = jdbc.queryForObject("select summary from routine where slug = 'desk-break'", String.class);
		assertThat(routinePages.get("/routines/desk-break")).isEqualTo(summary.length() <= 160 ? summary
				: summary.substring(0, routinePages.get("/routines/desk-break").length() - 1) + "…");
	}

	@Test
	void theSessionPagesAndErrorsAreDescribed() {
		MockHttpSession session = new MockHttpSession();
		String check = describe(List.of("/routines/daily-pelvic-relaxation/session"), null, session)
			.get("/routines/daily-pelvic-relaxation/session");
		assertThat(check).contains(titleOf("daily-pelvic-relaxation"));
		String checkPage = body(mvc.get().uri("/routines/daily-pelvic-relaxation/session").session(session).exchange());
		var answers = mvc.post().uri("/routines/daily-pelvic-relaxation/session").session(session).with(csrf());
		Matcher question = QUESTION.matcher(checkPage);
		Set<String> asked = new LinkedHashSet<>();
		while (question.find()) {
			asked.add(question.group(1));
		}
		for (String code : asked) {
			answers = answers.param("answer-" + code, "no");
		}
		assertThat(answers.exchange()).hasStatus3xxRedirection();
		String player = body(mvc.get().uri("/routines/daily-pelvic-relaxation/session").session(session).exchange());
		assertThat(player).contains("session-page");
		assertThat(descriptionOf(player, "player")).isEqualTo(check);

		assertThat(descriptionOf(body(mvc.get().uri("/routines/no-such-routine").exchange()), "404"))
			.contains("could not show this page");
		assertThat(descriptionOf(body(mvc.get().uri("/routines/desk-break/session?minutes=abc").exchange()), "400"))
			.isNotBlank();
	}

	@Test
	void signedInPagesAreDescribed() {
		describe(List.of("/my/account", "/my/account/delete", "/my/favourites", "/my/safety", "/my/history",
				"/my/routines", "/my/routines/new"), signedIn(PERSON), null);
		describe(List.of("/admin/routines", "/admin/routines/desk-break/edit", "/admin/routines/desk-break/delete"),
				signedIn(ADMIN), null);
	}

	private String titleOf(String slug) {
		return jdbc.queryForObject("select title from routine where slug = ?", String.class, slug);
	}

	/** Each page's description, checked to be there once, not blank and short. */
	private Map<String, String> describe(List<String> pages, RequestPostProcessor user, MockHttpSession session) {
		Map<String, String> described = new LinkedHashMap<>();
		for (String page : pages) {
			var request = mvc.get().uri(page);
			if (user != null) {
				request = request.with(user);
			}
			if (session != null) {
				request = request.session(session);
			}
			MvcTestResult result = request.exchange();
			assertThat(result).as(page).hasStatusOk();
			described.put(page, descriptionOf(body(result), page));
		}
		return described;
	}

	private static String descriptionOf(String body, String page) {
		Matcher description = DESCRIPTION.matcher(body);
		List<String> found = new ArrayList<>();
		while (description.find()) {
			found.add(HtmlUtils.htmlUnescape(description.group(1)));
		}
		assertThat(found).as(page).hasSize(1);
		String text = found.get(0);
		assertThat(text).as(page).hasSizeBetween(40, 160).doesNotContain("\n").doesNotStartWith(" ");
		return text;
	}

}
