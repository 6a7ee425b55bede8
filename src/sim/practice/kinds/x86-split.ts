/**
 * Kind 2: split an x86-64 virtual address into its PGD/PUD/PMD/PTE indices and page offset, and
 * tell user, kernel and non-canonical addresses apart. Indices come from the MMU model
 * (`splitAddress`); canonical form from `formatAddr`, which prints the sign-extended form of a
 * 48-bit address, so an address is canonical exactly when it reads the same.
 *
 * @see https://elixir.bootlin.com/linux/latest/source/arch/x86/include/asm/pgtable_64_types.h
 *   (9-bit indices at bits 47–39, 38–30, 29–21, 20–12)
 */
import { KERNEL_PML4_START, LEVEL_NAMES, LEVEL_SHIFTS, splitAddress } from '../../mmu/index.ts';
import { NON_PIE_BASE, PIE_BASE, STACK_TOP } from '../../address-space/constants.ts';
import { formatAddr, type VirtAddr } from '../../units.ts';
import { drawFor, type Draw } from '../draw.ts';
import { hex } from '../format.ts';
import type { Level, Part, PracticeGenerator } from '../model.ts';

/** A 64-bit address as two exact numbers: bits 63–48 and bits 47–0. */
export interface Address64 {
  upper: number;
  low: number;
}

/** The address as 16 hex digits. */
export function addressText(a: Address64): string {
  return `0x${a.upper.toString(16).padStart(4, '0')}${a.low.toString(16).padStart(12, '0')}`;
}

/** Where an address belongs. */
export type AddressClass = 'user' | 'kernel' | 'non-canonical';

/** Classifies by the model: canonical when formatAddr's sign-extended form is the address itself. */
export function classifyAddress(a: Address64): AddressClass {
  const canonical = `0x${formatAddr(a.low).slice(2).padStart(16, '0')}`;
  if (canonical !== addressText(a)) return 'non-canonical';
  return splitAddress(a.low as VirtAddr).indices[0] >= KERNEL_PML4_START ? 'kernel' : 'user';
}

const CLASS_OPTIONS = [
  { value: 'user', label: '用户空间' },
  { value: 'kernel', label: '内核空间' },
  { value: 'non-canonical', label: '非规范地址（访问即 #GP）' },
];

const TiB = 2 ** 40;
const HALF = 2 ** 47;
/** Bases of user and kernel regions, with how far an address may fall above them. */
const USER_REGIONS = [
  { base: NON_PIE_BASE, span: 2 ** 24 },
  { base: PIE_BASE, span: 2 ** 28 },
  { base: 0x7ffff7a00000, span: 2 ** 24 },
  { base: STACK_TOP - 2 ** 23, span: 2 ** 23 },
];
/** Kernel regions (48-bit forms): the direct map, vmalloc space, the kernel image. */
const KERNEL_REGIONS = [
  { base: 0x888000000000, span: 2 ** 36 },
  { base: 0xc90000000000, span: 2 ** 32 },
  { base: 0xffff81000000, span: 2 ** 24 },
];

function draw(d: Draw, cls: AddressClass, tricky: boolean): Address64 {
  if (cls === 'user') {
    const r = d.pick(USER_REGIONS);
    return { upper: 0, low: r.base + d.int(r.span / 8) * 8 };
  }
  if (cls === 'kernel') {
    const r = d.pick(KERNEL_REGIONS);
    return { upper: 0xffff, low: r.base + d.int(r.span / 8) * 8 };
  }
  // Non-canonical: upper bits that are not a copy of bit 47. Tricky ones sit right beside the hole.
  if (tricky && d.int(2) === 0) {
    return d.int(2) === 0
      ? { upper: 0, low: HALF + d.int(2 ** 20) * 8 }
      : { upper: 0xffff, low: HALF - 8 - d.int(2 ** 20) * 8 };
  }
  const bit47 = d.int(2);
  const upper = bit47 ? d.pick([0x0000, 0x7fff, 0x8000, 0x1234]) : d.pick([0x0001, 0x8000, 0xffff, 0x00ff]);
  return { upper, low: bit47 * HALF + d.int(HALF / TiB) * TiB + d.int(2 ** 28) * 8 };
}

