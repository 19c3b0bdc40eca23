package app.unknot.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.util.UriComponentsBuilder;

import app.unknot.catalog.Caution;

/**
 * What a service worker keeps so that a routine's session runs offline: the routine page,
 * the safety check with nothing answered, the server's own answer to each set of answers
 * worth keeping, and every script module (the pages name the stylesheets and sounds; the
 * modules they import are named here). The worker decides nothing about safety: offline
 * it shows the page the server rendered for exactly the answers given, and for answers it
 * holds no page for, the server's "do not start" page of a question answered yes that
 * blocks ({@link OfflinePack#stop()}), or else the page that says the answers could not
 * be checked.
 */
@Component
class OfflinePacks {

	/**
	 * Up to this many questions that do not block, every combination of answers is kept;
	 * beyond it only "all no" and each one alone (16 pages at most, not 2^n).
	 */
	static final int COMBINED_UP_TO = 3;

	private final ResourceUrlProvider resourceUrls;

	private final String[] modules;

	OfflinePacks(ResourceUrlProvider resourceUrls) {
		this.resourceUrls = resourceUrls;
		this.modules = scriptModules();
	}

	/**
	 * @param pages every address to keep, the routine page first
	 * @param check the safety check to show offline for the session's address
	 * @param answers the address of the server's answer; add the form's fields in the
	 * order of {@code questions}, each {@code answer-<code>=yes|no}
	 * @param questions the routine's question codes, in order
	 * @param stop for each question whose "yes" alone blocks the session for this person,
	 * the page that says so
	 * @param unchecked the page for answers no kept page answers
	 * @param assets the script modules the pages load or import
	 * @param owner whom the pages are for ({@code SignedIn.offlineOwner}); every page
	 * names whom it is for too, and the worker saves the pack again when they differ
	 */
	record OfflinePack(List<String> pages, String check, String answers, List<String> questions,
			Map<String, String> stop, String unchecked, List<String> assets, String owner) {
	}

	OfflinePack pack(SessionPlan plan, Map<String, Screening> screenings, String owner) {
		String slug = plan.routine().getSlug();
		List<String> questions = plan.routine().getSessionQuestions().stream().map(Caution::getCode).toList();
		List<String> pages = new ArrayList<>();
		pages.add(address("/routines/{slug}", slug, plan.minutes()).toUriString());
		String check = address("/routines/{slug}/session/check", slug, plan.minutes()).toUriString();
		String unchecked = address("/routines/{slug}/session/unchecked", slug, plan.minutes()).toUriString();
		pages.add(check);
		pages.add(unchecked);
		List<String> starting = questions.stream().filter(code -> screenings.get(code).mayStart()).toList();
		Map<String, String> stop = new LinkedHashMap<>();
		questions.stream()
			.filter(code -> !screenings.get(code).mayStart())
			.sorted(Comparator.comparingInt(code -> severity(screenings.get(code))))
			.forEach(code -> stop.put(code, answered(plan, questions, List.of(code))));
		pages.addAll(stop.values());
		for (List<String> yes : combinations(starting)) {
			pages.add(answered(plan, questions, yes));
		}
		List<String> assets = Arrays.stream(modules)
			.map(resourceUrls::getForLookupPath)
			.filter(Objects::nonNull)
			.toList();
		return new OfflinePack(pages, check, address("/routines/{slug}/session/answers", slug, null).toUriString(),
				questions, stop, unchecked, assets, owner);
	}

	/** Urgent first, then "do not start", then "ask a professional first". */
	private static int severity(Screening screening) {
		return screening.isUrgent() ? 0 : screening.doNotStart().isEmpty() ? 2 : 1;
	}

	/** Answers with these codes yes and every other no, as the session may be asked. */
	static Map<String, Boolean> answers(List<String> questions, List<String> yes) {
		Map<String, Boolean> answers = new LinkedHashMap<>();
		questions.forEach(code -> answers.put(code, yes.contains(code)));
		return answers;
	}

	private static List<List<String>> combinations(List<String> codes) {
		List<List<String>> combinations = new ArrayList<>();
		if (codes.size() <= COMBINED_UP_TO) {
			for (int mask = 0; mask < 1 << codes.size(); mask++) {
				List<String> yes = new ArrayList<>();
				for (int i = 0; i < codes.size(); i++) {
					if ((mask & 1 << i) != 0) {
						yes.add(codes.get(i));
					}
				}
				combinations.add(yes);
			}
		}
		else {
			combinations.add(List.of());
			codes.forEach(code -> combinations.add(List.of(code)));
		}
		return combinations;
	}

	private static String answered(SessionPlan plan, List<String> questions, List<String> yes) {
		UriComponentsBuilder url = address("/routines/{slug}/session/answers", plan.routine().getSlug(),
				plan.minutes());
		answers(questions, yes)
			.forEach((code, answer) -> url.queryParam(SafetyForm.FIELD_PREFIX + code, answer ? "yes" : "no"));
		return url.buildAndExpand(plan.routine().getSlug()).encode().toUriString();
	}

	private static UriComponentsBuilder address(String path, String slug, Integer minutes) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		if (minutes != null) {
			url.queryParam("minutes", minutes);
		}
		return url.uriVariables(Map.of("slug", slug));
	}

	private static String[] scriptModules() {
		try {
			Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath:/static/js/**/*.js");
			List<String> paths = new ArrayList<>();
			for (Resource script : scripts) {
				String url = script.getURL().toString();
				paths.add(url.substring(url.lastIndexOf("/static/") + "/static".length()));
			}
			return paths.stream().sorted().toArray(String[]::new);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

}
