package app.unknot.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import app.unknot.system.PartRenderer;
import app.unknot.system.RenderedPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The part of a routine's card that is the same for everyone ({@code cardBody} in
 * {@code fragments/routine.html}: picture, title, summary, time, difficulty, equipment
 * and areas). A page of results spent most of its time rendering its cards, one to
 * twenty-four a page, so each card's part is rendered once per routine version and
 * language and kept ({@link RenderedPages#fragments}) until the catalog changes, as is
 * the link to sign in that visitors have in place of the star; a signed-in reader's star
 * and safety labels are rendered for them on every view. Only routines the reader may see
 * reach here: the cards come from a search or list made for them.
 */
@Component
public class RoutineCards {

	static final String VIEW = "fragments/routine :: cardBodies";

	static final String VISITOR_STAR = "fragments/personal :: visitorStar";

	/** Written after each card's part when several are rendered at once. */
	static final String END_OF_CARD = "<!--card end-->";

	private final RenderedPages rendered;

	private final PartRenderer renderer;

	RoutineCards(RenderedPages rendered, PartRenderer renderer) {
		this.rendered = rendered;
		this.renderer = renderer;
	}

	/** Everything a card's part shows besides the catalog's shared content. */
	record Key(long routineId, int version, Locale locale, String contextPath) {
	}

	/** The link a visitor has in place of the star shows only words and an address. */
	record VisitorStarKey(Locale locale, String contextPath) {
	}

	/**
	 * What the cards of a page splice in.
	 *
	 * @param shared each card's part that is the same for everyone, by routine id
	 * @param visitorStar for a reader who is not signed in, what stands in each card for
	 * the favourite star (a link to sign in); null for a signed-in reader, whose stars
	 * are their own
	 */
	public record CardParts(Map<Long, String> shared, String visitorStar) {
	}

	/**
	 * The parts of the given cards, for the page's model as {@code cardParts}.
	 * @param signedIn whether the reader is signed in
	 */
	public CardParts parts(List<RoutineCard> cards, boolean signedIn, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		String visitorStar = signedIn ? null : rendered.fragment(new VisitorStarKey(locale, request.getContextPath()),
				() -> renderer.render(VISITOR_STAR, Map.of(), request, response, locale));
		return new CardParts(sharedParts(cards, request, response, locale), visitorStar);
	}

	private Map<Long, String> sharedParts(List<RoutineCard> cards, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		Map<Key, RoutineCard> byKey = cards.stream()
			.collect(Collectors.toMap(card -> key(card, request, locale), Function.identity(), (one, same) -> one));
		Map<Key, String> parts = rendered.fragments(List.copyOf(byKey.keySet()),
				missing -> render(missing.stream().map(byKey::get).toList(), request, response, locale));
		Map<Long, String> byRoutine = new HashMap<>();
		parts.forEach((key, html) -> byRoutine.put(key.routineId(), html));
		return byRoutine;
	}

	private static Key key(RoutineCard card, HttpServletRequest request, Locale locale) {
		return new Key(card.routine().getId(), card.routine().getVersion(), locale, request.getContextPath());
	}

	private List<String> render(List<RoutineCard> cards, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		String html = renderer.render(VIEW, Map.of("cards", cards), request, response, locale);
		List<String> parts = List.of(html.split(END_OF_CARD, -1));
		// The last piece is what follows the last card's end.
		return parts.subList(0, parts.size() - 1);
	}

}
