import { showChosenCountry } from './chosenCountry.ts';
import { commandFor, slideFor, type Command } from './deckKeys.ts';
import { deckLink } from './deckLink.ts';

/**
 * The speaker view (src/components/present/SpeakerView.astro): the current and the next slide,
 * the teacher notes of the current part, and a timer per part against its planned minutes. Kept in
 * step with the slides' window by deckLink; its keys move both. The timer runs from the first
 * move past the title slide, or from "Start"; nothing is stored.
 */
const view = document.querySelector<HTMLElement>('[data-speaker]');
if (view) {
	const data = view.dataset;
	const template = view.querySelector('template')!.content;
	showChosenCountry(template);
	const slides = [...template.querySelectorAll<HTMLElement>('[data-slide]')];
	const $ = <T extends Element = HTMLElement>(selector: string) => view.querySelector<T>(selector);
	const $$ = (selector: string) => [...view.querySelectorAll<HTMLElement>(selector)];
	const opened = new Set<number>();
	const spent = new Map<string, number>();
	let index = 0;
	let running = false;
	let since = 0;
	const rtl = getComputedStyle(view).direction === 'rtl';
	const part = () => slides[index]?.dataset.part ?? '';
	const link = deckLink(
		data.speaker!,
		() => ({ slide: index, open: opened.has(index) }),
		(state) => {
			if (state.open) opened.add(state.slide);
			else opened.delete(state.slide);
			go(state.slide, false);
		},
	);

	const clock = (ms: number) => {
		const seconds = Math.floor(ms / 1000);
		return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
	};
	// Each time is isolated (FSI … PDI), so "0:00 of 7:00" keeps its order in right-to-left text.
	const fill = (template = '', values: Record<string, string>) =>
		template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => `\u2068${values[name] ?? ''}\u2069`);
	const showTime = (target: HTMLElement | null, ms: number, minutes: number) => {
		if (!target) return;
		const planned = minutes * 60_000;
		target.toggleAttribute('data-over', minutes > 0 && ms > planned);
		target.textContent = minutes
			? fill(data.timeOf, { elapsed: clock(ms), planned: clock(planned) })
			: clock(ms);
	};
	const tick = () => {
		const now = performance.now();
		if (running) spent.set(part(), (spent.get(part()) ?? 0) + now - since);
		since = now;
		const total = [...spent.values()].reduce((sum, ms) => sum + ms, 0);
		showTime($('[data-timer-lesson]'), total, Number(data.minutes));
		const row = $(`[data-part-row="${CSS.escape(part())}"]`);
		showTime($('[data-timer-part]'), spent.get(part()) ?? 0, Number(row?.dataset.minutes ?? 0));
		for (const cell of $$('[data-part-spent]')) {
			const id = cell.closest<HTMLElement>('[data-part-row]')!.dataset.partRow!;
			cell.textContent = spent.has(id) ? clock(spent.get(id)!) : '';
		}
	};
	const timer = (on: boolean) => {
		tick();
		running = on;
		const button = $('[data-timer-toggle]');
		if (button) button.textContent = (on ? data.pause : data.start) ?? '';
	};
	const preview = (box: HTMLElement | null, at: number) => {
		if (!box) return;
		const slide = slides[at]?.cloneNode(true) as HTMLElement | undefined;
		if (!slide) return box.replaceChildren(data.end ?? '');
		for (const element of slide.querySelectorAll('[id]')) element.removeAttribute('id');
		slide.removeAttribute('id');
		slide.querySelector('details')?.toggleAttribute('open', opened.has(at));
		box.replaceChildren(slide);
	};
	const go = (target: number, send = true) => {
		tick();
		index = Math.max(0, Math.min(slides.length - 1, target));
		preview($('[data-speaker-current]'), index);
		preview($('[data-speaker-next]'), index + 1);
		const counter = $('[data-speaker-counter]');
		if (counter) counter.textContent = `${index + 1} / ${slides.length}`;
		for (const notes of $$('[data-notes-part]')) notes.hidden = notes.dataset.notesPart !== part();
		for (const row of $$('[data-part-row]'))
			row.toggleAttribute('data-current', row.dataset.partRow === part());
		const title = $('[data-part-title]');
		const name = $(`[data-part-row="${CSS.escape(part())}"] [data-part-name]`)?.textContent?.trim();
		if (title) title.textContent = name || (slides[index]?.dataset.title ?? '');
		if (index > 0 && !running && spent.size === 0) timer(true);
		tick();
		if (send) link.send();
	};
	const run = (command: Command) => {
		const question = slides[index]?.querySelector('details[data-kit-reveal]');
		if (command === 'next' && question && !opened.has(index)) {
			opened.add(index);
			go(index);
		} else go(slideFor(command, index, slides.length));
	};

	document.addEventListener('keydown', (event) => {
		const command = commandFor(event, rtl);
		if (!command) return;
		event.preventDefault();
		run(command);
	});
	for (const button of $$('[data-deck-command]')) {
		button.addEventListener('click', () => run(button.dataset.deckCommand as Command));
	}
	for (const anchor of $$('[data-part-go]')) {
		anchor.addEventListener('click', (event) => {
			event.preventDefault();
			const id = anchor.closest<HTMLElement>('[data-part-row]')!.dataset.partRow;
			go(slides.findIndex((slide) => slide.dataset.part === id));
		});
	}
	$('[data-timer-toggle]')?.addEventListener('click', () => timer(!running));
	$('[data-timer-reset]')?.addEventListener('click', () => {
		spent.clear();
		timer(false);
	});
	const deckAnchor = $<HTMLAnchorElement>('[data-speaker-deck]');
	deckAnchor?.addEventListener('click', (event) => {
		event.preventDefault();
		const url = new URL(deckAnchor.href);
		url.search = location.search;
		url.hash = `slide-${index + 1}`;
		link.open(url.href, 'kit-deck');
	});
	view.classList.add('speaker-js');
	go(0, false);
	setInterval(tick, 500);
}
