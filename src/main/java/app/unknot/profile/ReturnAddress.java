package app.unknot.profile;

/**
 * Where a form sends the person back to. Only paths on this site are followed, so a crafted
 * link cannot turn the favourite button into a redirect to another site.
 */
final class ReturnAddress {

	private static final int MAX_LENGTH = 2000;

	private ReturnAddress() {
	}

	static String localOr(String returnTo, String fallback) {
		if (returnTo == null || returnTo.isEmpty() || returnTo.length() > MAX_LENGTH || !returnTo.startsWith("/")
				|| returnTo.startsWith("//") || returnTo.contains("\\")
				|| returnTo.chars().anyMatch(Character::isISOControl)) {
			return fallback;
		}
		return returnTo;
	}

}
