package app.unknot.catalog;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.unknot.system.SignedIn;

@Controller
class MuscleController {

	private final RoutineCatalog catalog;

	private final RoutineMarks marks;

	MuscleController(RoutineCatalog catalog, RoutineMarks marks) {
		this.catalog = catalog;
		this.marks = marks;
	}

	@GetMapping("/muscles")
	String list(Model model) {
		model.addAttribute("muscleGroups", catalog.getMuscleGroups());
		model.addAttribute("routineCounts", catalog.countRoutinesByMuscleGroup());
		return "muscles/list";
	}

	@GetMapping("/muscles/{slug}")
	String show(@PathVariable String slug, @AuthenticationPrincipal SignedIn user, Model model) {
		MuscleGroup muscleGroup = catalog.getMuscleGroup(slug);
		model.addAttribute("muscleGroup", muscleGroup);
		CatalogPage results = catalog.search(CatalogQuery.forMuscle(muscleGroup.getSlug()), 1);
		model.addAttribute("results", results);
		if (user != null) {
			model.addAttribute("marks", marks.forRoutines(user.accountId(), results.routineIds()));
		}
		return "muscles/show";
	}

}
