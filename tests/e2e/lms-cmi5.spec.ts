/**
 * A module as a cmi5 AU, launched by the test LMS and LRS in tests/lms/cmi5-lms.ts, which
 * refuses any statement that breaks a cmi5 rule and keeps the problem, labelled with the
 * requirement's id. Needs `npm run package`.
 */
import { expect, test, type Page } from '@playwright/test';
import { literal, quizOf, rightLabels, wrongLabels, type QuizFile } from './course';
import { decodeSuspendData } from '../../src/client/lms/suspend-data.ts';
import { startCmi5Lms, type Cmi5Lms, type Cmi5Session } from '../lms/cmi5-lms.ts';
import { MASTERY_EXTENSION, verbOf } from '../lms/cmi5-rules.ts';

const slug = 'risk-vocabulary';
const quiz = quizOf(slug);
const total = quiz.questions.length;
const zip = 'dist-lms/cmi5/course.zip';

let lms: Cmi5Lms;
test.beforeAll(async () => {
	lms = await startCmi5Lms();
});
test.afterAll(async () => {
	await lms.close();
});
test.afterEach(() => {
	expect(lms.violations, 'statements the LMS had to refuse').toEqual([]);
});

const group = (page: Page, question: QuizFile['questions'][number]) => page.getByRole('group', { name: literal(question.prompt.trim().replace(/\s+/g, ' ').slice(0, 60)) });

async function takeQuiz(page: Page, wrong: number) {
	for (const [index, question] of quiz.questions.entries()) {
		for (const label of index < wrong ? wrongLabels(question) : rightLabels(question)) await group(page, question).getByLabel(label, { exact: true }).check();
	}
	await page.getByRole('button', { name: 'Check answers' }).click();
}

const verbs = (session: Cmi5Session) => lms.statements(session).map(verbOf);
const answered = (count: number) => Array.from({ length: count }, () => 'answered');
const connected = (page: Page) => expect(page.getByText('Connected to your LMS (cmi5) as Sam Lee')).toBeVisible();

