/**
 * The book's part of `npm run perf` beyond the figures: Lighthouse scores of four kinds of page and
 * the search's speed and download size. Serves the built site with gzip, prints two tables, and
 * returns the number of targets missed.
 */
import { serveDist } from '../lib/browser.ts';
import { LIGHTHOUSE_TARGETS, meetsLighthouseTargets, runLighthouse } from './lighthouse.mjs';
import { SEARCH_TARGETS, measureSearch } from './search.mjs';

const kib = (bytes) => (bytes / 1024).toFixed(1);

/** Runs the parts named in `parts` (`lighthouse`, `search`) on `dist` served under `base`. */
export async function measureBook({
  dist = 'dist',
  base = '/',
  parts = ['lighthouse', 'search'],
  runs = 3,
} = {}) {
  const site = await serveDist(dist, base, { gzip: true });
  let missed = 0;
  try {
    if (parts.includes('lighthouse')) {
      const rows = await runLighthouse(site.url, runs);
      console.log(
        `\nLighthouse（移动端配置，${runs} 次取性能分中位数）。目标：` +
          Object.entries(LIGHTHOUSE_TARGETS)
            .map(([k, v]) => `${k} ≥ ${v}`)
            .join('，'),
      );
      console.table(
        rows.map((r) => ({
          页面: `${r.name} /${r.path}`,
          性能: `${r.scores.performance}（${r.allPerf.join('/')}）`,
          无障碍: r.scores.accessibility,
          最佳实践: r.scores['best-practices'],
          SEO: r.scores.seo,
          'FCP/LCP ms': `${Math.round(r.metrics.fcp)}/${Math.round(r.metrics.lcp)}`,
          'TBT ms': Math.round(r.metrics.tbt),
          CLS: r.metrics.cls?.toFixed(3),
          结果: meetsLighthouseTargets(r)
            ? '达标'
            : r.robots === 'noindex' && onlyCrawlable(r)
              ? '达标（noindex）'
              : '未达标',
        })),
      );
      for (const r of rows) if (r.lost.length > 0) console.log(`  ${r.name} 失分项：${r.lost.join('，')}`);
      missed += rows.filter(
        (r) => !meetsLighthouseTargets(r) && !(r.robots === 'noindex' && onlyCrawlable(r)),
      ).length;
      if (rows.some((r) => r.robots === 'noindex')) {
        console.log(
          '  注：嵌入页声明了 noindex（它们只供 <iframe> 使用，不应出现在搜索引擎里），SEO 只因 is-crawlable 一项失分。',
        );
      }
    }
    if (parts.includes('search')) {
      const s = await measureSearch(site.url);
      console.log(
        `\n搜索（${s.queries} 个查询，同一页面里连续输入；从按键到画出结果，含 40 ms 输入停顿）：` +
          `打开搜索框后立即输入的首个查询 ${s.firstMs.toFixed(0)} ms（目标 ≤ ${SEARCH_TARGETS.firstMs} ms）；` +
          `之后 p50 ${s.p50.toFixed(0)} ms，p90 ${s.p90.toFixed(0)} ms，最长 ${s.max.toFixed(0)} ms` +
          `（worker 内 p50 ${s.workerP50.toFixed(0)} ms，p90 ${s.workerP90.toFixed(0)} ms）。目标 p90 ≤ ${SEARCH_TARGETS.p90Ms} ms。`,
      );
      console.table(
        s.bytes.map((b) => ({
          '典型查询（新访客）': b.query,
          '索引 KiB（pagefind/ + 词表）': kib(b.indexBytes),
          文件数: b.files,
          '搜索代码 KiB': kib(b.codeBytes),
        })),
      );
      const worst = Math.max(...s.bytes.map((b) => b.indexBytes));
      if (s.p90 > SEARCH_TARGETS.p90Ms) missed++;
      if (s.firstMs > SEARCH_TARGETS.firstMs) missed++;
      if (worst > SEARCH_TARGETS.typicalIndexKiB * 1024) missed++;
      console.log(
        `  索引字节最多的典型查询：${kib(worst)} KiB（目标 ≤ ${SEARCH_TARGETS.typicalIndexKiB} KiB）`,
      );
    }
  } finally {
    await site.close();
  }
  return missed;
}

/** True when the only audit that cost points in SEO is `is-crawlable` (a page that says noindex on purpose). */
function onlyCrawlable(row) {
  const others = Object.entries(LIGHTHOUSE_TARGETS).filter(([id]) => id !== 'seo');
  return others.every(([id, target]) => row.scores[id] >= target) && row.lostBy.seo.join() === 'is-crawlable';
}
