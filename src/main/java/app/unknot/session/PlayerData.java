package app.unknot.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import app.unknot.catalog.Durations;
import app.unknot.catalog.Position;
import app.unknot.catalog.UrlValue;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON block the player script reads: the plan's steps (each with its safety cue, the
 * first sentence of its instructions to speak, and reminders of the person's cautions that
 * concern it), the fixed pauses, links and every sentence it shows or speaks (all text comes
 * from messages.properties). Written so it can sit inside a {@code <script>} element whatever
 * the steps contain.
 */
@Component
class PlayerData {

	/** Messages the script uses; patterns with {0} are passed as written and filled in by the script. */
	static final List<String> MESSAGE_KEYS = List.of("phase.ready", "phase.transition", "phase.left",
			"phase.right", "phase.sideLying.left", "phase.sideLying.right", "phase.switch", "phase.turnover",
			"phase.otherSide", "phase.hold", "phase.holdOneSet", "phase.rest", "phase.setRest", "phase.untimed",
			"whenReady", "stepOf", "elapsed", "next", "next.turnover", "next.otherSide", "next.end", "upNext",
			"pause", "resume", "mute", "announce.step", "announce.stepSafety", "announce.turnover",
			"announce.switch", "announce.paused", "announce.resumed", "announce.done", "announce.ended",
			"speak.step", "speak.stepSafety", "speak.turnover", "speak.halfway", "speak.next", "pacer.in",
			"pacer.out", "summary.done",
			"summary.ended", "summary.time", "summary.steps", "summary.skipped", "restored", "restoredPaused",
			"history.saving", "history.saved", "history.rated", "history.failed", "history.signedOut");

	private final MessageSource messages;

	private final JsonMapper json;

	private final Durations durations;

	PlayerData(MessageSource messages, JsonMapper json, Durations durations) {
		this.messages = messages;
		this.json = json;
		this.durations = durations;
	}

	String toJson(SessionPlan plan, Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("slug", plan.routine().getSlug());
		data.put("title", plan.routine().getTitle());
		data.put("storageKey", plan.getStorageKey());
		// The chosen length, for the player to show: minutes asked for (null for the routine as
		// written), and the routine's own length in whole minutes, rounded up as the pages show it.
		data.put("minutes", plan.minutes());
		data.put("fullMinutes", durations.minutes(plan.routine().getTotalSeconds()));
		data.put("options", Map.of("readySeconds", SessionPlan.READY_SECONDS, "transitionSeconds",
				SessionPlan.TRANSITION_SECONDS, "switchSeconds", SessionPlan.SWITCH_SECONDS, "turnoverSeconds",
				SessionPlan.TURNOVER_SECONDS));
		List<Map<String, Object>> steps = new ArrayList<>();
		for (SessionStep step : plan.steps()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("title", step.getTitle());
			item.put("instructions", step.getInstructions());
			item.put("shortInstruction", step.getShortInstruction());
			item.put("safetyCue", step.getSafetyCue());
			item.put("reminders", plan.remindersAt(step)
				.stream()
				.map(caution -> Map.of("title", caution.getTitle(), "advice", caution.getAdvice()))
				.toList());
			item.put("position", label(step.getPosition(), locale));
			item.put("sideLying", step.getPosition() == Position.SIDE_LYING);
			item.put("pressure", step.getPressure() == null ? null
					: messages.getMessage("pressure.scale." + step.getPressure().name(), null, locale));
			item.put("equipment", label(step.getEquipment(), locale));
			item.put("breathingCue", step.getBreathingCue());
			item.put("timing", step.getTiming().name());
			item.put("durationSeconds", step.getDurationSeconds());
			item.put("holdSeconds", step.getHoldSeconds());
			item.put("reps", step.getReps());
			item.put("sets", step.getSets());
			item.put("restSeconds", step.getRestSeconds());
			item.put("setRestSeconds", step.getSetRestSeconds());
			item.put("eachSide", step.isEachSide());
			item.put("sideBlock", step.isSideBlock());
			steps.add(item);
		}
		data.put("steps", steps);
		Map<String, String> text = new LinkedHashMap<>();
		for (String key : MESSAGE_KEYS) {
			text.put(key, messages.getMessage("session.js." + key, null, locale));
		}
		data.put("messages", text);
		return scriptSafe(json.writeValueAsString(data));
	}

	private String label(UrlValue value, Locale locale) {
		return value == null ? null : messages.getMessage(value.getLabelKey(), null, locale);
	}

	/**
	 * JSON allows {@code <}, {@code >} and {@code &} only inside strings, where the escapes
	 * mean the same; with them gone no text can close the script element or open a comment.
	 */
	static String scriptSafe(String jsonText) {
		return jsonText.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
