/**
 * Which page of a Chromium PDF each link lands on: Chromium writes every `<a href>` as a link
 * annotation (`/Annots` of its page, `/URI (…)` in the annotation), uncompressed, so a test can place
 * marker links in a page and read back the page each one was printed on. No PDF library needed.
 */

/** The objects of a PDF by number, as latin1 text. */
function objects(pdf: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of pdf.matchAll(/(?:^|[\r\n])(\d+) 0 obj([\s\S]*?)endobj/g)) out.set(Number(m[1]), m[2]!);
  return out;
}

const refs = (text: string | undefined): number[] =>
  [...(text ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

/** The page objects in reading order, walking the page tree from its root. */
function pagesInOrder(objs: Map<number, string>): number[] {
  const root = [...objs].find(([, body]) => /\/Type\s*\/Pages\b/.test(body) && !/\/Parent\b/.test(body));
  if (!root) throw new Error('PDF 里没有页面树');
  const walk = (n: number): number[] => {
    const body = objs.get(n) ?? '';
    if (/\/Type\s*\/Page\b/.test(body)) return [n];
    return refs(/\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1]).flatMap(walk);
  };
  return walk(root[0]);
}

/** For every link URI, the page numbers (from 1) it appears on. */
export function linkPages(pdf: Buffer): Map<string, number[]> {
  const text = pdf.toString('latin1');
  const objs = objects(text);
  const out = new Map<string, number[]>();
  pagesInOrder(objs).forEach((page, i) => {
    const annots = /\/Annots\s*\[([^\]]*)\]/.exec(objs.get(page) ?? '')?.[1];
    for (const a of refs(annots)) {
      const uri = /\/URI\s*\(([^)]*)\)/.exec(objs.get(a) ?? '')?.[1];
      if (uri !== undefined) out.set(uri, [...(out.get(uri) ?? []), i + 1]);
    }
  });
  return out;
}
