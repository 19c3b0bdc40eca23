package app.unknot.system;

import static app.unknot.system.Browser.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

import app.unknot.account.AccountService;
import app.unknot.account.Role;

/**
 * Hostile input against the real server, Tomcat's own handling included: every route and
 * form with malformed and huge numbers, path traversal, 100 KB strings, odd Unicode and
 * control characters, script and SQL, wrong methods, content types and sizes, forged or
 * missing CSRF tokens, raw requests no client library would send and the same bad request
 * many times at once; anonymous, signed in and as an administrator. Each answer is a 4xx,
 * the normal page or a local redirect (only Tomcat's 501 for CONNECT and 505 for an HTTP
 * version it does not speak are 5xx, as HTTP wants them); error pages are in the site's
 * layout (JSON for the player's history endpoint); nothing shows a stack trace, a class
 * or SQL, or echoes markup unescaped; and not one row of any table changes. The cases are
 * built from the tables below; {@link #theSuiteSentEnoughAndWroteNothing} runs last and
 * checks the totals. The tests' configuration raises the sign-in limits, so the failed
 * sign-ins here are answered, not throttled.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
// Plain http on localhost: the clients must send the session cookie back.
@TestPropertySource(properties = "server.servlet.session.cookie.secure=false")
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class HostileInputOverHttpTests {

	private static final Logger log = LoggerFactory.getLogger(HostileInputOverHttpTests.class);

	private static final String PASSWORD = "correct horse battery";

	private static final String USER = "hostile-user@example.org";

	private static final String ADMIN = "hostile-admin@example.org";

	private static final String ROUTINE = "daily-pelvic-relaxation";

	private static final String SCRIPT = "<script>alert(1)</script>";

	private static final String HUGE = "x".repeat(100_000);

	/** Values no route should ever accept, or show as anything but text. */
	private static final List<String> PAYLOADS = List.of(
			// numbers
			"-1", "0", "99999999999999999999", "1e308", "NaN", "0x7fffffff", "١٢٣", "1.5",
			// traversal
			"../../../../etc/passwd", "..\\..\\windows\\win.ini", "....//....//etc/passwd", "/etc/passwd", "%2e%2e%2f",
			// size
			HUGE,
			// Unicode oddities and control characters
			"\u202Egnp.exe", "e\u0301\u0301\u0301", "\uFEFF\u200B", "😀🏳️‍🌈", "\uD800", "\uFFFE\uFFFF", "Ａｄｍｉｎ",
			"\u0000", "\u001b[31mred", "line\r\nX-Injected: yes", "\u0085\u2028\u2029", "",
			// markup, templates and expressions
			SCRIPT, "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "${7*7}", "[[${7*7}]]",
			"__${T(java.lang.Runtime).getRuntime()}__::.x", "#{7*7}", "{{7*7}}", "%s%s%s%n",
			// SQL
			"' OR '1'='1", "1; DROP TABLE account;--", "\" OR 1=1 --",
			"' UNION SELECT email, password FROM account --");

	/** One or two of each kind, for the many fields and routes that get each of them. */
	private static final List<String> SOME_PAYLOADS = List.of("-1", "99999999999999999999", "1e308",
			"../../../../etc/passwd", HUGE, "\u202Egnp.exe", "😀🏳️‍🌈\uD800", "\u0000\u001b[31m",
			"line\r\nX-Injected: yes", SCRIPT, "__${T(java.lang.Runtime).getRuntime()}__::.x", "' OR '1'='1");

	/** A few of them, for the rest: one of each kind that most often breaks something. */
	private static final List<String> FEW_PAYLOADS = List.of("99999999999999999999", "../../../../etc/passwd", HUGE,
			"\u0000\u001b[31m", SCRIPT, "' OR '1'='1", "😀\uD800");

	/**
	 * A Java class, a stack frame or SQL in a body means an internal error reached the
	 * visitor.
	 */
	private static final Pattern INTERNALS = Pattern.compile(
			"(?i)exception|\\bat (app|org|java|jakarta)\\.[\\w.$]+\\(|\\b(org|java|jakarta)\\.[a-z]+\\.[a-z]|org\\.h2|\\bh2 database|\\bjdbc\\b|hibernate|\\bselect\\b[^<]{0,200}\\bfrom\\b|whitelabel|HTTP Status \\d");

	@LocalServerPort
	private int port;

	private final AccountService accounts;

	private final JdbcTemplate jdbc;

	private final AtomicInteger requests = new AtomicInteger();

	/** How many answers of each status and type, for the log. */
	private final Map<String, AtomicInteger> answers = new ConcurrentSkipListMap<>();

	/** Every table of the schema. */
	private List<String> tables;

	private Map<String, Long> rowsBefore;

	private String rowsQuery;

	private final Map<Who, Browser> browsers = new LinkedHashMap<>();

	private final Map<Who, String> tokens = new LinkedHashMap<>();

	private String ownRoutine;

	private String safetyQuestion;

	HostileInputOverHttpTests(@Autowired AccountService accounts, @Autowired JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	enum Who {

		ANONYMOUS, USER, ADMIN

	}

	/**
	 * What the route answers with: pages, or the JSON of the player's history endpoint.
	 */
	enum Kind {

		HTML, JSON

	}

	/**
	 * One hostile request: who sends it, how, and whether it carries the visitor's CSRF
	 * token (so that it reaches the controller) or none.
	 */
	record Attack(String name, Who who, String method, String path, String contentType, String body, boolean csrf,
			Kind kind, Map<String, String> headers) {

		Attack(String name, Who who, String method, String path, String contentType, String body, boolean csrf,
				Kind kind) {
			this(name, who, method, path, contentType, body, csrf, kind, Map.of());
		}

		@Override
		public String toString() {
			String shown = name.length() > 90 ? name.substring(0, 90) + "…" : name;
			return who + " " + method + " " + shown.replaceAll("\\p{Cntrl}", "?");
		}

	}

	@BeforeAll
	void visitorsAndTheirRoutines() throws Exception {
		accounts.create(USER, PASSWORD, Role.USER);
		accounts.create(ADMIN, PASSWORD, Role.ADMIN);
		browsers.put(Who.ANONYMOUS, new Browser(port));
		browsers.put(Who.USER, new Browser(port).signIn(USER, PASSWORD));
		browsers.put(Who.ADMIN, new Browser(port).signIn(ADMIN, PASSWORD));
		for (Who who : Who.values()) {
			tokens.put(who, browsers.get(who).token(who == Who.ANONYMOUS ? "/signup" : "/my/account"));
		}
		HttpResponse<String> copied = browsers.get(Who.USER)
			.post("/my/routines/copy", "from=" + ROUTINE, tokens.get(Who.USER));
		ownRoutine = copied.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceAll(".*/my/routines/([^/]+)/edit.*", "$1");
		String check = browsers.get(Who.ANONYMOUS).get("/routines/" + ROUTINE + "/session").body();
		safetyQuestion = Pattern.compile("name=\"(answer-[^\"]+)\"")
			.matcher(check)
			.results()
			.findFirst()
			.orElseThrow()
			.group(1);
		// Not the visitors' own bookkeeping: their sessions and their counted sign-in
		// attempts.
		tables = jdbc.queryForList("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE'
				AND UPPER(table_name) NOT IN ('SPRING_SESSION', 'SPRING_SESSION_ATTRIBUTES', 'ATTEMPT_COUNT')
				ORDER BY table_name""", String.class);
		rowsBefore = rowCounts();
		rowsQuery = tables.stream()
			.map(table -> "(SELECT COUNT(*) FROM \"" + table + "\")")
			.collect(Collectors.joining(", ", "SELECT CONCAT_WS(',', ", ")"));
	}

	// ---- The tables ----

	Stream<Attack> pathAttacks() {
		List<Attack> attacks = new ArrayList<>();
		Map<String, Who> routes = new LinkedHashMap<>();
		routes.put("/routines/{}", Who.ANONYMOUS);
		routes.put("/routines/{}/session", Who.ANONYMOUS);
		routes.put("/routines/{}/sheet", Who.ANONYMOUS);
		routes.put("/routines/{}/sheet.pdf", Who.ANONYMOUS);
		routes.put("/routines/{}/sheet-page.css", Who.ANONYMOUS);
		routes.put("/muscles/{}", Who.ANONYMOUS);
		routes.put("/my/routines/{}/edit", Who.USER);
		routes.put("/my/routines/{}/delete", Who.USER);
		routes.put("/admin/routines/{}/edit", Who.ADMIN);
		routes.forEach((route, who) -> {
			for (String payload : route.equals("/routines/{}") ? PAYLOADS : FEW_PAYLOADS) {
				attacks.add(get(who, route.replace("{}", segment(payload))));
			}
		});
		return attacks.stream();
	}

	Stream<Attack> queryAttacks() {
		List<Attack> attacks = new ArrayList<>();
		for (String parameter : List.of("q", "muscle", "maxMinutes", "equipment", "position", "difficulty", "safe",
				"page")) {
			for (String payload : parameter.equals("q") ? PAYLOADS : FEW_PAYLOADS) {
				attacks.add(get(Who.ANONYMOUS, "/routines?" + parameter + "=" + query(payload)));
			}
		}
		Map<String, Who> routes = new LinkedHashMap<>();
		routes.put("/routines/" + ROUTINE + "/session?minutes=", Who.ANONYMOUS);
		routes.put("/routines/" + ROUTINE + "/sheet?paper=", Who.ANONYMOUS);
		routes.put("/routines/" + ROUTINE + "/sheet.pdf?paper=", Who.ANONYMOUS);
		routes.put("/routines/" + ROUTINE + "/sheet-page.css?paper=", Who.ANONYMOUS);
		routes.put("/routines?safe=on&q=", Who.USER);
		routes.put("/my/history?x=", Who.USER);
		routes.put("/my/history.csv?x=", Who.USER);
		routes.put("/my/progress?x=", Who.USER);

		routes.forEach((route, who) -> FEW_PAYLOADS.forEach(payload -> attacks.add(get(who, route + query(payload)))));
		// Every other page, with a parameter it does not know.
		Map<String, Who> pages = new LinkedHashMap<>();
		List.of("/", "/muscles", "/safety", "/login", "/signup", "/error")
			.forEach(page -> pages.put(page, Who.ANONYMOUS));
		List.of("/my/account", "/my/favourites", "/my/safety", "/my/routines", "/my/routines/new")
			.forEach(page -> pages.put(page, Who.USER));
		List.of("/admin/routines", "/admin/routines/new").forEach(page -> pages.put(page, Who.ADMIN));
		pages.forEach((page, who) -> List.of(SCRIPT, HUGE, "' OR '1'='1")
			.forEach(payload -> attacks.add(get(who, page + "?" + query(payload) + "=" + query(payload)))));
		return attacks.stream();
	}

	Stream<Attack> formAttacks() {
		List<Attack> attacks = new ArrayList<>();
		String session = "/routines/" + ROUTINE + "/session";
		for (String payload : SOME_PAYLOADS) {
			attacks.add(form(Who.ANONYMOUS, "/signup", "email=" + encode(payload) + "&password=" + encode(PASSWORD)));
			attacks.add(form(Who.ANONYMOUS, session, safetyQuestion + "=" + encode(payload)));
			attacks.add(form(Who.ANONYMOUS, session, safetyQuestion + "=no&minutes=" + encode(payload)));
			attacks.add(form(Who.ANONYMOUS, session + "/clearance", "cleared=" + encode(payload)));
			attacks.add(form(Who.USER, "/my/favourites/" + ROUTINE, "favourite=" + encode(payload)));
			attacks.add(form(Who.USER, "/my/favourites/" + ROUTINE, "favourite=false&returnTo=" + encode(payload)));
			attacks.add(form(Who.USER, "/my/favourites/" + segment(payload), "favourite=true"));
			attacks.add(form(Who.USER, "/my/safety", "caution=" + encode(payload)));
			attacks.add(form(Who.USER, "/my/safety", "avoid=" + encode(payload)));
			attacks.add(form(Who.USER, "/my/safety/clearances/withdraw",
					"routine=" + encode(payload) + "&caution=" + encode(payload)));
			attacks.add(form(Who.USER, "/my/routines/copy", "from=" + encode(payload)));
			attacks.add(form(Who.USER, "/my/routines/" + segment(payload) + "/delete", ""));
			attacks.add(form(Who.ADMIN, "/admin/routines/" + segment(payload) + "/delete", ""));
		}
		// The editor: a field that cannot be saved with this value, or a change to the
		// draft only.
		for (String payload : FEW_PAYLOADS) {
			for (String field : List.of("difficulty", "muscles", "cautions", "steps[0].technique",
					"steps[0].muscles")) {
				attacks.add(editor(Who.USER, "/my/routines/new", Map.of(field, payload)));
			}
			attacks.add(editor(Who.USER, "/my/routines/new", Map.of("title", payload, "action", "add-step")));
			attacks.add(editor(Who.USER, "/my/routines/new", Map.of("action", "add-library", "libraryStep", payload)));
			attacks.add(editor(Who.USER, "/my/routines/" + ownRoutine + "/edit",
					Map.of("steps[0].duration", payload, "action", "add-step")));
			attacks.add(editor(Who.ADMIN, "/admin/routines/new", Map.of("cautions", payload)));
		}
		for (String index : List.of("-1", "40", "41", "99999999999999999999", "abc", "0x1", "%00", "1]")) {
			attacks.add(editor(Who.USER, "/my/routines/new", Map.of("steps[" + index + "].title", "deep")));
		}
		for (String action : List.of("remove-0", "remove-999", "up-0", "down-999", "remove-99999999999", "up--1")) {
			// An unknown action saves (as Enter in a field does), so the title is left
			// empty too.
			attacks.add(editor(Who.USER, "/my/routines/new", Map.of("action", action, "title", "")));
		}
		attacks.add(editor(Who.USER, "/my/routines/new", Map.of("title", HUGE)));
		attacks.add(editor(Who.USER, "/my/routines/new", Map.of("steps[0].instructions", HUGE)));
		// Sign-in and the password check before deleting an account: each costs a
		// password hash.
		for (String payload : FEW_PAYLOADS) {
			attacks.add(form(Who.ANONYMOUS, "/login", "username=" + encode(payload) + "&password=" + encode(payload)));
			attacks.add(form(Who.USER, "/my/account/delete", "password=" + encode(payload)));
		}
		// The admin's catalog is not a signed-in visitor's.
		attacks.add(editor(Who.USER, "/admin/routines/new", Map.of()));
		attacks.add(form(Who.USER, "/admin/routines/" + ROUTINE + "/delete", ""));
		attacks.add(editor(Who.ANONYMOUS, "/my/routines/new", Map.of()));
		return attacks.stream();
	}

	Stream<Attack> historyAttacks() {
		List<Attack> attacks = new ArrayList<>();
		Map<String, List<String>> invalid = new LinkedHashMap<>();
		invalid.put("runId", List.of("null", "\"\"", "\"short\"", json(SCRIPT), json(HUGE), "1234567", "[]", "{}"));
		invalid.put("routine", List.of("null", "\"\"", json("no-such-routine"), json(SCRIPT), json(HUGE),
				json("' OR '1'='1"), "1", "true"));
		invalid.put("minutes", List.of("0", "-1", "121", "99999999999999999999", "1e308", "\"ten\"", "[]", "{}"));
		invalid.put("startedAt", List.of("null", "\"yesterday\"", "\"9999-12-31T23:59:59Z\"",
				"\"1970-01-01T00:00:00Z\"", "-99999999999999999999", "1e308", json(SCRIPT), "{}"));
		invalid.put("timeZone", List.of("null", "\"\"", json("Mars/Olympus_Mons"), json("../../etc/passwd"), json(HUGE),
				json("\u0000"), json("UTC\r\nX-Injected: yes"), "7"));
		invalid.put("secondsDone", List.of("null", "-1", "99999999999999999999", "1e308", "\"NaN\"", "86401", "{}"));
		invalid.put("outcome", List.of("null", "\"\"", "\"WON\"", json(SCRIPT), "[]", "true", json("completed\u0000")));
		invalid.put("stepsCompleted", List.of("null", "-1", "1001", "99999999999999999999", "\"x\"", "1e308", "[]"));
		invalid.put("tensionBefore", List.of("-1", "11", "99999999999999999999", "1e308", "\"high\"", "[]", "{}"));
		invalid.forEach((field, values) -> values.forEach(value -> attacks.add(history(Who.USER, field, value))));
		for (String body : List.of("", "null", "[]", "{", "{\"runId\":", "not json at all", SCRIPT, "[".repeat(100_000),
				"{\"a\":".repeat(5_000), "\u0000", "\"" + HUGE + "\"",
				report("routine", json(ROUTINE)).replace("{", "{{"))) {
			attacks.add(history(Who.USER, body));
		}
		attacks.add(history(Who.ANONYMOUS, "minutes", "null"));
		attacks.add(new Attack("/my/history without CSRF", Who.USER, "POST", "/my/history", "application/json",
				report("minutes", "5"), false, Kind.JSON));
		for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml",
				"multipart/form-data; boundary=x", "application/json; charset=utf-7", "application/json-patch+json",
				"*/*")) {
			attacks.add(new Attack("/my/history as " + type, Who.USER, "POST", "/my/history", type,
					report("minutes", "-1"), true, Kind.JSON));
		}
		return attacks.stream();
	}

	Stream<Attack> requestAttacks() {
		List<Attack> attacks = new ArrayList<>();
		// Every form without its CSRF token.
		for (String path : List.of("/signup", "/login", "/logout", "/routines/" + ROUTINE + "/session",
				"/routines/" + ROUTINE + "/session/clearance", "/my/favourites/" + ROUTINE, "/my/safety",
				"/my/safety/clearances/withdraw", "/my/account/delete", "/my/routines/new", "/my/routines/copy",
				"/my/routines/" + ROUTINE + "/delete", "/admin/routines/" + ROUTINE + "/delete")) {
			attacks.add(new Attack(path + " without CSRF", Who.USER, "POST", path, "application/x-www-form-urlencoded",
					"favourite=true&password=" + encode(PASSWORD) + "&from=" + ROUTINE + "&_csrf=" + encode(SCRIPT),
					false, Kind.HTML));
		}
		// Wrong methods.
		for (String path : List.of("/", "/routines", "/routines/" + ROUTINE, "/routines/" + ROUTINE + "/sheet.pdf",
				"/my/history", "/my/account", "/my/account/delete", "/my/routines/" + ownRoutine + "/edit", "/login",
				"/signup", "/error", "/css/unknot.css")) {
			for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND")) {
				attacks.add(new Attack(path, Who.USER, method, path, null, null, true, Kind.HTML));
			}
			attacks.add(new Attack(path, Who.USER, "POST", path, "application/x-www-form-urlencoded", "x=1", true,
					Kind.HTML));
		}
		attacks.add(get(Who.USER, "/my/history"));
		attacks.add(get(Who.USER, "/my/account/delete"));
		attacks.add(get(Who.USER, "/logout?x=" + query(SCRIPT)));
		// Forms sent as something else, and far too big.
		for (String type : List.of("application/json", "text/plain", "application/xml",
				"multipart/form-data; boundary=----x", "application/x-www-form-urlencoded; charset=ebcdic",
				"image/png")) {
			attacks.add(new Attack("/my/favourites as " + type, Who.USER, "POST", "/my/favourites/" + ROUTINE, type,
					"{\"favourite\":\"" + SCRIPT + "\"}", true, Kind.HTML));
			attacks.add(new Attack("/signup as " + type, Who.ANONYMOUS, "POST", "/signup", type,
					"------x\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\n" + SCRIPT + "\r\n------x--",
					true, Kind.HTML));
		}
		String tooBig = "email=" + "a".repeat(3 * 1024 * 1024) + "%40example.org&password=" + encode(PASSWORD);
		attacks.add(form(Who.ANONYMOUS, "/signup", tooBig));
		attacks.add(form(Who.USER, "/my/safety", "caution=x&".repeat(5_000) + "avoid=psoas"));
		attacks.add(history(Who.USER, "routine", json("r".repeat(3 * 1024 * 1024))));
		// Headers the app reads, and the forwarded ones a proxy would add.
		Map<String, String> headerAttacks = new LinkedHashMap<>();
		headerAttacks.put("Accept-Language", "xx-YY;q=abc, *;q=1e308, ,,;, en-US-x-'");
		headerAttacks.put("Accept", "text/html;q=NaN, application/<script>");
		headerAttacks.put("Referer", "javascript:alert(1)");
		headerAttacks.put("Cookie", "JSESSIONID=" + "A".repeat(4000) + "; JSESSIONID=../../x");
		headerAttacks.put("X-Forwarded-For", SCRIPT + ", ' OR '1'='1");
		headerAttacks.put("X-Forwarded-Proto", "gopher");
		headerAttacks.put("X-Forwarded-Host", "evil.example\"><script>alert(1)</script>");
		headerAttacks.put("X-Forwarded-Port", "99999999999999999999");
		headerAttacks.put("If-Modified-Since", "yesterday");
		headerAttacks.put("Range", "bytes=99999999999999999999-");
		headerAttacks.forEach((name, value) -> {
			for (String path : List.of("/routines/" + ROUTINE + "/sheet", "/routines?q=x", "/css/sheet.css",
					"/login")) {
				attacks.add(new Attack(path + " with " + name, Who.ANONYMOUS, "GET", path, null, null, true, Kind.HTML,
						Map.of(name, value)));
			}
		});
		return attacks.stream();
	}

	// ---- The checks ----

	@ParameterizedTest
	@MethodSource({ "pathAttacks", "queryAttacks", "formAttacks", "historyAttacks", "requestAttacks" })
	@Order(1)
	void hostileRequests(Attack attack) throws Exception {
		String rows = rowFingerprint();
		check(attack, send(attack));
		assertThat(rowFingerprint()).as("rows after %s", attack).isEqualTo(rows);
	}

	/**
	 * Requests no HTTP client library would send; the server itself refuses most of them.
	 */
	@ParameterizedTest
	@MethodSource("rawRequests")
	@Order(2)
	void rawRequests(String requestLine, String header) throws Exception {
		String accept = "Accept: text/html";
		RawHttp.Response answer = header.isEmpty() ? RawHttp.send(port, requestLine, accept)
				: RawHttp.send(port, requestLine, accept, header);
		requests.incrementAndGet();
		String where = requestLine + " " + header;
		if (requestLine.startsWith("CONNECT ")) {
			// The status HTTP has for a method no server here implements, from Tomcat
			// itself.
			assertThat(answer.status()).as(where).isEqualTo(501);
		}
		else if (!requestLine.endsWith(" HTTP/1.1")) {
			// Likewise for a version of HTTP it does not speak.
			assertThat(answer.status()).as(where).isIn(400, 505);
		}
		else {
			assertThat(answer.status()).as(where).isBetween(200, 499);
		}
		if (answer.status() >= 400 && !answer.body().isEmpty()) {
			assertThat(answer.header("Content-Type")).as(where).startsWith("text/html");
			ResponseChecks.assertInSiteLayout(answer.body());
			assertThat(answer.header("Content-Security-Policy")).as(where).isNotNull();
		}
		assertThat(answer.body()).as(where).doesNotContainPattern(INTERNALS).doesNotContain(SCRIPT);
	}

	Stream<Arguments> rawRequests() {
		List<Arguments> raw = new ArrayList<>();
		for (String path : List.of("/routines/%zz", "/routines/%", "/routines/%00", "/routines/a%00b/sheet",
				"/%2e%2e/%2e%2e/etc/passwd", "/routines/..%2f..%2fetc", "/routines/..;/..;/etc",
				"/routines/%c0%ae%c0%ae/", "/routines/<script>", "/routines/\"x\"", "/routines/{x}", "/routines/x|y",
				"/routines/x\\y", "/routines?q=%zz", "/routines?q=<script>", "/my/history?%ff%fe=1",
				"/x/../../../etc/passwd", "//evil.example/", "/routines/" + "%E2%80%AE".repeat(50),
				"/routines/%ED%A0%80")) {
			raw.add(Arguments.of("GET " + path + " HTTP/1.1", ""));
		}
		raw.add(Arguments.of("GET /routines HTTP/1.1", "(bad): header"));
		raw.add(Arguments.of("GET /routines HTTP/1.1", "X-Long: " + "a".repeat(20_000)));
		raw.add(Arguments.of("GET /routines HTTP/1.1", "X-Nul: a\u0000b"));
		raw.add(Arguments.of("GET /routines HTTP/1.1", "Content-Length: -1"));
		raw.add(Arguments.of("GET /routines HTTP/1.1", "Transfer-Encoding: chunked, identity"));
		raw.add(Arguments.of("GET /routines HTTP/1.1", "Accept-Language: \u00ff\u00fe-\u00e9;q=\u00ff"));
		raw.add(Arguments.of("GET /routines HTTP/2.0", ""));
		raw.add(Arguments.of("GET /routines HTTP/9.9", ""));
		raw.add(Arguments.of("GETX /routines HTTP/1.1", ""));
		raw.add(Arguments.of("GET routines HTTP/1.1", ""));
		raw.add(Arguments.of("TRACE / HTTP/1.1", ""));
		raw.add(Arguments.of("CONNECT localhost:22 HTTP/1.1", ""));
		raw.add(Arguments.of("OPTIONS * HTTP/1.1", ""));
		raw.add(Arguments.of("GET /routines/" + "a".repeat(20_000) + " HTTP/1.1", ""));
		return raw.stream();
	}

	/** The same bad request many times at once is answered as one would be. */
	@Test
	@Order(3)
	void hostileDuplicatesAtOnce() throws Exception {
		List<Attack> duplicated = List.of(
				form(Who.ANONYMOUS, "/signup", "email=" + encode(SCRIPT) + "&password=" + encode(PASSWORD)),
				form(Who.USER, "/my/account/delete", "password=" + encode("' OR '1'='1")),
				history(Who.USER, "secondsDone", "-1"),
				editor(Who.USER, "/my/routines/new", Map.of("cautions", SCRIPT)),
				form(Who.USER, "/my/favourites/" + segment(SCRIPT), "favourite=true"),
				form(Who.USER, "/my/safety", "caution=" + encode(SCRIPT)));
		for (Attack attack : duplicated) {
			String rows = rowFingerprint();
			List<Answer> answers = Browser.atOnce(8, () -> send(attack));
			answers.forEach(answer -> check(attack, answer));
			assertThat(answers).extracting(Answer::status)
				.as("%s at once", attack)
				.containsOnly(answers.get(0).status());
			assertThat(rowFingerprint()).as("rows after %s at once", attack).isEqualTo(rows);
		}
	}

	@Test
	@Order(4)
	void theSuiteSentEnoughAndWroteNothing() {
		log.info("{} hostile requests; answers by status and type: {}", requests.get(), answers);
		assertThat(requests.get()).as("hostile requests sent").isGreaterThanOrEqualTo(300);
		assertThat(rowCounts()).as("rows in every table").isEqualTo(rowsBefore);
		// Upper case on H2, lower case on PostgreSQL.
		assertThat(tables).as("tables counted")
			.extracting(String::toUpperCase)
			.contains("ACCOUNT", "ROUTINE", "STEP", "SESSION_RECORD", "FAVOURITE");
	}

	// ---- Sending and checking ----

	record Answer(int status, String contentType, String location, Map<String, List<String>> headers, String body) {
	}

	private Answer send(Attack attack) throws Exception {
		Browser browser = browsers.get(attack.who());
		HttpRequest.Builder request = HttpRequest.newBuilder(browser.uri(attack.path()))
			.header("Accept", attack.kind() == Kind.JSON ? "application/json" : "text/html");
		attack.headers().forEach(request::setHeader);
		String body = attack.body() == null ? "" : attack.body();
		if (attack.csrf()) {
			if (attack.kind() == Kind.JSON || !"application/x-www-form-urlencoded".equals(attack.contentType())) {
				request.header("X-CSRF-TOKEN", tokens.get(attack.who()));
			}
			else {
				body = body + "&_csrf=" + encode(tokens.get(attack.who()));
			}
		}
		if (attack.contentType() != null) {
			request.header("Content-Type", attack.contentType());
		}
		request.method(attack.method(), attack.body() == null && !attack.method().equals("POST")
				? BodyPublishers.noBody() : BodyPublishers.ofString(body));
		HttpResponse<String> response = browser.send(request);
		requests.incrementAndGet();
		return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.headers().firstValue("Location").orElse(null), response.headers().map(), response.body());
	}

	private void check(Attack attack, Answer answer) {
		String where = attack.toString();
		answers
			.computeIfAbsent(answer.status() + " " + answer.contentType().replaceAll(";.*", "")
					+ (answer.body().isEmpty() ? " (empty)" : ""), key -> new AtomicInteger())
			.incrementAndGet();
		assertThat(answer.status()).as("status of %s", where).isBetween(200, 499);
		if (answer.status() >= 300 && answer.status() < 400) {
			assertThat(answer.location()).as("redirect of %s", where)
				.satisfiesAnyOf(location -> assertThat(location).startsWith("/").doesNotStartWith("//"),
						location -> assertThat(location).startsWith("http://localhost:" + port + "/"),
						// Behind the forwarded header attack: the app believes a proxy on
						// loopback.
						location -> assertThat(attack.headers()).isNotEmpty());
		}
		if (answer.status() >= 400 && !answer.body().isEmpty()) {
			if (attack.kind() == Kind.JSON) {
				assertThat(answer.contentType()).as("type of %s", where).startsWith("application/json");
			}
			else {
				assertThat(answer.contentType()).as("type of %s", where).startsWith("text/html");
				assertThat(answer.body()).as("layout of %s", where)
					.contains("class=\"site-header\"", "not medical advice");
			}
		}
		if (!answer.contentType().startsWith("application/pdf")) {
			assertThat(answer.body()).as("body of %s", where).doesNotContain(SCRIPT, "<img src=x onerror", "\"><img");
			assertThat(withoutEchoes(answer.body())).as("body of %s", where).doesNotContainPattern(INTERNALS);
		}
		assertThat(answer.headers().keySet()).as("headers of %s", where)
			.noneMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("x-injected"));
	}

	/**
	 * The body without the payloads it shows back as text (escaped, or encoded in a
	 * link), such as {@code java.lang.Runtime} or {@code SELECT ... FROM account} in a
	 * form's field.
	 */
	private static String withoutEchoes(String body) {
		// Error pages quote what they could not use, shortened: “value…”.
		String shown = body.replaceAll("“[^”]{0,200}”", "");
		for (String payload : PAYLOADS) {
			for (String echo : List.of(payload, HtmlUtils.htmlEscape(payload), encode(payload), segment(payload),
					UriUtils.encodeQueryParam(payload, StandardCharsets.UTF_8))) {
				if (echo.length() > 3) {
					shown = shown.replace(echo, "");
				}
			}
		}
		return shown;
	}

	/**
	 * Every table's row count in one string, for a quick look before and after each
	 * request.
	 */
	private String rowFingerprint() {
		return jdbc.queryForObject(rowsQuery, String.class);
	}

	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		tables.forEach(
				table -> counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\"", Long.class)));
		return counts;
	}

	// ---- Building requests ----

	private static Attack get(Who who, String path) {
		return new Attack(path, who, "GET", path, null, null, true, Kind.HTML);
	}

	private static Attack form(Who who, String path, String form) {
		return new Attack(path + " " + form, who, "POST", path, "application/x-www-form-urlencoded", form, true,
				Kind.HTML);
	}

	/** The editor's form for a routine that would save, with the changes given. */
	private static Attack editor(Who who, String path, Map<String, String> changes) {
		return new Attack(path + " " + changes, who, "POST", path, "application/x-www-form-urlencoded",
				routineForm(changes), true, Kind.HTML);
	}

	/** A session report with one field's raw JSON value replaced. */
	private static Attack history(Who who, String field, String value) {
		return new Attack("/my/history " + field + "=" + value, who, "POST", "/my/history", "application/json",
				report(field, value), true, Kind.JSON);
	}

	private static Attack history(Who who, String json) {
		return new Attack("/my/history " + json, who, "POST", "/my/history", "application/json", json, true, Kind.JSON);
	}

	private static String segment(String value) {
		return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
	}

	private static String query(String value) {
		return encode(value);
	}

	private static String json(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		text.codePoints().forEach(c -> {
			if (c == '"' || c == '\\' || c < 0x20) {
				quoted.append(String.format("\\u%04x", c));
			}
			else {
				quoted.appendCodePoint(c);
			}
		});
		return quoted.append('"').toString();
	}

	/** A valid session report with one field's raw JSON value replaced. */
	private static String report(String field, String value) {
		Map<String, String> fields = new LinkedHashMap<>();
		// A run of its own: were the report accepted, it would be a new row, not a
		// repeat.
		fields.put("runId", json(UUID.randomUUID().toString()));
		fields.put("routine", json(ROUTINE));
		fields.put("minutes", "null");
		fields.put("startedAt",
				json(Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString()));
		fields.put("timeZone", json("Europe/Berlin"));
		fields.put("secondsDone", "540");
		fields.put("outcome", json("COMPLETED"));
		fields.put("stepsCompleted", "6");
		fields.put("stepsSkipped", "0");
		fields.put("tensionBefore", "6");
		fields.put("tensionAfter", "3");
		fields.put(field, value);
		return fields.entrySet()
			.stream()
			.map(entry -> json(entry.getKey()) + ": " + entry.getValue())
			.collect(Collectors.joining(", ", "{", "}"));
	}

	/**
	 * The editor's form for a one-step routine that would save, with some values replaced
	 * or added.
	 */
	private static String routineForm(Map<String, String> changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "Hostile but harmless");
		fields.put("summary", "A routine the suite never saves.");
		fields.put("difficulty", "GENTLE");
		fields.put("steps[0].title", "Breathe");
		fields.put("steps[0].instructions", "Lie down and breathe.");
		fields.put("steps[0].technique", "BREATHING");
		fields.put("steps[0].position", "LYING_ON_BACK");
		fields.put("steps[0].equipment", "NONE");
		fields.put("steps[0].timing", "DURATION");
		fields.put("steps[0].duration", "1:00");
		fields.putAll(changes);
		Function<Map.Entry<String, String>, String> pair = entry -> encode(entry.getKey()) + "="
				+ encode(entry.getValue());
		return String.join("&", fields.entrySet().stream().map(pair).toList());
	}

}
