/**
 * The parsed record is kept until storage changes: a micro-benchmark over a 4.1 M-character
 * record (what repeated 1 MB imports can reach, the size the security review timed). It
 * asserts what does not depend on the machine (one read of storage for a page's reads) and
 * prints the CPU time of the first and later reads.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProgressStore, STORAGE_KEY } from '../../src/client/progress.ts';
import { FakeStorage } from '../fixtures/progress/storage.ts';

const cpuMs = () => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};

function bigRecord(): string {
	const modules: Record<string, unknown> = {};
	for (let index = 0; index < 8017; index++) {
		const questions: Record<string, boolean> = {};
		for (let question = 0; question < 10; question++) questions[`question-${question}-of-module-${index}`] = question % 2 === 0;
		modules[`module-number-${index}`] = { attempts: 3, bestScore: 80, lastScore: 70, passed: true, lastAttemptAt: '2026-11-20T10:00:00.000Z', completedAt: '2026-11-19T10:00:00.000Z', questions };
	}
	return JSON.stringify({ version: 1, modules });
}

test('a page’s ten reads of a 4 MB record read storage and parse once', () => {
	const raw = bigRecord();
	assert.ok(raw.length > 4_000_000);
	const storage = new FakeStorage();
	storage.items.set(STORAGE_KEY, raw);
	const store = createProgressStore(storage, undefined, {}, { later: () => {} });
	let start = cpuMs();
	const first = store.read();
	const firstMs = cpuMs() - start;
	start = cpuMs();
	for (let index = 0; index < 9; index++) assert.equal(store.read(), first);
	const laterMs = cpuMs() - start;
	assert.equal(storage.reads, 1);
	assert.equal(Object.keys(first.modules).length, 8017);

	start = cpuMs();
	store.recordAttempt('module-number-3', { score: 90, passed: true, questions: { a: true } });
	const writeMs = cpuMs() - start;
	const v2Length = storage.items.get(STORAGE_KEY)!.length;
	const again = createProgressStore(storage, undefined, {}, { later: () => {} });
	start = cpuMs();
	again.read();
	const v2Ms = cpuMs() - start;
	console.log(
		`4.1 M-character format 1 record: first read ${firstMs.toFixed(0)} ms CPU, the next 9 reads ${laterMs.toFixed(1)} ms, one attempt ${writeMs.toFixed(0)} ms; ` +
			`as format 2 (${(v2Length / 1e6).toFixed(1)} M characters) a first read takes ${v2Ms.toFixed(0)} ms`,
	);
});
