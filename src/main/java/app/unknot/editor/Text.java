package app.unknot.editor;

/** Tidies typed text before it is checked and stored. */
final class Text {

	private Text() {
	}

	/**
	 * Strips surrounding white space, turns Windows and old Mac line ends into plain ones
	 * (so a textarea's 2,000 characters are the same on every browser) and makes blank null.
	 */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = text.replace("\r\n", "\n").replace('\r', '\n').strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

}
