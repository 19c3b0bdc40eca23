package app.unknot.catalog;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A catalog text in English, the original, and in Spanish beside it. The Spanish may be
 * missing (people's own routines, a catalog text not yet translated): then every reader
 * gets the English.
 *
 * @param en the original, English text; null only where the text itself is optional
 * @param es the Spanish text, or null
 */
public record LocalizedText(String en, String es) {

	/** Spanish, the one language besides English that the catalog is written in. */
	public static final String SPANISH = "es";

	/** A text with no Spanish version. */
	public static LocalizedText english(String en) {
		return new LocalizedText(en, null);
	}

	/** The text for the locale: Spanish for a Spanish locale when there is one. */
	public String in(Locale locale) {
		if (locale != null && SPANISH.equals(locale.getLanguage()) && es != null && !es.isBlank()) {
			return es;
		}
		return en;
	}

	/**
	 * The text in the language of the request being served (Spring's locale, which
	 * follows the visitor's choice), so that pages, sheets and player data all show it
	 * without each passing a locale along.
	 */
	public String current() {
		return in(LocaleContextHolder.getLocale());
	}

	/** Whether the Spanish locale is the current one. */
	static boolean spanishIsCurrent() {
		return SPANISH.equals(LocaleContextHolder.getLocale().getLanguage());
	}

}
