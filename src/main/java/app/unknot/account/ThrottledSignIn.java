package app.unknot.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The sign-in form's password check, counted by {@link Attempts} before it runs. A
 * refused attempt fails as a locked account does, which stops Spring Security from trying
 * any other way; the sign-in page then shows its one generic message. Being the
 * application's only {@link AuthenticationProvider} bean, it is the one the sign-in form
 * uses.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

	private final Attempts attempts;

	private final DaoAuthenticationProvider passwords;

	ThrottledSignIn(Attempts attempts, UserDetailsService accounts, PasswordEncoder passwordEncoder) {
		this.attempts = attempts;
		this.passwords = new DaoAuthenticationProvider(accounts);
		this.passwords.setPasswordEncoder(passwordEncoder);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		if (!attempts.tryAttempt(Attempts.Kind.SIGN_IN, address, authentication.getName()).isZero()) {
			throw new LockedException("Too many sign-in attempts");
		}
		Authentication signedIn = passwords.authenticate(authentication);
		attempts.succeeded(Attempts.Kind.SIGN_IN, authentication.getName());
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
