package app.unknot.sheet;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import app.unknot.system.SignedIn;
import app.unknot.system.SiteAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A routine's printable sheet, as an HTML page laid out for paper and as a PDF rendered
 * from the same template. {@code ?paper=a4|letter} picks the paper; without it the
 * request's locale decides.
 */
@Controller
class SheetController {

	static final String TEMPLATE = "sheet/sheet";

	private static final MediaType TEXT_CSS = new MediaType("text", "css", StandardCharsets.UTF_8);

	private final SheetService sheets;

	private final SheetPdfs pdfs;

	private final SiteAddress siteAddress;

	SheetController(SheetService sheets, SheetPdfs pdfs, SiteAddress siteAddress) {
		this.sheets = sheets;
		this.pdfs = pdfs;
		this.siteAddress = siteAddress;
	}

	@GetMapping("/routines/{slug}/sheet")
	String sheet(@PathVariable String slug, @RequestParam(required = false) String paper, Locale locale,
			@AuthenticationPrincipal SignedIn user, HttpServletRequest request, Model model) {
		model.addAttribute("sheet", sheets.sheet(slug, SignedIn.idOf(user), Paper.choose(paper, locale),
				siteAddress.baseUrl(request), locale));
		model.addAttribute("pdf", false);
		return TEMPLATE;
	}

	@GetMapping("/routines/{slug}/sheet.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String slug, @RequestParam(required = false) String paper, Locale locale,
			@AuthenticationPrincipal SignedIn user, HttpServletRequest request, HttpServletResponse response) {
		byte[] pdf = pdfs.pdf(slug, SignedIn.idOf(user), Paper.choose(paper, locale), siteAddress.baseUrl(request),
				locale, request, response);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("unknot-" + slug + ".pdf").build().toString())
			.body(pdf);
	}

	/**
	 * The sheet's paper size and running footer, linked from the page since it may carry
	 * no inline style.
	 */
	@GetMapping("/routines/{slug}/sheet-page.css")
	ResponseEntity<String> pageStyle(@PathVariable String slug, @RequestParam(required = false) String paper,
			Locale locale, @AuthenticationPrincipal SignedIn user, HttpServletRequest request) {
		PageStyle style = sheets.pageStyle(slug, SignedIn.idOf(user), Paper.choose(paper, locale),
				siteAddress.baseUrl(request), locale);
		return ResponseEntity.ok().contentType(TEXT_CSS).body(style.getCss());
	}

}
