package app.unknot.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Session fixation: an attacker who planted a session id or learnt a CSRF token before
 * the victim signs up or signs in must gain nothing. Sign-up signs the new account in, so
 * it must give a new session id and a new CSRF token exactly as the sign-in form does. A
 * visitor has a session before signing in once something is kept for them (here the
 * answers of a safety check); only reading pages, forms included, starts none.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
// Plain http on localhost: the client must send the session cookie back.
@TestPropertySource(properties = "server.servlet.session.cookie.secure=false")
class SignUpSessionOverHttpTests {

	private static final String PASSWORD = "correct horse battery";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern NO_ANSWER = Pattern.compile("name=\"(answer-[a-z0-9-]+)\" value=\"no\"");

	private static final String ROUTINE = "daily-pelvic-relaxation";

	private final CookieManager cookies = new CookieManager();

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

	@LocalServerPort
	private int port;

	private final AccountService accounts;

	private final JdbcTemplate jdbc;

	SignUpSessionOverHttpTests(@Autowired AccountService accounts, @Autowired JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Test
	void readingPagesWithFormsStartsNoSession() throws Exception {
		int sessionsBefore = sessionRows();
		for (String page : new String[] { "/routines/" + ROUTINE + "/session", "/login", "/signup" }) {
			HttpResponse<String> answer = get(page);
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(token(answer.body())).isNotBlank();
		}

		assertThat(cookieNames()).as("the CSRF token's cookie, and no session").containsExactly("XSRF-TOKEN");
		assertThat(sessionRows()).as("sessions stored").isEqualTo(sessionsBefore);
	}

	private int sessionRows() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM spring_session", Integer.class);
	}

	@Test
	void signUpGivesANewSessionIdAndCsrfToken() throws Exception {
		String sessionBefore = answerASafetyCheck();
		String form = get("/signup").body();
		String tokenBefore = token(form);

		HttpResponse<String> signUp = post("/signup",
				"email=" + encode("fixated@example.org") + "&password=" + encode(PASSWORD), tokenBefore);
		assertThat(signUp.statusCode()).isEqualTo(302);

		assertSignedInWithNewSessionAndToken(sessionBefore, tokenBefore);
	}

	@Test
	void signInGivesANewSessionIdAndCsrfTokenToo() throws Exception {
		accounts.create("returning@example.org", PASSWORD, Role.USER);
		String sessionBefore = answerASafetyCheck();
		String form = get("/login").body();
		String tokenBefore = token(form);

		HttpResponse<String> signIn = post("/login",
				"username=" + encode("returning@example.org") + "&password=" + encode(PASSWORD), tokenBefore);
		assertThat(signIn.statusCode()).isEqualTo(302);

		assertSignedInWithNewSessionAndToken(sessionBefore, tokenBefore);
	}

	private void assertSignedInWithNewSessionAndToken(String sessionBefore, String tokenBefore) throws Exception {
		String sessionAfter = sessionId();
		assertThat(sessionAfter).isNotEqualTo(sessionBefore);
		assertThat(get("/my/account").statusCode()).as("signed in with the new session id").isEqualTo(200);

		// The old session id is signed out: whoever planted it is not signed in.
		setSessionId(sessionBefore);
		assertThat(get("/my/account").statusCode()).as("old session id").isEqualTo(302);

		// The token from before the sign-in no longer works in the signed-in session.
		setSessionId(sessionAfter);
		assertThat(post("/logout", "", tokenBefore).statusCode()).as("old CSRF token").isEqualTo(403);
		assertThat(get("/my/account").statusCode()).as("still signed in").isEqualTo(200);
		HttpResponse<String> signOut = post("/logout", "", token(get("/my/account").body()));
		assertThat(signOut.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/?signedOut"));
	}

	/**
	 * Answers "no" to every question of a catalog routine's safety check, which keeps the
	 * answers in a new session; its id.
	 */
	private String answerASafetyCheck() throws Exception {
		String check = get("/routines/" + ROUTINE + "/session").body();
		StringBuilder answers = new StringBuilder("x=y");
		Matcher question = NO_ANSWER.matcher(check);
		while (question.find()) {
			answers.append('&').append(question.group(1)).append("=no");
		}
		assertThat(answers).as("questions on the check").contains("answer-");
		assertThat(post("/routines/" + ROUTINE + "/session", answers.toString(), token(check)).statusCode())
			.isEqualTo(302);
		return sessionId();
	}

	private List<String> cookieNames() {
		return cookies.getCookieStore().getCookies().stream().map(HttpCookie::getName).toList();
	}

	private String sessionId() {
		return session().getValue();
	}

	private void setSessionId(String id) {
		HttpCookie cookie = session();
		cookie.setValue(id);
	}

	private HttpCookie session() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("JSESSIONID"))
			.findFirst()
			.orElseThrow();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form, String csrf) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(csrf)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String token(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("CSRF token on the page").isTrue();
		return token.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
