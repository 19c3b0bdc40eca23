package app.unknot.profile;

import java.util.List;
import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import app.unknot.catalog.RoutineCard;
import app.unknot.catalog.RoutineCards;
import app.unknot.catalog.RoutineCatalog;
import app.unknot.catalog.RoutineMarks;
import app.unknot.system.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The signed-in person's favourites and safety profile, under {@code /my/}. */
@Controller
class ProfileController {

	private final Favourites favourites;

	private final SafetyProfiles safetyProfiles;

	private final RoutineMarks marks;

	private final RoutineCatalog catalog;

	private final SafetyClearances clearances;

	private final RoutineCards routineCards;

	ProfileController(Favourites favourites, SafetyProfiles safetyProfiles, RoutineMarks marks, RoutineCatalog catalog,
			SafetyClearances clearances, RoutineCards routineCards) {
		this.favourites = favourites;
		this.safetyProfiles = safetyProfiles;
		this.marks = marks;
		this.catalog = catalog;
		this.clearances = clearances;
		this.routineCards = routineCards;
	}

	@GetMapping("/my/favourites")
	String favourites(@AuthenticationPrincipal SignedIn user, HttpServletRequest request, HttpServletResponse response,
			Locale locale, Model model) {
		List<Long> ids = favourites.routineIds(user.accountId());
		List<RoutineCard> cards = catalog.cards(ids);
		model.addAttribute("cards", cards);
		model.addAttribute("cardParts", routineCards.parts(cards, request, response, locale));
		model.addAttribute("marks", marks.forRoutines(user.accountId(), ids));
		return "profile/favourites";
	}

	@PostMapping("/my/favourites/{slug}")
	String favourite(@PathVariable String slug, @RequestParam boolean favourite,
			@RequestParam(required = false) String returnTo, @AuthenticationPrincipal SignedIn user) {
		try {
			favourites.set(user.accountId(), slug, favourite);
		}
		catch (DataIntegrityViolationException sameStarAtTheSameTime) {
			// Another request starred it between our check and our insert: set again,
			// this
			// request finds the star and adds nothing, as it would alone.
			favourites.set(user.accountId(), slug, favourite);
		}
		String routinePage = UriComponentsBuilder.fromPath("/routines/{slug}")
			.buildAndExpand(slug)
			.encode()
			.toUriString();
		return "redirect:" + ReturnAddress.localOr(returnTo, routinePage);
	}

	@GetMapping("/my/safety")
	String safety(@AuthenticationPrincipal SignedIn user, Model model) {
		model.addAttribute("choices", safetyProfiles.choices());
		model.addAttribute("ticks", safetyProfiles.ticks(user.accountId()));
		model.addAttribute("clearances", clearances.list(user.accountId()));
		return "profile/safety";
	}

	@PostMapping("/my/safety/clearances/withdraw")
	String withdrawClearance(@RequestParam String routine, @RequestParam String caution,
			@AuthenticationPrincipal SignedIn user) {
		clearances.withdraw(user.accountId(), routine, caution);
		return "redirect:/my/safety?withdrawn#clearances";
	}

	@PostMapping("/my/safety")
	String saveSafety(@RequestParam(name = "caution", required = false) List<String> cautionCodes,
			@RequestParam(name = "avoid", required = false) List<String> muscleSlugs,
			@AuthenticationPrincipal SignedIn user) {
		List<String> cautions = cautionCodes == null ? List.of() : cautionCodes;
		List<String> areas = muscleSlugs == null ? List.of() : muscleSlugs;
		try {
			safetyProfiles.save(user.accountId(), cautions, areas);
		}
		catch (DataIntegrityViolationException firstSaveAtTheSameTime) {
			// Another request created this profile between our look-up and our insert:
			// saved
			// again, this request finds that profile and replaces its ticks, as it would
			// alone.
			safetyProfiles.save(user.accountId(), cautions, areas);
		}
		return "redirect:/my/safety?saved";
	}

}
