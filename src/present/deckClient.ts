import { showChosenCountry } from './chosenCountry.ts';
import { commandFor, slideFor, type Command } from './deckKeys.ts';
import { deckLink } from './deckLink.ts';

/**
 * The slides (src/components/present/): one slide at a time, moved by keys, swipes and the bar's
 * buttons; a question's answer is revealed by "next" before the deck moves on. The slide is named
 * in the address (#slide-3), so a reload stays put; nothing is stored. Without this script the
 * slides stand one below the other, each a screen high.
 */
const root = document.documentElement;
const deck = document.querySelector<HTMLElement>('[data-deck]');
if (deck) {
	const slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
	const status = document.querySelector('[data-deck-status]');
	const counter = document.querySelector('[data-deck-counter]');
	const rtl = getComputedStyle(root).direction === 'rtl';
	let index = -1;
	const reveal = (slide = slides[index]) =>
		slide?.querySelector<HTMLDetailsElement>('details[data-kit-reveal]') ?? null;
	const link = deckLink(
		deck.dataset.deck!,
		() => ({ slide: index, open: Boolean(reveal()?.open) }),
		(state) => {
			show(state.slide, false);
			const answer = reveal();
			if (answer) answer.open = state.open;
		},
	);
	const show = (target: number, send = true) => {
		const next = Math.max(0, Math.min(slides.length - 1, target));
		if (next !== index) {
			const hadFocus = slides[index]?.contains(document.activeElement);
			index = next;
			slides.forEach((slide, i) => slide.toggleAttribute('data-current', i === index));
			if (counter) counter.textContent = `${index + 1} / ${slides.length}`;
			root.style.setProperty('--deck-progress', String((index + 1) / slides.length));
			history.replaceState(null, '', `#${slides[index]!.id}`);
			if (status) status.textContent = slides[index]!.getAttribute('aria-label');
			if (hadFocus) deck.focus({ preventScroll: true });
		}
		if (send) link.send();
	};
	const run = (command: Command) => {
		const answer = reveal();
		if (command === 'next' && answer && !answer.open) answer.open = true;
		else show(slideFor(command, index, slides.length));
	};
	const fromHash = () => show(slides.findIndex((slide) => `#${slide.id}` === location.hash));

	fromHash();
	addEventListener('hashchange', fromHash);
	document.addEventListener('keydown', (event) => {
		const command = commandFor(event, rtl);
		if (command) {
			event.preventDefault();
			run(command);
		} else if (!event.repeat && !event.ctrlKey && !event.metaKey && !event.altKey) {
			if (event.key === 'f' || event.key === 'F') toggleFullscreen();
			if (event.key === 's' || event.key === 'S') openSpeaker();
		}
	});
	// A revealed answer (by its own button, too) is announced and shown in the speaker view.
	document.addEventListener(
		'toggle',
		(event) => {
			if (event.target !== reveal()) return;
			if (status && reveal()?.open) status.textContent = deck.dataset.revealed ?? '';
			link.send();
		},
		true,
	);
	let start: PointerEvent | undefined;
	deck.addEventListener('pointerdown', (event) => (start = event));
	deck.addEventListener('pointerup', (event) => {
		if (!start || event.pointerType === 'mouse') return;
		const [dx, dy] = [event.clientX - start.clientX, event.clientY - start.clientY];
		if (Math.abs(dx) > 50 && Math.abs(dx) > 2 * Math.abs(dy)) run(dx < 0 !== rtl ? 'next' : 'previous');
	});
	const toggleFullscreen = () => {
		if (document.fullscreenElement) void document.exitFullscreen();
		else void root.requestFullscreen?.().catch(() => undefined);
	};
	const speaker = document.querySelector<HTMLAnchorElement>('[data-deck-speaker]');
	// The reader's country goes on to the speaker view and back to the lesson.
	if (showChosenCountry(deck)) {
		for (const anchor of document.querySelectorAll<HTMLAnchorElement>('.deck-bar a:not([data-kit-exit])')) {
			const url = new URL(anchor.href);
			url.search = location.search;
			anchor.href = url.href;
		}
	}
	const openSpeaker = () => speaker && link.open(speaker.href, 'kit-speaker', 'popup,width=1280,height=800');
	for (const button of document.querySelectorAll<HTMLElement>('[data-deck-command]')) {
		button.addEventListener('click', () => run(button.dataset.deckCommand as Command));
	}
	document.querySelector('[data-deck-fullscreen]')?.addEventListener('click', toggleFullscreen);
	speaker?.addEventListener('click', (event) => {
		event.preventDefault();
		openSpeaker();
	});
}
