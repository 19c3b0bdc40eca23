package app.unknot.reminder;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The secret address of a person's calendar feed: see {@link FeedTokens}. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

	@Id
	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "lookup_key")
	private String lookupKey;

	private String secret;

	@Column(name = "created_at")
	private Instant createdAt;

	protected CalendarFeed() {
	}

	CalendarFeed(long accountId, FeedTokens.Token token, Instant now) {
		this.accountId = accountId;
		replace(token, now);
	}

	/** A new address; the old one stops working. */
	void replace(FeedTokens.Token token, Instant now) {
		this.lookupKey = token.lookupKey();
		this.secret = token.secret();
		this.createdAt = now;
	}

	long getAccountId() {
		return accountId;
	}

	String getSecret() {
		return secret;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	/** What goes into the address: the lookup key, then the secret. */
	String token() {
		return lookupKey + secret;
	}

}
