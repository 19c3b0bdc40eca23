package app.unknot.editor;

import java.util.List;
import java.util.OptionalLong;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;

import app.unknot.catalog.Difficulty;
import app.unknot.catalog.Durations;
import app.unknot.catalog.Equipment;
import app.unknot.catalog.Position;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.RoutineCatalog;
import app.unknot.catalog.RoutineMarks;
import app.unknot.catalog.Technique;
import app.unknot.catalog.Timing;
import app.unknot.editor.EditorAction.Kind;
import app.unknot.system.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The routine editor, for a person's own routines under {@code /my/routines} and for the
 * catalog under {@code /admin/routines} (admins only, see the security configuration).
 * One form holds the whole routine; the buttons that add, remove and move steps send it
 * back changed, and only "Save" stores it, then redirects (post/redirect/get).
 */
@Controller
class RoutineEditorController {

	private static final String EDITOR = "editor/edit";

	private final RoutineEditor editor;

	private final RoutineCatalog catalog;

	private final RoutineMarks marks;

	private final SmartValidator validator;

	private final Durations durations;

	RoutineEditorController(RoutineEditor editor, RoutineCatalog catalog, RoutineMarks marks, SmartValidator validator,
			Durations durations) {
		this.editor = editor;
		this.catalog = catalog;
		this.marks = marks;
		this.validator = validator;
		this.durations = durations;
	}

	@InitBinder("routine")
	void limitSteps(WebDataBinder binder) {
		// A crafted step number far beyond the limit must not grow a huge list.
		binder.setAutoGrowCollectionLimit(RoutineForm.MAX_STEPS + 1);
	}

