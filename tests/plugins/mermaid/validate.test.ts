import { describe, expect, test } from 'vitest';
import { findMermaidProblem } from '../../../src/plugins/mermaid/validate.ts';

describe('findMermaidProblem', () => {
  test.each([
    ['flowchart TD\n  A[开始] --> B{判断}\n  B -->|是| C((结束))\n  B -- 否 --> D([继续])\n  C & D --> E;'],
    [
      'graph LR\n  subgraph K[内核]\n    direction TB\n    A --> B\n  end\n  classDef hot fill:#f00\n  class A hot\n  A:::hot -.-> C',
    ],
    [
      'sequenceDiagram\n  participant P as 父进程\n  actor U\n  P->>+C: fork()\n  loop 每秒\n    C-->>P: 心跳\n  end\n  alt 成功\n    P-)C: ok\n  else 失败\n    P--xC: kill\n  end\n  Note over P,C: 管道\n  activate P',
    ],
    [
      'stateDiagram-v2\n  [*] --> 就绪\n  就绪 --> 运行: 调度\n  state 阻塞态 {\n    等待 --> 唤醒\n  }\n  运行 --> [*]',
    ],
    ['classDiagram\n  Animal <|-- Duck'],
  ])('accepts %#', (diagram) => {
    expect(findMermaidProblem(diagram)).toBeUndefined();
  });

  test.each([
    ['flowchart TD\n  A-->B', 2, 'put spaces around arrows'],
    ['flowchart TD\n  A[未闭合', 2, 'cannot read `[未闭合`'],
    ['flowchart TD\n  A --> B\n  end', 3, '`end` without a `subgraph`'],
    ['sequenceDiagram\n  else 失败', 2, '`else 失败` outside a block'],
    ['sequenceDiagram\n  loop 每秒\n    A->>B: x', 2, '`loop` is never closed'],
    ['stateDiagram-v2\n  运行 -> 阻塞', 2, 'cannot read `运行 -> 阻塞`'],
    ['\n\n', 1, 'empty diagram'],
  ])('reports %j at line %i', (diagram, line, message) => {
    expect(findMermaidProblem(diagram)).toEqual({ line, message: expect.stringContaining(message) });
  });

  test('counts lines from the top of the block, skipping nothing', () => {
    expect(findMermaidProblem('%% 注释\nflowchart TD\n\n  A --> B\n  B -->')?.line).toBe(5);
  });
});
