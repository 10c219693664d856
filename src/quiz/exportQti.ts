import { strToU8, zipSync } from 'fflate';
import { blocksToHtml, blocksToText } from './quizHtml.ts';
import { XmlTree } from './xmlTree.ts';
import type { Quiz, QuizQuestion } from './quizModel.ts';

const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const QTI_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
const CP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const CP_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd';

interface PackageInfo {
	/** A stable identifier for the lesson, e.g. `en-lessons-11-13-real-or-fake`. */
	id: string;
	title: string;
	lang: string;
}

/** The files of a QTI 2.1 content package: one item per question, a test, and the manifest. */
export function quizToQtiFiles(quizzes: Quiz[], info: PackageInfo): Record<string, string> {
	const questions = quizzes.flatMap((quiz) => quiz.questions);
	const items = questions.map((question) => ({
		identifier: `${info.id}-q${question.number}`,
		href: `items/q${question.number}.xml`,
		xml: qtiItem(question, info),
	}));
	const test = qtiTest(items, info);
	return {
		'imsmanifest.xml': manifest(items, info),
		'test.xml': test,
		...Object.fromEntries(items.map((item) => [item.href, item.xml])),
	};
}

/** The package as a zip file. */
export function quizToQtiZip(quizzes: Quiz[], info: PackageInfo): Uint8Array {
	const files = quizToQtiFiles(quizzes, info);
	// A fixed date keeps the zip identical from build to build.
	const mtime = new Date('2026-01-01T00:00:00Z');
	return zipSync(
		Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, [strToU8(xml), { mtime }]])),
	);
}

/** Elements whose content stays on one line: text, quiz markup and short runs. */
const INLINE = [
	'correctResponse',
	'defaultValue',
	'div',
	'simpleChoice',
	'feedbackInline',
	'modalFeedback',
	'match',
	'setOutcomeValue',
];

function qtiItem(question: QuizQuestion, info: PackageInfo): string {
	const xml = new XmlTree(QTI_NS, { inline: INLINE });
	const { el } = xml;
	const multiple = question.type === 'multiple';
	const choices = question.options.map((option, index) =>
		el(
			'simpleChoice',
			{ identifier: `C${index + 1}` },
			...xml.markup(blocksToHtml(option.label, { xml: true })),
			el(
				'feedbackInline',
				{ outcomeIdentifier: 'FEEDBACK', identifier: `C${index + 1}`, showHide: 'show' },
				// Feedback inside a choice must be inline content, so block feedback is flattened to text.
				blocksToText(option.feedback),
			),
		),
	);
	const prompt = blocksToHtml([{ type: 'paragraph', children: question.prompt }, ...question.details], {
		xml: true,
	});
	return xml.toString(
		'assessmentItem',
		{
			'xsi:schemaLocation': `${QTI_NS} ${QTI_XSD}`,
			identifier: `${info.id}-q${question.number}`,
			title: `${info.title}: ${question.number}`,
			adaptive: 'false',
			timeDependent: 'false',
			'xml:lang': info.lang,
		},
		el(
			'responseDeclaration',
			{ identifier: 'RESPONSE', cardinality: multiple ? 'multiple' : 'single', baseType: 'identifier' },
			el(
				'correctResponse',
				{},
				...question.options.flatMap((option, index) =>
					option.correct ? [el('value', {}, `C${index + 1}`)] : [],
				),
			),
		),
		el(
			'outcomeDeclaration',
			{ identifier: 'SCORE', cardinality: 'single', baseType: 'float' },
			el('defaultValue', {}, el('value', {}, '0')),
		),
		el('outcomeDeclaration', { identifier: 'FEEDBACK', cardinality: 'multiple', baseType: 'identifier' }),
		el('outcomeDeclaration', { identifier: 'EXPLAIN', cardinality: 'single', baseType: 'identifier' }),
		el(
			'itemBody',
			{},
			el('div', {}, ...xml.markup(prompt)),
			el(
				'choiceInteraction',
				{ responseIdentifier: 'RESPONSE', shuffle: 'false', maxChoices: multiple ? 0 : 1 },
				...choices,
			),
		),
		responseProcessing(el),
		question.explanation.length > 0 &&
			el(
				'modalFeedback',
				{ outcomeIdentifier: 'EXPLAIN', identifier: 'EXPLANATION', showHide: 'show' },
				...xml.markup(blocksToHtml(question.explanation, { xml: true })),
			),
	);
}

/** Score 1 for the correct response; show each chosen option's feedback and the explanation. */
function responseProcessing(el: XmlTree['el']) {
	const response = () => el('variable', { identifier: 'RESPONSE' });
	return el(
		'responseProcessing',
		{},
		el(
			'responseCondition',
			{},
			el(
				'responseIf',
				{},
				el('match', {}, response(), el('correct', { identifier: 'RESPONSE' })),
				el('setOutcomeValue', { identifier: 'SCORE' }, el('baseValue', { baseType: 'float' }, '1')),
			),
		),
		el('setOutcomeValue', { identifier: 'FEEDBACK' }, el('multiple', {}, response())),
		el(
			'setOutcomeValue',
			{ identifier: 'EXPLAIN' },
			el('baseValue', { baseType: 'identifier' }, 'EXPLANATION'),
		),
	);
}

function qtiTest(items: { identifier: string; href: string }[], info: PackageInfo): string {
	const xml = new XmlTree(QTI_NS);
	const { el } = xml;
	return xml.toString(
		'assessmentTest',
		{ 'xsi:schemaLocation': `${QTI_NS} ${QTI_XSD}`, identifier: `${info.id}-test`, title: info.title },
		el(
			'testPart',
			{ identifier: 'part', navigationMode: 'nonlinear', submissionMode: 'individual' },
			el(
				'assessmentSection',
				{ identifier: 'section', title: info.title, visible: 'true' },
				...items.map((item) => el('assessmentItemRef', { identifier: item.identifier, href: item.href })),
			),
		),
	);
}

function manifest(items: { identifier: string; href: string }[], info: PackageInfo): string {
	const xml = new XmlTree(CP_NS);
	const { el } = xml;
	return xml.toString(
		'manifest',
		{ 'xsi:schemaLocation': `${CP_NS} ${CP_XSD}`, identifier: `${info.id}-manifest` },
		el('metadata', {}, el('schema', {}, 'QTIv2.1 Package'), el('schemaversion', {}, '1.0.0')),
		el('organizations'),
		el(
			'resources',
			{},
			el(
				'resource',
				{ identifier: `${info.id}-test`, type: 'imsqti_test_xmlv2p1', href: 'test.xml' },
				el('file', { href: 'test.xml' }),
				...items.map((item) => el('dependency', { identifierref: item.identifier })),
			),
			...items.map((item) =>
				el(
					'resource',
					{ identifier: item.identifier, type: 'imsqti_item_xmlv2p1', href: item.href },
					el('file', { href: item.href }),
				),
			),
		),
	);
}
