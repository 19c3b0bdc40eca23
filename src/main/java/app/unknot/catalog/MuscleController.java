package app.unknot.catalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class MuscleController {

	private final RoutineCatalog catalog;

	MuscleController(RoutineCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/muscles")
	String list(Model model) {
		model.addAttribute("muscleGroups", catalog.getMuscleGroups());
		model.addAttribute("routineCounts", catalog.countRoutinesByMuscleGroup());
		return "muscles/list";
	}

	@GetMapping("/muscles/{slug}")
	String show(@PathVariable String slug, Model model) {
		MuscleGroup muscleGroup = catalog.getMuscleGroup(slug);
		model.addAttribute("muscleGroup", muscleGroup);
		model.addAttribute("results", catalog.search(CatalogQuery.forMuscle(muscleGroup.getSlug()), 1));
		return "muscles/show";
	}

}
