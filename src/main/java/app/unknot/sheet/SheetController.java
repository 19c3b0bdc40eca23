package app.unknot.sheet;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

import app.unknot.system.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A routine's printable sheet, as an HTML page laid out for paper and as a PDF rendered from
 * the same template. {@code ?paper=a4|letter} picks the paper; without it the request's
 * locale decides.
 */
@Controller
class SheetController {

	private static final Logger log = LoggerFactory.getLogger(SheetController.class);

	static final String TEMPLATE = "sheet/sheet";

	/** How much of a rejected paper value the 400 page repeats. */
	private static final int MAX_SHOWN_VALUE = 40;

	private static final MediaType TEXT_CSS = new MediaType("text", "css", StandardCharsets.UTF_8);

	/** When a visitor turned away because every PDF renderer was busy may try again. */
	private static final long RETRY_AFTER_SECONDS = 5;

	private final SheetService sheets;

	private final SheetPdfs pdfs;

	private final RequestAddress requestAddress;

	SheetController(SheetService sheets, SheetPdfs pdfs, RequestAddress requestAddress) {
		this.sheets = sheets;
		this.pdfs = pdfs;
		this.requestAddress = requestAddress;
	}

	@GetMapping("/routines/{slug}/sheet")
	String sheet(@PathVariable String slug, @RequestParam(required = false) String paper, Locale locale,
			@AuthenticationPrincipal SignedIn user, HttpServletRequest request, Model model) {
		model.addAttribute("sheet", sheets.sheet(slug, SignedIn.idOf(user), Paper.choose(paper, locale),
				requestAddress.baseUrl(request), locale));
		model.addAttribute("pdf", false);
		return TEMPLATE;
	}

	@GetMapping("/routines/{slug}/sheet.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String slug, @RequestParam(required = false) String paper,
			Locale locale, @AuthenticationPrincipal SignedIn user, HttpServletRequest request,
			HttpServletResponse response) {
		Sheet sheet = sheets.sheet(slug, SignedIn.idOf(user), Paper.choose(paper, locale),
				requestAddress.baseUrl(request), locale);
		byte[] pdf = pdfs.pdf(sheet, request, response);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("unknot-" + sheet.routine().getSlug() + ".pdf").build().toString())
			.body(pdf);
	}

	/** The sheet's paper size and running footer, linked from the page since it may carry no inline style. */
	@GetMapping("/routines/{slug}/sheet-page.css")
	ResponseEntity<String> pageStyle(@PathVariable String slug, @RequestParam(required = false) String paper,
			Locale locale, @AuthenticationPrincipal SignedIn user, HttpServletRequest request) {
		PageStyle style = sheets.pageStyle(slug, SignedIn.idOf(user), Paper.choose(paper, locale),
				requestAddress.baseUrl(request), locale);
		return ResponseEntity.ok().contentType(TEXT_CSS).body(style.getCss());
	}

	@ExceptionHandler(UnknownPaperException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView unknownPaper(UnknownPaperException unknown) {
		log.debug("Unknown paper size requested");
		String value = unknown.getValue();
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", HttpStatus.BAD_REQUEST.value());
		page.addObject("detailKey", "sheet.paper.unknown");
		page.addObject("identifier",
				value.length() <= MAX_SHOWN_VALUE ? value : value.substring(0, MAX_SHOWN_VALUE) + "…");
		return page;
	}

	@ExceptionHandler(RenderingBusyException.class)
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	ModelAndView renderingBusy(HttpServletResponse response) {
		log.debug("Sheet PDF refused: every renderer is busy");
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		page.addObject("detailKey", "sheet.pdf.busy");
		return page;
	}

}
