/**
 * The README's scale chart: build time and peak memory against pages, the kit beside plain
 * Starlight, drawn by the bench from its own measurements (docs/bench-scale.svg). One SVG with no
 * scripts or external fonts; the kit is a solid line with filled dots and plain Starlight a dashed
 * line with hollow dots, so the two stay apart in greyscale too; a <title> and a <desc> with every
 * figure for screen readers.
 */

/** One site at one size; a build that was stopped has no time or memory. */
export interface ScalePoint {
	pages: number;
	seconds?: number;
	peakMiB?: number;
}

/** One size of the scale run: the kit and plain Starlight with the same pages. */
export interface ScaleChartRow {
	kit: ScalePoint;
	plain: ScalePoint;
}

const WIDTH = 860;
const HEIGHT = 400;
const PANEL = { width: 320, height: 230, top: 116, gap: 110, left: 70 };
const SITES = [
	{ key: 'kit', name: 'kit', colour: '#1d4e89', dash: '', fill: '#1d4e89' },
	{ key: 'plain', name: 'plain Starlight', colour: '#b45309', dash: '7 5', fill: '#ffffff' },
] as const;
const PANELS = [
	{ key: 'time', label: 'Build time (s)', value: (point: ScalePoint) => point.seconds },
	{
		key: 'memory',
		label: 'Peak memory (GiB)',
		value: (point: ScalePoint) => (point.peakMiB === undefined ? undefined : point.peakMiB / 1024),
	},
] as const;

/** Text made safe for SVG content and attribute values. */
export function escapeXml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!,
	);
}

/** An axis from 0 to a round number above `max`, with a round step (1, 2 or 5 × 10ⁿ), 3–6 ticks. */
export function niceAxis(max: number): { max: number; step: number } {
	if (!(max > 0)) return { max: 1, step: 0.25 };
	const rough = max / 4;
	const power = 10 ** Math.floor(Math.log10(rough));
	const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)!;
	return { max: Math.ceil(max / step - 1e-9) * step, step };
}

const number = (value: number) =>
	Number.isInteger(value) ? value.toString().replace(/\B(?=(\d{3})+$)/g, ',') : String(+value.toFixed(2));

/**
 * The chart as an SVG document. `title` heads it (and names it for screen readers), `note` (for
 * example the date and machine) goes under the title.
 */
export function scaleChart(
	rows: ScaleChartRow[],
	{ title, note = '' }: { title: string; note?: string },
): string {
	const points = rows.flatMap((row) => [row.kit, row.plain]);
	const x = niceAxis(Math.max(...points.map((point) => point.pages)));
	const out: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="scale-title scale-desc" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="14" fill="#1a1a1a">`,
		`<title id="scale-title">${escapeXml(title)}</title>`,
		`<desc id="scale-desc">${escapeXml(describe(rows))}</desc>`,
		`<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
		`<text x="${PANEL.left - 50}" y="28" font-size="18" font-weight="600">${escapeXml(title)}</text>`,
	];
	if (note)
		out.push(`<text x="${PANEL.left - 50}" y="50" font-size="13" fill="#444444">${escapeXml(note)}</text>`);
	SITES.forEach((site, index) => {
		const left = PANEL.left + index * 190;
		out.push(
			`<line x1="${left}" y1="72" x2="${left + 36}" y2="72" stroke="${site.colour}" stroke-width="3"${site.dash ? ` stroke-dasharray="${site.dash}"` : ''}/>`,
			`<circle cx="${left + 18}" cy="72" r="4.5" fill="${site.fill}" stroke="${site.colour}" stroke-width="2"/>`,
			`<text x="${left + 44}" y="77">${escapeXml(site.name)}</text>`,
		);
	});
	PANELS.forEach((panel, index) => {
		const left = PANEL.left + index * (PANEL.width + PANEL.gap);
		const bottom = PANEL.top + PANEL.height;
		const values = points.map(panel.value).filter((value): value is number => value !== undefined);
		const y = niceAxis(Math.max(0, ...values));
		const px = (pages: number) => left + (pages / x.max) * PANEL.width;
		const py = (value: number) => bottom - (value / y.max) * PANEL.height;
		for (let tick = 0; tick <= y.max + 1e-9; tick += y.step) {
			out.push(
				`<line x1="${left}" y1="${py(tick).toFixed(1)}" x2="${left + PANEL.width}" y2="${py(tick).toFixed(1)}" stroke="#d0d0d0"/>`,
				`<text x="${left - 8}" y="${(py(tick) + 5).toFixed(1)}" text-anchor="end">${number(tick)}</text>`,
			);
		}
		for (let tick = 0; tick <= x.max + 1e-9; tick += x.step) {
			out.push(
				`<line x1="${px(tick).toFixed(1)}" y1="${bottom}" x2="${px(tick).toFixed(1)}" y2="${bottom + 5}" stroke="#1a1a1a"/>`,
				`<text x="${px(tick).toFixed(1)}" y="${bottom + 22}" text-anchor="middle">${number(tick)}</text>`,
			);
		}
		out.push(
			`<line x1="${left}" y1="${bottom}" x2="${left + PANEL.width}" y2="${bottom}" stroke="#1a1a1a"/>`,
			`<line x1="${left}" y1="${PANEL.top}" x2="${left}" y2="${bottom}" stroke="#1a1a1a"/>`,
			`<text x="${left + PANEL.width / 2}" y="${bottom + 44}" text-anchor="middle">Pages</text>`,
			`<text x="${left}" y="${PANEL.top - 10}" font-weight="600">${escapeXml(panel.label)}</text>`,
		);
		for (const site of SITES) {
			const placed = rows
				.map((row) => ({ pages: row[site.key].pages, value: panel.value(row[site.key]) }))
				.filter((point): point is { pages: number; value: number } => point.value !== undefined)
				.sort((a, b) => a.pages - b.pages)
				.map((point) => ({ ...point, cx: px(point.pages), cy: py(point.value) }));
			out.push(
				`<polyline points="${placed.map((p) => `${p.cx.toFixed(1)},${p.cy.toFixed(1)}`).join(' ')}" fill="none" stroke="${site.colour}" stroke-width="2.5"${site.dash ? ` stroke-dasharray="${site.dash}"` : ''}/>`,
				...placed.map(
					(p) =>
						`<circle data-panel="${panel.key}" data-site="${site.key}" data-pages="${p.pages}" cx="${p.cx.toFixed(1)}" cy="${p.cy.toFixed(1)}" r="4.5" fill="${site.fill}" stroke="${site.colour}" stroke-width="2"/>`,
				),
			);
		}
	});
	out.push('</svg>', '');
	return out.join('\n');
}

/** Every figure of the chart in words, for its <desc>. */
function describe(rows: ScaleChartRow[]): string {
	const figure = (point: ScalePoint) =>
		point.seconds === undefined
			? `${number(point.pages)} pages: stopped before the end`
			: `${number(point.pages)} pages in ${point.seconds.toFixed(1)} s` +
				(point.peakMiB === undefined ? '' : `, peak memory ${(point.peakMiB / 1024).toFixed(2)} GiB`);
	return (
		'Build time and peak memory against the number of pages. ' +
		SITES.map((site) => `${site.name}: ${rows.map((row) => figure(row[site.key])).join('; ')}.`).join(' ')
	);
}
