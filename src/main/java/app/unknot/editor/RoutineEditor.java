package app.unknot.editor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import app.unknot.catalog.Caution;
import app.unknot.catalog.CautionAction;
import app.unknot.catalog.CautionRepository;
import app.unknot.catalog.CautionRules;
import app.unknot.catalog.CautionRules.StepFacts;
import app.unknot.catalog.LocalizedText;
import app.unknot.catalog.MuscleGroup;
import app.unknot.catalog.MuscleGroupRepository;
import app.unknot.catalog.Routine;
import app.unknot.catalog.RoutineCatalog;
import app.unknot.catalog.RoutineDetails;
import app.unknot.catalog.RoutineRepository;
import app.unknot.catalog.Step;
import app.unknot.catalog.StepContent;
import app.unknot.catalog.StepRepository;
import app.unknot.system.PublicPagesChanged;
import app.unknot.system.RequestRefusedException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

/**
 * Creates, changes, copies and deletes routines for the editor. A routine is only ever
 * written whole, from a form that passed every check, in one transaction.
 */
@Service
@Transactional
public class RoutineEditor {

	private final RoutineRepository routines;

	private final StepRepository steps;

	private final MuscleGroupRepository muscleGroups;

	private final CautionRepository cautions;

	private final RoutineCatalog catalog;

	private final EntityManager entityManager;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	RoutineEditor(RoutineRepository routines, StepRepository steps, MuscleGroupRepository muscleGroups,
			CautionRepository cautions, RoutineCatalog catalog, EntityManager entityManager, Clock clock,
			ApplicationEventPublisher events, MessageSource messages) {
		this.messages = messages;
		this.routines = routines;
		this.steps = steps;
		this.muscleGroups = muscleGroups;
		this.cautions = cautions;
		this.catalog = catalog;
		this.entityManager = entityManager;
		this.clock = clock;
		this.events = events;
	}

	/** The form showing a routine as saved. */
	@Transactional(readOnly = true)
	public RoutineForm form(EditorScope scope, String slug) {
		Routine routine = load(scope, slug);
		routines.fetchMuscleGroupsAndCautions(routine.getId());
		steps.fetchMuscleGroupsOfSteps(routine.getId());
		return RoutineForm.of(routine);
	}

	/** The routine's title and address, for confirming a deletion. */
	@Transactional(readOnly = true)
	public Routine routine(EditorScope scope, String slug) {
		return load(scope, slug);
	}

	/**
	 * Checks what Bean Validation does not, and for the catalog the Spanish; see
	 * {@link RoutineRules}.
	 */
	@Transactional(readOnly = true)
	public void check(EditorScope scope, RoutineForm form, Errors errors) {
		Choices choices = choices();
		new RoutineRules(choices.muscleGroups().keySet(), choices.cautions().keySet()).check(form, errors);
		if (scope.isCatalog()) {
			RoutineRules.checkSpanish(form, errors);
		}
	}

	/** Stores a new routine from a checked form; returns its address. */
	public String create(EditorScope scope, RoutineForm form) {
		String slug = scope.isCatalog() ? Slugs.forCatalog(form.getTitle(), routines::existsBySlug)
				: Slugs.forPrivate(form.getTitle(), routines::existsBySlug);
		Choices choices = choices();
		RoutineDetails details = details(form, choices);
		List<StepContent> contents = stepContents(form, choices);
		Routine routine = new Routine(slug, scope.ownerId(), details, contents, clock.instant());
		routine.require(requiredCautions(details, contents, choices));
		catalogChanged(scope);
		return routines.save(routine).getSlug();
	}

