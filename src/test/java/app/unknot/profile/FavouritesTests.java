package app.unknot.profile;

import static app.unknot.system.ResponseChecks.assertInSiteLayout;
import static app.unknot.system.ResponseChecks.body;
import static app.unknot.system.SignedInUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.account.AccountService;
import jakarta.persistence.EntityManager;
import app.unknot.account.Role;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class FavouritesTests {

	static final String EMAIL = "stars@example.org";

	static final String PASSWORD = "correct horse battery";

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	private final EntityManager entityManager;

	FavouritesTests(@Autowired MockMvcTester mvc, @Autowired JdbcTemplate jdbc, @Autowired AccountService accounts,
			@Autowired EntityManager entityManager) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.entityManager = entityManager;
	}

	@BeforeEach
	void createAccount() {
		accounts.create(EMAIL, PASSWORD, Role.USER);
	}

	private MvcTestResult setFavourite(String slug, String favourite, String returnTo) {
		return mvc.post()
			.uri("/my/favourites/{slug}", slug)
			.with(csrf())
			.with(signedIn(EMAIL))
			.param("favourite", favourite)
			.param("returnTo", returnTo)
			.exchange();
	}

	private int favouriteRows() {
		return jdbc.queryForObject("""
				SELECT COUNT(*) FROM favourite f JOIN account a ON a.id = f.account_id WHERE a.email = ?""",
				Integer.class, EMAIL);
	}

	@Test
	void anonymousVisitorsAreOfferedASignInLinkOnEveryCard() {
		String body = body(mvc.get().uri("/routines").exchange());

		assertThat(body).contains("Sign in to keep favourites").doesNotContain("Add to favourites");
		assertThat(body.split("class=\"star-link\"", -1)).hasSize(16 + 1);
	}

	@Test
	void signedInCardsHaveAStarFormThatComesBackToTheCard() {
		String body = body(mvc.get().uri("/routines?muscle=adductors").with(signedIn(EMAIL)).exchange());

		assertThat(body).contains("action=\"/my/favourites/desk-break\"")
			.contains("aria-pressed=\"false\"")
			.contains("Add to favourites</span>", "class=\"visually-hidden\">: Desk break for hips and back</span>")
			.contains("value=\"/routines?muscle=adductors#routine-desk-break\"")
			.contains("id=\"routine-desk-break\"")
			.contains("name=\"_csrf\"")
			.doesNotContain("Sign in to keep favourites");
	}

	@Test
	void addingAndRemovingIsIdempotentAndReturnsWhereThePersonWas() {
		String back = "/routines?muscle=psoas#routine-desk-break";

		assertThat(setFavourite("desk-break", "true", back)).hasStatus3xxRedirection().hasRedirectedUrl(back);
		assertThat(setFavourite("desk-break", "true", back)).hasRedirectedUrl(back);
		assertThat(favouriteRows()).isEqualTo(1);
		assertThat(body(mvc.get().uri("/routines/desk-break").with(signedIn(EMAIL)).exchange()))
			.contains("aria-pressed=\"true\"")
			.contains("Remove from favourites")
			.contains("name=\"favourite\" value=\"false\"");

		assertThat(setFavourite("desk-break", "false", back)).hasRedirectedUrl(back);
		assertThat(setFavourite("desk-break", "false", back)).hasRedirectedUrl(back);
		assertThat(favouriteRows()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)", "",
			"/routines\r\nSet-Cookie: x=1" })
	void returnAddressesOffThisSiteFallBackToTheRoutinePage(String returnTo) {
		assertThat(setFavourite("desk-break", "true", returnTo)).hasRedirectedUrl("/routines/desk-break");
	}

	/**
	 * Characters a Location header cannot carry as they are, or that Spring would read as
	 * a template.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "/x/{foo}|/x/%7Bfoo%7D", "/routines?q=café|/routines?q=caf%C3%A9",
					"/routines?q=a b\"<>|/routines?q=a%20b%22%3C%3E", "/routines?q=100%|/routines?q=100%25",
					"/routines?q=caf%C3%A9#routine-desk-break|/routines?q=caf%C3%A9#routine-desk-break",
					"/routines#a#b|/routines#a%23b", "/routines?q=\uD83D\uDE0C|/routines?q=%F0%9F%98%8C",
					"/routines?q=%\uFF10\uFF10|/routines?q=%25%EF%BC%90%EF%BC%90" })
	void returnAddressesOnThisSiteAreEncodedForTheLocationHeader(String returnTo, String location) {
		assertThat(setFavourite("desk-break", "true", returnTo)).hasStatus3xxRedirection().hasRedirectedUrl(location);
	}

	@Test
	void aReturnAddressWithHalfACharacterFallsBackToTheRoutinePage() {
		assertThat(setFavourite("desk-break", "true", "/routines?q=\uD800")).hasRedirectedUrl("/routines/desk-break");
	}

	@Test
	void unknownRoutinesAreA404InTheLayout() {
		MvcTestResult result = setFavourite("no-such-routine", "true", "/routines");

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertInSiteLayout(body(result));
		assertThat(favouriteRows()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "maybe", "" })
	void aStateOtherThanTrueOrFalseIsA400(String favourite) {
		assertThat(setFavourite("desk-break", favourite, "/routines")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(favouriteRows()).isZero();
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() {
		MvcTestResult result = mvc.post()
			.uri("/my/favourites/desk-break")
			.with(signedIn(EMAIL))
			.param("favourite", "true")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(favouriteRows()).isZero();
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		assertThat(mvc.post().uri("/my/favourites/desk-break").with(csrf()).param("favourite", "true"))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		assertThat(mvc.get().uri("/my/favourites")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
	}

	@Test
	void favouritesPageListsThemNewestFirstWithTheSameCards() {
		setFavourite("desk-break", "true", "/");
		setFavourite("thomas-test-self-check", "true", "/");
		jdbc.update("UPDATE favourite SET created_at = created_at - INTERVAL '1' HOUR WHERE routine_id = "
				+ "(SELECT id FROM routine WHERE slug = 'desk-break')");

		MvcTestResult result = mvc.get().uri("/my/favourites").with(signedIn(EMAIL)).exchange();

		assertThat(result).hasStatusOk();
		String body = body(result);
		assertInSiteLayout(body);
		assertThat(body).contains("2 routines").contains("class=\"card\"").contains("Remove from favourites");
		assertThat(body.indexOf("id=\"routine-thomas-test-self-check\"")).isPositive()
			.isLessThan(body.indexOf("id=\"routine-desk-break\""));
		assertThat(body).contains("value=\"/my/favourites#routine-desk-break\"");
	}

	@Test
	void emptyFavouritesPageLeadsToTheCatalog() {
		String body = body(mvc.get().uri("/my/favourites").with(signedIn(EMAIL)).exchange());

		assertThat(body).contains("You have no favourites yet")
			.contains("href=\"/routines\"")
			.doesNotContain("class=\"card\"");
	}

	@Test
	void accountPageLinksToFavouritesAndSafetyProfile() {
		assertThat(body(mvc.get().uri("/my/account").with(signedIn(EMAIL)).exchange()))
			.contains("href=\"/my/favourites\"")
			.contains("href=\"/my/safety\"");
	}

	@Test
	void deletingTheAccountDeletesItsFavouritesAndSafetyProfile() {
		setFavourite("desk-break", "true", "/");
		assertThat(mvc.post()
			.uri("/my/safety")
			.with(csrf())
			.with(signedIn(EMAIL))
			.param("caution", "hernia")
			.param("avoid", "abdomen")).hasStatus3xxRedirection();
		// The test's transaction spans the requests: write what JPA holds before counting
		// with JDBC.
		entityManager.flush();
		// And forget it, as the next request's own persistence context would.
		entityManager.clear();
		Long id = jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, EMAIL);
		assertThat(rows("safety_profile_caution", id)).isEqualTo(1);
		assertThat(rows("safety_profile_muscle_group", id)).isEqualTo(1);

		assertThat(mvc.post().uri("/my/account/delete").with(csrf()).with(signedIn(EMAIL)).param("password", PASSWORD))
			.hasRedirectedUrl("/?deleted");
		entityManager.flush();

		for (String table : new String[] { "favourite", "safety_profile", "safety_profile_caution",
				"safety_profile_muscle_group" }) {
			assertThat(rows(table, id)).as(table).isZero();
		}
	}

	private int rows(String table, Long accountId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE account_id = ?", Integer.class, accountId);
	}

}
