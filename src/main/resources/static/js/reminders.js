// Reminder forms and the calendar address: fills in what only the browser knows (its time zone
// and today's date) and copies the address. Every form still works without this module.
const deviceZone = Intl.DateTimeFormat().resolvedOptions().timeZone || '';

for (const field of document.querySelectorAll('input[data-device-zone]')) {
	field.value = deviceZone;
}

// The first choice, "this device's time zone", names the zone it stands for.
for (const select of document.querySelectorAll('select[data-zone-select]')) {
	const device = select.options[0];
	if (deviceZone && device && device.value === '') {
		device.textContent = `${device.textContent} (${deviceZone})`;
	}
}

for (const field of document.querySelectorAll('input[data-today]')) {
	if (!field.value) {
		const now = new Date();
		const pad = number => String(number).padStart(2, '0');
		field.value = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
	}
}

// Shown only where copying works (secure pages); the address can always be selected by hand.
for (const button of document.querySelectorAll('button[data-copy]')) {
	const source = document.getElementById(button.dataset.copy);
	const status = button.parentElement.querySelector('[data-copy-status]');
	if (!source || !navigator.clipboard) {
		continue;
	}
	button.hidden = false;
	button.addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(source.value);
			if (status) {
				status.textContent = button.dataset.copied;
			}
		}
		catch {
			source.select();
		}
	});
}
