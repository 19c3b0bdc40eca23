// Every sentence the player shows or speaks comes from messages.properties, through the
// page's JSON data; this fills in their {0}, {1}… placeholders.

/** msg(key, ...args): the message with its arguments, or the key itself when it is missing. */
export function messages(data) {
	return (key, ...args) => format(data.messages[key] ?? key, args);
}

/** Fills {0}, {1}… in a message pattern; patterns with arguments double their apostrophes. */
export function format(pattern, args) {
	if (!args.length) {
		return pattern;
	}
	return pattern.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? '')).replace(/''/g, "'");
}
