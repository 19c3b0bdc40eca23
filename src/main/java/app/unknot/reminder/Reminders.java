package app.unknot.reminder;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.catalog.Routine;
import app.unknot.catalog.RoutineCatalog;
import app.unknot.system.RequestRefusedException;

/**
 * A person's reminders and the secret address of their calendar feed. Another person's
 * reminder is answered as one that does not exist.
 */
@Service
@Transactional
public class Reminders {

	/** Plenty for a routine or two a day; a bound on the feed's size. */
	static final int MAX_PER_PERSON = 20;

	private final ReminderRepository reminders;

	private final CalendarFeedRepository feeds;

	private final RoutineCatalog catalog;

	private final Clock clock;

	Reminders(ReminderRepository reminders, CalendarFeedRepository feeds, RoutineCatalog catalog, Clock clock) {
		this.reminders = reminders;
		this.feeds = feeds;
		this.catalog = catalog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Reminder> list(long accountId) {
		return reminders.findAllOf(accountId);
	}

	/**
	 * @throws RequestRefusedException (404) unless it is the person's own reminder
	 */
	@Transactional(readOnly = true)
	public Reminder get(long accountId, long id) {
		return reminders.findOwn(id, accountId)
			.orElseThrow(() -> RequestRefusedException.notFound("notFound.reminder", String.valueOf(id)));
	}

	/**
	 * @throws RequestRefusedException (404) when the person has no such routine to see
	 */
	@Transactional(readOnly = true)
	public Routine routine(long accountId, String slug) {
		return catalog.findRoutineSummary(slug, accountId)
			.orElseThrow(() -> RequestRefusedException.notFound("notFound.routine", slug));
	}

	/**
	 * @return false, adding nothing, when the person has {@value #MAX_PER_PERSON} already
	 */
	public boolean add(long accountId, String slug, ReminderTime when) {
		Routine routine = routine(accountId, slug);
		// Count then insert holds only one at a time: two adds at once would both count
		// 19 and make 21.
		reminders.lockAccount(accountId);
		if (reminders.countByAccountId(accountId) >= MAX_PER_PERSON) {
			return false;
		}
		reminders.save(new Reminder(accountId, routine, when, clock.instant()));
		return true;
	}

	public void change(long accountId, long id, ReminderTime when) {
		get(accountId, id).change(when, clock.instant());
	}

	public void delete(long accountId, long id) {
		reminders.delete(get(accountId, id));
	}

	@Transactional(readOnly = true)
	Optional<CalendarFeed> feed(long accountId) {
		return feeds.findById(accountId);
	}

	/** A new secret address for the person's feed; the one before stops working. */
	CalendarFeed newFeedAddress(long accountId) {
		FeedTokens.Token token = FeedTokens.newToken();
		Optional<CalendarFeed> existing = feeds.findById(accountId);
		if (existing.isPresent()) {
			existing.get().replace(token, clock.instant());
			return existing.get();
		}
		return feeds.save(new CalendarFeed(accountId, token, clock.instant()));
	}

	/** The reminders of the feed at that address, if it is a current one. */
	@Transactional(readOnly = true)
	Optional<List<Reminder>> byFeedToken(String token) {
		FeedTokens.Token presented = FeedTokens.parse(token);
		if (presented == null) {
			return Optional.empty();
		}
		return feeds.findByLookupKey(presented.lookupKey())
			.filter(feed -> FeedTokens.sameSecret(feed.getSecret(), presented.secret()))
			.map(feed -> reminders.findAllOf(feed.getAccountId()));
	}

}
