package app.unknot.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.account.Attempts.Kind;

/**
 * The counts live in the database, shared by every instance: each test starts from an
 * empty table, and every attempt commits as it does in the app.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AttemptsTests {

	private final MovingClock clock = new MovingClock();

	private final JdbcTemplate jdbc;

	private final PlatformTransactionManager transactions;

	private final Attempts attempts;

	AttemptsTests(@Autowired JdbcTemplate jdbc, @Autowired PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		jdbc.update("DELETE FROM attempt_count");
		this.attempts = instance();
	}

	/** Another instance of the app on the same database. */
	private Attempts instance() {
		return new Attempts(clock, 20, 10, jdbc, transactions);
	}

	@Test
	void guessesAtTheSameMomentAreCountedBeforeAnyIsChecked() {
		int goAhead = 0;
		for (int guess = 0; guess < 31; guess++) {
			if (attempts.tryAttempt(Kind.SIGN_IN, "203.0.113.1", "owner@example.org").isZero()) {
				goAhead++;
			}
		}
		assertThat(goAhead).as("the free attempts").isEqualTo(10);
		assertThat(attempts.tryAttempt(Kind.SIGN_IN, "198.51.100.2", "Owner@Example.org"))
			.as("even the owner from elsewhere waits")
			.isPositive();
	}

	@Test
	void aStrangerCanMakeTheOwnerWaitHalfAMinuteAtMost() {
		for (int guess = 0; guess < 500; guess++) {
			// Many strangers, each guessing as soon as it is allowed.
			String stranger = "203.0.113." + (guess % 250);
			Duration wait;
			while (!(wait = attempts.tryAttempt(Kind.SIGN_IN, stranger, "owner@example.org")).isZero()) {
				clock.advance(wait);
			}
		}
		Duration ownerWaits = attempts.tryAttempt(Kind.SIGN_IN, "192.0.2.50", "owner@example.org");
		assertThat(ownerWaits).isPositive().isLessThanOrEqualTo(Attempts.LONGEST_ACCOUNT_DELAY);
		clock.advance(ownerWaits);
		assertThat(attempts.tryAttempt(Kind.SIGN_IN, "192.0.2.50", "owner@example.org")).isZero();
		attempts.succeeded(Kind.SIGN_IN, "owner@example.org");
		assertThat(attempts.tryAttempt(Kind.SIGN_IN, "192.0.2.50", "owner@example.org")).isZero();
	}

	@Test
	void delaysGrowFromOneSecond() {
		for (int guess = 0; guess < 10; guess++) {
			assertThat(attempts.tryAttempt(Kind.PASSWORD, "203.0.113.1", "owner@example.org")).isZero();
		}
		assertThat(attempts.tryAttempt(Kind.PASSWORD, "203.0.113.1", "owner@example.org"))
			.isEqualTo(Duration.ofSeconds(1));
		clock.advance(Duration.ofSeconds(1));
		assertThat(attempts.tryAttempt(Kind.PASSWORD, "203.0.113.1", "owner@example.org")).isZero();
		assertThat(attempts.tryAttempt(Kind.PASSWORD, "203.0.113.1", "owner@example.org"))
			.isEqualTo(Duration.ofSeconds(2));
		assertThat(attempts.tryAttempt(Kind.SIGN_IN, "203.0.113.1", "owner@example.org")).as("other kind").isZero();
	}

	@Test
	void oneAddressGuessingManyAccountsIsSlowedDown() {
		for (int account = 0; account < 20; account++) {
			assertThat(attempts.tryAttempt(Kind.SIGN_UP, "203.0.113.1", "person" + account + "@example.org")).isZero();
		}
		assertThat(attempts.tryAttempt(Kind.SIGN_UP, "203.0.113.1", "another@example.org")).isPositive();
		assertThat(attempts.tryAttempt(Kind.SIGN_UP, "203.0.113.2", "another@example.org")).isZero();
	}

	@Test
	void ipv6AddressesCountByTheirNetwork() {
		assertThat(Attempts.network("2001:db8:1:2:aaaa::1")).isEqualTo(Attempts.network("2001:db8:1:2:bbbb::9"))
			.isNotEqualTo(Attempts.network("2001:db8:1:3::1"));
		assertThat(Attempts.network("203.0.113.1")).isEqualTo("203.0.113.1");
	}

	@Test
	void countsAreForgottenAfterAQuarterOfAnHourAndTheirRowsDeleted() {
		for (int guess = 0; guess < 12; guess++) {
			attempts.tryAttempt(Kind.SIGN_IN, "203.0.113.1", "owner@example.org");
		}
		assertThat(attempts.tryAttempt(Kind.SIGN_IN, "203.0.113.1", "owner@example.org")).isPositive();
		clock.advance(Duration.ofMinutes(Attempts.FORGET_AFTER_MINUTES + 1));
		assertThat(attempts.tryAttempt(Kind.SIGN_IN, "198.51.100.7", "someone@example.org")).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attempt_count", Long.class))
			.as("rows left: the new attempt's address and account")
			.isEqualTo(2);
		assertThat(attempts.tryAttempt(Kind.SIGN_IN, "203.0.113.1", "owner@example.org")).isZero();
	}

	@Test
	void theEmailOfAFailedAttemptIsNotStored() {
		attempts.tryAttempt(Kind.SIGN_IN, "203.0.113.1", "private.person@example.org");
		assertThat(jdbc.queryForList("SELECT counted_key FROM attempt_count", String.class)).hasSize(2)
			.noneMatch(key -> key.contains("private") || key.contains("203.0.113"));
	}

	@Test
	void instancesShareTheirCounts() {
		Attempts other = instance();
		for (int guess = 0; guess < 10; guess++) {
			Attempts either = guess % 2 == 0 ? attempts : other;
			assertThat(either.tryAttempt(Kind.SIGN_IN, "203.0.113.1", "owner@example.org")).isZero();
		}
		assertThat(other.tryAttempt(Kind.SIGN_IN, "203.0.113.1", "owner@example.org")).isPositive();
		assertThat(attempts.tryAttempt(Kind.SIGN_IN, "203.0.113.1", "owner@example.org")).isPositive();
	}

	@Test
	void firstAttemptsAtTheSameMomentOnSeveralInstancesAreEachCountedOnce() throws Exception {
		int threads = 8;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Callable<Duration>> guesses = IntStream.range(0, 30).<Callable<Duration>>mapToObj(guess -> () -> {
				start.await();
				return instance().tryAttempt(Kind.SIGN_IN, "203.0.113.1", "owner@example.org");
			}).toList();
			List<Future<Duration>> answers = guesses.stream().map(pool::submit).toList();
			start.countDown();
			long goAhead = 0;
			for (Future<Duration> answer : answers) {
				if (answer.get().isZero()) {
					goAhead++;
				}
			}
			assertThat(goAhead).as("the free attempts, however the guesses interleave").isEqualTo(10);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
