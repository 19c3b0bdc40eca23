package app.unknot.catalog;

/**
 * One filter in force on the catalog, as the folded filter names it and its chip removes
 * it.
 *
 * @param labelKey message key of its label
 * @param arguments the label's arguments (a muscle group's name, the minutes, the search
 * words)
 * @param removeUrl the catalog with every filter but this one, back on the first page
 */
public record ActiveFilter(String labelKey, Object[] arguments, String removeUrl) {

	static ActiveFilter of(String labelKey, String removeUrl, Object... arguments) {
		return new ActiveFilter(labelKey, arguments, removeUrl);
	}

}
