package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code unknot.jar}) started by the launch script as its own process
 * on a free port, for the multi-process tests ({@code *IT}), with its output in a log
 * file.
 */
final class PackagedApp {

	private final Process process;

	private final int port;

	private final Path log;

	private PackagedApp(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts the jar with the arguments and environment given; {@link #awaitStart} waits
	 * for it.
	 */
	static PackagedApp start(Path log, List<String> arguments, Map<String, String> environment) throws IOException {
		int port = freePort();
		// The launch script a deployment uses (bin/unknot): the unpacked jar, its
		// ahead-of-time code and class data archive, and the launch defaults.
		List<String> command = new ArrayList<>(List.of("bin/unknot", "--server.port=" + port,
				// The tests' accounts need no production-strength hash.
				"--unknot.password.pbkdf2-iterations=1000"));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		builder.environment().put("UNKNOT_JAR", System.getProperty("unknot.jar"));
		builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// Plain http on localhost: the clients must send the session cookie back.
		builder.environment().put("UNKNOT_SECURE_COOKIES", "false");
		return new PackagedApp(builder.start(), port, log);
	}

	/** Waits until the app answers and checks that it started cleanly. */
	PackagedApp awaitStart() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		// The first start also unpacks the jar and makes the class data archive.
		Instant deadline = Instant.now().plusSeconds(300);
		while (true) {
			assertThat(process.isAlive()).as("app running, see %s", log).isTrue();
			assertThat(Instant.now()).as("app answering within 300 s, see %s", log).isBefore(deadline);
			try {
				// Tomcat answers a moment before the start-up line is logged; wait for
				// both.
				if (client.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200 && Files.readString(log).contains("Started UnknotApplication")) {
					break;
				}
			}
			catch (IOException notYet) {
				// Not listening yet.
			}
			Thread.sleep(200);
		}
		assertThat(Files.readString(log)).as("clean start, see %s", log)
			.contains("Started UnknotApplication")
			// An ERROR in the level column, not the word inside another line's text.
			.doesNotContainPattern("(?m)^\\S+\\s+ERROR\\s")
			.doesNotContain("\tat ");
		return this;
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	Process process() {
		return process;
	}

	Path log() {
		return log;
	}

	/** Ends the app as a service manager would (SIGTERM), and waits for it. */
	void stop() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
