package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser for tests against the server on a real port: it keeps its cookies (so its
 * session), reads CSRF tokens from pages and posts forms as the pages do. The server must
 * not mark its cookies Secure ({@code server.servlet.session.cookie.secure=false}), or
 * they do not come back over plain http.
 */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	public Browser(int port) {
		this.port = port;
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/** Sends any request with this browser's cookies. */
	public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A page, as a browser asks for it. */
	public HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html"));
	}

	/** The CSRF token in the forms of a page. */
	public String token(String page) throws Exception {
		Matcher token = CSRF.matcher(get(page).body());
		assertThat(token.find()).as("CSRF token on %s", page).isTrue();
		return token.group(1);
	}

	/** Posts a form (names and values already encoded) with the CSRF token given. */
	public HttpResponse<String> post(String path, String form, String csrf) throws Exception {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(csrf))));
	}

	/** Signs in with the sign-in form; fails the test unless that works. */
	public Browser signIn(String email, String password) throws Exception {
		HttpResponse<String> signIn = post("/login", "username=" + encode(email) + "&password=" + encode(password),
				token("/login"));
		assertThat(signIn.statusCode()).as("sign-in of %s", email).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		return this;
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** Runs the request on as many threads as asked, all let go at the same moment. */
	public static <T> List<T> atOnce(int threads, Callable<T> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch ready = new CountDownLatch(threads);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<T>> answers = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				answers.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return request.call();
				}));
			}
			ready.await();
			go.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> answer : answers) {
				results.add(answer.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

}
