// The citizens' lookup page in headless Chromium, as a citizen on a phone would use it: open
// /tra-cuu, type the dossier code and the last 4 digits, submit, read the answer; then a wrong check.
// Run by vn.dunghan.citizen.LookupBrowserTest:
//
//   node src/test/js/lookup.mjs <base url> <code> <check> <expected.json> <screenshot.png>
//
// expected.json: { figure: text } for the answer's [data-figure] cells. Exit code 0 when all holds.

import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [base, code, check, expectedFile, screenshotFile] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
const failures = [];
const expect = (ok, message) => { if (!ok) failures.push(message); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--lang=vi-VN'],
});
try {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 }, // a phone
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  const origin = new URL(base).origin;
  await page.route('**/*', (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort());
  await page.goto(`${base}tra-cuu`, { waitUntil: 'load' });
  expect((await page.locator('script').count()) === 0, 'the page carries a script');
  await page.fill('input[name=ma]', code);
  await page.fill('input[name=kiemTra]', check);
  await Promise.all([
    page.waitForURL((u) => u.searchParams.has('ma'), { timeout: 15000 }),
    page.locator('form[action="/tra-cuu"] button[type=submit]').click(),
  ]).catch(async (e) => {
    await page.screenshot({ path: screenshotFile.replace(/\.png$/, '-failed.png'), fullPage: true });
    console.error(`at ${page.url()}: ${await page.locator('main').innerText()}`);
    throw e;
  });
  await page.waitForLoadState('load');
  for (const [figure, text] of Object.entries(expected)) {
    const shown = (await page.locator(`[data-figure="${figure}"]`).innerText()).replace(/\s+/g, ' ').trim();
    expect(shown === text, `${figure}: page shows "${shown}", expected "${text}"`);
  }
  // Nothing on the page may overflow a phone's width.
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide <= 390, `the page is ${wide}px wide on a 390px phone`);
  await page.screenshot({ path: screenshotFile, fullPage: true });
  console.log(`screenshot: ${screenshotFile}`);
  await page.goto(`${base}tra-cuu?ma=${encodeURIComponent(code)}&kiemTra=0000`, { waitUntil: 'load' });
  expect((await page.locator('[data-result="not-found"]').count()) === 1, 'a wrong check did not read "not found"');
  expect((await page.locator('[data-result="found"]').count()) === 0, 'a wrong check showed the dossier');
} finally {
  await browser.close();
}
if (failures.length > 0) {
  console.error(failures.map((f) => `  - ${f}`).join('\n'));
  process.exit(1);
}
console.log('lookup: all checks passed');
