package app.unknot.catalog;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page of catalog results with its cards, as the catalog and the muscle pages show it:
 * a visitor who is not signed in gets cards rendered before ({@link RoutineCards}), a
 * signed-in reader cards with their own stars and safety labels.
 */
@Component
class CatalogListing {

	private final RoutineCatalog catalog;

	private final RoutineCards cards;

	private final RoutineMarks marks;

	CatalogListing(RoutineCatalog catalog, RoutineCards cards, RoutineMarks marks) {
		this.catalog = catalog;
		this.cards = cards;
		this.marks = marks;
	}

	/**
	 * Puts the page into the model: {@code results}, and {@code visitorCards} for a
	 * visitor or {@code cardParts} and {@code marks} for a signed-in reader.
	 * @param viewer the signed-in account's id, or null for a visitor
	 */
	void addPage(CatalogQuery query, int page, Long viewer, HttpServletRequest request, HttpServletResponse response,
			Locale locale, Model model) {
		if (viewer == null) {
			CatalogPage results = catalog.find(query, page);
			model.addAttribute("results", results);
			model.addAttribute("visitorCards", cards.forVisitor(results.hits(), request, response, locale));
			return;
		}
		CatalogPage results = catalog.search(query, page, viewer);
		model.addAttribute("results", results);
		model.addAttribute("cardParts", cards.parts(results.cards(), request, response, locale));
		model.addAttribute("marks", marks.forRoutines(viewer, results.routineIds()));
	}

}
