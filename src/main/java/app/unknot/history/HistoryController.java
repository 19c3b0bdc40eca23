package app.unknot.history;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.unknot.system.SignedIn;

/**
 * Where the player reports a finished or ended session, as JSON. Answers 201 for a new
 * record, 200 for a run already recorded, both with the person's current streak in days
 * for the summary, and 400 with a sentence saying what was wrong (problem details from
 * {@code system.RefusedRequests}, which answers in JSON for this JSON-only endpoint).
 */
@RestController
class HistoryController {

	private final SessionRecorder recorder;

	HistoryController(SessionRecorder recorder) {
		this.recorder = recorder;
	}

	@PostMapping(path = "/my/history", consumes = "application/json")
	ResponseEntity<Map<String, Object>> record(@Validated @RequestBody SessionReport report,
			@AuthenticationPrincipal SignedIn user) {
		SessionRecorder.Recorded recorded = recorder.record(user.accountId(), report);
		return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(Map.of("runId", recorded.runId(), "recorded", true, "streakDays", recorded.streakDays()));
	}

}
