// The catalog filters sit behind one "Filter" toggle on phones; wider screens show them open.
const filters = document.querySelector('details.filters');
if (filters && window.matchMedia('(min-width: 48rem)').matches) {
	filters.open = true;
}
