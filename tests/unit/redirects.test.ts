import assert from 'node:assert/strict';
import { test } from 'node:test';
import { abbreviationRedirects, abbreviationSlug, moduleRedirects, moduleRenames } from '../../src/data/redirects.ts';

test('abbreviations become short glossary URLs that lead to their term', () => {
	assert.equal(abbreviationSlug('POA&M'), 'poa-m');
	assert.equal(abbreviationSlug('BOD 22-01'), 'bod-22-01');
	assert.deepEqual(
		abbreviationRedirects([
			{ slug: 'recovery-point-objective', abbreviations: ['RPO'] },
			{ slug: 'plan-of-action-and-milestones', abbreviations: ['POA&M', 'POAM'] },
			{ slug: 'cve', abbreviations: ['CVE'] },
			{ slug: 'mttr', abbreviations: [] },
			{ slug: 'mean-time-to-restore', abbreviations: ['MTTR'] },
			{ slug: 'a', abbreviations: ['XY'] },
			{ slug: 'b', abbreviations: ['X-Y'] },
		]),
		{
			'/glossary/rpo/': '/glossary/recovery-point-objective/',
			'/glossary/poa-m/': '/glossary/plan-of-action-and-milestones/',
			'/glossary/poam/': '/glossary/plan-of-action-and-milestones/',
			'/glossary/xy/': '/glossary/a/',
			'/glossary/x-y/': '/glossary/b/',
		},
	);
});

test('a renamed module\'s old URLs lead to its new one, and its old progress follows it', () => {
	const modules = [
		{ slug: 'slos-availability-and-capacity', formerSlugs: ['slos-and-error-budgets', 'reliability'] },
		{ slug: 'risk-vocabulary', formerSlugs: [] },
	];
	assert.deepEqual(moduleRedirects(modules), {
		'/modules/slos-and-error-budgets/': '/modules/slos-availability-and-capacity/',
		'/modules/reliability/': '/modules/slos-availability-and-capacity/',
	});
	assert.deepEqual(moduleRenames(modules), { 'slos-and-error-budgets': 'slos-availability-and-capacity', reliability: 'slos-availability-and-capacity' });
});