	/**
	 * Replaces a routine with a checked form.
	 * @throws OptimisticLockingFailureException when the routine was saved after the form
	 * was opened; the same exception as JPA's version check for a save that races this
	 * one, so the editor answers both with one 409 page that keeps the draft
	 */
	public void update(EditorScope scope, String slug, RoutineForm form) {
		Routine routine = load(scope, slug);
		if (form.getVersion() == null || form.getVersion() != routine.getVersion()) {
			throw new OptimisticLockingFailureException("The routine changed since the form was opened");
		}
		// A change to the steps alone must also move the version on, and a concurrent
		// save
		// that got past the check above must fail at commit rather than overwrite.
		entityManager.lock(routine, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		Choices choices = choices();
		routine.removeSteps();
		// The new steps reuse the old step numbers; the old rows must be gone first.
		flushOrConflict();
		RoutineDetails details = details(form, choices);
		List<StepContent> contents = stepContents(form, choices);
		routine.update(details, clock.instant());
		routine.addSteps(contents);
		routine.require(requiredCautions(details, contents, choices));
		catalogChanged(scope);
	}

	/**
	 * Flushes, and reports a save that got in first (on any instance) as the version
	 * check does: it deleted the old steps, so this one finds none to delete. Flushing
	 * here is outside Spring's exception translation, which would otherwise turn JPA's
	 * exception into a 500.
	 */
	private void flushOrConflict() {
		try {
			entityManager.flush();
		}
		catch (OptimisticLockException savedMeanwhile) {
			throw new OptimisticLockingFailureException("The routine was saved meanwhile", savedMeanwhile);
		}
	}

	/**
	 * "Make it mine": a private copy of a routine the person can see, ready to edit,
	 * named so that it cannot be mistaken for the original ("… (my version)"). Returns
	 * the copy's address.
	 */
	public String copy(long accountId, String slug) {
		Routine original = catalog.getRoutine(slug, accountId);
		steps.fetchMuscleGroupsOfSteps(original.getId());
		String title = copyTitle(original.getTitle());
		String copySlug = Slugs.forPrivate(title, routines::existsBySlug);
		return routines.save(original.copyFor(accountId, copySlug, title, clock.instant())).getSlug();
	}

	/**
	 * The copy's title, the original's shortened (with an ellipsis) where both would not
	 * fit the limit.
	 */
	private String copyTitle(String original) {
		int frame = mine("").length();
		String kept = original;
		if (frame + original.length() > RoutineForm.MAX_TITLE) {
			int end = RoutineForm.MAX_TITLE - frame - 1;
			// Never cut between the two halves of a character outside the basic plane.
			if (Character.isHighSurrogate(original.charAt(end - 1))) {
				end--;
			}
			kept = original.substring(0, end).stripTrailing() + "…";
		}
		return mine(kept);
	}

	private String mine(String title) {
		return messages.getMessage("editor.copy.title", new Object[] { title }, LocaleContextHolder.getLocale());
	}

	public void delete(EditorScope scope, String slug) {
		routines.delete(load(scope, slug));
		catalogChanged(scope);
	}

	/**
	 * Every visitor's pages show the catalog: once this change is committed, none may be
	 * sent from before it.
	 */
	private void catalogChanged(EditorScope scope) {
		if (scope.isCatalog()) {
			events.publishEvent(new PublicPagesChanged());
		}
	}

	/** The routines this editor works on, for listing as cards. */
	@Transactional(readOnly = true)
	public List<Long> routineIds(EditorScope scope) {
		return scope.isCatalog() ? routines.findCatalogIds() : routines.findIdsByOwner(scope.ownerId());
	}

	/** Every catalog step, grouped by routine, with its timing in words. */
	@Transactional(readOnly = true)
	public List<LibraryStep.Group> library(Function<Step, String> timing) {
		Map<Long, LibraryStep.Group> groups = new LinkedHashMap<>();
		for (Step step : steps.findCatalogSteps()) {
			groups
				.computeIfAbsent(step.getRoutine().getId(),
						id -> new LibraryStep.Group(step.getRoutine().getTitle(), new ArrayList<>()))
				.steps()
				.add(new LibraryStep(step.getId(), step.getTitle(), timing.apply(step)));
		}
		return List.copyOf(groups.values());
	}

	/**
	 * A catalog step as a new step of the form; empty when there is no such catalog step.
	 */
	@Transactional(readOnly = true)
	public Optional<StepForm> libraryStep(long id) {
		return steps.findCatalogStep(id).map(step -> StepForm.of(step.getContent()));
	}

	@Transactional(readOnly = true)
	public List<MuscleGroup> muscleGroups() {
		return muscleGroups.findAllByOrderBySortOrder();
	}

	@Transactional(readOnly = true)
	public List<Caution> cautions() {
		return cautions.findAllByOrderBySortOrder();
	}

	private Routine load(EditorScope scope, String slug) {
		Optional<Routine> routine = scope.isCatalog() ? routines.findCatalogWithSteps(slug)
				: routines.findOwnedWithSteps(slug, scope.ownerId());
		return routine.orElseThrow(() -> RequestRefusedException.notFound("notFound.routine", slug));
	}

	private Choices choices() {
		return new Choices(
				muscleGroups.findAllByOrderBySortOrder()
					.stream()
					.collect(Collectors.toMap(MuscleGroup::getSlug, Function.identity())),
				cautions.findAllByOrderBySortOrder()
					.stream()
					.collect(Collectors.toMap(Caution::getCode, Function.identity())));
	}

	private static RoutineDetails details(RoutineForm form, Choices choices) {
		return new RoutineDetails(new LocalizedText(form.getTitle(), form.getTitleEs()),
				new LocalizedText(orEmpty(form.getSummary()), form.getSummaryEs()),
				new LocalizedText(orEmpty(form.getBenefits()), form.getBenefitsEs()), form.getDifficulty(),
				pick(form.getMuscles(), choices.muscleGroups()), pick(form.getCautions(), choices.cautions()));
	}

	private static List<StepContent> stepContents(RoutineForm form, Choices choices) {
		return form.getSteps()
			.stream()
			.map(step -> step.content(pick(step.getMuscles(), choices.muscleGroups())))
			.toList();
	}

	/**
	 * What the caution rule table asks of these steps, so no author can leave out a
	 * warning.
	 */
	private static Map<Caution, CautionAction> requiredCautions(RoutineDetails details, List<StepContent> contents,
			Choices choices) {
		List<StepFacts> facts = contents.stream()
			.map(content -> StepFacts.of(content, details.muscleGroups()))
			.toList();
		Map<Caution, CautionAction> required = new LinkedHashMap<>();
		CautionRules.forSteps(facts).forEach((code, tier) -> required.put(choices.cautions().get(code), tier));
		return required;
	}

	private static <T> Set<T> pick(List<String> keys, Map<String, T> known) {
		Set<T> picked = new LinkedHashSet<>();
		keys.stream().map(known::get).forEach(picked::add);
		return picked;
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	/** The muscle groups and cautions a form may name, by slug and code. */
	private record Choices(Map<String, MuscleGroup> muscleGroups, Map<String, Caution> cautions) {
	}

}
