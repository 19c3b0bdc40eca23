package app.unknot.system;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in email (or null) so the layout can offer sign-in or sign-out. */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("signedInAs")
	String signedInAs(Principal principal) {
		return principal == null ? null : principal.getName();
	}

}
