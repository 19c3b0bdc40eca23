package app.unknot.system;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language of every page: English or Spanish. A visitor's choice ({@code ?lang=es} on
 * any page, through {@link org.springframework.web.servlet.i18n.LocaleChangeInterceptor})
 * is kept in a cookie for a year; without one, the first of English and Spanish that the
 * browser's {@code Accept-Language} names, else English. No HTTP session is involved, so
 * anonymous pages stay session-free and cacheable.
 * <p>
 * The country still comes from {@code Accept-Language} (the sheet's default paper follows
 * it), so a visitor from the United States who picks Spanish gets {@code es_US}: Spanish
 * text on Letter paper.
 */
public class Languages extends CookieLocaleResolver {

	/** The languages the interface is written in; the first is the default. */
	public static final List<String> SUPPORTED = List.of("en", "es");

	public static final String PARAMETER = "lang";

	static final String COOKIE = "unknot-lang";

	Languages() {
		super(COOKIE);
		setCookieMaxAge(Duration.ofDays(365));
		setCookieSameSite("Lax");
		setCookieHttpOnly(true);
		setDefaultLocaleFunction(Languages::fromAcceptLanguage);
	}

	/** Whether a {@code lang} value names a language of the interface. */
	public static boolean isSupported(String language) {
		return language != null && SUPPORTED.contains(language);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return withCountry(super.resolveLocale(request), request);
	}

	/**
	 * Read lazily, as Spring's own: a {@code ?lang=} change made later in the request
	 * shows.
	 */
	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		TimeZoneAwareLocaleContext chosen = (TimeZoneAwareLocaleContext) super.resolveLocaleContext(request);
		return new TimeZoneAwareLocaleContext() {

			@Override
			public Locale getLocale() {
				return withCountry(chosen.getLocale(), request);
			}

			@Override
			public TimeZone getTimeZone() {
				return chosen.getTimeZone();
			}

		};
	}

	/** Keeps only a language the interface has; {@code ?lang=de} changes nothing. */
	@Override
	public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
			LocaleContext localeContext) {
		Locale locale = localeContext == null ? null : localeContext.getLocale();
		if (locale != null && isSupported(locale.getLanguage())) {
			super.setLocaleContext(request, response, localeContext);
		}
	}

	/**
	 * A cookie naming another language (or anything else) counts as no cookie.
	 */
	@Override
	protected Locale parseLocaleValue(String value) {
		Locale locale = super.parseLocaleValue(value);
		return locale != null && isSupported(locale.getLanguage()) && locale.getCountry().isEmpty() ? locale : null;
	}

	private static Locale fromAcceptLanguage(HttpServletRequest request) {
		for (Locale asked : Collections.list(request.getLocales())) {
			if (isSupported(asked.getLanguage())) {
				return Locale.forLanguageTag(asked.getLanguage());
			}
		}
		return Locale.forLanguageTag(SUPPORTED.get(0));
	}

	private static Locale withCountry(Locale language, HttpServletRequest request) {
		String country = request.getLocale().getCountry();
		if (language == null || country.isEmpty() || !language.getCountry().isEmpty()) {
			return language;
		}
		return new Locale.Builder().setLanguage(language.getLanguage()).setRegion(country).build();
	}

}
