/**
 * A strict reading of the Mermaid subset that beautiful-mermaid draws. Its parser skips lines it
 * does not understand, so a typo would silently drop a node or an arrow; this check finds the
 * first such line instead, so the build can stop with its file and line.
 * @see node_modules/beautiful-mermaid/src/parser.ts and src/sequence/parser.ts (the grammar mirrored here)
 */

/** The first line of a diagram that would not be drawn as written (1-based within the diagram). */
export interface MermaidProblem {
  readonly line: number;
  readonly message: string;
}

/** Arrows between flowchart nodes: `-->`, `---`, `-.->`, `==>`, … with an optional `|label|`. */
const ARROW = /^(<)?(-->|-\.->|==>|---|-\.-|===)(?:\|([^|]*)\|)?/;
/** Arrows with the label inside: `-- 是 -->`, `-. 也许 .->`, `== 对 ==>`. */
const TEXT_ARROW = /^(<)?(--|-\.|==)\s+(.+?)\s+(-->|---|\.->|-\.-|==>|===)/;
/** Node shapes, most specific first: `A(((x)))`, `A([x])`, `A((x))`, `A[[x]]`, `A[(x)]`, trapezoids, `A>x]`, `A{{x}}`, `A[x]`, `A(x)`, `A{x}`. */
const NODE_SHAPES = [
  /^[\w-]+\(\(\(.+?\)\)\)/,
  /^[\w-]+\(\[.+?\]\)/,
  /^[\w-]+\(\(.+?\)\)/,
  /^[\w-]+\[\[.+?\]\]/,
  /^[\w-]+\[\(.+?\)\]/,
  /^[\w-]+\[\/.+?\\\]/,
  /^[\w-]+\[\\.+?\/\]/,
  /^[\w-]+>.+?\]/,
  /^[\w-]+\{\{.+?\}\}/,
  /^[\w-]+\[.+?\]/,
  /^[\w-]+\(.+?\)/,
  /^[\w-]+\{.+?\}/,
];
/** A node id without a shape; ids are ASCII letters, digits, `_` and `-` (Chinese goes in the label). */
const BARE_NODE = /^[\w-]+/;
/** `:::className` right after a node. */
const CLASS_SHORTHAND = /^:::\w[\w-]*/;

/** Flowchart statements other than nodes and edges. */
const FLOWCHART_STATEMENTS = [
  /^classDef\s+\w+\s+.+$/,
  /^class\s+[\w,-]+\s+\w+$/,
  /^style\s+[\w,-]+\s+.+$/,
  /^linkStyle\s+(default|[\d,\s]+)\s+.+$/,
  /^direction\s+(TD|TB|LR|BT|RL)\s*$/i,
  /^click\s+.+$/,
];

/** Sequence diagram statements: participants, notes, blocks, messages (`A->>+B: text`), activation. */
const SEQUENCE_STATEMENTS = [
  /^(participant|actor)\s+\S+?(\s+as\s+.+)?$/,
  /^Note\s+(left of|right of|over)\s+[^:]+:\s*.+$/i,
  /^(loop|alt|opt|par|critical|break|rect)\b\s*.*$/,
  /^(--?>?>|--?[)x]|--?>>|--?>)$/,
  /^\S+?\s*(--?>?>|--?[)x]|--?>>|--?>)\s*[+-]?\S+?\s*:\s*.+$/,
  /^(activate|deactivate)\s+\S+$/,
  /^autonumber\b.*$/,
];

/** State diagram statements: direction, composite states, aliases, transitions, descriptions. */
const STATE_STATEMENTS = [
  /^direction\s+(TD|TB|LR|BT|RL)\s*$/i,
  /^linkStyle\s+(default|[\d,\s]+)\s+.+$/,
  /^state\s+(?:"[^"]+"\s+as\s+)?[\w\p{L}]+\s*\{$/u,
  /^\}$/,
  /^state\s+"[^"]+"\s+as\s+[\w\p{L}]+\s*$/u,
  /^(\[\*\]|[\w\p{L}-]+)\s*-->\s*(\[\*\]|[\w\p{L}-]+)(\s*:\s*.+)?$/u,
  /^[\w\p{L}-]+\s*:\s*.+$/u,
];

