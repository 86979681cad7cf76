import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createProgressStore, STORAGE_KEY, type ProgressStore } from '../../src/client/progress.ts';
import { seeded } from '../fixtures/progress/storage.ts';

/**
 * A model of how Chromium shares localStorage between tabs: each tab reads and writes its own
 * copy at once; a write reaches the browser, and from there every other tab, some
 * milliseconds later, in order, where it fires a `storage` event. A tab that writes before
 * another tab's write has reached it writes back a record without that write: the race the
 * store must repair. Time is simulated, so each run is exact and replayable by its seed.
 */
class Browser {
	#queue: { at: number; order: number; run: () => void }[] = [];
	#order = 0;
	clock = 0;
	stored = new Map<string, string>();
	tabs: Tab[] = [];
	random: ReturnType<typeof seeded>;
	maxDelayMs: number;
	constructor(random: ReturnType<typeof seeded>, maxDelayMs: number) {
		this.random = random;
		this.maxDelayMs = maxDelayMs;
	}

	later(delay: number, run: () => void) {
		this.#queue.push({ at: this.clock + delay, order: this.#order++, run });
	}

	/** Runs every pending task in time order. */
	drain() {
		while (this.#queue.length > 0) {
			this.#queue.sort((a, b) => a.at - b.at || a.order - b.order);
			const next = this.#queue.shift()!;
			this.clock = next.at;
			next.run();
		}
	}
}

class Tab {
	copy: Map<string, string>;
	store: ProgressStore;
	// Messages on one channel arrive in the order they were sent.
	#toBrowser = 0;
	#fromBrowser = 0;
	browser: Browser;

	constructor(browser: Browser, name: string) {
		this.browser = browser;
		this.copy = new Map(browser.stored);
		const tab = this;
		const storage = {
			get length() {
				return tab.copy.size;
			},
			key: (index: number) => [...tab.copy.keys()][index] ?? null,
			getItem: (key: string) => tab.copy.get(key) ?? null,
			setItem: (key: string, value: string) => tab.#send(key, value),
			removeItem: (key: string) => tab.#send(key, null),
			clear() {},
		} as Storage;
		this.store = createProgressStore(storage, () => new Date(Date.UTC(2026, 11, 1) + browser.clock), {}, { writer: name, later: (task, ms) => browser.later(ms, task) });
		browser.tabs.push(this);
	}

	#delay() {
		return 1 + this.browser.random.next() * this.browser.maxDelayMs;
	}

	#send(key: string, value: string | null) {
		if (value === null) this.copy.delete(key);
		else this.copy.set(key, value);
		const browser = this.browser;
		this.#toBrowser = Math.max(this.#toBrowser, browser.clock + this.#delay());
		browser.later(this.#toBrowser - browser.clock, () => {
			if (value === null) browser.stored.delete(key);
			else browser.stored.set(key, value);
			for (const other of browser.tabs) if (other !== this) other.receive(key, value);
		});
	}

	receive(key: string, value: string | null) {
		const browser = this.browser;
		this.#fromBrowser = Math.max(this.#fromBrowser, browser.clock + this.#delay());
		browser.later(this.#fromBrowser - browser.clock, () => {
			if (value === null) this.copy.delete(key);
			else this.copy.set(key, value);
			if (key === STORAGE_KEY) this.store.notifyExternalChange();
		});
	}
}

/** Whether two stored texts hold the same record, whatever order their keys are in. */
const sameContent = (a: string | undefined, b: string | undefined) => JSON.stringify(sortKeys(JSON.parse(a ?? 'null'))) === JSON.stringify(sortKeys(JSON.parse(b ?? 'null')));
function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
}

const attemptsIn = (text: string | null | undefined, slug: string) => (text ? (JSON.parse(text).modules?.[slug]?.attempts ?? 0) : 0);

describe('two tabs writing at once', () => {
	test('100 attempts each, 20 ms apart, with every delay up to 30 ms: none lost, and every copy agrees', () => {
		let tried = 0;
		let lost = 0;
		for (let seed = 1; seed <= 10; seed++) {
			const browser = new Browser(seeded(seed), 5 + seed * 2.5);
			const tabs = [new Tab(browser, 'tab-a'), new Tab(browser, 'tab-b')];
			tabs.forEach((tab, index) => {
				for (let write = 0; write < 100; write++) {
					browser.later(write * 20 + index * browser.random.next() * 20, () =>
						tab.store.recordAttempt('risk-vocabulary', { score: write, passed: false, questions: { [`${index}-${write}`]: true } }),
					);
				}
			});
			browser.drain();
			tried += 200;
			const stored = browser.stored.get(STORAGE_KEY);
			lost += 200 - attemptsIn(stored, 'risk-vocabulary');
			assert.equal(Object.keys(JSON.parse(stored!).modules['risk-vocabulary'].questions).length, 200, `seed ${seed}: question results`);
			for (const tab of tabs) {
				assert.ok(sameContent(tab.copy.get(STORAGE_KEY), stored), `seed ${seed}: every copy holds the same record`);
				assert.equal(tab.store.read().modules['risk-vocabulary']!.attempts, 200, `seed ${seed}: what each tab shows`);
			}
		}
		console.log(`simulated tabs: ${tried} attempts tried, ${lost} lost`);
		assert.equal(lost, 0);
	});

	test('a tab that never wrote still merges what arrives, and three tabs converge too', () => {
		const browser = new Browser(seeded(7), 25);
		const [a, b, reader] = [new Tab(browser, 'a'), new Tab(browser, 'b'), new Tab(browser, 'reader')];
		reader.store.read();
		for (let write = 0; write < 50; write++) {
			browser.later(write * 10, () => a.store.recordAttempt('one', { score: 50, passed: false, questions: {} }));
			browser.later(write * 10 + 3, () => b.store.recordAttempt('two', { score: 50, passed: false, questions: {} }));
			browser.later(write * 10 + 5, () => b.store.recordAttempt('one', { score: 50, passed: false, questions: {} }));
		}
		browser.drain();
		for (const tab of [a, b, reader]) {
			assert.equal(tab.store.read().modules.one!.attempts, 100);
			assert.equal(tab.store.read().modules.two!.attempts, 50);
		}
		assert.equal(attemptsIn(browser.stored.get(STORAGE_KEY), 'one'), 100);
	});

	test('a storage event that changes nothing is not written back, so tabs never echo each other', () => {
		const browser = new Browser(seeded(3), 10);
		const [a, b] = [new Tab(browser, 'a'), new Tab(browser, 'b')];
		let writes = 0;
		const count = (tab: Tab) => {
			const send = tab.copy.set.bind(tab.copy);
			tab.copy.set = (key, value) => {
				if (key === STORAGE_KEY && browser.clock >= 1000) writes++;
				return send(key, value);
			};
		};
		count(a);
		count(b);
		browser.later(0, () => a.store.recordAttempt('x', { score: 1, passed: false, questions: {} }));
		browser.later(1, () => b.store.recordAttempt('y', { score: 1, passed: false, questions: {} }));
		browser.drain();
		browser.later(1000, () => a.store.recordAttempt('x', { score: 2, passed: false, questions: {} }));
		browser.drain();
		// a's own write and b's copy of it: no write-back from b, none from a in return.
		assert.equal(writes, 2);
	});
});
