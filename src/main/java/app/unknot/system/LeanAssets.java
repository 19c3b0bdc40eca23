package app.unknot.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Sends stylesheets and script modules without their comments and indentation. The
 * comments say why the code is as it is, for whoever reads the sources; browsers only pay
 * for them: they were a quarter of what the session page transfers. No build step
 * minifies the files (by choice), so this drops only what is certainly a comment or
 * indentation, once per file (the resource chain keeps the result): in stylesheets every
 * comment outside a string, in scripts every line that is only a comment, {@code //} or a
 * {@code /* ... *}{@code /} block that begins a line. A comment after code on the same
 * line stays. Line breaks stay too, so a script's automatic semicolons do not move.
 */
class LeanAssets implements ResourceTransformer {

	// The block comment is written as runs of characters, not one character at a time:
	// Java's regex engine recurses once per repetition of a group, and a long comment
	// overflowed the 512 KB thread stacks the app runs with.
	private static final Pattern INDENTATION = Pattern.compile("(?m)^[ \\t]+");

	private static final Pattern SCRIPT_COMMENTS = Pattern
		.compile("(?m)^[ \\t]*(?://[^\\n]*+|/\\*[^*]*+\\*++(?:[^/*][^*]*+\\*++)*+/[ \\t]*+)(?:\\n|$)");

	@Override
	public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
			throws IOException {
		Resource transformed = chain.transform(request, resource);
		String name = resource.getFilename();
		if (name == null || !(name.endsWith(".css") || name.endsWith(".js"))) {
			return transformed;
		}
		String text = transformed.getContentAsString(StandardCharsets.UTF_8);
		String lean = name.endsWith(".css") ? leanStylesheet(text) : leanScript(text);
		return new TransformedResource(resource, lean.getBytes(StandardCharsets.UTF_8));
	}

	static String leanStylesheet(String css) {
		String lean = withoutStylesheetComments(css);
		// A string in CSS runs over a line break only after a backslash.
		return lean.lines().anyMatch(line -> line.endsWith("\\")) ? lean : INDENTATION.matcher(lean).replaceAll("");
	}

	static String leanScript(String script) {
		String lean = withoutScriptComments(script);
		return indentationIsCode(lean) ? INDENTATION.matcher(lean).replaceAll("") : lean;
	}

	static String withoutScriptComments(String script) {
		return SCRIPT_COMMENTS.matcher(script).replaceAll("");
	}

	/**
	 * Whether no line of the script begins inside a string. Quotes cannot run over a line
	 * break but before a backslash that continues them, and a template literal that does
	 * leaves a line with an odd number of backticks; a script with either keeps its
	 * indentation whole.
	 */
	private static boolean indentationIsCode(String script) {
		return script.lines()
			.noneMatch(line -> line.endsWith("\\") || line.chars().filter(c -> c == '`').count() % 2 == 1);
	}

	/** Every comment outside a quoted string, and the blank lines it leaves. */
	static String withoutStylesheetComments(String css) {
		StringBuilder lean = new StringBuilder(css.length());
		int i = 0;
		while (i < css.length()) {
			char c = css.charAt(i);
			if (c == '"' || c == '\'') {
				int end = endOfString(css, i);
				lean.append(css, i, end);
				i = end;
			}
			else if (css.startsWith("/*", i)) {
				int close = css.indexOf("*/", i + 2);
				i = (close < 0) ? css.length() : close + 2;
			}
			else {
				lean.append(c);
				i++;
			}
		}
		return lean.toString().replaceAll("(?m)^[ \\t]*\\n", "");
	}

	private static int endOfString(String css, int open) {
		char quote = css.charAt(open);
		int i = open + 1;
		while (i < css.length() && css.charAt(i) != quote && css.charAt(i) != '\n') {
			i += (css.charAt(i) == '\\') ? 2 : 1;
		}
		return Math.min(i + 1, css.length());
	}

}
