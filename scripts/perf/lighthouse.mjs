/**
 * Lighthouse part of `npm run perf`: the mobile profile (Lighthouse's default: Moto G Power-sized
 * screen, simulated slow 4G and 4× CPU slowdown) on the home page, a text chapter, a figure chapter
 * and an embed page, run in the system Chromium. Returns the four category scores of each page.
 * @see https://github.com/GoogleChrome/lighthouse/blob/main/docs/readme.md#using-programmatically
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROME_FLAGS, chromePath } from '../lib/browser.ts';

/** The pages measured, and what each stands for. */
export const LIGHTHOUSE_PAGES = [
  { name: '首页', path: '' },
  { name: '文字章', path: 'basics/process-and-thread/' },
  { name: '图章', path: 'basics/address-space/' },
  { name: '嵌入页', path: 'embed/memory-layout/' },
];

/** The targets: performance ≥ 98, the other three 100. */
export const LIGHTHOUSE_TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

const CATEGORIES = Object.keys(LIGHTHOUSE_TARGETS);

/**
 * Runs Lighthouse on each page of `siteUrl` (ending in `/`); `runs` times each, keeping the median
 * performance score (Lighthouse's own advice for variable scores). Returns rows with the scores and
 * the audits that lost points.
 */
export async function runLighthouse(siteUrl, runs = 3) {
  const chrome = await launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS });
  const rows = [];
  try {
    for (const page of LIGHTHOUSE_PAGES) {
      const results = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`${siteUrl}${page.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        if (!result) throw new Error(`Lighthouse 没有结果：${siteUrl}${page.path}`);
        results.push(result.lhr);
      }
      results.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
      const lhr = results[Math.floor(results.length / 2)];
      const scores = Object.fromEntries(
        CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      );
      // Audits that cost points, by category.
      const lostIn = (category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1)
          .map((audit) => audit.id);
      const lostBy = Object.fromEntries(CATEGORIES.map((id) => [id, lostIn(id)]));
      const lost = CATEGORIES.flatMap((id) =>
        lostBy[id].map(
          (audit) =>
            `${audit}（${lhr.audits[audit].displayValue ?? Math.round(lhr.audits[audit].score * 100)}）`,
        ),
      );
      const metrics = {
        fcp: lhr.audits['first-contentful-paint']?.numericValue,
        lcp: lhr.audits['largest-contentful-paint']?.numericValue,
        tbt: lhr.audits['total-blocking-time']?.numericValue,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue,
      };
      const robots = lhr.audits['is-crawlable']?.score === 0 ? 'noindex' : '';
      rows.push({
        ...page,
        scores,
        metrics,
        lost,
        lostBy,
        robots,
        allPerf: results.map((r) => Math.round(r.categories.performance.score * 100)),
      });
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

/** Whether a row meets every target. */
export function meetsLighthouseTargets(row) {
  return Object.entries(LIGHTHOUSE_TARGETS).every(([id, target]) => (row.scores[id] ?? 0) >= target);
}
