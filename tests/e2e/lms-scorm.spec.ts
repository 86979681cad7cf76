/**
 * A module's SCORM 1.2 and SCORM 2004 packages in a test LMS: scorm-again's runtime in a
 * host page, the unzipped SCO in a frame under /lms/content/<id>/, as a learner meets it.
 * What the runtime recorded is read back after each step. Needs `npm run package`.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { literal, quizOf, rightLabels, wrongLabels, type QuizFile } from './course';
import { decodeSuspendData } from '../../src/client/lms/suspend-data.ts';
import { startScormHost, type ScormHost, type ScormLaunch } from '../lms/scorm-host.ts';

const slug = 'risk-vocabulary';
const quiz = quizOf(slug);
const total = quiz.questions.length;
const href = `modules/${slug}/index.html`;

let host: ScormHost;
test.beforeAll(async () => {
	host = await startScormHost();
});
test.afterAll(async () => {
	await host.close();
});

declare global {
	interface Window {
		lmsCalls: string[];
		lmsRecord(): { cmi: Record<string, any> };
	}
}

const sco = (page: Page) => page.frameLocator('iframe[title="Course module"]');
const scoFrame = (page: Page) => page.frames().find((frame) => frame.url().includes('/lms/content/'))!;
const group = (page: Page, question: QuizFile['questions'][number]) =>
	sco(page).getByRole('group', { name: literal(question.prompt.trim().replace(/\s+/g, ' ').slice(0, 60)) });

/** Answers every question, `wrong` of them wrongly, and checks. */
async function takeQuiz(page: Page, wrong: number) {
	for (const [index, question] of quiz.questions.entries()) {
		for (const label of index < wrong ? wrongLabels(question) : rightLabels(question)) await group(page, question).getByLabel(label, { exact: true }).check();
	}
	await sco(page).getByRole('button', { name: 'Check answers' }).click();
}

const calls = (page: Page) => page.evaluate(() => window.lmsCalls.filter((call) => !call.startsWith('set ')));
const count = async (page: Page, name: string) => (await calls(page)).filter((call) => call === name).length;

/** What an L&D report would show, read from the runtime, the same for both versions. */
async function recorded(page: Page, version: '1.2' | '2004') {
	const { cmi } = await page.evaluate(() => window.lmsRecord());
	const interactions = Object.values(cmi.interactions ?? {}) as Record<string, any>[];
	return version === '1.2'
		? { status: cmi.core.lesson_status, raw: cmi.core.score.raw, exit: cmi.core.exit, sessionTime: cmi.core.session_time, suspendData: cmi.suspend_data as string, interactions, cmi }
		: {
				status: `${cmi.completion_status}/${cmi.success_status}`,
				raw: cmi.score.raw,
				scaled: cmi.score.scaled,
				exit: cmi.exit,
				sessionTime: cmi.session_time,
				suspendData: cmi.suspend_data as string,
				interactions,
				cmi,
			};
}

/** Makes the SCO's document hidden, as switching tabs or minimising does. */
const hide = (page: Page) =>
	scoFrame(page).evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	});

