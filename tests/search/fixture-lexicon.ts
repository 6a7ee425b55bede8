/** A small lexicon in the shape the build writes, for the planner, engine and suggestion tests. */
import { indexLexicon } from '../../src/search/lexicon-index.ts';
import type { Lexicon } from '../../src/search/lexicon.ts';

/** Four chapters, a glossary and an exercises page; names as a book would give them. */
export const LEXICON: Lexicon = {
  version: 2,
  pages: [
    { id: 'p0', url: '/basics/process-and-thread/', title: '进程与线程：定义与抽象层级', kind: 'chapter' },
    {
      id: 'p1',
      url: '/basics/linux-threads/',
      title: 'Linux 中的线程：轻量级进程、clone 与内核线程',
      kind: 'chapter',
    },
    { id: 'p2', url: '/design/daemon/', title: '守护进程', kind: 'chapter' },
    { id: 'p3', url: '/switching/context-switch/', title: '上下文切换', kind: 'chapter' },
    { id: 'p4', url: '/study/glossary/', title: '术语表', kind: 'glossary' },
    { id: 'p5', url: '/study/exercises/', title: '练习与解答', kind: 'summary' },
  ],
  names: [
    { text: '进程与线程：定义与抽象层级', page: 0, source: 'title' },
    { text: '进程', page: 0, source: 'alias' },
    { text: '线程', page: 0, source: 'alias' },
    { text: '进程与线程的区别', page: 0, source: 'alias' },
    { text: '内核线程', page: 1, source: 'alias' },
    { text: 'kernel thread', page: 1, source: 'alias' },
    { text: '僵尸进程', page: 1, source: 'concept' },
    { text: '守护进程', page: 2, source: 'title' },
    { text: 'daemon', page: 2, source: 'alias' },
    { text: '上下文切换', page: 3, source: 'title' },
    { text: 'context switch', page: 3, source: 'alias' },
    { text: '什么是上下文', page: 3, source: 'heading', anchor: '什么是上下文' },
    { text: '术语表', page: 4, source: 'title' },
    { text: '栈', page: 0, source: 'concept' },
    { text: '锁', page: 3, source: 'concept' },
    { text: '堆', page: 0, source: 'concept' },
    { text: '1. 进程和线程有什么区别？', page: 5, source: 'heading', anchor: '1-进程和线程有什么区别' },
  ],
  phrases: [{ words: ['互相', '等', '锁'], page: 0 }],
  long: ['上下文', '守护进程'],
};

/** The fixture, indexed. */
export const INDEX = indexLexicon(LEXICON);
