package app.unknot.editor;

import java.util.List;

/** A catalog step offered in the editor's library: its id, title and timing in words. */
public record LibraryStep(long id, String title, String timing) {

	/** The library's steps of one catalog routine, in their order. */
	public record Group(String routineTitle, List<LibraryStep> steps) {
	}

}
