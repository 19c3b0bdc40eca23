package app.unknot.catalog;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.unknot.system.PartRenderer;
import app.unknot.system.RenderedPages;
import app.unknot.system.SiteAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The part of a routine's page that is the same for everyone who may see the routine: its
 * cautions, overview with the body map, steps and structured data
 * ({@code routines/everyone.html}). A signed-in person's page is rendered for them on
 * every view, but most of its time went into this part, so it is rendered once per
 * routine version, language and site address and kept ({@link RenderedPages#fragment})
 * until the catalog changes. The key holds the routine's id, so a private routine's part
 * only comes back after the check that the reader may see that routine, which loading it
 * made; its version moves on with every save, so an edit shows at once.
 */
@Component
class RoutinePageParts {

	static final String VIEW = "routines/everyone :: everyone";

	private final RenderedPages rendered;

	private final PartRenderer renderer;

	private final RoutineCatalog catalog;

	private final RoutineHowTo howTo;

	private final SiteAddress siteAddress;

	RoutinePageParts(RenderedPages rendered, PartRenderer renderer, RoutineCatalog catalog, RoutineHowTo howTo,
			SiteAddress siteAddress) {
		this.rendered = rendered;
		this.renderer = renderer;
		this.catalog = catalog;
		this.howTo = howTo;
		this.siteAddress = siteAddress;
	}

	/** Everything the part shows besides the catalog's shared content. */
	record Key(long routineId, int version, Locale locale, String baseUrl) {
	}

	/**
	 * The part's HTML, for a routine the reader may see.
	 */
	String forEveryone(Routine routine, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		String baseUrl = siteAddress.baseUrl(request);
		return rendered.fragment(new Key(routine.getId(), routine.getVersion(), locale, baseUrl),
				() -> render(routine, baseUrl, request, response, locale));
	}

	private String render(Routine routine, String baseUrl, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		Map<String, Object> model = Map.of("routine", routine, "howTo", howTo.jsonLd(routine, baseUrl, locale),
				"allMuscleGroups", catalog.getMuscleGroups());
		return renderer.render(VIEW, model, request, response, locale);
	}

}
