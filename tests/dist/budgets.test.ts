/**
 * The size budgets, checked against the site in dist/ (run after the build): first-load
 * JS per page type, CSS on every page type, and the search index. Fails with the figure and the budget.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { CSS_BUDGET, INDEX_BUDGET, pageTypes, SCHEDULER_PAGES } from '../budgets.ts';
import { gzipSize, measurePageWeight } from '../page-weight.ts';
import { readCourse } from '../../src/data/read-content.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;
const course = readCourse(new URL('../../content/', import.meta.url));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('size budgets of the built site', { skip: existsSync(dist) ? false : 'dist/ is missing: run `npm run build` first' }, () => {
	const types = pageTypes({
		firstModule: course.paths[0]!.data.modules[0]!,
		firstTerm: course.terms[0]!.id,
		firstPath: course.paths[0]!.id,
	});
	for (const type of types) {
		test(`${type.name} (${type.path}): first-load JS and CSS within budget`, () => {
			const weight = measurePageWeight(dist, type.path);
			const js = weight.jsFilesGzip + weight.jsInlineGzip;
			const css = weight.cssFilesGzip + weight.cssInlineGzip;
			console.log(`${type.name}: JS ${kb(js)}${type.jsBudget ? ` of ${kb(type.jsBudget)}` : ''}, CSS ${kb(css)} of ${kb(CSS_BUDGET)}`);
			if (type.jsBudget) assert.ok(js <= type.jsBudget, `${type.path} loads ${kb(js)} of JS gzip; the budget is ${kb(type.jsBudget)}`);
			assert.ok(css <= CSS_BUDGET, `${type.path} loads ${kb(css)} of CSS gzip; the budget is ${kb(CSS_BUDGET)}`);
			assert.deepEqual(weight.otherOrigins, [], `${type.path} refers to another origin`);
		});
	}
	test('only the review page loads the scheduler', () => {
		const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('index.html'))
			.map((file) => `/${file.replace(/index\.html$/, '')}`);
		const loading = pages.filter((path) => measurePageWeight(dist, path).files.some((file) => file.libraries.includes('ts-fsrs')));
		assert.deepEqual(loading, SCHEDULER_PAGES);
	});
	test('the search index is within budget', () => {
		const index = gzipSize(readFileSync(`${dist}/search-index.ndjson`));
		console.log(`search index: ${kb(index)} of ${kb(INDEX_BUDGET)}`);
		assert.ok(index <= INDEX_BUDGET, `search-index.ndjson is ${kb(index)} gzip; the budget is ${kb(INDEX_BUDGET)}`);
	});
});
