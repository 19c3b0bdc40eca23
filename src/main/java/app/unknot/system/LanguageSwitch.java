package app.unknot.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language switch: {@code ?lang=es} or {@code ?lang=en} on any address changes the
 * language and remembers it ({@link Languages}). Templates reach the links to the same
 * page in each language as {@code @languageSwitch}.
 */
@Configuration(proxyBeanMethods = false)
public class LanguageSwitch implements WebMvcConfigurer {

	/** Each language's own name, looked up once rather than on every page. */
	private static final Map<String, String> NAMES = Languages.SUPPORTED.stream()
		.collect(Collectors.toUnmodifiableMap(Function.identity(), LanguageSwitch::name));

	private static final String LINKS_ATTRIBUTE = LanguageSwitch.class.getName() + ".links";

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		return new Languages();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName(Languages.PARAMETER);
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

	/**
	 * This page in each language: its address (path and query, root-relative so a forged
	 * Host header never reaches it) with {@code lang} set, the language's own name, and
	 * whether it is the page's language now. Templates take it into a variable first
	 * ({@code th:with}): Thymeleaf allows no bean calls in {@code th:href}.
	 */
	public List<Link> links() {
		Here here = here();
		String current = LocaleContextHolder.getLocale().getLanguage();
		// The layout asks three times a page (head, menu, footer): made once for a page.
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null
				&& attributes.getAttribute(LINKS_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof MadeFor made
				&& made.here().equals(here) && made.language().equals(current)) {
			return made.links();
		}
		List<Link> links = Languages.SUPPORTED.stream()
			.map(language -> new Link(language, NAMES.get(language),
					here.address().replaceQueryParam(Languages.PARAMETER, language).build().toUriString(),
					language.equals(current)))
			.toList();
		if (attributes != null) {
			attributes.setAttribute(LINKS_ATTRIBUTE, new MadeFor(here, current, links),
					RequestAttributes.SCOPE_REQUEST);
		}
		return links;
	}

	/** Links made for a page address and language. */
	private record MadeFor(Here here, String language, List<Link> links) {
	}

	/** This page's address without {@code lang}: the language the browser asks for. */
	public String browserDefault() {
		return here().address().replaceQueryParam(Languages.PARAMETER).build().toUriString();
	}

	/** The name of a language in that language, for the switch: English, Español. */
	private static String name(String language) {
		Locale locale = Locale.forLanguageTag(language);
		String name = locale.getDisplayLanguage(locale);
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	public record Link(String language, String name, String href, boolean current) {
	}

	/**
	 * The page's path and query; the home page for an error page, which shows nothing a
	 * visitor sent (the path and query of a refused request may be anything), and for a
	 * page rendered outside a request of the application (Tomcat's refused requests).
	 */
	private static Here here() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return Here.HOME;
		}
		HttpServletRequest request = attributes.getRequest();
		HttpServletResponse response = attributes.getResponse();
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null
				|| (response != null && response.getStatus() >= 400)) {
			return Here.HOME;
		}
		return new Here(request.getRequestURI(), request.getQueryString());
	}

	private record Here(String path, String query) {

		static final Here HOME = new Here("/", null);

		UriComponentsBuilder address() {
			return UriComponentsBuilder.fromPath(path).query(query);
		}

	}

}
