package app.unknot.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the sign-up form sends; the limits are shown next to the fields before anyone
 * types.
 */
public class SignupForm {

	static final int MIN_PASSWORD = 12;

	static final int MAX_PASSWORD = 128;

	@NotBlank(message = "{account.email.required}")
	@Email(message = "{account.email.invalid}")
	@Size(max = 254, message = "{account.email.tooLong}")
	private String email;

	/** Checked by {@link PasswordRules}, which counts characters as people do. */
	private String password;

	public String getEmail() {
		return email;
	}

	/** Surrounding spaces, common when pasting an address, are not part of it. */
	public void setEmail(String email) {
		this.email = email == null ? null : email.strip();
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
