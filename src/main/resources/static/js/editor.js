// The routine editor's helpers. Without this script every button still works through the
// server (the form goes back with the draft); with it, moving a step and finding a library
// step happen in the page.
const form = document.querySelector('form.editor-form');
if (form) {
  const leaving = guardUnsavedChanges(form);
  openOneStepAtATime(form);
  moveStepsInPlace(form, leaving.markUnsaved);
  nameStepsAsTyped(form);
  filterLibrary(form);
}

// Asks before leaving with changes that are not saved yet: typed ones, steps moved here,
// and a draft the server sent back after adding, moving or removing a step.
function guardUnsavedChanges(form) {
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
  return { markUnsaved };
}

// Opening a step closes the others, so the list stays one line per step around it. On paper
// every step is printed whole.
function openOneStepAtATime(form) {
  window.addEventListener('beforeprint', () => {
    for (const step of form.querySelectorAll('.editor-step-details')) {
      step.open = true;
    }
  });
  form.addEventListener('click', (event) => {
    const summary = event.target.closest('.editor-step-summary');
    const opening = summary && !summary.parentElement.open;
    if (!opening) {
      return;
    }
    for (const other of form.querySelectorAll('.editor-step-details[open]')) {
      if (other !== summary.parentElement) {
        other.open = false;
      }
    }
  });
}

const ON_STEP = /^(up|down)-(\d+)$/;

// "Move up" and "Move down" swap the step with its neighbour here, renumber every field, and
// keep the focus on the moved step's button; saving sends the fields in their new order.
function moveStepsInPlace(form, markUnsaved) {
  const list = form.querySelector('.editor-steps');
  const status = form.querySelector('[data-step-status]');
  if (!list) {
    return;
  }
  form.addEventListener('click', (event) => {
    const button = event.target.closest('button[name=action]');
    const move = button && ON_STEP.exec(button.value);
    if (!move) {
      return;
    }
    event.preventDefault();
    const step = button.closest('.editor-step');
    const up = move[1] === 'up';
    const neighbour = up ? step.previousElementSibling : step.nextElementSibling;
    if (!neighbour) {
      return;
    }
    list.insertBefore(step, up ? neighbour : neighbour.nextElementSibling);
    renumber(list);
    markUnsaved();
    const index = [...list.children].indexOf(step);
    const same = step.querySelector(`button[name=action][value="${move[1]}-${index}"]`);
    const other = step.querySelector(`button[name=action][value="${up ? 'down' : 'up'}-${index}"]`);
    (same.disabled ? other : same).focus();
    step.scrollIntoView({ block: 'nearest' });
    if (status) {
      status.textContent = status.dataset.template.replace('{n}', index + 1);
    }
  });
}

const FIELD_NAME = /^(_?)steps\[\d+\]/;
const FIELD_ID = /^s\d+-/;

/** Gives every step's fields, ids, labels and buttons the numbers of its place in the list. */
function renumber(list) {
  const steps = [...list.children];
  steps.forEach((step, index) => {
    step.id = `step-${index + 1}`;
    const renamed = (value) => value.replace(FIELD_ID, `s${index}-`);
    for (const field of step.querySelectorAll('[name]')) {
      field.name = field.name.replace(FIELD_NAME, `$1steps[${index}]`);
    }
    for (const element of step.querySelectorAll('[id]')) {
      element.id = renamed(element.id);
    }
    for (const label of step.querySelectorAll('label[for]')) {
      label.htmlFor = renamed(label.htmlFor);
    }
    for (const described of step.querySelectorAll('[aria-describedby]')) {
      const ids = described.getAttribute('aria-describedby').split(/\s+/).map(renamed);
      described.setAttribute('aria-describedby', ids.join(' '));
    }
    for (const button of step.querySelectorAll('button[name=action]')) {
      button.value = button.value.replace(/-\d+$/, `-${index}`);
      button.setAttribute('aria-label', button.dataset.labelTemplate.replace('{n}', index + 1));
    }
    for (const text of step.querySelectorAll('legend[data-template]')) {
      text.textContent = text.dataset.template.replace('{n}', index + 1);
    }
    step.querySelector('[data-step-number]').textContent = index + 1;
    step.querySelector('button[value^="up-"]').disabled = index === 0;
    step.querySelector('button[value^="down-"]').disabled = index === steps.length - 1;
  });
}

// The one-line summary of a step follows its title as it is typed.
function nameStepsAsTyped(form) {
  form.addEventListener('input', (event) => {
    const field = event.target;
    if (!FIELD_NAME.test(field.name || '') || !field.name.endsWith('.title')) {
      return;
    }
    const name = field.closest('.editor-step').querySelector('[data-step-name]');
    name.textContent = field.value.trim() || name.dataset.untitled;
  });
}

// A search box above the library: only steps whose title or routine has every typed word stay
// in the list; a routine with none left disappears, and the first match is chosen.
function filterLibrary(form) {
  const box = form.querySelector('[data-library-filter]');
  const select = form.querySelector('#library');
  if (!box || !select) {
    return;
  }
  const input = box.querySelector('input');
  const count = box.querySelector('[data-library-count]');
  const add = form.querySelector('[data-library-add]');
  const addable = add && !add.disabled;
  box.hidden = false;
  input.addEventListener('input', () => {
    const words = input.value.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    let matches = 0;
    for (const group of select.querySelectorAll('optgroup')) {
      let shown = 0;
      for (const option of group.querySelectorAll('option')) {
        const text = `${option.textContent} ${group.label}`.toLocaleLowerCase();
        option.hidden = !words.every((word) => text.includes(word));
        shown += option.hidden ? 0 : 1;
      }
      group.hidden = shown === 0;
      matches += shown;
    }
    const selected = select.selectedOptions[0];
    if (!selected || selected.hidden) {
      const first = select.querySelector('option:not([hidden])');
      select.value = first ? first.value : '';
    }
    if (add) {
      add.disabled = !addable || matches === 0;
    }
    count.textContent = words.length === 0 ? ''
      : matches === 0 ? count.dataset.none
        : matches === 1 ? count.dataset.one : count.dataset.template.replace('{n}', matches);
  });
}
