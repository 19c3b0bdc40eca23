package app.unknot.history;

import static app.unknot.system.ResponseChecks.assertRevealsNoInternals;
import static app.unknot.system.ResponseChecks.body;
import static app.unknot.system.SignedInUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.account.AccountService;
import app.unknot.account.Role;
import app.unknot.session.SessionPlanner;
import jakarta.persistence.EntityManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /my/history: what the player sends at the end of a session, and everything it must
 * refuse.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@TestPropertySource(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/testdata")
class HistoryRecordingTests {

	private static final String EMAIL = "recorder@example.org";

	/**
	 * test-open: 3 s each side and 2 s, plus 5 s get ready, 5 s change of position, 5 s
	 * switch.
	 */
	private static final int TEST_OPEN_PLANNED = 23;

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final AccountService accounts;

	private final SessionPlanner planner;

	private final EntityManager entityManager;

	HistoryRecordingTests(@Autowired MockMvcTester mvc, @Autowired JdbcTemplate jdbc, @Autowired JsonMapper json,
			@Autowired AccountService accounts, @Autowired SessionPlanner planner,
			@Autowired EntityManager entityManager) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.json = json;
		this.accounts = accounts;
		this.planner = planner;
		this.entityManager = entityManager;
	}

	@BeforeEach
	void signUp() {
		accounts.create(EMAIL, "a long enough password", Role.USER);
	}

	/** A report as the player sends it after running test-open to the end. */
	static Map<String, Object> report() {
		return ReportBodies.testOpen();
	}

	private static Map<String, Object> report(String field, Object value) {
		Map<String, Object> report = report();
		report.put(field, value);
		return report;
	}

	private MvcTestResult post(String body) {
		return mvc.post()
			.uri("/my/history")
			.with(signedIn(EMAIL))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult post(Map<String, Object> report) {
		return post(json.writeValueAsString(report));
	}

	private int records() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM session_record", Integer.class);
	}

	@Test
	void aValidReportIsRecordedWithThePlanWorkedOutOnTheServer() {
		MvcTestResult result = post(report());

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson().extractingPath("$.recorded").isEqualTo(true);
		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM session_record");
		assertThat(row).containsEntry("ROUTINE_SLUG", "test-open")
			.containsEntry("ROUTINE_TITLE", "Test open routine")
			.containsEntry("TIME_ZONE", "Europe/Berlin")
			.containsEntry("SECONDS_DONE", 21)
			.containsEntry("PLANNED_SECONDS", TEST_OPEN_PLANNED)
			.containsEntry("OUTCOME", "COMPLETED")
			.containsEntry("STEPS_COMPLETED", 2)
			.containsEntry("STEPS_SKIPPED", 0)
			.containsEntry("TENSION_BEFORE", 7)
			.containsEntry("TENSION_AFTER", null);
		assertThat(row.get("ROUTINE_ID")).isNotNull();
		assertThat(row.get("ACCOUNT_ID")).isEqualTo(accounts.get(EMAIL).getId());
	}

	@Test
	void theSameRunReportedAgainAddsNothingButTheRatingAfter() {
		assertThat(post(report())).hasStatus(HttpStatus.CREATED);

		Map<String, Object> again = report("tensionAfter", 3);
		// A changed report for the same run cannot rewrite what was recorded.
		again.put("secondsDone", 5);
		assertThat(post(again)).hasStatus(HttpStatus.OK);
		entityManager.flush();

		assertThat(records()).isEqualTo(1);
		assertThat(jdbc.queryForMap("SELECT seconds_done, tension_after FROM session_record"))
			.containsEntry("SECONDS_DONE", 21)
			.containsEntry("TENSION_AFTER", 3);
	}

	/**
	 * A report of another run, started this many whole days before the usual half a
	 * minute ago, in UTC.
	 */
	private static Map<String, Object> daysAgo(int days, String runId) {
		Map<String, Object> report = report("runId", runId);
		report.put("timeZone", "UTC");
		report.put("startedAt",
				Instant.now().minusSeconds(30).minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS).toString());
		return report;
	}

	@Test
	void theAnswerGivesTheStreakAndAFirstSessionStartsOneDay() {
		MvcTestResult first = post(report());

		assertThat(first).hasStatus(HttpStatus.CREATED);
		assertThat(first).bodyJson().extractingPath("$.streakDays").isEqualTo(1);
	}

	@Test
	void sessionsOnConsecutiveDaysCountUpAndTheSameRunAgainGivesTheSameStreak() {
		// Reported late, a session two days ago belongs to a streak that has ended.
		assertThat(post(daysAgo(2, "streak-run-1"))).bodyJson().extractingPath("$.streakDays").isEqualTo(0);
		assertThat(post(daysAgo(1, "streak-run-2"))).bodyJson().extractingPath("$.streakDays").isEqualTo(2);
		// A second session on the same day adds no day.
		assertThat(post(daysAgo(1, "streak-run-3"))).bodyJson().extractingPath("$.streakDays").isEqualTo(2);
		assertThat(post(daysAgo(0, "streak-run-4"))).bodyJson().extractingPath("$.streakDays").isEqualTo(3);

		MvcTestResult again = post(daysAgo(0, "streak-run-4"));
		assertThat(again).hasStatus(HttpStatus.OK);
		assertThat(again).bodyJson().extractingPath("$.streakDays").isEqualTo(3);
	}

	@Test
	void aDayWithoutASessionStartsTheStreakAgain() {
		post(daysAgo(3, "gap-run-1"));
		post(daysAgo(2, "gap-run-2"));

		assertThat(post(daysAgo(0, "gap-run-3"))).bodyJson().extractingPath("$.streakDays").isEqualTo(1);
	}

	@Test
	void aScaledSessionIsPlannedAtItsChosenLengthAndAllOutcomesAreKept() {
		Map<String, Object> scaled = report("minutes", 1);
		scaled.put("outcome", "PAIN_STOP");
		scaled.put("stepsCompleted", 0);
		scaled.put("stepsSkipped", 2);
		scaled.put("tensionBefore", null);
		assertThat(post(scaled)).hasStatus(HttpStatus.CREATED);

		Map<String, Object> row = jdbc
			.queryForMap("SELECT planned_seconds, outcome, tension_before FROM session_record");
		// Scaled to about a minute of steps, plus the pauses.
		assertThat(row).containsEntry("PLANNED_SECONDS", planner.plan("test-open", 1, null).getTotalSeconds())
			.containsEntry("OUTCOME", "PAIN_STOP")
			.containsEntry("TENSION_BEFORE", null);
	}

	static Stream<Arguments> badReports() {
		return Stream.of(Arguments.of("not JSON", "session done!"), Arguments.of("cut off", "{\"runId\": \"abc"),
				Arguments.of("a JSON array", "[]"), Arguments.of("empty", ""),
				Arguments.of("negative seconds", report("secondsDone", -1)),
				Arguments.of("seconds too big for a number", report("secondsDone", 99_999_999_999L)),
				Arguments.of("more than a day", report("secondsDone", 86_401)),
				Arguments.of("far longer than the plan", report("secondsDone", 2 * TEST_OPEN_PLANNED + 3601)),
				Arguments.of("seconds as text", report("secondsDone", "twenty")),
				Arguments.of("no seconds", report("secondsDone", null)),
				Arguments.of("negative steps", report("stepsCompleted", -1)),
				Arguments.of("steps that do not add up", report("stepsCompleted", 5)),
				Arguments.of("unknown routine", report("routine", "no-such-routine")),
				Arguments.of("no routine", report("routine", "")),
				// PostgreSQL refuses a NUL in any text it is given: never a 500 from the
				// lookup.
				Arguments.of("routine with a NUL", report("routine", "test-open\u0000")),
				Arguments.of("time zone with a NUL", report("timeZone", "Europe/Berlin\u0000")),
				Arguments.of("unknown time zone", report("timeZone", "Mars/Olympus_Mons")),
				Arguments.of("offset instead of a zone", report("timeZone", "+02:00")),
				Arguments.of("tension 11", report("tensionBefore", 11)),
				Arguments.of("tension -1 after", report("tensionAfter", -1)),
				Arguments.of("unknown outcome", report("outcome", "WON")),
				Arguments.of("start time not a time", report("startedAt", "yesterday evening")),
				Arguments.of("start in the future", report("startedAt", Instant.now().plusSeconds(3600).toString())),
				Arguments.of("start a month ago",
						report("startedAt", Instant.now().minus(30, ChronoUnit.DAYS).toString())),
				Arguments.of("length of 0 minutes", report("minutes", 0)),
				Arguments.of("length of 500 minutes", report("minutes", 500)),
				Arguments.of("no run id", report("runId", null)),
				Arguments.of("run id with markup", report("runId", "<script>alert(1)</script>")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badReports")
	void badReportsAreRefusedWithAJsonSentenceAndNothingIsStored(String name, Object report) {
		MvcTestResult result = report instanceof String text ? post(text) : post(castToMap(report));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.error").asString().isNotBlank().doesNotContain("{history.");
		assertRevealsNoInternals(body(result));
		assertThat(records()).isZero();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castToMap(Object report) {
		return (Map<String, Object>) report;
	}

	@Test
	void errorsNameTheFieldAndSayWhatIsAllowed() {
		MvcTestResult result = post(report("tensionBefore", 11));
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("tensionBefore");
		assertThat(result).bodyJson().extractingPath("$.error").isEqualTo("Tension is a whole number from 0 to 10.");

		MvcTestResult zone = post(report("timeZone", "Mars/Olympus_Mons"));
		assertThat(zone).bodyJson().extractingPath("$.field").isEqualTo("timeZone");
	}

	@Test
	void refusalsAreProblemDetailsInJsonEvenForAClientAskingForHtml() {
		MvcTestResult tooLong = mvc.post()
			.uri("/my/history")
			.with(signedIn(EMAIL))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_HTML)
			.content(json.writeValueAsString(report("secondsDone", 2 * TEST_OPEN_PLANNED + 3601)))
			.exchange();

		assertThat(tooLong).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(tooLong).bodyJson().extractingPath("$.status").isEqualTo(400);
		assertThat(tooLong).bodyJson().extractingPath("$.title").isEqualTo("Bad Request");
		assertThat(tooLong).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The time done is far longer than this session could take.");
		assertThat(tooLong).bodyJson().extractingPath("$.field").isEqualTo("secondsDone");
		assertThat(body(tooLong)).doesNotContain("site-header", "/my/history");

		MvcTestResult unreadable = post("{\"runId\":");
		assertThat(unreadable).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("The request could not be read.");
	}

	@Test
	void aFormPostIsNotAnErrorOnOurSide() {
		MvcTestResult result = mvc.post()
			.uri("/my/history")
			.with(signedIn(EMAIL))
			.with(csrf())
			.param("secondsDone", "20")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(records()).isZero();
	}

	@Test
	void anonymousVisitorsRecordNothing() {
		MvcTestResult result = mvc.post()
			.uri("/my/history")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(report()))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(records()).isZero();
	}

	@Test
	void aReportWithoutTheCsrfTokenIsRefused() {
		MvcTestResult result = mvc.post()
			.uri("/my/history")
			.with(signedIn(EMAIL))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(report()))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(records()).isZero();
	}

	@Test
	void runIdsBelongToOneAccountOnly() {
		accounts.create("other@example.org", "another long password", Role.USER);
		assertThat(post(report())).hasStatus(HttpStatus.CREATED);

		MvcTestResult other = mvc.post()
			.uri("/my/history")
			.with(signedIn("other@example.org"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(report("tensionAfter", 1)))
			.exchange();

		assertThat(other).hasStatus(HttpStatus.CREATED);
		assertThat(records()).isEqualTo(2);
		assertThat(jdbc.queryForObject("SELECT tension_after FROM session_record WHERE account_id = ?", Integer.class,
				accounts.get(EMAIL).getId()))
			.isNull();
	}

	@Test
	void anonymousSessionPagesShowNothingNew() {
		MvcTestResult page = mvc.get().uri("/routines/test-open/session").exchange();
		assertThat(page).bodyText()
			.doesNotContain("session-history", "data-tension", "How tense does it feel", "/my/history");
	}

	@Test
	void signedInSessionPagesAskAboutTensionAndCarryTheCsrfToken() {
		MvcTestResult page = mvc.get().uri("/routines/test-open/session?minutes=2").with(signedIn(EMAIL)).exchange();
		assertThat(page).bodyText()
			.contains("id=\"session-history\"", "data-url=\"/my/history\"", "data-csrf-header=\"X-CSRF-TOKEN\"",
					"data-csrf-token=\"", "data-minutes=\"2\"")
			.contains("How tense does it feel, 0–10?", "How tense does it feel now, 0–10?")
			.contains("name=\"tension-before\" value=\"10\"")
			// No inline script: the CSP allows only the app's own files.
			.doesNotContain("<script>");
	}

}
