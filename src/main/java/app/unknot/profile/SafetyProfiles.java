package app.unknot.profile;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.catalog.Caution;
import app.unknot.catalog.CautionRepository;
import app.unknot.catalog.MuscleGroup;
import app.unknot.catalog.RoutineCatalog;
import app.unknot.system.RequestRefusedException;

/** Reading and saving a person's safety profile. */
@Service
@Transactional
public class SafetyProfiles {

	/** What the profile page offers to tick. */
	public record Choices(List<Caution> cautions, List<MuscleGroup> muscleGroups) {
	}

	/** What a person has ticked: caution codes and muscle group slugs. */
	public record Ticks(Set<String> cautionCodes, Set<String> muscleSlugs) {
	}

	private final SafetyProfileRepository profiles;

	private final CautionRepository cautions;

	private final RoutineCatalog catalog;

	private final Clock clock;

	SafetyProfiles(SafetyProfileRepository profiles, CautionRepository cautions, RoutineCatalog catalog, Clock clock) {
		this.profiles = profiles;
		this.cautions = cautions;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * Only lasting conditions a session asks about are offered: the others apply to
	 * everyone during a session (a pulse under the fingers, pressing on bone, stop
	 * signs), or are true only today (a fever, red flags) and are asked fresh each time.
	 */
	@Transactional(readOnly = true)
	public Choices choices() {
		List<Caution> askable = cautions.findAllByOrderBySortOrder()
			.stream()
			.filter(Caution::isAskedBeforeSession)
			.filter(Caution::isInProfile)
			.toList();
		return new Choices(askable, catalog.getMuscleGroups());
	}

	@Transactional(readOnly = true)
	public Ticks ticks(long accountId) {
		return profiles.findByAccountId(accountId)
			.map(profile -> new Ticks(codes(profile.getCautions(), Caution::getCode),
					codes(profile.getAvoidedMuscleGroups(), MuscleGroup::getSlug)))
			.orElse(new Ticks(Set.of(), Set.of()));
	}

	/** The codes of the cautions the person ticked: one statement. */
	@Transactional(readOnly = true)
	public Set<String> cautionCodes(long accountId) {
		return Set.copyOf(profiles.findCautionCodesByAccountId(accountId));
	}

	/**
	 * Replaces the profile with the given ticks. Every code and slug must be one the page
	 * offered; otherwise nothing is saved.
	 * @throws RequestRefusedException (400) naming the first value that is not offered
	 */
	public void save(long accountId, Collection<String> cautionCodes, Collection<String> muscleSlugs) {
		Choices choices = choices();
		Set<Caution> ticked = pick(choices.cautions(), Caution::getCode, cautionCodes);
		Set<MuscleGroup> avoided = pick(choices.muscleGroups(), MuscleGroup::getSlug, muscleSlugs);
		SafetyProfile profile = profiles.findByAccountId(accountId).orElseGet(() -> new SafetyProfile(accountId));
		profile.replace(ticked, avoided, clock.instant());
		profiles.save(profile);
	}

	private static <T> Set<T> pick(List<T> offered, Function<T, String> key, Collection<String> wanted) {
		Map<String, T> byKey = offered.stream().collect(Collectors.toMap(key, Function.identity()));
		Set<T> picked = new LinkedHashSet<>();
		for (String value : wanted) {
			T item = byKey.get(value);
			if (item == null) {
				throw RequestRefusedException.badRequest("profile.safety.unknown", value);
			}
			picked.add(item);
		}
		return picked;
	}

	private static <T> Set<String> codes(Set<T> items, Function<T, String> key) {
		return items.stream().map(key).collect(Collectors.toUnmodifiableSet());
	}

}
