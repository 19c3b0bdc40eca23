package app.unknot.account;

import java.util.List;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.RegisterSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs a new account in right after sign-up, with what the sign-in form does to the session:
 * a new session id and a new CSRF token, so that an id or token known before (session
 * fixation) is worth nothing afterwards.
 */
@Component
class AutomaticSignIn {

	private final SessionAuthenticationStrategy sessionProtection;

	AutomaticSignIn(CsrfTokenRepository csrfTokens, SessionRegistry sessionRegistry) {
		// Listed like a sign-in's session, so deleting the account ends this one too.
		this.sessionProtection = new CompositeSessionAuthenticationStrategy(List.of(
				new ChangeSessionIdAuthenticationStrategy(), new RegisterSessionAuthenticationStrategy(sessionRegistry),
				new CsrfAuthenticationStrategy(csrfTokens)));
	}

	void signIn(String email, String password, HttpServletRequest request, HttpServletResponse response)
			throws ServletException {
		// Checks the password through Spring Security and stores the sign-in in the session.
		request.login(email, password);
		sessionProtection.onAuthentication(SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication(),
				request, response);
	}

}
