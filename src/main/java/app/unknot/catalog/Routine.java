package app.unknot.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.annotations.Formula;
import org.hibernate.annotations.OptimisticLock;

import app.unknot.system.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A self-massage routine: an ordered list of timed steps. Catalog routines have no owner;
 * a routine with an owner is private to that account.
 */
@Entity
@Table(name = "routine")
public class Routine extends BaseEntity {

	/**
	 * The routine's total time, summed by the database from its steps so lists and
	 * filters never need to load the steps.
	 */
	static final String TOTAL_SECONDS_SQL = "(SELECT COALESCE(SUM(" + StepTiming.TOTAL_SECONDS_SQL
			+ "), 0) FROM step s WHERE s.routine_id = id)";

	private String slug;

	private String title;

	private String summary;

	private String benefits;

	// The Spanish beside each text; null where there is none (see LocalizedText).
	@Column(name = "title_es")
	private String titleEs;

	@Column(name = "summary_es")
	private String summaryEs;

	@Column(name = "benefits_es")
	private String benefitsEs;

	@Enumerated(EnumType.STRING)
	private Difficulty difficulty;

	/**
	 * {@link SearchableText}, kept up to date by every change of the text or steps.
	 * Derived text: its own writes (after the steps of a save are added) do not move the
	 * version on, so a save moves it by one.
	 */
	@Column(name = "search_title")
	@OptimisticLock(excluded = true)
	private String searchTitle;

	@Column(name = "search_title_es")
	@OptimisticLock(excluded = true)
	private String searchTitleEs;

	@Column(name = "search_head")
	@OptimisticLock(excluded = true)
	private String searchHead;

	@Column(name = "search_text")
	@OptimisticLock(excluded = true)
	private String searchText;

	/** The account the routine belongs to; null for catalog routines. */
	@Column(name = "owner_id")
	private Long ownerId;

	@Version
	private int version;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Formula(TOTAL_SECONDS_SQL)
	private int totalSeconds;

