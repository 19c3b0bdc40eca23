package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing the app has acknowledged is lost when it is killed. The packaged jar runs as
 * its own process on the default H2 file database in a fresh data folder (on the
 * PostgreSQL test pass, in a fresh schema of the test database instead); 20 writers sign
 * up, create own routines through the editor and record sessions through the player's
 * endpoint; the process is killed with SIGKILL in the middle of that, started again on
 * the same folder, and every write that had been answered 2xx or 302 must be there. Three
 * rounds, each killed at a different moment.
 */
class DurabilityIT {

	private static final int WRITERS = 20;

	/** How long the writers run before the kill, one per round. */
	private static final List<Duration> KILL_AFTER = List.of(Duration.ofMillis(2000), Duration.ofMillis(3300),
			Duration.ofMillis(4700));

	private static final String PASSWORD = "durable writers password";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SAVED = Pattern.compile(".*/routines/([a-z0-9-]+)\\?saved");

	/** Exit status of a JVM ended by signal 9. */
	private static final int KILLED_BY_SIGKILL = 128 + 9;

	@TempDir
	Path dataDir;

	private final Path logs = Path.of(System.getProperty("unknot.jar", "target/unknot.jar"))
		.resolveSibling("durability-it");

	/**
	 * The PostgreSQL schema the app runs on for the whole test, on the PostgreSQL pass
	 * only.
	 */
	private final TestDatabase.Schema schema = TestDatabase.onPostgres() ? TestDatabase.newSchema() : null;

	private Process app;

	private PackagedApp base;

	/**
	 * What the app acknowledged, per writer: the slugs of its routines and the seconds of
	 * its sessions.
	 */
	private final Map<Integer, Set<String>> routines = new ConcurrentHashMap<>();

	private final Map<Integer, Set<Integer>> sessions = new ConcurrentHashMap<>();

	/**
	 * Seconds done for each writer's next session report, acknowledged or not: unique per
	 * writer.
	 */
	private final Map<Integer, AtomicInteger> nextSeconds = new ConcurrentHashMap<>();

	@AfterEach
	void stopApp() throws InterruptedException {
		if (app != null && app.isAlive()) {
			app.destroy();
			app.waitFor(30, TimeUnit.SECONDS);
		}
		if (schema != null) {
			schema.drop();
		}
	}

	@Test
	void everyAcknowledgedWriteSurvivesKillNineOfTheApp() throws Exception {
		Files.createDirectories(logs);
		List<String> figures = new ArrayList<>();
		start(0);
		for (int round = 1; round <= KILL_AFTER.size(); round++) {
			int before = acknowledged();
			Duration killedAt = writeAndKill(round);
			int acknowledged = acknowledged() - before;
			start(round);
			int found = checkEveryAcknowledgedWriteIsThere();
			figures.add(("round %d: killed %d ms into the writes; %d writes acknowledged (%d routines, %d sessions "
					+ "so far); all %d acknowledged so far found after the restart")
				.formatted(round, killedAt.toMillis(), acknowledged, count(routines), count(sessions), found));
		}
		System.out.println(String.join(System.lineSeparator(), figures));
		// At least one write per writer: the check above means something only when writes
		// went through.
		assertThat(acknowledged()).as("writes acknowledged over all rounds").isGreaterThanOrEqualTo(WRITERS);
	}

	/**
	 * Starts the packaged app on the data folder, waits until it answers and checks it
	 * started cleanly.
	 */
	private void start(int run) throws Exception {
		Path log = logs.resolve((schema != null ? "postgresql-app-" : "app-") + run + ".log");
		// All writers sign up and sign in from 127.0.0.1: more than one address's free
		// attempts.
		List<String> arguments = new ArrayList<>(List.of("--unknot.attempts.free-per-address=1000"));
		if (schema != null) {
			arguments.addAll(schema.appArguments());
		}
		PackagedApp started = PackagedApp.start(log, arguments, Map.of("UNKNOT_DATA_DIR", dataDir.toString()))
			.awaitStart();
		app = started.process();
		base = started;
	}

