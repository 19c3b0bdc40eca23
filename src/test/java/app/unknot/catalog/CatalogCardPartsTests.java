package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import app.unknot.account.AccountService;
import app.unknot.account.Role;
import app.unknot.system.Browser;
import jakarta.persistence.EntityManagerFactory;

/**
 * Each card's part that is the same for everyone (picture, title, summary, facts, areas)
 * is rendered once and kept; the star and the safety labels around it are the reader's
 * own on every view. Signed-in pages are rendered for their reader each time, so these
 * tests read them to see the kept parts at work.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "unknot.public-pages.keep-rendered=true",
		// The catalog's version is read on every visit here, so no test waits for it.
		"unknot.public-pages.check-every=0s",
		// Plain http on localhost: the clients must send the session cookie back.
		"server.servlet.session.cookie.secure=false" })
class CatalogCardPartsTests {

	private static final String PASSWORD = "correct horse battery";

	private static final String SLUG = "gentle-core-activation";

	private final AccountService accounts;

	private final JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	private final Statistics statistics;

	CatalogCardPartsTests(@Autowired AccountService accounts, @Autowired JdbcTemplate jdbc,
			@Autowired EntityManagerFactory entityManagerFactory) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@Test
	void everyoneSeesTheSameCardsWithOnlyTheirOwnStarAndLabels() throws Exception {
		Browser careful = person("careful-card-reader@example.org");
		Browser fond = person("fond-card-reader@example.org");
		assertThat(careful.post("/my/safety", "caution=hernia", careful.token("/my/safety")).statusCode())
			.isEqualTo(302);
		assertThat(fond.post("/my/favourites/" + SLUG, "favourite=true&returnTo=%2Froutines", fond.token("/routines"))
			.statusCode()).isEqualTo(302);

		// In turn, so each page may get the parts kept from the page before.
		String visitorPage = page(new Browser(port), "/routines");
		String carefulPage = page(careful, "/routines");
		String fondPage = page(fond, "/routines");
		String carefulAgain = page(careful, "/routines");
		String carefulMuscles = page(careful, "/muscles/abdomen");

		assertThat(sharedPart(carefulPage)).isEqualTo(sharedPart(visitorPage))
			.isEqualTo(sharedPart(fondPage))
			.isEqualTo(sharedPart(carefulAgain))
			.isEqualTo(sharedPart(carefulMuscles))
			.contains("href=\"/routines/" + SLUG + "\"")
			.doesNotContain("<form")
			.doesNotContain("conflict");
		for (String page : new String[] { carefulPage, carefulAgain, carefulMuscles }) {
			assertThat(card(page)).contains("Check with a professional first: Hernia")
				.contains("aria-pressed=\"false\"")
				.doesNotContain("aria-pressed=\"true\"");
		}
		assertThat(card(fondPage)).contains("aria-pressed=\"true\"")
			.doesNotContain("Hernia")
			.doesNotContain("star-link");
		assertThat(card(visitorPage)).doesNotContain("Hernia")
			.doesNotContain("aria-pressed")
			.contains("<a class=\"star-link\" href=\"/login\">")
			.contains("Sign in to keep favourites");
		assertThat(page(fond, "/my/favourites")).contains(sharedPart(fondPage));
	}

	@Test
	void eachLanguageHasItsOwnCards() throws Exception {
		Browser reader = person("two-language-reader@example.org");
		String english = page(reader, "/routines?lang=en");
		String spanish = page(reader, "/routines?lang=es");
		String englishAgain = page(reader, "/routines?lang=en");

		assertThat(sharedPart(english)).contains("Difficulty: ").doesNotContain("Dificultad");
		assertThat(sharedPart(spanish)).contains("Dificultad: ").doesNotContain("Difficulty");
		assertThat(sharedPart(englishAgain)).isEqualTo(sharedPart(english));
	}

	@Test
	void aRenamedRoutineShowsOnItsCardAtOnce() throws Exception {
		Browser owner = person("card-owner@example.org");
		String slug = createOwnRoutine(owner, "Quiet floor rest");
		favourite(owner, slug);
		assertThat(page(owner, "/my/favourites")).contains("Quiet floor rest");

		String edit = "/my/routines/" + slug + "/edit";
		String version = owner.get(edit).body().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		assertThat(owner.post(edit, ownRoutine("version=" + version + "&", "Quiet evening rest"), owner.token(edit))
			.statusCode()).isEqualTo(302);

		assertThat(page(owner, "/my/favourites")).contains("Quiet evening rest").doesNotContain("Quiet floor rest");
	}

	/**
	 * A card's text is escaped before its part is kept, so no title can end a card early
	 * when a page's missing cards are rendered together, or run as a script.
	 */
	@Test
	void aTitleWithMarkupStaysTextOnItsCard() throws Exception {
		Browser owner = person("markup-title-owner@example.org");
		favourite(owner, createOwnRoutine(owner, "<!--card end--><script>alert(1)</script> Evening rest"));
		favourite(owner, SLUG);

		String favourites = page(owner, "/my/favourites");
		assertThat(favourites).contains("&lt;!--card end--&gt;&lt;script&gt;alert(1)&lt;/script&gt; Evening rest")
			.doesNotContain("<script>alert(1)")
			.doesNotContain("<!--card end-->");
		assertThat(favourites.split("<li class=\"card\"", -1)).as("two cards").hasSize(3);
		assertThat(card(favourites)).contains("Gentle core activation");
	}

	/**
	 * Kept cards go with the catalog's version, as the pages kept for visitors do: a
	 * change written by another instance shows once that version moves on.
	 */
	@Test
	void keptCardsGoWithTheCatalogVersion() throws Exception {
		String summary = jdbc.queryForObject("SELECT summary FROM routine WHERE slug = ? AND owner_id IS NULL",
				String.class, SLUG);
		String change = "UPDATE routine SET summary = ? WHERE slug = '" + SLUG + "' AND owner_id IS NULL";
		Browser reader = person("kept-card-reader@example.org");
		try {
			jdbc.update(change, "Summary as first read");
			jdbc.update("UPDATE catalog_version SET version = version + 1");
			assertThat(card(page(reader, "/routines"))).contains("Summary as first read");

			jdbc.update(change, "Changed on another instance");
			assertThat(card(page(reader, "/routines"))).as("kept while the version stands")
				.contains("Summary as first read");

			jdbc.update("UPDATE catalog_version SET version = version + 1");
			assertThat(card(page(reader, "/routines"))).contains("Changed on another instance");
		}
		finally {
			jdbc.update(change, summary);
			jdbc.update("UPDATE catalog_version SET version = version + 1");
		}
	}

	/**
	 * A visitor's whole cards are kept too: a page a visitor has not seen before (here
	 * other filters, each a page of its own) shows cards kept from another page without
	 * loading their routines, until the catalog's version moves on.
	 */
	@Test
	void aVisitorsCardsAreKeptWithTheCatalogVersion() throws Exception {
		String summary = jdbc.queryForObject("SELECT summary FROM routine WHERE slug = ? AND owner_id IS NULL",
				String.class, SLUG);
		String change = "UPDATE routine SET summary = ? WHERE slug = '" + SLUG + "' AND owner_id IS NULL";
		Browser visitor = new Browser(port);
		try {
			jdbc.update(change, "Summary a visitor read first");
			jdbc.update("UPDATE catalog_version SET version = version + 1");
			String first = page(visitor, "/routines?maxMinutes=60");
			assertThat(card(first)).contains("Summary a visitor read first")
				.contains("<a class=\"star-link\" href=\"/login\">");

			jdbc.update(change, "Changed behind the visitors back");
			statistics.clear();
			String second = page(visitor, "/routines?maxMinutes=59");
			assertThat(card(second)).as("kept while the version stands").isEqualTo(card(first));
			assertThat(statistics.getEntityStatistics(Routine.class.getName()).getLoadCount())
				.as("routines loaded for kept cards")
				.isZero();

			jdbc.update("UPDATE catalog_version SET version = version + 1");
			String third = page(visitor, "/routines?maxMinutes=58");
			assertThat(card(third)).contains("Changed behind the visitors back");
		}
		finally {
			jdbc.update(change, summary);
			jdbc.update("UPDATE catalog_version SET version = version + 1");
		}
	}

	/**
	 * Routines a visitor's page has not kept are loaded and rendered together with the
	 * kept ones, each card in its place in the catalog's order.
	 */
	@Test
	void aVisitorsPageMixesKeptAndNewCardsInOrder() throws Exception {
		Browser visitor = new Browser(port);
		String psoas = page(visitor, "/muscles/psoas");
		String all = page(visitor, "/routines?maxMinutes=57");
		String again = page(visitor, "/routines?maxMinutes=56");

		assertThat(slugs(all)).isEqualTo(slugs(again))
			.containsAll(slugs(psoas))
			.hasSizeGreaterThan(slugs(psoas).size())
			.isSortedAccordingTo(Comparator.comparing(slug -> titleOf(all, slug)));
		for (String slug : slugs(all)) {
			assertThat(cardOf(again, slug)).as(slug).isEqualTo(cardOf(all, slug));
		}
		assertThat(cardOf(all, "daily-pelvic-relaxation")).contains("/routines/daily-pelvic-relaxation")
			.contains("Sign in to keep favourites");
	}

	private static List<String> slugs(String page) {
		return Pattern.compile("<li class=\"card\" id=\"routine-([a-z0-9-]+)\"")
			.matcher(page)
			.results()
			.map(found -> found.group(1))
			.toList();
	}

	private static String titleOf(String page, String slug) {
		int card = page.indexOf("id=\"routine-" + slug + "\"");
		int link = page.indexOf("class=\"card-link\"", card);
		return page.substring(page.indexOf('>', link) + 1, page.indexOf("</a>", link));
	}

	private Browser person(String email) throws Exception {
		accounts.create(email, PASSWORD, Role.USER);
		return new Browser(port).signIn(email, PASSWORD);
	}

	/** Makes a private routine through the editor's form: its slug. */
	private static String createOwnRoutine(Browser owner, String title) throws Exception {
		HttpResponse<String> created = owner.post("/my/routines/new", ownRoutine("", title),
				owner.token("/my/routines/new"));
		assertThat(created.statusCode()).isEqualTo(302);
		return created.headers().firstValue("Location").orElseThrow().replaceAll(".*/routines/([^/?]+).*", "$1");
	}

	private static void favourite(Browser reader, String slug) throws Exception {
		assertThat(reader
			.post("/my/favourites/" + slug, "favourite=true&returnTo=%2Fmy%2Ffavourites",
					reader.token("/my/favourites"))
			.statusCode()).isEqualTo(302);
	}

	private static String page(Browser browser, String path) throws Exception {
		HttpResponse<String> page = browser.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

	/** The routine's card, from its start to the next card or the end of the list. */
	private static String card(String page) {
		return cardOf(page, SLUG);
	}

	private static String cardOf(String page, String slug) {
		int start = page.indexOf("<li class=\"card\" id=\"routine-" + slug + "\"");
		assertThat(start).as("the card of " + slug).isNotNegative();
		int next = page.indexOf("<li class=\"card\"", start + 1);
		return page.substring(start, next < 0 ? page.indexOf("</main>", start) : next);
	}

	/** What the card shows to everyone: all but the safety labels and the star. */
	private static String sharedPart(String page) {
		String card = card(page);
		int conflicts = card.indexOf("<ul class=\"conflicts\"");
		return card.substring(0, conflicts < 0 ? card.indexOf("<div class=\"card-star\">") : conflicts).strip();
	}

	/** A private routine as the editor's form sends it: one step. */
	private static String ownRoutine(String version, String title) {
		return version + "action=save&title=" + Browser.encode(title) + """
				&summary=A+calm+rest.&benefits=&difficulty=GENTLE\
				&steps%5B0%5D.instructions=Lie+down+and+breathe+slowly.\
				&steps%5B0%5D.technique=BREATHING&steps%5B0%5D.position=LYING_ON_BACK\
				&steps%5B0%5D.equipment=NONE&steps%5B0%5D.timing=DURATION&steps%5B0%5D.duration=1%3A00\
				&steps%5B0%5D.title=Settle""";
	}

}
