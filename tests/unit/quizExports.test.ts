import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { escapeGift, quizToGift } from '../../src/quiz/exportGift.ts';
import { quizToQtiFiles, quizToQtiZip } from '../../src/quiz/exportQti.ts';
import { findQuizzes } from '../../src/quiz/findQuizzes.ts';
import { QUIZ_SOURCES, writeQuizExports, type QuizExportSource } from '../../src/quiz/quizExportFiles.ts';

const source = `:::question{type="single"}
Which is {best}: A = B?

- [ ] Share it ~ quickly
  > Sharing #1 spreads it.
- [x] Tell an *adult*
  > Yes: an adult can help.
:::

::::question{type="multiple"}
Which help?

- [x] Telling
  > Yes.
- [x] Reporting
  > Yes.
- [ ] Forwarding
  > No.

:::explanation
Both help & neither spreads it.
:::
::::

:::question{type="true-false"}
Fake pictures can't hurt.

- [ ] True
  > They can.
- [x] False
  > Right, they can hurt.
:::
`;
const quizzes = findQuizzes(markdownToMdast(source, { features: { directive: true } }) as Root).quizzes.map(
	(found) => found.quiz,
);
const info = { id: 'en-lessons-11-13-test', title: 'Test & <lesson>', lang: 'en' };

describe('GIFT export for Moodle', () => {
	const gift = quizToGift(quizzes, { title: 'Test lesson' });

	it('escapes GIFT’s special characters', () => {
		expect(escapeGift('a ~ b = c # d { e } f : g \\ h')).toBe('a \\~ b \\= c \\# d \\{ e \\} f \\: g \\\\ h');
	});

	it('writes a single-choice question with = for the right option, ~ for the others and # feedback', () => {
		expect(gift).toContain(
			'::Q1\\: Which is \\{best\\}\\: A \\= B?::[html]<p>Which is \\{best\\}\\: A \\= B?</p>{\n' +
				'~Share it \\~ quickly#<p>Sharing \\#1 spreads it.</p>\n' +
				'=Tell an <em>adult</em>#<p>Yes\\: an adult can help.</p>\n}',
		);
	});

	it('writes a multiple-choice question with shared credit for right options and −100% for wrong ones, and the explanation as general feedback', () => {
		expect(gift).toContain(
			'~%50%Telling#<p>Yes.</p>\n~%50%Reporting#<p>Yes.</p>\n~%-100%Forwarding#<p>No.</p>\n####<p>Both help &amp; neither spreads it.</p>\n}',
		);
	});

	it('writes a true/false question with feedback for a wrong and a right answer', () => {
		expect(gift).toContain(
			"[html]<p>Fake pictures can't hurt.</p>{\nFALSE#<p>They can.</p>#<p>Right, they can hurt.</p>\n}",
		);
	});

	it('separates questions with blank lines and keeps each question’s text free of blank lines', () => {
		const blocks = gift.trim().split('\n\n');
		expect(blocks).toHaveLength(4);
		expect(blocks[0]).toContain('$CATEGORY: $course$/top/Test lesson');
	});
});

