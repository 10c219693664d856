import { strToU8, zipSync } from 'fflate';
import { blocksToHtml, blocksToText } from './quizHtml.ts';
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

function qtiItem(question: QuizQuestion, info: PackageInfo): string {
	const cardinality = question.type === 'multiple' ? 'multiple' : 'single';
	const correct = question.options
		.map((option, index) => (option.correct ? `<value>C${index + 1}</value>` : ''))
		.join('');
	const choices = question.options
		.map(
			(option, index) =>
				`<simpleChoice identifier="C${index + 1}">${blocksToHtml(option.label, { xml: true })}` +
				`<feedbackInline outcomeIdentifier="FEEDBACK" identifier="C${index + 1}" showHide="show">${inline(option.feedback)}</feedbackInline>` +
				`</simpleChoice>`,
		)
		.join('\n      ');
	const maxChoices = question.type === 'multiple' ? 0 : 1;
	const explanation =
		question.explanation.length > 0
			? `\n  <modalFeedback outcomeIdentifier="EXPLAIN" identifier="EXPLANATION" showHide="show">${blocksToHtml(question.explanation, { xml: true })}</modalFeedback>`
			: '';
	return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}" identifier="${info.id}-q${question.number}" title="${attr(`${info.title}: ${question.number}`)}" adaptive="false" timeDependent="false" xml:lang="${attr(info.lang)}">
  <responseDeclaration identifier="RESPONSE" cardinality="${cardinality}" baseType="identifier">
    <correctResponse>${correct}</correctResponse>
  </responseDeclaration>
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">
    <defaultValue><value>0</value></defaultValue>
  </outcomeDeclaration>
  <outcomeDeclaration identifier="FEEDBACK" cardinality="multiple" baseType="identifier"/>
  <outcomeDeclaration identifier="EXPLAIN" cardinality="single" baseType="identifier"/>
  <itemBody>
    <div>${blocksToHtml([{ type: 'paragraph', children: question.prompt }, ...question.details], { xml: true })}</div>
    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="${maxChoices}">
      ${choices}
    </choiceInteraction>
  </itemBody>
  <responseProcessing>
    <responseCondition>
      <responseIf>
        <match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>
        <setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue>
      </responseIf>
    </responseCondition>
    <setOutcomeValue identifier="FEEDBACK"><multiple><variable identifier="RESPONSE"/></multiple></setOutcomeValue>
    <setOutcomeValue identifier="EXPLAIN"><baseValue baseType="identifier">EXPLANATION</baseValue></setOutcomeValue>
  </responseProcessing>${explanation}
</assessmentItem>
`;
}

function qtiTest(items: { identifier: string; href: string }[], info: PackageInfo): string {
	const refs = items
		.map((item) => `        <assessmentItemRef identifier="${item.identifier}" href="${item.href}"/>`)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentTest xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}" identifier="${info.id}-test" title="${attr(info.title)}">
  <testPart identifier="part" navigationMode="nonlinear" submissionMode="individual">
    <assessmentSection identifier="section" title="${attr(info.title)}" visible="true">
${refs}
    </assessmentSection>
  </testPart>
</assessmentTest>
`;
}

function manifest(items: { identifier: string; href: string }[], info: PackageInfo): string {
	const itemResources = items
		.map(
			(item) => `    <resource identifier="${item.identifier}" type="imsqti_item_xmlv2p1" href="${item.href}">
      <file href="${item.href}"/>
    </resource>`,
		)
		.join('\n');
	const dependencies = items
		.map((item) => `      <dependency identifierref="${item.identifier}"/>`)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="${CP_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${CP_NS} ${CP_XSD}" identifier="${info.id}-manifest">
  <metadata>
    <schema>QTIv2.1 Package</schema>
    <schemaversion>1.0.0</schemaversion>
  </metadata>
  <organizations/>
  <resources>
    <resource identifier="${info.id}-test" type="imsqti_test_xmlv2p1" href="test.xml">
      <file href="test.xml"/>
${dependencies}
    </resource>
${itemResources}
  </resources>
</manifest>
`;
}

/** Feedback inside a choice must be inline content, so block feedback is flattened to text. */
function inline(blocks: QuizQuestion['explanation']): string {
	return escapeXml(blocksToText(blocks));
}

function attr(value: string): string {
	return escapeXml(value).replaceAll('"', '&quot;');
}

function escapeXml(value: string): string {
	return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
