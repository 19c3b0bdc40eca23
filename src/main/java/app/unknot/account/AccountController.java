package app.unknot.account;

import java.security.Principal;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@Controller
class AccountController {

	private final AccountService accounts;

	private final AutomaticSignIn automaticSignIn;

	private final PasswordRules passwordRules;

	private final AccountSessions sessions;

	AccountController(AccountService accounts, AutomaticSignIn automaticSignIn, PasswordRules passwordRules,
			AccountSessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.automaticSignIn = automaticSignIn;
		this.passwordRules = passwordRules;
	}

	@GetMapping("/login")
	String login() {
		return "account/login";
	}

	@GetMapping("/signup")
	String signupForm(@ModelAttribute("signup") SignupForm form) {
		return "account/signup";
	}

	@PostMapping("/signup")
	String signup(@Validated @ModelAttribute("signup") SignupForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response) throws ServletException {
		passwordRules.check(form, result);
		if (!result.hasFieldErrors("email") && accounts.exists(form.getEmail())) {
			result.rejectValue("email", "account.email.taken");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "account/signup";
		}
		try {
			accounts.create(form.getEmail(), form.getPassword(), Role.USER);
		}
		catch (DataIntegrityViolationException sameEmailAtTheSameTime) {
			// Another sign-up with this email got in between the check above and the insert.
			result.rejectValue("email", "account.email.taken");
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "account/signup";
		}
		automaticSignIn.signIn(AccountService.normalise(form.getEmail()), form.getPassword(), request, response);
		return "redirect:/my/account?welcome";
	}

	@GetMapping("/my/account")
	String account(Principal principal, Model model) {
		model.addAttribute("account", accounts.get(principal.getName()));
		return "account/account";
	}

	@PostMapping("/my/account/delete")
	String delete(Principal principal, @RequestParam(required = false) String password, HttpServletRequest request,
			HttpServletResponse response, Model model) throws ServletException {
		if (!accounts.delete(principal.getName(), password)) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("account", accounts.get(principal.getName()));
			model.addAttribute("deleteFailed", true);
			return "account/account";
		}
		sessions.endAll(principal.getName());
		request.logout();
		return "redirect:/?deleted";
	}

}
