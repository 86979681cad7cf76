/**
 * `npm run package`: builds the LMS pages once (CROSSTRAIN_TARGET=lms) and writes, under
 * dist-lms/, every package an LMS can import:
 *   scorm12/modules/<slug>.zip  scorm2004/modules/<slug>.zip   one SCO per package
 *   scorm12/paths/<id>.zip      scorm2004/paths/<id>.zip       one SCO per module, in path order
 *   cmi5/paths/<id>.zip         cmi5/course.zip                one AU per module
 * The same input gives byte-identical zips (zip.ts). A module whose progress could not fit
 * in SCORM 1.2's suspend_data fails the packaging, naming its quiz file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeSuspendData, SUSPEND_DATA_LIMIT } from '../../client/lms/suspend-data.ts';
import { COURSE_DATA_FILE, type CourseData, type PackagedModule } from './course-data.ts';
import { cmi5CourseStructure, scorm12Manifest, scorm2004Manifest, type ManifestModule, type ManifestPackage } from './manifests.ts';
import { importsOf, packagedPage, referencesOf } from './page-rewrite.ts';
import { schemaFiles } from './schema-files.ts';
import { reproducibleZip } from './zip.ts';

type Standard = 'scorm12' | 'scorm2004' | 'cmi5';

export interface WrittenPackage {
	/** Relative to the output folder: "scorm12/modules/risk-vocabulary.zip". */
	file: string;
	bytes: number;
}

/** Builds the LMS pages into `siteDir`; throws with the build's output if it fails. */
export function buildLmsSite(project: string, siteDir: string): void {
	const astro = join(project, 'node_modules/astro/bin/astro.mjs');
	const build = spawnSync(process.execPath, [astro, 'build', '--outDir', siteDir], {
		cwd: project,
		encoding: 'utf8',
		env: { ...process.env, CROSSTRAIN_TARGET: 'lms', NO_COLOR: '1' },
	});
	if (build.status !== 0) throw new Error(`The LMS build failed:\n${build.stdout}\n${build.stderr}`);
}

/** Fails when a module's progress, fully answered, would not fit in suspend_data. */
export function checkSuspendData(modules: readonly PackagedModule[]): void {
	for (const module of modules) {
		const when = '2099-12-31T23:59:59.999Z';
		const { text, complete } = encodeSuspendData(module.slug, {
			attempts: 999_999_999,
			bestScore: 100,
			lastScore: 100,
			passed: true,
			lastAttemptAt: when,
			completedAt: when,
			questions: Object.fromEntries(module.questionIds.map((id) => [id, true])),
		});
		if (!complete) {
			throw new Error(
				`content/quizzes/${module.slug}.yaml: a learner's progress in this quiz needs ${text.length} characters, more than the ${SUSPEND_DATA_LIMIT} an LMS keeps for a SCORM 1.2 module; use fewer or shorter question ids.`,
			);
		}
	}
}

/** Writes every package from a built LMS site; returns what it wrote. */
export function writePackages(siteDir: string, outDir: string): WrittenPackage[] {
	const course = JSON.parse(readFileSync(join(siteDir, COURSE_DATA_FILE), 'utf8')) as CourseData;
	checkSuspendData(course.modules);
	const bySlug = new Map(course.modules.map((module) => [module.slug, module]));
	const read = (path: string) => readFileSync(join(siteDir, path));

	/** Each module page's built HTML and the packaged files it needs, scripts' imports included. */
	const pages = new Map(
		course.modules.map((module) => {
			const html = read(`modules/${module.slug}/index.html`).toString('utf8');
			const files = new Set<string>();
			const visit = (path: string) => {
				if (files.has(path)) return;
				files.add(path);
				if (/\.(?:js|css)$/.test(path)) for (const name of importsOf(read(path).toString('utf8'))) visit(join(dirname(path), name));
			};
			for (const reference of referencesOf(html)) visit(reference.slice(1));
			return [module.slug, { html, files }] as const;
		}),
	);

	const toManifest = (slugs: string[], id: string, title: string, description: string, courseUrl: string): ManifestPackage => {
		const modules: ManifestModule[] = slugs.map((slug) => {
			const module = bySlug.get(slug)!;
			return { slug, title: module.title, summary: module.summary, passMark: module.passMark, href: `modules/${slug}/index.html`, url: `${course.site}modules/${slug}/` };
		});
		const assets = [...new Set(slugs.flatMap((slug) => [...pages.get(slug)!.files]))].sort();
		return { id, title, description, modules, assets, courseUrl };
	};

	const zipOf = (standard: Standard, pkg: ManifestPackage): Uint8Array => {
		const files = new Map<string, Uint8Array>();
		for (const module of pkg.modules) {
			const page = packagedPage(pages.get(module.slug)!.html, { standard, site: course.site, root: '../../', name: `${standard} ${pkg.id}: ${module.href}` });
			files.set(module.href, new TextEncoder().encode(page));
		}
		for (const asset of pkg.assets) files.set(asset, read(asset));
		if (standard === 'cmi5') files.set('cmi5.xml', new TextEncoder().encode(cmi5CourseStructure(pkg)));
		else {
			files.set('imsmanifest.xml', new TextEncoder().encode(standard === 'scorm12' ? scorm12Manifest(pkg) : scorm2004Manifest(pkg)));
			for (const [name, contents] of schemaFiles(standard)) files.set(name, contents);
		}
		return reproducibleZip(files);
	};

	// Modules in the order learners meet them on the paths, then any on no path.
	const courseOrder = [...new Set([...course.paths.flatMap((path) => path.modules), ...course.modules.map((module) => module.slug)])];
	const packages: [string, Standard, ManifestPackage][] = [];
	for (const standard of ['scorm12', 'scorm2004'] as const) {
		for (const module of course.modules) {
			packages.push([`${standard}/modules/${module.slug}.zip`, standard, toManifest([module.slug], `module.${module.slug}`, module.title, module.summary, `${course.site}modules/${module.slug}/`)]);
		}
	}
	for (const standard of ['scorm12', 'scorm2004', 'cmi5'] as const) {
		for (const path of course.paths) {
			packages.push([`${standard}/paths/${path.id}.zip`, standard, toManifest(path.modules, `path.${path.id}`, `${course.title}: ${path.title}`, path.description, `${course.site}paths/${path.id}/`)]);
		}
	}
	packages.push(['cmi5/course.zip', 'cmi5', toManifest(courseOrder, 'course', course.title, course.description, course.site)]);

	for (const standard of ['scorm12', 'scorm2004', 'cmi5']) rmSync(join(outDir, standard), { recursive: true, force: true });
	return packages.map(([file, standard, pkg]) => {
		const zip = zipOf(standard, pkg);
		mkdirSync(dirname(join(outDir, file)), { recursive: true });
		writeFileSync(join(outDir, file), zip);
		return { file, bytes: zip.length };
	});
}

/** Builds the LMS pages and writes the packages: what `npm run package` runs. */
export function packageCourse(project: string, outDir: string): WrittenPackage[] {
	const siteDir = join(outDir, 'site');
	buildLmsSite(project, siteDir);
	return writePackages(siteDir, outDir);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const project = fileURLToPath(new URL('../../../', import.meta.url));
	const outDir = resolve(project, process.argv[2] ?? 'dist-lms');
	const started = Date.now();
	const written = packageCourse(project, outDir);
	for (const { file, bytes } of written) console.log(`${(bytes / 1024).toFixed(0).padStart(6)} KB  ${file}`);
	console.log(`${written.length} packages in ${outDir} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
}
