package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The guide's own texts: short sentences, British spelling, no promise of a cure. */
class SafetyGuideLanguageTests {

	private static Map<String, String> guide;

	@BeforeAll
	static void load() throws IOException {
		Properties messages = new Properties();
		try (Reader in = new InputStreamReader(
				SafetyGuideLanguageTests.class.getResourceAsStream("/messages.properties"), StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		guide = new java.util.TreeMap<>();
		messages.stringPropertyNames()
			.stream()
			.filter(key -> key.startsWith("safety.") || key.startsWith("pressure.scale."))
			.forEach(key -> guide.put(key, messages.getProperty(key)));
	}

	private static List<String> sentences() {
		List<String> sentences = new ArrayList<>();
		guide.forEach((key, text) -> {
			for (String item : text.split("\\|")) {
				for (String sentence : item.split("(?<=[.!?:;])\\s+")) {
					sentences.add(key + ": " + sentence);
				}
			}
		});
		return sentences;
	}

	@Test
	void theGuideHasItsTexts() {
		assertThat(guide).containsKeys("safety.urgent.items", "safety.soon.items", "safety.warmup.heat.items",
				"safety.warmup.move.items", "safety.aftercare.not.items", "pressure.scale.LIGHT",
				"pressure.scale.MODERATE", "pressure.scale.FIRM");
	}

	@Test
	void everySentenceHasAtMostTwentyWords() {
		assertThat(sentences()).allSatisfy(
				sentence -> assertThat(sentence.substring(sentence.indexOf(": ") + 2).trim().split("\\s+")).as(sentence)
					.hasSizeLessThanOrEqualTo(20));
	}

	@Test
	void spellingIsBritishAndNothingPromisesACure() {
		assertThat(String.join("\n", guide.values())).doesNotContainPattern(
				"(?i)\\b(counterclockwise|color|center|favorite|pedaling|traveling|inches?|pounds?|cures?|heals?|guaranteed?)\\b");
	}

}
