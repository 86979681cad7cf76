import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import lunr from 'lunr';
import { buildSearchData, FIELDS, loadSearch, loadSearchInSlices, queryWords, readSearchIndex, search, searchIndexFile, snippet, type IndexedPage } from '../../src/client/search.ts';

const doc = (title: string, text: string, extra: Partial<IndexedPage> = {}): IndexedPage => ({
	url: `/${title.toLowerCase().replace(/\W+/g, '-')}/`,
	kind: 'term',
	title,
	names: '',
	headings: '',
	text,
	...extra,
});

const docs: IndexedPage[] = [
	doc('Mean time to restore', 'The average time to bring a service back.', { names: 'MTTR mean time to recovery' }),
	doc('Multi-factor authentication', 'Authentication that needs more than one factor.', { names: 'MFA 2FA' }),
	doc('Zero-day', 'A vulnerability exploited before defenders know about it.'),
	doc('Vulnerability', 'A weakness that a threat could exploit.'),
	doc('Patching module', 'Log4Shell, CVE-2021-44228, was added to the KEV catalog in December 2021.', { kind: 'module' }),
	doc('Risk vocabulary', 'An internet-facing DNS server is an asset; IT owns it and security assesses it.', { kind: 'module' }),
	doc('Change', 'Adding, modifying or removing anything that could affect a service.'),
];

// Write the file and load it, as the browser does.
const data = buildSearchData(docs);
const file = searchIndexFile(data);
const searcher = loadSearch(file);
const titles = (query: string) => search(searcher, query).map((result) => result.doc.title);

describe('search', () => {
	const cases: [string, string][] = [
		['IT', 'Risk vocabulary'],
		['MTTR', 'Mean time to restore'],
		['mttr', 'Mean time to restore'],
		['(mfa)', 'Multi-factor authentication'],
		['DNS', 'Risk vocabulary'],
		['dns', 'Risk vocabulary'],
		['zero-day', 'Zero-day'],
		['CVE-2021-44228', 'Patching module'],
		['authenticat', 'Multi-factor authentication'],
		['authentcation', 'Multi-factor authentication'],
		['vulnerabilty', 'Vulnerability'],
		['vulnerabilities', 'Vulnerability'],
		['modified', 'Change'],
	];
	for (const [query, expected] of cases) {
		test(`"${query}" finds ${expected} first`, () => {
			assert.equal(titles(query)[0], expected, `results: ${titles(query).join(', ')}`);
		});
	}

	test('results matching every word come before results matching some', () => {
		assert.equal(titles('zero day vulnerability')[0], 'Zero-day');
	});

	test('no input throws, whatever it contains', () => {
		const hostile = [':', '~', '^', '+', '-', '*', 'title:risk', 'risk~2', 'risk^10', '+a -b', '"quoted"', '\\', '<img src=x onerror=alert(1)>', '😀', 'Ωmega', '', '   ', 'a'.repeat(10_000)];
		for (const input of hostile) assert.doesNotThrow(() => search(searcher, input), input);
	});

	test('a thousand random queries never throw', () => {
		const alphabet = ':~^+-*"\'<>&\\/()[]{}!?.,;|aZ09 é😀\u0000\u200b';
		let seed = 7;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		for (let i = 0; i < 1000; i++) {
			const query = Array.from({ length: 1 + Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
			assert.doesNotThrow(() => search(searcher, query), JSON.stringify(query));
		}
	});
});

describe('loadSearch', () => {
	test('rebuilds the index lunr itself builds from the same pages', () => {
		const lunrOwn = lunr(function () {
			this.pipeline.reset();
			this.searchPipeline.reset();
			(this as unknown as { tokenizer: (text: unknown) => lunr.Token[] }).tokenizer = (text) =>
				[...String(text ?? '').toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((match) => new lunr.Token(match[0], {}));
			this.ref('id');
			for (const field of FIELDS) this.field(field.name, { boost: field.boost });
			docs.forEach((page, id) => this.add({ ...page, id: String(id) }));
		});
		for (const query of ['time', 'authentication', 'vulnerability exploit', 'dns', 'service']) {
			const expected = lunrOwn.query((built) => built.term(query.split(' '), { usePipeline: false })).map(({ ref, score }) => ({ ref, score }));
			const actual = searcher.index.query((built) => built.term(query.split(' '), { usePipeline: false })).map(({ ref, score }) => ({ ref, score }));
			assert.ok(expected.length > 0, query);
			assert.deepEqual(actual, expected, query);
		}
	});

	test('the index file reads back as it was written, line breaks in text included', () => {
		const withBreaks = buildSearchData([...docs, doc('Two lines', 'First line\nsecond line\r\nthird')]);
		assert.deepEqual(readSearchIndex(searchIndexFile(withBreaks)), withBreaks);
	});

	test('in slices, builds the same index and hands the thread back between slices', async () => {
		let pauses = 0;
		const sliced = await loadSearchInSlices(file, async () => void pauses++, 0);
		assert.equal(pauses, 2 * data.terms.length + data.docs.length, 'a pause after each line read and each word indexed, with slices of 0 ms');
		for (const query of ['time', 'authenticat', 'vulnerability exploit', 'dns', 'modified']) {
			assert.deepEqual(search(sliced, query), search(searcher, query), query);
		}
	});
});

describe('queryWords', () => {
	test('keeps letters and digits, lowercases, drops repeats, and caps length', () => {
		assert.deepEqual(queryWords('CVE-2021-44228'), ['cve', '2021', '44228']);
		assert.deepEqual(queryWords('(MFA) mfa!'), ['mfa']);
		assert.deepEqual(queryWords('😀 <b>'), ['b']);
		assert.equal(queryWords('a b c d e f g h i j k').length, 8);
	});
});

describe('snippet', () => {
	test('marks each word that starts with a query word', () => {
		const parts = snippet('Authentication that needs more than one factor.', 'authenticat factor');
		assert.deepEqual(
			parts.filter((part) => part.highlight).map((part) => part.text),
			['Authentication', 'factor'],
		);
		assert.equal(parts.map((part) => part.text).join(''), 'Authentication that needs more than one factor.');
	});

	test('centres long text on the first match, with ellipses', () => {
		const text = `${'word '.repeat(100)}target ${'more '.repeat(100)}`;
		const parts = snippet(text, 'target');
		assert.equal(parts[0]!.text, '…');
		assert.equal(parts.at(-1)!.text, '…');
		assert.ok(parts.some((part) => part.highlight && part.text === 'target'));
	});

	test('treats markup in the query as plain words', () => {
		const parts = snippet('Plain <b> text', '<b>');
		assert.ok(parts.every((part) => typeof part.text === 'string'));
	});
});
