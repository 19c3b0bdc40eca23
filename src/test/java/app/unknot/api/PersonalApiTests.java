package app.unknot.api;

import static app.unknot.api.CatalogApiTests.assertProblem;
import static app.unknot.system.ResponseChecks.body;
import static app.unknot.system.SignedInUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import app.unknot.catalog.Routine;
import app.unknot.catalog.RoutineCatalog;
import app.unknot.catalog.RoutineRepository;
import app.unknot.history.ReportBodies;
import app.unknot.profile.Favourites;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in half of the JSON API: the person's own routines, favourites and history.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@TestPropertySource(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/testdata")
class PersonalApiTests {

	private static final String EMAIL = "api-person@example.org";

	private static final String OTHER = "api-other@example.org";

	private final MockMvcTester mvc;

	private final JsonMapper json;

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	private final RoutineCatalog catalog;

	private final RoutineRepository routines;

	private final Favourites favourites;

	private long person;

	PersonalApiTests(@Autowired MockMvcTester mvc, @Autowired JsonMapper json, @Autowired JdbcTemplate jdbc,
			@Autowired AccountService accounts, @Autowired RoutineCatalog catalog,
			@Autowired RoutineRepository routines, @Autowired Favourites favourites) {
		this.mvc = mvc;
		this.json = json;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.catalog = catalog;
		this.routines = routines;
		this.favourites = favourites;
	}

	@BeforeEach
	void signUp() {
		person = accounts.create(EMAIL, "a long enough password", Role.USER).getId();
	}

	private String ownCopy(long owner, String slug, String title) {
		Routine original = catalog.getRoutine("desk-break", null);
		routines.save(original.copyFor(owner, slug, title, Instant.now()));
		return slug;
	}

	private MvcTestResult get(String uri) {
		return mvc.get().uri(uri).with(signedIn(EMAIL)).exchange();
	}

	private JsonNode ok(String uri) {
		MvcTestResult result = get(uri);
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("private").contains("no-cache");
		return json.readTree(body(result));
	}

	private MvcTestResult post(Object report) {
		return mvc.post()
			.uri("/api/v1/me/history")
			.with(signedIn(EMAIL))
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(report instanceof String text ? text : json.writeValueAsString(report))
			.exchange();
	}

	private Map<String, Object> report(String field, Object value) {
		Map<String, Object> report = ReportBodies.testOpen();
		report.put(field, value);
		return report;
	}

