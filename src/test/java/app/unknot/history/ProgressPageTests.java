package app.unknot.history;

import static app.unknot.system.ResponseChecks.assertInSiteLayout;
import static app.unknot.system.ResponseChecks.assertRevealsNoInternals;
import static app.unknot.system.ResponseChecks.body;
import static app.unknot.system.SignedInUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.account.AccountService;
import app.unknot.account.Role;
import jakarta.persistence.EntityManager;

/**
 * /my/history and its CSV export, over HTTP, and what happens to the history when the
 * account goes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@TestPropertySource(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/testdata")
@Import(ProgressPageTests.FixedClock.class)
class ProgressPageTests {

	/**
	 * Noon UTC on a Wednesday, so that "today" and the streak never depend on when the
	 * suite runs.
	 */
	private static final Instant NOW = Instant.parse("2026-06-10T12:00:00Z");

	private static final String EMAIL = "progress@example.org";

	private static final String PASSWORD = "a long enough password";

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	private final SessionRecordRepository records;

	private final EntityManager entityManager;

	private Long accountId;

	ProgressPageTests(@Autowired MockMvcTester mvc, @Autowired JdbcTemplate jdbc, @Autowired AccountService accounts,
			@Autowired SessionRecordRepository records, @Autowired EntityManager entityManager) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.records = records;
		this.entityManager = entityManager;
	}

	@BeforeEach
	void signUp() {
		accountId = accounts.create(EMAIL, PASSWORD, Role.USER).getId();
	}

	private void store(Instant startedAt, String slug, String title, Outcome outcome, Integer before, Integer after) {
		records.save(new SessionRecord(accountId, java.util.UUID.randomUUID().toString(), null, slug, title, startedAt,
				"UTC", 605, 700, outcome, 3, 1, before, after, startedAt.plusSeconds(605)));
	}

	private MvcTestResult get(String path) {
		return mvc.get().uri(path).with(signedIn(EMAIL)).exchange();
	}

	@Test
	void signedOutVisitorsAreSentToSignIn() {
		assertThat(mvc.get().uri("/my/history").exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		assertThat(mvc.get().uri("/my/history.csv").exchange()).hasStatus3xxRedirection();
	}

	@Test
	void theFormerAddressesMovedForGood() {
		assertThat(get("/my/progress")).hasStatus(HttpStatus.MOVED_PERMANENTLY).hasRedirectedUrl("/my/history");
		assertThat(get("/my/progress.csv")).hasStatus(HttpStatus.MOVED_PERMANENTLY).hasRedirectedUrl("/my/history.csv");
	}

	@Test
	void aNewPersonSeesAFriendlyEmptyState() {
		MvcTestResult result = get("/my/history");

		assertThat(result).hasStatusOk();
		assertThat(body(result)).contains("Your progress", "No sessions yet", "href=\"/routines\"")
			.doesNotContain("class=\"calendar\"", "<svg class=\"tension-chart\"", "Download CSV");
		assertInSiteLayout(body(result));
	}

	@Test
	void theAccountPageLinksToProgress() {
		assertThat(body(get("/my/account"))).contains("href=\"/my/history\"", "See your progress");
	}

	@Test
	void withSessionsItShowsStreaksCalendarMinutesChartAndRecentSessions() {
		Instant now = NOW;
		store(now.minus(2, ChronoUnit.DAYS), "daily-pelvic-relaxation", "Daily pelvic relaxation", Outcome.COMPLETED, 8,
				5);
		store(now.minus(1, ChronoUnit.DAYS), "daily-pelvic-relaxation", "Daily pelvic relaxation", Outcome.ENDED_EARLY,
				6, 3);
		store(now.minus(1, ChronoUnit.MINUTES), "daily-pelvic-relaxation", "Daily pelvic relaxation", Outcome.PAIN_STOP,
				null, null);

		MvcTestResult result = get("/my/history");

		assertThat(result).hasStatusOk();
		String body = body(result);
		assertThat(body).contains("Current streak", "3 days", "Longest streak", "30 min")
			.contains("class=\"calendar\"", "✓")
			.containsPattern("Today, \\w+ 10 June: 1 session")
			.contains(": 1 session", ": no session")
			.contains("Minutes per week", "Week of")
			// The chart: shapes and dashes for before and after, a legend and a table.
			.contains("<svg class=\"tension-chart\"", "role=\"img\"", "<circle class=\"mark-before\"",
					"<rect class=\"mark-after\"", "stroke-dasharray=\"7 5\"", "Before: solid line, round dots",
					"After: dashed line, squares", "Show the ratings as a table",
					"tension averaged 7 before and 4 after")
			.contains("Completed", "Ended early", "Stopped for pain", "3 of 4 steps", "8 → 5", "10:05")
			.contains("href=\"/my/history.csv\"");
		assertInSiteLayout(body);
		assertRevealsNoInternals(body);
	}

	@Test
	void scriptTagsInRoutineTitlesAreShownAsText() {
		store(NOW.minusSeconds(600), "test-escaping", "<script>alert(\"title\")</script> & Co", Outcome.COMPLETED, 4,
				2);

		String body = body(get("/my/history"));

		assertThat(body).doesNotContain("<script>alert(")
			.contains("&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; Co");
	}

	@Test
	void theCsvExportIsAUtf8AttachmentWithAHeaderRowAndEscapedFields() {
		store(Instant.parse("2026-05-04T21:30:00Z"), "test-escaping", "=cmd|' /C calc'!A0, \"quoted\"\nÜbung",
				Outcome.COMPLETED, 7, null);

		MvcTestResult result = get("/my/history.csv");

		assertThat(result).hasStatusOk();
		assertThat(result).headers()
			.hasValue(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8")
			.containsHeader(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
			.contains("filename=\"unknot-history-");
		String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF" + HistoryCsv.HEADER + "\r\n")
			.endsWith(
					"2026-05-04T21:30:00Z,UTC,2026-05-04,test-escaping,\"'=cmd|' /C calc'!A0, \"\"quoted\"\"\nÜbung\","
							+ "COMPLETED,605,700,3,1,7,\r\n");
	}

	@Test
	void peopleOnlySeeTheirOwnHistory() {
		store(NOW.minusSeconds(600), "daily-pelvic-relaxation", "Daily pelvic relaxation", Outcome.COMPLETED, 9, 1);
		accounts.create("someone.else@example.org", PASSWORD, Role.USER);

		MvcTestResult other = mvc.get().uri("/my/history").with(signedIn("someone.else@example.org")).exchange();
		assertThat(body(other)).contains("No sessions yet").doesNotContain("Daily pelvic relaxation");
		MvcTestResult otherCsv = mvc.get().uri("/my/history.csv").with(signedIn("someone.else@example.org")).exchange();
		assertThat(body(otherCsv)).isEqualTo("\uFEFF" + HistoryCsv.HEADER + "\r\n");
	}

	@Test
	void deletingTheAccountDeletesItsHistory() {
		store(NOW.minusSeconds(600), "daily-pelvic-relaxation", "Daily pelvic relaxation", Outcome.COMPLETED, 5, 2);
		entityManager.flush();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM session_record", Integer.class)).isEqualTo(1);

		MvcTestResult deleted = mvc.post()
			.uri("/my/account/delete")
			.with(signedIn(EMAIL))
			.with(csrf())
			.param("password", PASSWORD)
			.exchange();
		entityManager.flush();

		assertThat(deleted).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE email = ?", Integer.class, EMAIL)).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM session_record", Integer.class)).isZero();
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
