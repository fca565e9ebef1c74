// Loads the dashboard in Debian's headless Chromium and checks that every figure it shows equals the
// API's. Run by vn.dunghan.dashboard.DashboardBrowserTest, which fetches the API figures first:
//
//   node src/test/js/dashboard.mjs <page url> <expected.json> <screenshot.png>
//
// expected.json: { title, texts: {figure: text}, tables: {section: {exact, rows: {key: {figure:
// value}}}}, charts: {chart: {key: value}} }. Numbers are compared with what the page prints in
// Vietnamese ("1.234", "97,9 %"); rates (figures named *Rate, and chart marks that are rates) are
// fractions in the API and percentages with one decimal on the page; null is printed "—".
// The page must load nothing from any other origin and carry no script. Exit code 0 when all holds.
//
// With SIGN_IN set (JSON: { provider, user, password, name, dossier: { path, status }, foreign }) the
// browser carries no token: it opens the dossier page as an email link would, signs in on the
// identity provider's own login form, must come back to that page signed in with a secure session
// cookie, is refused the foreign dossier, checks the dashboard's figures, then signs out and must be
// asked to sign in again. Screenshots of each step sit beside <screenshot.png>.

import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [url, expectedFile, screenshotFile, token] = process.argv.slice(2);
if (!url || !expectedFile || !screenshotFile) {
  console.error('usage: node dashboard.mjs <url> <expected.json> <screenshot.png>');
  process.exit(2);
}
const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
const signIn = process.env.SIGN_IN ? JSON.parse(process.env.SIGN_IN) : null;
const shot = (step) => screenshotFile.replace(/[^/]*$/, `sign-in-${step}.png`);
const failures = [];
let checked = 0;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--lang=vi-VN',
  ],
});

try {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const origin = new URL(url).origin;
  if (!signIn) {
    // The dashboard reads the leader's token from a cookie (a browser sends no bearer header).
    await context.addCookies([{ name: 'dunghan_token', value: token, url: origin }]);
  }
  const page = await context.newPage();
  const foreign = [];
  await page.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested.startsWith(origin) || requested.startsWith('data:')) {
      return route.continue();
    }
    foreign.push(requested);
    // The provider's login form is the one other site a signing-in browser may visit.
    return signIn && requested.startsWith(signIn.provider) ? route.continue() : route.abort();
  });
  if (signIn) {
    await signInThroughProvider(context, page, origin);
    foreign.length = 0;
  }

  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response.status() === 200, `page answered ${response.status()}`);
  expect(foreign.length === 0, `the page asked for other origins: ${foreign.join(', ')}`);
  expect((await page.title()) === expected.title, `title is "${await page.title()}"`);
  const h1 = await page.locator('h1').innerText();
  expect(h1.trim() === expected.title, `h1 is "${h1}"`);
  expect((await page.locator('script').count()) === 0, 'the page carries a script');
  expect((await page.locator('link[rel=stylesheet]').count()) === 0, 'the page links a stylesheet');

  for (const [name, text] of Object.entries(expected.texts ?? {})) {
    const shown = await page.locator(`header [data-figure="${name}"]`).innerText();
    expect(clean(shown) === text, `${name}: page shows "${clean(shown)}", expected "${text}"`);
  }

  for (const [section, table] of Object.entries(expected.tables ?? {})) {
    const shown = await page.evaluate(readSection, section);
    if (shown === null) {
      failures.push(`section ${section} is missing`);
      continue;
    }
    const keys = Object.keys(table.rows);
    if (table.exact) {
      const extra = shown.keys.filter((k) => !keys.includes(k));
      const absent = keys.filter((k) => !shown.keys.includes(k));
      expect(extra.length === 0 && absent.length === 0,
        `${section}: rows ${JSON.stringify(shown.keys)}, expected ${JSON.stringify(keys)}`);
    }
    for (const [key, figures] of Object.entries(table.rows)) {
      for (const [figure, value] of Object.entries(figures)) {
        const texts = shown.figures[`${key}\u0000${figure}`] ?? [];
        if (texts.length !== 1) {
          failures.push(`${section} ${key} ${figure}: ${texts.length} places show it`);
          continue;
        }
        compare(`${section} ${key} ${figure}`, texts[0], value, figure.endsWith('Rate'));
      }
    }
  }

  for (const [chart, marks] of Object.entries(expected.charts ?? {})) {
    const shown = await page.evaluate(readChart, chart);
    if (shown === null) {
      failures.push(`chart ${chart} is missing`);
      continue;
    }
    const keys = Object.keys(marks);
    expect(JSON.stringify(Object.keys(shown).sort()) === JSON.stringify([...keys].sort()),
      `chart ${chart}: marks ${JSON.stringify(Object.keys(shown))}, expected ${JSON.stringify(keys)}`);
    const rates = ['by-level', 'by-field', 'trend'].includes(chart);
    for (const [key, value] of Object.entries(marks)) {
      if (key in shown) {
        compare(`chart ${chart} ${key}`, shown[key], value, rates);
      }
    }
  }

  await page.screenshot({ path: screenshotFile, fullPage: true });
  console.log(`screenshot: ${screenshotFile}`);
  if (signIn) {
    await signOut(context, page, origin);
  }
} finally {
  await browser.close();
}

