package app.unknot.session;

import static app.unknot.system.ResponseChecks.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A session's pages (the safety check, what it answers, the player) load the base
 * stylesheet, the figures' and the player's, and not the one of the other pages
 * ({@code pages.css}): a phone on the floor gets them with fewer bytes. That is safe only
 * while nothing those pages show is styled in {@code pages.css} alone.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionStylesheetsTests {

	private static final Pattern STYLESHEET = Pattern
		.compile("<link rel=\"stylesheet\" href=\"/css/([a-z]+)-[0-9a-f]{32}\\.css\"");

	private static final Pattern CLASS_ATTRIBUTE = Pattern.compile("\\sclass=\"([^\"]*)\"");

	private static final Pattern SAFETY_QUESTION = Pattern.compile("name=\"(answer-[^\"]+)\"");

	private static final String ROUTINE = "daily-pelvic-relaxation";

	private final MockMvcTester mvc;

	SessionStylesheetsTests(@Autowired MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@Test
	void aSessionsPagesLeaveOutTheOtherPagesStyles() {
		sessionPages().forEach((page, result) -> assertThat(stylesheets(result)).as(page)
			.containsExactly("unknot", "figures", "player"));
	}

	@Test
	void everyOtherPageLoadsThemAfterTheBaseStyles() {
		for (String uri : new String[] { "/", "/routines", "/routines/" + ROUTINE, "/muscles", "/muscles/psoas",
				"/safety", "/login", "/signup", "/routines/no-such-routine" }) {
			assertThat(stylesheets(mvc.get().uri(uri).exchange())).as(uri).startsWith("unknot", "pages", "figures");
		}
	}

	@Test
	void nothingASessionsPageShowsIsStyledOnlyInThePagesStylesheet() throws IOException {
		Set<String> shown = new TreeSet<>();
		sessionPages().values().forEach(result -> shown.addAll(classes(body(result))));
		assertThat(shown).as("classes on a session's pages").contains("player", "check-form", "site-header");

		List<String> styledOnlyForOtherPages = new ArrayList<>();
		for (String selector : selectors(
				new ClassPathResource("static/css/pages.css").getContentAsString(StandardCharsets.UTF_8))) {
			Set<String> needed = selectorClasses(selector);
			if (!needed.isEmpty() && shown.containsAll(needed)) {
				styledOnlyForOtherPages.add(selector);
			}
		}
		assertThat(styledOnlyForOtherPages).as("rules in pages.css that match what a session's page shows").isEmpty();
	}

	/**
	 * The check as asked, answered "no" throughout (the player), answered "yes" to a
	 * blocking question, answered in part (refused), and the page for answers that could
	 * not be checked offline.
	 */
	private Map<String, MvcTestResult> sessionPages() {
		Map<String, MvcTestResult> pages = new LinkedHashMap<>();
		MvcTestResult check = mvc.get().uri("/routines/{slug}/session", ROUTINE).exchange();
		pages.put("the check", check);
		List<String> questions = SAFETY_QUESTION.matcher(body(check))
			.results()
			.map(found -> found.group(1))
			.distinct()
			.toList();
		assertThat(questions).as("the check's questions").isNotEmpty();
		String allNo = questions.stream().map(question -> question + "=no").collect(Collectors.joining("&"));
		pages.put("the player", mvc.get().uri("/routines/" + ROUTINE + "/session/answers?" + allNo).exchange());
		pages.put("a blocking yes",
				mvc.get()
					.uri("/routines/" + ROUTINE + "/session/answers?" + allNo.replaceFirst("=no", "=yes"))
					.exchange());
		pages.put("answered in part",
				mvc.get().uri("/routines/" + ROUTINE + "/session/answers?" + questions.get(0) + "=no").exchange());
		pages.put("not checked", mvc.get().uri("/routines/{slug}/session/unchecked", ROUTINE).exchange());
		assertThat(body(pages.get("the player"))).contains("id=\"player\"");
		assertThat(pages.get("answered in part")).hasStatus4xxClientError();
		return pages;
	}

	private static List<String> stylesheets(MvcTestResult result) {
		return STYLESHEET.matcher(body(result)).results().map(found -> found.group(1)).toList();
	}

	private static Set<String> classes(String html) {
		Set<String> classes = new TreeSet<>();
		Matcher attribute = CLASS_ATTRIBUTE.matcher(html);
		while (attribute.find()) {
			classes.addAll(List.of(attribute.group(1).trim().split("\\s+")));
		}
		return classes;
	}

	/**
	 * Each selector of each rule, inside media queries too; comments and at-rules left
	 * out.
	 */
	private static List<String> selectors(String css) {
		String lean = css.replaceAll("(?s)/\\*.*?\\*/", "");
		List<String> selectors = new ArrayList<>();
		Matcher prelude = Pattern.compile("([^{}]+)\\{").matcher(lean);
		while (prelude.find()) {
			String text = prelude.group(1).trim();
			if (!text.startsWith("@")) {
				for (String selector : text.split(",")) {
					selectors.add(selector.trim());
				}
			}
		}
		return selectors;
	}

	/**
	 * The classes an element needs for the selector to match it (not those it must lack).
	 */
	private static Set<String> selectorClasses(String selector) {
		String wanted = selector.replaceAll(":not\\([^)]*\\)", "");
		Set<String> classes = new TreeSet<>();
		Matcher found = Pattern.compile("\\.([\\w-]+)").matcher(wanted);
		while (found.find()) {
			classes.add(found.group(1));
		}
		return classes;
	}

}
