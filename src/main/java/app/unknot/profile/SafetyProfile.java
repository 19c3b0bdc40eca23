package app.unknot.profile;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import app.unknot.catalog.Caution;
import app.unknot.catalog.MuscleGroup;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * What a person told us about their body: cautions that apply to them and muscle groups
 * to leave alone. Mapped as an entity (rather than read with plain SQL) so the catalog
 * search can hide conflicting routines inside its one JPQL statement. The account is
 * known by its id alone: the profile needs nothing else from it.
 */
@Entity
@Table(name = "safety_profile")
class SafetyProfile {

	@Id
	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "safety_profile_caution", joinColumns = @JoinColumn(name = "account_id"),
			inverseJoinColumns = @JoinColumn(name = "caution_id"))
	@OrderBy("sortOrder")
	private Set<Caution> cautions = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "safety_profile_muscle_group", joinColumns = @JoinColumn(name = "account_id"),
			inverseJoinColumns = @JoinColumn(name = "muscle_group_id"))
	@OrderBy("sortOrder")
	private Set<MuscleGroup> avoidedMuscleGroups = new LinkedHashSet<>();

	protected SafetyProfile() {
	}

	SafetyProfile(long accountId) {
		this.accountId = accountId;
	}

	void replace(Set<Caution> cautions, Set<MuscleGroup> avoidedMuscleGroups, Instant now) {
		this.cautions.clear();
		this.cautions.addAll(cautions);
		this.avoidedMuscleGroups.clear();
		this.avoidedMuscleGroups.addAll(avoidedMuscleGroups);
		this.updatedAt = now;
	}

	Set<Caution> getCautions() {
		return cautions;
	}

	Set<MuscleGroup> getAvoidedMuscleGroups() {
		return avoidedMuscleGroups;
	}

}
