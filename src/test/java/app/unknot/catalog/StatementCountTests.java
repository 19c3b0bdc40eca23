package app.unknot.catalog;

import static app.unknot.system.SignedInUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.system.ResponseChecks;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Each page issues a bounded number of SQL statements, whatever the size of the catalog.
 * Counted with Hibernate statistics (enabled for tests in config/application.properties).
 */
@SpringBootTest
@AutoConfigureMockMvc
class StatementCountTests {

	private static final int MAX_STATEMENTS = 4;

	/** A signed-in person's favourites and safety marks cost one statement more. */
	private static final int MAX_STATEMENTS_SIGNED_IN = MAX_STATEMENTS + 1;

	/**
	 * Each search term adds conditions to the one statement, never a statement of its
	 * own.
	 */
	private static final String SEARCH = "/routines?q=sore+hips+groin+belly+stretches+ball+my+lower+back";

	private static final String[] SIGNED_IN_PAGES = { "/routines", "/routines?safe=1",
			"/routines?muscle=psoas&equipment=ball&maxMinutes=20&q=a&safe=1", SEARCH + "&safe=1", "/routines?page=2",
			"/routines/daily-pelvic-relaxation", "/muscles/psoas", "/my/favourites" };

	private static final String[] PAGES = { "/routines", "/routines?muscle=psoas&equipment=ball&maxMinutes=20&q=a",
			SEARCH, "/routines?page=2", "/routines/daily-pelvic-relaxation", "/muscles/psoas", "/muscles", "/" };

	private final MockMvcTester mvc;

	private final Statistics statistics;

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final UserDetailsService accounts;

	StatementCountTests(@Autowired MockMvcTester mvc, @Autowired EntityManagerFactory entityManagerFactory,
			@Autowired JdbcTemplate jdbc, @Autowired EntityManager entityManager,
			@Autowired UserDetailsService accounts) {
		this.mvc = mvc;
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.accounts = accounts;
	}

	private long statementsFor(String uri) {
		statistics.clear();
		assertThat(mvc.get().uri(uri).exchange()).hasStatusOk();
		return statistics.getPrepareStatementCount();
	}

	private long signedInStatementsFor(String uri, String email) {
		// Loaded before counting: a signed-in session already holds its principal.
		UserDetails principal = accounts.loadUserByUsername(email);
		statistics.clear();
		assertThat(mvc.get().uri(uri).with(user(principal)).exchange()).hasStatusOk();
		return statistics.getPrepareStatementCount();
	}

	/**
	 * An account with a few favourites and a safety profile, so every mark has rows to
	 * find.
	 */
	private void createSignedInPerson(String email) {
		jdbc.update("INSERT INTO account (email, password_hash, role, created_at) VALUES (?, '{noop}x', 'USER', ?)",
				email, Timestamp.from(Instant.now()));
		jdbc.update("""
				INSERT INTO favourite (account_id, routine_id, created_at)
				SELECT a.id, r.id, CURRENT_TIMESTAMP FROM account a, routine r
				WHERE a.email = ? AND r.slug IN ('desk-break', 'daily-pelvic-relaxation', 'generated-0001')""", email);
		jdbc.update("""
				INSERT INTO safety_profile (account_id, updated_at)
				SELECT id, CURRENT_TIMESTAMP FROM account WHERE email = ?""", email);
		jdbc.update("""
				INSERT INTO safety_profile_caution (account_id, caution_id)
				SELECT a.id, c.id FROM account a, caution c WHERE a.email = ? AND c.code IN ('hernia', 'pregnancy')""",
				email);
		jdbc.update("""
				INSERT INTO safety_profile_muscle_group (account_id, muscle_group_id)
				SELECT a.id, m.id FROM account a, muscle_group m WHERE a.email = ? AND m.slug = 'adductors'""", email);
	}

	@Test
	@Transactional
	void signedInPagesAddAtMostOneStatement() {
		createSignedInPerson("counted@example.org");
		for (String uri : SIGNED_IN_PAGES) {
			assertThat(signedInStatementsFor(uri, "counted@example.org")).as(uri)
				.isPositive()
				.isLessThanOrEqualTo(MAX_STATEMENTS_SIGNED_IN);
		}
	}

