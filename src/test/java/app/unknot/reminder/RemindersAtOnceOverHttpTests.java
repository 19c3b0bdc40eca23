package app.unknot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
import app.unknot.system.Browser;

/**
 * Many "Add reminder" presses at once, as from several open tabs or a retrying client,
 * still leave a person at most {@value Reminders#MAX_PER_PERSON} reminders, and each
 * press past that is told why on the form, never a server error.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
// Plain http on localhost: the clients must send the session cookie back.
@TestPropertySource(properties = "server.servlet.session.cookie.secure=false")
class RemindersAtOnceOverHttpTests {

	private static final String PASSWORD = "correct horse battery";

	private static final int PRESSES = 32;

	@LocalServerPort
	private int port;

	private final AccountService accounts;

	private final JdbcTemplate jdbc;

	RemindersAtOnceOverHttpTests(@Autowired AccountService accounts, @Autowired JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Test
	void manyAddsAtOnceStopAtTheCapAndTellTheRestWhy() throws Exception {
		accounts.create("eager@example.org", PASSWORD, Role.USER);
		Browser browser = new Browser(port).signIn("eager@example.org", PASSWORD);
		String token = browser.token("/my/reminders/new?routine=desk-break");

		List<HttpResponse<String>> answers = Browser.atOnce(PRESSES, () -> browser.post("/my/reminders",
				"routine=desk-break&days=MO&days=TH&time=07%3A30&zone=Europe%2FMadrid&deviceZone=", token));

		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM reminder r JOIN account a ON a.id = r.account_id
				WHERE a.email = 'eager@example.org'""", Integer.class)).isEqualTo(Reminders.MAX_PER_PERSON);
		List<HttpResponse<String>> added = answers.stream().filter(answer -> answer.statusCode() == 302).toList();
		assertThat(added).hasSize(Reminders.MAX_PER_PERSON)
			.allSatisfy(answer -> assertThat(answer.headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/my/reminders?added")));
		assertThat(answers).filteredOn(answer -> answer.statusCode() != 302)
			.as("every press past the cap refused on the form with the reason")
			.hasSize(PRESSES - Reminders.MAX_PER_PERSON)
			.allSatisfy(answer -> {
				assertThat(answer.statusCode()).isEqualTo(400);
				assertThat(answer.body()).contains("You have 20 reminders, the most Unknot keeps. Delete one first.")
					.contains("Desk break for hips and back");
			});
	}

}
