package app.unknot.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import app.unknot.account.Attempts.Kind;

class AttemptsTests {

	private final MovingClock clock = new MovingClock();

	private final Attempts attempts = new Attempts(clock, 20, 10);

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
	void countsAreForgottenAfterAQuarterOfAnHourAndKeptInBoundedMemory() {
		for (int guess = 0; guess < 12; guess++) {
			attempts.tryAttempt(Kind.SIGN_IN, "203.0.113.1", "owner@example.org");
		}
		assertThat(attempts.tryAttempt(Kind.SIGN_IN, "203.0.113.1", "owner@example.org")).isPositive();
		clock.advance(Duration.ofMinutes(Attempts.FORGET_AFTER_MINUTES + 1));
		assertThat(attempts.tryAttempt(Kind.SIGN_IN, "203.0.113.1", "owner@example.org")).isZero();

		for (int guess = 0; guess < 12; guess++) {
			attempts.tryAttempt(Kind.SIGN_IN, "203.0.113.1", "owner@example.org");
		}
		for (int other = 0; other < Attempts.MAX_ENTRIES; other++) {
			attempts.tryAttempt(Kind.SIGN_UP, "198.51.100.1", "person" + other + "@example.org");
		}
		assertThat(attempts.tryAttempt(Kind.SIGN_IN, "203.0.113.1", "owner@example.org")).as("pushed out").isZero();
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
