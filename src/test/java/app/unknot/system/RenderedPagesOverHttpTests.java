package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import app.unknot.account.AccountService;
import app.unknot.account.Role;
import jakarta.persistence.EntityManagerFactory;

/**
 * Public pages are rendered once and sent again from memory until the catalog changes,
 * and what a page depends on besides the catalog keeps its renderings apart.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "unknot.public-pages.keep-rendered=true",
		// The catalog's version is read on every visit here, so no test waits for it.
		"unknot.public-pages.check-every=0s",
		// Plain http on localhost: the clients must send the session cookie back.
		"server.servlet.session.cookie.secure=false" })
class RenderedPagesOverHttpTests {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	private int port;

	private final Statistics statistics;

	private final AccountService accounts;

	private final JdbcTemplate jdbc;

	RenderedPagesOverHttpTests(@Autowired EntityManagerFactory entityManagerFactory, @Autowired AccountService accounts,
			@Autowired JdbcTemplate jdbc) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Test
	void aSecondVisitorGetsTheSamePageWithoutItBeingRenderedOrReadAgain() throws Exception {
		HttpResponse<String> first = new Browser(port).get("/routines/desk-break");
		long statements = statistics.getPrepareStatementCount();

		HttpResponse<String> second = new Browser(port).get("/routines/desk-break");

		assertThat(statistics.getPrepareStatementCount()).as("statements for the second visit").isEqualTo(statements);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body()).contains("Desk break");
		assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
		assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag")).isPresent();
		assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	/**
	 * A browser or cache that asks again with the ETag it has gets 304, both when the
	 * page is rendered and kept and when it is sent from what was kept.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/safety", "/routines?muscle=adductors", "/routines/desk-break/sheet.pdf" })
	void aKeptPageIsRevalidatedWithItsEtag(String path) throws Exception {
		jdbc.update("UPDATE catalog_version SET version = version + 1");
		Browser visitor = new Browser(port);
		HttpResponse<String> rendered = visitor.get(path);
		HttpResponse<String> kept = visitor.get(path);
		String etag = rendered.headers().firstValue("ETag").orElseThrow();
		assertThat(kept.headers().firstValue("ETag")).hasValue(etag);

		for (int i = 0; i < 2; i++) {
			HttpResponse<String> again = visitor
				.send(HttpRequest.newBuilder(visitor.uri(path)).header("If-None-Match", etag));
			assertThat(again.statusCode()).isEqualTo(304);
			assertThat(again.body()).isEmpty();
		}
		HttpResponse<String> other = visitor
			.send(HttpRequest.newBuilder(visitor.uri(path)).header("If-None-Match", "W/\"0-0000000000000000\""));
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(other.body()).isEqualTo(rendered.body());
	}

	@Test
	void aSheetIsKeptPerCountryAskedForSinceItsPaperFollowsIt() throws Exception {
		String american = sheet("en-US");
		String british = sheet("en-GB");

		assertThat(american).contains("Letter").isNotEqualTo(british);
		assertThat(british).contains("A4");
		assertThat(sheet("en-US")).isEqualTo(american);
	}

	private String sheet(String language) throws Exception {
		Browser visitor = new Browser(port);
		return visitor
			.send(HttpRequest.newBuilder(visitor.uri("/routines/desk-break/sheet"))
				.header("Accept", "text/html")
				.header("Accept-Language", language))
			.body();
	}

	/**
	 * Pages are kept per language: one kept in Spanish never reaches a visitor who reads
	 * English, whether the language came from the browser or from the switch's cookie,
	 * and shared caches are told the answer varies by both.
	 */
	@Test
	void aPageKeptInOneLanguageIsNeverSentToAVisitorOfTheOther() throws Exception {
		for (String path : List.of("/routines/desk-break", "/safety", "/routines/desk-break/sheet")) {
			HttpResponse<String> spanish = inLanguage(new Browser(port), path, "es-ES,es;q=0.9");
			HttpResponse<String> english = inLanguage(new Browser(port), path, "en-GB,en;q=0.9");
			Browser switched = new Browser(port);
			assertThat(inLanguage(switched, path + "?lang=es", "en-GB").headers().firstValue("Cache-Control"))
				.as("an answer that sets the language cookie is not shared")
				.hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
			HttpResponse<String> chosen = inLanguage(switched, path, "en-GB,en;q=0.9");
			HttpResponse<String> englishAgain = inLanguage(new Browser(port), path, "en-GB,en;q=0.9");

			assertThat(spanish.body()).as(path).contains("lang=\"es\"");
			assertThat(english.body()).as(path).contains("lang=\"en\"").isNotEqualTo(spanish.body());
			assertThat(chosen.body()).as("chosen with the switch: " + path).isEqualTo(spanish.body());
			assertThat(englishAgain.body()).as(path).isEqualTo(english.body());
			assertThat(english.headers().firstValue("ETag")).isNotEqualTo(spanish.headers().firstValue("ETag"));
			assertThat(spanish.headers().allValues("Vary")).as(path)
				.anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Language")
					.containsIgnoringCase("Cookie"));
		}
	}

	/** The error pages speak the visitor's language too. */
	@Test
	void aMissingPageIsAnsweredInTheVisitorsLanguage() throws Exception {
		HttpResponse<String> missing = inLanguage(new Browser(port), "/definitely/not/here", "es");

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("<html lang=\"es\"")
			.contains("Página no encontrada")
			.contains("href=\"/?lang=en\"")
			.doesNotContain("Page not found")
			.as("an error page shows nothing the visitor sent")
			.doesNotContain("definitely");
	}

	private static HttpResponse<String> inLanguage(Browser visitor, String path, String language) throws Exception {
		return visitor.send(HttpRequest.newBuilder(visitor.uri(path))
			.header("Accept", "text/html")
			.header("Accept-Language", language));
	}

	@Test
	void anAdministratorsChangeToTheCatalogReachesTheNextVisitorAtOnce() throws Exception {
		Browser visitor = new Browser(port);
		assertThat(visitor.get("/routines").body()).doesNotContain("Rendered pages check");
		accounts.create("rendered-admin@example.org", PASSWORD, Role.ADMIN);
		Browser admin = new Browser(port).signIn("rendered-admin@example.org", PASSWORD);

		HttpResponse<String> created = admin.post("/admin/routines/new", """
				action=save&title=Rendered+pages+check&summary=A+calm+check.&benefits=&difficulty=GENTLE\
				&titleEs=Comprobar+las+p%C3%A1ginas&summaryEs=Una+comprobaci%C3%B3n+tranquila.\
				&steps%5B0%5D.title=Settle&steps%5B0%5D.instructions=Lie+down+and+breathe+slowly.\
				&steps%5B0%5D.titleEs=Acom%C3%B3date&steps%5B0%5D.instructionsEs=T%C3%BAmbate+y+respira+despacio.\
				&steps%5B0%5D.technique=BREATHING&steps%5B0%5D.position=LYING_ON_BACK\
				&steps%5B0%5D.equipment=NONE&steps%5B0%5D.timing=DURATION&steps%5B0%5D.duration=1%3A00""",
				admin.token("/admin/routines/new"));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(visitor.get("/routines").body()).contains("Rendered pages check");

		String slug = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/routines/([^?]+).*", "$1");
		assertThat(admin
			.post("/admin/routines/" + slug + "/delete", "", admin.token("/admin/routines/" + slug + "/delete"))
			.statusCode()).isEqualTo(302);
		assertThat(visitor.get("/routines").body()).doesNotContain("Rendered pages check");
	}

	/**
	 * Another instance's edit: the catalog changes in the database, and its version moves
	 * on in the same transaction, but no event reaches this instance.
	 */
	@Test
	void anEditOnAnotherInstanceReachesThisOnesVisitorsOnceTheCatalogVersionMoves() throws Exception {
		String title = jdbc.queryForObject(
				"SELECT title FROM routine WHERE slug = 'psoas-ball-sphinx' AND owner_id IS NULL", String.class);
		String renamed = "UPDATE routine SET title = ? WHERE slug = 'psoas-ball-sphinx' AND owner_id IS NULL";
		Browser visitor = new Browser(port);
		assertThat(visitor.get("/routines/psoas-ball-sphinx").body()).contains(title);
		try {
			jdbc.update(renamed, "Renamed elsewhere");
			assertThat(visitor.get("/routines/psoas-ball-sphinx").body()).as("kept while the version stands")
				.doesNotContain("Renamed elsewhere");

			jdbc.update("UPDATE catalog_version SET version = version + 1");
			assertThat(visitor.get("/routines/psoas-ball-sphinx").body()).contains("Renamed elsewhere");
		}
		finally {
			jdbc.update(renamed, title);
			jdbc.update("UPDATE catalog_version SET version = version + 1");
		}
	}

	/**
	 * Sessions live in the database: an anonymous visitor to the public pages must not
	 * cost a session row, nor get a cookie.
	 */
	@Test
	void anonymousVisitsToPublicPagesStoreNoSession() throws Exception {
		long sessions = jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION", Long.class);
		Browser visitor = new Browser(port);
		for (String page : List.of("/", "/routines", "/routines/desk-break", "/routines/desk-break/sheet",
				"/muscles/psoas", "/safety")) {
			HttpResponse<String> answer = visitor.get(page);
			assertThat(answer.statusCode()).as(page).isEqualTo(200);
			assertThat(answer.headers().allValues("Set-Cookie")).as("cookies of %s", page).isEmpty();
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION", Long.class)).isEqualTo(sessions);
	}

	@Test
	void aSignedInPersonGetsTheirOwnPageNotTheOneKeptForVisitors() throws Exception {
		new Browser(port).get("/routines/desk-break");
		accounts.create("rendered-person@example.org", PASSWORD, Role.USER);
		Browser person = new Browser(port).signIn("rendered-person@example.org", PASSWORD);

		HttpResponse<String> page = person.get("/routines/desk-break");

		assertThat(page.body()).contains("Make it mine").contains("action=\"/logout\"");
		assertThat(page.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
	}

}
