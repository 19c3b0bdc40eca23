package app.unknot.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.unknot.api.CatalogViews.RoutineDetail;
import app.unknot.api.CatalogViews.RoutineSummary;
import app.unknot.api.PersonalViews.CsrfTokenDetail;
import app.unknot.api.PersonalViews.HistoryEntry;
import app.unknot.api.PersonalViews.RecordedSession;
import app.unknot.catalog.Routine;
import app.unknot.catalog.RoutineCard;
import app.unknot.catalog.RoutineCatalog;
import app.unknot.catalog.RoutineRepository;
import app.unknot.history.SessionHistory;
import app.unknot.history.SessionRecord;
import app.unknot.history.SessionRecorder;
import app.unknot.history.SessionReport;
import app.unknot.profile.Favourites;
import app.unknot.system.RequestRefusedException;
import app.unknot.system.SignedIn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Signed in", description = "The signed-in person's own routines, favourites and history.")
@SecurityRequirement(name = ApiDocumentation.SESSION_COOKIE)
class PersonalApiController {

	private final RoutineCatalog catalog;

	private final RoutineRepository routines;

	private final Favourites favourites;

	private final SessionHistory history;

	private final SessionRecorder recorder;

	PersonalApiController(RoutineCatalog catalog, RoutineRepository routines, Favourites favourites,
			SessionHistory history, SessionRecorder recorder) {
		this.catalog = catalog;
		this.routines = routines;
		this.favourites = favourites;
		this.history = history;
		this.recorder = recorder;
	}

	@GetMapping(ApiPaths.MY_ROUTINES)
	@Operation(summary = "The person's own routines", description = "Last saved first.")
	ResponseEntity<List<RoutineSummary>> myRoutines(@AuthenticationPrincipal SignedIn user) {
		return ApiCaching.personally(summaries(catalog.cards(routines.findIdsByOwner(user.accountId()))));
	}

	@GetMapping(ApiPaths.MY_ROUTINES + "/{slug}")
	@Operation(summary = "One of the person's own routines",
			description = "As /api/v1/routines/{slug} describes a catalog routine; a catalog routine's slug is a 404 here.")
	ResponseEntity<RoutineDetail> myRoutine(@Parameter(description = "The routine's slug.") @PathVariable String slug,
			@AuthenticationPrincipal SignedIn user) {
		ApiPaths.checkSlug(slug);
		Routine routine = catalog.getRoutineWithStepMuscles(slug, user.accountId());
		if (!routine.isPrivate()) {
			throw RequestRefusedException.notFound("notFound.routine", slug);
		}
		return ApiCaching.personally(RoutineDetail.of(routine));
	}

	@GetMapping(ApiPaths.MY_FAVOURITES)
	@Operation(summary = "The person's favourite routines",
			description = "Most recently starred first; catalog routines and the person's own.")
	ResponseEntity<List<RoutineSummary>> myFavourites(@AuthenticationPrincipal SignedIn user) {
		return ApiCaching.personally(summaries(catalog.cards(favourites.routineIds(user.accountId()))));
	}

	@GetMapping(ApiPaths.MY_HISTORY)
	@Operation(summary = "The person's recorded sessions", description = "Newest first, a page at a time.")
	ResponseEntity<PageOf<HistoryEntry>> myHistory(
			@Parameter(description = "Page number from 1.") @RequestParam(required = false) String page,
			@Parameter(description = "Sessions a page, 1 to 100; 24 when absent.") @RequestParam(
					required = false) String size,
			@AuthenticationPrincipal SignedIn user) {
		Paging paging = Paging.parse(page, size);
		List<SessionRecord> records = new ArrayList<>(history.all(user.accountId()));
		Collections.reverse(records);
		List<HistoryEntry> items = records.stream()
			.skip((long) (paging.page() - 1) * paging.size())
			.limit(paging.size())
			.map(HistoryEntry::of)
			.toList();
		Paging.PageLinks links = paging.links(records.size(), number -> ApiPaths.MY_HISTORY + "?page=" + number
				+ (paging.size() == Paging.DEFAULT_SIZE ? "" : "&size=" + paging.size()));
		return ResponseEntity.ok()
			.cacheControl(ApiCaching.PERSONAL)
			.headers(links.headers())
			.body(PageOf.of(items, paging, records.size(), links));
	}

	@PostMapping(path = ApiPaths.MY_HISTORY, consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record a finished or ended session",
			description = "The report the session player sends. 201 for a new record; the same runId again "
					+ "answers 200 with the same body and adds nothing (it only sets tensionAfter when given), "
					+ "however often and however concurrently it is sent. A report that does not fit the routine, "
					+ "the clock or the calendar is a 400 naming the field. Needs the CSRF header.")
	@ApiResponse(responseCode = "201", description = "Recorded: a new run.")
	@ApiResponse(responseCode = "200", description = "This run was recorded before; nothing was added.")
	ResponseEntity<RecordedSession> record(@Validated @RequestBody SessionReport report,
			@AuthenticationPrincipal SignedIn user) {
		SessionRecorder.Recorded recorded = recorder.record(user.accountId(), report);
		return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(RecordedSession.of(recorded));
	}

	@GetMapping(ApiPaths.MY_CSRF_TOKEN)
	@Operation(summary = "The CSRF token for writes",
			description = "Send it in the named header with every POST. Only a page of this site can read it: "
					+ "the API allows no other origin.")
	ResponseEntity<CsrfTokenDetail> csrfToken(@Parameter(hidden = true) CsrfToken token) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(CsrfTokenDetail.of(token));
	}

	private static List<RoutineSummary> summaries(List<RoutineCard> cards) {
		return cards.stream()
			.map(card -> RoutineSummary.of(card,
					(card.routine().isPrivate() ? ApiPaths.MY_ROUTINES : ApiPaths.ROUTINES) + "/"
							+ card.routine().getSlug()))
			.toList();
	}

}
