package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Two instances of the packaged app behind one PostgreSQL database behave as one site: a
 * browser may be sent to either with every request. Both processes start once, on free
 * ports, against one fresh schema of the test database; each test then sends one browser,
 * with the same cookies, to both. Runs only where {@code UNKNOT_TEST_POSTGRES_URL} names
 * a database (CI does); elsewhere it is skipped with the reason.
 */
@TestInstance(Lifecycle.PER_CLASS)
@EnabledIfEnvironmentVariable(named = "UNKNOT_TEST_POSTGRES_URL", matches = ".*\\S.*",
		disabledReason = TestDatabase.NOT_CONFIGURED)
class TwoInstancesIT {

	private static final String PASSWORD = "two instances password";

	private static final String ADMIN = "admin@two-instances.example.org";

	/**
	 * How often each instance reads the catalog's version: the default, which README
	 * documents.
	 */
	private static final Duration CHECK_EVERY = Duration.ofSeconds(2);

	/** Time to render the page once the version was read, on a busy machine. */
	private static final Duration RENDER_MARGIN = Duration.ofSeconds(8);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private static final Pattern ANSWER = Pattern.compile("name=\"(answer-[^\"]+)\"");

	private static final Pattern SAVED = Pattern.compile(".*/routines/([a-z0-9-]+)\\?saved");

	private TestDatabase.Schema schema;

	private PackagedApp one;

	private PackagedApp two;

	private final List<String> figures = new ArrayList<>();

	@BeforeAll
	void startTwoInstances() throws Exception {
		schema = TestDatabase.newSchema();
		Path logs = Path.of(System.getProperty("unknot.jar", "target/unknot.jar")).resolveSibling("two-instances-it");
		Files.createDirectories(logs);
		// All browsers here come from 127.0.0.1: the per-account counts are what is
		// tested.
		List<String> arguments = new ArrayList<>(List.of("--unknot.attempts.free-per-address=1000"));
		arguments.addAll(schema.appArguments());
		// Started together: Flyway lets one of them migrate the new schema while the
		// other waits.
		one = PackagedApp.start(logs.resolve("instance-1.log"), arguments,
				Map.of("UNKNOT_ADMIN_EMAIL", ADMIN, "UNKNOT_ADMIN_PASSWORD", PASSWORD));
		two = PackagedApp.start(logs.resolve("instance-2.log"), arguments, Map.of());
		one.awaitStart();
		two.awaitStart();
	}

	@AfterAll
	void stopBoth() throws Exception {
		if (one != null) {
			one.stop();
		}
		if (two != null) {
			two.stop();
		}
		if (schema != null) {
			schema.drop();
		}
		figures.forEach(System.out::println);
	}

