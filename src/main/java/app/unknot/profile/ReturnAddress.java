package app.unknot.profile;

import java.nio.charset.StandardCharsets;

/**
 * Where a form sends the person back to. Only paths on this site are followed, so a
 * crafted link cannot turn the favourite button into a redirect to another site.
 */
final class ReturnAddress {

	private static final int MAX_LENGTH = 2000;

	/** What a URI may hold as it is, besides letters, digits, '%' escapes and one '#'. */
	private static final String URI_CHARACTERS = "-._~!$&'()*+,;=:@/?";

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private ReturnAddress() {
	}

	/**
	 * The path to go back to, percent-encoded where a URI cannot carry a character as it
	 * is: a non-ASCII character would leave the redirect without a {@code Location}
	 * header, and a brace would be read as a URI template variable. Escapes already in it
	 * are kept.
	 */
	static String localOr(String returnTo, String fallback) {
		if (returnTo == null || returnTo.isEmpty() || returnTo.length() > MAX_LENGTH || !returnTo.startsWith("/")
				|| returnTo.startsWith("//") || returnTo.contains("\\") || returnTo.codePoints()
					.anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE)) {
			return fallback;
		}
		return encoded(returnTo);
	}

	private static String encoded(String path) {
		StringBuilder uri = new StringBuilder(path.length());
		boolean inFragment = false;
		for (int i = 0; i < path.length(); i = path.offsetByCodePoints(i, 1)) {
			int c = path.codePointAt(i);
			if (c == '#' && !inFragment) {
				inFragment = true;
				uri.append('#');
			}
			else if (c < 0x80 && (Character.isLetterOrDigit(c) || URI_CHARACTERS.indexOf(c) >= 0
					|| (c == '%' && isHex(path, i + 1) && isHex(path, i + 2)))) {
				uri.append((char) c);
			}
			else {
				for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
					uri.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
				}
			}
		}
		return uri.toString();
	}

	private static boolean isHex(String text, int index) {
		return index < text.length() && "0123456789abcdefABCDEF".indexOf(text.charAt(index)) >= 0;
	}

}
