package app.unknot.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.system.RequestRefusedException;
import app.unknot.system.SignedIn;

/** Accounts: creating them, loading them for sign-in, and deleting them. */
@Service
@Transactional
public class AccountService implements UserDetailsService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	public AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/** Email addresses compare without case or surrounding spaces. */
	static String normalise(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	public boolean exists(String email) {
		return accounts.existsByEmail(normalise(email));
	}

	public Account create(String email, String password, Role role) {
		return accounts.save(new Account(normalise(email), passwordEncoder.encode(password), role, clock.instant()));
	}

	/**
	 * Creates an account for a new email; for an email that has one already, changes
	 * nothing. The password is hashed either way (by far the slowest part), so both take
	 * as long and the time taken does not tell whether the email was registered.
	 * @return whether an account was created
	 */
	public boolean signUp(String email, String password) {
		String hash = passwordEncoder.encode(password);
		if (accounts.existsByEmail(normalise(email))) {
			return false;
		}
		accounts.save(new Account(normalise(email), hash, Role.USER, clock.instant()));
		return true;
	}

	/** The person signing in, with the account id every feature works with. */
	@Override
	@Transactional(readOnly = true)
	public SignedIn loadUserByUsername(String email) {
		Account account = accounts.findByEmail(normalise(email))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return new SignedIn(account.getId(), account.getEmail(), account.getRole().authority(),
				account.getPasswordHash());
	}

	@Transactional(readOnly = true)
	public Account get(String email) {
		return accounts.findByEmail(normalise(email))
			.orElseThrow(() -> RequestRefusedException.notFound("notFound.account", email));
	}

	@Transactional(readOnly = true)
	public Account get(long id) {
		return accounts.findById(id)
			.orElseThrow(() -> RequestRefusedException.notFound("notFound.account", String.valueOf(id)));
	}

	/**
	 * Deletes the account if the password matches; its own data goes with it (cascading
	 * keys).
	 */
	public boolean delete(long id, String password) {
		Optional<Account> account = accounts.findById(id);
		if (account.isEmpty() || password == null
				|| !passwordEncoder.matches(password, account.get().getPasswordHash())) {
			return false;
		}
		accounts.delete(account.get());
		return true;
	}

}
