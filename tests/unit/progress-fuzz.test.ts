/**
 * Fuzzing the progress store: a seeded generator of hostile storage states and import files
 * (wrong types, huge numbers, "__proto__" and "constructor" keys, bad dates, deep nesting,
 * long strings, format 1/2/3 mixes, broken JSON) and of valid records, run through
 * parseProgress, parseImport, mergeProgress and the store. It asserts no uncaught error, no
 * prototype pollution, and no learner record lost: a valid record keeps every fact, and an
 * invalid one stays where it was or sits whole in a set-aside copy. The seed is fixed, so a
 * failure replays; change FUZZ_SEED to explore further.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	addAssignment,
	applyRenames,
	createProgressStore,
	MAX_IMPORT_BYTES,
	mergeProgress,
	parseImport,
	parseProgress,
	STORAGE_KEY,
	type ProgressRecord,
} from '../../src/client/progress.ts';
import { FakeStorage, seeded } from '../fixtures/progress/storage.ts';

const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const CASES = 400;
const rng = seeded(FUZZ_SEED);
const { int, pick, next } = rng;
const chance = (p: number) => next() < p;

const SLUGS = ['risk-vocabulary', 'how-itsm-works', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'then', 'módulo-ü', '漢字', 'x'.repeat(200), '<img src=x onerror=alert(1)>', 'a.b'];
const QUESTIONS = ['q1', 'q2', 'q3', '__proto__', 'constructor', 'prototype', 'valueOf', 'ünï-côdé', 'q'.repeat(200)];
const NAMES = ['Sam Lee', 'Zoë Ødegård', 'O’Brien-Smith', 'Ngozi', '李小龍', '<b>Alex</b>'];
const DEEP = '@@deep@@';

const date = () => new Date(Date.UTC(2020 + int(7), int(12), 1 + int(28), int(24), int(60), int(60), int(1000))).toISOString();
const day = () => date().slice(0, 10);
const some = <T>(items: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + int(max) }, () => pick(items)))];

/** A valid format 1 or 2 record, as JSON, with the facts it holds. */
function validRecord(version: 1 | 2): Record<string, unknown> {
	const modules: Record<string, unknown> = {};
	for (const slug of some(SLUGS, 4)) {
		const lastAttemptAt = date();
		const passed = chance(0.5);
		const base = { bestScore: 50 + int(51), lastScore: int(101), passed, lastAttemptAt, ...(passed && chance(0.8) ? { completedAt: date() } : {}) };
		const questions = some(QUESTIONS, 4);
		modules[slug] =
			version === 1
				? { attempts: int(40), ...base, questions: Object.fromEntries(questions.map((id) => [id, chance(0.5)])) }
				: {
						attempts: 0,
						attemptsBy: Object.fromEntries(some(['v1', 'tab-a', 'tab-b', '__proto__', 'w'.repeat(40)], 3).map((writer) => [writer, 1 + int(30)])),
						...base,
						questions: Object.fromEntries(questions.map((id) => [id, { correct: chance(0.5), at: date() }])),
					};
	}
	if (version === 1) return { version, modules };
	const review = Object.fromEntries(
		some(Object.keys(modules), 2).flatMap((slug) =>
			some(QUESTIONS, 2).map((question) => [
				`${slug}/${question}`,
				{
					due: date(),
					stability: Math.round(next() * 1e5) / 1000,
					difficulty: Math.round(next() * 1e4) / 1000,
					elapsed_days: int(400),
					scheduled_days: int(400),
					learning_steps: int(3),
					reps: int(50),
					lapses: int(10),
					state: int(4),
					...(chance(0.7) ? { last_review: date() } : {}),
					savedAt: date(),
				},
			]),
		),
	);
	const assignments = Array.from({ length: int(3) }, (_, index) =>
		chance(0.5)
			? { id: `path-${index}`, kind: 'path', path: pick(['it-staff', 'security-staff', '__proto__']), ...(chance(0.5) ? { due: day() } : {}), ...(chance(0.5) ? { from: pick(NAMES) } : {}), openedAt: date() }
			: { id: `plan-${index}`, kind: 'plan', modules: some(SLUGS, 3), ...(chance(0.5) ? { from: pick(NAMES) } : {}), openedAt: date() },
	);
	return {
		version,
		modules,
		assignments,
		review,
		// Removals of things this record no longer holds.
		removed: { assignments: chance(0.5) ? { 'gone-assignment': date() } : {}, review: chance(0.5) ? { 'gone/question': date() } : {} },
		...(chance(0.7) ? { lastPath: { id: pick(['it-staff', 'constructor']), at: date() } } : {}),
		...(chance(0.5) ? { learnerName: { text: pick(['', ...NAMES]), at: date() } } : {}),
	};
}