	@Test
	@Transactional
	void theOwnersPrivateRoutinePagesStayWithinTheSignedInBound() {
		createSignedInPerson("owner-counted@example.org");
		String copied = mvc.post()
			.uri("/my/routines/copy")
			.with(signedIn("owner-counted@example.org"))
			.with(csrf())
			.param("from", "desk-break")
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		assertThat(copied).matches("/my/routines/desk-break-for-hips-and-back-my-version-[a-z0-9]+/edit\\?copied");
		String slug = copied.split("/")[3];
		// Counted as a fresh request would run: nothing of the copy already loaded.
		entityManager.flush();
		entityManager.clear();

		for (String uri : new String[] { "/routines/" + slug, "/my/routines" }) {
			assertThat(signedInStatementsFor(uri, "owner-counted@example.org")).as(uri)
				.isPositive()
				.isLessThanOrEqualTo(MAX_STATEMENTS_SIGNED_IN);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/routines", "/routines?muscle=psoas&equipment=ball&maxMinutes=20&q=a", SEARCH,
			"/routines/daily-pelvic-relaxation", "/muscles/psoas", "/muscles", "/",
			// The routine, its muscle groups and cautions, and its steps' muscle groups
			// (for reminders).
			"/routines/daily-pelvic-relaxation/session" })
	void realCatalog(String uri) {
		assertThat(statementsFor(uri)).as(uri).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS);
	}

	@Nested
	@Transactional
	class WithTwoThousandGeneratedRoutines {

		private static final int GENERATED = 2000;

		@Test
		void everyPageStaysWithinTheBound() {
			generateRoutines();
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM routine", Integer.class)).isGreaterThan(GENERATED);
			for (String uri : PAGES) {
				assertThat(statementsFor(uri)).as(uri).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS);
			}
		}

		@Test
		void signedInPagesStayWithinTheBoundToo() {
			generateRoutines();
			createSignedInPerson("counted-many@example.org");
			for (String uri : SIGNED_IN_PAGES) {
				assertThat(signedInStatementsFor(uri, "counted-many@example.org")).as(uri)
					.isPositive()
					.isLessThanOrEqualTo(MAX_STATEMENTS_SIGNED_IN);
			}
			String safe = ResponseChecks.body(mvc.get()
				.uri("/routines?q=generated&safe=1")
				.with(signedIn("counted-many@example.org"))
				.exchange());
			// Generated routines work the abdomen and psoas only: none conflicts with
			// this profile.
			assertThat(safe).contains("2,000 routines");
		}

		@Test
		void catalogPagesThroughAllRoutinesTwentyFourAtATime() {
			generateRoutines();
			String body = ResponseChecks.body(mvc.get().uri("/routines?q=generated&page=84").exchange());
			assertThat(body).contains("2,000 routines").contains("Page 84 of 84").contains("Generated routine 1999");
		}

		private void generateRoutines() {
			List<Object[]> routines = new ArrayList<>();
			for (int i = 0; i < GENERATED; i++) {
				routines.add(new Object[] { "generated-%04d".formatted(i), "Generated routine %04d".formatted(i),
						"A routine made up for a load test.", "None.", i % 2 == 0 ? "GENTLE" : "MODERATE" });
			}
			jdbc.batchUpdate("INSERT INTO routine (slug, title, summary, benefits, difficulty) VALUES (?, ?, ?, ?, ?)",
					routines);
			String[] equipment = { "HANDS", "BALL", "FOAM_ROLLER", "BOLSTER" };
			for (int order = 1; order <= 3; order++) {
				jdbc.update(
						"""
								INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position,
								                  equipment, timing, duration_seconds, each_side)
								SELECT id, ?, 'Step', 'Do the step.', 'KNEADING', 'LIGHT', 'SEATED', ?, 'DURATION', 60, FALSE
								FROM routine WHERE slug LIKE 'generated-%'""",
						order, equipment[order]);
			}
			jdbc.update("""
					INSERT INTO routine_muscle_group (routine_id, muscle_group_id)
					SELECT r.id, m.id FROM routine r, muscle_group m
					WHERE r.slug LIKE 'generated-%' AND m.slug IN ('psoas', 'abdomen')""");
			jdbc.update(
					"""
							INSERT INTO routine_caution (routine_id, caution_id)
							SELECT r.id, c.id FROM routine r, caution c WHERE r.slug LIKE 'generated-%' AND c.code = 'stop-signs'""");
			jdbc.execute((ConnectionCallback<Integer>) SearchableTextBackfill::fillMissing);
		}

	}

}
