package app.unknot.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The renderer parses its fonts once and lends them to one rendering at a time: a PDF
 * must come out the same whether its fonts are new or were used by earlier renderings,
 * also while other renderings with other characters run at once, and every PDF embeds its
 * own subsets.
 */
class SheetPdfFontReuseTests {

	private static final String ENGLISH = page("en", "Slow circles below the navel",
			"Stop at once if you feel sharp pain, dizziness or nausea.");

	private static final String SPANISH = page("es", "Círculos lentos bajo el ombligo",
			"Detente de inmediato si sientes dolor agudo, mareo o náuseas. ¿Tensión después? Año, pingüino.");

	@Test
	void aPdfIsTheSameWithFontsUsedBeforeAndByRenderingsAtTheSameTime() throws Exception {
		Rendered englishAlone = Rendered.of(new SheetPdfRenderer(null, null).toPdf(ENGLISH, ""));
		Rendered spanishAlone = Rendered.of(new SheetPdfRenderer(null, null).toPdf(SPANISH, ""));
		assertThat(englishAlone.text()).contains("Slow circles below the navel", "Stop at once");
		assertThat(spanishAlone.text()).contains("Círculos lentos", "¿Tensión", "Año, pingüino.");

		SheetPdfRenderer shared = new SheetPdfRenderer(null, null);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<byte[]>> english = new ArrayList<>();
			List<Future<byte[]>> spanish = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				english.add(threads.submit(() -> shared.toPdf(ENGLISH, "")));
				spanish.add(threads.submit(() -> shared.toPdf(SPANISH, "")));
			}
			for (Future<byte[]> pdf : english) {
				assertThat(Rendered.of(pdf.get())).isEqualTo(englishAlone);
			}
			for (Future<byte[]> pdf : spanish) {
				assertThat(Rendered.of(pdf.get())).isEqualTo(spanishAlone);
			}
		}
		finally {
			threads.shutdown();
		}
	}

	private static String page(String language, String title, String text) {
		return """
				<!DOCTYPE html>
				<html xmlns="http://www.w3.org/1999/xhtml" lang="%s">
				<head><title>%s</title><style>body { font-family: '%s'; font-size: 14pt; }</style></head>
				<body><h1 style="font-weight: bold">%s</h1><p>%s</p></body>
				</html>""".formatted(language, title, SheetPdfRenderer.FONT_FAMILY, title, text);
	}

	/**
	 * What a reader gets from a PDF: its text, its fonts (all embedded) and its page's
	 * pixels (as a digest, so a failure prints a short line).
	 */
	private record Rendered(String text, List<String> fonts, String pixels) {

		static Rendered of(byte[] pdf) throws IOException, NoSuchAlgorithmException {
			try (PDDocument document = Loader.loadPDF(pdf)) {
				List<String> fonts = new ArrayList<>();
				for (var name : document.getPage(0).getResources().getFontNames()) {
					PDFont font = document.getPage(0).getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
					// A subset's name starts with a tag of six capitals that changes with
					// the glyphs it holds; it is the name without the tag that must
					// match.
					// Its glyphs are those this PDF uses, no more: the embedded file's
					// length.
					PDFontDescriptor descriptor = ((PDType0Font) font).getDescendantFont().getFontDescriptor();
					fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", "") + ", "
							+ descriptor.getFontFile2().getLength() + " bytes");
				}
				fonts.sort(null);
				BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 60, ImageType.GRAY);
				MessageDigest pixels = MessageDigest.getInstance("SHA-256");
				for (int y = 0; y < image.getHeight(); y++) {
					for (int x = 0; x < image.getWidth(); x++) {
						pixels.update((byte) image.getRGB(x, y));
					}
				}
				return new Rendered(new PDFTextStripper().getText(document), fonts,
						HexFormat.of().formatHex(pixels.digest()));
			}
		}

	}

}
