package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import app.unknot.account.AccountService;
import app.unknot.account.Role;
import app.unknot.system.Browser;

/**
 * A signed-in person's routine page is rendered for them on every view, around a part
 * that is the same for everyone (cautions, overview, steps) and is kept from an earlier
 * view, by anyone. What is theirs (safety labels, the star, the forms and their token,
 * whom the page is for) never crosses to another person, an edit shows at once, and a
 * private routine stays its owner's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "unknot.public-pages.keep-rendered=true",
		// The catalog's version is read on every visit here, so no test waits for it.
		"unknot.public-pages.check-every=0s",
		// Plain http on localhost: the clients must send the session cookie back.
		"server.servlet.session.cookie.secure=false" })
class SignedInRoutinePageTests {

	private static final String PASSWORD = "correct horse battery";

	private static final String ROUTINE = "/routines/gentle-core-activation";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern OWNER = Pattern.compile("data-owner=\"([^\"]+)\"");

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	/** Where the part shared by everyone begins on a routine page. */
	private static final String SHARED_PART = "<section class=\"panel panel-caution\"";

	@LocalServerPort
	private int port;

	private final AccountService accounts;

	private final JdbcTemplate jdbc;

	SignedInRoutinePageTests(@Autowired AccountService accounts, @Autowired JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	private Browser person(String email) throws Exception {
		accounts.create(email, PASSWORD, Role.USER);
		return new Browser(port).signIn(email, PASSWORD);
	}

	@Test
	void twoPeopleEachSeeTheirOwnLabelsStarAndTokenAroundTheSamePart() throws Exception {
		Browser careful = person("careful-reader@example.org");
		Browser fond = person("fond-reader@example.org");
		assertThat(careful.post("/my/safety", "caution=hernia", careful.token("/my/safety")).statusCode())
			.isEqualTo(302);
		assertThat(fond
			.post("/my/favourites/gentle-core-activation", "favourite=true&returnTo=" + Browser.encode(ROUTINE),
					fond.token(ROUTINE))
			.statusCode()).isEqualTo(302);

		// Each page in turn, so each may get the part kept from the other's view.
		String carefulPage = page(careful, ROUTINE);
		String fondPage = page(fond, ROUTINE);
		String carefulAgain = page(careful, ROUTINE);
		String fondAgain = page(fond, ROUTINE);

		for (String page : new String[] { carefulPage, carefulAgain }) {
			assertThat(page).contains("Check with a professional first: Hernia").contains("aria-pressed=\"false\"");
			assertThat(page).doesNotContain("aria-pressed=\"true\"");
		}
		for (String page : new String[] { fondPage, fondAgain }) {
			assertThat(page).contains("aria-pressed=\"true\"").doesNotContain("Hernia</span>");
			assertThat(page).doesNotContain("Check with a professional first");
		}
		assertThat(owner(carefulPage)).isEqualTo(owner(carefulAgain)).isNotEqualTo(owner(fondPage));
		assertThat(owner(fondPage)).isEqualTo(owner(fondAgain));
		assertThat(sharedPart(carefulPage)).isEqualTo(sharedPart(fondPage))
			.as("the shared part holds no form and no token")
			.doesNotContain("<form")
			.doesNotContain("_csrf")
			.doesNotContain(owner(carefulPage));
		assertThat(fondPage).doesNotContain(csrf(carefulPage));
		assertThat(carefulPage).doesNotContain(csrf(fondPage));

		// The token on each page is that person's own: the star's form works with it.
		assertThat(fond
			.post("/my/favourites/gentle-core-activation", "favourite=false&returnTo=" + Browser.encode(ROUTINE),
					csrf(fondAgain))
			.statusCode()).isEqualTo(302);
		assertThat(careful
			.post("/my/favourites/gentle-core-activation", "favourite=true&returnTo=" + Browser.encode(ROUTINE),
					csrf(fondAgain))
			.statusCode()).as("another person's token").isEqualTo(403);
		assertThat(page(fond, ROUTINE)).contains("aria-pressed=\"false\"");
		assertThat(page(careful, ROUTINE)).contains("aria-pressed=\"false\"");
	}

	@Test
	void anEditOfOnesOwnRoutineShowsOnTheNextViewAndNobodyElseSeesIt() throws Exception {
		Browser owner = person("own-routine-owner@example.org");
		Browser other = person("own-routine-other@example.org");
		HttpResponse<String> created = owner.post("/my/routines/new", ownRoutine("", "Settle on the floor"),
				owner.token("/my/routines/new"));
		assertThat(created.statusCode()).isEqualTo(302);
		String slug = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/routines/([^/?]+).*", "$1");
		String path = "/routines/" + slug;
		assertThat(page(owner, path)).contains("Settle on the floor");

		assertThat(other.get(path).statusCode()).as("another person, once the owner's view kept its part")
			.isEqualTo(404);
		assertThat(other.get(path).body()).doesNotContain("Settle on the floor").doesNotContain("Quiet floor rest");

		String edit = "/my/routines/" + slug + "/edit";
		Matcher version = VERSION.matcher(owner.get(edit).body());
		assertThat(version.find()).isTrue();
		assertThat(owner
			.post(edit, ownRoutine("version=" + version.group(1) + "&", "Breathe into the belly"), owner.token(edit))
			.statusCode()).isEqualTo(302);

		assertThat(page(owner, path)).contains("Breathe into the belly").doesNotContain("Settle on the floor");
		assertThat(other.get(path).statusCode()).isEqualTo(404);

		String delete = "/my/routines/" + slug + "/delete";
		assertThat(owner.post(delete, "", owner.token(delete)).statusCode()).isEqualTo(302);
		assertThat(owner.get(path).statusCode()).as("deleted").isEqualTo(404);
	}

	/**
	 * The part is kept: a change made in the database by another instance shows once the
	 * catalog's version moves on, as with the pages kept for visitors.
	 */
	@Test
	void thePartIsKeptUntilTheCatalogVersionMoves() throws Exception {
		String benefits = jdbc.queryForObject(
				"SELECT benefits FROM routine WHERE slug = 'psoas-ball-sphinx' AND owner_id IS NULL", String.class);
		String change = "UPDATE routine SET benefits = ? WHERE slug = 'psoas-ball-sphinx' AND owner_id IS NULL";
		Browser reader = person("kept-part-reader@example.org");
		try {
			jdbc.update(change, "Benefits as first read");
			jdbc.update("UPDATE catalog_version SET version = version + 1");
			assertThat(page(reader, "/routines/psoas-ball-sphinx")).contains("Benefits as first read");

			jdbc.update(change, "Changed on another instance");
			assertThat(page(reader, "/routines/psoas-ball-sphinx")).as("kept while the version stands")
				.contains("Benefits as first read")
				.doesNotContain("Changed on another instance");

			jdbc.update("UPDATE catalog_version SET version = version + 1");
			assertThat(page(reader, "/routines/psoas-ball-sphinx")).contains("Changed on another instance");
		}
		finally {
			jdbc.update(change, benefits);
			jdbc.update("UPDATE catalog_version SET version = version + 1");
		}
	}

	/** A private routine as the editor's form sends it: one step. */
	private static String ownRoutine(String version, String stepTitle) {
		return version + """
				action=save&title=Quiet+floor+rest&summary=A+calm+rest.&benefits=&difficulty=GENTLE\
				&steps%5B0%5D.instructions=Lie+down+and+breathe+slowly.\
				&steps%5B0%5D.technique=BREATHING&steps%5B0%5D.position=LYING_ON_BACK\
				&steps%5B0%5D.equipment=NONE&steps%5B0%5D.timing=DURATION&steps%5B0%5D.duration=1%3A00\
				&steps%5B0%5D.title=""" + Browser.encode(stepTitle);
	}

	private static String page(Browser browser, String path) throws Exception {
		HttpResponse<String> page = browser.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

	private static String sharedPart(String page) {
		return page.substring(page.indexOf(SHARED_PART), page.indexOf("</main>"));
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private static String owner(String page) {
		Matcher owner = OWNER.matcher(page);
		assertThat(owner.find()).isTrue();
		return owner.group(1);
	}

}
