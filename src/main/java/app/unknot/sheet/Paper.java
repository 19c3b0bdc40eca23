package app.unknot.sheet;

import java.util.Locale;
import java.util.Optional;

import app.unknot.system.RequestRefusedException;

/**
 * The paper sizes a routine sheet is laid out for, as chosen with
 * {@code ?paper=a4|letter}.
 */
public enum Paper {

	A4("a4", "210mm 297mm"), LETTER("letter", "8.5in 11in");

	/** Longest {@code paper} value worth looking at; longer ones are rejected unread. */
	private static final int MAX_PARAMETER_LENGTH = 10;

	private final String slug;

	private final String cssSize;

	Paper(String slug, String cssSize) {
		this.slug = slug;
		this.cssSize = cssSize;
	}

	/** The value of the {@code paper} request parameter that selects this size. */
	public String getSlug() {
		return slug;
	}

	/** The CSS {@code @page size} of this paper. */
	public String getCssSize() {
		return cssSize;
	}

	/** Message key of the paper's name, such as {@code sheet.paper.a4}. */
	public String getLabelKey() {
		return "sheet.paper." + slug;
	}

	/**
	 * The paper named by a {@code paper} request parameter, ignoring case and surrounding
	 * spaces; empty for anything else.
	 */
	public static Optional<Paper> fromParameter(String value) {
		if (value == null || value.length() > MAX_PARAMETER_LENGTH) {
			return Optional.empty();
		}
		String wanted = value.strip().toLowerCase(Locale.ROOT);
		for (Paper paper : values()) {
			if (paper.slug.equals(wanted)) {
				return Optional.of(paper);
			}
		}
		return Optional.empty();
	}

	/**
	 * US Letter where it is the usual size (the United States and Canada), A4 everywhere
	 * else.
	 */
	public static Paper defaultFor(Locale locale) {
		String country = locale == null ? "" : locale.getCountry();
		return "US".equals(country) || "CA".equals(country) ? LETTER : A4;
	}

	/**
	 * The paper a request asks for: its {@code paper} parameter when present, else the
	 * default for its locale.
	 * @throws RequestRefusedException (400) when the parameter names no paper size we lay
	 * out for
	 */
	public static Paper choose(String parameter, Locale locale) {
		if (parameter == null) {
			return defaultFor(locale);
		}
		return fromParameter(parameter)
			.orElseThrow(() -> RequestRefusedException.badRequest("sheet.paper.unknown", parameter));
	}

}
