// The site menu is a <details>: folded behind "Menu" on phones (it opens without scripts too),
// open on wider screens, where the stylesheet hides its button and lays the links out in one line.
const menu = document.querySelector('details.site-menu');
const wide = window.matchMedia('(min-width: 48rem)');

function fit() {
	menu.open = wide.matches;
}

if (menu) {
	fit();
	wide.addEventListener('change', fit);
	// A phone menu closes again with Escape, handing focus back to its button.
	menu.addEventListener('keydown', event => {
		if (event.key === 'Escape' && menu.open && !wide.matches) {
			menu.open = false;
			menu.querySelector('summary').focus();
		}
	});
}
