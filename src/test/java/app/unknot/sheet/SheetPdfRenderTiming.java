package app.unknot.sheet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times the PDF renderer alone on one saved sheet page (no HTTP, no template, no cache):
 * 30 renders to warm up, then the median and spread of 20. Prints figures only. Run it
 * from the test classpath with the path of an XHTML file, such as a sheet page saved from
 * {@code /routines/daily-pelvic-relaxation/sheet}; bench/README.md has the figures of
 * tagged and untagged PDFs.
 */
public final class SheetPdfRenderTiming {

	private SheetPdfRenderTiming() {
	}

	public static void main(String[] args) throws Exception {
		String xhtml = Files.readString(Path.of(args[0]));
		SheetPdfRenderer renderer = new SheetPdfRenderer(null, null);
		for (int i = 0; i < 30; i++) {
			renderer.toPdf(xhtml, "");
		}
		List<Double> millis = new ArrayList<>();
		int bytes = 0;
		for (int i = 0; i < 20; i++) {
			long start = System.nanoTime();
			bytes = renderer.toPdf(xhtml, "").length;
			millis.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(millis);
		System.out.printf(Locale.ROOT, "20 warm renders: median %.1f ms, min %.1f ms, max %.1f ms; %d bytes%n",
				(millis.get(9) + millis.get(10)) / 2, millis.get(0), millis.get(19), bytes);
	}

}