const HOSTILE_VALUES: unknown[] = [
	null,
	true,
	0,
	-1,
	1.5,
	1e21,
	1e308,
	'',
	'9',
	'yesterday',
	'2026-02-30T10:00:00.000Z',
	'2026-11-27T16:14:23Z',
	'+010000-01-01T00:00:00.000Z',
	'x'.repeat(100_000),
	[],
	[1, 2, 3],
	{},
	JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
	DEEP,
];

/** Every path to a value inside `value`. */
function paths(value: unknown, prefix: string[] = []): string[][] {
	if (typeof value !== 'object' || value === null) return [prefix];
	return [prefix, ...Object.keys(value).flatMap((key) => paths((value as Record<string, unknown>)[key], [...prefix, key]))];
}

/** A copy of `record` with one hostile change. */
function mutate(record: Record<string, unknown>): Record<string, unknown> {
	const copy = JSON.parse(JSON.stringify(record));
	const kind = int(4);
	if (kind === 0) {
		copy.version = pick([1, 2, 3, 99, '2', 2.5, null, 0, -1, 1e21, undefined]);
		if (chance(0.5)) copy.assignments = pick([[], {}, 'none', [null]]);
		return copy;
	}
	const targets = paths(copy).filter((path) => path.length > 0);
	const path = pick(targets);
	let holder = copy;
	for (const key of path.slice(0, -1)) holder = holder[key];
	const last = path.at(-1)!;
	if (kind === 1) delete holder[last];
	else if (kind === 2) holder[last] = pick(HOSTILE_VALUES);
	else Object.defineProperty(holder, pick(['__proto__', 'constructor', 'toString', '']), { value: pick(HOSTILE_VALUES), enumerable: true, writable: true, configurable: true });
	return copy;
}

/** The JSON text of a value, with the deep-nesting marker expanded. */
const textOf = (value: unknown) =>
	JSON.stringify(value)?.replaceAll(`"${DEEP}"`, () => {
		const depth = 5_000 + int(95_000);
		return '['.repeat(depth) + ']'.repeat(depth);
	}) ?? 'undefined';

