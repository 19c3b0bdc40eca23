package app.unknot.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds sign-in outcomes back into the accounts so repeated failures slow down. */
@Component
class SignInAttempts {

	private final AccountService accounts;

	SignInAttempts(AccountService accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		accounts.recordFailedSignIn(event.getAuthentication().getName());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		accounts.recordSuccessfulSignIn(event.getAuthentication().getName());
	}

}