describe('QTI 2.1 package', () => {
	const files = quizToQtiFiles(quizzes, info);
	const parse = (xml: string) => {
		const errors: string[] = [];
		const doc = new DOMParser({
			onError: (level, message) => errors.push(`${level}: ${message}`),
		}).parseFromString(xml, 'text/xml');
		expect(errors).toEqual([]);
		return doc;
	};

	it('zips a manifest, a test and one item per question, and every file is well-formed XML', () => {
		const unzipped = unzipSync(quizToQtiZip(quizzes, info));
		expect(Object.keys(unzipped).sort()).toEqual(
			['imsmanifest.xml', 'items/q1.xml', 'items/q2.xml', 'items/q3.xml', 'test.xml'].sort(),
		);
		for (const [name, bytes] of Object.entries(unzipped)) {
			expect(strFromU8(bytes), name).toBe(files[name]);
			parse(strFromU8(bytes));
		}
	});

	it('has a manifest that references every item, and a test that includes every item', () => {
		const manifest = parse(files['imsmanifest.xml']!);
		const resources = Array.from(manifest.getElementsByTagName('resource'));
		const items = resources.filter((resource) => resource.getAttribute('type') === 'imsqti_item_xmlv2p1');
		expect(items.map((item) => item.getAttribute('href'))).toEqual([
			'items/q1.xml',
			'items/q2.xml',
			'items/q3.xml',
		]);
		const test = resources.find((resource) => resource.getAttribute('type') === 'imsqti_test_xmlv2p1')!;
		const dependencies = Array.from(test.getElementsByTagName('dependency')).map((d) =>
			d.getAttribute('identifierref'),
		);
		expect(dependencies).toEqual(items.map((item) => item.getAttribute('identifier')));
		const refs = Array.from(parse(files['test.xml']!).getElementsByTagName('assessmentItemRef'));
		expect(refs.map((ref) => ref.getAttribute('href'))).toEqual([
			'items/q1.xml',
			'items/q2.xml',
			'items/q3.xml',
		]);
	});

	it.each([
		['items/q1.xml', 'single', ['C2'], '1'],
		['items/q2.xml', 'multiple', ['C1', 'C2'], '0'],
		['items/q3.xml', 'single', ['C2'], '1'],
	])(
		'%s: a %s-cardinality choice item with its correct response and feedback per choice',
		(name, cardinality, correct, maxChoices) => {
			const item = parse(files[name]!);
			const root = item.documentElement!;
			expect(root.nodeName).toBe('assessmentItem');
			expect(root.getAttribute('xmlns')).toBe('http://www.imsglobal.org/xsd/imsqti_v2p1');
			const response = item.getElementsByTagName('responseDeclaration')[0]!;
			expect(response.getAttribute('cardinality')).toBe(cardinality);
			const values = Array.from(response.getElementsByTagName('value')).map((value) => value.textContent);
			expect(values).toEqual(correct);
			expect(item.getElementsByTagName('choiceInteraction')[0]!.getAttribute('maxChoices')).toBe(maxChoices);
			const choices = Array.from(item.getElementsByTagName('simpleChoice'));
			for (const choice of choices) {
				const feedback = choice.getElementsByTagName('feedbackInline')[0]!;
				expect(feedback.getAttribute('identifier')).toBe(choice.getAttribute('identifier'));
				expect(feedback.textContent!.length).toBeGreaterThan(0);
			}
		},
	);

	it('escapes the title for XML and keeps the explanation as modal feedback', () => {
		expect(files['items/q2.xml']).toContain('title="Test &amp; &lt;lesson&gt;: 2"');
		expect(files['items/q2.xml']).toContain(
			'<modalFeedback outcomeIdentifier="EXPLAIN" identifier="EXPLANATION" showHide="show"><p>Both help &amp; neither spreads it.</p></modalFeedback>',
		);
	});
});

describe('the build’s last step', () => {
	const lesson = (locale: string): QuizExportSource => ({
		id: `${locale}/lessons/11-13/test`,
		title: `Test lesson (${locale})`,
		lang: locale,
		gift: `quiz-exports/${locale}/lessons/11-13/test.gift`,
		qti: `quiz-exports/${locale}/lessons/11-13/test-qti21.zip`,
		// As the build hands them over: through JSON.
		quizzes: JSON.parse(JSON.stringify(quizzes)) as typeof quizzes,
	});
	const site = (files: Record<string, string>) => {
		const dist = mkdtempSync(join(tmpdir(), 'kit-quiz-exports-'));
		mkdirSync(join(dist, 'quiz-exports'));
		for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, 'quiz-exports', name), text);
		return dist;
	};

	it('writes every lesson’s GIFT file and QTI package from the quizzes the build left, and publishes only those', async () => {
		const dist = site({
			[`en${QUIZ_SOURCES}`]: JSON.stringify([lesson('en')]),
			[`ar${QUIZ_SOURCES}`]: JSON.stringify([lesson('ar')]),
		});
		try {
			expect(await writeQuizExports(dist)).toMatch(/^Quiz exports \(GIFT, QTI\) of 2 lessons in [\d.]+s\.$/);
			expect(readdirSync(join(dist, 'quiz-exports')).sort()).toEqual(['ar', 'en']);
			expect(readFileSync(join(dist, 'quiz-exports/en/lessons/11-13/test.gift'), 'utf8')).toBe(
				quizToGift(quizzes, { title: 'Test lesson (en)' }),
			);
			const zip = unzipSync(readFileSync(join(dist, 'quiz-exports/ar/lessons/11-13/test-qti21.zip')));
			const expected = quizToQtiFiles(quizzes, {
				id: 'ar-lessons-11-13-test',
				title: 'Test lesson (ar)',
				lang: 'ar',
			});
			expect(
				Object.fromEntries(Object.entries(zip).map(([name, bytes]) => [name, strFromU8(bytes)])),
			).toEqual(expected);
		} finally {
			rmSync(dist, { recursive: true });
		}
	});

	it('fails on a file of quizzes it cannot read, naming the file and what to do', async () => {
		const dist = site({ [`en${QUIZ_SOURCES}`]: '{"not": "a list"}' });
		try {
			const error = await writeQuizExports(dist).catch((error: Error) => error);
			expect(String(error)).toContain(`quiz-exports/en${QUIZ_SOURCES}: not the list of lessons and quizzes`);
			expect(String(error)).toContain('build again (npm run build)');
		} finally {
			rmSync(dist, { recursive: true });
		}
	});

	it('writes nothing for a site without quizzes', async () => {
		const dist = mkdtempSync(join(tmpdir(), 'kit-quiz-exports-'));
		try {
			expect(await writeQuizExports(dist)).toMatch(/of 0 lessons/);
			expect(existsSync(join(dist, 'quiz-exports'))).toBe(false);
		} finally {
			rmSync(dist, { recursive: true });
		}
	});
});
