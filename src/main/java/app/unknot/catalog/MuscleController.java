package app.unknot.catalog;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.unknot.system.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@Controller
class MuscleController {

	private final RoutineCatalog catalog;

	private final RoutineMarks marks;

	private final RoutineCards cards;

	MuscleController(RoutineCatalog catalog, RoutineMarks marks, RoutineCards cards) {
		this.catalog = catalog;
		this.marks = marks;
		this.cards = cards;
	}

	@GetMapping("/muscles")
	String list(Model model) {
		model.addAttribute("muscleGroups", catalog.getMuscleGroups());
		model.addAttribute("routineCounts", catalog.countRoutinesByMuscleGroup());
		return "muscles/list";
	}

	@GetMapping("/muscles/{slug}")
	String show(@PathVariable String slug, @AuthenticationPrincipal SignedIn user, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		MuscleGroup muscleGroup = catalog.getMuscleGroup(slug);
		model.addAttribute("muscleGroup", muscleGroup);
		CatalogPage results = catalog.search(CatalogQuery.forMuscle(muscleGroup.getSlug()), 1);
		model.addAttribute("results", results);
		model.addAttribute("cardParts", cards.parts(results.cards(), user != null, request, response, locale));
		if (user != null) {
			model.addAttribute("marks", marks.forRoutines(user.accountId(), results.routineIds()));
		}
		return "muscles/show";
	}

}
