package app.unknot.system;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store as the session filter sees it: every request marks its session as
 * accessed, and Spring Session JDBC writes the session's row for that alone, so each
 * signed-in page cost an update and a transaction more than it read. Here a session's
 * last access is written only when the one stored is {@link #TOUCH_EVERY} old or more;
 * anything else that changes (attributes, its id, its timeout, who is signed in) is
 * written as before, at once, for every instance to read.
 * <p>
 * Expiry stays the stored last access plus the timeout, on every instance and in the
 * clean-up of expired rows, as before: a session now ends between its timeout less
 * {@link #TOUCH_EVERY} and its timeout after its last request (7 h 59 min to 8 h with the
 * 8 h timeout), never later.
 */
final class LazilyTouchedSessions implements FindByIndexNameSessionRepository<LazilyTouchedSessions.Touched> {

	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<Session> stored;

	@SuppressWarnings("unchecked")
	LazilyTouchedSessions(FindByIndexNameSessionRepository<? extends Session> stored) {
		// Each session handed back to it is one it made, unwrapped in save.
		this.stored = (FindByIndexNameSessionRepository<Session>) stored;
	}

	@Override
	public Touched createSession() {
		return new Touched(stored.createSession());
	}

	@Override
	public void save(Touched session) {
		stored.save(session.stored);
	}

	@Override
	public Touched findById(String id) {
		Session session = stored.findById(id);
		return session == null ? null : new Touched(session);
	}

	@Override
	public void deleteById(String id) {
		stored.deleteById(id);
	}

	@Override
	public Map<String, Touched> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Touched> found = new LinkedHashMap<>();
		stored.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new Touched(session)));
		return found;
	}

	/** A stored session whose last access moves only when the stored one is old. */
	static final class Touched implements Session {

		private final Session stored;

		private Touched(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(TOUCH_EVERY) >= 0) {
				stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			return stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}

	}

}
