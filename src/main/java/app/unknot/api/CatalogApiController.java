package app.unknot.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.unknot.api.CatalogViews.CautionDetail;
import app.unknot.api.CatalogViews.MuscleGroupDetail;
import app.unknot.api.CatalogViews.RoutineDetail;
import app.unknot.api.CatalogViews.RoutineSummary;
import app.unknot.catalog.CatalogFilterForm;
import app.unknot.catalog.CatalogFilterForm.IgnoredFilter;
import app.unknot.catalog.CatalogFilterForm.Parsed;
import app.unknot.catalog.CatalogPage;
import app.unknot.catalog.CautionRepository;
import app.unknot.catalog.MuscleGroup;
import app.unknot.catalog.RoutineCatalog;
import app.unknot.system.RequestRefusedException;
import app.unknot.system.SignedIn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Catalog", description = "The public catalog: anyone may read it, signed in or not.")
class CatalogApiController {

	private final RoutineCatalog catalog;

	private final CautionRepository cautions;

	CatalogApiController(RoutineCatalog catalog, CautionRepository cautions) {
		this.catalog = catalog;
		this.cautions = cautions;
	}

	@GetMapping(ApiPaths.ROUTINES)
	@Operation(summary = "Find catalog routines",
			description = "The catalog page's filters and search, a page at a time, by relevance to q and then "
					+ "by title. A filter value that cannot be used is a 400 naming it in `field`.")
	ResponseEntity<PageOf<RoutineSummary>> routines(
			@Parameter(description = "Slug of a muscle group (see /api/v1/muscle-groups).") @RequestParam(
					required = false) String muscle,
			@Parameter(description = "Longest total time in whole minutes, 1 to 1440.") @RequestParam(
					required = false) String maxMinutes,
			@Parameter(description = "hands, ball, foam-roller, bolster or none.") @RequestParam(
					required = false) String equipment,
			@Parameter(
					description = "lying-on-back, side-lying, face-down-on-elbows, seated, kneeling or standing.") @RequestParam(
							required = false) String position,
			@Parameter(description = "gentle, moderate or firm.") @RequestParam(required = false) String difficulty,
			@Parameter(description = "Search text, at most 100 characters: every word must match the title, "
					+ "summary, benefits, a step or a body area.") @RequestParam(required = false) String q,
			@Parameter(description = "1 hides routines that conflict with the signed-in person's safety profile; "
					+ "needs a sign-in.") @RequestParam(required = false) String safe,
			@Parameter(description = "Page number from 1.") @RequestParam(required = false) String page,
			@Parameter(description = "Routines a page, 1 to 100; 24 when absent.") @RequestParam(
					required = false) String size,
			@AuthenticationPrincipal SignedIn user) {
		Paging paging = Paging.parse(page, size);
		Long viewer = SignedIn.idOf(user);
		CatalogFilterForm form = new CatalogFilterForm();
		form.setMuscle(muscle);
		form.setMaxMinutes(maxMinutes);
		form.setEquipment(equipment);
		form.setPosition(position);
		form.setDifficulty(difficulty);
		form.setQ(q);
		form.setSafe(safe);
		Parsed parsed = form.parse(catalog.getMuscleGroups().stream().map(MuscleGroup::getSlug).toList(),
				viewer != null);
		if (!parsed.ignored().isEmpty()) {
			IgnoredFilter first = parsed.ignored().get(0);
			throw RequestRefusedException.badRequest(first.reasonKey(), first.value())
				.withProperty("field", first.name());
		}
		CatalogPage results = catalog.search(parsed.query(), paging.page(), paging.size(), viewer);
		Paging.PageLinks links = paging.links(results.total(), number -> {
			String url = parsed.query().toUrl(ApiPaths.ROUTINES, number);
			return paging.size() == Paging.DEFAULT_SIZE ? url
					: url + (url.contains("?") ? "&" : "?") + "size=" + paging.size();
		});
		List<RoutineSummary> items = results.cards()
			.stream()
			.map(card -> RoutineSummary.of(card, ApiPaths.ROUTINES + "/" + card.routine().getSlug()))
			.toList();
		// Only the safety filter makes the list personal.
		return ResponseEntity.ok()
			.cacheControl(parsed.query().safe() ? ApiCaching.PERSONAL : ApiCaching.PUBLIC)
			.varyBy("Cookie")
			.headers(links.headers())
			.body(PageOf.of(items, paging, results.total(), links));
	}

	@GetMapping(ApiPaths.ROUTINES + "/{slug}")
	@Operation(summary = "One catalog routine",
			description = "Its steps with their timing, its cautions with the tier that applies to this routine, "
					+ "and the muscle groups it works. A person's own routines are under /api/v1/me/routines.")
	ResponseEntity<RoutineDetail> routine(@Parameter(description = "The routine's slug.") @PathVariable String slug) {
		ApiPaths.checkSlug(slug);
		return ApiCaching.publicly(RoutineDetail.of(catalog.getRoutineWithStepMuscles(slug, null)));
	}

	@GetMapping(ApiPaths.MUSCLE_GROUPS)
	@Operation(summary = "All muscle groups", description = "In the catalog's order, with how many routines work each.")
	ResponseEntity<List<MuscleGroupDetail>> muscleGroups() {
		Map<Long, Long> counts = catalog.countRoutinesByMuscleGroup();
		return ApiCaching
			.publicly(catalog.getMuscleGroups().stream().map(group -> MuscleGroupDetail.of(group, counts)).toList());
	}

	@GetMapping(ApiPaths.CAUTIONS)
	@Operation(summary = "All cautions", description = "The safety guide's conditions and warning signs, in its order.")
	ResponseEntity<List<CautionDetail>> cautions() {
		return ApiCaching.publicly(cautions.findAllByOrderBySortOrder().stream().map(CautionDetail::of).toList());
	}

}
