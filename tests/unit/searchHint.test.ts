import { describe, expect, it } from 'vitest';
import { withoutShortcutHint } from '../../src/html/searchHint.ts';

describe('the search button', () => {
	it('loses its "Ctrl K" hint and keeps everything else', () => {
		const button =
			'<button data-open-modal aria-label="Search" aria-keyshortcuts="Control+K"><svg></svg>' +
			'<span class="sl-hidden md:sl-block" aria-hidden="true">Search</span>' +
			'<kbd class="sl-hidden md:sl-flex" style="display: none;">\n\t<kbd>Ctrl</kbd><kbd>K</kbd>\n</kbd></button>' +
			'<script>const shortcut = openBtn?.querySelector("kbd");</script>';
		const html = withoutShortcutHint(button);
		expect(html).not.toContain('<kbd');
		expect(html).toContain('aria-keyshortcuts="Control+K"');
		expect(html).toContain('<span class="sl-hidden md:sl-block" aria-hidden="true">Search</span></button>');
		expect(html).toContain('querySelector("kbd")');
	});

	it('keeps a lone <kbd>, which is not the hint', () => {
		expect(withoutShortcutHint('<p>Press <kbd>Esc</kbd></p>')).toBe('<p>Press <kbd>Esc</kbd></p>');
	});
});
