package app.unknot.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

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
 * The counts live in memory only and are forgotten after {@value #FORGET_AFTER_MINUTES}
 * quiet minutes; at most {@value #MAX_ENTRIES} are kept, the least recently used going
 * first (an address that keeps trying stays recent, so flooding with new emails does not
 * wipe it).
 */
@Component
public class Attempts {

	/** What is being tried; each kind has its own counts. */
	public enum Kind {

		SIGN_IN, SIGN_UP, PASSWORD

	}

	static final int MAX_ENTRIES = 10_000;

	static final int FORGET_AFTER_MINUTES = 15;

	private static final Duration FORGET_AFTER = Duration.ofMinutes(FORGET_AFTER_MINUTES);

	private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

	static final Duration LONGEST_ACCOUNT_DELAY = Duration.ofSeconds(30);

	static final Duration LONGEST_ADDRESS_DELAY = Duration.ofMinutes(1);

	private final Clock clock;

	private final int freePerAddress;

	private final int freePerAccount;

	private final Map<String, Count> counts = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	Attempts(Clock clock, @Value("${unknot.attempts.free-per-address:20}") int freePerAddress,
			@Value("${unknot.attempts.free-per-account:10}") int freePerAccount) {
		this.clock = clock;
		this.freePerAddress = freePerAddress;
		this.freePerAccount = freePerAccount;
	}

	/**
	 * Counts an attempt from the address on the account, unless one of them must wait.
	 * @return zero when the attempt may go ahead (it is counted), otherwise how long to
	 * wait (it is not counted)
	 */
	public synchronized Duration tryAttempt(Kind kind, String address, String account) {
		Instant now = clock.instant();
		Count byAddress = count(kind + " address " + network(address), now);
		Count byAccount = count(kind + " account " + AccountService.normalise(account), now);
		Duration wait = max(byAddress.waitAt(now), byAccount.waitAt(now));
		if (wait.isZero()) {
			byAddress.add(now, freePerAddress, LONGEST_ADDRESS_DELAY);
			byAccount.add(now, freePerAccount, LONGEST_ACCOUNT_DELAY);
		}
		return wait;
	}

	/** The account's attempts of this kind succeeded: its count starts again. */
	public synchronized void succeeded(Kind kind, String account) {
		counts.remove(kind + " account " + AccountService.normalise(account));
	}

	private Count count(String key, Instant now) {
		Count count = counts.get(key);
		if (count == null || now.isAfter(count.last.plus(FORGET_AFTER))) {
			count = new Count(now);
			counts.put(key, count);
		}
		return count;
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

	private static final class Count {

		private int attempts;

		private Instant last;

		private Instant notBefore;

		Count(Instant now) {
			this.last = now;
			this.notBefore = now;
		}

		Duration waitAt(Instant now) {
			return now.isBefore(notBefore) ? Duration.between(now, notBefore) : Duration.ZERO;
		}

		void add(Instant now, int free, Duration longest) {
			attempts++;
			last = now;
			// The free attempts go ahead at once; the one after them waits a second, and
			// so on.
			int beyondFree = attempts - free;
			if (beyondFree >= 0) {
				Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(beyondFree, 20));
				notBefore = now.plus(delay.compareTo(longest) > 0 ? longest : delay);
			}
		}

	}

}
