package app.unknot.editor;

/** Tidies typed text before it is checked and stored. */
final class Text {

	private Text() {
	}

	/**
	 * Strips surrounding white space, turns Windows and old Mac line ends into plain ones
	 * (so a textarea's 2,000 characters are the same on every browser) and makes blank
	 * null. Characters that are not text are left out: control characters other than tab
	 * and line end, Unicode non-characters (U+FFFE, U+FFFF, …) and halves of a surrogate
	 * pair without the other half. A stored routine must stay printable, and XML (the PDF
	 * sheet's input) cannot carry these. The line and page breaks word processors paste
	 * (vertical tab, form feed, U+0085, U+2028, U+2029) become plain line ends.
	 */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder cleaned = new StringBuilder(text.length());
		text.replace("\r\n", "\n").codePoints().forEach(codePoint -> {
			if (isLineBreak(codePoint)) {
				cleaned.append('\n');
			}
			else if (isText(codePoint)) {
				cleaned.appendCodePoint(codePoint);
			}
		});
		String stripped = cleaned.toString().strip();
		return stripped.isEmpty() ? null : stripped;
	}

	private static boolean isLineBreak(int codePoint) {
		return codePoint == '\n' || codePoint == '\r' || codePoint == 0x0B || codePoint == 0x0C || codePoint == 0x85
				|| codePoint == 0x2028 || codePoint == 0x2029;
	}

	private static boolean isText(int codePoint) {
		if (codePoint == '\t') {
			return true;
		}
		int type = Character.getType(codePoint);
		boolean nonCharacter = (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
		// codePoints() gives an unpaired surrogate as a code point of its own.
		return type != Character.CONTROL && type != Character.SURROGATE && !nonCharacter;
	}

}
