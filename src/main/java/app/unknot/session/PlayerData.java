package app.unknot.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import app.unknot.catalog.Caution;
import app.unknot.catalog.Durations;
import app.unknot.catalog.Position;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.Step;
import app.unknot.catalog.StepTiming;
import app.unknot.catalog.UrlValue;
import app.unknot.system.ScriptJson;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON block the player script reads: the plan's steps (each with its safety cue, the
 * first sentence of its instructions to speak, and reminders of the person's cautions
 * that concern it), the fixed pauses, links and every sentence it shows or speaks (all
 * text comes from messages.properties). Written so it can sit inside a {@code <script>}
 * element whatever the steps contain.
 */
@Component
class PlayerData {

	/**
	 * Messages the script uses; patterns with {0} are passed as written and filled in by
	 * the script.
	 */
	static final List<String> MESSAGE_KEYS = List.of("phase.ready", "phase.transition", "phase.left", "phase.right",
			"phase.sideLying.left", "phase.sideLying.right", "phase.switch", "phase.turnover", "phase.otherSide",
			"phase.hold", "phase.holdOneSet", "phase.rest", "phase.setRest", "phase.untimed", "whenReady", "stepOf",
			"elapsed", "next", "next.turnover", "next.otherSide", "next.end", "upNext", "pause", "resume", "mute",
			"announce.step", "announce.stepSafety", "announce.turnover", "announce.switch", "announce.paused",
			"announce.resumed", "announce.done", "announce.ended", "speak.step", "speak.stepSafety", "speak.turnover",
			"speak.halfway", "speak.next", "pacer.in", "pacer.out", "summary.done", "summary.ended", "summary.time",
			"summary.steps", "summary.skipped", "restored", "restoredPaused", "history.saving", "history.saved",
			"history.rated", "history.queued", "history.failed", "history.signedOut");

	private static final Pauses PAUSES = new Pauses(SessionPlan.READY_SECONDS, SessionPlan.TRANSITION_SECONDS,
			SessionPlan.SWITCH_SECONDS, SessionPlan.TURNOVER_SECONDS);

	private final MessageSource messages;

	private final JsonMapper json;

	private final Durations durations;

	PlayerData(MessageSource messages, JsonMapper json, Durations durations) {
		this.messages = messages;
		this.json = json;
		this.durations = durations;
	}

	String toJson(SessionPlan plan, Locale locale) {
		List<PlayerStep> steps = plan.steps()
			.stream()
			.map(step -> playerStep(step, plan.remindersAt(step), locale))
			.toList();
		Map<String, String> text = new LinkedHashMap<>();
		for (String key : MESSAGE_KEYS) {
			text.put(key, messages.getMessage("session.js." + key, null, locale));
		}
		PlayerRoutine routine = new PlayerRoutine(plan.routine().getSlug(), plan.routine().getTitle(),
				plan.getStorageKey(), plan.minutes(), durations.minutes(plan.routine().getTotalSeconds()), PAUSES,
				steps, text);
		return ScriptJson.safe(json.writeValueAsString(routine));
	}

	private PlayerStep playerStep(SessionStep step, List<Caution> reminders, Locale locale) {
		Step content = step.step();
		Pressure pressure = content.getPressure();
		return new PlayerStep(content.getTitle(), content.getInstructions(), step.shortInstruction(),
				content.getSafetyCue(),
				reminders.stream().map(caution -> new Reminder(caution.getTitle(), caution.getAdvice())).toList(),
				label(content.getPosition(), locale), content.getPosition() == Position.SIDE_LYING,
				pressure == null ? null : messages.getMessage("pressure.scale." + pressure.name(), null, locale),
				label(content.getEquipment(), locale), content.getBreathingCue(), step.times(), content.isSideBlock());
	}

	private String label(UrlValue value, Locale locale) {
		return value == null ? null : messages.getMessage(value.getLabelKey(), null, locale);
	}

	/**
	 * The whole block, as js/session/player.js reads it.
	 *
	 * @param minutes the chosen length in minutes, or null for the routine as written
	 * @param fullMinutes the routine's own length in whole minutes, rounded up as the
	 * pages show it
	 */
	record PlayerRoutine(String slug, String title, String storageKey, Integer minutes, int fullMinutes, Pauses options,
			List<PlayerStep> steps, Map<String, String> messages) {
	}

	/** Seconds of the pauses the player adds, as {@link SessionPlan} counts them. */
	record Pauses(int readySeconds, int transitionSeconds, int switchSeconds, int turnoverSeconds) {
	}

	/**
	 * One step with its position, pressure and equipment as labels in the person's
	 * language (pressure null when the step presses nothing), and its times, scaled to
	 * the session, as flat fields beside the rest, as js/session/timing.js reads them.
	 */
	record PlayerStep(String title, String instructions, String shortInstruction, String safetyCue,
			List<Reminder> reminders, String position, boolean sideLying, String pressure, String equipment,
			String breathingCue, @JsonUnwrapped StepTiming times, boolean sideBlock) {
	}

	/** A caution to keep in mind at a step. */
	record Reminder(String title, String advice) {
	}

}