	private int records() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM session_record", Integer.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/me/routines", "/api/v1/me/routines/desk-break", "/api/v1/me/favourites",
			"/api/v1/me/history", "/api/v1/me/csrf-token" })
	void anAnonymousCallIsA401ProblemNotASignInPage(String uri) {
		MvcTestResult result = mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange();

		assertProblem(result, HttpStatus.UNAUTHORIZED);
		assertThat(result.getResponse().getHeader("Location")).isNull();
		assertThat(result.getRequest().getSession(false)).as("no session for a refused call").isNull();
	}

	@Test
	void anAnonymousReportIsA401EvenWithoutACsrfToken() {
		MvcTestResult result = mvc.post()
			.uri("/api/v1/me/history")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(report("runId", "anonymous-run")))
			.exchange();

		assertProblem(result, HttpStatus.UNAUTHORIZED);
		assertThat(records()).isZero();
	}

	@Test
	void ownRoutinesAreListedAndDescribedOnlyToTheirOwner() {
		String mine = ownCopy(person, "api-mine", "My desk break");
		long other = accounts.create(OTHER, "another long password", Role.USER).getId();
		String theirs = ownCopy(other, "api-theirs", "Their desk break");

		JsonNode list = ok("/api/v1/me/routines");
		assertThat(list.valueStream().map(routine -> routine.get("slug").asString())).containsExactly(mine);
		assertThat(list.get(0).get("href").asString()).isEqualTo("/api/v1/me/routines/api-mine");
		JsonNode detail = ok("/api/v1/me/routines/api-mine");
		assertThat(detail.get("title").asString()).isEqualTo("My desk break");
		assertThat(detail.get("ownRoutine").asBoolean()).isTrue();
		assertThat(detail.get("steps")).hasSize(catalog.getRoutine("desk-break", null).getSteps().size());

		assertProblem(get("/api/v1/me/routines/" + theirs), HttpStatus.NOT_FOUND);
		assertProblem(get("/api/v1/routines/" + theirs), HttpStatus.NOT_FOUND);
		assertProblem(get("/api/v1/routines/" + mine), HttpStatus.NOT_FOUND);
		assertProblem(get("/api/v1/me/routines/desk-break"), HttpStatus.NOT_FOUND);
		assertProblem(get("/api/v1/me/routines/no-such-routine"), HttpStatus.NOT_FOUND);
		assertProblem(get("/api/v1/me/routines/NOT_A_SLUG"), HttpStatus.BAD_REQUEST);
		assertThat(json.readTree(body(get("/api/v1/routines?size=100")))
			.get("items")
			.valueStream()
			.map(routine -> routine.get("slug").asString())).doesNotContain(mine, theirs);
	}

	@Test
	void favouritesAreListedLatestFirstWithTheirAddresses() {
		String mine = ownCopy(person, "api-favourite", "My favourite");
		favourites.set(person, "desk-break", true);
		jdbc.update("UPDATE favourite SET created_at = created_at - INTERVAL '1' HOUR");
		favourites.set(person, mine, true);

		JsonNode list = ok("/api/v1/me/favourites");

		assertThat(list.valueStream().map(routine -> routine.get("href").asString()))
			.containsExactly("/api/v1/me/routines/api-favourite", "/api/v1/routines/desk-break");
	}

	@Test
	void aReportIsRecordedOnceAndARepeatAnswersAsTheFirstDid() {
		Map<String, Object> report = report("runId", "api-run-0001");

		MvcTestResult first = post(report);
		MvcTestResult repeat = post(report);

		assertThat(first).hasStatus(HttpStatus.CREATED);
		assertThat(repeat).hasStatus(HttpStatus.OK);
		assertThat(json.readTree(body(repeat))).isEqualTo(json.readTree(body(first)));
		assertThat(first).bodyJson().extractingPath("$.runId").isEqualTo("api-run-0001");
		assertThat(first).bodyJson().extractingPath("$.recorded").isEqualTo(true);
		assertThat(first).bodyJson().extractingPath("$.streakDays").isEqualTo(1);
		assertThat(records()).isOne();

		JsonNode history = ok("/api/v1/me/history");
		assertThat(history.get("totalItems").asInt()).isOne();
		JsonNode entry = history.get("items").get(0);
		assertThat(entry.get("runId").asString()).isEqualTo("api-run-0001");
		assertThat(entry.get("routine").asString()).isEqualTo("test-open");
		assertThat(entry.get("secondsDone").asInt()).isEqualTo(21);
		assertThat(entry.get("outcome").asString()).isEqualTo("COMPLETED");
		assertThat(entry.get("startedAt").asString()).isEqualTo(report.get("startedAt"));
	}

	@Test
	void aReportWithoutTheCsrfHeaderIsRefused() {
		MvcTestResult result = mvc.post()
			.uri("/api/v1/me/history")
			.with(signedIn(EMAIL))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(report("runId", "api-run-0002")))
			.exchange();

		assertProblem(result, HttpStatus.FORBIDDEN);
		assertThat(records()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "runId", "routine", "timeZone", "outcome" })
	void scriptInATextFieldIsA400NamingTheFieldAndStoresNothing(String field) {
		MvcTestResult result = post(report(field, "<script>alert(1)</script>"));

		assertProblem(result, HttpStatus.BAD_REQUEST);
		// An outcome that is not one of the three cannot be read at all, so no field is
		// named.
		if (!field.equals("outcome")) {
			assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(field);
		}
		assertThat(body(result)).doesNotContain("<script");
		assertThat(records()).isZero();
	}

	@Test
	void aReportOfAnUnknownRoutineOrOfNoJsonIsA400() {
		MvcTestResult unknown = post(report("routine", "no-such-routine"));
		assertProblem(unknown, HttpStatus.BAD_REQUEST);
		assertThat(unknown).bodyJson().extractingPath("$.field").isEqualTo("routine");

		assertProblem(post("{\"runId\": "), HttpStatus.BAD_REQUEST);
		assertProblem(post(report("secondsDone", 99_999_999_999L)), HttpStatus.BAD_REQUEST);
		assertProblem(post(report("runId", "x".repeat(37))), HttpStatus.BAD_REQUEST);
		MvcTestResult text = mvc.post()
			.uri("/api/v1/me/history")
			.with(signedIn(EMAIL))
			.with(csrf().asHeader())
			.contentType(MediaType.TEXT_PLAIN)
			.content("hello")
			.exchange();
		assertProblem(text, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(records()).isZero();
	}

	@Test
	void historyComesNewestFirstAPageAtATime() {
		assertThat(post(report("runId", "api-run-older")).getResponse().getStatus()).isEqualTo(201);
		Map<String, Object> newer = report("runId", "api-run-newer");
		newer.put("startedAt", Instant.now().minusSeconds(5).toString());
		assertThat(post(newer).getResponse().getStatus()).isEqualTo(201);

		MvcTestResult first = get("/api/v1/me/history?size=1");

		assertThat(first).hasStatusOk();
		JsonNode page = json.readTree(body(first));
		assertThat(page.get("items").get(0).get("runId").asString()).isEqualTo("api-run-newer");
		assertThat(page.get("totalPages").asInt()).isEqualTo(2);
		assertThat(page.get("links").get("next").asString()).isEqualTo("/api/v1/me/history?page=2&size=1");
		assertThat(first.getResponse().getHeader("Link")).contains("</api/v1/me/history?page=2&size=1>; rel=\"next\"");
		assertThat(ok("/api/v1/me/history?page=2&size=1").get("items").get(0).get("runId").asString())
			.isEqualTo("api-run-older");
		assertProblem(get("/api/v1/me/history?size=1000"), HttpStatus.BAD_REQUEST);
		assertProblem(get("/api/v1/me/history?page=-1"), HttpStatus.BAD_REQUEST);
	}

	@Test
	void personalAnswersCarryAnEtagToo() {
		favourites.set(person, "desk-break", true);
		String etag = get("/api/v1/me/favourites").getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();

		assertThat(
				mvc.get().uri("/api/v1/me/favourites").with(signedIn(EMAIL)).header("If-None-Match", etag).exchange())
			.hasStatus(HttpStatus.NOT_MODIFIED);
		favourites.set(person, "desk-break", false);
		assertThat(
				mvc.get().uri("/api/v1/me/favourites").with(signedIn(EMAIL)).header("If-None-Match", etag).exchange())
			.hasStatusOk();
	}

	@Test
	void theCsrfTokenIsHandedToTheSignedInPerson() {
		MvcTestResult result = get("/api/v1/me/csrf-token");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.headerName").isEqualTo("X-CSRF-TOKEN");
		assertThat(result).bodyJson().extractingPath("$.token").asString().isNotBlank();
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(result.getResponse().getHeaderNames()).doesNotContain("Access-Control-Allow-Origin");
	}

}
