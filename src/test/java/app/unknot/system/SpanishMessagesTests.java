package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every interface text exists in Spanish, says as much as the English (the same
 * placeholders, the same number of list items and choices) and is a pattern MessageFormat
 * reads as meant.
 */
class SpanishMessagesTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

	private static Properties english;

	private static Properties spanish;

	@BeforeAll
	static void load() throws IOException {
		english = load("/messages.properties");
		spanish = load("/messages_es.properties");
	}

	/** A messages file, read as Spring reads it: UTF-8. */
	static Properties load(String name) throws IOException {
		Properties messages = new Properties();
		try (Reader in = new InputStreamReader(SpanishMessagesTests.class.getResourceAsStream(name),
				StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		return messages;
	}

	@Test
	void everyKeyHasASpanishTextThatIsNotEmpty() {
		assertThat(english.stringPropertyNames()).hasSizeGreaterThan(800)
			.allSatisfy(key -> assertThat(spanish.getProperty(key)).as("Spanish for %s", key).isNotNull().isNotBlank());
	}

	@Test
	void spanishHasNoKeyThatEnglishLacks() {
		assertThat(spanish.stringPropertyNames()).isSubsetOf(english.stringPropertyNames());
	}

	@Test
	void spanishTextsUseTheSamePlaceholdersListItemsAndChoices() {
		assertThat(english.stringPropertyNames()).allSatisfy(key -> {
			String en = english.getProperty(key);
			String es = spanish.getProperty(key, "");
			assertThat(placeholders(es)).as("placeholders of %s", key).isEqualTo(placeholders(en));
			assertThat(es.chars().filter(c -> c == '|').count()).as("items and choices of %s: %s", key, es)
				.isEqualTo(en.chars().filter(c -> c == '|').count());
		});
	}

	/**
	 * In a pattern with arguments a single quote starts a quoted part, so it must be
	 * doubled; such patterns must also be readable by MessageFormat at all.
	 */
	@Test
	void patternsWithArgumentsDoubleTheirApostrophesAndParse() {
		assertThat(spanish.stringPropertyNames()).allSatisfy(key -> {
			String es = spanish.getProperty(key);
			if (!placeholders(es).isEmpty()) {
				assertThat(es.replace("''", "")).as("apostrophes of %s", key).doesNotContain("'");
				assertThat(new MessageFormat(es, Locale.forLanguageTag("es")).getFormats()).as(key).isNotNull();
			}
		});
	}

	/**
	 * The safety wording keeps its meaning: not medical advice, every stop sign, and
	 * where to get help at once.
	 */
	@Test
	void theSafetyWordingKeepsEveryStopSignAndWhereToGetHelp() {
		assertThat(spanish.getProperty("disclaimer.text")).contains("no consejo médico", "médico o fisioterapeuta",
				"detente de inmediato", "dolor agudo", "mareo", "náuseas", "entumecimiento", "hormigueo");
		assertThat(spanish.getProperty("session.focus.disclaimer")).contains("no consejo médico");
		assertThat(spanish.getProperty("session.pain.text")).contains("dolor agudo", "mareo", "náuseas",
				"entumecimiento", "hormigueo", "parar");
		assertThat(spanish.getProperty("safety.stop.items").split("\\|")).hasSize(5)
			.anySatisfy(item -> assertThat(item).contains("Dolor agudo"))
			.anySatisfy(item -> assertThat(item).contains("Mareo"))
			.anySatisfy(item -> assertThat(item).contains("Náuseas"))
			.anySatisfy(item -> assertThat(item).contains("hormigueo"))
			.anySatisfy(item -> assertThat(item).contains("pulso"));
		assertThat(spanish.getProperty("safety.urgent.action")).contains("112", "urgencias", "No empieces");
		assertThat(spanish.getProperty("session.check.urgent.lead")).contains("No hagas esta rutina",
				"número de emergencias");
		assertThat(spanish.getProperty("cautionaction.DO_NOT_START")).isEqualTo("No empieces");
	}

	@Test
	void choicesAgreeWithTheirNumberInSpanish() {
		assertThat(format("catalog.count", 0)).isEqualTo("Ninguna rutina");
		assertThat(format("catalog.count", 1)).isEqualTo("1 rutina");
		assertThat(format("catalog.count", 12)).isEqualTo("12 rutinas");
		assertThat(format("progress.days", 1)).isEqualTo("1 día");
		assertThat(format("progress.calendar.day", "lunes 4 de mayo", 2)).isEqualTo("lunes 4 de mayo: 2 sesiones");
	}

	private static String format(String key, Object... arguments) {
		return new MessageFormat(spanish.getProperty(key), Locale.forLanguageTag("es")).format(arguments);
	}

	private static Set<String> placeholders(String pattern) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

}
