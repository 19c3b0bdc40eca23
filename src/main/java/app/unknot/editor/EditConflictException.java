package app.unknot.editor;

/** The routine was saved elsewhere (another tab, another admin) after this form was opened. */
class EditConflictException extends RuntimeException {

	EditConflictException() {
		super("The routine changed since the form was opened");
	}

}
