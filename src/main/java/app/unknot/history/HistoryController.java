package app.unknot.history;

import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.unknot.history.SessionHistory.Result;
import app.unknot.system.SignedIn;

/**
 * Where the player reports a finished or ended session, as JSON. Answers 201 for a new
 * record, 200 for a run already recorded, both with the person's current streak in days for
 * the summary, and 400 with a sentence saying what was wrong.
 */
@RestController
class HistoryController {

	private static final Logger log = LoggerFactory.getLogger(HistoryController.class);

	private final SessionHistory history;

	private final MessageSource messages;

	HistoryController(SessionHistory history, MessageSource messages) {
		this.history = history;
		this.messages = messages;
	}

	@PostMapping(path = "/my/history", consumes = "application/json")
	ResponseEntity<Map<String, Object>> record(@Validated @RequestBody SessionReport report,
			@AuthenticationPrincipal SignedIn user) {
		Result result;
		try {
			result = history.record(user.accountId(), report);
		}
		catch (DataIntegrityViolationException sameRunAtTheSameTime) {
			// Another request recorded this run between our look-up and our insert (the unique
			// run id refused ours): recorded again, this request finds it and is a repeat.
			result = history.record(user.accountId(), report);
		}
		HttpStatus status = result == Result.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
		int streakDays = history.streakDays(user.accountId(), report.timeZone());
		return ResponseEntity.status(status)
			.body(Map.of("runId", report.runId(), "recorded", true, "streakDays", streakDays));
	}

	@ExceptionHandler(InvalidReportException.class)
	ResponseEntity<Map<String, Object>> invalid(InvalidReportException invalid, Locale locale) {
		return badRequest(invalid.getField(), messages.getMessage(invalid.getMessageKey(), null, locale));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException invalid) {
		FieldError error = invalid.getBindingResult().getFieldError();
		return error == null ? badRequest(null, invalid.getBindingResult().getAllErrors().get(0).getDefaultMessage())
				: badRequest(error.getField(), error.getDefaultMessage());
	}

	/** Not JSON, or a value of the wrong kind (text for a number, a number too big for one). */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
		log.debug("Unreadable session report: {}", unreadable.getMessage());
		return badRequest(null, messages.getMessage("history.invalid.json", null, locale));
	}

	private static ResponseEntity<Map<String, Object>> badRequest(String field, String message) {
		Map<String, Object> body = field == null ? Map.of("error", message) : Map.of("error", message, "field", field);
		return ResponseEntity.badRequest().body(body);
	}

}
