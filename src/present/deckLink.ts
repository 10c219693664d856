/** Where the slides are: the slide shown (from 0) and whether its answer is revealed. */
export interface DeckState {
	slide: number;
	open: boolean;
}

interface Message extends Partial<DeckState> {
	kitDeck: string;
	/** Sent by a window that has just opened: the other answers with where it is. */
	hello?: boolean;
	/** When the sender last moved (ms since 1970): an older state than a window's own is not applied. */
	at?: number;
}

/**
 * Keeps the slides and the speaker view of one deck in step, without any network: through a
 * BroadcastChannel (windows of the same site, even opened separately) and through `postMessage`
 * to the window that opened this one or that this one opened (which also works from `file://`,
 * where browsers may give each file its own origin). A message may arrive both ways; applying a
 * state twice changes nothing, and a state older than this window's last move is left alone (an
 * answer to "hello" that crossed a key press). Nothing is stored.
 */
export function deckLink(deck: string, current: () => DeckState, apply: (state: DeckState) => void) {
	let peer: Window | null = window.opener as Window | null;
	const channel = 'BroadcastChannel' in window ? new BroadcastChannel(`kit-deck:${deck}`) : undefined;
	let last = '';
	let moved = 0;
	const post = (message: Message) => {
		channel?.postMessage(message);
		try {
			// From file:// a window's origin is opaque ("null"), so no origin can be named there.
			peer?.postMessage(message, location.protocol === 'file:' ? '*' : location.origin);
		} catch {
			// The other window was closed.
		}
	};
	const receive = (data: Message | undefined) => {
		if (data?.kitDeck !== deck) return;
		if (data.hello) post({ kitDeck: deck, ...current(), at: moved });
		else if (typeof data.slide === 'number' && (data.at ?? 0) >= moved) {
			const state = { slide: data.slide, open: Boolean(data.open) };
			last = JSON.stringify(state);
			apply(state);
		}
	};
	channel?.addEventListener('message', (event) => receive(event.data as Message));
	window.addEventListener('message', (event) => {
		if (event.source && event.source === peer) receive(event.data as Message);
	});
	post({ kitDeck: deck, hello: true });
	return {
		/** Tells the other window where this one is now, unless it already knows. */
		send() {
			const state = current();
			const text = JSON.stringify(state);
			if (text === last) return;
			last = text;
			moved = Date.now();
			post({ kitDeck: deck, ...state, at: moved });
		},
		/** Opens (or brings forward) the other window, and keeps a handle on it. */
		open(href: string, name: string, features?: string) {
			peer = window.open(href, name, features) ?? peer;
			peer?.focus();
		},
	};
}
