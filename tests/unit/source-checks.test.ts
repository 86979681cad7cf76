import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findSourceProblems, type CitingFiles } from '../../src/data/source-checks.ts';
import { describeStatus, listCitedSources, statusSentence } from '../../src/data/sources.ts';
import { sourceStatusFileSchema, type Source, type SourceStatus } from '../../src/schemas/index.ts';

const OLD = 'https://doi.org/10.6028/NIST.SP.800-61r2';
const NEW = 'https://doi.org/10.6028/NIST.SP.800-61r3';
const register: SourceStatus[] = sourceStatusFileSchema.parse([
	{ url: OLD, status: 'withdrawn', since: '2025-04-03', successor: { title: 'SP 800-61 Rev. 3', url: NEW } },
	{ url: 'https://example.com/bod-22-01', status: 'superseded', since: '2026-06', successor: { title: 'BOD 26-04', url: 'https://example.com/bod-26-04' } },
	{ url: 'https://example.com/fips-65', status: 'withdrawn', since: '2008-08-01' },
]);
const source = (url: string, extra: Partial<Source> = {}): Source => ({ title: `Document at ${url}`, publisher: 'NIST', year: 2020, url, historical: false, ...extra });

/** A course whose sources are all current, or cited as history. */
const course = (): CitingFiles => ({
	modules: { patching: { sources: [source(NEW), source(OLD, { title: 'SP 800-61 Rev. 2', historical: true })] } },
	terms: { containment: { sources: [source(NEW)] } },
});

describe('findSourceProblems', () => {
	test('a course citing withdrawn documents only as history has no problems', () => assert.deepEqual(findSourceProblems(course(), register), []));

	test('a withdrawn document cited as current fails, naming the file, the title and both ways to fix it', () => {
		const broken = course();
		broken.terms.containment!.sources = [source(NEW), source(OLD, { title: 'Computer Security Incident Handling Guide (SP 800-61 Rev. 2)' })];
		assert.deepEqual(findSourceProblems(broken, register), [
			'content/glossary/containment.yaml: sources[1] "Computer Security Incident Handling Guide (SP 800-61 Rev. 2)" is withdrawn April 2025, says content/source-status.yaml. Cite its successor, "SP 800-61 Rev. 3" (https://doi.org/10.6028/NIST.SP.800-61r3), or add historical: true to this source if the text cites it as history.',
		]);
	});

	test('a superseded document cited as current in a module fails too', () => {
		const broken = course();
		broken.modules.patching!.sources = [...broken.modules.patching!.sources, source('https://example.com/bod-22-01', { title: 'BOD 22-01' })];
		const [problem, ...rest] = findSourceProblems(broken, register);
		assert.equal(rest.length, 0);
		assert.match(problem!, /^content\/modules\/patching\.mdx: sources\[2\] "BOD 22-01" is superseded June 2026, says content\/source-status\.yaml\. Cite its successor, "BOD 26-04"/);
	});

	test('a withdrawn document with no successor can only be marked historical', () => {
		const broken = course();
		broken.modules.patching!.sources = [...broken.modules.patching!.sources, source('https://example.com/fips-65', { title: 'FIPS PUB 65' })];
		assert.match(findSourceProblems(broken, register)[0]!, /"FIPS PUB 65" is withdrawn August 2008, says content\/source-status\.yaml\. Add historical: true to this source/);
	});

	test('historical: true on a document the register does not list fails', () => {
		const broken = course();
		broken.terms.containment!.sources = [source(NEW, { title: 'SP 800-61 Rev. 3', historical: true })];
		assert.deepEqual(findSourceProblems(broken, register), [
			'content/glossary/containment.yaml: sources[0] "SP 800-61 Rev. 3" has historical: true, but content/source-status.yaml does not list https://doi.org/10.6028/NIST.SP.800-61r3. Add it there with its status (withdrawn or superseded), date and successor, or remove historical: true.',
		]);
	});

	test('a register that lists a link twice, or names a withdrawn successor, fails', () => {
		const twice = [...register, register[0]!];
		assert.ok(findSourceProblems(course(), twice).includes(`content/source-status.yaml: ${OLD} is listed twice. Keep one entry per link.`));
		const chained = [...register, sourceStatusFileSchema.parse([{ url: 'https://example.com/older', status: 'superseded', since: '2020-01-01', successor: { title: 'Rev. 2', url: OLD } }])[0]!];
		assert.match(findSourceProblems(course(), chained).join('\n'), /the successor of https:\/\/example\.com\/older is .*800-61r2, which this file lists as withdrawn too/);
	});
});

describe('the status as the pages say it', () => {
	test('withdrawn, with and without a successor; superseded', () => {
		assert.equal(statusSentence(register[0]!), 'Withdrawn April 2025; superseded by SP 800-61 Rev. 3.');
		assert.equal(statusSentence(register[1]!), 'Superseded June 2026 by BOD 26-04.');
		assert.equal(statusSentence(register[2]!), 'Withdrawn August 2008.');
		assert.deepEqual(describeStatus(register[0]!), { words: 'Withdrawn April 2025', successorLead: '; superseded by ' });
	});
});

describe('listCitedSources', () => {
	const itil = 'https://www.axelos.com/itil';
	const citing = [
		{ kind: 'term' as const, slug: 'change', title: 'Change', sources: [source(itil, { title: 'ITIL Foundation', publisher: 'AXELOS', year: 2019 })] },
		{ kind: 'module' as const, slug: 'release', title: 'Release', sources: [source(itil, { title: 'ITIL 4 Practice Guide', publisher: 'AXELOS (PeopleCert)', year: 2020 })] },
		{ kind: 'module' as const, slug: 'itsm', title: 'How ITSM works', sources: [source(itil, { title: 'ITIL  foundation', publisher: 'AXELOS', year: 2019 }), source(OLD, { historical: true })] },
		{ kind: 'module' as const, slug: 'again', title: 'Again', sources: [source(OLD, { historical: true }), source(OLD, { historical: true })] },
	];
	const listed = listCitedSources(citing, register);

	test('each link once, sorted by publisher then title, with its status', () => {
		assert.deepEqual(
			listed.map((entry) => [entry.publisher, entry.url, entry.status?.status]),
			[
				['AXELOS', itil, undefined],
				['NIST', OLD, 'withdrawn'],
			],
		);
	});

	test('the listing takes the title most pages give, and says where a page cites it differently (not just in case or spacing)', () => {
		const [entry] = listed;
		assert.equal(entry!.title, 'ITIL Foundation');
		assert.equal(entry!.year, 2019);
		assert.deepEqual(entry!.citedBy, {
			modules: [
				{ slug: 'itsm', title: 'How ITSM works' },
				{ slug: 'release', title: 'Release', citedAs: '“ITIL 4 Practice Guide”, 2020' },
			],
			terms: [{ slug: 'change', title: 'Change' }],
		});
	});

	test('a page that cites a link twice is listed once', () => assert.deepEqual(listed[1]!.citedBy.modules.map((citation) => citation.slug), ['again', 'itsm']));
});
