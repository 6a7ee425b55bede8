import { buildPageIndex, type PageSource } from '../../../src/plugins/wikilinks/page-index.ts';

/** A small book in the shape of the real one, to resolve links against. */
export const fixtureSources: PageSource[] = [
  {
    file: 'index.mdx',
    source: '---\ntitle: 进程与线程\n---\n\n导读。\n',
  },
  {
    file: 'basics/process-and-thread.mdx',
    source: [
      '---',
      'title: 进程与线程：定义与抽象层级',
      'aliases: [进程, 线程, process, thread, 资源容器, 执行流]',
      '---',
      '',
      '## 进程是资源容器',
      '',
      '进程拥有地址空间，详见 [[虚拟地址空间与内存共享#共享什么]]。',
      '',
      '## 线程是执行流',
      '',
      '线程共享进程的资源。',
      '',
      '## Linux 中的 `task_struct`',
      '',
      '## 线程是执行流',
      '',
    ].join('\n'),
  },
  {
    file: 'basics/address-space.mdx',
    source: [
      '---',
      'title: 虚拟地址空间与内存共享',
      '---',
      '',
      '## 共享什么',
      '',
      '同一进程的[[线程]]共享堆。不同[[进程]]之间不共享。',
      '',
      '```',
      '[[进程]] 在代码块里不是链接',
      '```',
      '',
    ].join('\n'),
  },
  {
    file: 'communication/linux-pipe.mdx',
    source: [
      '---',
      'title: Linux 管道',
      'aliases: [Linux, 管道, pipe, FIFO, 命名管道]',
      'headingAliases:',
      '  pipline: 匿名管道（pipe）',
      '---',
      '',
      '## 匿名管道（pipe）',
      '',
      '## 命名管道（FIFO）',
      '',
    ].join('\n'),
  },
  {
    file: 'design/concurrency-models.mdx',
    source: [
      '---',
      'title: 线程实现并发的方式',
      'aliases: [线程实现并发的方式, 用户态线程, 协程, coroutine, async/await, M:N]',
      '---',
      '',
      '## libco 的共享栈',
      '',
      '协程切换比[[进程与线程：定义与抽象层级|线程]]便宜；管道见 [Linux 管道](Linux.md#pipline)。',
      '',
    ].join('\n'),
  },
  {
    file: 'study/index.mdx',
    source: '---\ntitle: 学习与练习\n---\n\n本部分的导读。\n',
  },
  {
    file: 'study/glossary.mdx',
    source: '---\ntitle: 术语表\n---\n\n## 进程\n\n见 [[process]]。\n',
  },
];

/** The fixture book's index. */
export const fixtureIndex = buildPageIndex(fixtureSources);

/** The fixture plus two pages that share a title, to check that a shared title is refused. */
export const duplicateIndex = buildPageIndex([
  ...fixtureSources,
  { file: 'a/same.mdx', source: '---\ntitle: 同名页面\n---\n' },
  { file: 'b/same.mdx', source: '---\ntitle: 同名页面\n---\n' },
]);