for (const version of ['1.2', '2004'] as const) {
	const zip = `dist-lms/${version === '1.2' ? 'scorm12' : 'scorm2004'}/modules/${slug}.zip`;
	const [finishCall, commitCall] = version === '1.2' ? ['LMSFinish', 'LMSCommit'] : ['Terminate', 'Commit'];
	const firstLaunch: ScormLaunch['cmi'] =
		version === '1.2' ? { core: { student_name: 'Lee, Sam' }, student_data: { mastery_score: '80' } } : { learner_name: 'Lee, Sam', scaled_passing_score: '0.8' };
	const status = version === '1.2' ? { first: 'incomplete', failed: 'failed', passed: 'passed' } : { first: 'incomplete/unknown', failed: 'incomplete/failed', passed: 'completed/passed' };

	test.describe(`SCORM ${version}`, () => {
		test('a learner fails, retries, passes, closes and relaunches; the LMS records each step and the relaunch resumes', async ({ page }) => {
			const errors: Error[] = [];
			page.on('pageerror', (error) => errors.push(error));
			// Served under /lms/content/<id>/, every file the SCO asks for (the lazy cmi5 client included) must be in the package.
			const missing: string[] = [];
			page.on('response', (response) => {
				if (response.url().includes('/lms/content/') && response.status() >= 400) missing.push(response.url());
			});
			await page.goto(host.launch({ version, zip, href, cmi: firstLaunch }));
			await expect(sco(page).getByRole('status').filter({ hasText: `Connected to your LMS (SCORM ${version}) as Sam Lee` })).toBeVisible();
			let now = await recorded(page, version);
			expect(now.status).toBe(status.first);
			expect(now.exit).toBe('suspend');
			test.info().annotations.push({ type: 'first launch', description: JSON.stringify({ status: now.status, suspendData: now.suspendData.length }) });

			await takeQuiz(page, 2);
			await expect(sco(page).getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
			now = await recorded(page, version);
			const failScore = Math.floor(((total - 2) * 100) / total);
			expect(now.status).toBe(status.failed);
			expect(Number(now.raw)).toBe(failScore);
			if (version === '2004') expect(Number(now.scaled)).toBeCloseTo((total - 2) / total, 5);
			expect(now.interactions).toHaveLength(total);
			expect(now.interactions.filter((interaction) => interaction.result === (version === '1.2' ? 'wrong' : 'incorrect'))).toHaveLength(2);
			expect(now.interactions[0]!.id).toBe(`${slug}.${quiz.questions[0]!.id}`);
			expect(now.suspendData.length).toBeLessThanOrEqual(4000);
			test.info().annotations.push({ type: 'fail', description: JSON.stringify({ status: now.status, raw: now.raw, scaled: now.scaled, suspendData: now.suspendData.length, interactions: now.interactions.length }) });

			await sco(page).getByRole('button', { name: 'Retry the questions I missed' }).click();
			for (const question of quiz.questions.slice(0, 2)) {
				for (const label of rightLabels(question)) await group(page, question).getByLabel(label, { exact: true }).check();
			}
			await sco(page).getByRole('button', { name: 'Check answers' }).click();
			await expect(sco(page).getByRole('heading', { name: 'Passed' })).toBeVisible();
			now = await recorded(page, version);
			expect(now.status).toBe(status.passed);
			expect(now.raw).toBe('100');
			if (version === '2004') expect(now.scaled).toBe('1');
			expect(now.exit).toBe(version === '1.2' ? '' : 'normal');
			// The retry asks only the two missed questions again: two more interactions.
			expect(now.interactions).toHaveLength(total + 2);
			test.info().annotations.push({ type: 'pass', description: JSON.stringify({ status: now.status, raw: now.raw, scaled: now.scaled, suspendData: now.suspendData.length, interactions: now.interactions.length }) });

			// A glossary link opens the hosted site in a new tab; the SCO's session goes on.
			await page.context().route('https://crosstrain.example/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Crosstrain</title>The hosted site' }));
			const [glossary] = await Promise.all([page.context().waitForEvent('page'), sco(page).locator('article a.term-link').first().click()]);
			expect(glossary.url()).toMatch(/^https:\/\/crosstrain\.example\/glossary\//);
			await glossary.close();
			expect(await count(page, finishCall)).toBe(0);

			// Hidden: the SCO commits and does not finish.
			const commits = await count(page, commitCall);
			await hide(page);
			expect(await count(page, commitCall)).toBe(commits + 1);
			expect(await count(page, finishCall)).toBe(0);

			// Closing the module (the LMS removes its frame): one finish, with the session time.
			await page.getByRole('button', { name: 'Close the module' }).click();
			await expect.poll(() => count(page, finishCall)).toBe(1);
			const closed = await recorded(page, version);
			expect(closed.sessionTime).not.toMatch(/^(00:00:00|PT0S|)$/);
			const kept = decodeSuspendData(closed.suspendData, slug);
			expect(kept.ok && kept.progress).toMatchObject({ attempts: 2, bestScore: 100, passed: true });
			test.info().annotations.push({ type: 'closed', description: JSON.stringify({ status: closed.status, sessionTime: closed.sessionTime, exit: closed.exit, suspendData: closed.suspendData }) });

			// Relaunch with what the LMS stored, as a resume.
			const stored =
				version === '1.2'
					? { core: { student_name: 'Lee, Sam', lesson_status: closed.cmi.core.lesson_status, entry: 'resume', score: { raw: closed.raw } }, suspend_data: closed.suspendData, student_data: { mastery_score: '80' } }
					: {
							learner_name: 'Lee, Sam',
							entry: 'resume',
							completion_status: closed.cmi.completion_status,
							success_status: closed.cmi.success_status,
							score: { raw: closed.raw, scaled: closed.scaled, min: '0', max: '100' },
							suspend_data: closed.suspendData,
							scaled_passing_score: '0.8',
						};
			await page.goto(host.launch({ version, zip, href, cmi: stored }));
			await expect(sco(page).getByText('Your best score so far is 100%, a pass (2 attempts).')).toBeVisible();
			await expect(sco(page).getByText('Completed · best score 100%')).toBeVisible();
			await hide(page);
			const resumed = await recorded(page, version);
			expect(resumed.suspendData, 'every question’s last result came back from the LMS').toBe(closed.suspendData);
			expect(resumed.status).toBe(status.passed);

			// A lower attempt after the pass changes neither status nor score.
			await takeQuiz(page, total);
			await expect(sco(page).getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
			const after = await recorded(page, version);
			expect([after.status, after.raw]).toEqual([status.passed, '100']);
			expect(decodeSuspendData(after.suspendData, slug)).toMatchObject({ ok: true, progress: { attempts: 3, bestScore: 100, lastScore: 0 } });
			expect(errors).toEqual([]);
			expect(missing).toEqual([]);
		});

		test('Finish ends the session once, and closing afterwards does not end it again', async ({ page }) => {
			await page.goto(host.launch({ version, zip, href, cmi: firstLaunch }));
			await sco(page).getByRole('button', { name: 'Finish' }).click();
			await expect(sco(page).getByText('Finished: your LMS has what you did.')).toBeVisible();
			await page.getByRole('button', { name: 'Close the module' }).click();
			expect(await count(page, finishCall)).toBe(1);
		});
	});
}

test('the LMS’s mastery score overrides the quiz’s pass mark', async ({ page }) => {
	await page.goto(host.launch({ version: '1.2', zip: `dist-lms/scorm12/modules/${slug}.zip`, href, cmi: { student_data: { mastery_score: '60' } } }));
	await expect(sco(page).getByText('Your LMS sets the pass mark: 60%.')).toBeVisible();
	await takeQuiz(page, 2);
	await expect(sco(page).getByRole('heading', { name: 'Passed' })).toBeVisible();
	expect((await recorded(page, '1.2')).status).toBe('passed');
});

test('a SCO in a frame from another origin works standalone, says so, and throws nothing', async ({ page }) => {
	const errors: Error[] = [];
	page.on('pageerror', (error) => errors.push(error));
	await page.goto(host.launch({ version: '1.2', zip: `dist-lms/scorm12/modules/${slug}.zip`, href, crossOrigin: true }));
	await expect(sco(page).getByText('This module cannot reach your LMS, so your result may not reach it.')).toBeVisible();
	await takeQuiz(page, 0);
	await expect(sco(page).getByRole('heading', { name: 'Passed' })).toBeVisible();
	expect(await page.evaluate(() => window.lmsCalls)).toEqual([]);
	expect(errors).toEqual([]);
});

test('an LMS whose API throws never breaks the quiz, and the learner is told', async ({ page }) => {
	const errors: Error[] = [];
	page.on('pageerror', (error) => errors.push(error));
	await page.goto(host.launch({ version: '1.2', zip: `dist-lms/scorm12/modules/${slug}.zip`, href, throwing: true }));
	await expect(sco(page).getByRole('alert').filter({ hasText: 'Your LMS did not' })).toContainText(
		'Your LMS did not start a session for this module (LMSInitialize(): it failed, “the LMS is down”), so your result will not reach it.',
	);
	await takeQuiz(page, 2);
	await expect(sco(page).getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
	expect(errors).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
	test(`a packaged module in the LMS, connected and after a check, has no WCAG 2.2 AA violations (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(host.launch({ version: '2004', zip: `dist-lms/scorm2004/modules/${slug}.zip`, href, cmi: { learner_name: 'Lee, Sam' } }));
		await expect(sco(page).getByText('Connected to your LMS (SCORM 2004) as Sam Lee')).toBeVisible();
		await takeQuiz(page, 2);
		await expect(sco(page).getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
		const { violations } = await new AxeBuilder({ page }).include('iframe[title="Course module"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}

test('opened outside an LMS, a package keeps progress in the browser, as the site does', async ({ page }) => {
	const url = new URL(host.launch({ version: '1.2', zip: `dist-lms/scorm12/modules/${slug}.zip`, href }));
	const content = (await (await page.request.get(`${url.origin}/lms/launch/${url.searchParams.get('id')}`)).json()).scoUrl as string;
	await page.goto(content);
	await expect(page.getByText('No LMS found: your progress is kept in this browser')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Finish' })).toBeHidden();
	for (const question of quiz.questions) {
		const prompt = page.getByRole('group', { name: literal(question.prompt.trim().replace(/\s+/g, ' ').slice(0, 60)) });
		for (const label of rightLabels(question)) await prompt.getByLabel(label, { exact: true }).check();
	}
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
	expect(await page.evaluate(() => localStorage.getItem('crosstrain:progress'))).toContain('"bestScore":100');
});

test('suspend_data the module did not write is ignored, with a note, and never trusted', async ({ page }) => {
	await page.goto(host.launch({ version: '1.2', zip: `dist-lms/scorm12/modules/${slug}.zip`, href, cmi: { core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: 'viewed=1,2,3|lastviewedslide=3' } }));
	await expect(sco(page).getByRole('alert').filter({ hasText: 'could not be read' })).toContainText('The progress your LMS kept for this module could not be read');
	await expect(sco(page).getByText('Not started')).toBeVisible();
	await takeQuiz(page, 0);
	await expect(sco(page).getByRole('heading', { name: 'Passed' })).toBeVisible();
	expect(decodeSuspendData((await recorded(page, '1.2')).suspendData, slug)).toMatchObject({ ok: true, progress: { attempts: 1 } });
});
