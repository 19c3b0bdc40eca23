package app.unknot.history;

import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.unknot.history.SessionHistory.Result;
import app.unknot.system.SignedIn;

/**
 * Where the player reports a finished or ended session, as JSON. Answers 201 for a new
 * record, 200 for a run already recorded, both with the person's current streak in days
 * for the summary, and 400 with a sentence saying what was wrong (problem details from
 * {@code system.RefusedRequests}, which answers in JSON for this JSON-only endpoint).
 */
@RestController
class HistoryController {

	private final SessionHistory history;

	HistoryController(SessionHistory history) {
		this.history = history;
	}

	@PostMapping(path = "/my/history", consumes = "application/json")
	ResponseEntity<Map<String, Object>> record(@Validated @RequestBody SessionReport report,
			@AuthenticationPrincipal SignedIn user) {
		Result result;
		try {
			result = history.record(user.accountId(), report);
		}
		catch (DataIntegrityViolationException sameRunAtTheSameTime) {
			// Another request recorded this run between our look-up and our insert (the
			// unique
			// run id refused ours): recorded again, this request finds it and is a
			// repeat.
			result = history.record(user.accountId(), report);
		}
		HttpStatus status = result == Result.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
		int streakDays = history.streakDays(user.accountId(), report.timeZone());
		return ResponseEntity.status(status)
			.body(Map.of("runId", report.runId(), "recorded", true, "streakDays", streakDays));
	}

}
