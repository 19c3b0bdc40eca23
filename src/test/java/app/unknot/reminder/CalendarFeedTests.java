package app.unknot.reminder;

import static app.unknot.reminder.RemindersOverHttpTests.add;
import static app.unknot.system.ResponseChecks.assertInSiteLayout;
import static app.unknot.system.ResponseChecks.body;
import static app.unknot.system.SignedInUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.account.AccountService;
import app.unknot.account.Role;
import jakarta.persistence.EntityManager;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.Configurator;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CalendarFeedTests {

	static final String EMAIL = "calendar@example.org";

	static final String PASSWORD = "correct horse battery";

	private static final Pattern FEED_URL = Pattern.compile("id=\"feed-url\" readonly=\"readonly\" value=\"([^\"]+)\"");

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final AccountService accounts;

	CalendarFeedTests(@Autowired MockMvcTester mvc, @Autowired JdbcTemplate jdbc, @Autowired AccountService accounts,
			@Autowired EntityManager entityManager) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.accounts = accounts;
	}

	@BeforeEach
	void createAccount() {
		accounts.create(EMAIL, PASSWORD, Role.USER);
	}

	/** Makes a new feed address and returns its path, as the reminders page shows it. */
	private String newFeedAddress() {
		assertThat(mvc.post().uri("/my/reminders/feed").with(csrf()).with(signedIn(EMAIL)).exchange())
			.hasRedirectedUrl("/my/reminders?newAddress#feed");
		String page = body(mvc.get().uri("/my/reminders?newAddress").with(signedIn(EMAIL)).exchange());
		assertThat(page).contains("This is your new calendar address.")
			.contains("Revoke and make a new address")
			.contains("Copy address");
		Matcher url = FEED_URL.matcher(page);
		assertThat(url.find()).as("the page shows the address").isTrue();
		assertThat(page).contains("href=\"" + url.group(1).replaceFirst("^http:", "webcal:") + "\"");
		return url.group(1).replaceFirst("^http://localhost", "");
	}

	private MvcTestResult fetch(String path) {
		return mvc.get().uri(path).exchange();
	}

	private Calendar feed(String path) {
		MvcTestResult result = fetch(path);
		assertThat(result).hasStatusOk();
		return Calendars.parse(body(result));
	}

	private int routineSeconds(String slug) {
		return jdbc.queryForObject("SELECT id FROM routine WHERE slug = ?", Long.class, slug) == null ? 0
				: entityManager.createQuery("SELECT r.totalSeconds FROM Routine r WHERE r.slug = :slug", Integer.class)
					.setParameter("slug", slug)
					.getSingleResult();
	}

	@Test
	void theFeedHasOneWeeklyEventPerReminderWithEverythingACalendarNeeds() {
		add(mvc, EMAIL, "desk-break", List.of("MO", "WE", "FR"), "07:30", "Europe/Madrid", "");
		add(mvc, EMAIL, "daily-pelvic-relaxation", List.of("SU"), "21:00", "America/New_York", "");
		String path = newFeedAddress();

		MvcTestResult result = fetch(path);

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("text/calendar;charset=UTF-8");
		assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
		assertThat(result.getRequest().getSession(false)).isNull();
		String text = body(result);
		assertThat(text).contains("\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\r\n")
			.contains("\r\nRRULE:FREQ=WEEKLY;BYDAY=SU\r\n")
			.contains("\r\nDTSTART;TZID=Europe/Madrid:")
			.contains("\r\nDTSTART;TZID=America/New_York:")
			.contains("\r\nTZID:Europe/Madrid\r\n")
			.contains("\r\nTZID:America/New_York\r\n");
		Calendar calendar = Calendars.parse(text);
		List<VEvent> events = Calendars.events(calendar);
		assertThat(events).hasSize(2);
		assertThat(calendar.getComponents("VTIMEZONE")).hasSize(2);
		VEvent deskBreak = events.get(0);
		assertThat(deskBreak.getSummary().getValue()).isEqualTo("Unknot: Desk break for hips and back");
		assertThat(deskBreak.getDuration().getDuration())
			.isEqualTo(java.time.Duration.ofSeconds(routineSeconds("desk-break")));
		assertThat(deskBreak.getUrl().getValue()).isEqualTo("http://localhost/routines/desk-break/session");
		assertThat(deskBreak.getDescription().getValue())
			.contains("Start the session: http://localhost/routines/desk-break/session")
			.contains("not medical advice")
			.contains("sharp pain, dizziness, nausea");
		assertThat(deskBreak.getUid().get().getValue()).startsWith("reminder-").endsWith("@localhost");
		assertThat(deskBreak.getDateTimeStamp()).isNotNull();
		ZonedDateTime start = ZonedDateTime.from(deskBreak.getDateTimeStart().getDate());
		assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(7, 30));
		assertThat(start.getDayOfWeek()).isIn(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
		List<VAlarm> alarms = deskBreak.getAlarms();
		assertThat(alarms).hasSize(1);
		assertThat(alarms.get(0).getTrigger().get().getDuration()).isEqualTo(java.time.Duration.ZERO);
		assertThat(alarms.get(0).getAction().get().getValue()).isEqualTo("DISPLAY");
	}

	@Test
	void eventsKeepTheirUidsAndStampsFromOneFetchToTheNext() {
		add(mvc, EMAIL, "desk-break", List.of("MO"), "07:30", "UTC", "");
		String path = newFeedAddress();

		VEvent first = Calendars.events(feed(path)).get(0);
		VEvent second = Calendars.events(feed(path)).get(0);

		assertThat(second.getUid()).isEqualTo(first.getUid());
		assertThat(second.getDateTimeStamp()).isEqualTo(first.getDateTimeStamp());
		assertThat(second.getDateTimeStart()).isEqualTo(first.getDateTimeStart());
	}

	/**
	 * A daily reminder through the week of each daylight-saving change of next year, as a
	 * calendar app reads the file: the RRULE repeats the wall-clock time, and the file's
	 * own VTIMEZONE gives the same UTC offset as java.time on both sides of the change.
	 * (ical4j's conversion of a VTIMEZONE to java.time rules is not used: it reads
	 * {@code BYDAY=2SU} in March as "the Sunday on or after 2 March", a week early in
	 * 2027.)
	 */
	@ParameterizedTest
	@CsvSource({ "Europe/Madrid, 3, -1, 10, -1", "America/New_York, 3, 2, 11, 1" })
	void aReminderStaysAtItsLocalTimeAcrossDaylightSavingChanges(String zoneId, int springMonth, int springSunday,
			int autumnMonth, int autumnSunday) {
		add(mvc, EMAIL, "desk-break", List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU"), "07:30", zoneId, "");
		ZoneId zone = ZoneId.of(zoneId);
		Calendar calendar = feed(newFeedAddress());
		VEvent event = Calendars.events(calendar).get(0);
		int year = LocalDate.now().getYear() + 1;

		for (LocalDate change : List.of(sunday(year, springMonth, springSunday),
				sunday(year, autumnMonth, autumnSunday))) {
			List<LocalDateTime> week = Calendars.localOccurrences(event, change.minusDays(3).atStartOfDay(),
					change.plusDays(4).atStartOfDay());

			assertThat(week).hasSize(7).allSatisfy(day -> assertThat(day.toLocalTime()).isEqualTo(LocalTime.of(7, 30)));
			for (LocalDateTime day : week) {
				ZonedDateTime expected = day.atZone(zone);
				assertThat(Calendars.offsetInFile(calendar, zoneId, expected.toInstant())).as(expected.toString())
					.isEqualTo(expected.getOffset());
			}
			assertThat(week.get(0).atZone(zone).getOffset()).isNotEqualTo(week.get(6).atZone(zone).getOffset());
		}
	}

	private static LocalDate sunday(int year, int month, int which) {
		LocalDate first = LocalDate.of(year, month, 1);
		return which < 0 ? first.with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY))
				: first.with(TemporalAdjusters.dayOfWeekInMonth(which, DayOfWeek.SUNDAY));
	}

	@Test
	void aNewAddressRetiresTheOldOne() {
		add(mvc, EMAIL, "desk-break", List.of("MO"), "07:30", "UTC", "");
		String old = newFeedAddress();
		assertThat(fetch(old)).hasStatusOk();

		String renewed = newFeedAddress();

		assertThat(renewed).isNotEqualTo(old);
		MvcTestResult result = fetch(old);
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertInSiteLayout(body(result));
		assertThat(fetch(renewed)).hasStatusOk();
	}

	@Test
	void aGuessWithTheRightKeyButAnotherSecretIsA404() {
		String path = newFeedAddress();
		String token = path.substring("/calendar/".length(), path.length() - ".ics".length());
		char last = token.charAt(token.length() - 1);
		String guess = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

		assertThat(token).hasSize(FeedTokens.KEY_LENGTH + FeedTokens.SECRET_LENGTH);
		assertThat(fetch("/calendar/" + guess + ".ics")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(fetch(path)).hasStatusOk();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/calendar/x.ics", "/calendar/.ics",
			"/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA!.ics",
			"/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics" })
	void addressesThatAreNoFeedAre404s(String path) {
		MvcTestResult result = fetch(path);

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertInSiteLayout(body(result));
	}

	@Test
	void textIsEscapedForTheCalendarFormat() {
		mvc.post().uri("/my/routines/copy").with(csrf()).with(signedIn(EMAIL)).param("from", "desk-break").exchange();
		String title = "<script>alert(1)</script>, hips; back\\ \"calm\"";
		jdbc.update("UPDATE routine SET title = ? WHERE owner_id IS NOT NULL", title);
		String slug = jdbc.queryForObject("SELECT slug FROM routine WHERE owner_id IS NOT NULL", String.class);
		entityManager.clear();
		add(mvc, EMAIL, slug, List.of("MO"), "07:30", "UTC", "");

		String text = body(fetch(newFeedAddress()));

		assertThat(text).contains("SUMMARY:Unknot: <script>alert(1)</script>\\, hips\\; back\\\\ \"calm\"");
		VEvent event = Calendars.events(Calendars.parse(text)).get(0);
		assertThat(event.getSummary().getValue()).isEqualTo("Unknot: " + title);
		assertThat(event.getDescription().getValue()).startsWith(title + "\n\nStart the session: ");
	}

	@Test
	void icalFetchesNoTimeZonesFromTheNetwork() {
		assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
	}

	@Test
	void aOneOffFileHasOneEventAtTheChosenTimeInTheChosenZone() {
		String date = LocalDate.now().plusDays(1).toString();

		MvcTestResult result = mvc.get()
			.uri("/routines/desk-break/reminder.ics?date={d}&time=07:30&zone=Europe/Madrid", date)
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("text/calendar;charset=UTF-8");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"desk-break.ics\"");
		String text = body(result);
		assertThat(text).contains("DTSTART;TZID=Europe/Madrid:" + date.replace("-", "") + "T073000\r\n");
		VEvent event = Calendars.events(Calendars.parse(text)).get(0);
		assertThat(event.getProperty(Property.RRULE)).isEmpty();
		assertThat(ZonedDateTime.from(event.getDateTimeStart().getDate()).toInstant())
			.isEqualTo(LocalDate.parse(date).atTime(7, 30).atZone(ZoneId.of("Europe/Madrid")).toInstant());
		assertThat(event.getSummary().getValue()).isEqualTo("Unknot: Desk break for hips and back");
		assertThat(event.getAlarms()).hasSize(1);
	}

	@Test
	void withoutAZoneTheOneOffTimeIsFloating() {
		String date = LocalDate.now().toString();

		String text = body(
				mvc.get().uri("/routines/desk-break/reminder.ics?date={d}&time=18:45&zone=", date).exchange());

		assertThat(text).contains("\r\nDTSTART:" + date.replace("-", "") + "T184500\r\n").doesNotContain("VTIMEZONE");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "tomorrow|07:30|UTC", "2026-02-30|07:30|UTC", "9999-01-01|07:30|UTC", "|07:30|UTC",
					"TODAY|7.30|UTC", "TODAY||UTC", "TODAY|07:30|Mars/Olympus_Mons",
					"TODAY|07:30|<script>alert(1)</script>" })
	void badOneOffValuesAre400sInTheLayout(String date, String time, String zone) {
		String day = "TODAY".equals(date) ? LocalDate.now().toString() : date;

		MvcTestResult result = mvc.get()
			.uri("/routines/desk-break/reminder.ics?date={d}&time={t}&zone={z}", day == null ? "" : day,
					time == null ? "" : time, zone)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		String page = body(result);
		assertInSiteLayout(page);
		assertThat(page).doesNotContain("<script>alert(1)");
	}

	@Test
	void aOneOffFileForARoutineThatDoesNotExistIsA404() {
		assertThat(mvc.get()
			.uri("/routines/no-such-routine/reminder.ics?date={d}&time=07:30", LocalDate.now().toString())
			.exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

}
