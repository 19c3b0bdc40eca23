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

	private final CatalogListing listing;

	MuscleController(RoutineCatalog catalog, CatalogListing listing) {
		this.catalog = catalog;
		this.listing = listing;
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
		listing.addPage(CatalogQuery.forMuscle(muscleGroup.getSlug()), 1, SignedIn.idOf(user), request, response,
				locale, model);
		return "muscles/show";
	}

}