/** The five split parts of one address, each with the bits it takes. */
function splitParts(a: Address64, n: number): Part[] {
  const s = splitAddress(a.low as VirtAddr);
  const text = addressText(a);
  const bits = [
    ...s.indices.map((i) => i.toString(2).padStart(9, '0')),
    s.offset.toString(2).padStart(12, '0'),
  ];
  const linux = ['PGD', 'PUD', 'PMD', 'PTE'];
  const common = `低 48 位按 9/9/9/9/12 位分组：${bits.join(' ')}。`;
  const parts: Part[] = s.indices.map((index, level) => {
    const hi = LEVEL_SHIFTS[level]! + 8;
    return {
      id: `a${n}-${linux[level]!.toLowerCase()}`,
      prompt: `${text} 的 ${linux[level]}（${LEVEL_NAMES[level]}）索引`,
      input: { type: 'integer' },
      answer: String(index),
      answerText: `${index}（${hex(index)}）`,
      solution: [
        common,
        `${linux[level]} 索引取第 ${hi}–${LEVEL_SHIFTS[level]} 位：⌊VA / 2^${LEVEL_SHIFTS[level]}⌋ mod 512 = ${bits[level]}₂ = ${index}。`,
      ],
    };
  });
  parts.push({
    id: `a${n}-offset`,
    prompt: `${text} 的页内偏移`,
    input: { type: 'integer' },
    answer: String(s.offset),
    answerText: `${hex(s.offset, 3)}（${s.offset}）`,
    solution: [common, `页内偏移取低 12 位：VA mod 4096 = ${hex(s.offset, 3)} = ${s.offset}。`],
  });
  return parts;
}

/** The classification part of one address, explained from the model's values. */
function classifyPart(a: Address64, n: number): Part {
  const cls = classifyAddress(a);
  const text = addressText(a);
  const bit47 = a.low >= HALF ? 1 : 0;
  const top = hex(a.upper, 4);
  const pgd = splitAddress(a.low as VirtAddr).indices[0];
  const solution = [`第 47 位是 ${bit47}，第 63–48 位是 ${top}。`];
  if (cls === 'non-canonical') {
    solution.push(
      `规范地址要求第 63–48 位都等于第 47 位（即 ${bit47 ? '0xffff' : '0x0000'}），这里不是：非规范地址。CPU 访问它时直接触发一般保护异常（#GP），不会去查页表。`,
      `这 48 位若按规范形式书写应是 ${formatAddr(a.low)}。`,
    );
  } else {
    solution.push(
      `第 63–48 位都等于第 47 位：规范地址（${formatAddr(a.low)}）。`,
      `PGD 索引 ${pgd} ${cls === 'kernel' ? `≥ ${KERNEL_PML4_START}：内核半区，所有进程共享，用户态不可访问` : `< ${KERNEL_PML4_START}：用户半区`}。`,
    );
  }
  return {
    id: `c${n}`,
    prompt: `${text} 属于`,
    input: { type: 'choice', options: CLASS_OPTIONS },
    answer: cls,
    answerText: CLASS_OPTIONS.find((o) => o.value === cls)!.label,
    solution,
  };
}

const PLAN: Record<Level, { split: AddressClass[]; classify: AddressClass[]; tricky: boolean }> = {
  1: { split: ['user'], classify: ['user', 'kernel', 'non-canonical'], tricky: false },
  2: {
    split: ['user', 'kernel'],
    classify: ['user', 'kernel', 'non-canonical', 'non-canonical'],
    tricky: false,
  },
  3: {
    split: ['kernel', 'user'],
    classify: ['user', 'kernel', 'kernel', 'non-canonical', 'non-canonical'],
    tricky: true,
  },
};

const TITLE = 'x86-64 四级页表：拆分虚拟地址';

/** Kind 2 generator. */
export const x86Split: PracticeGenerator = {
  kind: 'x86-split',
  title: TITLE,
  summary:
    '把 64 位虚拟地址拆成 PGD/PUD/PMD/PTE 索引和页内偏移，并判断它属于用户空间、内核空间还是非规范地址',
  generate(seed, { level }) {
    const d = drawFor(seed, 0x22);
    const plan = PLAN[level];
    const split = plan.split.map((c) => draw(d, c, false));
    const classify = d.shuffle(plan.classify).map((c) => draw(d, c, plan.tricky));
    return {
      kind: 'x86-split',
      seed,
      level,
      title: TITLE,
      question: [
        {
          type: 'text',
          text:
            'x86-64 四级页表（4 KiB 页）：虚拟地址的第 47–39、38–30、29–21、20–12 位依次是 PGD、PUD、PMD、PTE 四级页表的索引' +
            '（每级 9 位，512 项），低 12 位是页内偏移。第 63–48 位必须复制第 47 位，否则是非规范地址。',
        },
        {
          type: 'text',
          text: `拆分：${split.map(addressText).join('，')}。判断：${classify.map(addressText).join('，')}。`,
        },
      ],
      parts: [
        ...split.flatMap((a, i) => splitParts(a, i + 1)),
        ...classify.map((a, i) => classifyPart(a, i + 1)),
      ],
    };
  },
};
