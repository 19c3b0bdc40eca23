package app.unknot.catalog;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import app.unknot.catalog.CatalogFilterForm.Parsed;
import app.unknot.system.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@Controller
class RoutineController {

	private final RoutineCatalog catalog;

	private final RoutineMarks marks;

	private final RoutinePageParts parts;

	private final CatalogListing listing;

	RoutineController(RoutineCatalog catalog, RoutineMarks marks, RoutinePageParts parts, CatalogListing listing) {
		this.catalog = catalog;
		this.marks = marks;
		this.parts = parts;
		this.listing = listing;
	}

	@GetMapping("/routines")
	String list(@ModelAttribute("filter") CatalogFilterForm filter, @AuthenticationPrincipal SignedIn user,
			HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		List<MuscleGroup> muscleGroups = catalog.getMuscleGroups();
		Long viewer = SignedIn.idOf(user);
		Parsed parsed = filter.parse(muscleGroups.stream().map(MuscleGroup::getSlug).toList(), viewer != null);
		model.addAttribute("muscleGroups", muscleGroups);
		model.addAttribute("equipmentOptions", Equipment.values());
		model.addAttribute("positionOptions", Position.values());
		model.addAttribute("difficultyOptions", Difficulty.values());
		model.addAttribute("query", parsed.query());
		model.addAttribute("ignored", parsed.ignored());
		listing.addPage(parsed.query(), parsed.page(), viewer, request, response, locale, model);
		return "routines/list";
	}

	@GetMapping("/routines/{slug}")
	String show(@PathVariable String slug, @RequestParam(required = false) String minutes,
			@AuthenticationPrincipal SignedIn user, HttpServletRequest request, HttpServletResponse response,
			Locale locale, Model model) {
		// With the steps' muscle groups: the page names every area a safety label may
		// name.
		Routine routine = catalog.getRoutineWithStepMuscles(slug, SignedIn.idOf(user));
		model.addAttribute("routine", routine);
		// The session length picked here goes with "Start session"; a bad one is the
		// session's 400 page.
		model.addAttribute("lengths", LengthChoice.parse(routine, minutes));
		model.addAttribute("everyone", parts.forEveryone(routine, request, response, locale));
		if (user != null) {
			model.addAttribute("marks", marks.forRoutines(user.accountId(), List.of(routine.getId())));
		}
		return "routines/show";
	}

}
