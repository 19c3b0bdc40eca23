package app.unknot.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A routine's text as the catalog search reads it, {@linkplain SearchText#fold folded},
 * in both languages, kept in the routine's own row: one LIKE over one column finds a word
 * wherever the routine says it, instead of a LIKE per column and language and an EXISTS
 * over the steps. Parts are joined by line breaks, which no search phrase contains, so a
 * phrase never spans two of them.
 *
 * @param title the English title, which ranks the results for English readers
 * @param titleEs the title a Spanish reader sees (the English one where there is no
 * Spanish title), which ranks them for Spanish readers
 * @param head the titles and summaries, where an area's name counts ("lying on your back"
 * in a step is not about the back)
 * @param all everything searched: titles, summaries, benefits, and the steps' titles and
 * instructions
 */
record SearchableText(String title, String titleEs, String head, String all) {

	/**
	 * The columns' sizes: what the editor allows fits well, even where decomposing
	 * lengthens a text (a Hangul syllable becomes up to three letters).
	 */
	static final int MAX_TITLE = 500;

	static final int MAX_HEAD = 4_000;

	static final int MAX_ALL = 400_000;

	static SearchableText of(LocalizedText title, LocalizedText summary, LocalizedText benefits,
			Stream<LocalizedText> stepTexts) {
		return new SearchableText(cut(SearchText.fold(title.en()), MAX_TITLE),
				cut(SearchText.fold(title.in(Locale.forLanguageTag(LocalizedText.SPANISH))), MAX_TITLE),
				join(Stream.of(title, summary), MAX_HEAD),
				join(Stream.concat(Stream.of(title, summary, benefits), stepTexts), MAX_ALL));
	}

	private static String join(Stream<LocalizedText> texts, int max) {
		return cut(join(texts), max);
	}

	private static String cut(String joined, int max) {
		if (joined.length() <= max) {
			return joined;
		}
		// Never keep half of a character outside the basic plane.
		return joined.substring(0, Character.isHighSurrogate(joined.charAt(max - 1)) ? max - 1 : max);
	}

	private static String join(Stream<LocalizedText> texts) {
		return texts.flatMap(text -> Stream.of(text.en(), text.es()))
			.filter(Objects::nonNull)
			.map(SearchText::fold)
			.collect(Collectors.joining("\n"));
	}

	/** The texts of steps, in order, that the search reads. */
	static Stream<LocalizedText> ofSteps(List<Step> steps) {
		return steps.stream().flatMap(step -> Stream.of(step.getTitleText(), step.getInstructionsText()));
	}

}
