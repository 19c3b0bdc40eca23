package app.unknot.catalog;

import java.io.Serial;
import java.io.Serializable;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/**
 * A row of the {@code routine_conflict} view: why a routine may not suit one account. The
 * rule lives in the view alone, so the catalog's safe filter and the profile's labels
 * cannot drift apart. Read-only.
 */
@Entity
@Immutable
@Subselect("SELECT * FROM routine_conflict")
// The tables behind the view: Hibernate flushes pending changes to them before a query
// reads it.
@Synchronize({ "safety_profile_caution", "safety_profile_muscle_group", "safety_clearance", "routine_caution",
		"routine_caution_tier", "caution", "routine_muscle_group", "step", "step_muscle_group" })
@IdClass(RoutineConflict.Key.class)
class RoutineConflict {

	@Id
	@Column(name = "account_id")
	private Long accountId;

	@Id
	@Column(name = "routine_id")
	private Long routineId;

	/** CAUTION (a caution the person ticked) or AREA (a muscle group they avoid). */
	@Id
	private String kind;

	/** The caution's or the muscle group's id. */
	@Id
	@Column(name = "item_id")
	private Long itemId;

	/** Whether the conflict keeps the routine out of the person's safe catalog. */
	private boolean blocks;

	protected RoutineConflict() {
	}

	record Key(Long accountId, Long routineId, String kind, Long itemId) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

	}

}
