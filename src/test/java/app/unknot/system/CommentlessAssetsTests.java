package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

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

	@Test
	void aLongBlockCommentIsDroppedOnASmallThreadStack() throws InterruptedException {
		// The app runs with 512 KB stacks; a comment of some thousand lines once
		// overflowed
		// them and the module answered 500.
		String script = "/*\n" + " * a line of explanation, with * and / inside\n".repeat(2_000) + " */\nrun();\n";
		AtomicReference<Object> outcome = new AtomicReference<>();
		Thread small = new Thread(null, () -> {
			try {
				outcome.set(CommentlessAssets.withoutScriptComments(script));
			}
			catch (StackOverflowError overflow) {
				outcome.set(overflow);
			}
		}, "small-stack", 512 * 1024);
		small.start();
		small.join();
		assertThat(outcome.get()).isEqualTo("run();\n");
	}

}
