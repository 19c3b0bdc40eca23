package app.unknot.sheet;

/**
 * Text for CSS {@code content} values, such as the sheet's running footer. Quoted strings
 * are escaped so that no text can end the string, the rule or the {@code <style>}
 * element, and so that the style stays well-formed XML for the PDF renderer.
 */
final class CssStrings {

	/**
	 * Stands for the current page number in a message passed to
	 * {@link #withPageCounters}.
	 */
	static final String PAGE_PLACEHOLDER = "\u0001";

	/**
	 * Stands for the number of pages in a message passed to {@link #withPageCounters}.
	 */
	static final String PAGES_PLACEHOLDER = "\u0002";

	private CssStrings() {
	}

	/** The text as a double-quoted CSS string. */
	static String quote(String text) {
		StringBuilder css = new StringBuilder(text.length() + 8).append('"');
		text.codePoints().forEach(c -> {
			if (c < 0x20 || c == 0x7F || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&') {
				// A hex escape; the trailing space ends it and is not part of the text.
				css.append('\\').append(Integer.toHexString(c)).append(' ');
			}
			else {
				css.appendCodePoint(c);
			}
		});
		return css.append('"').toString();
	}

	/**
	 * A CSS content value for text in which the placeholders stand for the page counters:
	 * {@code "Page " counter(page) " of " counter(pages)}.
	 */
	static String withPageCounters(String text) {
		StringBuilder css = new StringBuilder();
		StringBuilder literal = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == PAGE_PLACEHOLDER.charAt(0) || c == PAGES_PLACEHOLDER.charAt(0)) {
				appendLiteral(css, literal);
				css.append(css.isEmpty() ? "" : " ")
					.append(c == PAGE_PLACEHOLDER.charAt(0) ? "counter(page)" : "counter(pages)");
			}
			else {
				literal.append(c);
			}
		}
		appendLiteral(css, literal);
		return css.toString();
	}

	private static void appendLiteral(StringBuilder css, StringBuilder literal) {
		if (!literal.isEmpty()) {
			css.append(css.isEmpty() ? "" : " ").append(quote(literal.toString()));
			literal.setLength(0);
		}
	}

}
