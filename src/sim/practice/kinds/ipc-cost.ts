/**
 * Kind 5: one IPC mechanism, a message size and a number of messages: how often the kernel copies
 * each byte, how many bytes it copies, how many system calls the two processes make, and whether
 * (or how often) the writer blocks. The answers are the transfer simulator's counters for one
 * message (`runTransfer`), times the count; the worked solution is its own narration
 * (`describeTransfer`).
 */
// The model's own files, not its index: the index also loads the schemas, and with them zod.
import { MECHANISM_IDS, getMechanism, type MechanismId } from '../../ipc/mechanisms.ts';
import { initTransfer, runTransfer } from '../../ipc/transfer.ts';
import { describeTransfer } from '../../ipc/describe.ts';
import type { TransferState, TransferTrace } from '../../ipc/model.ts';
import { drawFor } from '../draw.ts';
import { bytesExact, count as countText } from '../format.ts';
import type { Level, Part, PracticeGenerator, Problem } from '../model.ts';

const PLAN: Record<Level, { sizes: number[]; counts: [number, number]; blockCount: boolean }> = {
  1: { sizes: [64, 100, 512, 1000, 4096], counts: [1, 3], blockCount: false },
  2: { sizes: [4096, 8192, 20_000, 65_536, 100_000], counts: [1, 10], blockCount: false },
  3: { sizes: [20_000, 100_000, 200_000, 300_000], counts: [2, 5], blockCount: true },
};

/** Steps of the trace shown in full; a longer trace keeps its start and end. */
const SHOWN_STEPS = 12;

/** The narration of a transfer, one line per scheduler step, shortened in the middle when long. */
export function narrateTransfer(steps: readonly (readonly TransferTrace[])[]): string[] {
  const lines = steps.map((trace, i) => `${i + 1}. ${trace.map(describeTransfer).join('')}`);
  if (lines.length <= SHOWN_STEPS) return lines;
  const head = lines.slice(0, SHOWN_STEPS - 3);
  const tail = lines.slice(-3);
  return [...head, `……（省略第 ${head.length + 1}–${lines.length - 3} 步：同样的写、读交替）`, ...tail];
}

/** The mechanism's limits a reader needs, from the model's data. */
function limitsText(state: TransferState, id: MechanismId): string {
  const m = getMechanism(id);
  if (m.path === 'none')
    return '信号只带一个编号，不带数据。读进程在 sigsuspend() 里等通知，处理函数返回时调用 rt_sigreturn()。';
  if (m.path === 'shared-pages') {
    return (
      `共享区域 ${bytesExact(state.capacity)}，用两个信号量交接：empty（初值 1，区域空闲）和 full（初值 0，有数据）。` +
      '写进程每写一块前对 empty 做 P、写完对 full 做 V；读进程每读一块前对 full 做 P、读完对 empty 做 V（最后一块也是）。每次 P、V 都是一次系统调用。'
    );
  }
  const limit =
    m.maxMessage.value !== null
      ? `，单条消息最多 ${bytesExact(m.maxMessage.value)}（更长的按这个大小分块发送）`
      : '';
  const read =
    m.framing.value === 'message' ? '读进程每次取走一条消息' : '读进程一次能取走缓冲区里的全部数据';
  return `内核缓冲区 ${bytesExact(state.capacity)}${limit}；缓冲区满时写进程阻塞，${read}，并唤醒阻塞的写进程。`;
}

