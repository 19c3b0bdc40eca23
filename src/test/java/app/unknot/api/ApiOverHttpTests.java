package app.unknot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
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
import app.unknot.session.SessionPlan;
import app.unknot.session.SessionPlanner;
import app.unknot.system.Browser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API over a real connection, as a client outside the app meets it: sessions, sign-in
 * and CSRF as the OpenAPI description tells a client to use them, and CORS.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
// Plain http on localhost: the client must send the session cookie back.
@TestPropertySource(properties = "server.servlet.session.cookie.secure=false")
class ApiOverHttpTests {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	private int port;

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	private final SessionPlanner planner;

	private final JsonMapper json;

	ApiOverHttpTests(@Autowired JdbcTemplate jdbc, @Autowired AccountService accounts,
			@Autowired SessionPlanner planner, @Autowired JsonMapper json) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.planner = planner;
		this.json = json;
	}

	private long sessions() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION", Long.class);
	}

	private static HttpRequest.Builder api(Browser client, String path) {
		return HttpRequest.newBuilder(client.uri(path)).header("Accept", "application/json");
	}

	/**
	 * Sessions live in the database: an anonymous client of the public API, its
	 * description or its refusals must not cost a session row, nor get a cookie.
	 */
	@Test
	void anonymousCallsStoreNoSession() throws Exception {
		long before = sessions();
		Browser client = new Browser(port);
		for (String path : List.of("/api/v1/routines", "/api/v1/routines?q=psoas&page=2&size=3",
				"/api/v1/routines/desk-break", "/api/v1/muscle-groups", "/api/v1/cautions", "/v3/api-docs",
				"/swagger-ui/index.html")) {
			HttpResponse<String> answer = client.send(api(client, path));
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			assertThat(answer.headers().allValues("Set-Cookie")).as("cookies of %s", path).isEmpty();
		}
		for (String path : List.of("/api/v1/me/history", "/api/v1/routines/nope", "/api/v1/routines?page=0")) {
			HttpResponse<String> answer = client.send(api(client, path));
			assertThat(answer.statusCode()).as(path).isIn(400, 401, 404);
			assertThat(answer.headers().firstValue("Content-Type")).as(path).contains("application/problem+json");
			assertThat(answer.headers().allValues("Set-Cookie")).as("cookies of %s", path).isEmpty();
		}
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void noOtherOriginIsAllowed() throws Exception {
		Browser client = new Browser(port);
		for (String path : List.of("/api/v1/routines", "/api/v1/me/history")) {
			HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(client.uri(path))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", "https://elsewhere.example")
				.header("Access-Control-Request-Method", "POST")
				.header("Access-Control-Request-Headers", "content-type, x-csrf-token"));
			assertThat(preflight.headers().map().keySet()).as(path)
				.noneMatch(name -> name.toLowerCase().startsWith("access-control-allow"));
		}
		HttpResponse<String> crossOrigin = client
			.send(api(client, "/api/v1/routines").header("Origin", "https://elsewhere.example"));
		assertThat(crossOrigin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	/** The way the OpenAPI description tells a client to sign in and write. */
	@Test
	void aClientSignsInWithTheFormAndWritesWithTheCsrfHeader() throws Exception {
		String email = "api-client@example.org";
		long account = accounts.create(email, PASSWORD, Role.USER).getId();
		Browser client = new Browser(port).signIn(email, PASSWORD);
		JsonNode token = json.readTree(client.send(api(client, "/api/v1/me/csrf-token")).body());
		SessionPlan plan = planner.plan("desk-break", null, account);
		Map<String, Object> report = Map.of("runId", "over-http-run-1", "routine", "desk-break", "startedAt",
				Instant.now().minusSeconds(600).toString(), "timeZone", "Europe/London", "secondsDone",
				plan.getTotalSeconds(), "outcome", "COMPLETED", "stepsCompleted", plan.steps().size(), "stepsSkipped",
				0);

		HttpResponse<String> recorded = client
			.send(api(client, "/api/v1/me/history").header("Content-Type", "application/json")
				.header(token.get("headerName").asString(), token.get("token").asString())
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(report))));
		HttpResponse<String> withoutToken = client
			.send(api(client, "/api/v1/me/history").header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(report))));

		assertThat(recorded.statusCode()).isEqualTo(201);
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		JsonNode history = json.readTree(client.send(api(client, "/api/v1/me/history")).body());
		assertThat(history.get("items").get(0).get("runId").asString()).isEqualTo("over-http-run-1");
		assertThat(history.get("totalItems").asInt()).isOne();
	}

}
