package app.unknot.reminder;

import static app.unknot.system.ResponseChecks.assertInSiteLayout;
import static app.unknot.system.ResponseChecks.assertRevealsNoInternals;
import static app.unknot.system.ResponseChecks.body;
import static app.unknot.system.ResponseChecks.okSitePage;
import static app.unknot.system.SignedInUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.account.AccountService;
import app.unknot.account.Role;
import jakarta.persistence.EntityManager;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RemindersOverHttpTests {

	static final String EMAIL = "reminded@example.org";

	static final String OTHER = "someone-else@example.org";

	static final String PASSWORD = "correct horse battery";

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	private final EntityManager entityManager;

	RemindersOverHttpTests(@Autowired MockMvcTester mvc, @Autowired JdbcTemplate jdbc,
			@Autowired AccountService accounts, @Autowired EntityManager entityManager) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.entityManager = entityManager;
	}

	@BeforeEach
	void createAccounts() {
		accounts.create(EMAIL, PASSWORD, Role.USER);
		accounts.create(OTHER, PASSWORD, Role.USER);
	}

	static MvcTestResult add(MockMvcTester mvc, String email, String routine, List<String> days, String time,
			String zone, String deviceZone) {
		return mvc.post()
			.uri("/my/reminders")
			.with(csrf())
			.with(signedIn(email))
			.param("routine", routine)
			.param("days", days.toArray(String[]::new))
			.param("time", time)
			.param("zone", zone)
			.param("deviceZone", deviceZone)
			.exchange();
	}

	private MvcTestResult add(List<String> days, String time, String zone) {
		return add(mvc, EMAIL, "desk-break", days, time, zone, "");
	}

	private List<String> storedReminders(String email) {
		entityManager.flush();
		return jdbc.queryForList("""
				SELECT r.days || ' ' || r.time_of_day || ' ' || r.zone_id FROM reminder r
				JOIN account a ON a.id = r.account_id WHERE a.email = ? ORDER BY r.id""", String.class, email);
	}

	private long reminderId(String email) {
		return jdbc.queryForObject("""
				SELECT MAX(r.id) FROM reminder r JOIN account a ON a.id = r.account_id WHERE a.email = ?""", Long.class,
				email);
	}

	@Test
	void aReminderAddedFromTheFormIsListedOnTheRemindersPage() {
		assertThat(add(List.of("FR", "MO", "WE"), "07:30", "Europe/Madrid")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/my/reminders?added");

		assertThat(storedReminders(EMAIL)).containsExactly("MO,WE,FR 07:30:00 Europe/Madrid");
		String page = okSitePage(mvc.get().uri("/my/reminders?added").with(signedIn(EMAIL)).exchange());
		assertThat(page).contains("Reminder added.")
			.contains("Desk break for hips and back")
			.contains("Monday, Wednesday, Friday at 07:30")
			.contains("Europe/Madrid")
			.contains("1 of at most 20 reminders")
			.contains("Make my calendar address");
	}

	@Test
	void theZoneTheBrowserReportedCountsWhenNoneIsPicked() {
		assertThat(add(mvc, EMAIL, "desk-break", List.of("SA"), "18:05", "", "America/New_York"))
			.hasStatus3xxRedirection();

		assertThat(storedReminders(EMAIL)).containsExactly("SA 18:05:00 America/New_York");
	}

	@ParameterizedTest
	@CsvSource({ "Etc/UTC, UTC", "Etc/GMT+5, Etc/GMT+5", "Asia/Calcutta, Asia/Calcutta" })
	void zoneNamesBrowsersReportBesideTheListAreTaken(String reported, String stored) {
		assertThat(add(mvc, EMAIL, "desk-break", List.of("SA"), "18:05", "", reported)).hasStatus3xxRedirection();

		assertThat(storedReminders(EMAIL)).containsExactly("SA 18:05:00 " + stored);
		assertThat(body(mvc.get().uri("/my/reminders/{id}/edit", reminderId(EMAIL)).with(signedIn(EMAIL)).exchange()))
			.containsPattern("value=\"" + Pattern.quote(stored) + "\"\\s+selected=\"selected\"");
	}

	@Test
	void aPickedZoneWinsOverTheBrowsers() {
		add(mvc, EMAIL, "desk-break", List.of("SU"), "09:00", "Asia/Tokyo", "Europe/Madrid");

		assertThat(storedReminders(EMAIL)).containsExactly("SU 09:00:00 Asia/Tokyo");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "NULL", value = { "NULL|07:30|Europe/Madrid|Choose at least one day.",
			"XX|07:30|Europe/Madrid|Choose at least one day.", "MO|7:3|Europe/Madrid|Enter a time such as 07:30.",
			"MO|25:00|Europe/Madrid|Enter a time such as 07:30.", "MO||Europe/Madrid|Enter a time such as 07:30.",
			"MO|07:30:00|Europe/Madrid|Enter a time such as 07:30.",
			"MO|07:30|Mars/Olympus_Mons|Choose a time zone from the list.",
			"MO|07:30|+02:00|Choose a time zone from the list.",
			"MO|07:30|<script>alert(1)</script>|Choose a time zone from the list.",
			"MO|07:30||This device did not tell its time zone; choose one from the list." })
	void badValuesAreRefusedOnTheFormWithTheReason(String day, String time, String zone, String reason) {
		MvcTestResult result = add(day == null ? List.of() : List.of(day), time == null ? "" : time, zone);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		String page = body(result);
		assertInSiteLayout(page);
		assertRevealsNoInternals(page);
		assertThat(page).contains("Not saved yet").contains(reason).doesNotContain("<script>alert(1)");
		assertThat(storedReminders(EMAIL)).isEmpty();
	}

	@Test
	void oversizedValuesAreRefusedNotCutShort() {
		String huge = "Europe/Madrid" + "x".repeat(10_000);
		MvcTestResult result = mvc.post()
			.uri("/my/reminders")
			.with(csrf())
			.with(signedIn(EMAIL))
			.param("routine", "desk-break")
			.param("days", "MO", "MO".repeat(5_000))
			.param("time", "07:30".repeat(2_000))
			.param("zone", huge)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).contains("Choose at least one day.")
			.contains("Enter a time such as 07:30.")
			.contains("Choose a time zone from the list.")
			.doesNotContain(huge);
		assertThat(storedReminders(EMAIL)).isEmpty();
	}

	@Test
	void aRoutineThatDoesNotExistOrIsAnotherPersonsIsA404() {
		assertThat(add(mvc, EMAIL, "no-such-routine", List.of("MO"), "07:30", "UTC", ""))
			.hasStatus(HttpStatus.NOT_FOUND);
		mvc.post().uri("/my/routines/copy").with(csrf()).with(signedIn(OTHER)).param("from", "desk-break").exchange();
		String othersCopy = jdbc.queryForObject(
				"SELECT r.slug FROM routine r JOIN account a ON a.id = r.owner_id WHERE a.email = ?", String.class,
				OTHER);

		MvcTestResult result = add(mvc, EMAIL, othersCopy, List.of("MO"), "07:30", "UTC", "");

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertInSiteLayout(body(result));
		assertThat(storedReminders(EMAIL)).isEmpty();
	}

	@Test
	void twentyIsTheMost() {
		for (int i = 0; i < Reminders.MAX_PER_PERSON; i++) {
			assertThat(add(List.of("MO"), "07:%02d".formatted(i), "UTC")).hasStatus3xxRedirection();
		}

		MvcTestResult result = add(List.of("TU"), "08:00", "UTC");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).contains("You have 20 reminders, the most Unknot keeps. Delete one first.");
		assertThat(storedReminders(EMAIL)).hasSize(20);
	}

	@Test
	void aReminderCanBeChangedAndDeleted() {
		add(List.of("MO"), "07:30", "Europe/Madrid");
		long id = reminderId(EMAIL);
		String form = okSitePage(mvc.get().uri("/my/reminders/{id}/edit", id).with(signedIn(EMAIL)).exchange());
		assertThat(form).contains("Change reminder: Desk break for hips and back")
			.containsPattern("value=\"MO\"\\s+checked=\"checked\"")
			.contains("value=\"07:30\"")
			.containsPattern("value=\"Europe/Madrid\"\\s+selected=\"selected\"");

		assertThat(mvc.post()
			.uri("/my/reminders/{id}", id)
			.with(csrf())
			.with(signedIn(EMAIL))
			.param("days", "TU", "TH")
			.param("time", "21:15")
			.param("zone", "America/New_York")
			.exchange()).hasRedirectedUrl("/my/reminders?saved");
		assertThat(storedReminders(EMAIL)).containsExactly("TU,TH 21:15:00 America/New_York");

		assertThat(mvc.post().uri("/my/reminders/{id}/delete", id).with(csrf()).with(signedIn(EMAIL)).exchange())
			.hasRedirectedUrl("/my/reminders?deleted");
		assertThat(storedReminders(EMAIL)).isEmpty();
	}

	@Test
	void aChangeWithBadValuesKeepsTheReminderAsItWas() {
		add(List.of("MO"), "07:30", "Europe/Madrid");
		long id = reminderId(EMAIL);

		MvcTestResult result = mvc.post()
			.uri("/my/reminders/{id}", id)
			.with(csrf())
			.with(signedIn(EMAIL))
			.param("time", "later")
			.param("zone", "Europe/Madrid")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).contains("Choose at least one day.").contains("Enter a time such as 07:30.");
		assertThat(storedReminders(EMAIL)).containsExactly("MO 07:30:00 Europe/Madrid");
	}

	@Test
	void anotherPersonsReminderIsA404ToEveryAction() {
		add(mvc, OTHER, "desk-break", List.of("MO"), "07:30", "UTC", "");
		long theirs = reminderId(OTHER);

		assertThat(mvc.get().uri("/my/reminders/{id}/edit", theirs).with(signedIn(EMAIL)).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri("/my/reminders/{id}", theirs)
			.with(csrf())
			.with(signedIn(EMAIL))
			.param("days", "FR")
			.param("time", "10:00")
			.param("zone", "UTC")
			.exchange()).hasStatus(HttpStatus.NOT_FOUND);
		MvcTestResult delete = mvc.post()
			.uri("/my/reminders/{id}/delete", theirs)
			.with(csrf())
			.with(signedIn(EMAIL))
			.exchange();
		assertThat(delete).hasStatus(HttpStatus.NOT_FOUND);
		assertInSiteLayout(body(delete));
		assertThat(storedReminders(OTHER)).containsExactly("MO 07:30:00 UTC");
		assertThat(mvc.get().uri("/my/reminders/abc/edit").with(signedIn(EMAIL)).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void remindersNeedSigningIn() {
		assertThat(mvc.get().uri("/my/reminders").exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void theRoutinePageOffersRemindMeToSignedInPeopleAndTheOneOffFileToAll() {
		String signedInPage = okSitePage(mvc.get().uri("/routines/desk-break").with(signedIn(EMAIL)).exchange());
		assertThat(signedInPage).contains("Remind me")
			.contains("action=\"/my/reminders\"")
			.contains("name=\"routine\" value=\"desk-break\"")
			.contains("<option value=\"Europe/Madrid\">Europe/Madrid</option>")
			.contains("action=\"/routines/desk-break/reminder.ics\"");

		String anonymousPage = okSitePage(mvc.get().uri("/routines/desk-break").exchange());
		assertThat(anonymousPage).doesNotContain("action=\"/my/reminders\"")
			.contains("Add to your calendar once")
			.contains("action=\"/routines/desk-break/reminder.ics\"");
	}

	/**
	 * The routine page's list is made once, apart from the reminder page's: both offer
	 * the same zones in the same order, and the routine page's fresh form selects none.
	 */
	@Test
	void theRoutinePageOffersTheReminderPagesZones() {
		String routinePage = okSitePage(mvc.get().uri("/routines/desk-break").with(signedIn(EMAIL)).exchange());
		String reminderPage = okSitePage(
				mvc.get().uri("/my/reminders/new?routine=desk-break").with(signedIn(EMAIL)).exchange());

		assertThat(zoneOptions(routinePage)).hasSizeGreaterThan(400)
			.startsWith("<option value=\"\">")
			.containsExactlyElementsOf(zoneOptions(reminderPage))
			.noneMatch(option -> option.contains("selected"));
	}

	private static List<String> zoneOptions(String page) {
		String select = page.substring(page.indexOf("data-zone-select"), page.indexOf("</select>"));
		return Pattern.compile("<option[^>]*>").matcher(select).results().map(MatchResult::group).toList();
	}

	@Test
	void theAccountPageLinksToTheReminders() {
		assertThat(okSitePage(mvc.get().uri("/my/account").with(signedIn(EMAIL)).exchange()))
			.contains("href=\"/my/reminders\"");
	}

	@Test
	void deletingTheAccountDeletesItsRemindersAndCalendarAddress() {
		add(List.of("MO"), "07:30", "UTC");
		mvc.post().uri("/my/reminders/feed").with(csrf()).with(signedIn(EMAIL)).exchange();
		long accountId = accounts.get(EMAIL).getId();
		entityManager.flush();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calendar_feed WHERE account_id = ?", Integer.class,
				accountId))
			.isOne();

		assertThat(mvc.post().uri("/my/account/delete").with(signedIn(EMAIL)).with(csrf()).param("password", PASSWORD))
			.hasRedirectedUrl("/?deleted");
		entityManager.flush();
		entityManager.clear();

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reminder WHERE account_id = ?", Integer.class, accountId))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calendar_feed WHERE account_id = ?", Integer.class,
				accountId))
			.isZero();
	}

}
