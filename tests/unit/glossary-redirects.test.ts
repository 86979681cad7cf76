import assert from 'node:assert/strict';
import { test } from 'node:test';
import { abbreviationRedirects, abbreviationSlug } from '../../src/lib/glossary-redirects.ts';

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