	@Test
	void aSignInOnOneIsASignInOnTwoWithTheSameCookieAndSigningOutOnTwoEndsItOnOne() throws Exception {
		Visitor person = signedUp("sign-in@example.org");
		Visitor browser = new Visitor();
		browser.signIn(one, "sign-in@example.org", PASSWORD);
		String cookie = browser.cookie;

		assertThat(browser.get(two, "/my/account").body()).contains("sign-in@example.org");
		assertThat(browser.cookie).as("the same cookie throughout").isEqualTo(cookie);

		assertThat(browser.post(two, "/logout", "", browser.token(two, "/my/account")).statusCode()).isEqualTo(302);
		assertThat(browser.get(one, "/my/account").headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
		assertThat(person.get(one, "/my/account").body()).as("the other browser stays signed in")
			.contains("sign-in@example.org");
	}

	@Test
	void aSafetyCheckAnsweredOnOneLetsThePlayerOpenOnTwo() throws Exception {
		String session = "/routines/daily-pelvic-relaxation/session";
		Visitor visitor = new Visitor();
		String check = visitor.get(one, session).body();
		assertThat(check).doesNotContain("id=\"player\"");
		// Each question is a pair of radio buttons, yes and no, under one name.
		String allNo = ANSWER.matcher(check)
			.results()
			.map(question -> question.group(1) + "=no")
			.distinct()
			.collect(Collectors.joining("&"));
		assertThat(allNo).as("questions on the check").isNotEmpty();

		HttpResponse<String> answered = visitor.post(one, session, allNo, visitor.token(check));
		assertThat(answered.statusCode()).isEqualTo(302);

		assertThat(visitor.get(two, session).body()).contains("id=\"player\"");
		assertThat(new Visitor().get(two, session).body()).as("another browser is asked")
			.doesNotContain("id=\"player\"");
	}

	@Test
	void aRoutineSavedOnTwoAppearsOnOneAndAFormFromOneIsAcceptedOnTwo() throws Exception {
		Visitor person = signedUp("saver@example.org");
		// The CSRF token of a page from one, posted to two: both know the session.
		String slug = person.createRoutine(two, "/my/routines/new", "Saved on two",
				person.token(one, "/my/routines/new"));

		assertThat(person.get(one, "/my/routines").body()).contains("href=\"/routines/" + slug + "\"");
	}

	@Test
	void aSessionRecordedOnOneShowsOnTwosProgressPage() throws Exception {
		Visitor person = signedUp("recorder@example.org");
		String slug = person.createRoutine(one, "/my/routines/new", "Recorded on one",
				person.token(one, "/my/routines/new"));
		String report = """
				{"runId": "%s", "routine": "%s", "minutes": null, "startedAt": "%s", "timeZone": "Europe/Berlin",
				 "secondsDone": 150, "outcome": "COMPLETED", "stepsCompleted": 2, "stepsSkipped": 0,
				 "tensionBefore": 6, "tensionAfter": 3}""".formatted(UUID.randomUUID(), slug,
				Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.MILLIS));
		assertThat(person.get(two, "/my/history").body()).doesNotContain("Recorded on one");

		HttpResponse<String> recorded = person.send(one,
				HttpRequest.newBuilder(one.uri("/my/history"))
					.header("Content-Type", "application/json")
					.header("X-CSRF-TOKEN", person.token(one, "/my/routines/new"))
					.POST(HttpRequest.BodyPublishers.ofString(report)));
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);

