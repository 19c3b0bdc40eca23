package app.unknot.system;

import org.springframework.stereotype.Component;

/**
 * The text of a page's {@code <meta name="description">}, for the layout as
 * {@code @pageDescriptions.of(text)}. Search results show about 160 characters of it, so
 * a longer text (a routine's summary, a search typed into the catalog) is cut at a word
 * and ends in an ellipsis rather than mid-word.
 */
@Component("pageDescriptions")
public class PageDescriptions {

	static final int MAX_LENGTH = 160;

	/** The text on one line, at most {@value #MAX_LENGTH} characters. */
	public String of(String text) {
		String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
		if (line.length() <= MAX_LENGTH) {
			return line;
		}
		int cut = line.lastIndexOf(' ', MAX_LENGTH - 1);
		String kept = line.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1);
		return kept.replaceAll("[\\s,;:.–—-]+$", "") + "…";
	}

}
