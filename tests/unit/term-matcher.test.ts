import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTermMatcher } from '../../src/markdown/term-matcher.ts';

const matcher = createTermMatcher([
	{ slug: 'change', term: 'Change', abbreviations: [], aliases: [] },
	{ slug: 'change-advisory-board', term: 'Change advisory board', abbreviations: ['CAB'], aliases: [] },
	{ slug: 'information-technology', term: 'Information technology', abbreviations: ['IT'], aliases: [] },
	{ slug: 'service-level-objective', term: 'Service level objective', abbreviations: ['SLO'], aliases: ['service-level objective'] },
	{ slug: 'poam', term: 'Plan of action and milestones', abbreviations: ['POA&M'], aliases: [] },
]);
const found = (text: string) => matcher(text).map(({ slug, start, end }) => [slug, text.slice(start, end)]);

test('abbreviations match only as written, so "it" the pronoun is never "IT"', () => {
	assert.deepEqual(found('Ask IT whether it is done.'), [['information-technology', 'IT']]);
	assert.deepEqual(found('Write it down.'), []);
});

test('names match in any case, whole words only, plurals included', () => {
	assert.deepEqual(found('Changes are approved; a change is logged; changed is not a mention.'), [
		['change', 'Changes'],
		['change', 'change'],
	]);
	assert.deepEqual(found('Two SLOs and one service-level objective.'), [
		['service-level-objective', 'SLOs'],
		['service-level-objective', 'service-level objective'],
	]);
});

test('the longest name wins where names overlap', () => {
	assert.deepEqual(found('The change advisory board met.'), [['change-advisory-board', 'change advisory board']]);
	assert.deepEqual(found('The change\nadvisory board met.'), [['change-advisory-board', 'change\nadvisory board']]);
});

test('names with punctuation are matched literally', () => {
	assert.deepEqual(found('Track it in the POA&M.'), [['poam', 'POA&M']]);
});
