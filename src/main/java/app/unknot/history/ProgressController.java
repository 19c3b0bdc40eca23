package app.unknot.history;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.unknot.system.SignedIn;

@Controller
class ProgressController {

	/** A byte order mark, so that spreadsheet programs read the file as UTF-8. */
	private static final String BOM = "\uFEFF";

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final SessionHistory history;

	private final Clock clock;

	ProgressController(SessionHistory history, Clock clock) {
		this.history = history;
		this.clock = clock;
	}

	@GetMapping("/my/history")
	String progress(@AuthenticationPrincipal SignedIn user, Model model) {
		model.addAttribute("progress", Progress.of(history.all(user.accountId()), clock));
		return "history/progress";
	}

	@GetMapping("/my/history.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedIn user) {
		String name = "unknot-history-" + LocalDate.now(clock) + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body((BOM + HistoryCsv.of(history.all(user.accountId()))).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The page's address before history became one resource, kept so that bookmarks still
	 * work.
	 */
	@GetMapping("/my/progress")
	ResponseEntity<Void> formerPage() {
		return movedTo("/my/history");
	}

	@GetMapping("/my/progress.csv")
	ResponseEntity<Void> formerCsv() {
		return movedTo("/my/history.csv");
	}

	private static ResponseEntity<Void> movedTo(String path) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(path)).build();
	}

}
