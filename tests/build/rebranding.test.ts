import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { projectRoot } from '../../scripts/lib/projectRoot.ts';
import { buildFixture, fixture } from '../support/buildFixture.ts';

const kit = JSON.parse(readFileSync(join(projectRoot, 'kit.config.json'), 'utf8'));
const GREEN = {
	light: { accentLow: '#dcfce7', accent: '#166534', accentHigh: '#052e16' },
	dark: { accentLow: '#052e16', accent: '#22c55e', accentHigh: '#bbf7d0' },
};
const LOGO =
	'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5"/></svg>';

/** A fork changes kit.config.json only: name, logo, colours and contact link, no code. */
describe('rebranding from kit.config.json', () => {
	it('builds with the fork’s name, logo, accent colours and contact link', () => {
		const config = {
			...kit,
			name: 'Lessen van Voorbeeld',
			logo: { src: 'src/assets/logo.svg', alt: '' },
			colours: GREEN,
			contact: { url: 'mailto:lessen@example.org' },
		};
		const build = buildFixture({
			'kit.config.json': JSON.stringify(config),
			'src/assets/logo.svg': LOGO,
			'lessons/en/index.mdx': fixture('home.mdx'),
		});
		onTestFinished(build.remove);
		expect(build.status, build.output).toBe(0);
		const home = readFileSync(join(build.root, 'dist/en/index.html'), 'utf8');
		expect(home).toMatch(
			/<a href="\/en\/" class="site-title[^"]*"><img[^>]*src="\/_astro\/logo\.[\w-]+\.svg"/,
		);
		expect(home).toContain('Lessen van Voorbeeld</span>');
		expect(home).toContain(
			':root { --sl-color-accent-low: #052e16; --sl-color-accent: #22c55e; --sl-color-accent-high: #bbf7d0; }',
		);
		expect(home).toContain('--sl-color-accent-low: #dcfce7; --sl-color-accent: #166534;');
		expect(home).toMatch(
			/<a href="mailto:lessen@example\.org" data-kit-contact[^>]*>Questions or feedback about this kit\?<\/a>/,
		);
	});
});
