package app.unknot.account;

import static app.unknot.system.Browser.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import app.unknot.system.Browser;

/**
 * Deleting an account signs it out everywhere: the other browsers it was signed in on
 * lose it at once, and never reach a new account made later with the same email.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
// Plain http on localhost: the clients must send the session cookie back.
@TestPropertySource(properties = "server.servlet.session.cookie.secure=false")
class AccountDeletionOverHttpTests {

	private static final String EMAIL = "leaving@example.org";

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	private int port;

	@Test
	void deletingAnAccountEndsItsOtherSessionsAndTheyDoNotReachANewAccountWithTheSameEmail() throws Exception {
		Browser signedUp = new Browser(port);
		assertThat(signedUp.post("/signup", credentials(), signedUp.token("/signup")).statusCode()).isEqualTo(302);
		Browser signedIn = new Browser(port).signIn(EMAIL, PASSWORD);
		Browser deleting = new Browser(port).signIn(EMAIL, PASSWORD);
		assertSignedIn(signedUp);
		assertSignedIn(signedIn);

		HttpResponse<String> deleted = deleting.post("/my/account/delete", "password=" + encode(PASSWORD),
				deleting.token("/my/account"));
		assertThat(deleted.statusCode()).isEqualTo(302);

		assertSignedOut(signedUp);
		assertSignedOut(signedIn);
		assertSignedOut(deleting);

		Browser newcomer = new Browser(port);
		assertThat(newcomer.post("/signup", credentials(), newcomer.token("/signup")).statusCode()).isEqualTo(302);
		assertSignedIn(newcomer);
		assertSignedOut(signedUp);
		assertSignedOut(signedIn);
	}

	private static void assertSignedIn(Browser browser) throws Exception {
		HttpResponse<String> account = browser.get("/my/account");
		assertThat(account.statusCode()).isEqualTo(200);
		assertThat(account.body()).contains(EMAIL);
	}

	/**
	 * The account pages send the browser to sign in, and public pages still work for it.
	 */
	private static void assertSignedOut(Browser browser) throws Exception {
		HttpResponse<String> account = browser.get("/my/account");
		assertThat(account.statusCode()).isEqualTo(302);
		assertThat(account.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
		assertThat(browser.get("/routines").statusCode()).isEqualTo(200);
	}

	private static String credentials() {
		return "email=" + encode(EMAIL) + "&password=" + encode(PASSWORD);
	}

}
