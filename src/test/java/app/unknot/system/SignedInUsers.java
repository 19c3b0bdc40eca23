package app.unknot.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Signs a MockMvc request in as an existing account, with the principal the sign-in form
 * would give it ({@link SignedIn}, account id included), loaded through the application's
 * own {@link UserDetailsService}.
 */
public final class SignedInUsers {

	private SignedInUsers() {
	}

	/**
	 * The account with this email, signed in; the account must exist when the request is
	 * made.
	 */
	public static RequestPostProcessor signedIn(String email) {
		return request -> {
			UserDetailsService accounts = WebApplicationContextUtils
				.getRequiredWebApplicationContext(request.getServletContext())
				.getBean(UserDetailsService.class);
			return user(accounts.loadUserByUsername(email)).postProcessRequest(request);
		};
	}

}
