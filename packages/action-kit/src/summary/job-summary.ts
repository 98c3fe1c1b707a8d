import { escapeHtml } from './html.ts'

/** A table: one header row and string rows; every cell is escaped. */
export interface SummaryTable {
  header: string[]
  rows: string[][]
}

/**
 * A job summary under construction. Text given to heading, table and details labels is escaped;
 * `paragraph` and string `details` bodies are Markdown taken as is, so never pass them values
 * that came from inputs or remote servers without escaping. Blocks are separated by blank lines.
 */
export class JobSummary {
  readonly #blocks: string[] = []

  /** A heading, level 1 to 6 (default 2). */
  heading(text: string, level: 1 | 2 | 3 | 4 | 5 | 6 = 2): this {
    return this.#add(`<h${level}>${escapeHtml(text)}</h${level}>`)
  }

  /** Markdown written as is. */
  paragraph(markdown: string): this {
    return this.#add(markdown)
  }

  /** An HTML table with a header row. */
  table(table: SummaryTable): this {
    const row = (cells: string[], tag: 'th' | 'td'): string =>
      `<tr>${cells.map(cell => `<${tag}>${escapeHtml(cell)}</${tag}>`).join('')}</tr>`
    const rows = table.rows.map(cells => row(cells, 'td'))
    return this.#add(`<table>${[row(table.header, 'th'), ...rows].join('')}</table>`)
  }

  /** A collapsed section: `label` (escaped) opens `body` (Markdown as is, or a nested summary). */
  details(options: { label: string; body: string | JobSummary }): this {
    const body = String(options.body).trimEnd()
    return this.#add(
      `<details><summary>${escapeHtml(options.label)}</summary>\n\n${body}\n\n</details>`
    )
  }

  /** The Markdown of the summary: each block followed by a blank line ('' when empty). */
  toString(): string {
    return this.#blocks.map(block => `${block}\n\n`).join('')
  }

  #add(block: string): this {
    this.#blocks.push(block)
    return this
  }
}
