package app.unknot.account;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

import app.unknot.system.SignedIn;

/** The sessions signed in to an account, on every browser. */
@Component
class AccountSessions {

	private final SessionRegistry registry;

	AccountSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Ends them all: each one's next request is a signed-out one's, so a session of a
	 * deleted account cannot reach a new account made later with the same email.
	 */
	void endAll(long accountId) {
		for (Object principal : registry.getAllPrincipals()) {
			if (principal instanceof SignedIn user && user.accountId() == accountId) {
				registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
			}
		}
	}

}
