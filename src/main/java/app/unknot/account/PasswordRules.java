package app.unknot.account;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What a new password must be: 12 to 128 characters (counted as people count them, so an
 * emoji is one), not one character repeated, not only spaces, not the email address and
 * not one of the commonly used passwords shipped in {@code account/common-passwords.txt}.
 */
@Component
class PasswordRules {

	private final Set<String> common;

	PasswordRules() throws IOException {
		try (InputStream list = new ClassPathResource("account/common-passwords.txt").getInputStream()) {
			this.common = new String(list.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.collect(Collectors.toUnmodifiableSet());
		}
	}

	/** Rejects the form's password field with the first rule it breaks. */
	void check(SignupForm form, Errors errors) {
		String password = form.getPassword() == null ? "" : form.getPassword();
		int length = password.codePointCount(0, password.length());
		if (length < SignupForm.MIN_PASSWORD || length > SignupForm.MAX_PASSWORD) {
			errors.rejectValue("password", "account.password.length");
		}
		else if (password.isBlank()) {
			errors.rejectValue("password", "account.password.blank");
		}
		else if (password.codePoints().distinct().count() == 1) {
			errors.rejectValue("password", "account.password.oneCharacter");
		}
		else if (form.getEmail() != null && password.strip().equalsIgnoreCase(form.getEmail().strip())) {
			errors.rejectValue("password", "account.password.email");
		}
		else if (common.contains(password.toLowerCase(Locale.ROOT))) {
			errors.rejectValue("password", "account.password.common");
		}
	}

}
