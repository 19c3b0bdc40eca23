package app.unknot.account;

import static app.unknot.system.ResponseChecks.assertInSiteLayout;
import static app.unknot.system.ResponseChecks.assertRevealsNoInternals;
import static app.unknot.system.ResponseChecks.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@TestPropertySource(
		properties = { "unknot.admin.email=Admin@Example.org", "unknot.admin.password=a long admin passphrase" })
class AccountTests {

	private static final String PASSWORD = "correct horse battery";

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	AccountTests(@Autowired MockMvcTester mvc, @Autowired JdbcTemplate jdbc, @Autowired AccountService accounts) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	private MvcTestResult signUp(String email, String password) {
		return mvc.post().uri("/signup").with(csrf()).param("email", email).param("password", password).exchange();
	}

	private MvcTestResult signIn(String email, String password) {
		return mvc.post().uri("/login").with(csrf()).param("username", email).param("password", password).exchange();
	}

	@Test
	void signUpFormShowsThePasswordRulesUpFront() {
		MvcTestResult result = mvc.get().uri("/signup").exchange();
		assertThat(result).hasStatusOk();
		assertThat(body(result)).contains("Use 12 to 128 characters").contains("name=\"_csrf\"");
		assertInSiteLayout(body(result));
	}

	@Test
	void signingUpStoresAHashedPasswordAndSignsIn() {
		MvcTestResult result = signUp(" New.Person@Example.org ", PASSWORD);

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/my/account?welcome");
		String hash = jdbc.queryForObject("SELECT password_hash FROM account WHERE email = ?", String.class,
				"new.person@example.org");
		assertThat(hash).startsWith("{pbkdf2@").doesNotContain(PASSWORD);
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", Long.class,
				"new.person@example.org"))
			.as("signed-in sessions stored for the account")
			.isOne();
		MvcTestResult account = mvc.get().uri("/my/account").session(session).exchange();
		assertThat(account).hasStatusOk();
		assertThat(body(account)).contains("new.person@example.org").contains("Sign out");
	}

	@Test
	void badSignUpsAreRefusedWithMessagesNextToTheFields() {
		MvcTestResult result = signUp("not-an-email", "short");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).contains("Enter an email address like name@example.org")
			.contains("Choose a password of 12 to 128 characters")
			.contains("aria-invalid=\"true\"");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE email = 'not-an-email'", Integer.class))
			.isZero();
		assertInSiteLayout(body(result));
	}

	@Test
	void overlongPasswordsAndEmailsAreRefused() {
		assertThat(signUp("a".repeat(250) + "@example.org", "p".repeat(129))).hasStatus(HttpStatus.BAD_REQUEST);
	}

	/** bcrypt stops at 72 bytes; 4-byte emoji reach that after 18 characters. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "🙂🙃😀😁😂🤣😃😄😅😆😉😊😋😎😍😘🥰😗😙🥲☺️🙂 long emoji passphrase",
			"ünïcödé wörds ünd mörë wörds, äll öf thëm lönger thän sëventy-twö bytës in UTF-8 èncödïng!!" })
	void longPasswordsInManyBytesCanSignUpAndSignIn(String password) {
		assertThat(password.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);

		assertThat(signUp("long.bytes@example.org", password)).hasStatus3xxRedirection();
		assertThat(signIn("long.bytes@example.org", password)).hasRedirectedUrl("/my/account");
		assertThat(signIn("long.bytes@example.org", password.substring(0, password.length() - 1)))
			.hasRedirectedUrl("/login?error");
	}

	@Test
	void aPasswordOf128CharactersIsTheLongestAllowedCountingEmojiAsOne() {
		assertThat(signUp("max@example.org", "🙂".repeat(64) + "x".repeat(64))).hasStatus3xxRedirection();
		assertThat(signIn("max@example.org", "🙂".repeat(64) + "x".repeat(64))).hasRedirectedUrl("/my/account");

		MvcTestResult tooLong = signUp("too.long@example.org", "🙂".repeat(64) + "x".repeat(65));
		assertThat(tooLong).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(tooLong)).contains("Choose a password of 12 to 128 characters");
	}

	@Test
	void passwordsHashedWithBcryptBeforeStillSignIn() {
		jdbc.update(
				"INSERT INTO account (email, password_hash, role, created_at) VALUES (?, ?, 'USER', CURRENT_TIMESTAMP)",
				"old.hash@example.org", "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));

		assertThat(signIn("old.hash@example.org", PASSWORD)).hasRedirectedUrl("/my/account");
		assertThat(signIn("old.hash@example.org", "not the password")).hasRedirectedUrl("/login?error");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "only spaces|'            '|only spaces is easy to guess",
					"one letter repeated|aaaaaaaaaaaaaaaa|one character repeated",
					"one emoji repeated|🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂|one character repeated",
					"the email address|Guessable.Person@example.org|must not be your email address",
					"a common password|Password1234|one of the most used ones",
					"a common password with other case|QWERTY123456|one of the most used ones" })
	void guessablePasswordsAreRefusedWithAReason(String name, String password, String reason) {
		MvcTestResult result = signUp("guessable.person@example.org", password);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).contains(reason);
		assertThat(accounts.exists("guessable.person@example.org")).isFalse();
	}

	@Test
	void scriptTagsInTheEmailAreShownAsText() {
		MvcTestResult result = signUp("<script>alert(1)</script>@example.org", PASSWORD);
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
	}

	@Test
	void signUpAnswersTheSameWhetherOrNotTheEmailIsRegistered() {
		MvcTestResult first = signUp("twice@example.org", PASSWORD);
		MvcTestResult again = signUp("TWICE@example.org", "another long password");

		for (MvcTestResult answer : new MvcTestResult[] { first, again }) {
			assertThat(answer).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/my/account?welcome");
			assertThat(answer.getResponse().getContentAsByteArray()).isEmpty();
		}
		assertThat(body(again)).doesNotContain("exists");
		assertThat(signIn("twice@example.org", "another long password")).as("nothing changed")
			.hasRedirectedUrl("/login?error");
		assertThat(signIn("twice@example.org", PASSWORD)).hasRedirectedUrl("/my/account");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE email = 'twice@example.org'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void signInSucceedsWithTheRightPasswordAndFailsWithOneGenericMessage() {
		accounts.create("reader@example.org", PASSWORD, Role.USER);

		assertThat(signIn("reader@example.org", PASSWORD)).hasStatus3xxRedirection().hasRedirectedUrl("/my/account");
		assertThat(signIn("reader@example.org", "wrong password!")).hasRedirectedUrl("/login?error");
		assertThat(signIn("nobody@example.org", PASSWORD)).hasRedirectedUrl("/login?error");
		MvcTestResult page = mvc.get().uri("/login?error").exchange();
		assertThat(body(page)).contains("do not match an account");
	}

	@Test
	void anonymousVisitorsAreSentToSignInForTheirOwnPages() {
		assertThat(mvc.get().uri("/my/account")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
	}

	@Test
	void anonymousVisitorsKeepTheCatalog() {
		assertThat(mvc.get().uri("/routines")).hasStatusOk();
		assertThat(mvc.get().uri("/routines/desk-break")).hasStatusOk();
		assertThat(body(mvc.get().uri("/").exchange())).contains("Sign in").doesNotContain("Sign out");
	}

	@Test
	void aPostWithoutCsrfTokenIsRefusedInTheSiteLayout() {
		MvcTestResult result = mvc.post()
			.uri("/signup")
			.param("email", "csrf@example.org")
			.param("password", PASSWORD)
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE email = 'csrf@example.org'", Integer.class))
			.isZero();
	}

	@Test
	void signOutEndsTheSession() {
		MvcTestResult signedUp = signUp("leaver@example.org", PASSWORD);
		MockHttpSession session = (MockHttpSession) signedUp.getRequest().getSession();

		assertThat(mvc.post().uri("/logout").with(csrf()).session(session)).hasRedirectedUrl("/?signedOut");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", Long.class,
				"leaver@example.org"))
			.as("sessions left for the account")
			.isZero();
		assertThat(mvc.get().uri("/my/account").session(session)).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void errorPagesKnowWhoIsSignedIn() {
		MockHttpSession session = (MockHttpSession) signUp("lost@example.org", PASSWORD).getRequest().getSession();

		MvcTestResult missing = mvc.get().uri("/routines/no-such-routine").session(session).exchange();

		assertThat(missing).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(body(missing)).contains("Sign out").doesNotContain(">Sign in<");
	}

	@Test
	void afterSignUpTheAccountPageWelcomesWithThreeNextStepsAndNoDeletionForm() {
		MockHttpSession session = (MockHttpSession) signUp("newcomer@example.org", PASSWORD).getRequest().getSession();

		String welcome = body(mvc.get().uri("/my/account?welcome").session(session).exchange());
		assertThat(welcome)
			.contains("Welcome to Unknot", "Set your safety profile", "Routines that do not suit you are then marked",
					"Pick a first routine", "Print a sheet")
			.contains("href=\"/my/safety\"");
		assertThat(welcome.indexOf("Welcome to Unknot")).as("the welcome comes before the account's facts")
			.isLessThan(welcome.indexOf("newcomer@example.org"));
		assertThat(welcome).doesNotContain("Delete your account", "name=\"password\"", "panel-stop")
			.contains("href=\"/my/account/delete\"");
		assertInSiteLayout(welcome);

		String later = body(mvc.get().uri("/my/account").session(session).exchange());
		assertThat(later).doesNotContain("Welcome to Unknot").contains("href=\"/my/account/delete\"");
	}

	@Test
	void deletingTheAccountIsItsOwnStepWithThePasswordForm() {
		MockHttpSession session = (MockHttpSession) signUp("careful@example.org", PASSWORD).getRequest().getSession();

		MvcTestResult confirm = mvc.get().uri("/my/account/delete").session(session).exchange();

		assertThat(confirm).hasStatusOk();
		assertThat(body(confirm)).contains("Delete your account", "careful@example.org", "id=\"delete-password\"",
				"action=\"/my/account/delete\"", "Keep my account");
		assertInSiteLayout(body(confirm));
		assertThat(accounts.exists("careful@example.org")).as("looking is not deleting").isTrue();
		assertThat(mvc.get().uri("/my/account/delete")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
	}

	@Test
	void deletingTheAccountNeedsThePasswordAndRemovesIt() {
		MockHttpSession session = (MockHttpSession) signUp("gone@example.org", PASSWORD).getRequest().getSession();

		MvcTestResult wrong = mvc.post()
			.uri("/my/account/delete")
			.with(csrf())
			.session(session)
			.param("password", "not my password")
			.exchange();
		assertThat(wrong).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(wrong)).contains("nothing was deleted").contains("id=\"delete-password\"");
		assertThat(accounts.exists("gone@example.org")).isTrue();

		assertThat(mvc.post().uri("/my/account/delete").with(csrf()).session(session).param("password", PASSWORD))
			.hasRedirectedUrl("/?deleted");
		assertThat(accounts.exists("gone@example.org")).isFalse();
	}

	@Test
	void firstAdminComesFromConfiguration() {
		assertThat(jdbc.queryForObject("SELECT role FROM account WHERE email = 'admin@example.org'", String.class))
			.isEqualTo("ADMIN");
	}

	@Test
	void errorPagesRevealNothing() {
		MvcTestResult result = mvc.post().uri("/my/account/delete").exchange();
		assertRevealsNoInternals(body(result));
	}

}
