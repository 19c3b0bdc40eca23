package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import app.unknot.account.AccountService;
import app.unknot.account.Role;

/**
 * A signed-in page writes its session's row only when the stored last access is a minute
 * old or more, and sessions still expire a timeout after the stored last access, on any
 * instance, since every instance reads the same row.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
// Plain http on localhost: the client must send the session cookie back.
@TestPropertySource(properties = "server.servlet.session.cookie.secure=false")
class SessionWritesOverHttpTests {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	private int port;

	private final AccountService accounts;

	private final JdbcTemplate jdbc;

	SessionWritesOverHttpTests(@Autowired AccountService accounts, @Autowired JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	private Browser signedIn(String email) throws Exception {
		accounts.create(email, PASSWORD, Role.USER);
		return new Browser(port).signIn(email, PASSWORD);
	}

	private Map<String, Object> sessionRow(String email) {
		return jdbc.queryForMap("SELECT LAST_ACCESS_TIME, EXPIRY_TIME, MAX_INACTIVE_INTERVAL FROM SPRING_SESSION "
				+ "WHERE PRINCIPAL_NAME = ?", email);
	}

	/** Moves the session's stored last access (and so its expiry) back by that much. */
	private void age(String email, long millis) {
		jdbc.update("UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = LAST_ACCESS_TIME - ?, EXPIRY_TIME = EXPIRY_TIME - ? "
				+ "WHERE PRINCIPAL_NAME = ?", millis, millis, email);
	}

	@Test
	void pagesWithinAMinuteOfTheStoredLastAccessLeaveTheSessionRowAsItIs() throws Exception {
		Browser person = signedIn("session-reader@example.org");
		Map<String, Object> stored = sessionRow("session-reader@example.org");

		for (String page : new String[] { "/my/account", "/my/history", "/routines/desk-break" }) {
			assertThat(person.get(page).statusCode()).as(page).isEqualTo(200);
		}

		assertThat(sessionRow("session-reader@example.org")).isEqualTo(stored);
	}

	@Test
	void aPageAMinuteOrMoreAfterTheStoredLastAccessMovesItAndTheExpiryOn() throws Exception {
		Browser person = signedIn("session-returning@example.org");
		age("session-returning@example.org", LazilyTouchedSessions.TOUCH_EVERY.toMillis());
		long before = System.currentTimeMillis();

		assertThat(person.get("/my/account").statusCode()).isEqualTo(200);

		Map<String, Object> stored = sessionRow("session-returning@example.org");
		long lastAccess = ((Number) stored.get("LAST_ACCESS_TIME")).longValue();
		assertThat(lastAccess).isGreaterThanOrEqualTo(before);
		assertThat(((Number) stored.get("EXPIRY_TIME")).longValue())
			.isEqualTo(lastAccess + 1000L * ((Number) stored.get("MAX_INACTIVE_INTERVAL")).longValue());
	}

	@Test
	void aSessionIdleForItsTimeoutSinceTheStoredLastAccessIsSignedOut() throws Exception {
		Browser person = signedIn("session-idle@example.org");
		long timeout = 1000L
				* ((Number) sessionRow("session-idle@example.org").get("MAX_INACTIVE_INTERVAL")).longValue();
		// Pages within the minute do not move the stored last access, so they do not put
		// the expiry off either.
		assertThat(person.get("/my/account").statusCode()).isEqualTo(200);
		age("session-idle@example.org", timeout + 1000);

		HttpResponse<String> page = person.get("/my/account");

		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", Long.class,
				"session-idle@example.org"))
			.isZero();
	}

}
