package app.unknot.api;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import app.unknot.system.WeakEtagFilter;
import app.unknot.system.JsonOnlyRequests;
import app.unknot.system.RequestRefusedException;
import app.unknot.system.SecurityHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How the API is reached. A client signs in as a browser does, with the site's session
 * cookie ({@code JSESSIONID}, from the throttled sign-in form); writes carry the CSRF
 * token in {@code X-CSRF-TOKEN}. {@code /api/v1/me/**} needs a sign-in: without one it
 * answers 401 with problem details rather than sending anyone to the sign-in page, and
 * nothing is stored in a session for an anonymous call. No CORS is configured, so no
 * other origin may read an answer or send a preflighted request. Every GET answer carries
 * a weak ETag, and a matching If-None-Match gets 304.
 */
@Configuration
class ApiSecurity {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain apiFilterChain(HttpSecurity http, CsrfTokenRepository csrfTokens,
			SecurityHeaders securityHeaders, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver refusals)
			throws Exception {
		http.securityMatcher(ApiPaths.BASE + "/**")
			.authorizeHttpRequests(
					requests -> requests.requestMatchers(ApiPaths.ME + "/**").authenticated().anyRequest().permitAll())
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, missing) -> refuse(refusals, request, response,
						HttpStatus.UNAUTHORIZED, "api.signInNeeded"))
				// The CSRF check comes before the sign-in check: a write without either
				// is
				// told to sign in first.
				.accessDeniedHandler((request, response, denied) -> {
					boolean signedIn = signedIn(SecurityContextHolder.getContext().getAuthentication());
					refuse(refusals, request, response, signedIn ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED,
							signedIn ? "api.forbidden" : "api.signInNeeded");
				}))
			// A refused anonymous call is not a page to come back to after signing in.
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.headers(headers -> {
				headers.defaultsDisabled();
				securityHeaders.writers().forEach(headers::addHeaderWriter);
			})
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens));
		return http.build();
	}

	/**
	 * Answers as {@code system.RefusedRequests} answers every refusal: problem details.
	 */
	private static void refuse(HandlerExceptionResolver refusals, HttpServletRequest request,
			HttpServletResponse response, HttpStatus status, String messageKey) {
		refusals.resolveException(request, response, null, new RequestRefusedException(status, messageKey, null));
	}

	private static boolean signedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	/** Before Spring Security, so that its refusals are answered in JSON too. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> apiRequestsSpeakJson() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						JsonOnlyRequests.mark(request);
						chain.doFilter(request, response);
					}
				});
		registration.addUrlPatterns(ApiPaths.BASE + "/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<WeakEtagFilter> apiEtags() {
		FilterRegistrationBean<WeakEtagFilter> registration = new FilterRegistrationBean<>(new WeakEtagFilter());
		registration.addUrlPatterns(ApiPaths.BASE + "/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

}
