/**
 * Checks that span files: references between modules, quizzes, terms and paths, and
 * names claimed by two terms. Each problem names the file, the field, what was found
 * and what was expected, for the author who has to fix it.
 */

/** What the checks need to know about the course, by slug. */
export interface CourseOutline {
	modules: Record<string, { prerequisites: readonly string[]; objectives: readonly { id: string }[]; formerSlugs?: readonly string[] }>;
	quizzes: Record<string, { questions: readonly { id: string; objective: string }[] }>;
	terms: Record<string, { term: string; abbreviations: readonly string[]; aliases: readonly string[]; related: readonly string[] }>;
	paths: Record<string, { modules: readonly string[] }>;
}

/** Paths whose URLs are handed out in onboarding emails, so they must always exist. */
export const REQUIRED_PATHS = ['it-staff', 'security-staff', 'leaders'] as const;

/** The file an author edits for a module or a term, as error messages name it. */
export const moduleFile = (slug: string) => `content/modules/${slug}.mdx`;
const quizFile = (slug: string) => `content/quizzes/${slug}.yaml`;
export const termFile = (slug: string) => `content/glossary/${slug}.yaml`;
const pathFile = (id: string) => `content/paths/${id}.yaml`;

function listOf(names: Iterable<string>): string {
	const sorted = [...names].sort();
	return sorted.length > 12 ? `${sorted.slice(0, 12).join(', ')}, …` : sorted.join(', ');
}

/** Returns every cross-file problem in the course; an empty list means it is consistent. */
export function findCourseProblems(course: CourseOutline): string[] {
	const problems: string[] = [];
	const moduleSlugs = Object.keys(course.modules);
	const termSlugs = new Set(Object.keys(course.terms));

	for (const [slug, module] of Object.entries(course.modules)) {
		for (const prerequisite of module.prerequisites) {
			if (prerequisite === slug) problems.push(`${moduleFile(slug)}: prerequisites lists the module itself.`);
			else if (!course.modules[prerequisite]) {
				problems.push(`${moduleFile(slug)}: prerequisites names "${prerequisite}", which is not a module. Expected one of: ${listOf(moduleSlugs)}.`);
			}
		}
		const quiz = course.quizzes[slug];
		if (!quiz) {
			problems.push(`${moduleFile(slug)}: the module has no quiz. Expected a file ${quizFile(slug)}.`);
			continue;
		}
		const objectiveIds = module.objectives.map((objective) => objective.id);
		for (const question of quiz.questions) {
			if (!objectiveIds.includes(question.objective)) {
				problems.push(
					`${quizFile(slug)}: question "${question.id}" has objective "${question.objective}", which the module does not define. Expected one of: ${objectiveIds.join(', ')}.`,
				);
			}
		}
		for (const id of objectiveIds) {
			if (!quiz.questions.some((question) => question.objective === id)) {
				problems.push(`${quizFile(slug)}: no question checks objective "${id}" of ${moduleFile(slug)}. Expected at least one question with objective: ${id}.`);
			}
		}
	}

	const formerOwners = new Map<string, string>();
	for (const [slug, module] of Object.entries(course.modules)) {
		for (const former of module.formerSlugs ?? []) {
			if (course.modules[former]) problems.push(`${moduleFile(slug)}: formerSlugs names "${former}", which is a current module. A former slug must be free.`);
			const owner = formerOwners.get(former);
			if (owner) problems.push(`${moduleFile(slug)}: formerSlugs names "${former}", which ${moduleFile(owner)} also claims.`);
			formerOwners.set(former, slug);
		}
	}

	for (const slug of Object.keys(course.quizzes)) {
		if (!course.modules[slug]) problems.push(`${quizFile(slug)}: there is no module ${moduleFile(slug)} for this quiz.`);
	}

	const claimedBy = new Map<string, string>();
	for (const [slug, term] of Object.entries(course.terms)) {
		for (const related of term.related) {
			if (!termSlugs.has(related)) problems.push(`${termFile(slug)}: related names "${related}", which is not a glossary term. Expected the name of a file in content/glossary/.`);
		}
		const names = [
			...[term.term, ...term.aliases].map((name) => ({ field: 'term or aliases', key: name.trim().toLowerCase(), name })),
			...term.abbreviations.map((name) => ({ field: 'abbreviations', key: name.trim(), name })),
		];
		for (const { field, key, name } of names) {
			const owner = claimedBy.get(key);
			if (owner && owner !== slug) problems.push(`${termFile(slug)}: ${field} "${name}" is already defined by ${termFile(owner)}. Each name may belong to one term only.`);
			else claimedBy.set(key, slug);
		}
	}

	for (const [id, path] of Object.entries(course.paths)) {
		path.modules.forEach((slug, index) => {
			if (!course.modules[slug]) problems.push(`${pathFile(id)}: modules[${index}] is "${slug}", which is not a module. Expected one of: ${listOf(moduleSlugs)}.`);
			if (path.modules.indexOf(slug) !== index) problems.push(`${pathFile(id)}: modules lists "${slug}" twice.`);
			for (const prerequisite of course.modules[slug]?.prerequisites ?? []) {
				if (path.modules.indexOf(prerequisite) > index) {
					problems.push(`${pathFile(id)}: "${slug}" comes before its prerequisite "${prerequisite}". Expected "${prerequisite}" earlier in modules.`);
				}
			}
		});
	}
	for (const id of REQUIRED_PATHS) {
		if (!course.paths[id]) problems.push(`${pathFile(id)}: this path is missing. Its URL /paths/${id}/ is a public link and must exist.`);
	}

	return problems;
}

/**
 * Terms that no module mentions and no other term lists as related: a reader can only
 * reach them through the glossary index. Worth a warning, not a failed build.
 */
export function findUnreachedTerms(terms: CourseOutline['terms'], usedByModules: ReadonlySet<string>): string[] {
	const linkedFromTerms = new Set(Object.entries(terms).flatMap(([slug, term]) => term.related.filter((related) => related !== slug)));
	return Object.keys(terms).filter((slug) => !usedByModules.has(slug) && !linkedFromTerms.has(slug));
}

/** How long a review holds: a module or term reviewed longer ago than this is due for another. */
export const REVIEW_MONTHS = 12;

/**
 * Modules and terms whose lastReviewed is more than 12 months before `today` (the build's
 * date), one message each naming the file.
 */
export function findOverdueReviews(
	course: { modules: Record<string, { lastReviewed: Date }>; terms: Record<string, { lastReviewed: Date }> },
	today: Date,
): string[] {
	const due = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - REVIEW_MONTHS, today.getUTCDate()));
	const day = (date: Date) => date.toISOString().slice(0, 10);
	const files = [
		...Object.entries(course.modules).map(([slug, module]) => [moduleFile(slug), module.lastReviewed] as const),
		...Object.entries(course.terms).map(([slug, term]) => [termFile(slug), term.lastReviewed] as const),
	];
	return files
		.filter(([, reviewed]) => reviewed < due)
		.map(
			([file, reviewed]) =>
				`${file}: lastReviewed is ${day(reviewed)}, more than ${REVIEW_MONTHS} months before this build (${day(today)}). Check it against its sources and set lastReviewed to the day you did.`,
		);
}
