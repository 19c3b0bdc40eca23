package app.unknot.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.system.NotFoundException;

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
	 * Creates an account for a new email; for an email that has one already, changes nothing.
	 * The password is hashed either way (by far the slowest part), so both take as long and the
	 * time taken does not tell whether the email was registered.
	 *
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

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		Account account = accounts.findByEmail(normalise(email))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(account.getEmail())
			.password(account.getPasswordHash())
			.authorities(List.of(new SimpleGrantedAuthority(account.getRole().authority())))
			.build();
	}

	@Transactional(readOnly = true)
	public Account get(String email) {
		return accounts.findByEmail(normalise(email)).orElseThrow(() -> new NotFoundException("notFound.account", email));
	}

	/** Deletes the account if the password matches; its own data goes with it (cascading keys). */
	public boolean delete(String email, String password) {
		Optional<Account> account = accounts.findByEmail(normalise(email));
		if (account.isEmpty() || password == null
				|| !passwordEncoder.matches(password, account.get().getPasswordHash())) {
			return false;
		}
		accounts.delete(account.get());
		return true;
	}

}
