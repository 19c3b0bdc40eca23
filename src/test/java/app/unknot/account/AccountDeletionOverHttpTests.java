package app.unknot.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Deleting an account signs it out everywhere: the other browsers it was signed in on lose
 * it at once, and never reach a new account made later with the same email.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
// Plain http on localhost: the clients must send the session cookie back.
@TestPropertySource(properties = "server.servlet.session.cookie.secure=false")
class AccountDeletionOverHttpTests {

	private static final String EMAIL = "leaving@example.org";

	private static final String PASSWORD = "correct horse battery";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Test
	void deletingAnAccountEndsItsOtherSessionsAndTheyDoNotReachANewAccountWithTheSameEmail() throws Exception {
		HttpClient signedUp = browser();
		assertThat(post(signedUp, "/signup", credentials(), token(signedUp, "/signup")).statusCode()).isEqualTo(302);
		HttpClient signedIn = browser();
		assertThat(post(signedIn, "/login", "username=" + encode(EMAIL) + "&password=" + encode(PASSWORD),
				token(signedIn, "/login")).statusCode()).isEqualTo(302);
		HttpClient deleting = browser();
		assertThat(post(deleting, "/login", "username=" + encode(EMAIL) + "&password=" + encode(PASSWORD),
				token(deleting, "/login")).statusCode()).isEqualTo(302);
		assertSignedIn(signedUp);
		assertSignedIn(signedIn);

		HttpResponse<String> deleted = post(deleting, "/my/account/delete", "password=" + encode(PASSWORD),
				token(deleting, "/my/account"));
		assertThat(deleted.statusCode()).isEqualTo(302);

		assertSignedOut(signedUp);
		assertSignedOut(signedIn);
		assertSignedOut(deleting);

		HttpClient newcomer = browser();
		assertThat(post(newcomer, "/signup", credentials(), token(newcomer, "/signup")).statusCode()).isEqualTo(302);
		assertSignedIn(newcomer);
		assertSignedOut(signedUp);
		assertSignedOut(signedIn);
	}

	private void assertSignedIn(HttpClient browser) throws Exception {
		HttpResponse<String> account = get(browser, "/my/account");
		assertThat(account.statusCode()).isEqualTo(200);
		assertThat(account.body()).contains(EMAIL);
	}

	/** The account pages send the browser to sign in, and public pages still work for it. */
	private void assertSignedOut(HttpClient browser) throws Exception {
		HttpResponse<String> account = get(browser, "/my/account");
		assertThat(account.statusCode()).isEqualTo(302);
		assertThat(account.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
		assertThat(get(browser, "/routines").statusCode()).isEqualTo(200);
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	private static String credentials() {
		return "email=" + encode(EMAIL) + "&password=" + encode(PASSWORD);
	}

	private String token(HttpClient browser, String page) throws Exception {
		Matcher token = CSRF.matcher(get(browser, page).body());
		assertThat(token.find()).as("CSRF token on %s", page).isTrue();
		return token.group(1);
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(HttpClient browser, String path, String form, String csrf) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(csrf)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