	/**
	 * The catalog for the {@code /admin/routines} mappings, else the signed-in person's
	 * own routines.
	 */
	@ModelAttribute("scope")
	EditorScope scope(HttpServletRequest request, @AuthenticationPrincipal SignedIn user) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return pattern instanceof String mapped && mapped.startsWith(EditorScope.CATALOG_PATH) ? EditorScope.catalog()
				: EditorScope.own(user.accountId());
	}

	@GetMapping({ EditorScope.OWN_PATH, EditorScope.CATALOG_PATH })
	String list(@ModelAttribute(name = "scope", binding = false) EditorScope scope,
			@AuthenticationPrincipal SignedIn user, Model model) {
		List<Long> ids = editor.routineIds(scope);
		model.addAttribute("cards", catalog.cards(ids));
		model.addAttribute("marks", marks.forRoutines(user.accountId(), ids));
		return "editor/list";
	}

	@GetMapping({ EditorScope.OWN_PATH + "/new", EditorScope.CATALOG_PATH + "/new" })
	String startNew(Model model) {
		return editorPage(RoutineForm.blank(), null, model);
	}

	@PostMapping({ EditorScope.OWN_PATH + "/new", EditorScope.CATALOG_PATH + "/new" })
	String saveNew(@ModelAttribute(name = "scope", binding = false) EditorScope scope,
			@ModelAttribute("routine") RoutineForm form, BindingResult result,
			@RequestParam(required = false) String action, @RequestParam(required = false) String libraryStep,
			Model model, HttpServletResponse response) {
		return submit(scope, null, form, result, EditorAction.parse(action), libraryStep, model, response);
	}

	@GetMapping({ EditorScope.OWN_PATH + "/{slug}/edit", EditorScope.CATALOG_PATH + "/{slug}/edit" })
	String edit(@ModelAttribute(name = "scope", binding = false) EditorScope scope, @PathVariable String slug,
			Model model) {
		return editorPage(editor.form(scope, slug), slug, model);
	}

	@PostMapping({ EditorScope.OWN_PATH + "/{slug}/edit", EditorScope.CATALOG_PATH + "/{slug}/edit" })
	String saveEdit(@ModelAttribute(name = "scope", binding = false) EditorScope scope, @PathVariable String slug,
			@ModelAttribute("routine") RoutineForm form, BindingResult result,
			@RequestParam(required = false) String action, @RequestParam(required = false) String libraryStep,
			Model model, HttpServletResponse response) {
		// Only the routine's owner (or an admin for the catalog) gets this far.
		editor.routine(scope, slug);
		return submit(scope, slug, form, result, EditorAction.parse(action), libraryStep, model, response);
	}

	@PostMapping(EditorScope.OWN_PATH + "/copy")
	String copy(@RequestParam String from, @AuthenticationPrincipal SignedIn user) {
		String slug = editor.copy(user.accountId(), from);
		return "redirect:" + EditorScope.OWN_PATH + "/" + slug + "/edit?copied";
	}

	@GetMapping({ EditorScope.OWN_PATH + "/{slug}/delete", EditorScope.CATALOG_PATH + "/{slug}/delete" })
	String confirmDelete(@ModelAttribute(name = "scope", binding = false) EditorScope scope, @PathVariable String slug,
			Model model) {
		model.addAttribute("routine", editor.routine(scope, slug));
		return "editor/delete";
	}

	@PostMapping({ EditorScope.OWN_PATH + "/{slug}/delete", EditorScope.CATALOG_PATH + "/{slug}/delete" })
	String delete(@ModelAttribute(name = "scope", binding = false) EditorScope scope, @PathVariable String slug) {
		editor.delete(scope, slug);
		return "redirect:" + scope.basePath() + "?deleted";
	}

	private String submit(EditorScope scope, String slug, RoutineForm form, BindingResult result, EditorAction action,
			String libraryStep, Model model, HttpServletResponse response) {
		form.removeMissingSteps();
		// Whatever comes back from here is a draft the person has not saved yet.
		model.addAttribute("unsaved", true);
		if (!action.isSave()) {
			if (!change(form, action, libraryStep, result, model)) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
			return editorPage(form, slug, model);
		}
		validator.validate(form, result);
		editor.check(scope, form, result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("invalid", true);
			return editorPage(form, slug, model);
		}
		try {
			String saved = slug;
			if (slug == null) {
				saved = editor.create(scope, form);
			}
			else {
				editor.update(scope, slug, form);
			}
			return "redirect:/routines/" + saved + "?saved";
		}
		catch (OptimisticLockingFailureException conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return editorPage(form, slug, model);
		}
	}

	/**
	 * Applies a change to the draft's steps; false (with a message) when it cannot be
	 * made.
	 */
	private boolean change(RoutineForm form, EditorAction action, String libraryStep, BindingResult result,
			Model model) {
		Kind kind = action.kind();
		if ((kind == Kind.ADD_STEP || kind == Kind.ADD_LIBRARY) && form.isFull()) {
			result.reject("editor.steps.full", new Object[] { RoutineForm.MAX_STEPS }, null);
			return false;
		}
		switch (kind) {
			case ADD_STEP -> form.addStep(new StepForm());
			case ADD_LIBRARY -> {
				OptionalLong id = parseId(libraryStep);
				StepForm step = id.isPresent() ? editor.libraryStep(id.getAsLong()).orElse(null) : null;
				if (step == null) {
					result.reject("editor.library.unknown");
					return false;
				}
				form.addStep(step);
			}
			case REMOVE -> {
				if (form.getSteps().size() <= 1 || !form.removeStep(action.step())) {
					result.reject(form.getSteps().size() <= 1 ? "editor.steps.last" : "editor.steps.noSuchStep");
					return false;
				}
				// The step that took its place (or the new last one), not the top of a
				// long page.
				model.addAttribute("focusStep", Math.min(action.step(), form.getSteps().size() - 1));
				return true;
			}
			case UP, DOWN -> {
				if (!form.moveStep(action.step(), kind == Kind.UP ? -1 : 1)) {
					result.reject("editor.steps.noSuchStep");
					return false;
				}
				model.addAttribute("focusStep", action.step() + (kind == Kind.UP ? -1 : 1));
				return true;
			}
			default -> throw new IllegalStateException("Not a change: " + kind);
		}
		model.addAttribute("focusStep", form.getSteps().size() - 1);
		return true;
	}

	private String editorPage(RoutineForm form, String slug, Model model) {
		model.addAttribute("routine", form);
		model.addAttribute("slug", slug);
		model.addAttribute("muscleGroups", editor.muscleGroups());
		model.addAttribute("cautionOptions", editor.cautions());
		model.addAttribute("library", editor.library(step -> durations.clock(step.getTimes().totalSeconds())));
		model.addAttribute("difficultyOptions", Difficulty.values());
		model.addAttribute("techniqueOptions", Technique.values());
		model.addAttribute("pressureOptions", Pressure.values());
		model.addAttribute("positionOptions", Position.values());
		model.addAttribute("equipmentOptions", Equipment.values());
		model.addAttribute("timingOptions", Timing.values());
		model.addAttribute("limits", EditorLimits.INSTANCE);
		return EDITOR;
	}

	private static OptionalLong parseId(String value) {
		if (value == null || !value.matches("\\d{1,18}")) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Long.parseLong(value));
	}

}
