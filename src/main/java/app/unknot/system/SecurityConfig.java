package app.unknot.system;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Anonymous visitors keep the whole catalog, sessions and sheets; only {@code /my/**}
 * needs an account and {@code /admin/**} the ADMIN role. Forms carry CSRF tokens
 * (Thymeleaf adds them to every {@code th:action} form). The sign-in form's password
 * check is the account package's {@code ThrottledSignIn}, the one authentication
 * provider.
 */
@Configuration
class SecurityConfig {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CsrfTokenRepository csrfTokens,
			SecurityHeaders securityHeaders) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/my/**")
			.authenticated()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.permitAll())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/my/account"))
			// The player's session reports are fetched, not navigated to: a signed-out
			// browser
			// gets 401 to act on instead of a redirect to the sign-in page it would
			// follow.
			// Everything else still goes to the sign-in page (listed last, so it comes
			// second).
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/my/history"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						AnyRequestMatcher.INSTANCE))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			.headers(headers -> {
				headers.defaultsDisabled();
				securityHeaders.writers().forEach(headers::addHeaderWriter);
			})
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens));
		return http.build();
	}

	/**
	 * No metrics leave the app (only health is exposed), so Spring Security's filters are
	 * not each wrapped in an observation: the wrapping cost every request several percent
	 * of its processor time for figures nobody reads.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	SecurityHeaders securityHeaders() {
		return new SecurityHeaders();
	}

	/**
	 * Error pages are rendered in a dispatch of their own, which Spring Security's header
	 * filter leaves alone: it wrote the headers before the error for the requests it saw,
	 * but a request stopped before it (by its firewall, or with parameters that cannot be
	 * decoded) would get its 400 page without them.
	 */
	@Bean
	FilterRegistrationBean<Filter> securityHeadersOnErrorPages(SecurityHeaders securityHeaders) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
			securityHeaders.write((HttpServletRequest) request, (HttpServletResponse) response);
			chain.doFilter(request, response);
		});
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * CSRF tokens live in a cookie of their own (the page carries the same token,
	 * masked), not in the session: a visitor who only looks at a page with a form (the
	 * safety check, sign-in, sign-up) then costs no session row, which in the database
	 * was a write per view. Not readable by scripts: they take the token from the page.
	 * Shared with sign-up, which replaces the token as sign-in does.
	 * <p>
	 * Over HTTPS the cookie is named {@code __Host-XSRF-TOKEN}: browsers take a cookie of
	 * that name only from this very host, so a neighbouring subdomain cannot set a token
	 * it knows, the one weakness of a token kept in a cookie rather than the session.
	 */
	@Bean
	CsrfTokenRepository csrfTokenRepository(@Value("${server.servlet.session.cookie.secure:true}") boolean secure) {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName(secure ? "__Host-XSRF-TOKEN" : "XSRF-TOKEN");
		// The header scripts and API clients have always sent (the page names it too).
		tokens.setHeaderName("X-CSRF-TOKEN");
		tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).secure(secure).sameSite("Lax").path("/"));
		return tokens;
	}

	/**
	 * New passwords are hashed with PBKDF2 (HMAC-SHA-256, Spring Security's current
	 * settings), which takes passwords of any length; bcrypt refuses more than 72 bytes,
	 * and the form allows 128 characters of up to 4 bytes each. Hashes carry their
	 * algorithm, so the {@code {bcrypt}} hashes stored before still verify.
	 * <p>
	 * {@code unknot.password.pbkdf2-iterations} exists for the tests, which create
	 * accounts by the hundred and set it low; production keeps the default. Another count
	 * names itself in the hash ({@code {pbkdf2@1000}...}), so the default hashes still
	 * verify whatever it is set to, but hashes made under one count stop verifying once
	 * it is changed again.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${unknot.password.pbkdf2-iterations:310000}") int iterations) {
		String pbkdf2 = "pbkdf2@SpringSecurity_v5_8";
		Map<String, PasswordEncoder> encoders = new HashMap<>(Map.of(pbkdf2,
				Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
		if (iterations == 310_000) {
			return new DelegatingPasswordEncoder(pbkdf2, encoders);
		}
		String counted = "pbkdf2@" + iterations;
		encoders.put(counted,
				new Pbkdf2PasswordEncoder("", 16, iterations, SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256));
		return new DelegatingPasswordEncoder(counted, encoders);
	}

}
