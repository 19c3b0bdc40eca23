package app.unknot.system;

/**
 * JSON written into a page's {@code <script>} element (the player's data, a routine's
 * structured data). The HTML parser ends the element at the first {@code </script>} and
 * treats {@code <!--} inside it specially, whatever the JSON means, so {@code <},
 * {@code >} and {@code &} are written as JSON escapes: the same JSON to a reader, and no
 * text a person typed can end the element.
 */
public final class ScriptJson {

	private ScriptJson() {
	}

	public static String safe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