	/**
	 * Runs the writers, kills the app with SIGKILL after this round's time and waits for
	 * them to stop.
	 */
	private Duration writeAndKill(int round) throws Exception {
		List<String> refused = new CopyOnWriteArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		List<Future<?>> writers = new ArrayList<>();
		List<Writer> signedIn = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			Writer writer = new Writer(w);
			if (round == 1) {
				writer.signUp();
			}
			else {
				writer.signIn();
			}
			signedIn.add(writer);
		}
		Instant started = Instant.now();
		for (Writer writer : signedIn) {
			writers.add(pool.submit(() -> writer.writeUntilGone(round, refused)));
		}
		Thread.sleep(KILL_AFTER.get(round - 1).toMillis());
		app.destroyForcibly();
		Duration killedAt = Duration.between(started, Instant.now());
		assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(app.exitValue()).as("ended by SIGKILL").isEqualTo(KILLED_BY_SIGKILL);
		for (Future<?> writer : writers) {
			writer.get(30, TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertThat(refused).as("writes refused while the app was up").isEmpty();
		return killedAt;
	}

	/**
	 * Signs in as every writer and looks for all its acknowledged routines and sessions;
	 * returns how many.
	 */
	private int checkEveryAcknowledgedWriteIsThere() throws Exception {
		int found = 0;
		for (int w = 0; w < WRITERS; w++) {
			Writer writer = new Writer(w);
			writer.signIn();
			String list = writer.get("/my/routines").body();
			for (String slug : routines.getOrDefault(w, Set.of())) {
				assertThat(list).as("writer %d's routine %s", w, slug).contains("href=\"/routines/" + slug + "\"");
				found++;
			}
			List<Integer> recorded = writer.get("/my/history.csv")
				.body()
				.lines()
				.skip(1)
				.map(line -> Integer.valueOf(line.split(",")[6]))
				.toList();
			Set<Integer> acknowledged = sessions.getOrDefault(w, Set.of());
			assertThat(recorded).as("writer %d's sessions (by seconds done)", w).containsAll(acknowledged);
			found += acknowledged.size();
		}
		return found;
	}

	private int acknowledged() {
		return count(routines) + count(sessions);
	}

	private static int count(Map<Integer, ? extends Set<?>> writes) {
		return writes.values().stream().mapToInt(Set::size).sum();
	}

	private URI uri(String path) {
		return base.uri(path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * One person with their own browser: cookies, CSRF token, and a counter that names
	 * each write.
	 */
	private final class Writer {

		private final int number;

		private final String email;

		private final HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		private String csrf;

		Writer(int number) {
			this.number = number;
			this.email = "writer" + number + "@example.org";
		}

		void signUp() throws Exception {
			HttpResponse<String> signUp = post("/signup",
					"email=" + encode(email) + "&password=" + encode(PASSWORD) + "&_csrf=" + token("/signup"));
			assertThat(signUp.statusCode()).as("sign-up of %s", email).isEqualTo(302);
			csrf = token("/my/routines/new");
		}

		void signIn() throws Exception {
			HttpResponse<String> signIn = post("/login",
					"username=" + encode(email) + "&password=" + encode(PASSWORD) + "&_csrf=" + token("/login"));
			assertThat(signIn.headers().firstValue("Location")).as("sign-in of %s", email)
				.hasValueSatisfying(to -> assertThat(to).endsWith("/my/account"));
			csrf = token("/my/routines/new");
		}

		/**
		 * Creates a routine, then records sessions of it, with a new routine every fourth
		 * write, until the app no longer answers. Each session's seconds done are unique
		 * to the writer, which is how the check after the restart finds it in the CSV
		 * export.
		 */
		void writeUntilGone(int round, List<String> refused) {
			String routine = null;
			try {
				for (int write = 0;; write++) {
					if (write % 4 == 0) {
						String slug = createRoutine("Durable w" + number + " r" + round + " n" + write, refused);
						routine = routine == null ? slug : routine;
					}
					else if (routine != null) {
						recordSession(routine, refused);
					}
				}
			}
			catch (IOException | InterruptedException gone) {
				// The app was killed: this write and any later ones were never
				// acknowledged.
			}
		}

		private String createRoutine(String title, List<String> refused) throws IOException, InterruptedException {
			HttpResponse<String> saved = post("/my/routines/new", routineForm(title) + "&_csrf=" + encode(csrf));
			Matcher slug = SAVED.matcher(saved.headers().firstValue("Location").orElse(""));
			if (saved.statusCode() != 302 || !slug.matches()) {
				refused.add("routine " + title + ": " + saved.statusCode());
				return null;
			}
			routines.computeIfAbsent(number, n -> ConcurrentHashMap.newKeySet()).add(slug.group(1));
			return slug.group(1);
		}

		private void recordSession(String routine, List<String> refused) throws IOException, InterruptedException {
			Set<Integer> recorded = sessions.computeIfAbsent(number, n -> ConcurrentHashMap.newKeySet());
			int seconds = nextSeconds.computeIfAbsent(number, n -> new AtomicInteger()).incrementAndGet();
			String report = """
					{"runId": "%s", "routine": "%s", "minutes": null, "startedAt": "%s", "timeZone": "Europe/Berlin",
					 "secondsDone": %d, "outcome": "COMPLETED", "stepsCompleted": 2, "stepsSkipped": 0,
					 "tensionBefore": 6, "tensionAfter": null}""".formatted(UUID.randomUUID(), routine,
					Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.MILLIS), seconds);
			HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(uri("/my/history"))
				.header("Content-Type", "application/json")
				.header("X-CSRF-TOKEN", csrf)
				.timeout(Duration.ofSeconds(20))
				.POST(HttpRequest.BodyPublishers.ofString(report))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() == 201) {
				recorded.add(seconds);
			}
			else {
				refused.add("session of " + routine + ": " + answer.statusCode() + " " + answer.body());
			}
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
		}

		private String token(String page) throws IOException, InterruptedException {
			Matcher token = CSRF.matcher(get(page).body());
			assertThat(token.find()).as("CSRF token on %s", page).isTrue();
			return encode(token.group(1));
		}

		private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
			return browser.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.timeout(Duration.ofSeconds(20))
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

	/** The editor's form for a two-step routine, with "Save" pressed. */
	static String routineForm(String title) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("summary", "Written while the app may be killed.");
		fields.put("difficulty", "GENTLE");
		fields.put("muscles", "psoas");
		fields.put("steps[0].title", "Settle in");
		fields.put("steps[0].instructions", "Lie on your back and breathe slowly.");
		fields.put("steps[0].technique", "BREATHING");
		fields.put("steps[0].position", "LYING_ON_BACK");
		fields.put("steps[0].equipment", "NONE");
		fields.put("steps[0].timing", "DURATION");
		fields.put("steps[0].duration", "1:30");
		fields.put("steps[1].title", "Press the hip flexor");
		fields.put("steps[1].instructions", "Press gently beside the hip bone and hold.");
		fields.put("steps[1].technique", "CIRCLES");
		fields.put("steps[1].pressure", "LIGHT");
		fields.put("steps[1].position", "LYING_ON_BACK");
		fields.put("steps[1].equipment", "BALL");
		fields.put("steps[1].timing", "DURATION");
		fields.put("steps[1].duration", "1:00");
		// Spanish beside each text, as the catalog editor (TwoInstancesIT) requires.
		for (String english : List.of("title", "summary", "steps[0].title", "steps[0].instructions", "steps[1].title",
				"steps[1].instructions")) {
			fields.put(english + "Es", "(es) " + fields.get(english));
		}
		fields.put("action", "save");
		return fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
	}

}