	/** The illustration on the routine's card and page; null picks one from its steps. */
	@Column(name = "cover_illustration")
	private String coverIllustration;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "routine_muscle_group", joinColumns = @JoinColumn(name = "routine_id"),
			inverseJoinColumns = @JoinColumn(name = "muscle_group_id"))
	@OrderBy("sortOrder")
	private Set<MuscleGroup> muscleGroups = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "routine_caution", joinColumns = @JoinColumn(name = "routine_id"),
			inverseJoinColumns = @JoinColumn(name = "caution_id"))
	@OrderBy("sortOrder")
	private Set<Caution> cautions = new LinkedHashSet<>();

	/**
	 * Caution id → tier, where this routine's tier differs from the caution's own action.
	 */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "routine_caution_tier", joinColumns = @JoinColumn(name = "routine_id"))
	@MapKeyColumn(name = "caution_id")
	@Column(name = "action")
	@Enumerated(EnumType.STRING)
	private Map<Long, CautionAction> cautionTiers = new HashMap<>();

	@OneToMany(mappedBy = "routine", fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("order")
	private List<Step> steps = new ArrayList<>();

	protected Routine() {
	}

	/** A new routine; {@code ownerId} null makes it a catalog routine. */
	public Routine(String slug, Long ownerId, RoutineDetails details, List<StepContent> steps, Instant now) {
		this.slug = slug;
		this.ownerId = ownerId;
		update(details, now);
		addSteps(steps);
	}

	/**
	 * A private copy of this routine for the given account, under its own title. Needs
	 * steps, muscle groups and cautions loaded.
	 */
	public Routine copyFor(Long ownerId, String slug, String title, Instant now) {
		RoutineDetails details = new RoutineDetails(LocalizedText.english(title), getSummaryText(), getBenefitsText(),
				difficulty, muscleGroups, cautions);
		Routine copy = new Routine(slug, ownerId, details, steps.stream().map(Step::getContent).toList(), now);
		copy.cautionTiers.putAll(cautionTiers);
		copy.coverIllustration = coverIllustration;
		return copy;
	}

	public RoutineDetails getDetails() {
		return new RoutineDetails(getTitleText(), getSummaryText(), getBenefitsText(), difficulty, muscleGroups,
				cautions);
	}

	public void update(RoutineDetails details, Instant now) {
		this.title = details.title().en();
		this.titleEs = details.title().es();
		this.summary = details.summary().en();
		this.summaryEs = details.summary().es();
		this.benefits = details.benefits().en();
		this.benefitsEs = details.benefits().es();
		this.difficulty = details.difficulty();
		this.muscleGroups = new LinkedHashSet<>(details.muscleGroups());
		this.cautions = new LinkedHashSet<>(details.cautions());
		this.updatedAt = now;
		refreshSearchableText();
	}

	/**
	 * Removes every step. The caller flushes before {@linkplain #addSteps adding} new
	 * ones: Hibernate writes inserts before deletes, and the new steps reuse the old step
	 * numbers.
	 */
	public void removeSteps() {
		steps.clear();
		refreshSearchableText();
	}

	/** Appends steps, numbered after the existing ones. */
	public void addSteps(List<StepContent> contents) {
		for (StepContent content : contents) {
			steps.add(new Step(this, steps.size() + 1, content));
		}
		refreshSearchableText();
	}

	private void refreshSearchableText() {
		SearchableText text = SearchableText.of(getTitleText(), getSummaryText(), getBenefitsText(),
				SearchableText.ofSteps(steps));
		searchTitle = text.title();
		searchTitleEs = text.titleEs();
		searchHead = text.head();
		searchText = text.all();
	}

	public Long getOwnerId() {
		return ownerId;
	}

	public boolean isPrivate() {
		return ownerId != null;
	}

	public int getVersion() {
		return version;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getSlug() {
		return slug;
	}

	/** The title in the language of the request; see {@link LocalizedText#current()}. */
	public String getTitle() {
		return getTitleText().current();
	}

	public LocalizedText getTitleText() {
		return new LocalizedText(title, titleEs);
	}

	public String getSummary() {
		return getSummaryText().current();
	}

	public LocalizedText getSummaryText() {
		return new LocalizedText(summary, summaryEs);
	}

	public String getBenefits() {
		return getBenefitsText().current();
	}

	public LocalizedText getBenefitsText() {
		return new LocalizedText(benefits, benefitsEs);
	}

	public Difficulty getDifficulty() {
		return difficulty;
	}

	/** Total time in seconds, each-side steps counted twice. */
	public int getTotalSeconds() {
		return totalSeconds;
	}

	public Set<MuscleGroup> getMuscleGroups() {
		return muscleGroups;
	}

	public Set<Caution> getCautions() {
		return cautions;
	}

	public List<Step> getSteps() {
		return steps;
	}

	/** Null when none was chosen; see {@link Illustrations#cover(Routine)}. */
	public String getCoverIllustration() {
		return coverIllustration;
	}

	/**
	 * Muscle groups some step works that are not among the routine's main ones, by sort
	 * order. Needs the steps and their muscle groups loaded.
	 */
	public List<MuscleGroup> getAlsoWorkedMuscleGroups() {
		return steps.stream()
			.flatMap(step -> step.getMuscleGroups().stream())
			.filter(group -> !muscleGroups.contains(group))
			.distinct()
			.sorted(Comparator.comparingInt(MuscleGroup::getSortOrder))
			.toList();
	}

	/** Equipment the steps need, in a stable order. Needs the steps loaded. */
	public Set<Equipment> getEquipment() {
		Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
		steps.forEach(step -> equipment.add(step.getEquipment()));
		return Equipment.needed(equipment);
	}

	/** Positions the steps use, in a stable order. Needs the steps loaded. */
	public Set<Position> getPositions() {
		Set<Position> positions = EnumSet.noneOf(Position.class);
		steps.forEach(step -> positions.add(step.getPosition()));
		return positions;
	}

	/**
	 * What a person to whom the caution applies does about this routine: its tier here,
	 * or the caution's own action. Needs the cautions loaded.
	 */
	public CautionAction tierOf(Caution caution) {
		return cautionTiers.getOrDefault(caution.getId(), caution.getAction());
	}

	/**
	 * The cautions by their tier for this routine, strictest tier first; tiers with none
	 * left out.
	 */
	public Map<CautionAction, List<Caution>> getCautionsByTier() {
		Map<CautionAction, List<Caution>> byTier = new EnumMap<>(CautionAction.class);
		for (Caution caution : cautions) {
			byTier.computeIfAbsent(tierOf(caution), tier -> new ArrayList<>()).add(caution);
		}
		return byTier;
	}

	/** Sets this routine's tier for one of its cautions. */
	public void setTier(Caution caution, CautionAction tier) {
		if (tier == caution.getAction()) {
			cautionTiers.remove(caution.getId());
		}
		else {
			cautionTiers.put(caution.getId(), tier);
		}
	}

	/**
	 * Makes the routine carry the cautions its steps require, each at the tier the rules
	 * give it, whatever the author ticked; other cautions keep their tier. Tiers of
	 * cautions the routine no longer carries are forgotten.
	 */
	public void require(Map<Caution, CautionAction> required) {
		cautionTiers.keySet().removeIf(id -> cautions.stream().noneMatch(caution -> caution.getId().equals(id)));
		required.forEach((caution, tier) -> {
			cautions.add(caution);
			setTier(caution, tier);
		});
	}

	/** Cautions checked with a question before a session starts. */
	public List<Caution> getSessionQuestions() {
		return cautions.stream().filter(Caution::isAskedBeforeSession).toList();
	}

}
