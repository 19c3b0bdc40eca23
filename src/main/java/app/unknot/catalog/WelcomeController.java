package app.unknot.catalog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class WelcomeController {

	private final RoutineCatalog catalog;

	private final String suggestedRoutine;

	WelcomeController(RoutineCatalog catalog, @Value("${unknot.suggested-routine}") String suggestedRoutine) {
		this.catalog = catalog;
		this.suggestedRoutine = suggestedRoutine;
	}

	@GetMapping("/")
	String welcome(Model model) {
		catalog.findRoutineSummary(suggestedRoutine, null)
			.ifPresent(routine -> model.addAttribute("suggested", routine));
		model.addAttribute("muscleGroups", catalog.getMuscleGroups());
		return "welcome";
	}

}
