package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Production hashes with Spring Security's PBKDF2 settings; the tests lower the iteration
 * count to stay quick, and a lowered count must never stop the hashes made at the default
 * from verifying, nor the bcrypt hashes of before.
 */
class PasswordHashingTests {

	private static final String PASSWORD = "correct horse battery";

	private final PasswordEncoder production = new SecurityConfig().passwordEncoder(310_000);

	private final PasswordEncoder lowered = new SecurityConfig().passwordEncoder(1000);

	@Test
	void productionHashesWithSpringSecuritysPbkdf2Settings() {
		String hash = production.encode(PASSWORD);

		assertThat(hash).startsWith("{pbkdf2@SpringSecurity_v5_8}").doesNotContain(PASSWORD);
		assertThat(production.matches(PASSWORD, hash)).isTrue();
		assertThat(production.matches("not the password", hash)).isFalse();
	}

	@Test
	void aLoweredIterationCountNamesItselfInTheHashAndStillVerifiesTheDefaultOnes() {
		String hash = lowered.encode(PASSWORD);

		assertThat(hash).startsWith("{pbkdf2@1000}");
		assertThat(lowered.matches(PASSWORD, hash)).isTrue();
		assertThat(lowered.matches("not the password", hash)).isFalse();
		assertThat(lowered.matches(PASSWORD, production.encode(PASSWORD))).isTrue();
		assertThat(lowered.matches(PASSWORD, "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD))).isTrue();
	}

}
