/**
 * Kind 1: translate virtual addresses with a linear page table, in the style of OSTEP's
 * `paging-linear-translate.py` (a valid entry is `0x80000000 | PFN`; some addresses are invalid).
 * Answers and solutions come from the MMU model (`translateLinear`, `describeLinear`).
 *
 * @see https://github.com/remzi-arpacidusseau/ostep-homework/tree/master/vm-paging
 */
import {
  createLinearPageTable,
  describeLinear,
  translateLinear,
  type LinearPageTable,
} from '../../mmu/index.ts';
import { drawFor } from '../draw.ts';
import { hex, hexDec } from '../format.ts';
import { formatBytes } from '../../format.ts';
import type { Level, Part, PracticeGenerator, Problem } from '../model.ts';

const KiB = 1024;
const WIDTH = 8;

/** Sizes per level: page size, address-space size, physical memory, and how many addresses to translate. */
const LEVEL_SIZES: Record<Level, { page: number[]; space: number[]; phys: number[]; addresses: number }> = {
  1: { page: [1 * KiB], space: [16 * KiB], phys: [64 * KiB], addresses: 3 },
  2: { page: [1 * KiB, 2 * KiB], space: [16 * KiB, 32 * KiB], phys: [64 * KiB, 128 * KiB], addresses: 4 },
  3: {
    page: [1 * KiB, 2 * KiB, 4 * KiB],
    space: [32 * KiB, 64 * KiB],
    phys: [128 * KiB, 256 * KiB],
    addresses: 5,
  },
};

/** What the question says besides the table: where it comes from, for the title line. */
export interface LinearSetup {
  /** Physical memory in bytes (the frames the table may point to). */
  physBytes: number;
}

/** One part: translate `va` with `pt`; answer and solution from the model. */
function translatePart(pt: LinearPageTable, va: number, index: number): Part {
  const t = translateLinear(pt, va);
  const solution = [
    `VPN = ⌊${va} / ${pt.pageSize}⌋ = ${t.vpn}，页内偏移 = ${va} mod ${pt.pageSize} = ${va % pt.pageSize}。`,
  ];
  if (t.ok) {
    solution.push(
      `页表项[${t.vpn}] = ${hex(pt.ptes[t.vpn]!, WIDTH)}：有效位为 1，PFN = ${t.pfn}。`,
      `PA = PFN × 页大小 + 偏移 = ${t.pfn} × ${pt.pageSize} + ${t.offset} = ${hexDec(t.pa, WIDTH)}。`,
    );
  } else if (t.reason === 'invalid') {
    solution.push(`页表项[${t.vpn}] = ${hex(pt.ptes[t.vpn] ?? 0, WIDTH)}：有效位为 0，这一页没有映射。`);
  }
  solution.push(`${describeLinear(pt, va)}。`);
  return {
    id: `va-${index}`,
    prompt: `虚拟地址 ${hexDec(va, WIDTH)}`,
    input: { type: 'address' },
    answer: t.ok ? String(t.pa) : 'invalid',
    answerText: t.ok
      ? hexDec(t.pa, WIDTH)
      : `无效（VPN ${t.vpn} ${t.reason === 'invalid' ? '的有效位为 0' : '超出地址空间'}）`,
    solution,
  };
}

/**
 * Builds the problem for a given table and addresses (the generator draws them; tests pass the
 * OSTEP cases directly).
 */
export function linearProblem(
  pt: LinearPageTable,
  vas: readonly number[],
  setup: LinearSetup,
  meta: Pick<Problem, 'seed' | 'level'>,
): Problem {
  const pages = pt.ptes.length;
  return {
    kind: 'linear-translate',
    ...meta,
    title: GENERATOR_TITLE,
    question: [
      {
        type: 'text',
        text:
          `页大小 ${formatBytes(pt.pageSize)}，虚拟地址空间 ${formatBytes(pages * pt.pageSize)}（${pages} 页），` +
          `物理内存 ${formatBytes(setup.physBytes)}。页表是线性的：第 VPN 项就是虚拟页 VPN 的页表项；` +
          `最高位（0x80000000）是有效位，其余位是物理页框号 PFN。`,
      },
      {
        type: 'table',
        caption: '页表（VPN → 页表项）',
        head: ['VPN', '页表项'],
        rows: pt.ptes.map((pte, vpn) => [String(vpn), hex(pte, WIDTH)]),
      },
      {
        type: 'text',
        text: '把下列虚拟地址翻译成物理地址（十进制或 0x 十六进制均可）；翻译不了的写“无效”。',
      },
    ],
    parts: vas.map((va, i) => translatePart(pt, va, i + 1)),
  };
}

const GENERATOR_TITLE = '线性页表：虚拟地址翻译';

/** Kind 1 generator. */
export const linearTranslate: PracticeGenerator = {
  kind: 'linear-translate',
  title: GENERATOR_TITLE,
  summary: '给出页大小、地址空间和一张带有效位的线性页表，把几个虚拟地址翻译成物理地址（有的无效）',
  generate(seed, { level }) {
    const d = drawFor(seed, 0x11);
    const sizes = LEVEL_SIZES[level];
    const pageSize = d.pick(sizes.page);
    const space = Math.max(d.pick(sizes.space), pageSize * 8);
    const physBytes = d.pick(sizes.phys);
    const pages = space / pageSize;
    // About half the pages valid (OSTEP's default usage), at least one valid and one invalid page.
    const valid = Array.from({ length: pages }, () => d.int(2) === 1);
    if (!valid.includes(true)) valid[d.int(pages)] = true;
    if (!valid.includes(false)) valid[d.int(pages)] = false;
    const frames = d.sample(
      Array.from({ length: physBytes / pageSize }, (_, f) => f),
      pages,
    );
    const pt = createLinearPageTable(
      pageSize,
      valid.map((v, vpn) => (v ? frames[vpn]! : null)),
    );
    // The first address hits a valid page and the second an invalid one; the rest are anywhere.
    const validPages = valid.flatMap((v, vpn) => (v ? [vpn] : []));
    const invalidPages = valid.flatMap((v, vpn) => (v ? [] : [vpn]));
    const vpns = [d.pick(validPages), d.pick(invalidPages)];
    while (vpns.length < sizes.addresses) vpns.push(d.int(pages));
    const vas = d.shuffle(vpns).map((vpn) => vpn * pageSize + d.int(pageSize));
    return linearProblem(pt, vas, { physBytes }, { seed, level });
  },
};
