package app.unknot.editor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which button of the editor's form was pressed: save, or one of the changes to the
 * draft's steps ("add-step", "add-library", "remove-3", "up-3", "down-3").
 */
record EditorAction(Kind kind, int step) {

	enum Kind {

		SAVE, ADD_STEP, ADD_LIBRARY, REMOVE, UP, DOWN

	}

	private static final Pattern ON_STEP = Pattern.compile("(remove|up|down)-(\\d{1,3})");

	/**
	 * Empty or unknown values save: pressing Enter in a field submits the form as it is.
	 */
	static EditorAction parse(String value) {
		if (value == null) {
			return new EditorAction(Kind.SAVE, -1);
		}
		if (value.equals("add-step")) {
			return new EditorAction(Kind.ADD_STEP, -1);
		}
		if (value.equals("add-library")) {
			return new EditorAction(Kind.ADD_LIBRARY, -1);
		}
		Matcher onStep = ON_STEP.matcher(value);
		if (onStep.matches()) {
			Kind kind = Kind.valueOf(onStep.group(1).toUpperCase(java.util.Locale.ROOT));
			return new EditorAction(kind, Integer.parseInt(onStep.group(2)));
		}
		return new EditorAction(Kind.SAVE, -1);
	}

	boolean isSave() {
		return kind == Kind.SAVE;
	}

}
