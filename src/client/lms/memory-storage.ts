/**
 * A Storage that keeps everything in this page. Inside an LMS the progress store works
 * over one of these, seeded from the LMS's data, so nothing lands in the LMS origin's
 * localStorage where the next learner on a shared computer would find it.
 */
export class MemoryStorage implements Storage {
	#items = new Map<string, string>();
	get length(): number {
		return this.#items.size;
	}
	clear(): void {
		this.#items.clear();
	}
	getItem(key: string): string | null {
		return this.#items.get(key) ?? null;
	}
	key(index: number): string | null {
		return [...this.#items.keys()][index] ?? null;
	}
	removeItem(key: string): void {
		this.#items.delete(key);
	}
	setItem(key: string, value: string): void {
		this.#items.set(key, String(value));
	}
}
