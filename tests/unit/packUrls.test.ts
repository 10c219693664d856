import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packUrl, rewriteCssUrls, type PackLayout } from '../../scripts/lib/pack/packUrls.ts';
import { fixedFileTime, reproducibleZip } from '../../scripts/lib/pack/reproducibleZip.ts';
import { relativeUrl, urlTarget, type BuiltSite } from '../../scripts/lib/pack/siteUrls.ts';

const site: BuiltSite = {
	dist: '/dist',
	site: new URL('https://kit.example'),
	base: '/kit/',
	files: new Set(['en/help/index.html', 'en/index.html', 'nl/index.html', '_astro/a.css', '_astro/pic.svg']),
};
const layout: PackLayout = {
	site,
	pageAt: (file) => (file.startsWith('en/') ? file : undefined),
};

describe('links in a pack', () => {
	it('reach the same file of the site however they are written', () => {
		for (const url of ['/kit/en/help/', 'https://kit.example/kit/en/help/', '../help/', '/kit/en/help']) {
			expect(urlTarget(url, 'en/lessons/index.html', site)).toEqual({
				kind: 'site',
				file: 'en/help/index.html',
				suffix: '',
			});
		}
		expect(urlTarget('https://other.example/kit/en/', 'en/index.html', site).kind).toBe('elsewhere');
		expect(urlTarget('mailto:a@b.example', 'en/index.html', site).kind).toBe('elsewhere');
		expect(urlTarget('#quiz', 'en/index.html', site).kind).toBe('fragment');
	});

	it('become relative, with index.html for directories and the query and anchor kept', () => {
		expect(
			packUrl('/kit/en/help/?x=1#top', 'en/lessons/index.html', 'en/lessons/index.html', layout),
		).toEqual({
			kind: 'relative',
			url: '../help/index.html?x=1#top',
		});
		expect(packUrl('/kit/_astro/a.css', 'en/help/index.html', 'en/help/index.html', layout)).toEqual({
			kind: 'relative',
			url: '../../_astro/a.css',
			asset: '_astro/a.css',
		});
		expect(relativeUrl('index.html', 'en/index.html')).toBe('en/index.html');
		expect(relativeUrl('a/b/index.html', 'a/b/index.html')).toBe('index.html');
	});

	it('to a page left out of the pack, to the site’s address or to nothing, say so; links elsewhere stay', () => {
		expect(packUrl('/kit/nl/', 'en/index.html', 'en/index.html', layout).kind).toBe('not-in-pack');
		expect(packUrl('/kit/en/nothing/', 'en/index.html', 'en/index.html', layout).kind).toBe('missing');
		expect(packUrl('https://kit.example/kit/contact/', 'en/index.html', 'en/index.html', layout).kind).toBe(
			'not-in-pack',
		);
		expect(packUrl('https://stopncii.org/', 'en/index.html', 'en/index.html', layout).kind).toBe('keep');
	});

	it('in stylesheets become relative to the stylesheet; data: URLs stay', () => {
		const css = `a{background:url('/kit/_astro/pic.svg')} b{mask:url(data:image/svg+xml;base64,AA==)} @import "/kit/_astro/a.css";`;
		const rewritten = rewriteCssUrls(css, (url) => {
			const target = packUrl(url, '_astro/a.css', '_astro/a.css', layout);
			return target.kind === 'relative' ? target.url : undefined;
		});
		expect(rewritten).toBe(
			`a{background:url("pic.svg")} b{mask:url(data:image/svg+xml;base64,AA==)} @import "a.css";`,
		);
	});
});

describe('pack zips', () => {
	it('give the same bytes for the same files, whatever their order', () => {
		const a = new Map([
			['b.txt', new TextEncoder().encode('b')],
			['a/index.html', new TextEncoder().encode('<p>a</p>')],
		]);
		const b = new Map([...a].reverse());
		expect(Buffer.from(reproducibleZip(a)).equals(Buffer.from(reproducibleZip(b)))).toBe(true);
		expect(Object.keys(unzipSync(reproducibleZip(a)))).toEqual(['a/index.html', 'b.txt']);
	});

	it('write one fixed time, from SOURCE_DATE_EPOCH when it is set', () => {
		expect(fixedFileTime({}).getFullYear()).toBe(2000);
		const time = fixedFileTime({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 29, 12) / 1000) });
		expect([time.getFullYear(), time.getMonth(), time.getDate(), time.getHours()]).toEqual([
			2026, 10, 29, 12,
		]);
	});
});
