package app.unknot.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.unknot.editor.EditorAction.Kind;

class EditorActionTests {

	@Test
	void readsTheButtons() {
		assertThat(EditorAction.parse("up-3")).isEqualTo(new EditorAction(Kind.UP, 3));
		assertThat(EditorAction.parse("down-0")).isEqualTo(new EditorAction(Kind.DOWN, 0));
		assertThat(EditorAction.parse("remove-12")).isEqualTo(new EditorAction(Kind.REMOVE, 12));
		assertThat(EditorAction.parse("add-step").kind()).isEqualTo(Kind.ADD_STEP);
		assertThat(EditorAction.parse("add-library").kind()).isEqualTo(Kind.ADD_LIBRARY);
	}

	@Test
	void enterInATextFieldAndUnknownValuesSave() {
		assertThat(EditorAction.parse(null).isSave()).isTrue();
		assertThat(EditorAction.parse("save").isSave()).isTrue();
		assertThat(EditorAction.parse("up-99999999999").isSave()).isTrue();
		assertThat(EditorAction.parse("<script>").isSave()).isTrue();
	}

}
