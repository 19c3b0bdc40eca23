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
 * The parts of routines' cards that are rendered once and kept
 * ({@link RenderedPages#fragments}) until the catalog changes. A page of results spent
 * most of its time rendering its cards and loading their routines, one to twenty-four a
 * page. A visitor who is not signed in sees the same card as every other visitor, kept
 * whole per routine version and language; only the routines whose card is not kept are
 * loaded. A signed-in reader's card keeps the part that is the same for everyone
 * ({@code cardBody} in {@code fragments/routine.html}: picture, title, summary, time,
 * difficulty, equipment and areas) and has their star and safety labels rendered for them
 * on every view. Only routines the reader may see reach here: the cards come from a
 * search or list made for them.
 */
@Component
public class RoutineCards {

	static final String SHARED_PARTS = "fragments/routine :: cardBodies";

	static final String VISITOR_CARDS = "fragments/routine :: visitorCards";

	/** Written after each card or card's part when several are rendered at once. */
	static final String END_OF_CARD = "<!--card end-->";

	private final RoutineCatalog catalog;

	private final RenderedPages rendered;

	private final PartRenderer renderer;

	RoutineCards(RoutineCatalog catalog, RenderedPages rendered, PartRenderer renderer) {
		this.catalog = catalog;
		this.rendered = rendered;
		this.renderer = renderer;
	}

	/** Everything a card's shared part shows besides the catalog's shared content. */
	record Key(long routineId, int version, Locale locale, String contextPath) {
	}

	/** The same for a visitor's whole card, which names nobody. */
	record VisitorKey(long routineId, int version, Locale locale, String contextPath) {
	}

	/**
	 * What the cards of a signed-in reader's page splice in, for the page's model as
	 * {@code cardParts}.
	 *
	 * @param shared each card's part that is the same for everyone, by routine id
	 */
	public record CardParts(Map<Long, String> shared) {
	}

	/** The shared parts of the given cards, for a signed-in reader. */
	public CardParts parts(List<RoutineCard> cards, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		Map<Key, RoutineCard> byKey = cards.stream()
			.collect(Collectors.toMap(card -> new Key(card.routine().getId(), card.routine().getVersion(), locale,
					request.getContextPath()), Function.identity(), (one, same) -> one));
		Map<Key, String> parts = rendered.fragments(List.copyOf(byKey.keySet()),
				missing -> render(SHARED_PARTS, missing.stream().map(byKey::get).toList(), request, response, locale));
		Map<Long, String> byRoutine = new HashMap<>();
		parts.forEach((key, html) -> byRoutine.put(key.routineId(), html));
		return new CardParts(byRoutine);
	}

	/**
	 * The whole cards of the given routines as a visitor who is not signed in sees them,
	 * in order, for the page's model as {@code visitorCards}. Routines whose card is not
	 * kept are loaded (two statements) and their cards rendered together.
	 */
	public String forVisitor(List<RoutineHit> hits, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		List<VisitorKey> keys = hits.stream()
			.map(hit -> new VisitorKey(hit.id(), hit.version(), locale, request.getContextPath()))
			.distinct()
			.toList();
		Map<VisitorKey, String> cards = rendered.fragments(keys,
				missing -> renderForVisitor(missing, request, response, locale));
		StringBuilder html = new StringBuilder();
		cards.values().forEach(html::append);
		return html.toString();
	}

	/**
	 * A routine gone since the search (the catalog changed meanwhile) has no card: it is
	 * left out of the page.
	 */
	private List<String> renderForVisitor(List<VisitorKey> missing, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		List<RoutineCard> found = catalog.cards(missing.stream().map(VisitorKey::routineId).toList());
		List<String> html = render(VISITOR_CARDS, found, request, response, locale);
		Map<Long, String> byRoutine = new HashMap<>();
		for (int i = 0; i < found.size(); i++) {
			byRoutine.put(found.get(i).routine().getId(), html.get(i));
		}
		return missing.stream().map(key -> byRoutine.getOrDefault(key.routineId(), "")).toList();
	}

	private List<String> render(String view, List<RoutineCard> cards, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		String html = renderer.render(view, Map.of("cards", cards), request, response, locale);
		List<String> parts = List.of(html.split(END_OF_CARD, -1));
		// The last piece is what follows the last card's end.
		return parts.subList(0, parts.size() - 1);
	}

}
