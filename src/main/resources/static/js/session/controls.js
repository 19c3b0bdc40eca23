// The player's buttons and keys: each one calls an action of the player by name.

/** Clicks on [data-action] buttons call actions[name]. */
export function bindButtons(buttons, actions) {
	for (const [name, action] of Object.entries(actions)) {
		buttons[name].addEventListener('click', action);
	}
}

/**
 * Space starts, pauses and resumes; the arrows go to the previous or next step; Esc closes
 * the details, or else pauses and leaves focus view. Keys typed into a form field, or with a
 * modifier, are left alone.
 */
export function bindKeys(status, actions) {
	document.addEventListener('keydown', event => {
		const now = status();
		const finished = now === 'done' || now === 'ended';
		if (event.key === 'Escape' && !finished && !event.altKey && !event.ctrlKey && !event.metaKey) {
			actions.escape();
			return;
		}
		if (event.altKey || event.ctrlKey || event.metaKey || finished || now === 'idle' && event.key !== ' ') {
			return;
		}
		const target = event.target;
		const typing = target.closest && target.closest('input, select, textarea, [contenteditable]');
		if (typing) {
			return;
		}
		switch (event.key) {
			case ' ':
			case 'Spacebar':
				// A focused button already answers Space with a click of its own.
				if (target.closest && target.closest('button, summary, a')) {
					return;
				}
				event.preventDefault();
				if (now === 'idle') {
					actions.start();
				} else {
					actions.pause();
				}
				break;
			case 'ArrowLeft':
				event.preventDefault();
				actions.previous();
				break;
			case 'ArrowRight':
				event.preventDefault();
				actions.next();
				break;
			default:
		}
	});
}