/** Text that is not a record at all, or a broken one. */
function brokenText(record: Record<string, unknown>): string {
	const text = JSON.stringify(record);
	return pick([
		() => text.slice(0, int(text.length)),
		() => `\uFEFF${text}`,
		() => text.replace(/"/g, "'"),
		() => '',
		() => 'null',
		() => '[]',
		() => '"just a string"',
		() => '42',
		() => String.fromCharCode(...Array.from({ length: 50 }, () => int(0xffff))),
		() => `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
		() => `{"version":2,"modules":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`,
	])();
}

// Facts a record holds, to check that none is lost.
type Facts = Map<string, unknown>;
function facts(record: ProgressRecord): Facts {
	const held: Facts = new Map();
	for (const [slug, module] of Object.entries(record.modules)) {
		held.set(`module ${slug}`, { attempts: module.attempts, bestScore: module.bestScore, passed: module.passed, completedAt: module.completedAt, questions: Object.keys(module.questions).sort() });
	}
	for (const assignment of record.assignments) held.set(`assignment ${assignment.id}`, true);
	for (const key of Object.keys(record.review)) held.set(`card ${key}`, true);
	if (record.lastPath) held.set('lastPath', true);
	if (record.learnerName) held.set('learnerName', true);
	return held;
}

/** What of `before` is missing from `after`, which may have grown (more attempts, a better score, more answers). */
function missing(before: Facts, after: Facts): string[] {
	return [...before].flatMap(([key, fact]) => {
		const now = after.get(key);
		if (now === undefined) return [key];
		if (typeof fact !== 'object' || fact === null) return [];
		const a = fact as { attempts: number; bestScore: number; passed: boolean; completedAt?: string; questions: string[] };
		const b = now as typeof a;
		const kept = b.attempts >= Math.min(a.attempts, 10_000) && b.bestScore >= a.bestScore && (b.passed || !a.passed) && a.questions.every((id) => b.questions.includes(id)) && (!a.completedAt || !!b.completedAt);
		return kept ? [] : [key];
	});
}

const prototypes = () => [Object.prototype, Array.prototype, Function.prototype].map((proto) => Object.getOwnPropertyNames(proto).sort().join()).join('|');
const PRISTINE = prototypes();
const polluted = () => prototypes() !== PRISTINE || ({} as Record<string, unknown>).polluted !== undefined || ([] as unknown as Record<string, unknown>).polluted !== undefined;

/** Runs `work`, counting what it throws. */
function guarded(counts: { uncaught: number }, work: () => void, label: string) {
	try {
		work();
	} catch (error) {
		counts.uncaught++;
		console.log(`uncaught in ${label}: ${(error as Error).stack?.split('\n').slice(0, 3).join(' ')}`);
	}
}

/** A store over `storage` with a fixed clock, and no timers left behind. */
const storeOver = (storage: Storage, writer: string) => createProgressStore(storage, () => new Date('2031-01-01T00:00:00.000Z'), { 'how-itsm-works': 'risk-vocabulary' }, { writer, later: () => {} });

test('fuzzing the progress store: no uncaught error, no prototype pollution, no record lost', () => {
	const storageStates = { tried: 0, uncaught: 0, lost: 0, setAside: 0, readOnly: 0 };
	const importFiles = { tried: 0, uncaught: 0, lost: 0, accepted: 0, refused: 0 };
	const validRecords = { tried: 0, uncaught: 0, lost: 0 };
	const merges = { tried: 0, uncaught: 0, disagreed: 0 };
	let pollutions = 0;

	for (let index = 0; index < CASES; index++) {
		// A valid record: parsed, stored, written to, imported and merged, it keeps every fact.
		const valid = validRecord(chance(0.3) ? 1 : 2);
		const validText = JSON.stringify(valid);
		validRecords.tried++;
		guarded(
			validRecords,
			() => {
				const parsed = parseProgress(JSON.parse(validText));
				assert.ok(parsed.ok && !parsed.dropped, `a valid record was refused: ${validText.slice(0, 200)}`);
				const held = facts(applyRenames(parsed.record, { 'how-itsm-works': 'risk-vocabulary' }));
				const storage = new FakeStorage();
				storage.items.set(STORAGE_KEY, validText);
				const store = storeOver(storage, `valid-${index}`);
				store.read();
				store.recordAttempt(pick(SLUGS), { score: int(101), passed: chance(0.5), questions: { q1: chance(0.5) } });
				store.update(addAssignment({ kind: 'path', path: 'it-staff', from: pick(NAMES) }));
				const file = parseImport(JSON.stringify(validRecord(2)), new Date('2031-01-01T00:00:00.000Z'));
				if (file.ok) store.importRecord(file.record);
				const lostFacts = missing(held, facts(storeOver(storage, `check-${index}`).read()));
				if (lostFacts.length > 0 || store.problem() !== undefined) {
					validRecords.lost++;
					console.log(`valid record lost ${lostFacts.join(', ')} (${store.problem() ?? 'no problem reported'})`);
				}
			},
			'valid record',
		);

		// Merging two valid records gives the same record in either order, and merging again changes nothing.
		merges.tried++;
		guarded(
			merges,
			() => {
				const a = parseProgress(valid);
				const b = parseProgress(validRecord(2));
				if (!a.ok || !b.ok) throw new Error('a valid record was refused');
				const ab = JSON.stringify(sortKeys(mergeProgress(a.record, b.record)));
				const ba = JSON.stringify(sortKeys(mergeProgress(b.record, a.record)));
				const again = JSON.stringify(sortKeys(mergeProgress(mergeProgress(a.record, b.record), b.record)));
				if (ab !== ba || ab !== again) merges.disagreed++;
			},
			'merge',
		);

		// A hostile storage state: the store reads it, records an attempt, and a new page reads again.
		const raw = chance(0.75) ? textOf(mutate(valid)) : brokenText(valid);
		storageStates.tried++;
		guarded(
			storageStates,
			() => {
				const storage = new FakeStorage();
				if (chance(0.1)) storage.quota = raw.length + STORAGE_KEY.length + int(100);
				const earlierCopy = chance(0.2);
				if (earlierCopy) storage.items.set(`${STORAGE_KEY}:unreadable`, 'an earlier copy');
				storage.items.set(STORAGE_KEY, raw);
				const store = storeOver(storage, `hostile-${index}`);
				store.read();
				store.recordAttempt('risk-vocabulary', { score: int(101), passed: chance(0.5), questions: { q1: true } });
				const reread = storeOver(storage, `reread-${index}`).read();
				assert.ok(Object.getPrototypeOf(reread.modules) === null);
				if (earlierCopy) assert.equal(storage.items.get(`${STORAGE_KEY}:unreadable`), 'an earlier copy', 'an earlier copy is never overwritten');
				// Not lost: still in place, or copied aside whole, or read with its bad parts copied aside.
				const copies = [...storage.items].filter(([key]) => key.startsWith(`${STORAGE_KEY}:`) && key !== `${STORAGE_KEY}:unreadable`).map(([, text]) => text);
				if (storage.items.get(STORAGE_KEY) === raw) {
					storageStates.readOnly++;
					return;
				}
				if (copies.includes(raw)) {
					storageStates.setAside++;
					return;
				}
				let json: unknown;
				try {
					json = JSON.parse(raw);
				} catch {
					storageStates.lost++;
					return;
				}
				const parsed = parseProgress(json);
				const keptAside = !parsed.ok ? false : !parsed.dropped || copies.some((copy) => copy === JSON.stringify({ version: (json as { version: unknown }).version, dropped: parsed.dropped }));
				const lostFacts = parsed.ok ? missing(facts(applyRenames(parsed.record, { 'how-itsm-works': 'risk-vocabulary' })), facts(reread)) : ['the record'];
				if (!keptAside || lostFacts.length > 0) {
					storageStates.lost++;
					console.log(`storage state lost ${lostFacts.join(', ') || 'its dropped entries'}: ${raw.slice(0, 160)}`);
				}
			},
			'storage state',
		);

		// A hostile import file: refused with a message, or accepted and merged without losing what was there.
		const fileText = pick([
			() => textOf(mutate(validRecord(chance(0.3) ? 1 : 2))),
			() => brokenText(validRecord(2)),
			() => JSON.stringify(validRecord(2)).padEnd(MAX_IMPORT_BYTES + int(2) - 1, ' '),
			() => JSON.stringify({ ...validRecord(1), modules: { 'risk-vocabulary': { attempts: 1, bestScore: 1, lastScore: 1, passed: false, lastAttemptAt: '2999-01-01T00:00:00.000Z', questions: {} } } }),
		])();
		importFiles.tried++;
		guarded(
			importFiles,
			() => {
				const result = parseImport(fileText, new Date('2031-01-01T00:00:00.000Z'));
				assert.equal(typeof (result.ok ? result.record : result.message), result.ok ? 'object' : 'string');
				if (!result.ok) {
					importFiles.refused++;
					assert.match(result.message, /^This file cannot be imported: .+ Your current progress is unchanged\.$/s);
					return;
				}
				importFiles.accepted++;
				const storage = new FakeStorage();
				storage.items.set(STORAGE_KEY, validText);
				const store = storeOver(storage, `import-${index}`);
				const before = facts(store.read());
				store.importRecord(result.record);
				const lostFacts = missing(before, facts(storeOver(storage, `after-import-${index}`).read()));
				if (lostFacts.length > 0) {
					importFiles.lost++;
					console.log(`import lost ${lostFacts.join(', ')}: ${fileText.slice(0, 160)}`);
				}
			},
			'import file',
		);

		if (polluted()) pollutions++;
	}

	console.log(
		[
			`fuzz (seed ${FUZZ_SEED}):`,
			`  storage states: ${storageStates.tried} tried, ${storageStates.uncaught} uncaught, ${storageStates.lost} lost (${storageStates.readOnly} left in place, ${storageStates.setAside} set aside whole)`,
			`  import files:   ${importFiles.tried} tried, ${importFiles.uncaught} uncaught, ${importFiles.lost} lost (${importFiles.accepted} accepted, ${importFiles.refused} refused with a message)`,
			`  valid records:  ${validRecords.tried} tried, ${validRecords.uncaught} uncaught, ${validRecords.lost} lost`,
			`  merges:         ${merges.tried} tried, ${merges.uncaught} uncaught, ${merges.disagreed} that depended on order`,
			`  prototype pollution: ${pollutions}`,
		].join('\n'),
	);
	assert.deepEqual(
		{ storageStates: [storageStates.uncaught, storageStates.lost], importFiles: [importFiles.uncaught, importFiles.lost], validRecords: [validRecords.uncaught, validRecords.lost], merges: [merges.uncaught, merges.disagreed], pollutions },
		{ storageStates: [0, 0], importFiles: [0, 0], validRecords: [0, 0], merges: [0, 0], pollutions: 0 },
	);
	assert.ok(storageStates.tried >= 300 && importFiles.tried >= 300 && validRecords.tried >= 300);
});

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
}
