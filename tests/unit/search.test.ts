import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import lunr from 'lunr';
import { buildSearchData, FIELDS, loadSearch, loadSearchInSlices, MAX_RESULTS, nameKey, queryWords, rank, readSearchIndex, search, searchIndexFile, snippet, type IndexedPage } from '../../src/client/search.ts';

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
		assert.equal(pauses, 2 * data.terms.length + 2 * data.docs.length, 'a pause after each line read, each word indexed and each page named, with slices of 0 ms');
		for (const query of ['time', 'authenticat', 'vulnerability exploit', 'dns', 'modified']) {
			assert.deepEqual(search(sliced, query), search(searcher, query), query);
		}
	});
});

describe('a query that is exactly a name', () => {
	// Pages where lunr's score alone puts the wrong one first, as in the course: the longer names say the word more often.
	const long = 'It covers anything that could have a direct or indirect effect on a service, from a firewall rule to a patch, a configuration item or a document.';
	const named: IndexedPage[] = [
		doc('Change schedule', 'The change schedule lists every planned change.', {
			names: 'change calendar forward schedule of change',
			exactNames: ['Change schedule', 'change calendar', 'forward schedule of change'],
		}),
		doc('Change', `Adding, modifying or removing something. ${long}`, { exactNames: ['Change'] }),
		doc('Risk register', 'A register of every risk: each risk, its owner and its risk rating.', { names: 'risk log', exactNames: ['Risk register', 'risk log'] }),
		doc('Risk vocabulary', 'Risk, threat, vulnerability: risk is the chance of loss.', { kind: 'module' }),
		doc('Risk', `The effect of uncertainty on objectives. ${long}`, { exactNames: ['Risk'] }),
		doc('Confidentiality, integrity and availability', 'Availability is one of three properties.', {
			names: 'CIA triad availability triad',
			exactNames: ['Confidentiality, integrity and availability', 'CIA triad', 'availability triad'],
		}),
		doc('Availability', `Being usable when needed. ${long}`, { exactNames: ['Availability'] }),
		doc('Mean time to restore (MTTR)', 'The average time to bring a service back.', {
			names: 'MTTR mean time to recovery',
			exactNames: ['Mean time to restore', 'MTTR', 'mean time to recovery'],
		}),
		doc('Restore drills', 'Mean time to recovery falls when teams rehearse recovery: recovery, recovery, mean time to recovery.', { kind: 'module' }),
		doc('Change enablement', 'The change practice that assesses and authorizes each change.', { kind: 'module' }),
	];
	const namedSearcher = loadSearch(searchIndexFile(buildSearchData(named)));
	const ranked = (query: string) => search(namedSearcher, query).map((result) => result.doc.title);
	const cases: [string, string][] = [
		['change', 'Change'],
		['risk', 'Risk'],
		['availability', 'Availability'],
		['Availability', 'Availability'],
		['  (CHANGE) ', 'Change'],
		['MTTR', 'Mean time to restore (MTTR)'],
		['mean time to restore', 'Mean time to restore (MTTR)'],
		['mean time to recovery', 'Mean time to restore (MTTR)'],
	];
	for (const [query, expected] of cases) {
		test(`"${query}" puts ${expected} first`, () => {
			assert.equal(ranked(query)[0], expected, `results: ${ranked(query).join(', ')}`);
		});
	}

	test('the other terms and modules follow, by score as before', () => {
		const rest = search(namedSearcher, 'change').slice(1);
		assert.deepEqual(
			rest.map((result) => result.score),
			rest.map((result) => result.score).sort((a, b) => b - a),
		);
		assert.ok(ranked('change').includes('Change schedule'));
		assert.ok(ranked('change').includes('Change enablement'));
		assert.ok(ranked('risk').indexOf('Risk register') > 0 && ranked('risk').indexOf('Risk vocabulary') > 0);
	});

	test('a module whose title the query is comes first among modules, after a term so named', () => {
		assert.equal(ranked('risk vocabulary')[0], 'Risk vocabulary');
		assert.equal(ranked('change enablement')[0], 'Change enablement');
	});

	test('only whole names count: more or fewer words is an ordinary query', () => {
		assert.notEqual(ranked('change sched')[0], 'Change');
		assert.equal(ranked('change schedule')[0], 'Change schedule');
	});

	test('names are compared as their lowercase words', () => {
		assert.equal(nameKey('Zero-day'), 'zero day');
		assert.equal(nameKey(' (Zero  DAY) '), 'zero day');
		assert.equal(nameKey('<>'), '');
	});

	test('the index keeps a page\'s names only where they are more than its title', () => {
		const { docs } = buildSearchData(named);
		assert.equal(docs.find((page) => page.title === 'Change')!.exact, undefined);
		assert.equal(docs.find((page) => page.title === 'Risk vocabulary')!.exact, undefined);
		assert.deepEqual(docs.find((page) => page.title === 'Mean time to restore (MTTR)')!.exact, ['mean time to restore', 'mttr', 'mean time to recovery']);
	});
});

describe('rank', () => {
	test('finds every match; search keeps the best MAX_RESULTS of them', () => {
		const many = Array.from({ length: MAX_RESULTS + 5 }, (_, at) => doc(`Incident ${at}`, 'An incident.'));
		const manySearcher = loadSearch(searchIndexFile(buildSearchData(many)));
		assert.equal(rank(manySearcher, 'incident').length, MAX_RESULTS + 5);
		assert.deepEqual(search(manySearcher, 'incident'), rank(manySearcher, 'incident').slice(0, MAX_RESULTS));
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
