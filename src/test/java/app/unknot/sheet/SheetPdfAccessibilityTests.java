package app.unknot.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import app.unknot.catalog.Illustrations;
import app.unknot.catalog.Routine;
import app.unknot.catalog.RoutineCatalog;
import app.unknot.catalog.Step;

/**
 * A sheet PDF is tagged for screen readers and reflow: a structure tree in reading order,
 * its language and title, and alternative text for the QR code and each step's drawing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SheetPdfAccessibilityTests {

	private static final String SLUG = "daily-pelvic-relaxation";

	private static final Path OUTPUT = Path.of("target", "sheets", "tagged-" + SLUG + "-a4.pdf");

	private final MockMvcTester mvc;

	private final RoutineCatalog catalog;

	private final Illustrations illustrations;

	private final MessageSource messages;

	private final JdbcTemplate jdbc;

	SheetPdfAccessibilityTests(@Autowired MockMvcTester mvc, @Autowired RoutineCatalog catalog,
			@Autowired Illustrations illustrations, @Autowired MessageSource messages, @Autowired JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.catalog = catalog;
		this.illustrations = illustrations;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	@Test
	void theSheetIsTaggedWithItsLanguageAndTitle() throws IOException {
		Routine routine = catalog.getRoutine(SLUG, null);
		try (PDDocument document = Loader.loadPDF(pdf())) {
			PDDocumentCatalog pdf = document.getDocumentCatalog();

			assertThat(pdf.getStructureTreeRoot()).as("structure tree").isNotNull();
			assertThat(pdf.getMarkInfo()).isNotNull();
			assertThat(pdf.getMarkInfo().isMarked()).as("MarkInfo Marked").isTrue();
			assertThat(pdf.getLanguage()).isEqualTo("en");
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo(routine.getTitle() + " — printable sheet — Unknot");
			assertThat(pdf.getViewerPreferences()).isNotNull();
			assertThat(pdf.getViewerPreferences().displayDocTitle()).as("DisplayDocTitle").isTrue();
		}
	}

	@Test
	void theQrCodeAndEveryStepsDrawingAreFiguresWithAltText() throws IOException {
		Routine routine = catalog.getRoutine(SLUG, null);
		try (PDDocument document = Loader.loadPDF(pdf())) {
			List<String> figures = new ArrayList<>();
			collectFigureAlts(document.getDocumentCatalog().getStructureTreeRoot(), figures);

			List<String> expected = new ArrayList<>();
			expected.add(messages.getMessage("sheet.qr.alt", null, java.util.Locale.UK));
			for (Step step : routine.getSteps()) {
				expected.add(messages.getMessage(illustrations.altKey(illustrations.forStep(step)), null,
						java.util.Locale.UK));
			}
			assertThat(figures).containsAll(expected).doesNotContainNull().allMatch(alt -> !alt.isBlank());
		}
	}

	@Test
	void theTagsReadTheTitleFirstThenTheStepsAndTheTextStaysExtractable() throws IOException {
		Routine routine = catalog.getRoutine(SLUG, null);
		try (PDDocument document = Loader.loadPDF(pdf())) {
			// What a screen reader follows: the text of the structure tree, in its order.
			String tagged = taggedText(document);
			int title = tagged.indexOf(routine.getTitle());
			int first = tagged.indexOf(routine.getSteps().get(0).getTitle());

			assertThat(title).isNotNegative();
			assertThat(first).isGreaterThan(title);
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(routine.getTitle(),
					routine.getSteps().get(0).getTitle(), routine.getSteps().get(0).getInstructions());
		}
	}

	/**
	 * Every rule of PDF/UA-1 that a program can check (veraPDF's profile): tags for all
	 * content, language, title, alternative text, fonts embedded, and so on. Reading
	 * order and the meaning of the tags are for the tests above.
	 */
	@Test
	void theSheetPassesVeraPdfsPdfUa1Check() throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf()), PDFAFlavour.PDFUA_1);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
			ValidationResult result = validator.validate(parser);

			assertThat(result.getTestAssertions())
				.filteredOn(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.extracting(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
						+ ": " + assertion.getMessage())
				.isEmpty();
			assertThat(result.isCompliant()).isTrue();
		}
	}

	/**
	 * Two steps share a row on paper; the tags still read them one after the other, step
	 * 1 before step 2 (floated steps were tagged the other way round), and leave none
	 * out.
	 */
	@Test
	void theTagsReadEveryCatalogRoutinesStepsInOrder() throws IOException {
		List<String> slugs = jdbc.queryForList("SELECT slug FROM routine WHERE owner_id IS NULL ORDER BY slug",
				String.class);
		assertThat(slugs).isNotEmpty();
		for (String slug : slugs) {
			Routine routine = catalog.getRoutine(slug, null);
			List<String> steps = new ArrayList<>();
			for (Step step : routine.getSteps()) {
				steps.add(comparable(step.getOrder() + " " + step.getTitle()));
				steps.add(comparable(step.getInstructions()));
			}
			try (PDDocument document = Loader.loadPDF(pdf(slug))) {
				assertThat(comparable(taggedText(document))).as(slug).containsSubsequence(steps);
			}
		}
	}

	/**
	 * Text as the PDF gives it back, for comparison: the font sets "fi" as one ligature
	 * glyph, and line breaks leave spaces out or in.
	 */
	private static String comparable(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
	}

	private byte[] pdf() {
		byte[] pdf = pdf(SLUG);
		// For a look with a PDF reader or accessibility checker.
		try {
			Files.createDirectories(OUTPUT.getParent());
			Files.write(OUTPUT, pdf);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		return pdf;
	}

	private byte[] pdf(String slug) {
		MvcTestResult result = mvc.get()
			.uri("/routines/" + slug + "/sheet.pdf?paper=a4")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB")
			.exchange();
		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		return result.getResponse().getContentAsByteArray();
	}

	/**
	 * The text of every page's marked content in the order the structure tree refers to
	 * it, spaces collapsed.
	 */
	private static String taggedText(PDDocument document) throws IOException {
		Map<PDPage, Map<Integer, String>> marked = new HashMap<>();
		for (PDPage page : document.getPages()) {
			PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor() {

				// The renderer names each property list (/P /Prop1 BDC), and PDFBox takes
				// the name for the tag: look the list, with its MCID, up in the page's
				// resources.
				@Override
				public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
					PDPropertyList named = (properties == null && tag != null) ? getResources().getProperties(tag)
							: null;
					super.beginMarkedContentSequence(tag, named != null ? named.getCOSObject() : properties);
				}

			};
			extractor.processPage(page);
			Map<Integer, String> byId = new HashMap<>();
			extractor.getMarkedContents().forEach(content -> collectById(content, byId));
			marked.put(page, byId);
		}
		StringBuilder text = new StringBuilder();
		appendTaggedText(document.getDocumentCatalog().getStructureTreeRoot(), null, marked, text);
		return text.toString().replaceAll("\\s+", " ");
	}

	private static void appendTaggedText(PDStructureNode node, PDPage page, Map<PDPage, Map<Integer, String>> marked,
			StringBuilder text) {
		PDPage own = node instanceof PDStructureElement element && element.getPage() != null ? element.getPage() : page;
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				appendTaggedText(element, own, marked, text);
			}
			else if (kid instanceof Integer mcid && own != null) {
				text.append(marked.get(own).getOrDefault(mcid, "")).append(' ');
			}
			else if (kid instanceof PDMarkedContentReference reference) {
				PDPage referenced = reference.getPage() != null ? reference.getPage() : own;
				text.append(marked.get(referenced).getOrDefault(reference.getMCID(), "")).append(' ');
			}
		}
	}

	/** Marked content sits inside other marked content (property lists) too. */
	private static void collectById(PDMarkedContent content, Map<Integer, String> byId) {
		if (content.getMCID() >= 0) {
			byId.merge(content.getMCID(), text(content), String::concat);
		}
		for (Object part : content.getContents()) {
			if (part instanceof PDMarkedContent nested) {
				collectById(nested, byId);
			}
		}
	}

	private static String text(PDMarkedContent content) {
		StringBuilder text = new StringBuilder();
		for (Object part : content.getContents()) {
			if (part instanceof TextPosition position) {
				text.append(position.getUnicode());
			}
			else if (part instanceof PDMarkedContent nested) {
				text.append(text(nested));
			}
		}
		return text.toString();
	}

	/** The Alt text of every Figure element under the node, in reading order. */
	private static void collectFigureAlts(PDStructureNode node, List<String> alts) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				if ("Figure".equals(element.getStructureType())) {
					alts.add(element.getAlternateDescription());
				}
				collectFigureAlts(element, alts);
			}
		}
	}

}
