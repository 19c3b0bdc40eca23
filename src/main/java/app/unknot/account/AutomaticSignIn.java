package app.unknot.account;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

import app.unknot.system.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Ends a sign-up. Whether or not the email was new, the session gets a new id and a new
 * CSRF token, as the sign-in form gives them, so that an id or token known before
 * (session fixation) is worth nothing afterwards and the answer looks the same either
 * way. A new account is then signed in; its password was just hashed, so it is not
 * checked again.
 */
@Component
class AutomaticSignIn {

	/**
	 * A new session id and CSRF token, whether or not someone is signed in after. Spring
	 * Session files a signed-in session under the account's email, so deleting the
	 * account ends it too.
	 */
	private final SessionAuthenticationStrategy renewal;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final AccountService accounts;

	AutomaticSignIn(CsrfTokenRepository csrfTokens, AccountService accounts) {
		this.renewal = new CompositeSessionAuthenticationStrategy(
				List.of(new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));
		this.accounts = accounts;
	}

	/**
	 * Renews the session of a sign-up, and signs the new account in when there is one
	 * (email not null).
	 */
	void finishSignUp(String newAccountEmail, HttpServletRequest request, HttpServletResponse response) {
		request.getSession();
		if (newAccountEmail == null) {
			renewal.onAuthentication(holder.getContext().getAuthentication(), request, response);
			return;
		}
		SignedIn account = accounts.loadUserByUsername(newAccountEmail);
		// As after the sign-in form: the session keeps no password hash.
		account.eraseCredentials();
		Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(account, null,
				account.getAuthorities());
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(signedIn);
		holder.setContext(context);
		renewal.onAuthentication(signedIn, request, response);
		contexts.saveContext(context, request, response);
	}

}
