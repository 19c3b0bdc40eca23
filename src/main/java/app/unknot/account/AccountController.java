package app.unknot.account;

import java.time.Duration;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.unknot.system.SignedIn;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@Controller
class AccountController {

	private static final String DELETE_PAGE = "account/delete";

	private final AccountService accounts;

	private final AutomaticSignIn automaticSignIn;

	private final PasswordRules passwordRules;

	private final Attempts attempts;

	private final AccountSessions sessions;

	AccountController(AccountService accounts, AutomaticSignIn automaticSignIn, PasswordRules passwordRules,
			Attempts attempts, AccountSessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.automaticSignIn = automaticSignIn;
		this.passwordRules = passwordRules;
		this.attempts = attempts;
	}

	@GetMapping("/login")
	String login() {
		return "account/login";
	}

	@GetMapping("/signup")
	String signupForm(@ModelAttribute("signup") SignupForm form) {
		return "account/signup";
	}

	/**
	 * Signs up without telling whether the email already has an account: a new email gets
	 * its account and is signed in, a registered one changes nothing, and both get the
	 * same answer (a new session and a redirect to the account page, which sends someone
	 * not signed in to the sign-in form) after about the same time. Sending "someone
	 * tried to sign up with your address" would be kinder to the owner, but the app sends
	 * no email. What is left to learn (whether the chosen password then signs in) costs a
	 * sign-in attempt, which is counted.
	 */
	@PostMapping("/signup")
	String signup(@Validated @ModelAttribute("signup") SignupForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response) {
		passwordRules.check(form, result);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "account/signup";
		}
		Duration wait = attempts.tryAttempt(Attempts.Kind.SIGN_UP, request.getRemoteAddr(), form.getEmail());
		if (!wait.isZero()) {
			tooManyAttempts(wait, response);
			result.reject("account.attempts.tooMany", new Object[] { seconds(wait) }, null);
			return "account/signup";
		}
		boolean created;
		try {
			created = accounts.signUp(form.getEmail(), form.getPassword());
		}
		catch (DataIntegrityViolationException sameEmailAtTheSameTime) {
			// Another sign-up with this email got in first: the email is registered now.
			created = false;
		}
		automaticSignIn.finishSignUp(created ? AccountService.normalise(form.getEmail()) : null, request, response);
		return "redirect:/my/account?welcome";
	}

	@GetMapping("/my/account")
	String account(@AuthenticationPrincipal SignedIn user, Model model) {
		model.addAttribute("account", accounts.get(user.accountId()));
		return "account/account";
	}

	@GetMapping("/my/account/delete")
	String confirmDelete(@AuthenticationPrincipal SignedIn user, Model model) {
		model.addAttribute("account", accounts.get(user.accountId()));
		return DELETE_PAGE;
	}

	@PostMapping("/my/account/delete")
	String delete(@AuthenticationPrincipal SignedIn user, @RequestParam(required = false) String password,
			HttpServletRequest request, HttpServletResponse response, Model model) throws ServletException {
		Duration wait = attempts.tryAttempt(Attempts.Kind.PASSWORD, request.getRemoteAddr(), user.email());
		if (!wait.isZero()) {
			tooManyAttempts(wait, response);
			model.addAttribute("account", accounts.get(user.accountId()));
			model.addAttribute("waitSeconds", seconds(wait));
			return DELETE_PAGE;
		}
		if (!accounts.delete(user.accountId(), password)) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("account", accounts.get(user.accountId()));
			model.addAttribute("deleteFailed", true);
			return DELETE_PAGE;
		}
		sessions.endAll(user.email());
		request.logout();
		return "redirect:/?deleted";
	}

	/** 429 with the wait in whole seconds, for browsers and scripts alike. */
	private static void tooManyAttempts(Duration wait, HttpServletResponse response) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds(wait)));
	}

	private static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

}