		assertThat(person.get(two, "/my/history").body()).contains("Recorded on one");
	}

	@Test
	void anAdministratorsEditOnOneReachesTwosCatalogPageAndSheetPdfWithinTheCheckInterval() throws Exception {
		Visitor admin = new Visitor();
		admin.signIn(one, ADMIN, PASSWORD);
		String slug = admin.createRoutine(one, "/admin/routines/new", "Shared catalog check",
				admin.token(one, "/admin/routines/new"));
		Visitor visitor = new Visitor();
		Instant created = Instant.now();
		waitFor(two, visitor, "/routines", page -> page.contains("Shared catalog check"), "new routine", created);
		// Rendered and kept on two, as every visitor's next request would find them.
		for (int visit = 0; visit < 2; visit++) {
			assertThat(visitor.get(two, "/routines").body()).contains("Shared catalog check")
				.doesNotContain("Shared catalog check edited");
			assertThat(pdfText(visitor.pdf(two, "/routines/" + slug + "/sheet.pdf")))
				.doesNotContain("Shared catalog check edited");
		}

		String form = admin.get(one, "/admin/routines/" + slug + "/edit").body();
		Matcher version = VERSION.matcher(form);
		assertThat(version.find()).as("version on the edit form").isTrue();
		HttpResponse<String> edited = admin.post(one, "/admin/routines/" + slug + "/edit",
				DurabilityIT.routineForm("Shared catalog check edited") + "&version=" + version.group(1),
				admin.token(form));
		assertThat(edited.statusCode()).isEqualTo(302);
		Instant editedAt = Instant.now();

		waitFor(two, visitor, "/routines", page -> page.contains("Shared catalog check edited"), "catalog page",
				editedAt);
		Instant deadline = editedAt.plus(CHECK_EVERY).plus(RENDER_MARGIN);
		while (!pdfText(visitor.pdf(two, "/routines/" + slug + "/sheet.pdf")).contains("Shared catalog check edited")) {
			assertThat(Instant.now()).as("sheet PDF on two shows the edit within %s", CHECK_EVERY).isBefore(deadline);
			Thread.sleep(100);
		}
		figures.add("sheet PDF on two shows the edit %d ms after it was saved on one"
			.formatted(Duration.between(editedAt, Instant.now()).toMillis()));
	}

	@Test
	void editsOfOneRoutineAtOnceThroughBothInstancesLetOneWinAndTellTheOther() throws Exception {
		Visitor person = signedUp("concurrent@example.org");
		String slug = person.createRoutine(two, "/my/routines/new", "Edited twice",
				person.token(two, "/my/routines/new"));
		String path = "/my/routines/" + slug + "/edit";
		String formOnOne = person.get(one, path).body();
		String formOnTwo = person.get(two, path).body();
		Matcher version = VERSION.matcher(formOnOne);
		assertThat(version.find()).isTrue();
		String token = person.token(formOnOne);
		assertThat(VERSION.matcher(formOnTwo).results().map(found -> found.group(1)))
			.as("the same version on both forms")
			.containsExactly(version.group(1));

		// One save through each instance, both let go at the same moment.
		AtomicInteger next = new AtomicInteger();
		Map<String, HttpResponse<String>> answers = Browser.atOnce(2, () -> {
			String name = next.getAndIncrement() == 0 ? "one" : "two";
			PackagedApp instance = name.equals("one") ? one : two;
			return Map.entry(name, person.post(instance, path,
					edit("Edited on " + name, "Step from " + name, version.group(1)), token));
		}).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

		assertThat(answers.values()).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 409);
		String winner = answers.get("one").statusCode() == 302 ? "one" : "two";
		String loser = winner.equals("one") ? "two" : "one";
		assertThat(answers.get(loser).body()).contains("changed in the meantime");
		for (PackagedApp instance : List.of(one, two)) {
			String form = person.get(instance, path).body();
			assertThat(form).contains("Edited on " + winner, "Step from " + winner)
				.doesNotContain("Edited on " + loser, "Step from " + loser);
		}
	}

	@Test
	void signInAttemptsOnBothInstancesCountTogether() throws Exception {
		signedUp("guessed@example.org");
		Visitor guesser = new Visitor();
		Instant tenthGuess = null;
		// The free attempts for one account, half on each instance.
		for (int guess = 0; guess < 10; guess++) {
			HttpResponse<String> wrong = guesser.tryToSignIn(guess % 2 == 0 ? one : two, "guessed@example.org",
					"wrong guess " + guess);
			assertThat(wrong.headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
			tenthGuess = Instant.now();
		}
		HttpResponse<String> right = guesser.tryToSignIn(two, "guessed@example.org", PASSWORD);
		// The tenth attempt made the next one wait a second; a machine that stalled for
		// longer proves nothing either way.
		Assumptions.assumeTrue(Duration.between(tenthGuess, Instant.now()).compareTo(Duration.ofSeconds(1)) < 0,
				"the right password came more than a second after the tenth guess");
		assertThat(right.headers().firstValue("Location")).as("the right password, refused while it must wait")
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
	}

	// ---- Helpers ----

	private Visitor signedUp(String email) throws Exception {
		Visitor person = new Visitor();
		HttpResponse<String> signUp = person.post(one, "/signup",
				"email=" + encode(email) + "&password=" + encode(PASSWORD), person.token(one, "/signup"));
		assertThat(signUp.statusCode()).as("sign-up of %s", email).isEqualTo(302);
		return person;
	}

	private void waitFor(PackagedApp instance, Visitor visitor, String path, Predicate<String> shows, String what,
			Instant since) throws Exception {
		Instant deadline = since.plus(CHECK_EVERY).plus(RENDER_MARGIN);
		while (!shows.test(visitor.get(instance, path).body())) {
			assertThat(Instant.now()).as("%s on the other instance within %s", what, CHECK_EVERY).isBefore(deadline);
			Thread.sleep(100);
		}
		figures.add("%s shows on the other instance %d ms after it was saved".formatted(what,
				Duration.between(since, Instant.now()).toMillis()));
	}

	private static String edit(String title, String stepTitle, String version) {
		return DurabilityIT.routineForm(title).replace("Settle+in", encode(stepTitle)) + "&version=" + version;
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * One browser that may be sent to either instance: it keeps its cookies itself (the
	 * session's and the CSRF token's; the instances mark them Secure, which a cookie
	 * manager would not send over http) and sends the same ones to both.
	 */
	private static final class Visitor {

		private static final List<String> KEPT = List.of("JSESSIONID", "XSRF-TOKEN");

		private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		private final Map<String, String> cookies = new ConcurrentHashMap<>();

		/** The session cookie, or null before there is a session. */
		private volatile String cookie;

		HttpResponse<String> send(PackagedApp instance, HttpRequest.Builder request) throws Exception {
			withCookies(request);
			HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			keepCookies(response);
			return response;
		}

		private void withCookies(HttpRequest.Builder request) {
			if (!cookies.isEmpty()) {
				request.header("Cookie",
						cookies.entrySet()
							.stream()
							.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
							.collect(Collectors.joining("; ")));
			}
		}

		private void keepCookies(HttpResponse<?> response) {
			for (String set : response.headers().allValues("Set-Cookie")) {
				for (String name : KEPT) {
					if (set.startsWith(name + "=")) {
						String value = set.substring(name.length() + 1).replaceAll(";.*", "");
						if (value.isEmpty() || set.contains("Max-Age=0")) {
							cookies.remove(name);
						}
						else {
							cookies.put(name, value);
						}
					}
				}
			}
			cookie = cookies.get("JSESSIONID");
		}

		HttpResponse<String> get(PackagedApp instance, String path) throws Exception {
			return send(instance, HttpRequest.newBuilder(instance.uri(path)).header("Accept", "text/html"));
		}

		byte[] pdf(PackagedApp instance, String path) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(instance.uri(path));
			withCookies(request);
			HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as("PDF %s", path).isEqualTo(200);
			keepCookies(response);
			return response.body();
		}

		HttpResponse<String> post(PackagedApp instance, String path, String form, String csrf) throws Exception {
			return send(instance,
					HttpRequest.newBuilder(instance.uri(path))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.header("Accept", "text/html")
						.POST(HttpRequest.BodyPublishers
							.ofString((form.isEmpty() ? "" : form + "&") + "_csrf=" + encode(csrf))));
		}

		String token(PackagedApp instance, String page) throws Exception {
			return token(get(instance, page).body());
		}

		String token(String page) {
			Matcher token = CSRF.matcher(page);
			assertThat(token.find()).as("CSRF token on the page").isTrue();
			return token.group(1);
		}

		HttpResponse<String> tryToSignIn(PackagedApp instance, String email, String password) throws Exception {
			return post(instance, "/login", "username=" + encode(email) + "&password=" + encode(password),
					token(instance, "/login"));
		}

		void signIn(PackagedApp instance, String email, String password) throws Exception {
			assertThat(tryToSignIn(instance, email, password).headers().firstValue("Location"))
				.as("sign-in of %s", email)
				.hasValueSatisfying(location -> assertThat(location).endsWith("/my/account"));
		}

		/** Saves a new routine with the editor at the path given; returns its slug. */
		String createRoutine(PackagedApp instance, String editor, String title, String csrf) throws Exception {
			HttpResponse<String> saved = post(instance, editor, DurabilityIT.routineForm(title), csrf);
			Matcher slug = SAVED.matcher(saved.headers().firstValue("Location").orElse(""));
			assertThat(slug.matches()).as("saved %s: %s %s", title, saved.statusCode(), saved.headers().map()).isTrue();
			return slug.group(1);
		}

	}

}
