package app.unknot.catalog;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import app.unknot.catalog.CatalogFilterForm.Parsed;

@Controller
class RoutineController {

	private final RoutineCatalog catalog;

	RoutineController(RoutineCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/routines")
	String list(@ModelAttribute("filter") CatalogFilterForm filter, Model model) {
		List<MuscleGroup> muscleGroups = catalog.getMuscleGroups();
		Parsed parsed = filter.parse(muscleGroups.stream().map(MuscleGroup::getSlug).toList());
		model.addAttribute("muscleGroups", muscleGroups);
		model.addAttribute("equipmentOptions", Equipment.values());
		model.addAttribute("positionOptions", Position.values());
		model.addAttribute("difficultyOptions", Difficulty.values());
		model.addAttribute("query", parsed.query());
		model.addAttribute("ignored", parsed.ignored());
		model.addAttribute("results", catalog.search(parsed.query(), parsed.page()));
		return "routines/list";
	}

	@GetMapping("/routines/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("routine", catalog.getRoutine(slug));
		model.addAttribute("allMuscleGroups", catalog.getMuscleGroups());
		return "routines/show";
	}

}
