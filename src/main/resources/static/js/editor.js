// Asks before leaving the routine editor with changes that are not saved yet: typed ones,
// and a draft the server sent back after adding, moving or removing a step.
const form = document.querySelector('form.editor-form');
if (form) {
  let unsaved = form.dataset.unsaved === 'true';
  const markUnsaved = () => { unsaved = true; };
  form.addEventListener('input', markUnsaved);
  form.addEventListener('change', markUnsaved);
  // Every button of the form submits it: the draft travels with it, so nothing is lost.
  form.addEventListener('submit', () => { unsaved = false; });
  window.addEventListener('beforeunload', (event) => {
    if (unsaved) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
}