/** What is left of `text` after one node (with its shape and class), or undefined if none starts it. */
function consumeNode(text: string): string | undefined {
  const shaped = NODE_SHAPES.map((shape) => shape.exec(text)).find((m) => m !== null);
  const match = shaped ?? BARE_NODE.exec(text);
  if (!match) return undefined;
  const rest = text.slice(match[0].length);
  return rest.replace(CLASS_SHORTHAND, '').trim();
}

/** What is left after `A & B & C`, or undefined if no node starts `text`. */
function consumeNodeGroup(text: string): string | undefined {
  let rest = consumeNode(text);
  while (rest !== undefined && rest.startsWith('&')) rest = consumeNode(rest.slice(1).trim());
  return rest;
}

/** Why a flowchart node/edge line cannot be read whole, or undefined when it can. */
function checkEdgeLine(line: string): string | undefined {
  const statement = line.replace(/;\s*$/, '');
  let rest = consumeNodeGroup(statement);
  if (rest === undefined) return `expected a node id (ASCII letters, digits, _ or -) at \`${statement}\``;
  while (rest.length > 0) {
    const arrow = ARROW.exec(rest) ?? TEXT_ARROW.exec(rest);
    if (!arrow) {
      // Ids may contain `-`, so `A-->B` reads as the id `A--` followed by `>B`.
      const hint = /^[->]/.test(rest) ? '; put spaces around arrows (A --> B)' : '';
      return `cannot read \`${rest}\` (expected an arrow such as --> or a shape such as [文字])${hint}`;
    }
    const next = consumeNodeGroup(rest.slice(arrow[0].length).trim());
    if (next === undefined) return `expected a node after \`${arrow[0].trim()}\` in \`${statement}\``;
    rest = next;
  }
  return undefined;
}

/** Why a line is not in the given statement list, or undefined when one pattern reads it. */
function checkStatement(line: string, statements: readonly RegExp[]): string | undefined {
  return statements.some((pattern) => pattern.test(line)) ? undefined : `cannot read \`${line}\``;
}

/**
 * The first problem in a diagram, or undefined when every line will be drawn as written.
 * @example findMermaidProblem('flowchart TD\n  A[开始] --> B{{') // { line: 2, message: 'cannot read `{{` …' }
 */
export function findMermaidProblem(source: string): MermaidProblem | undefined {
  const lines = source.split('\n').map((text, i) => ({ text: text.trim(), line: i + 1 }));
  const content = lines.filter(({ text }) => text !== '' && !text.startsWith('%%'));
  const [header, ...body] = content;
  if (!header) return { line: 1, message: 'empty diagram' };
  const blocks: { line: number; kind: string }[] = [];
  for (const { text, line } of body) {
    let problem: string | undefined;
    if (/^(graph|flowchart)\s/i.test(header.text)) {
      if (/^subgraph\s+.+$/.test(text)) blocks.push({ line, kind: 'subgraph' });
      else if (text === 'end') problem = blocks.pop() ? undefined : '`end` without a `subgraph`';
      else if (!FLOWCHART_STATEMENTS.some((pattern) => pattern.test(text))) problem = checkEdgeLine(text);
    } else if (/^sequenceDiagram\s*$/.test(header.text)) {
      if (/^(loop|alt|opt|par|critical|break|rect)\b/.test(text))
        blocks.push({ line, kind: text.split(/\s/)[0]! });
      else if (text === 'end')
        problem = blocks.pop() ? undefined : '`end` without a block (loop, alt, opt, par…)';
      else if (/^(else|and)\b/.test(text))
        problem = blocks.length > 0 ? undefined : `\`${text}\` outside a block`;
      else problem = checkStatement(text, SEQUENCE_STATEMENTS);
    } else if (/^stateDiagram(-v2)?\s*$/i.test(header.text)) {
      problem = checkStatement(text, STATE_STATEMENTS);
    } else {
      return undefined; // class, ER and XY charts: beautiful-mermaid's own parser reports errors
    }
    if (problem) return { line, message: problem };
  }
  const open = blocks.pop();
  return open ? { line: open.line, message: `\`${open.kind}\` is never closed with \`end\`` } : undefined;
}
