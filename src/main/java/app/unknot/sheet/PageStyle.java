package app.unknot.sheet;

/**
 * A sheet's {@code @page} rule: the paper size, the margins and the running footer. The
 * PDF carries it in a {@code <style>} element; the HTML page links it as a stylesheet of
 * its own ({@code /routines/{slug}/sheet-page.css}), because the site's
 * Content-Security-Policy allows no inline styles and the footer differs for every
 * routine, address and day.
 *
 * @param paper the paper the sheet is laid out for
 * @param footerLeft the site's name and the routine's URL, as a ready-made CSS content
 * value
 * @param footerRight the date of printing and "page x of y", as a ready-made CSS content
 * value
 * @see CssStrings
 */
public record PageStyle(Paper paper, String footerLeft, String footerRight) {

	private static final String FOOTER_TEXT = "font-family: \"DejaVu Sans Condensed\", \"Arial Narrow\", Arial, sans-serif; "
			+ "font-size: 7pt; color: #000; vertical-align: middle;";

	/** The rule as CSS. */
	public String getCss() {
		return """
				@page {
				  size: %s;
				  margin: 12mm;
				  @bottom-left { content: %s; %s }
				  @bottom-right { content: %s; %s text-align: right; }
				}
				""".formatted(paper.getCssSize(), footerLeft, FOOTER_TEXT, footerRight, FOOTER_TEXT);
	}

}
