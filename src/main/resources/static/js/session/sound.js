// Sound and voice: soft generated tones through Web Audio and optional spoken cues through
// the Web Speech API. Both stay silent where the browser lacks them or the person muted them.

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
		end() {
			play(528, 0.9, 0.35);
			play(792, 0.9, 0.25, 0.12);
		},
		halfway() {
			play(660, 0.4, 0.2);
			play(660, 0.4, 0.2, 0.25);
		},
	};
}

/** Optional spoken cues through the Web Speech API. */
export function createSpeech(getPrefs) {
	const available = 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
	return {
		say(text) {
			if (!available || !getPrefs().speech || getPrefs().muted || !text) {
				return;
			}
			window.speechSynthesis.cancel();
			const utterance = new SpeechSynthesisUtterance(text);
			utterance.lang = document.documentElement.lang || 'en';
			utterance.rate = 0.95;
			utterance.volume = Math.min(1, getPrefs().volume / 100);
			window.speechSynthesis.speak(utterance);
		},
		cancel() {
			if (available) {
				window.speechSynthesis.cancel();
			}
		},
	};
}
