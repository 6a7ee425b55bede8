/**
 * The question's blocks as HTML: paragraphs, tables (a long two-column table flows into columns so
 * a 32-entry page table fits a phone screen), listings. Shared by the island and the sheet.
 */
import type { JSX } from 'preact';
import type { Block } from '../../../sim/practice/model.ts';

/** Rows beyond which a two-column table is shown as a flowing list of pairs. */
const FLOW_ROWS = 10;

/** Props of {@link QuestionBlocks}. */
export interface QuestionBlocksProps {
  blocks: readonly Block[];
}

/** Renders the blocks in order. */
export function QuestionBlocks({ blocks }: QuestionBlocksProps): JSX.Element {
  return (
    <div class="practice__question">
      {blocks.map((block, i) => {
        if (block.type === 'text') return <p key={i}>{block.text}</p>;
        if (block.type === 'code') return <pre key={i}>{block.text}</pre>;
        if (block.head.length === 2 && block.rows.length > FLOW_ROWS) {
          return (
            <figure key={i} class="practice__flow">
              <figcaption>{block.caption}</figcaption>
              <dl>
                {block.rows.map(([k, v]) => (
                  <div key={k}>
                    <dt>
                      {block.head[0]} {k}
                    </dt>
                    <dd>{v}</dd>
                  </div>
                ))}
              </dl>
            </figure>
          );
        }
        return (
          <div key={i} class="practice__table" role="region" aria-label={block.caption} tabIndex={0}>
            <table>
              <caption>{block.caption}</caption>
              <thead>
                <tr>
                  {block.head.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (
                      <td key={c}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
