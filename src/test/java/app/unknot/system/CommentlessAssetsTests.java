package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Stylesheets and scripts reach browsers without their comments, and with everything else
 * they say intact.
 */
class CommentlessAssetsTests {

	@Test
	void aStylesheetLosesItsCommentsButNotItsRulesNorItsStrings() {
		String css = """
				/* Why the colours are as they are,
				   over two lines. */
				:root { --ink: #222; } /* after a rule */
				.quote::before { content: "/* not a comment */"; }
				a[href$='*/'] { color: red; }
				""";

		assertThat(CommentlessAssets.withoutStylesheetComments(css)).isEqualTo("""
				:root { --ink: #222; }\s
				.quote::before { content: "/* not a comment */"; }
				a[href$='*/'] { color: red; }
				""");
	}

	@Test
	void aScriptLosesTheLinesThatAreOnlyCommentsAndKeepsItsCode() {
		String script = """
				/**
				 * What this module does.
				 */
				import { msg } from './messages.js';
					// why the next line is needed
				const url = 'https://example.org/a'; // stays: after code
				/* inline */ const kept = 1;
				export const pattern = /\\/\\/ not a comment/;
				/* a comment that ends a line */
				""";

		assertThat(CommentlessAssets.withoutScriptComments(script)).isEqualTo("""
				import { msg } from './messages.js';
				const url = 'https://example.org/a'; // stays: after code
				/* inline */ const kept = 1;
				export const pattern = /\\/\\/ not a comment/;
				""");
	}

}
