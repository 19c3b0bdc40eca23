package app.unknot.editor;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a sheet PDF back with PDFBox. */
final class Pdfs {

	private Pdfs() {
	}

	/**
	 * All text of the document, lines joined and spaces collapsed so wrapped text still
	 * matches.
	 */
	static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/** The title in the document's information dictionary. */
	static String title(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getDocumentInformation().getTitle();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

}
