package app.unknot.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import app.unknot.account.AccountService;
import app.unknot.account.Role;

/**
 * The catalog editor on a real port, signed in as an admin through the sign-in form: the
 * whole way a browser goes, session cookie and CSRF token included.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
// Plain http on localhost: the client must send the session cookie back.
@TestPropertySource(properties = "server.servlet.session.cookie.secure=false")
class CatalogEditorOverHttpTests {

	private static final String ADMIN = "editor-in-chief@example.org";

	private static final String PASSWORD = "correct horse battery";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern COPIED = Pattern.compile(".*/my/routines/([a-z0-9-]+)/edit\\?copied");

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@LocalServerPort
	private int port;

	private final AccountService accounts;

	CatalogEditorOverHttpTests(@Autowired AccountService accounts) {
		this.accounts = accounts;
	}

	@Test
	void anAdminEditsCatalogRoutinesButReachesNoPrivateRoutineThroughTheCatalogEditor() throws Exception {
		accounts.create(ADMIN, PASSWORD, Role.ADMIN);
		HttpResponse<String> signIn = post("/login", "username=" + encode(ADMIN) + "&password=" + encode(PASSWORD),
				get("/login").body());
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/my/account"));

		assertThat(get("/admin/routines/desk-break/edit").statusCode()).isEqualTo(200);
		assertThat(get("/admin/routines").body()).contains("href=\"/routines/desk-break\"");

		HttpResponse<String> copy = post("/my/routines/copy", "from=desk-break", get("/routines/desk-break").body());
		Matcher copied = COPIED.matcher(copy.headers().firstValue("Location").orElse(""));
		assertThat(copied.matches()).as(copy.headers().toString()).isTrue();
		String slug = copied.group(1);

		assertThat(get("/my/routines/" + slug + "/edit").statusCode()).isEqualTo(200);
		HttpResponse<String> throughCatalog = get("/admin/routines/" + slug + "/edit");
		assertThat(throughCatalog.statusCode()).isEqualTo(404);
		assertThat(throughCatalog.body()).contains("There is no routine called");
		assertThat(get("/admin/routines").body()).doesNotContain(slug);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a form with the CSRF token of the page it is on, as the browser would. */
	private HttpResponse<String> post(String path, String form, String page) throws Exception {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("CSRF token on the page").isTrue();
		return browser.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(token.group(1))))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
