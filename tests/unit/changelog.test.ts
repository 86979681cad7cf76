import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { courseVersion, findChangelogProblems, latestChangesTo, readCourseVersion, releaseAnchor, resolveChangelog } from '../../src/data/changelog.ts';
import { readCourseRecords } from '../../src/data/read-content.ts';
import { changelogFileSchema } from '../../src/schemas/index.ts';

const release = (version: string, date: string, changes: object[]) => ({ version, date, changes });
const changelog = changelogFileSchema.parse([
	release('2027.03', '2027-03-15', [{ module: 'patching', change: 'Newer patching change.' }, { change: 'Course-wide change.' }]),
	release('2026.12', '2026-12-01', [
		{ module: 'patching', change: 'Teaches BOD 26-04.' },
		{ module: 'patching', change: 'Keeps BOD 22-01 as history.' },
		{ module: 'old-risk', change: 'Under its former name.' },
		{ term: 'kev', change: 'KEV term updated.' },
	]),
]);
const course = { modules: { patching: {}, risk: { formerSlugs: ['old-risk'] } }, terms: { kev: {} } };

/** The "path: message" lines zod gives for a changelog file. */
function errors(value: unknown): string[] {
	const result = changelogFileSchema.safeParse(value);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the changelog file', () => {
	test('its newest release is the course version', () => assert.equal(courseVersion(changelog), '2027.03'));

	test('each authoring mistake is named', () => {
		const good = release('2026.12', '2026-12-01', [{ change: 'Something.' }]);
		const cases: [unknown, RegExp][] = [
			[[{ ...good, version: 2026.12 }], /^0\.version: expected the version in quotes, like "2026\.12", found 2026\.12/],
			[[{ ...good, version: '2026.13' }], /^0\.version: expected a version written YYYY\.MM/],
			[[{ ...good, changes: [] }], /^0\.changes: expected at least 1 change/],
			[[{ ...good, changes: [{ module: 'a', term: 'b', change: 'Both.' }] }], /^0\.changes\.0\.term: name a module or a term, not both/],
			[[{ ...good, changes: [{ modul: 'a', change: 'Typo.' }] }], /unknown field "modul"/],
			[[{ ...good, changes: [{ module: 'a' }] }], /^0\.changes\.0\.change: expected string, found nothing/],
			[[good, good], /^1\.version: version "2026\.12" is listed twice/],
			[[good, { ...good, version: '2027.01', date: '2027-01-05' }], /^1\.date: release 2027\.01 is dated after 2026\.12, which is listed above it/],
			[[], /expected at least 1 release: the newest one is the course version/],
		];
		for (const [file, message] of cases) {
			const found = errors(file);
			assert.ok(found.some((line) => message.test(line)), `${JSON.stringify(file).slice(0, 90)} gave: ${found.join(' | ')}`);
		}
	});

	test('a change naming a module or term the course does not have fails, naming the file and the entry', () => {
		assert.deepEqual(findChangelogProblems(changelog, course), []);
		const broken = changelogFileSchema.parse([release('2026.12', '2026-12-01', [{ change: 'Fine.' }, { module: 'patchin', change: 'Typo.' }, { term: 'kve', change: 'Typo.' }])]);
		assert.deepEqual(findChangelogProblems(broken, course), [
			'content/changelog.yaml: 0.changes.1.module of release 2026.12 names "patchin", which is not a module. Expected one of: patching, risk.',
			'content/changelog.yaml: 0.changes.2.term of release 2026.12 names "kve", which is not a glossary term. Expected the name of a file in content/glossary/.',
		]);
	});

	test('a renamed module keeps its history: the former slug resolves to the current one', () => {
		const resolved = resolveChangelog(changelog, course);
		assert.deepEqual(latestChangesTo(resolved, { module: 'risk' })?.changes, [{ module: 'risk', change: 'Under its former name.' }]);
	});

	test('a page shows the newest release that changed it, with only its changes', () => {
		assert.deepEqual(
			latestChangesTo(changelog, { module: 'patching' })?.changes.map((change) => change.change),
			['Newer patching change.'],
		);
		assert.equal(latestChangesTo(changelog, { term: 'kev' })?.release.version, '2026.12');
		assert.equal(latestChangesTo(changelog, { module: 'unchanged' }), undefined);
	});

	test('each release has an anchor on /whats-new/', () => assert.equal(releaseAnchor('2026.12.1'), 'version-2026-12-1'));
});

describe('reading the changelog from content/', () => {
	const withFiles = (files: Record<string, string>, check: (dir: string) => void) => {
		const dir = mkdtempSync(join(tmpdir(), 'crosstrain-changelog-'));
		try {
			for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
			check(dir);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	};

	test('the fixture course has a version', () => assert.equal(readCourseVersion(new URL('../fixtures/minimal-course/content/', import.meta.url)), '2026.12'));

	test('a missing changelog is a problem: the course would have no version', () =>
		withFiles({}, (dir) => {
			assert.deepEqual(readCourseRecords(dir).problems, [
				'content/changelog.yaml: the file is missing. Expected a list of releases, newest first: its first version is the course version.',
			]);
			assert.throws(() => readCourseVersion(dir), /The course's version cannot be read/);
		}));

	test('an unquoted version is named with its file and entry', () =>
		withFiles({ 'changelog.yaml': '- version: 2026.10\n  date: 2026-10-01\n  changes:\n    - change: Something.\n' }, (dir) => {
			assert.deepEqual(readCourseRecords(dir).problems, ['content/changelog.yaml: 0.version: expected the version in quotes, like "2026.12", found 2026.1']);
		}));

	test('a register with a broken entry is named too', () =>
		withFiles({ 'changelog.yaml': '- version: "2026.12"\n  date: 2026-12-01\n  changes: [{ change: x }]\n', 'source-status.yaml': '- url: https://x.example\n  status: revoked\n  since: 2026-06-10\n' }, (dir) => {
			assert.match(readCourseRecords(dir).problems.join('\n'), /^content\/source-status\.yaml: 0\.status: expected one of "withdrawn", "superseded", found "revoked"/);
		}));
});
