package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * Stylesheets and scripts reach browsers without their comments and indentation, and with
 * everything else they say intact.
 */
class LeanAssetsTests {

	@Test
	void aStylesheetLosesItsCommentsButNotItsRulesNorItsStrings() {
		String css = """
				/* Why the colours are as they are,
				   over two lines. */
				:root { --ink: #222; } /* after a rule */
				.quote::before { content: "/* not a comment */"; }
				a[href$='*/'] { color: red; }
				""";

		assertThat(LeanAssets.withoutStylesheetComments(css)).isEqualTo("""
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

		assertThat(LeanAssets.withoutScriptComments(script)).isEqualTo("""
				import { msg } from './messages.js';
				const url = 'https://example.org/a'; // stays: after code
				/* inline */ const kept = 1;
				export const pattern = /\\/\\/ not a comment/;
				""");
	}

	@Test
	void aStylesheetLosesItsIndentation() {
		String css = """
				.card {
				  display: grid;
					grid-template-areas:
				    "title star"
				    "cover summary";
				}
				""";

		assertThat(LeanAssets.leanStylesheet(css)).isEqualTo("""
				.card {
				display: grid;
				grid-template-areas:
				"title star"
				"cover summary";
				}
				""");
		String continued = ".quote::before {\n  content: \"one \\\n  two\";\n}\n";
		assertThat(LeanAssets.leanStylesheet(continued)).isEqualTo(continued);
	}

	@Test
	void aScriptLosesItsIndentationAndKeepsEveryLineBreak() {
		String script = """
				export function tick(state) {
					// why
					if (state.paused) {
						return `paused at ${state.at}`;
					}
					return "running"
						+ '!';
				}
				""";

		assertThat(LeanAssets.leanScript(script)).isEqualTo("""
				export function tick(state) {
				if (state.paused) {
				return `paused at ${state.at}`;
				}
				return "running"
				+ '!';
				}
				""");
	}

	@Test
	void aScriptWithAStringOverSeveralLinesKeepsItsIndentation() {
		String template = """
				const page = `
					<p>kept as written</p>
				`;
					// why
					show(page);
				""";
		String continued = "const said = 'one \\\n\t two';\n\tsay(said);\n";

		assertThat(LeanAssets.leanScript(template)).isEqualTo("""
				const page = `
					<p>kept as written</p>
				`;
					show(page);
				""");
		assertThat(LeanAssets.leanScript(continued)).isEqualTo(continued);
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
				outcome.set(LeanAssets.withoutScriptComments(script));
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
