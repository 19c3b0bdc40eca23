package app.unknot.account;

import static app.unknot.system.Browser.encode;
import static app.unknot.system.ResponseChecks.assertInSiteLayout;
import static app.unknot.system.ResponseChecks.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import app.unknot.system.Browser;

/**
 * Sign-in, sign-up and the password check before deleting an account are limited per
 * client address and per account, with the limits the app ships with. The clock stands
 * still, so that a slow machine cannot let the one-second wait pass between two attempts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(ThrottlingOverHttpTests.StandingClock.class)
@TestPropertySource(properties = { "server.servlet.session.cookie.secure=false", "unknot.attempts.free-per-address=20",
		"unknot.attempts.free-per-account=10" })
class ThrottlingOverHttpTests {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	private int port;

	private final AccountService accounts;

	private final MockMvcTester mvc;

	ThrottlingOverHttpTests(@Autowired AccountService accounts, @Autowired MockMvcTester mvc) {
		this.accounts = accounts;
		this.mvc = mvc;
	}

	/**
	 * The probe's attack: 31 wrong guesses at once, and the right password 0.2 s later.
	 */
	@Test
	void thirtyOneGuessesAtOnceThenTheRightPasswordDoNotGetIn() throws Exception {
		accounts.create("guessed@example.org", PASSWORD, Role.USER);
		Browser browser = new Browser(port);
		String token = browser.token("/login");

		// 31 wrong guesses and, 0.2 s after them, the right password: all let go at once.
		AtomicInteger next = new AtomicInteger();
		List<HttpResponse<String>> answers = Browser.atOnce(32, () -> {
			int guess = next.getAndIncrement();
			if (guess == 31) {
				Thread.sleep(200);
				return signIn(browser, PASSWORD, token);
			}
			return signIn(browser, "wrong guess " + guess, token);
		});
		assertThat(answers).as("every guess, the right password too")
			.allSatisfy(answer -> assertThat(location(answer)).endsWith("/login?error"));
	}

	@Test
	void manySignUpsFromOneAddressMustWaitOnAPageInTheSiteLayout() {
		for (int person = 0; person < 20; person++) {
			assertThat(signUp("198.51.100.7", "person" + person + "@example.org")).hasStatus(HttpStatus.FOUND);
		}
		MvcTestResult refused = signUp("198.51.100.7", "one.more@example.org");
		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS).hasHeader(HttpHeaders.RETRY_AFTER, "1");
		assertThat(body(refused)).contains("too many attempts from here. Wait 1 seconds");
		assertInSiteLayout(body(refused));
		assertThat(accounts.exists("one.more@example.org")).isFalse();

		assertThat(signUp("198.51.100.8", "one.more@example.org")).as("another address").hasStatus(HttpStatus.FOUND);
	}

	@Test
	void passwordChecksBeforeDeletingAnAccountAreLimited() {
		MockHttpSession session = (MockHttpSession) signUp("192.0.2.30", "keeper@example.org").getRequest()
			.getSession();
		for (int guess = 0; guess < 10; guess++) {
			assertThat(delete(session, "wrong guess " + guess)).hasStatus(HttpStatus.BAD_REQUEST);
		}

		MvcTestResult refused = delete(session, PASSWORD);
		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS).hasHeader(HttpHeaders.RETRY_AFTER, "1");
		assertThat(body(refused)).contains("Wait 1 seconds");
		assertInSiteLayout(body(refused));
		assertThat(accounts.exists("keeper@example.org")).isTrue();
	}

	private MvcTestResult signUp(String address, String email) {
		return mvc.post()
			.uri("/signup")
			.with(csrf())
			.with(from(address))
			.param("email", email)
			.param("password", PASSWORD)
			.exchange();
	}

	private MvcTestResult delete(MockHttpSession session, String password) {
		return mvc.post()
			.uri("/my/account/delete")
			.with(csrf())
			.with(from("192.0.2.30"))
			.session(session)
			.param("password", password)
			.exchange();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static HttpResponse<String> signIn(Browser browser, String password, String token) throws Exception {
		return browser.post("/login", "username=" + encode("guessed@example.org") + "&password=" + encode(password),
				token);
	}

	private static String location(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(302);
		return answer.headers().firstValue("Location").orElseThrow();
	}

	@TestConfiguration
	static class StandingClock {

		@Bean
		@Primary
		Clock standingClock() {
			return Clock.fixed(Instant.parse("2026-06-10T12:00:00Z"), ZoneOffset.UTC);
		}

	}

}
