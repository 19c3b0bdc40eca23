package app.unknot.session;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import app.unknot.catalog.Caution;
import app.unknot.profile.SafetyProfiles;
import app.unknot.session.SafetyAnswers.Outcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The guided session: the safety check first, then the player. Only translates HTTP into
 * calls; the plan comes from {@link SessionPlanner}, the answers live in the HTTP session.
 */
@Controller
class SessionController {

	private static final int MAX_SHOWN_VALUE = 40;

	private final SessionPlanner planner;

	private final PlayerData playerData;

	private final SafetyProfiles safetyProfiles;

	SessionController(SessionPlanner planner, PlayerData playerData, SafetyProfiles safetyProfiles) {
		this.planner = planner;
		this.playerData = playerData;
		this.safetyProfiles = safetyProfiles;
	}

	@GetMapping("/routines/{slug}/session")
	String session(@PathVariable String slug, @RequestParam(required = false) String minutes,
			HttpServletRequest request, Principal principal, Locale locale, Model model) {
		SessionPlan plan = planner.plan(slug, SessionLength.parse(minutes), viewer(principal));
		List<Caution> questions = plan.routine().getSessionQuestions();
		Map<String, Boolean> answers = SafetyAnswers.find(request, slug);
		Outcome outcome = SafetyAnswers.outcome(questions, answers);
		model.addAttribute("plan", plan);
		if (outcome == Outcome.CLEARED) {
			model.addAttribute("playerData", playerData.toJson(plan, locale));
			return "session/player";
		}
		model.addAttribute("questions", questions);
		model.addAttribute("blocking", SafetyAnswers.blocking(questions, answers));
		if (answers.isEmpty() && principal != null && !questions.isEmpty()) {
			// Pre-filled from the safety profile, yet still asked: things change from day to day.
			model.addAttribute("answers", answersFromProfile(questions, principal.getName()));
			model.addAttribute("prefilled", true);
		}
		else {
			model.addAttribute("answers", answers);
		}
		return "session/check";
	}

	private Map<String, Boolean> answersFromProfile(List<Caution> questions, String email) {
		Set<String> ticked = safetyProfiles.cautionCodes(email);
		Map<String, Boolean> answers = new LinkedHashMap<>();
		questions.forEach(question -> answers.put(question.getCode(), ticked.contains(question.getCode())));
		return answers;
	}

	@PostMapping("/routines/{slug}/session")
	String answer(@PathVariable String slug, @RequestParam MultiValueMap<String, String> form,
			HttpServletRequest request, HttpServletResponse response, Principal principal, Model model) {
		// The same value twice (in the address and the form) is fine; two different ones are not.
		List<String> lengths = form.getOrDefault("minutes", List.of()).stream().distinct().toList();
		if (lengths.size() > 1) {
			throw new BadSessionRequestException("session.invalid.minutes", String.join(",", lengths));
		}
		SessionPlan plan = planner.plan(slug, SessionLength.parse(lengths.isEmpty() ? null : lengths.get(0)),
				viewer(principal));
		List<Caution> questions = plan.routine().getSessionQuestions();
		SafetyForm.Read read = SafetyForm.read(questions, form);
		if (!read.isComplete()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("plan", plan);
			model.addAttribute("questions", questions);
			model.addAttribute("answers", read.answers());
			model.addAttribute("missing", read.missing());
			model.addAttribute("blocking", List.of());
			return "session/check";
		}
		SafetyAnswers.remember(request, slug, read.answers());
		// Post/redirect/get: a reload of the player never re-sends the form.
		return "redirect:" + sessionUrl(plan);
	}

	@ExceptionHandler(BadSessionRequestException.class)
	ModelAndView badRequest(BadSessionRequestException bad, HttpServletRequest request) {
		ModelAndView page = new ModelAndView("session/invalid");
		page.setStatus(HttpStatus.BAD_REQUEST);
		page.addObject("messageKey", bad.getMessageKey());
		page.addObject("value", shorten(bad.getValue()));
		page.addObject("maxMinutes", SessionLength.MAX_MINUTES);
		Object slug = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				? variables.get("slug") : null;
		page.addObject("slug", slug);
		return page;
	}

	private static String sessionUrl(SessionPlan plan) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/routines/{slug}/session");
		if (plan.minutes() != null) {
			url.queryParam("minutes", plan.minutes());
		}
		return url.buildAndExpand(plan.routine().getSlug()).encode().toUriString();
	}

	private static String viewer(Principal principal) {
		return principal == null ? null : principal.getName();
	}

	private static String shorten(String value) {
		return value.length() <= MAX_SHOWN_VALUE ? value : value.substring(0, MAX_SHOWN_VALUE) + "…";
	}

}
