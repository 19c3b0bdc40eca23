package app.unknot.system;

import static app.unknot.system.Browser.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

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
 * The same request sent many times at once, as double clicks and retrying clients do, is
 * answered as the single request would be: never a 500 from the second insert of a row
 * that must be unique.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "spring.flyway.locations=classpath:db/migration,classpath:db/testdata",
		// Plain http on localhost: the clients must send the session cookie back.
		"server.servlet.session.cookie.secure=false" })
class ConcurrentDuplicatesOverHttpTests {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	private int port;

	private final AccountService accounts;

	private final JdbcTemplate jdbc;

	ConcurrentDuplicatesOverHttpTests(@Autowired AccountService accounts, @Autowired JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Test
	void sixteenReportsOfOneRunAtOnceRecordItOnce() throws Exception {
		accounts.create("runner@example.org", PASSWORD, Role.USER);
		Browser browser = new Browser(port).signIn("runner@example.org", PASSWORD);
		String token = browser.token("/my/account");
		String report = """
				{"runId": "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", "routine": "test-open", "minutes": null,
				 "startedAt": "%s", "timeZone": "Europe/Berlin", "secondsDone": 21, "outcome": "COMPLETED",
				 "stepsCompleted": 2, "stepsSkipped": 0, "tensionBefore": 7, "tensionAfter": 3}"""
			.formatted(Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS));

		List<Integer> statuses = Browser
			.atOnce(16,
					() -> browser.send(HttpRequest.newBuilder(browser.uri("/my/history"))
						.header("Content-Type", "application/json")
						.header("X-CSRF-TOKEN", token)
						.POST(HttpRequest.BodyPublishers.ofString(report))).statusCode());

		assertThat(statuses).as("one new record, the others repeats").containsOnly(201, 200).containsOnlyOnce(201);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM session_record WHERE run_id = ?", Integer.class,
				"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"))
			.isEqualTo(1);
	}

	@Test
	void tenSignUpsWithOneEmailAtOnceMakeOneAccount() throws Exception {
		List<Browser> browsers = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			Browser browser = new Browser(port);
			browsers.add(browser);
			tokens.add(browser.token("/signup"));
		}
		List<Integer> next = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));

		List<HttpResponse<String>> answers = Browser.atOnce(10, () -> {
			int i;
			synchronized (next) {
				i = next.remove(0);
			}
			return browsers.get(i)
				.post("/signup", "email=" + encode("twins@example.org") + "&password=" + encode(PASSWORD),
						tokens.get(i));
		});

		// Each gets the answer every sign-up gets, which does not tell whether the email
		// was taken.
		assertThat(answers).allSatisfy(answer -> {
			assertThat(answer.statusCode()).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/my/account?welcome"));
		});
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE email = 'twins@example.org'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void tenFirstSavesOfASafetyProfileAtOnceSaveItOnce() throws Exception {
		accounts.create("careful@example.org", PASSWORD, Role.USER);
		Browser browser = new Browser(port).signIn("careful@example.org", PASSWORD);
		String token = browser.token("/my/safety");

		List<HttpResponse<String>> answers = Browser.atOnce(10,
				() -> browser.post("/my/safety", "caution=pregnancy&caution=hernia&avoid=" + encode("psoas"), token));

		assertThat(answers).as("each saved, as a single save would be").allSatisfy(answer -> {
			assertThat(answer.statusCode()).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/my/safety?saved"));
		});
		assertThat(jdbc.queryForList("""
				SELECT c.code FROM safety_profile_caution pc JOIN caution c ON c.id = pc.caution_id
				JOIN account a ON a.id = pc.account_id WHERE a.email = 'careful@example.org'""", String.class))
			.containsExactlyInAnyOrder("pregnancy", "hernia");
	}

	@Test
	void tenConfirmationsOfOneClearanceAtOnceStoreItOnce() throws Exception {
		accounts.create("cleared@example.org", PASSWORD, Role.USER);
		Browser browser = new Browser(port).signIn("cleared@example.org", PASSWORD);
		String token = browser.token("/routines/test-tiers/session");
		HttpResponse<String> answered = browser.post("/routines/test-tiers/session",
				"answer-test-red-flag=no&answer-test-dizzy=yes&answer-test-balance=no", token);
		assertThat(answered.statusCode()).isEqualTo(302);

		List<HttpResponse<String>> answers = Browser.atOnce(10,
				() -> browser.post("/routines/test-tiers/session/clearance", "cleared=test-dizzy", token));

		assertThat(answers).as("each confirmed, as a single confirmation would be")
			.allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(302));
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM safety_clearance sc JOIN account a ON a.id = sc.account_id
				WHERE a.email = 'cleared@example.org'""", Integer.class)).isEqualTo(1);
	}

	@Test
	void tenStarsOfOneRoutineAtOnceStoreItOnce() throws Exception {
		accounts.create("starry@example.org", PASSWORD, Role.USER);
		Browser browser = new Browser(port).signIn("starry@example.org", PASSWORD);
		String token = browser.token("/routines/daily-pelvic-relaxation");

		List<HttpResponse<String>> answers = Browser.atOnce(10,
				() -> browser.post("/my/favourites/daily-pelvic-relaxation", "favourite=true", token));

		assertThat(answers).as("each starred, as a single star would be")
			.allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(302));
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM favourite f JOIN account a ON a.id = f.account_id
				WHERE a.email = 'starry@example.org'""", Integer.class)).isEqualTo(1);
	}

}
