package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import app.unknot.account.AccountService;
import app.unknot.account.Role;

/**
 * What browsers, proxies and load balancers may keep and ask, as the real server answers:
 * public pages for a minute with an ETag, personal pages never, static files for a year
 * at addresses that change with their content, and health for a load balancer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "spring.flyway.locations=classpath:db/migration,classpath:db/testdata",
		// Plain http on localhost: the clients must send the session cookie back.
		"server.servlet.session.cookie.secure=false" })
class HttpCachingOverHttpTests {

	private static final String PUBLIC = "max-age=60, public";

	private static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/unknot-[0-9a-f]{32}\\.css)\"");

	private static final Pattern PLAYER = Pattern.compile("src=\"(/js/v[0-9a-f]{12}/session/)player\\.js\"");

	@LocalServerPort
	private int port;

	private final AccountService accounts;

	HttpCachingOverHttpTests(@Autowired AccountService accounts) {
		this.accounts = accounts;
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/routines", "/routines?muscle=psoas", "/routines/test-open", "/muscles",
			"/muscles/psoas", "/safety", "/routines/test-open/sheet", "/routines/test-open/sheet.pdf" })
	void publicPagesMayBeKeptForAMinuteAndAreRevalidatedWithTheirEtag(String path) throws Exception {
		Browser visitor = new Browser(port);
		HttpResponse<String> first = visitor.get(path);

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Cache-Control")).hasValue(PUBLIC);
		assertThat(first.headers().allValues("Vary"))
			.anySatisfy(vary -> assertThat(vary).containsIgnoringCase("cookie"));
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).startsWith("W/\"");

		HttpResponse<String> again = visitor.send(
				HttpRequest.newBuilder(visitor.uri(path)).header("Accept", "text/html").header("If-None-Match", etag));
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void aSignedInPersonsPageIsNeverStoredNorGivenAnEtag() throws Exception {
		accounts.create("cached@example.org", "correct horse battery", Role.USER);
		Browser signedIn = new Browser(port).signIn("cached@example.org", "correct horse battery");

		for (String path : List.of("/routines", "/routines/test-open", "/my/account", "/my/history")) {
			HttpResponse<String> page = signedIn.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue(NO_STORE);
			assertThat(page.headers().firstValue("ETag")).as(path).isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/routines/no-such-routine", "/muscles/no-such-muscle", "/routines/test-escaping/session",
			"/login", "/signup", "/routines/test-open/sheet?paper=papyrus" })
	void errorsAndPagesWithFormsAreNeverStored(String path) throws Exception {
		HttpResponse<String> page = new Browser(port).get(path);

		assertThat(page.headers().firstValue("Cache-Control")).as("status %d", page.statusCode()).hasValue(NO_STORE);
		assertThat(page.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void staticFilesAreLinkedByTheirContentAndKeptForAYear() throws Exception {
		Browser visitor = new Browser(port);
		Matcher stylesheet = STYLESHEET.matcher(visitor.get("/").body());
		assertThat(stylesheet.find()).as("a stylesheet address with its content's hash").isTrue();

		HttpResponse<String> css = visitor.get(stylesheet.group(1));
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
		assertThat(css.body()).contains("--").doesNotContain("/*");
	}

	@Test
	void thePlayersModulesShareOneVersionedFolderSoTheirImportsStayVersioned() throws Exception {
		Browser visitor = new Browser(port);
		String player = visitor.get("/routines/test-open/session").body();
		// The open test routine asks nothing, so the player is on the page at once.
		Matcher folder = PLAYER.matcher(player);
		assertThat(folder.find()).as("the player's address in a versioned folder").isTrue();

		for (String module : List.of("player.js", "view.js", "timing.js")) {
			HttpResponse<String> script = visitor.get(folder.group(1) + module);
			assertThat(script.statusCode()).as(module).isEqualTo(200);
			assertThat(script.headers().firstValue("Cache-Control")).as(module)
				.hasValue("max-age=31536000, public, immutable");
			// Sent without the comments of the sources.
			assertThat(script.body()).as(module).contains("function ").doesNotContainPattern("(?m)^\\s*(//|/\\*)");
		}
	}

	@Test
	void thePlayersModulesLargeAndSmallAreSentCompressed() throws Exception {
		Browser visitor = new Browser(port);
		Matcher folder = PLAYER.matcher(visitor.get("/routines/test-open/session").body());
		assertThat(folder.find()).as("the player's address in a versioned folder").isTrue();

		for (String module : List.of("player.js", "wakelock.js")) {
			HttpResponse<String> script = visitor
				.send(HttpRequest.newBuilder(visitor.uri(folder.group(1) + module)).header("Accept-Encoding", "gzip"));
			assertThat(script.statusCode()).as(module).isEqualTo(200);
			assertThat(script.headers().firstValue("Content-Encoding")).as(module).hasValue("gzip");
		}
	}

	@Test
	void aLoadBalancerAsksWhetherTheAppLivesAndIsReady() throws Exception {
		Browser balancer = new Browser(port);
		for (String probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
			HttpResponse<String> health = balancer.send(HttpRequest.newBuilder(balancer.uri(probe)));
			assertThat(health.statusCode()).as(probe).isEqualTo(200);
			assertThat(health.body()).as(probe).contains("\"status\":\"UP\"").doesNotContain("components", "details");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/info",
			"/actuator/metrics" })
	void noOtherActuatorEndpointIsOpen(String path) throws Exception {
		assertThat(new Browser(port).get(path).statusCode()).isEqualTo(404);
	}

}