/** Builds the problem for one mechanism, message size and count. */
export function ipcProblem(
  id: MechanismId,
  size: number,
  messages: number,
  blockCount: boolean,
  meta: Pick<Problem, 'seed' | 'level'>,
): Problem {
  const m = getMechanism(id);
  const [end, steps] = runTransfer(initTransfer(id, { size }));
  const c = end.counters;
  const narration = narrateTransfer(steps);
  const perMessage = `一条消息：系统调用 ${c.syscalls} 次，内核拷贝 ${c.copies} 次、共 ${bytesExact(c.bytesCopied)}，写进程阻塞 ${c.writerBlocks} 次。`;
  const times = (n: number) => (messages > 1 ? `${n} × ${messages} = ${n * messages}` : String(n));
  // A signal carries no payload: the problem sends notifications, and asks nothing per byte.
  const carries = m.path !== 'none';
  const unit = carries ? '条消息' : '个通知';
  const perOne = carries ? perMessage : perMessage.replace('一条消息', '一个通知');
  const copiesPerByte = carries ? c.bytesCopied / end.size : 0;
  const parts: Part[] = [
    ...(carries
      ? [
          {
            id: 'copies',
            prompt: '消息的每个字节被内核拷贝几次',
            input: { type: 'integer' },
            answer: String(copiesPerByte),
            answerText: String(copiesPerByte),
            solution: [
              `内核共拷贝 ${bytesExact(c.bytesCopied)}，消息 ${bytesExact(end.size)}：每个字节 ${c.bytesCopied} / ${end.size} = ${copiesPerByte} 次。`,
            ],
          } satisfies Part,
        ]
      : []),
    {
      id: 'bytes',
      prompt: carries
        ? `${messages} 条消息，内核一共拷贝多少字节`
        : `${messages} 个通知，内核一共拷贝多少字节的数据`,
      input: { type: 'bytes' },
      answer: String(c.bytesCopied * messages),
      answerText: bytesExact(c.bytesCopied * messages),
      solution: [
        ...(carries ? [] : ['信号只带一个编号，不携带数据，内核不拷贝任何数据（见传递过程）。']),
        perOne,
        `${messages} ${unit[0]}：${times(c.bytesCopied)} 字节 = ${bytesExact(c.bytesCopied * messages)}。`,
      ],
    },
    {
      id: 'syscalls',
      prompt: `${messages} ${unit}，两个进程一共做几次系统调用`,
      input: { type: 'integer' },
      answer: String(c.syscalls * messages),
      answerText: countText(c.syscalls * messages),
      solution: [
        `数一数传输过程里的系统调用。${perOne}`,
        `${messages} ${unit[0]}：${times(c.syscalls)} 次。`,
      ],
    },
    blockCount
      ? {
          id: 'blocks',
          prompt: `${messages} ${unit}，写进程一共阻塞几次`,
          input: { type: 'integer' },
          answer: String(c.writerBlocks * messages),
          answerText: String(c.writerBlocks * messages),
          solution: [
            `数一数传输过程里写进程阻塞的次数。${perOne}`,
            `${messages} ${unit[0]}：${times(c.writerBlocks)} 次。`,
          ],
        }
      : {
          id: 'blocks',
          prompt: '写进程会阻塞吗',
          input: {
            type: 'choice',
            options: [
              { value: 'yes', label: '会' },
              { value: 'no', label: '不会' },
            ],
          },
          answer: c.writerBlocks > 0 ? 'yes' : 'no',
          answerText: c.writerBlocks > 0 ? `会（每条 ${c.writerBlocks} 次）` : '不会',
          solution: [`看传输过程里写进程有没有阻塞。${perOne}`],
        },
  ];
  return {
    kind: 'ipc-cost',
    ...meta,
    title: TITLE,
    question: [
      {
        type: 'text',
        text: carries
          ? `写进程用「${m.name}」（${m.api}）给读进程发 ${messages} 条消息，每条 ${bytesExact(size)}。${limitsText(end, id)}` +
            '读进程先开始等待；写进程一直写，写不进去时阻塞；一条消息全部读完才发下一条。'
          : `写进程用「${m.name}」（${m.api}）通知读进程 ${messages} 次。${limitsText(end, id)}` +
            '读进程先开始等待；读进程处理完一个通知，写进程才发下一个。',
      },
    ],
    parts,
    walkthrough: {
      title: carries
        ? `一条 ${bytesExact(size)} 的消息经「${m.name}」传输的过程（模型逐步旁白）`
        : `一个通知经「${m.name}」传递的过程（模型逐步旁白）`,
      lines: narration,
    },
  };
}

const TITLE = '进程间通信：拷贝、系统调用与阻塞';

/**
 * Reads a list of mechanisms as a page's `mechanisms` prop, the sheet's `mechanisms=` and the CLI's
 * `--mechanisms` write it: ids separated by commas (spaces around an id allowed), none empty, none
 * unknown, none twice. The one reader of that list, so a page's problem is reproducible anywhere.
 *
 * @example
 * readMechanisms('signal, pipe') // → { ok: true, value: ['signal', 'pipe'] }
 * readMechanisms('pipe,,fifo') // → { ok: false, error: 'mechanisms：没有通信方式 （空）；…' }
 */
export function readMechanisms(
  text: string,
): { ok: true; value: MechanismId[] } | { ok: false; error: string } {
  const list = text.split(',').map((m) => m.trim());
  const bad = list.filter((m) => m !== '' && !(MECHANISM_IDS as readonly string[]).includes(m));
  const named = [
    ...bad.map((m) => `「${m.length > 40 ? `${m.slice(0, 40)}…` : m}」`),
    ...(list.includes('') ? ['（空）'] : []),
  ];
  if (named.length > 0)
    return {
      ok: false,
      error: `mechanisms：没有通信方式 ${named.join('、')}；可用的是 ${MECHANISM_IDS.join(',')}`,
    };
  const twice = list.filter((m, i) => list.indexOf(m) !== i);
  if (twice.length > 0) return { ok: false, error: `mechanisms：${twice.join('、')} 写了不止一次` };
  return { ok: true, value: list as MechanismId[] };
}

/** Kind 5 generator; `mechanisms` limits the draw (a chapter about pipes asks about pipes). */
export const ipcCost: PracticeGenerator = {
  kind: 'ipc-cost',
  title: TITLE,
  summary: '给定通信方式、消息大小和条数：内核拷贝几次、拷贝多少字节、多少次系统调用、写进程是否阻塞',
  generate(seed, { level, mechanisms }) {
    const allowed = mechanisms ?? MECHANISM_IDS;
    const unknown = allowed.filter((id) => !(MECHANISM_IDS as readonly string[]).includes(id));
    if (unknown.length > 0 || allowed.length === 0) {
      throw new RangeError(
        `mechanisms：没有通信方式 ${unknown.join('、') || '（空列表）'}；可用的是 ${MECHANISM_IDS.join('、')}`,
      );
    }
    const d = drawFor(seed, 0x55);
    const plan = PLAN[level];
    const id = d.pick(allowed) as MechanismId;
    return ipcProblem(id, d.pick(plan.sizes), d.between(...plan.counts), plan.blockCount, { seed, level });
  },
};
