package app.unknot.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import app.unknot.system.ScriptJson;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.json.JsonMapper;

/**
 * A routine as schema.org {@code HowTo} structured data, for the JSON-LD block of its
 * page: so a search engine or another tool reads the steps, the time and the equipment
 * without scraping the page. Written by Jackson from records, and safe to put inside a
 * {@code <script>} element whatever the routine's text holds. Routine covers are drawn
 * inline, so there is no image address to give.
 */
@Component
class RoutineHowTo {

	private final JsonMapper json;

	private final MessageSource messages;

	RoutineHowTo(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	/**
	 * The JSON-LD text.
	 * @param baseUrl the site's public address (system.SiteAddress), for absolute links
	 */
	String jsonLd(Routine routine, String baseUrl, Locale locale) {
		String page = UriComponentsBuilder.fromUriString(baseUrl)
			.pathSegment("routines", routine.getSlug())
			.encode()
			.build()
			.toUriString();
		List<Tool> tools = routine.getEquipment()
			.stream()
			.filter(equipment -> equipment != Equipment.NONE)
			.map(equipment -> new Tool("HowToTool", messages.getMessage(equipment.getLabelKey(), null, locale)))
			.toList();
		List<HowToStep> steps = routine.getSteps()
			.stream()
			.map(step -> new HowToStep("HowToStep", step.getOrder(), step.getTitle(), step.getInstructions(),
					// Each step's element on the page has this id (routines/show.html).
					page + "#step-" + step.getOrder()))
			.toList();
		HowTo howTo = new HowTo("https://schema.org", "HowTo", routine.getTitle(), routine.getSummary(), page,
				Duration.ofSeconds(routine.getTotalSeconds()).toString(), tools, steps);
		return ScriptJson.safe(json.writeValueAsString(howTo));
	}

	/**
	 * @param totalTime ISO-8601, such as PT8M30S, each-side steps counted twice
	 */
	record HowTo(@JsonProperty("@context") String context, @JsonProperty("@type") String type, String name,
			String description, String url, String totalTime, List<Tool> tool, List<HowToStep> step) {
	}

	record Tool(@JsonProperty("@type") String type, String name) {
	}

	record HowToStep(@JsonProperty("@type") String type, int position, String name, String text, String url) {
	}

}
