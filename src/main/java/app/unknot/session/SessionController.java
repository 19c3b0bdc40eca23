package app.unknot.session;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

import app.unknot.catalog.Caution;
import app.unknot.catalog.CautionAction;
import app.unknot.catalog.SessionLength;
import app.unknot.profile.SafetyClearances;
import app.unknot.profile.SafetyProfiles;
import app.unknot.system.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The guided session: the safety check first, then the player. Only translates HTTP into
 * calls; the plan comes from {@link SessionPlanner}, the answers live in the HTTP
 * session.
 */
@Controller
class SessionController {

	private final SessionPlanner planner;

	private final PlayerData playerData;

	private final SafetyProfiles safetyProfiles;

	private final SafetyClearances clearances;

	private final OfflinePacks offlinePacks;

	SessionController(SessionPlanner planner, PlayerData playerData, SafetyProfiles safetyProfiles,
			SafetyClearances clearances, OfflinePacks offlinePacks) {
		this.planner = planner;
		this.playerData = playerData;
		this.safetyProfiles = safetyProfiles;
		this.clearances = clearances;
		this.offlinePacks = offlinePacks;
	}

	/**
	 * A session's pages leave out the other pages' styles (fragments/layout.html): a
	 * phone on a slow connection gets the check and the player sooner.
	 */
	@ModelAttribute("sessionPage")
	boolean sessionPage() {
		return true;
	}

	@GetMapping("/routines/{slug}/session")
	String session(@PathVariable String slug, @RequestParam(required = false) String minutes,
			HttpServletRequest request, @AuthenticationPrincipal SignedIn user, Locale locale, Model model) {
		SessionPlan plan = planner.plan(slug, SessionLength.parse(minutes), SignedIn.idOf(user));
		return show(plan, SafetyAnswers.find(request, slug), request, user, locale, model);
	}

	/**
	 * The safety check with nothing answered, whatever this browser session answered
	 * before: the page a service worker keeps, so that a session started offline asks
	 * first.
	 */
	@GetMapping("/routines/{slug}/session/check")
	String check(@PathVariable String slug, @RequestParam(required = false) String minutes, HttpServletRequest request,
			@AuthenticationPrincipal SignedIn user, Locale locale, Model model) {
		SessionPlan plan = planner.plan(slug, SessionLength.parse(minutes), SignedIn.idOf(user));
		return show(plan, Map.of(), request, user, locale, model);
	}

	/**
	 * What the check answers to these answers, given in the address and remembered
	 * nowhere: the player, or the check that says why not. A service worker keeps these
	 * pages and replays them offline, so the server alone decides.
	 */
	@GetMapping("/routines/{slug}/session/answers")
	String answers(@PathVariable String slug, @RequestParam MultiValueMap<String, String> form,
			HttpServletRequest request, HttpServletResponse response, @AuthenticationPrincipal SignedIn user,
			Locale locale, Model model) {
		SessionPlan plan = planner.plan(slug, length(form), SignedIn.idOf(user));
		SafetyForm.Read read = SafetyForm.read(plan.routine().getSessionQuestions(), form);
		if (!read.isComplete()) {
			return incomplete(plan, read, response, model);
		}
		return show(plan, read.answers(), request, user, locale, model);
	}

	/**
	 * Offline, answers the service worker holds no page for: not checked, so not started.
	 */
	@GetMapping("/routines/{slug}/session/unchecked")
	String unchecked(@PathVariable String slug, @RequestParam(required = false) String minutes,
			@AuthenticationPrincipal SignedIn user, Model model) {
		model.addAttribute("plan", planner.plan(slug, SessionLength.parse(minutes), SignedIn.idOf(user)));
		return "session/unchecked";
	}

	/**
	 * What to keep for this session offline; which "yes" blocks is worked out by the same
	 * screening as online, for this person and their clearances.
	 */
	@GetMapping(path = "/routines/{slug}/session/offline", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	OfflinePacks.OfflinePack offline(@PathVariable String slug, @RequestParam(required = false) String minutes,
			HttpServletRequest request, @AuthenticationPrincipal SignedIn user) {
		SessionPlan plan = planner.plan(slug, SessionLength.parse(minutes), SignedIn.idOf(user));
		List<String> questions = plan.routine().getSessionQuestions().stream().map(Caution::getCode).toList();
		Map<String, Screening> alone = new LinkedHashMap<>();
		for (String code : questions) {
			alone.put(code, screen(plan, OfflinePacks.answers(questions, List.of(code)), request, user));
		}
		return offlinePacks.pack(plan, alone, SignedIn.offlineOwner(user));
	}

	private String show(SessionPlan plan, Map<String, Boolean> answers, HttpServletRequest request, SignedIn user,
			Locale locale, Model model) {
		Screening screening = screen(plan, answers, request, user);
		if (screening.mayStart()) {
			SessionPlan adapted = plan.withAdaptations(screening.adaptations());
			model.addAttribute("plan", adapted);
			model.addAttribute("playerData", playerData.toJson(adapted, locale));
			return "session/player";
		}
		model.addAttribute("plan", plan);
		model.addAttribute("screening", screening);
		List<Caution> questions = screening.questions();
		if (answers.isEmpty() && user != null && !questions.isEmpty()) {
			// Pre-filled from the safety profile, yet still asked: things change from day
			// to day.
			model.addAttribute("answers", answersFromProfile(questions, user.accountId()));
			model.addAttribute("prefilled", true);
		}
		else {
			model.addAttribute("answers", answers);
		}
		return "session/check";
	}

	private static String incomplete(SessionPlan plan, SafetyForm.Read read, HttpServletResponse response,
			Model model) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("plan", plan);
		model.addAttribute("screening", Screening.of(plan.routine(), Map.of(), Set.of()));
		model.addAttribute("answers", read.answers());
		model.addAttribute("missing", read.missing());
		return "session/check";
	}

