package app.unknot.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up does not tell whether an email is registered by how long it takes. With the
 * production hash cost, as here, hashing is by far the slowest part of a sign-up, and a
 * registered email is hashed too. (With the other tests' cheap hash the ratio was noise.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@TestPropertySource(properties = "unknot.password.pbkdf2-iterations=310000")
class SignUpTimingTests {

	private static final String PASSWORD = "correct horse battery";

	private final MockMvcTester mvc;

	private final AccountService accounts;

	SignUpTimingTests(@Autowired MockMvcTester mvc, @Autowired AccountService accounts) {
		this.mvc = mvc;
		this.accounts = accounts;
	}

	private void signUp(String email) {
		mvc.post().uri("/signup").with(csrf()).param("email", email).param("password", PASSWORD).exchange();
	}

	@Test
	void signUpTakesAboutAsLongWhetherOrNotTheEmailIsRegistered() {
		accounts.create("registered@example.org", PASSWORD, Role.USER);
		signUp("warm.up@example.org");
		long[] registered = new long[5];
		long[] fresh = new long[5];
		for (int i = 0; i < registered.length; i++) {
			registered[i] = nanos(() -> signUp("registered@example.org"));
			int number = i;
			fresh[i] = nanos(() -> signUp("fresh" + number + "@example.org"));
		}
		double ratio = (double) median(registered) / median(fresh);
		assertThat(ratio).as("registered %d ms, new %d ms", median(registered) / 1_000_000, median(fresh) / 1_000_000)
			.isBetween(0.6, 1.6);
	}

	private static long nanos(Runnable request) {
		long start = System.nanoTime();
		request.run();
		return System.nanoTime() - start;
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
