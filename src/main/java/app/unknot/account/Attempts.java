package app.unknot.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down guessing: sign-ins, sign-ups and password checks (account deletion) are
 * counted per client address and per account (the email typed, whether or not it has an
 * account, so the limit itself reveals nothing).
 * <p>
 * Every attempt is counted <em>before</em> the password is checked, so many guesses sent
 * at once cannot slip past the count while the first ones are still being checked. After
 * the free attempts each further one must wait a little longer: 1 s, 2 s, 4 s … up to 30
 * s for an account and a minute for an address. There is no long lock on purpose: a
 * stranger who knows someone's email can at worst make its owner wait half a minute
 * between tries, and only while the stranger keeps guessing, while the stranger's own
 * address slows down to one guess a minute. At that pace the 12-character passwords the
 * rules ask for stay out of reach, and no CAPTCHA is needed. A right password forgets the
 * account's count.
 * <p>
 * The counts live in the database (table {@code attempt_count}), so guesses spread over
 * several instances of the app add up to one count. Each attempt locks its two rows for
 * the few statements that read and move them, so guesses at the same moment, on any
 * instance, are counted one after the other; two first attempts that both find no row and
 * insert one are told apart by the primary key, and the loser counts again. Counts quiet
 * for {@value #FORGET_AFTER_MINUTES} minutes are forgotten, and their rows deleted about
 * once a minute.
 */
@Component
public class Attempts {

	/** What is being tried; each kind has its own counts. */
	public enum Kind {

		SIGN_IN, SIGN_UP, PASSWORD

	}

	static final int FORGET_AFTER_MINUTES = 15;

	private static final Duration FORGET_AFTER = Duration.ofMinutes(FORGET_AFTER_MINUTES);

	private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

	static final Duration LONGEST_ACCOUNT_DELAY = Duration.ofSeconds(30);

	static final Duration LONGEST_ADDRESS_DELAY = Duration.ofMinutes(1);

	/** How often the forgotten counts' rows are deleted, at most. */
	private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

	/** Tries of one attempt that lost the race to insert a first count. */
	private static final int TRIES = 3;

	private final Clock clock;

	private final int freePerAddress;

	private final int freePerAccount;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final AtomicLong nextPurge = new AtomicLong(Long.MIN_VALUE);

	Attempts(Clock clock, @Value("${unknot.attempts.free-per-address:20}") int freePerAddress,
			@Value("${unknot.attempts.free-per-account:10}") int freePerAccount, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager) {
		this.clock = clock;
		this.freePerAddress = freePerAddress;
		this.freePerAccount = freePerAccount;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Counts an attempt from the address on the account, unless one of them must wait.
	 * @return zero when the attempt may go ahead (it is counted), otherwise how long to
	 * wait (it is not counted)
	 */
	public Duration tryAttempt(Kind kind, String address, String account) {
		purgeForgotten(clock.instant());
		String byAddress = key(kind + " address " + network(address));
		String byAccount = key(kind + " account " + AccountService.normalise(account));
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> count(byAddress, byAccount));
			}
			catch (DuplicateKeyException anotherFirstAttempt) {
				if (attempt == TRIES) {
					throw anotherFirstAttempt;
				}
			}
		}
	}

	/** The account's attempts of this kind succeeded: its count starts again. */
	public void succeeded(Kind kind, String account) {
		jdbc.update("DELETE FROM attempt_count WHERE counted_key = ?",
				key(kind + " account " + AccountService.normalise(account)));
	}

	private Duration count(String byAddress, String byAccount) {
		Map<String, Count> counts = new HashMap<>();
		// Locked in the order of their keys, the same in every transaction, so two
		// attempts never wait for each other's second row.
		jdbc.query("""
				SELECT counted_key, attempts, last_at, not_before FROM attempt_count
				WHERE counted_key IN (?, ?) ORDER BY counted_key FOR UPDATE""", row -> {
			counts.put(row.getString(1).trim(), new Count(row.getInt(2), Instant.ofEpochMilli(row.getLong(3)),
					Instant.ofEpochMilli(row.getLong(4)), true));
		}, byAddress, byAccount);
		// Read once the rows are locked: an attempt that took its time before the lock
		// came after the one that held it, whatever its start.
		Instant now = clock.instant();
		Count address = fresh(counts.get(byAddress), now);
		Count account = fresh(counts.get(byAccount), now);
		Duration wait = max(address.waitAt(now), account.waitAt(now));
		if (wait.isZero()) {
			store(byAddress, address.add(now, freePerAddress, LONGEST_ADDRESS_DELAY));
			store(byAccount, account.add(now, freePerAccount, LONGEST_ACCOUNT_DELAY));
		}
		return wait;
	}

	private void store(String key, Count count) {
		if (count.stored()) {
			jdbc.update("UPDATE attempt_count SET attempts = ?, last_at = ?, not_before = ? WHERE counted_key = ?",
					count.attempts(), count.last().toEpochMilli(), count.notBefore().toEpochMilli(), key);
		}
		else {
			jdbc.update("INSERT INTO attempt_count (counted_key, attempts, last_at, not_before) VALUES (?, ?, ?, ?)",
					key, count.attempts(), count.last().toEpochMilli(), count.notBefore().toEpochMilli());
		}
	}

	/** A count quiet for long enough starts again (its row, if any, is reused). */
	private static Count fresh(Count stored, Instant now) {
		if (stored == null) {
			return new Count(0, now, Instant.EPOCH, false);
		}
		return now.isAfter(stored.last().plus(FORGET_AFTER)) ? new Count(0, now, Instant.EPOCH, true) : stored;
	}

	/** Deletes the rows of forgotten counts, at most once a minute on each instance. */
	private void purgeForgotten(Instant now) {
		long next = nextPurge.get();
		if (now.toEpochMilli() >= next && nextPurge.compareAndSet(next, now.plus(PURGE_EVERY).toEpochMilli())) {
			jdbc.update("DELETE FROM attempt_count WHERE last_at < ?", now.minus(FORGET_AFTER).toEpochMilli());
		}
	}

	/**
	 * What is counted, as the row's key: a SHA-256, so the row is short and the typed
	 * email of a failed attempt is not kept.
	 */
	private static String key(String counted) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(counted.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException(missing);
		}
	}

	/**
	 * The address to count by: an IPv4 address as it is, an IPv6 address by its /64
	 * network, which is what one home or one server usually gets.
	 */
	static String network(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return String.valueOf(address);
		}
		try {
			// An IPv6 literal: parsed without any name lookup.
			byte[] bytes = InetAddress.getByName(address).getAddress();
			if (bytes.length == 16) {
				byte[] network = new byte[16];
				System.arraycopy(bytes, 0, network, 0, 8);
				return InetAddress.getByAddress(network).getHostAddress() + "/64";
			}
			return InetAddress.getByAddress(bytes).getHostAddress();
		}
		catch (UnknownHostException notAnAddress) {
			return address;
		}
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	/** One count as stored: attempts so far, the last one, and when the next may go. */
	private record Count(int attempts, Instant last, Instant notBefore, boolean stored) {

		Duration waitAt(Instant now) {
			return now.isBefore(notBefore) ? Duration.between(now, notBefore) : Duration.ZERO;
		}

		Count add(Instant now, int free, Duration longest) {
			int counted = attempts + 1;
			// The free attempts go ahead at once; the one after them waits a second, and
			// so on.
			int beyondFree = counted - free;
			Instant next = notBefore;
			if (beyondFree >= 0) {
				Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(beyondFree, 20));
				next = now.plus(delay.compareTo(longest) > 0 ? longest : delay);
			}
			return new Count(counted, now, next, stored);
		}

	}

}
