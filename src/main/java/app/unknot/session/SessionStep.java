package app.unknot.session;

import app.unknot.catalog.Equipment;
import app.unknot.catalog.Position;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.Step;
import app.unknot.catalog.Technique;
import app.unknot.catalog.Timing;

/**
 * A step as one session runs it: the catalog step's text with its timing possibly scaled to
 * the length the person chose. Has the same getters as {@link Step}, so the shared
 * {@code fragments/routine :: timing(step)} fragment prints it.
 */
public final class SessionStep {

	private final int number;

	private final String title;

	private final String instructions;

	private final Technique technique;

	private final Pressure pressure;

	private final Position position;

	private final Equipment equipment;

	private final String breathingCue;

	private final Timing timing;

	private final Integer durationSeconds;

	private final Integer holdSeconds;

	private final Integer reps;

	private final Integer sets;

	private final Integer restSeconds;

	private final Integer setRestSeconds;

	private final boolean eachSide;

	SessionStep(int number, String title, String instructions, Technique technique, Pressure pressure,
			Position position, Equipment equipment, String breathingCue, Timing timing, Integer durationSeconds,
			Integer holdSeconds, Integer reps, Integer sets, Integer restSeconds, Integer setRestSeconds,
			boolean eachSide) {
		this.number = number;
		this.title = title;
		this.instructions = instructions;
		this.technique = technique;
		this.pressure = pressure;
		this.position = position;
		this.equipment = equipment;
		this.breathingCue = breathingCue;
		this.timing = timing;
		this.durationSeconds = durationSeconds;
		this.holdSeconds = holdSeconds;
		this.reps = reps;
		this.sets = sets;
		this.restSeconds = restSeconds;
		this.setRestSeconds = setRestSeconds;
		this.eachSide = eachSide;
	}

	static SessionStep of(int number, Step step) {
		return new SessionStep(number, step.getTitle(), step.getInstructions(), step.getTechnique(),
				step.getPressure(), step.getPosition(), step.getEquipment(), step.getBreathingCue(), step.getTiming(),
				step.getDurationSeconds(), step.getHoldSeconds(), step.getReps(), step.getSets(),
				step.getRestSeconds(), step.getSetRestSeconds(), step.isEachSide());
	}

	/** A copy with a new duration (timed and untimed steps). */
	SessionStep withDuration(int seconds) {
		return new SessionStep(number, title, instructions, technique, pressure, position, equipment, breathingCue,
				timing, seconds, holdSeconds, reps, sets, restSeconds, setRestSeconds, eachSide);
	}

	/** A copy with new hold and rest times; reps and sets never change. */
	SessionStep withHolds(int hold, int rest, int setRest) {
		return new SessionStep(number, title, instructions, technique, pressure, position, equipment, breathingCue,
				timing, durationSeconds, hold, reps, sets, rest, setRest, eachSide);
	}

	/** Seconds for one side; the same sum as {@link Step#getSecondsPerSide()}. */
	public int getSecondsPerSide() {
		if (timing == Timing.REPS) {
			int holds = sets * reps;
			return holds * holdSeconds + sets * (reps - 1) * restSeconds + (sets - 1) * setRestSeconds;
		}
		return durationSeconds;
	}

	public int getTotalSeconds() {
		return eachSide ? 2 * getSecondsPerSide() : getSecondsPerSide();
	}

	/** 1-based position in the routine. */
	public int getNumber() {
		return number;
	}

	public String getTitle() {
		return title;
	}

	public String getInstructions() {
		return instructions;
	}

	public Technique getTechnique() {
		return technique;
	}

	public Pressure getPressure() {
		return pressure;
	}

	public Position getPosition() {
		return position;
	}

	public Equipment getEquipment() {
		return equipment;
	}

	public String getBreathingCue() {
		return breathingCue;
	}

	public Timing getTiming() {
		return timing;
	}

	public Integer getDurationSeconds() {
		return durationSeconds;
	}

	public Integer getHoldSeconds() {
		return holdSeconds;
	}

	public Integer getReps() {
		return reps;
	}

	public Integer getSets() {
		return sets;
	}

	public Integer getRestSeconds() {
		return restSeconds;
	}

	public Integer getSetRestSeconds() {
		return setRestSeconds;
	}

	public boolean isEachSide() {
		return eachSide;
	}

}
