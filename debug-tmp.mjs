import { chromium } from 'playwright';
const base = 'http://127.0.0.1:4641';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const out = '/work/wt/shots/assign';
async function pass(page, slug, answers) {
  await page.goto(`${base}/modules/${slug}/`);
  await page.evaluate(() => 0);
}
for (const theme of ['light', 'dark']) {
  for (const width of [1280, 375]) {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width, height: 900 } });
    await context.clock.install({ time: new Date('2027-01-26T09:00:00Z') });
    await context.addInitScript((t) => localStorage.setItem('crosstrain:theme', t), theme);
    const page = await context.newPage();
    page.on('pageerror', (e) => console.log('pageerror', e.message));
    await page.goto(`${base}/`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/home-empty-${width}-${theme}.png`, fullPage: true }); if (width === 375) await page.screenshot({ path: `${out}/home-empty-${width}-${theme}-top.png`, fullPage: true, clip: { x: 0, y: 0, width: 375, height: 1100 } });
    await page.goto(`${base}/paths/it-staff/#due=2027-01-31&from=Sam%20Lee`);
    await page.goto(`${base}/onboarding/plan/?modules=patching-basics,change-basics#due=2027-01-24&from=Ana%20Novak`);
    // Progress: two modules passed, one tried, written as a record.
    await page.evaluate(() => {
      const r = JSON.parse(localStorage.getItem('crosstrain:progress'));
      const m = (passed) => ({ attempts: 1, attemptsBy: { a: 1 }, bestScore: passed ? 100 : 40, lastScore: passed ? 100 : 40, passed, lastAttemptAt: '2027-01-26T08:00:00.000Z', ...(passed ? { completedAt: '2027-01-26T08:00:00.000Z' } : {}), questions: {} });
      r.modules = { 'shared-words': m(true), 'change-basics': m(true), 'patching-basics': m(false) };
      localStorage.setItem('crosstrain:progress', JSON.stringify(r));
    });
    await page.goto(`${base}/`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/home-two-${width}-${theme}.png`, fullPage: true }); if (width === 375) await page.screenshot({ path: `${out}/home-two-${width}-${theme}-top.png`, fullPage: true, clip: { x: 0, y: 0, width: 375, height: 1100 } });
    await page.goto(`${base}/paths/it-staff/`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/path-revisit-${width}-${theme}.png`, fullPage: true }); if (width === 375) await page.screenshot({ path: `${out}/path-revisit-${width}-${theme}-top.png`, fullPage: true, clip: { x: 0, y: 0, width: 375, height: 1100 } });
    await page.goto(`${base}/onboarding/plan/`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/plan-revisit-${width}-${theme}.png`, fullPage: true }); if (width === 375) await page.screenshot({ path: `${out}/plan-revisit-${width}-${theme}-top.png`, fullPage: true, clip: { x: 0, y: 0, width: 375, height: 1100 } });
    await context.close();
  }
}
await browser.close();