if (failures.length > 0) {
  console.error(`${failures.length} of ${checked} checks failed:`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(`dashboard: all ${checked} checks passed`);

/** The sign-in of a person through the provider's own form, starting from a dossier link. */
async function signInThroughProvider(context, page, origin) {
  const dossierUrl = origin + signIn.dossier.path;
  await page.goto(dossierUrl, { waitUntil: 'load' });
  expect(page.url().startsWith(signIn.provider),
    `an anonymous browser opening ${signIn.dossier.path} is at ${page.url()}, not the provider's sign-in`);
  expect((await page.locator('#username').count()) === 1, "the provider's login form has no user name field");
  const button = clean(await page.locator('#kc-login').evaluate((e) => e.value || e.innerText));
  expect(button === 'Đăng nhập', `the provider's login button reads "${button}", not in Vietnamese`);
  await page.screenshot({ path: shot('1-dang-nhap'), fullPage: true });
  await page.fill('#username', signIn.user);
  await page.fill('#password', signIn.password);
  await Promise.all([page.waitForURL(`${origin}/**`, { timeout: 30000 }), page.click('#kc-login')]);
  await page.waitForLoadState('load');
  expect(page.url() === dossierUrl, `after sign-in the browser is at ${page.url()}, not ${dossierUrl}`);
  const status = clean(await page.locator('header [data-figure="status"]').innerText());
  expect(status === signIn.dossier.status, `the dossier page shows status "${status}", expected "${signIn.dossier.status}"`);
  const who = clean(await page.locator('header [data-figure="signedIn"]').innerText());
  expect(who === signIn.name, `the page names "${who}" as signed in, expected "${signIn.name}"`);
  const session = (await context.cookies(origin)).filter((c) => c.name.startsWith('q_session'));
  expect(session.length > 0, 'no session cookie after sign-in');
  for (const c of session) {
    expect(c.httpOnly && c.secure && c.sameSite === 'Lax',
      `session cookie ${c.name}: httpOnly ${c.httpOnly}, secure ${c.secure}, sameSite ${c.sameSite}`);
  }
  expect((await context.cookies(origin)).every((c) => c.name !== 'dunghan_token'), 'a token cookie was set');
  await page.screenshot({ path: shot('2-ho-so'), fullPage: true });
  // Another district's dossier: the session is the head's, whose district it is not.
  const refused = await page.goto(origin + signIn.foreign, { waitUntil: 'load' });
  expect([403, 404].includes(refused.status()), `another district's dossier answered ${refused.status()}`);
  // The sign-in never sends anyone to another site, whatever page it is asked to return to.
  await page.goto(`${origin}/dang-nhap?tiep=${encodeURIComponent('//example.org/x')}`, { waitUntil: 'load' });
  expect(page.url() === `${origin}/`, `/dang-nhap?tiep=//example.org/x led to ${page.url()}`);
  // The session cookie opens the pages, never the API.
  const api = await page.goto(`${origin}/api/v1/units/22`, { waitUntil: 'load' });
  expect(api.status() === 401, `the API answered ${api.status()} to the session cookie`);
}

/** Signs out from the dashboard's link: the session ends here and at the provider. */
async function signOut(context, page, origin) {
  await Promise.all([page.waitForURL(`${signIn.provider}/**`, { timeout: 30000 }),
    page.click('header [data-action="signOut"]')]);
  await page.waitForLoadState('load');
  const left = (await context.cookies(origin)).filter((c) => c.name.startsWith('q_session'));
  expect(left.length === 0, `session cookies left after sign-out: ${left.map((c) => c.name)}`);
  expect((await page.locator('#username').count()) === 1,
    `after sign-out the browser is at ${page.url()}, not the provider's login form`);
  await page.screenshot({ path: shot('4-da-dang-xuat'), fullPage: true });
  // The dashboard asks for a new sign-in: the provider's session ended too.
  await page.goto(url, { waitUntil: 'load' });
  expect(page.url().startsWith(signIn.provider) && (await page.locator('#username').count()) === 1,
    `after sign-out the dashboard opened at ${page.url()} without a new sign-in`);
}

function expect(condition, message) {
  checked++;
  if (!condition) failures.push(message);
}

function clean(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/** Compares a figure as printed on the page with the API's value. */
function compare(what, text, value, rate) {
  const shown = clean(text);
  checked++;
  if (value === null || value === undefined) {
    if (shown !== '—') failures.push(`${what}: page shows "${shown}", expected "—"`);
    return;
  }
  if (typeof value === 'string') {
    if (shown !== value) failures.push(`${what}: page shows "${shown}", expected "${value}"`);
    return;
  }
  if (rate) {
    const m = /^(\d+),(\d) %$/.exec(shown);
    // The API gives four decimals; the page one decimal of the percentage, rounded half up.
    const ok = m !== null && Math.abs(Number(`${m[1]}.${m[2]}`) - value * 100) <= 0.05 + 1e-9;
    if (!ok) failures.push(`${what}: page shows "${shown}", API says ${value}`);
    return;
  }
  const ok = /^-?\d{1,3}(\.\d{3})*$/.test(shown) && Number(shown.replaceAll('.', '')) === value;
  if (!ok) failures.push(`${what}: page shows "${shown}", API says ${value}`);
}

// These two run in the page.

function readSection(section) {
  const root = document.querySelector(`[data-section="${section}"]`);
  if (root === null) return null;
  const keyed = [root, ...root.querySelectorAll('[data-key]')].filter((e) => e.hasAttribute('data-key'));
  const keys = [...new Set(keyed.map((e) => e.getAttribute('data-key')))];
  const figures = {};
  for (const row of keyed) {
    const key = row.getAttribute('data-key');
    const cells = [row, ...row.querySelectorAll('[data-figure]')].filter((e) => e.hasAttribute('data-figure'));
    for (const cell of cells) {
      const id = `${key}\u0000${cell.getAttribute('data-figure')}`;
      (figures[id] ??= []).push(cell.innerText);
    }
  }
  return { keys, figures };
}

function readChart(chart) {
  const svg = document.querySelector(`svg[data-chart="${chart}"]`);
  if (svg === null) return null;
  const marks = {};
  for (const g of svg.querySelectorAll('g[data-key]')) {
    const value = g.querySelector('text.value');
    marks[g.getAttribute('data-key')] = value === null ? '' : value.textContent;
  }
  return marks;
}
