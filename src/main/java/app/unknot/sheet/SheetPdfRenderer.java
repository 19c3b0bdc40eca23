package app.unknot.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Renders a Thymeleaf page to PDF with openhtmltopdf: the same template, model and
 * messages as the HTML page, laid out with its print stylesheet. Text is set in DejaVu
 * Sans Condensed, shipped in {@code src/main/resources/fonts} and embedded (as a subset)
 * in every PDF, so it stays selectable and looks the same everywhere. The renderer reads
 * nothing from the network: only the site's own static files and {@code data:} URIs are
 * loaded.
 */
@Service
public class SheetPdfRenderer {

	/** The font family the sheet's stylesheet names. */
	public static final String FONT_FAMILY = "DejaVu Sans Condensed";

	private static final String STATIC_SCHEME = "unknot-static";

	private static final String FONT_CACHE_PROPERTY = "pdfbox.fontcache";

	/** Static files the PDF may load, by path under {@code static/}. */
	private static final Set<String> LOADABLE = Set.of("/css/sheet.css");

	private static final Pattern CONTENT_HASH = Pattern.compile("-[0-9a-f]{32}(?=\\.[a-z]+$)");

	private final ISpringTemplateEngine templates;

	private final ApplicationContext applicationContext;

	private final byte[] regularFont;

	private final byte[] boldFont;

	/**
	 * Font metrics, shared between renderings so each PDF does not measure the fonts
	 * again.
	 */
	private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

	/**
	 * Parsed fonts waiting for the next rendering. Parsing both fonts was a third of what
	 * a rendering allocated; a parsed font reads its tables lazily from one shared
	 * stream, so each rendering borrows a pair of its own and puts it back. There are
	 * never more pairs than renderings at once (bounded by {@link PdfRenderingLimit}).
	 */
	private final Queue<SheetFonts> idleFonts = new ConcurrentLinkedQueue<>();

	static {
		// openhtmltopdf logs every font load at INFO, and warns about the Chromium-only
		// properties in sheet.css (break-inside, overflow-wrap) on every rendering.
		for (String logger : XRLog.listRegisteredLoggers()) {
			XRLog.setLevel(logger, XRLog.CSS_PARSE.equals(logger) ? Level.SEVERE : Level.WARNING);
		}
		// PDFBox indexes the system fonts once (for the standard fonts openhtmltopdf sets
		// up)
		// and caches the index in the home directory unless told otherwise.
		if (System.getProperty(FONT_CACHE_PROPERTY) == null) {
			System.setProperty(FONT_CACHE_PROPERTY, System.getProperty("java.io.tmpdir"));
		}
	}

	public SheetPdfRenderer(ISpringTemplateEngine templates, ApplicationContext applicationContext) {
		this.templates = templates;
		this.applicationContext = applicationContext;
		this.regularFont = read("fonts/DejaVuSansCondensed.ttf");
		this.boldFont = read("fonts/DejaVuSansCondensed-Bold.ttf");
	}

	/**
	 * The PDF of a page: renders the template with the model as for the browser (links,
	 * messages and the request's locale work as usual), then lays it out on paper.
	 */
	public byte[] render(String template, Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response) {
		IWebExchange exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		WebContext context = new WebContext(exchange, RequestContextUtils.getLocale(request), model);
		// Lets templates call beans, such as @durations, as they do in views.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(applicationContext, null));
		return toPdf(templates.process(template, context), request.getContextPath());
	}

	/**
	 * The PDF of a well-formed XHTML document whose site-relative links start with the
	 * given context path.
	 */
	public byte[] toPdf(String xhtml, String contextPath) {
		SheetFonts fonts = idleFonts.poll();
		if (fonts == null) {
			fonts = new SheetFonts(parse(regularFont), parse(boldFont));
		}
		byte[] pdf = toPdf(xhtml, contextPath, fonts);
		// Only after a rendering that ended well: one that failed may have left a font's
		// stream anywhere.
		idleFonts.offer(fonts);
		return pdf;
	}

