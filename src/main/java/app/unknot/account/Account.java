package app.unknot.account;

import java.time.Duration;
import java.time.Instant;

import app.unknot.model.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "account")
public class Account extends BaseEntity {

	/** Failed sign-ins allowed in a row before attempts are slowed down. */
	static final int FREE_ATTEMPTS = 5;

	private static final Duration FIRST_LOCK = Duration.ofSeconds(30);

	private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

	private String email;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "failed_sign_ins")
	private int failedSignIns;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	protected Account() {
	}

	Account(String email, String passwordHash, Role role, Instant createdAt) {
		this.email = email;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = createdAt;
	}

	/**
	 * Counts a failed sign-in. After the free attempts each further failure locks the account
	 * for twice as long as the one before (30 s, 1 min, 2 min … up to 15 min), which slows down
	 * password guessing without locking the owner out for good.
	 */
	void recordFailedSignIn(Instant now) {
		failedSignIns++;
		int beyondFree = failedSignIns - FREE_ATTEMPTS;
		if (beyondFree >= 0) {
			Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(beyondFree, 10));
			lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
		}
	}

	void recordSuccessfulSignIn() {
		failedSignIns = 0;
		lockedUntil = null;
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	public String getEmail() {
		return email;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	int getFailedSignIns() {
		return failedSignIns;
	}

	Instant getLockedUntil() {
		return lockedUntil;
	}

}
