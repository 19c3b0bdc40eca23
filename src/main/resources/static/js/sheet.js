// The routine sheet's Print button: shown only when scripts run, since it needs one.
const button = document.querySelector('[data-print]');
if (button) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
