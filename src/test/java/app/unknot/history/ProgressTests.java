package app.unknot.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Streaks, the calendar, minutes per week and the tension chart, on fixed clocks. */
class ProgressTests {

	private static final String BERLIN = "Europe/Berlin";

	/** A clock at the given local time in the zone. */
	private static Clock clockAt(String localDateTime, String zone) {
		Instant instant = LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone)).toInstant();
		return Clock.fixed(instant, ZoneOffset.UTC);
	}

	private static Progress progress(String now, String zone, SessionRecord... records) {
		return Progress.of(List.of(records), clockAt(now, zone));
	}

	@Test
	void aNewPersonHasNoStreakAndAnEmptyCalendar() {
		Progress progress = Progress.of(List.of(), Clock.fixed(Instant.parse("2026-05-06T12:00:00Z"), ZoneOffset.UTC));

		assertThat(progress.isEmpty()).isTrue();
		assertThat(progress.streaks()).isEqualTo(new Streaks(0, 0));
		assertThat(progress.weeks()).hasSize(8).allSatisfy(week -> assertThat(week.minutes()).isZero());
		assertThat(progress.tension().isEmpty()).isTrue();
	}

	@Test
	void lateEveningAndJustAfterMidnightAreTwoDaysInARow() {
		// 23:30 on the 4th and 00:30 on the 6th local time, with 00:30 on the 5th
		// between:
		// only an hour apart, but on consecutive calendar days.
		Progress progress = progress("2026-05-06T09:00", BERLIN, Records.at("2026-05-04T23:30", BERLIN),
				Records.at("2026-05-06T00:30", BERLIN), Records.at("2026-05-05T00:30", BERLIN));

		assertThat(progress.streaks()).isEqualTo(new Streaks(3, 3));
	}

	@Test
	void twoSessionsAnHourApartAcrossMidnightCountForTwoDays() {
		Progress progress = progress("2026-05-05T08:00", BERLIN, Records.at("2026-05-04T23:30", BERLIN),
				Records.at("2026-05-05T00:30", BERLIN));

		assertThat(progress.streaks()).isEqualTo(new Streaks(2, 2));
	}

	@Test
	void twoSessionsOnTheSameLocalDayAreOneDay() {
		Progress progress = progress("2026-05-04T23:59", BERLIN, Records.at("2026-05-04T00:10", BERLIN),
				Records.at("2026-05-04T23:50", BERLIN));

		assertThat(progress.streaks()).isEqualTo(new Streaks(1, 1));
	}

	@Test
	void theSameInstantIsADifferentDayInAucklandAndLosAngeles() {
		Instant instant = Instant.parse("2026-05-05T03:00:00Z");
		// 15:00 on 5 May in Auckland; 20:00 on 4 May in Los Angeles.
		SessionRecord auckland = Records.at(instant, "Pacific/Auckland", 600, null, null);
		SessionRecord losAngeles = Records.at(instant, "America/Los_Angeles", 600, null, null);

		assertThat(auckland.getLocalDate()).isEqualTo(LocalDate.parse("2026-05-05"));
		assertThat(losAngeles.getLocalDate()).isEqualTo(LocalDate.parse("2026-05-04"));

		// Two sessions four hours apart: either side of midnight in Auckland, one morning
		// in Los Angeles.
		Instant first = Instant.parse("2026-05-04T10:00:00Z");
		Instant second = Instant.parse("2026-05-04T14:00:00Z");
		Clock clock = Clock.fixed(second.plusSeconds(3600), ZoneOffset.UTC);
		Progress inAuckland = Progress.of(List.of(Records.at(first, "Pacific/Auckland", 600, null, null),
				Records.at(second, "Pacific/Auckland", 600, null, null)), clock);
		Progress inLosAngeles = Progress.of(List.of(Records.at(first, "America/Los_Angeles", 600, null, null),
				Records.at(second, "America/Los_Angeles", 600, null, null)), clock);

		assertThat(inAuckland.streaks()).isEqualTo(new Streaks(2, 2));
		assertThat(inLosAngeles.streaks()).isEqualTo(new Streaks(1, 1));
	}

	@Test
	void todayIsTakenInTheTimeZoneOfTheLatestSession() {
		// 14:00 UTC on 6 May is 02:00 on 7 May in Auckland but 07:00 on 6 May in Los
		// Angeles.
		Clock clock = Clock.fixed(Instant.parse("2026-05-06T14:00:00Z"), ZoneOffset.UTC);
		Progress auckland = Progress.of(List.of(Records.at("2026-05-06T21:00", "Pacific/Auckland")), clock);
		Progress losAngeles = Progress.of(List.of(Records.at("2026-05-05T19:00", "America/Los_Angeles")), clock);

		assertThat(auckland.today()).isEqualTo(LocalDate.parse("2026-05-07"));
		assertThat(losAngeles.today()).isEqualTo(LocalDate.parse("2026-05-06"));
		assertThat(auckland.streaks().current()).isEqualTo(1);
		assertThat(losAngeles.streaks().current()).isEqualTo(1);
	}

	@Test
	void aDayWithoutASessionYetDoesNotBreakTheStreakUntilItIsOver() {
		SessionRecord[] days = { Records.at("2026-05-03T20:00", BERLIN), Records.at("2026-05-04T20:00", BERLIN) };

		assertThat(progress("2026-05-05T07:00", BERLIN, days).streaks()).isEqualTo(new Streaks(2, 2));
		assertThat(progress("2026-05-06T00:01", BERLIN, days).streaks()).isEqualTo(new Streaks(0, 2));
	}

	@Test
	void aGapBreaksTheCurrentStreakButTheLongestIsKept() {
		Progress progress = progress("2026-05-20T18:00", BERLIN, Records.at("2026-05-01T08:00", BERLIN),
				Records.at("2026-05-02T08:00", BERLIN), Records.at("2026-05-03T08:00", BERLIN),
				Records.at("2026-05-04T08:00", BERLIN),
				// gap on the 5th
				Records.at("2026-05-18T08:00", BERLIN), Records.at("2026-05-19T08:00", BERLIN),
				Records.at("2026-05-20T08:00", BERLIN));

		assertThat(progress.streaks()).isEqualTo(new Streaks(3, 4));
	}

	@Test
	void streaksFromDaysAlone() {
		LocalDate today = LocalDate.parse("2026-05-10");
		assertThat(Streaks.of(List.of(), today)).isEqualTo(new Streaks(0, 0));
		assertThat(Streaks.of(List.of(today), today)).isEqualTo(new Streaks(1, 1));
		assertThat(Streaks.of(List.of(today.minusDays(2)), today)).isEqualTo(new Streaks(0, 1));
		// A session recorded in a zone already on tomorrow still counts for the current
		// streak.
		assertThat(Streaks.of(List.of(today, today.plusDays(1)), today)).isEqualTo(new Streaks(2, 2));
	}

	@Test
	void theCalendarShowsEightMondayToSundayWeeksEndingThisWeek() {
		// Wednesday 6 May 2026.
		Progress progress = progress("2026-05-06T12:00", BERLIN, Records.at("2026-05-06T07:00", BERLIN),
				Records.at("2026-05-06T21:00", BERLIN), Records.at("2026-03-16T07:00", BERLIN),
				// Before the calendar: counted in the streaks, not shown.
				Records.at("2026-03-15T07:00", BERLIN));

		List<CalendarWeek> weeks = progress.weeks();
		assertThat(weeks).hasSize(8);
		assertThat(weeks.get(0).monday()).isEqualTo(LocalDate.parse("2026-03-16"));
		assertThat(weeks.get(7).monday()).isEqualTo(LocalDate.parse("2026-05-04"));
		assertThat(weeks).allSatisfy(week -> assertThat(week.days()).hasSize(7));
		CalendarDay today = weeks.get(7).days().get(2);
		assertThat(today).isEqualTo(new CalendarDay(LocalDate.parse("2026-05-06"), 2, true, false));
		assertThat(weeks.get(7).days().get(3).future()).isTrue();
		assertThat(weeks.get(0).days().get(0).sessions()).isEqualTo(1);
	}

	@Test
	void minutesPerWeekAddUpTheSecondsOfEachLocalWeek() {
		String zone = "America/Los_Angeles";
		Progress progress = progress("2026-05-06T12:00", zone,
				Records.at(local("2026-05-04T07:00", zone), zone, 600, null, null),
				Records.at(local("2026-05-05T07:00", zone), zone, 290, null, null),
				// Sunday night local, already Monday in UTC: still last week.
				Records.at(local("2026-05-03T23:30", zone), zone, 45, null, null),
				Records.at(local("2026-04-20T07:00", zone), zone, 20, null, null));

		List<CalendarWeek> weeks = progress.weeks();
		assertThat(weeks.get(7).minutes()).isEqualTo(15); // 890 s
		assertThat(weeks.get(6).minutes()).isEqualTo(1); // 45 s rounds to a minute
		assertThat(weeks.get(5).minutes()).isZero();
		assertThat(weeks.get(4).minutes()).isZero(); // 20 s rounds to nothing
		assertThat(progress.getMostWeeklyMinutes()).isEqualTo(15);
		assertThat(progress.getTotalMinutes()).isEqualTo(16);
	}

	@Test
	void theTensionChartPlotsRatedSessionsOnlyWithTheMostRecentLast() {
		Progress progress = progress("2026-05-06T12:00", BERLIN,
				Records.at(local("2026-05-01T08:00", BERLIN), BERLIN, 600, 8, 4),
				Records.at(local("2026-05-02T08:00", BERLIN), BERLIN, 600, null, null),
				Records.at(local("2026-05-03T08:00", BERLIN), BERLIN, 600, 6, null),
				Records.at(local("2026-05-04T08:00", BERLIN), BERLIN, 600, null, 2));

		TensionChart chart = progress.tension();
		assertThat(chart.getPoints()).extracting(TensionChart.Point::before).containsExactly(8, 6, null);
		assertThat(chart.getPoints()).extracting(TensionChart.Point::after).containsExactly(4, null, 2);
		assertThat(chart.getPoints().get(0).x()).isLessThan(chart.getPoints().get(2).x());
		// 10 is at the top, 0 at the bottom.
		assertThat(chart.getPoints().get(0).beforeY()).isLessThan(chart.getPoints().get(0).afterY());
		assertThat(chart.getBeforeLine().split(" ")).hasSize(2);
		assertThat(chart.getAfterLine().split(" ")).hasSize(2);
		assertThat(chart.getAverageBefore()).isEqualTo(7.0);
		assertThat(chart.getAverageAfter()).isEqualTo(3.0);
	}

	@Test
	void theChartKeepsTheLastTwentyRatedSessionsAndAtMostSixDates() {
		SessionRecord[] records = new SessionRecord[30];
		for (int day = 0; day < 30; day++) {
			records[day] = Records.at(Instant.parse("2026-04-01T08:00:00Z").plusSeconds(86_400L * day), BERLIN, 600,
					day % 11, 3);
		}
		TensionChart chart = progress("2026-05-06T12:00", BERLIN, records).tension();

		assertThat(chart.getPoints()).hasSize(TensionChart.MAX_POINTS);
		assertThat(chart.getPoints().get(0).date()).isEqualTo(LocalDate.parse("2026-04-11"));
		assertThat(chart.getPoints().stream().filter(TensionChart.Point::labelled)).hasSizeBetween(2, 6);
	}

	@Test
	void recentSessionsAreTheLastTenNewestFirst() {
		SessionRecord[] records = new SessionRecord[12];
		for (int day = 0; day < 12; day++) {
			records[day] = Records.at(Instant.parse("2026-04-01T08:00:00Z").plusSeconds(86_400L * day), BERLIN, 600,
					null, null);
		}
		List<SessionRecord> recent = progress("2026-05-06T12:00", BERLIN, records).getRecent();

		assertThat(recent).hasSize(10);
		assertThat(recent.get(0).getLocalDate()).isEqualTo(LocalDate.parse("2026-04-12"));
	}

	private static Instant local(String localDateTime, String zone) {
		return LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone)).toInstant();
	}

}
