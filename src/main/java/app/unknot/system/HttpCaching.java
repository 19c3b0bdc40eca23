package app.unknot.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * What browsers and shared caches may keep. Public pages: a minute, with an ETag (see
 * {@link PublicPageCaching}). Static files: a year, unchanged ({@code immutable}),
 * because every page links them at an address that changes with their content:
 * stylesheets, pictures and sounds carry a hash of themselves in their names
 * ({@code unknot-<md5>.css}), and the player's JavaScript modules sit under one folder
 * named after a hash of all of them ({@code /js/v<hash>/...}), so that the modules'
 * relative imports of each other stay right.
 */
@Configuration
class HttpCaching implements WebMvcConfigurer {

	private static final String STATIC = "classpath:/static/";

	@Bean
	FilterRegistrationBean<WeakEtagFilter> publicPageEtags() {
		FilterRegistrationBean<WeakEtagFilter> registration = new FilterRegistrationBean<>(new WeakEtagFilter());
		registration.setUrlPatterns(List.of("/", "/routines", "/routines/*", "/muscles", "/muscles/*", "/safety"));
		// Outside Spring Security, so the ETag is worked out after its headers are
		// written.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<PublicPageCaching> publicPageCaching(RenderedPages rendered, LocaleResolver languages) {
		FilterRegistrationBean<PublicPageCaching> registration = new FilterRegistrationBean<>(
				new PublicPageCaching(rendered, languages));
		// Inside Spring Security, which has by then worked out who is signed in.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
		return registration;
	}

	/**
	 * Rewrites the static addresses in pages (Thymeleaf's @{...}) to their versioned
	 * form.
	 */
	@Bean
	ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
		return new ResourceUrlEncodingFilter();
	}

	/**
	 * One handler per folder rather than one at {@code /**}: the filter above asks the
	 * handlers about every address a page links, and under {@code /**} each page link
	 * ({@code /routines/...}, {@code /my/...}) was looked up in the jar and not found, a
	 * third of a signed-in page's processor time.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		versioned(registry.addResourceHandler("/css/**").addResourceLocations(STATIC + "css/"),
				new VersionResourceResolver().addContentVersionStrategy("/**"));
		versioned(registry.addResourceHandler("/js/**").addResourceLocations(STATIC + "js/"),
				new VersionResourceResolver().addFixedVersionStrategy(scriptsVersion(), "/**"));
		versioned(registry.addResourceHandler("/audio/**").addResourceLocations(STATIC + "audio/"),
				new VersionResourceResolver().addContentVersionStrategy("/**"));
		versioned(registry.addResourceHandler("/*.ico", "/*.svg", "/*.png").addResourceLocations(STATIC),
				new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	private static void versioned(ResourceHandlerRegistration handler, VersionResourceResolver versions) {
		handler.setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
			.resourceChain(true)
			.addResolver(versions)
			.addTransformer(new CssLinkResourceTransformer())
			.addTransformer(new LeanAssets());
	}

	/**
	 * A hash of every script, so that any change to one moves all of them to a new
	 * folder.
	 */
	private static String scriptsVersion() {
		try {
			Resource[] scripts = new PathMatchingResourcePatternResolver().getResources(STATIC + "js/**/*.js");
			Arrays.sort(scripts, Comparator.comparing(HttpCaching::location));
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Resource script : scripts) {
				digest.update(location(script).getBytes(StandardCharsets.UTF_8));
				try (InputStream in = script.getInputStream()) {
					digest.update(in.readAllBytes());
				}
			}
			return "v" + HexFormat.of().formatHex(digest.digest(), 0, 6);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException(missing);
		}
	}

	private static String location(Resource resource) {
		try {
			String url = resource.getURL().toString();
			return url.substring(url.lastIndexOf("/static/"));
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

}