test('a learner fails, retries, passes and finishes; the statements come in the order cmi5 requires; a relaunch resumes', async ({ page }) => {
	const first = lms.launch({ zip, au: slug, returnURL: '/lms/return' });
	await page.goto(first.url);
	await connected(page);
	await expect(page.getByText('Your LMS sets the pass mark: 80%.')).toBeVisible();

	await takeQuiz(page, 2);
	await expect(page.getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
	await expect.poll(() => verbs(first)).toEqual(['initialized', ...answered(total)]);

	// The retry asks only the two missed questions again; only they are answered, and reported, anew.
	await page.getByRole('button', { name: 'Retry the questions I missed' }).click();
	for (const question of quiz.questions.slice(0, 2)) for (const label of rightLabels(question)) await group(page, question).getByLabel(label, { exact: true }).check();
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
	await expect.poll(() => verbs(first)).toEqual(['initialized', ...answered(total + 2), 'passed', 'completed']);

	await page.getByRole('button', { name: 'Finish' }).click();
	// §10.2.6: the AU follows returnURL once terminated.
	await expect(page.getByRole('heading', { name: 'Back in the test LMS' })).toBeVisible();
	expect(verbs(first)).toEqual(['initialized', ...answered(total + 2), 'passed', 'completed', 'terminated']);
	expect(first.fetches).toBe(1);

	const statements = lms.statements(first);
	const passed = statements.find((statement) => verbOf(statement) === 'passed')!;
	expect(passed.result).toMatchObject({ success: true, score: { scaled: 1, raw: 100, min: 0, max: 100 } });
	expect(passed.context.extensions[MASTERY_EXTENSION]).toBe(0.8);
	expect(statements.at(-1)!.result.duration).toMatch(/^PT/);
	const miss = statements.find((statement) => verbOf(statement) === 'answered' && statement.result.success === false)!;
	expect(miss.object.id).toBe(`https://crosstrain.example/modules/${slug}/questions/${quiz.questions[0]!.id}`);
	expect(miss.object.definition.interactionType).toMatch(/^(choice|true-false)$/);
	const kept = lms.state(first, 'crosstrain.progress') as { progress: string; passed: boolean; completed: boolean };
	expect(kept).toMatchObject({ passed: true, completed: true });
	expect(decodeSuspendData(kept.progress, slug)).toMatchObject({ ok: true, progress: { attempts: 2, bestScore: 100, passed: true } });
	test.info().annotations.push({ type: 'first session', description: JSON.stringify({ verbs: verbs(first), progress: kept.progress, passed: passed.result }) });

	// A new session in the same registration: progress comes back from the State API; passed and completed are not sent twice, failed never after passed.
	const second = lms.launch({ zip, au: slug, registration: first.registration });
	await page.goto(second.url);
	await connected(page);
	await expect(page.getByText('Your best score so far is 100%, a pass (2 attempts).')).toBeVisible();
	await takeQuiz(page, total);
	await expect(page.getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
	await expect.poll(() => verbs(second)).toEqual(['initialized', ...answered(total)]);
	// Leaving the page ends the session: terminated goes in a request that outlives the page.
	await page.goto('about:blank');
	await expect.poll(() => verbs(second)).toEqual(['initialized', ...answered(total), 'terminated']);
	test.info().annotations.push({ type: 'second session', description: JSON.stringify({ verbs: verbs(second) }) });
});

test('the fetch URL gives its token once: a second fetch fails, and the page says the result cannot be recorded', async ({ page, context, request }) => {
	const session = lms.launch({ zip, au: slug });
	await page.goto(session.url);
	await connected(page);
	const again = await request.post(new URL(session.url).searchParams.get('fetch')!);
	expect(await again.json()).toMatchObject({ 'error-code': '1' });

	// The same launch URL in another tab has no token kept, so it must fetch, and is refused.
	const other = await context.newPage();
	await other.goto(session.url);
	await expect(other.getByRole('alert').filter({ hasText: 'did not let this module record' })).toContainText('Your LMS did not let this module record your results (“Already in use”)');
	await takeQuiz(other, 0);
	await expect(other.getByRole('heading', { name: 'Passed' })).toBeVisible();
	expect(session.fetches).toBe(3);
	expect(verbs(session)).toEqual(['initialized']);
});

test('a refresh mid-session does not fetch again nor repeat a statement', async ({ page }) => {
	const session = lms.launch({ zip, au: slug });
	await page.goto(session.url);
	await connected(page);
	await takeQuiz(page, 2);
	await expect.poll(() => verbs(session)).toEqual(['initialized', ...answered(total)]);
	await page.reload();
	// A reload fires pagehide as closing does, so the session ended there; the reloaded page says so and sends nothing.
	await expect(page.getByRole('alert').filter({ hasText: 'session with your LMS has ended' })).toBeVisible();
	await expect(page.getByText('Your best score so far is')).toHaveCount(0);
	expect(session.fetches).toBe(1);
	await expect.poll(() => verbs(session)).toEqual(['initialized', ...answered(total), 'failed', 'terminated']);
	await takeQuiz(page, 0);
	await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
	expect(verbs(session).filter((verb) => verb === 'initialized')).toHaveLength(1);
	expect(verbs(session).at(-1)).toBe('terminated');
});

test('Browse mode sends only initialized and terminated', async ({ page }) => {
	const session = lms.launch({ zip, au: slug, launchMode: 'Browse' });
	await page.goto(session.url);
	await expect(page.getByText('Your LMS opened this module to look through as Sam Lee')).toBeVisible();
	await takeQuiz(page, 0);
	await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
	await page.goto('about:blank');
	await expect.poll(() => verbs(session)).toEqual(['initialized', 'terminated']);
	expect(lms.state(session, 'crosstrain.progress')).toBeUndefined();
});

test('the LMS’s mastery score overrides the quiz’s pass mark', async ({ page }) => {
	const session = lms.launch({ zip, au: slug, masteryScore: 0.6 });
	await page.goto(session.url);
	await expect(page.getByText('Your LMS sets the pass mark: 60%.')).toBeVisible();
	await takeQuiz(page, 2);
	await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
	await expect.poll(() => verbs(session)).toEqual(['initialized', ...answered(total), 'passed', 'completed']);
	const passed = lms.statements(session).find((statement) => verbOf(statement) === 'passed')!;
	expect(passed.result.score.scaled).toBe((total - 2) / total);
	expect(passed.context.extensions[MASTERY_EXTENSION]).toBe(0.6);
});
