package app.unknot.system;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person: their account, loaded once at sign-in and kept in the session, so
 * controllers take it with {@code @AuthenticationPrincipal} and pass the account id down
 * instead of looking the email up again. Here rather than in {@code account} because
 * every feature reads it and {@code system} is the one package they may all import.
 * <p>
 * Two of them are equal when they are the same account, so the session registry lists all
 * of an account's sessions under one principal.
 */
public final class SignedIn implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String email;

	private final List<GrantedAuthority> authorities;

	/** Only needed while the sign-in form's password is checked; erased after. */
	private String passwordHash;

	/**
	 * @param authority the account's role as Spring Security names it, such as
	 * {@code ROLE_USER}
	 */
	public SignedIn(long accountId, String email, String authority, String passwordHash) {
		this.accountId = accountId;
		this.email = Objects.requireNonNull(email);
		this.authorities = List.of(new SimpleGrantedAuthority(authority));
		this.passwordHash = passwordHash;
	}

	/** The account id of the signed-in person, or null for an anonymous visitor. */
	public static Long idOf(SignedIn user) {
		return user == null ? null : user.accountId;
	}

	/**
	 * Whom the pages a service worker keeps for offline use were rendered for: they hold
	 * a signed-in person's safety answers and report to their history, so the worker
	 * saves them again when someone else is signed in (or no one is).
	 */
	public static String offlineOwner(SignedIn user) {
		return user == null ? "anonymous" : "account-" + user.accountId;
	}

	public long accountId() {
		return accountId;
	}

	public String email() {
		return email;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedIn user && user.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

	@Override
	public String toString() {
		// Without the password hash: principals end up in logs and debuggers.
		return "SignedIn[accountId=" + accountId + ", authorities=" + authorities + "]";
	}

}
