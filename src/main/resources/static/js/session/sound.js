// Sound and voice: soft generated tones through Web Audio and optional spoken cues through
// the Web Speech API. Both stay silent where the browser lacks them or the person muted them.

// Notes as [frequency, seconds, loudness, delay]: each moment has a sound of its own.
const CHIMES = {
	// The end of a hold, a rest or any other part.
	end: [[528, 0.9, 0.35], [792, 0.9, 0.25, 0.12]],
	// A new step: two notes rising.
	step: [[440, 0.5, 0.3], [660, 0.8, 0.3, 0.18]],
	// The other side, or turning over: one low note twice.
	side: [[392, 0.35, 0.35], [392, 0.6, 0.35, 0.3]],
	// The whole session done: three notes falling, slower.
	finish: [[784, 0.9, 0.3], [659, 0.9, 0.3, 0.3], [523, 1.4, 0.35, 0.6]],
	halfway: [[660, 0.4, 0.2], [660, 0.4, 0.2, 0.25]],
};

/** Soft generated tones; silent where Web Audio is missing or muted. */
export function createSound(getPrefs) {
	let context = null;
	const play = (frequency, seconds, loudness, delay = 0) => {
		const prefs = getPrefs();
		if (!context || prefs.muted || prefs.volume <= 0) {
			return;
		}
		const at = context.currentTime + delay;
		const oscillator = context.createOscillator();
		const gain = context.createGain();
		oscillator.type = 'sine';
		oscillator.frequency.value = frequency;
		const peak = Math.max(0.0001, loudness * (prefs.volume / 100));
		// A quick rise and a long, soft fall: a chime, not a beep.
		gain.gain.setValueAtTime(0.0001, at);
		gain.gain.exponentialRampToValueAtTime(peak, at + 0.02);
		gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
		oscillator.connect(gain).connect(context.destination);
		oscillator.start(at);
		oscillator.stop(at + seconds + 0.05);
	};
	return {
		// Browsers only allow sound after a gesture, so the first button press opens it.
		unlock() {
			const AudioContextType = window.AudioContext || window.webkitAudioContext;
			if (!context && AudioContextType) {
				try {
					context = new AudioContextType();
				} catch {
					context = null;
				}
			}
			if (context && context.state === 'suspended') {
				context.resume().catch(() => {});
			}
		},
		tick(value) {
			play(value === 1 ? 740 : 620, 0.15, 0.25);
		},
		/** One of the CHIMES, by name. */
		chime(name) {
			CHIMES[name].forEach(note => play(...note));
		},
	};
}

/** Whether this browser can play generated tones. */
export function tonesAvailable() {
	return Boolean(window.AudioContext || window.webkitAudioContext);
}

const VIBRATIONS = { step: [200, 100, 200], side: [400], end: [600, 200, 600], tick: [60] };

/** A vibration pattern by name (step, side, end, tick), where the device offers one. */
export function vibrate(name) {
	if (typeof navigator.vibrate === 'function') {
		try {
			navigator.vibrate(VIBRATIONS[name]);
		} catch {
			// Some browsers refuse without a recent tap; the tones and voice still come.
		}
	}
}

export function vibrationAvailable() {
	return typeof navigator.vibrate === 'function';
}

/** Optional spoken cues through the Web Speech API. */
export function createSpeech(getPrefs) {
	const available = 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
	const speak = text => {
		const utterance = new SpeechSynthesisUtterance(text);
		utterance.lang = document.documentElement.lang || 'en';
		utterance.rate = 0.95;
		utterance.volume = Math.min(1, getPrefs().volume / 100);
		window.speechSynthesis.speak(utterance);
	};
	const silent = text => !available || !getPrefs().speech || getPrefs().muted || !text;
	return {
		/** Says the words at once, cutting off anything still being said. */
		say(text) {
			if (silent(text)) {
				return;
			}
			window.speechSynthesis.cancel();
			speak(text);
		},
		/** Says the words only if nothing else is being said: a count never cuts off a step. */
		sayIfQuiet(text) {
			if (silent(text) || window.speechSynthesis.speaking) {
				return;
			}
			speak(text);
		},
		/** Calls back with true once the browser has a voice to speak with, false if it has none. */
		whenVoices(callback) {
			if (!available) {
				callback(false);
				return;
			}
			const synthesis = window.speechSynthesis;
			const check = () => callback(typeof synthesis.getVoices === 'function' && synthesis.getVoices().length > 0);
			check();
			synthesis.addEventListener?.('voiceschanged', check);
		},
		cancel() {
			if (available) {
				window.speechSynthesis.cancel();
			}
		},
	};
}
