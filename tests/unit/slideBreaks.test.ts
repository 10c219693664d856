import { describe, expect, it } from 'vitest';
import { compileContent, contentProblem } from '../support/compileContent.ts';

const FILE = 'lessons/en/teachers/slides.mdx';

describe('the ::slide-break marker', () => {
	it('becomes an empty hidden marker that pages do not show', () => {
		const { html } = compileContent('First slide.\n\n::slide-break\n\nSecond slide.', FILE);
		expect(html).toContain('<div class="kit-slide-break" data-kit-slide-break="" hidden></div>');
		expect(html).not.toContain('::slide-break');
		expect(html).toContain('<p>Second slide.</p>');
	});

	it('stops the build on a marker the kit does not know, naming the line and the known ones', () => {
		expect(contentProblem('Text.\n\n::slide-brake\n', FILE)).toContain(
			`${FILE}:3: "::slide-brake" is not a marker the kit knows. Use one of: ::law-card, ::slide-break.`,
		);
	});
});
