package app.unknot.system;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, for templates as {@code @currentUser.email}. A bean rather than a
 * model attribute so that every page has it, error pages from exception handlers
 * included.
 */
@Component("currentUser")
public class CurrentUser {

	/** The signed-in email, or null for anonymous visitors. */
	public String getEmail() {
		Authentication authentication = signedIn();
		return authentication == null ? null : authentication.getName();
	}

	/** Whether the signed-in person may edit the catalog. */
	public boolean isAdmin() {
		Authentication authentication = signedIn();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
	}

	/** Whom the pages are for, as {@link SignedIn#offlineOwner} says. */
	public String getOfflineOwner() {
		Authentication authentication = signedIn();
		return SignedIn.offlineOwner(
				authentication != null && authentication.getPrincipal() instanceof SignedIn user ? user : null);
	}

	private static Authentication signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication;
	}

}
