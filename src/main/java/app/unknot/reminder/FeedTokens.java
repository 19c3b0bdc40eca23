package app.unknot.reminder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Feed addresses hold a token: 9 random bytes that find the row (the lookup key) and 32
 * random bytes, 256 bits, that prove the address was given out (the secret), both in
 * URL-safe Base64. The secret is compared in constant time, so the time an answer takes
 * does not tell how much of a guess was right. It is kept as it is, not hashed, so that
 * the reminders page can show the address again whenever it is needed.
 */
final class FeedTokens {

	static final int KEY_LENGTH = 12;

	static final int SECRET_LENGTH = 43;

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{" + (KEY_LENGTH + SECRET_LENGTH) + "}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private FeedTokens() {
	}

	record Token(String lookupKey, String secret) {
	}

	static Token newToken() {
		return new Token(random(9), random(32));
	}

	/** The token's parts, or null when it cannot be one. */
	static Token parse(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return null;
		}
		return new Token(token.substring(0, KEY_LENGTH), token.substring(KEY_LENGTH));
	}

	static boolean sameSecret(String stored, String presented) {
		return MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
				presented.getBytes(StandardCharsets.US_ASCII));
	}

	private static String random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return BASE64.encodeToString(value);
	}

}
