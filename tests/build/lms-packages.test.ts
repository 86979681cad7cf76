/**
 * `npm run package` end to end, on the real course: what an LMS will import. Builds the
 * LMS pages twice into scratch folders (the second to prove the zips are reproducible),
 * then checks every package: manifests valid against the ADL/IMS schemas they ship,
 * cmi5.xml valid, every href present, identifiers unique, the pass marks the quizzes',
 * the pages rewritten for an LMS, and the weight of the LMS scripts.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { COURSE_DATA_FILE, type CourseData } from '../../src/integrations/lms/course-data.ts';
import { checkSuspendData, packageCourse, type WrittenPackage } from '../../src/integrations/lms/package.ts';
import { validateCourseStructure, validateCourseStructures, validateManifest, validateManifests } from '../lms/validate.ts';

const project = new URL('../../', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'crosstrain-lms-'));
const [first, second] = [join(scratch, 'a'), join(scratch, 'b')];
let written: WrittenPackage[] = [];
let course: CourseData;
const decoder = new TextDecoder();
const unzip = (file: string) => unzipSync(readFileSync(join(first, file)));
const text = (files: Record<string, Uint8Array>, name: string) => decoder.decode(files[name]);
const attributes = (xml: string, name: string) => [...xml.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((match) => match[1]!);

before(() => {
	written = packageCourse(project, first);
	course = JSON.parse(readFileSync(join(first, 'site', COURSE_DATA_FILE), 'utf8'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run package', { concurrency: 1 }, () => {
	test('writes a SCORM 1.2 and a SCORM 2004 package per module, and per path, and cmi5 courses', () => {
		const expected = [
			...['scorm12', 'scorm2004'].flatMap((standard) => course.modules.map((module) => `${standard}/modules/${module.slug}.zip`)),
			...['scorm12', 'scorm2004', 'cmi5'].flatMap((standard) => course.paths.map((path) => `${standard}/paths/${path.id}.zip`)),
			'cmi5/course.zip',
		];
		assert.deepEqual(written.map((item) => item.file).sort(), expected.sort());
		assert.ok(course.modules.length >= 14 && course.paths.length >= 3);
	});

	test('every imsmanifest.xml is valid against the ADL and IMS schemas in its package', async () => {
		for (const edition of ['scorm12', 'scorm2004'] as const) {
			const packages = written.filter((item) => item.file.startsWith(`${edition}/`)).map((item) => [item.file, unzip(item.file)] as const);
			const schemas = (files: Record<string, Uint8Array>) => Object.entries(files).filter(([name]) => /^[^/]+\.(?:xsd|dtd)$/.test(name));
			const [, firstFiles] = packages[0]!;
			for (const [file, files] of packages) assert.deepEqual(schemas(files), schemas(firstFiles), `${file} ships the same control documents`);
			const result = await validateManifests(Object.fromEntries(packages.map(([file, files]) => [file, text(files, 'imsmanifest.xml')])), firstFiles, edition);
			assert.equal(result.valid, true, result.errors.join('\n'));
		}
	});

	test('the validator is real: it rejects a misspelt element and a wrong scormType', async () => {
		const files = unzip('scorm2004/modules/risk-vocabulary.zip');
		const broken = (change: (manifest: string) => string) => ({ ...files, 'imsmanifest.xml': new TextEncoder().encode(change(text(files, 'imsmanifest.xml'))) });
		assert.equal((await validateManifest(broken((manifest) => manifest.replaceAll('schemaversion>', 'schemaVersion>')), 'scorm2004')).valid, false);
		assert.equal((await validateManifest(broken((manifest) => manifest.replace('adlcp:scormType="sco"', 'adlcp:scormType="lesson"')), 'scorm2004')).valid, false);
		const files12 = unzip('scorm12/modules/risk-vocabulary.zip');
		const manifest12 = text(files12, 'imsmanifest.xml').replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"');
		assert.equal((await validateManifest({ ...files12, 'imsmanifest.xml': new TextEncoder().encode(manifest12) }, 'scorm12')).valid, false);
	});

	test('every cmi5.xml is valid, and a bad moveOn or a missing url is not', async () => {
		const structures = Object.fromEntries(written.filter((item) => item.file.startsWith('cmi5')).map((item) => [item.file, text(unzip(item.file), 'cmi5.xml')]));
		const result = await validateCourseStructures(structures);
		assert.equal(result.valid, true, result.errors.join('\n'));
		const xml = structures['cmi5/course.zip']!;
		assert.equal((await validateCourseStructure(xml.replace('moveOn="Passed"', 'moveOn="Done"'))).valid, false);
		assert.equal((await validateCourseStructure(xml.replace(/<url>[^<]*<\/url>/, ''))).valid, false);
	});

	test('every href is in the zip, every file is in the manifest, identifiers are unique, pass marks are the quizzes’', () => {
		const passMarks = new Map(course.modules.map((module) => [module.slug, module.passMark]));
		for (const { file } of written) {
			const files = unzip(file);
			if (file.startsWith('cmi5')) {
				const xml = text(files, 'cmi5.xml');
				const urls = [...xml.matchAll(/<url>([^<]*)<\/url>/g)].map((match) => match[1]!);
				for (const url of urls) assert.ok(files[url], `${file}: ${url} is not in the zip`);
				const ids = [...xml.matchAll(/<au id="([^"]*)"/g)].map((match) => match[1]!);
				assert.equal(new Set(ids).size, ids.length, `${file}: AU ids repeat`);
				for (const match of xml.matchAll(/<au id="[^"]*modules\/([^/]+)\/" moveOn="Passed" masteryScore="([0-9.]+)"/g)) {
					assert.equal(Number(match[2]), passMarks.get(match[1]!)! / 100, `${file}: ${match[1]}`);
				}
				assert.equal(xml.match(/moveOn="Passed" masteryScore=/g)?.length, ids.length, `${file}: every AU has moveOn and masteryScore`);
				continue;
			}
			const manifest = text(files, 'imsmanifest.xml');
			const hrefs = attributes(manifest, 'href');
			for (const href of hrefs) assert.ok(files[href], `${file}: ${href} is not in the zip`);
			const listed = new Set(attributes(manifest.slice(manifest.indexOf('<resources>')), 'href'));
			for (const name of Object.keys(files)) assert.ok(listed.has(name) || /^[^/]+\.(?:xsd|dtd|xml)$/.test(name), `${file}: ${name} is in no resource`);
			const ids = attributes(manifest, 'identifier');
			assert.equal(new Set(ids).size, ids.length, `${file}: identifiers repeat`);
			for (const ref of attributes(manifest, 'identifierref')) assert.ok(ids.includes(ref), `${file}: ${ref} names no resource`);
			const marks = file.startsWith('scorm12')
				? [...manifest.matchAll(/ITEM-([a-z0-9-]+)"[\s\S]*?<adlcp:masteryscore>(\d+)</g)].map((match) => [match[1]!, Number(match[2])] as const)
				: [...manifest.matchAll(/ITEM-([a-z0-9-]+)"[\s\S]*?<imsss:minNormalizedMeasure>([0-9.]+)</g)].map((match) => [match[1]!, Math.round(Number(match[2]) * 100)] as const);
			assert.equal(marks.length, attributes(manifest, 'identifierref').length - [...manifest.matchAll(/identifierref="RES-assets"/g)].length, file);
			for (const [slug, mark] of marks) assert.equal(mark, passMarks.get(slug), `${file}: ${slug}`);
		}
	});

	test('the pages are ready for an LMS: files by relative path, links in a new tab, the standard set, no service worker', () => {
		for (const { file } of written) {
			const standard = file.split('/')[0]!;
			const files = unzip(file);
			for (const [name, contents] of Object.entries(files)) {
				if (name.endsWith('.js')) assert.doesNotMatch(decoder.decode(contents), /serviceWorker/, `${file}: ${name} registers a service worker`);
				if (!name.endsWith('.html')) continue;
				const page = decoder.decode(contents);
				assert.match(page, new RegExp(`"standard":"${standard}"`), `${file}: ${name}`);
				assert.doesNotMatch(page.replace(/<script[\s\S]*?<\/script>/g, ''), /\s(?:src|href)="\/(?!\/)/, `${file}: ${name} refers to the site root`);
				for (const link of page.match(/<a\s[^>]*>/g) ?? []) {
					if (!/href="#/.test(link)) assert.match(link, /target="_blank" rel="noopener"/, `${file}: ${name}: ${link}`);
				}
				assert.equal(/connect-src 'self' https:/.test(page), standard === 'cmi5', `${file}: ${name}: connect-src`);
			}
		}
	});

	test('a package is byte-identical when built again', () => {
		const again = packageCourse(project, second);
		assert.deepEqual(
			again.map((item) => item.file),
			written.map((item) => item.file),
		);
		for (const { file } of written) assert.ok(readFileSync(join(first, file)).equals(readFileSync(join(second, file))), `${file} differs`);
	});

	test('weight: the SCORM adapter ≤ 3 KB gzip, the cmi5 client ≤ 6 KB and loaded only on a cmi5 launch', () => {
		const assets = join(first, 'site', '_astro');
		const gzipped = (prefix: string) => {
			const name = readdirSync(assets).find((file) => file.startsWith(prefix) && file.endsWith('.js'));
			assert.ok(name, `no ${prefix} chunk`);
			return { name: name!, bytes: gzipSync(readFileSync(join(assets, name!)), { level: 9 }).length };
		};
		const scorm = gzipped('scorm-adapter.');
		const cmi5 = gzipped('cmi5-client.');
		const session = gzipped('LmsLayout.astro');
		assert.ok(scorm.bytes <= 3 * 1024, `SCORM adapter: ${scorm.bytes} bytes`);
		assert.ok(cmi5.bytes <= 6 * 1024, `cmi5 client: ${cmi5.bytes} bytes`);
		assert.ok(session.bytes <= 2.5 * 1024, `LMS session and bar: ${session.bytes} bytes`);
		const page = readFileSync(join(first, 'site/modules/risk-vocabulary/index.html'), 'utf8');
		assert.ok(!page.includes(cmi5.name), 'the page must not load the cmi5 client itself');
		const sessionCode = readFileSync(join(assets, session.name), 'utf8');
		assert.match(sessionCode, new RegExp(`import\\(\`\\./${cmi5.name.replaceAll('.', '\\.')}\`\\)`), 'the session loads the cmi5 client lazily, by a relative path');
		assert.ok(!new RegExp(`from"\\./${cmi5.name.replaceAll('.', '\\.')}"`).test(sessionCode), 'and never statically');
	});

	test('a quiz whose progress could not fit in suspend_data fails the packaging, naming its file', () => {
		const ids = Array.from({ length: 120 }, (_, index) => `a-rather-long-question-id-number-${index}`);
		assert.throws(() => checkSuspendData([{ slug: 'huge', title: 'Huge', summary: '', passMark: 80, questionIds: ids }]), /content\/quizzes\/huge\.yaml: .* more than the 4000/);
	});
});