	private byte[] toPdf(String xhtml, String contextPath, SheetFonts fonts) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		PDDocument document = new PDDocument();
		builder.usePDDocument(document);
		builder.useFont(embedded(document, fonts.regular()), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(embedded(document, fonts.bold()), FONT_FAMILY, 700, FontStyle.NORMAL, true);
		builder.useCacheStore(CacheStore.PDF_FONT_METRICS, fontMetrics);
		builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
		builder.useUriResolver((base, uri) -> resolve(uri, contextPath));
		builder.useProtocolsStreamImplementation(new StaticFiles(), STATIC_SCHEME);
		builder.withProducer("Unknot");
		// Tagged (PDF/UA): a structure tree in reading order, the page's language and
		// title, and each image's alt text as the Alt of its Figure, for screen readers
		// and reflow.
		builder.usePdfUaAccessibility(true);
		builder.withHtmlContent(withoutCharactersXmlCannotCarry(xhtml), STATIC_SCHEME + ":/");
		builder.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		return pdf.toByteArray();
	}

	/**
	 * A parsed font, embedded in the document as a subset when the layout first needs it;
	 * the document does not close it, so the next rendering can use it again.
	 */
	private static PDFontSupplier embedded(PDDocument document, TrueTypeFont font) {
		return new PDFontSupplier(null) {

			@Override
			public PDFont supply() {
				try {
					return PDType0Font.load(document, font, true);
				}
				catch (IOException failure) {
					throw new UncheckedIOException(failure);
				}
			}

		};
	}

	private static TrueTypeFont parse(byte[] font) {
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(font));
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	private record SheetFonts(TrueTypeFont regular, TrueTypeFont bold) {
	}

	/**
	 * The document without the characters XML 1.0 forbids (most control characters,
	 * U+FFFE, U+FFFF, unpaired surrogates): the XML parser refuses the whole page for one
	 * of them. The editor already leaves them out; this keeps older or imported text
	 * printable too.
	 */
	private static String withoutCharactersXmlCannotCarry(String xhtml) {
		StringBuilder carried = new StringBuilder(xhtml.length());
		xhtml.codePoints().filter(SheetPdfRenderer::isXmlCharacter).forEach(carried::appendCodePoint);
		return carried.toString();
	}

	/** The {@code Char} production of XML 1.0; unpaired surrogates fall outside it. */
	private static boolean isXmlCharacter(int codePoint) {
		return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD || (codePoint >= 0x20 && codePoint <= 0xD7FF)
				|| (codePoint >= 0xE000 && codePoint <= 0xFFFD) || codePoint >= 0x10000;
	}

	/** Maps the site's own static files to the classpath; refuses everything else. */
	private static String resolve(String uri, String contextPath) {
		if (uri == null) {
			return null;
		}
		if (uri.startsWith("data:")) {
			return uri;
		}
		String path = uri.startsWith(STATIC_SCHEME + ":") ? uri.substring(STATIC_SCHEME.length() + 1) : uri;
		if (!contextPath.isEmpty() && path.startsWith(contextPath + "/")) {
			path = path.substring(contextPath.length());
		}
		// Pages link static files with a hash of their content in the name
		// (system.HttpCaching).
		path = CONTENT_HASH.matcher(path).replaceFirst("");
		return LOADABLE.contains(path) ? STATIC_SCHEME + ":" + path : null;
	}

	private static final class StaticFiles implements FSStreamFactory {

		@Override
		public FSStream getUrl(String url) {
			String path = url.substring(STATIC_SCHEME.length() + 1);
			byte[] content = LOADABLE.contains(path) ? read("static" + path) : new byte[0];
			return new FSStream() {

				@Override
				public InputStream getStream() {
					return new ByteArrayInputStream(content);
				}

				@Override
				public Reader getReader() {
					return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
				}

			};
		}

	}

	private static byte[] read(String classpathLocation) {
		try (InputStream in = new ClassPathResource(classpathLocation).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException failure) {
			throw new UncheckedIOException("Cannot read " + classpathLocation, failure);
		}
	}

}
