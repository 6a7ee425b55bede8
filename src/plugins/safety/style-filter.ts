/**
 * CSS properties a note's inline `style` may set: colour, type and spacing. Nothing that positions
 * an element over the page (`position`, `z-index`, `inset`…), nothing that loads a resource.
 */
const ALLOWED_PROPERTIES: ReadonlySet<string> = new Set([
  'color',
  'background-color',
  'font-weight',
  'font-style',
  'font-size',
  'font-family',
  'font-variant',
  'text-decoration',
  'text-decoration-color',
  'text-decoration-line',
  'text-decoration-style',
  'text-align',
  'text-transform',
  'vertical-align',
  'letter-spacing',
  'line-height',
  'white-space',
  'padding',
  'padding-left',
  'padding-right',
  'padding-top',
  'padding-bottom',
  'margin-left',
  'margin-right',
  'border',
  'border-color',
  'border-width',
  'border-style',
  'border-radius',
  'width',
  'max-width',
  'height',
  'opacity',
  'display',
]);

/** CSS functions a value may call: colours and arithmetic. `url()`, `image-set()`, `expression()`… are not among them. */
const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set(['rgb', 'rgba', 'hsl', 'hsla', 'calc', 'var']);

/** A value made only of words, numbers, units, `#hex`, commas, quotes and parentheses: no `\` escapes, no `@`, no `<`, no comments. */
const PLAIN_VALUE = /^[-\w\s#.,%'"()+*/]*$/;

/** Whether one declaration's value is plain and calls only allowed functions. */
function safeValue(value: string): boolean {
  if (!PLAIN_VALUE.test(value) || value.includes('/*')) return false;
  for (const call of value.matchAll(/([-\w]*)\s*\(/g)) {
    if (!ALLOWED_FUNCTIONS.has(call[1]!.toLowerCase())) return false;
  }
  return true;
}

/** What {@link filterStyle} kept and what it dropped. */
export interface FilteredStyle {
  /** The declarations kept, `prop: value; …`, or `undefined` when none is left. */
  readonly style: string | undefined;
  /** The declarations dropped, as written. */
  readonly dropped: readonly string[];
}

/**
 * Keeps the harmless declarations of an inline `style` (allow-listed property, plain value) and
 * drops the rest, so `color: red` survives and `background: url(//evil/x)`, `position: fixed`,
 * `behavior: …` or an escaped `u\72l(` do not.
 * @example filterStyle('color: red; background-image: url(x)') → { style: 'color: red', dropped: ['background-image: url(x)'] }
 */
export function filterStyle(style: string): FilteredStyle {
  const kept: string[] = [];
  const dropped: string[] = [];
  for (const declaration of style.split(';')) {
    const text = declaration.trim();
    if (text === '') continue;
    const colon = text.indexOf(':');
    const property = colon < 0 ? '' : text.slice(0, colon).trim().toLowerCase();
    const value = colon < 0 ? '' : text.slice(colon + 1).trim();
    if (ALLOWED_PROPERTIES.has(property) && value !== '' && safeValue(value))
      kept.push(`${property}: ${value}`);
    else dropped.push(text);
  }
  return { style: kept.length > 0 ? kept.join('; ') : undefined, dropped };
}
