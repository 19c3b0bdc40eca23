package app.unknot.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from configuration ({@code UNKNOT_ADMIN_EMAIL} and
 * {@code UNKNOT_ADMIN_PASSWORD}) when no account has that email yet. There is no default:
 * without both settings no administrator is created.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final AccountService accounts;

	private final String email;

	private final String password;

	FirstAdmin(AccountService accounts, @Value("${unknot.admin.email:}") String email,
			@Value("${unknot.admin.password:}") String password) {
		this.accounts = accounts;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (email.isBlank() || password.isBlank() || accounts.exists(email)) {
			return;
		}
		if (password.length() < SignupForm.MIN_PASSWORD) {
			log.warn("No administrator created: the configured admin password is shorter than {} characters",
					SignupForm.MIN_PASSWORD);
			return;
		}
		accounts.create(email, password, Role.ADMIN);
		log.info("Created the first administrator account");
	}

}
