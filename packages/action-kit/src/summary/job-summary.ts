import { escapeHtml } from './html.ts'
import { renderInline, type Inline } from './inline.ts'

/** A table: a header row and rows of cells; a cell holds text, code spans and links only. */
export interface SummaryTable {
  header: string[]
  rows: Inline[][]
}

/** How a run went, as its headline shows it. */
export type Verdict = 'passed' | 'failed' | 'warning'

const MARKS: Record<Verdict, string> = { passed: '✅', failed: '❌', warning: '⚠️' }

/**
 * A job summary under construction: one look for every action — a headline with the verdict,
 * lines and tables whose cells are Inline (escaped text, code spans, links), collapsed details,
 * code blocks for commands to copy. `paragraph` and string `details` bodies are Markdown taken
 * as is, so never pass them values that came from inputs or remote servers without escaping.
 * Blocks are separated by blank lines.
 */
export class JobSummary {
  readonly #blocks: string[] = []

  /** A heading, level 1 to 6 (default 2). */
  heading(text: string, level: 1 | 2 | 3 | 4 | 5 | 6 = 2): this {
    return this.#add(`<h${level}>${escapeHtml(text)}</h${level}>`)
  }

  /** The headline: the verdict's mark and what happened (`✅ Sigstore keyless signatures: …`). */
  headline(options: { verdict: Verdict; text: Inline }): this {
    return this.#add(`<h2>${MARKS[options.verdict]} ${renderInline(options.text)}</h2>`)
  }

  /** A line of text, code spans and links. */
  line(inline: Inline): this {
    return this.#add(`<p>${renderInline(inline)}</p>`)
  }

  /** A bulleted list, an item per Inline. */
  list(items: readonly Inline[]): this {
    return this.#add(`<ul>${items.map(item => `<li>${renderInline(item)}</li>`).join('')}</ul>`)
  }

  /** Markdown written as is. */
  paragraph(markdown: string): this {
    return this.#add(markdown)
  }

  /** An HTML table with a header row. */
  table(table: SummaryTable): this {
    const head = `<tr>${table.header.map(cell => `<th>${escapeHtml(cell)}</th>`).join('')}</tr>`
    const rows = table.rows.map(
      cells => `<tr>${cells.map(cell => `<td>${renderInline(cell)}</td>`).join('')}</tr>`
    )
    return this.#add(`<table>${[head, ...rows].join('')}</table>`)
  }

  /**
   * A block of text to copy (a command, a workflow step), shown as it is: a fenced code block,
   * its fence longer than any run of backticks in `text`, so nothing in it can close it.
   */
  code(options: { text: string; language?: string }): this {
    const longest = Math.max(2, ...(options.text.match(/`+/g) ?? []).map(run => run.length))
    const fence = '`'.repeat(longest + 1)
    const language = (options.language ?? '').replace(/[^a-z0-9-]/gi, '')
    return this.#add(`${fence}${language}\n${options.text.replace(/\n+$/, '')}\n${fence}`)
  }

  /** A collapsed section: `label` opens `body` (Markdown as is, or a nested summary). */
  details(options: { label: Inline; body: string | JobSummary; open?: boolean }): this {
    const body = String(options.body).trimEnd()
    const open = options.open === true ? ' open' : ''
    return this.#add(
      `<details${open}><summary>${renderInline(options.label)}</summary>\n\n${body}\n\n</details>`
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
