package app.unknot.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The sessions signed in to an account, on every browser and every instance: Spring
 * Session keeps each signed-in session's email in its own column, so they are found
 * without reading any session's attributes.
 */
@Component
class AccountSessions {

	private final FindByIndexNameSessionRepository<?> sessions;

	AccountSessions(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends them all: each one's next request is a signed-out one's, so a session of a
	 * deleted account cannot reach a new account made later with the same email.
	 */
	void endAll(String email) {
		sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById);
	}

}
