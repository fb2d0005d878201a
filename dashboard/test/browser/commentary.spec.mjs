// Issue 12, points 6 and 7 in the browser, on the demo data rated by the real engine: the "About
// this indicator" panel; the judged rating shown as "Amber (judged; computed Red)" with its reason,
// author and period on the overview, the indicator page and the exceptions list; the story and
// actions on the indicator page and under the priority on the overview. axe on each.
import {
  test, expect, readSummary, axeViolations, screenshot, visit,
} from './fixtures.mjs';

const summary = readSummary('demo');
const byCode = new Map(summary.indicators.map((i) => [i.code, i]));
const neet = byCode.get('NEET');
const cla = byCode.get('CLA-RATE');
const p04 = summary.priorities.find((p) => p.code === 'P04');
const JUDGED = 'Amber (judged; computed Red)';

test.describe('commentary and About (demo data)', () => {
  test('the demo data holds the commentary these tests describe', () => {
    expect([neet.rag, neet.headlineRag, neet.judged?.rating]).toEqual(['RED', 'AMBER', 'AMBER']);
    expect(neet.about.definition).toBeTruthy();
    expect(cla.story?.story).toBeTruthy();
    expect(cla.judged).toBeNull();
    expect([p04.rag, p04.headlineRag]).toEqual(['RED', 'AMBER']);
    expect(p04.story).toBeTruthy();
    const noAbout = summary.indicators.find((i) => Object.values(i.about).every((v) => v === null));
    expect(noAbout, 'an indicator with nothing about it').toBeTruthy();
  });

  test('About this indicator: definition, source, methodology and owner; "Not recorded" where missing', async ({ page, demo }) => {
    await visit(page, demo.url, '#/indicator/NEET');
    const panel = page.locator('section[data-section="about"]');
    await expect(panel.getByRole('heading', { name: 'About this indicator' })).toBeVisible();
    for (const key of ['definition', 'source', 'methodology', 'owner']) {
      expect(await panel.locator(`dd[data-about="${key}"]`).textContent(), key).toBe(neet.about[key]);
    }
    expect(await panel.locator('dt').allTextContents()).toEqual(['Definition', 'Source', 'Methodology', 'Owner']);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, '6-about-neet', false);
    expect(await axeViolations(page)).toEqual([]);

    const bare = summary.indicators.find((i) => Object.values(i.about).every((v) => v === null));
    await visit(page, demo.url, `#/indicator/${encodeURIComponent(bare.code)}`);
    expect(await page.locator('section[data-section="about"] dd').allTextContents()).toEqual(Array(4).fill('Not recorded'));
    expect(page.problems).toEqual([]);
  });

  test('a judged rating reads "Amber (judged; computed Red)" with the reason, author and period: indicator page', async ({ page, demo }) => {
    await visit(page, demo.url, '#/indicator/NEET');
    expect(await page.locator('.lede .rag__label').textContent()).toBe(JUDGED);
    const rating = page.locator('.judgement').first();
    expect(await rating.locator('.judgement__headline .rag__label').textContent()).toBe(JUDGED);
    expect(await rating.locator('.reason').first().textContent(), 'the computed reason stays').toBe(neet.latest.reason);
    const judged = rating.getByTestId('judged');
    expect(await judged.locator('.judged__reason').textContent()).toBe(neet.judged.reason);
    expect(await judged.locator('.judged__byline').textContent()).toBe(`Judged amber by ${neet.judged.author} for ${neet.judged.period}. `);
    // The story and the actions, as text, with who wrote them and for which period.
    const story = page.locator('section[data-section="story"]');
    await expect(story.getByRole('heading', { name: 'The story behind the figures' })).toBeVisible();
    expect(await story.locator('.story__text').textContent()).toBe(neet.story.story);
    expect(await story.locator('.story__actions').textContent()).toBe(`Actions: ${neet.story.actions}`);
    expect(await story.locator('.story__byline').textContent()).toBe(`${neet.story.author}, for ${neet.story.period}`);
    await page.waitForSelector('canvas');
    await screenshot(page, '6-judged-neet', false);
    expect(await axeViolations(page)).toEqual([]);
    expect(page.problems).toEqual([]);
  });

  test('a story without a judgement (CLA-RATE) keeps its computed rating', async ({ page, demo }) => {
    await visit(page, demo.url, '#/indicator/CLA-RATE');
    expect(await page.locator('.lede .rag__label').textContent()).toBe('Amber');
    expect(await page.getByTestId('judged').count()).toBe(0);
    expect(await page.locator('section[data-section="story"] .story__text').textContent()).toBe(cla.story.story);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('overview: judged rows and priorities, with the priority story', async ({ page, demo }) => {
    await visit(page, demo.url, '#/');
    const row = page.locator('.outcome tr[data-code="NEET"]');
    expect(await row.locator('.rag__label').textContent()).toBe(JUDGED);
    expect(await row.locator('.judged__reason').textContent()).toBe(neet.judged.reason);
    const p = page.locator(`.priority[data-priority="${p04.code}"]`);
    expect(await p.locator('.priority__status .rag__label').textContent()).toBe(JUDGED);
    expect(await p.locator(':scope > .judged .judged__reason').textContent()).toBe(p04.judged.reason);
    expect(await p.locator('.story__text').textContent()).toBe(p04.story.story);
    expect(await p.locator('.story__actions').textContent()).toBe(`Actions: ${p04.story.actions}`);
    expect(await p.locator('.story__byline').textContent()).toBe(`${p04.story.author}, for ${p04.story.period}`);
    await p.scrollIntoViewIfNeeded();
    await screenshot(page, '6-overview-priority-story', false);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('exceptions: by headline rating, the computed one beside it, with the judgement', async ({ page, demo }) => {
    await visit(page, demo.url, '#/exceptions');
    const section = page.locator('.exception-section').nth(0);
    const codes = await section.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.code));
    expect(codes, 'in the engine\'s order: red then amber by headline').toEqual(summary.exceptions.map((e) => e.code));
    const order = summary.exceptions.map((e) => e.headlineRag);
    expect(order, 'headline red first').toEqual([...order].sort((a, b) => (a === 'RED' ? 0 : 1) - (b === 'RED' ? 0 : 1)));
    const row = section.locator('tr[data-code="NEET"]');
    expect(await row.locator('.rag__label').textContent()).toBe(JUDGED);
    expect(await row.locator('.judged__reason').textContent()).toBe(neet.judged.reason);
    expect(await row.locator('.reason').textContent()).toBe(summary.exceptions.find((e) => e.code === 'NEET').reason);
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, '6-exceptions-judged', false);
    expect(await axeViolations(page)).toEqual([]);
  });
});