	private Map<String, Boolean> answersFromProfile(List<Caution> questions, long accountId) {
		Set<String> ticked = safetyProfiles.cautionCodes(accountId);
		Map<String, Boolean> answers = new LinkedHashMap<>();
		questions.forEach(question -> answers.put(question.getCode(), ticked.contains(question.getCode())));
		return answers;
	}

	@PostMapping("/routines/{slug}/session")
	String answer(@PathVariable String slug, @RequestParam MultiValueMap<String, String> form,
			HttpServletRequest request, HttpServletResponse response, @AuthenticationPrincipal SignedIn user,
			Model model) {
		SessionPlan plan = planner.plan(slug, length(form), SignedIn.idOf(user));
		List<Caution> questions = plan.routine().getSessionQuestions();
		SafetyForm.Read read = SafetyForm.read(questions, form);
		if (!read.isComplete()) {
			return incomplete(plan, read, response, model);
		}
		SafetyAnswers.remember(request, slug, read.answers());
		// Post/redirect/get: a reload of the player never re-sends the form.
		return "redirect:" + sessionUrl(plan);
	}

	/**
	 * "A professional has cleared me for this routine", for cautions to ask about first
	 * that the person answered yes. Remembered for this routine: in the browser session,
	 * and in the safety profile when signed in.
	 */
	@PostMapping("/routines/{slug}/session/clearance")
	String clear(@PathVariable String slug, @RequestParam MultiValueMap<String, String> form,
			HttpServletRequest request, @AuthenticationPrincipal SignedIn user) {
		SessionPlan plan = planner.plan(slug, length(form), SignedIn.idOf(user));
		List<String> codes = form.getOrDefault("cleared", List.of()).stream().distinct().toList();
		if (codes.isEmpty()) {
			throw SessionLength.cannotStart("session.invalid.clearance", "");
		}
		Map<String, Boolean> answers = SafetyAnswers.find(request, slug);
		Set<String> clearable = new HashSet<>();
		for (Caution caution : plan.routine().getSessionQuestions()) {
			if (plan.routine().tierOf(caution) == CautionAction.ASK_PROFESSIONAL
					&& Boolean.TRUE.equals(answers.get(caution.getCode()))) {
				clearable.add(caution.getCode());
			}
		}
		for (String code : codes) {
			if (!clearable.contains(code)) {
				throw SessionLength.cannotStart("session.invalid.clearance", code);
			}
		}
		SafetyAnswers.rememberClearances(request, slug, codes);
		if (user != null) {
			try {
				clearances.confirm(user.accountId(), plan.routine(), codes);
			}
			catch (DataIntegrityViolationException sameClearanceAtTheSameTime) {
				// Another request stored it between our check and our insert: confirmed
				// again,
				// this request finds it stored and adds nothing, as it would alone.
				clearances.confirm(user.accountId(), plan.routine(), codes);
			}
		}
		return "redirect:" + sessionUrl(plan);
	}

	private Screening screen(SessionPlan plan, Map<String, Boolean> answers, HttpServletRequest request,
			SignedIn user) {
		Set<String> cleared = new HashSet<>(SafetyAnswers.clearances(request, plan.routine().getSlug()));
		if (user != null && answers.containsValue(true)) {
			cleared.addAll(clearances.cautionCodes(user.accountId(), plan.routine().getId()));
		}
		return Screening.of(plan.routine(), answers, cleared);
	}

	/**
	 * The session length of a form; the same value twice (address and form) is fine, two
	 * different ones are not.
	 */
	private static Integer length(MultiValueMap<String, String> form) {
		List<String> lengths = form.getOrDefault("minutes", List.of()).stream().distinct().toList();
		if (lengths.size() > 1) {
			throw SessionLength.cannotStart("session.invalid.minutes", String.join(",", lengths));
		}
		return SessionLength.parse(lengths.isEmpty() ? null : lengths.get(0));
	}

	private static String sessionUrl(SessionPlan plan) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/routines/{slug}/session");
		if (plan.minutes() != null) {
			url.queryParam("minutes", plan.minutes());
		}
		return url.buildAndExpand(plan.routine().getSlug()).encode().toUriString();
	}

}
