// Reads back a job summary a step wrote (the HTML JobSummary makes) as a reader sees it: the text
// of its headlines and table cells, markup removed and entities decoded; its tables' widths in
// columns, the blocks to copy and the folds.

/** One table of the summary: its header cells and its rows, each cell's text. */
export interface TableText {
  header: string[]
  rows: string[][]
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'"
}

/** `html` as text: `<br>` a line break, other tags removed, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<br>/gu, '\n')
    .replace(/<[^>]*>/gu, '')
    .replace(/&(amp|lt|gt|quot|#39);/gu, entity => ENTITIES[entity] ?? entity)
}

/** Every table of `summary`, in order. */
export function summaryTables(summary: string): TableText[] {
  return [...summary.matchAll(/<table>(.*?)<\/table>/gsu)].map(([, table = '']) => {
    const rows = [...table.matchAll(/<tr>(.*?)<\/tr>/gsu)].map(([, row = '']) =>
      [...row.matchAll(/<t[hd]>(.*?)<\/t[hd]>/gsu)].map(([, cell = '']) => htmlText(cell))
    )
    return { header: rows[0] ?? [], rows: rows.slice(1) }
  })
}

/** The headlines (`<h2>`) of `summary`, as text. */
export function headlines(summary: string): string[] {
  return [...summary.matchAll(/<h2>(.*?)<\/h2>/gsu)].map(([, text = '']) => htmlText(text))
}

/** The number of header cells of each table of a summary. */
export function tableColumns(summary: string): number[] {
  return [...summary.matchAll(/<table>(.*?)<\/table>/gs)].map(
    ([table]) => (/<tr>(.*?)<\/tr>/s.exec(table)?.[1] ?? '').match(/<th>/g)?.length ?? 0
  )
}

/** The fenced code block that follows the line `<p>label</p>` in a summary (throws when none does). */
export function codeBlockAfter(summary: string, label: string): string {
  const start = summary.indexOf(`<p>${label}</p>`)
  if (start < 0) throw new Error(`no line ${JSON.stringify(label)} in the summary:\n${summary}`)
  const block = /^(`{3,})[a-z]*\n([\s\S]*?)\n\1$/m.exec(summary.slice(start))
  if (!block) throw new Error(`no code block after ${JSON.stringify(label)}`)
  return block[2] ?? ''
}

/** The body of the fold whose label is `label` (between its `<summary>` and `</details>`). */
export function foldBody(summary: string, label: string): string {
  const start = summary.indexOf(`<details><summary>${label}</summary>`)
  if (start < 0) throw new Error(`no fold ${JSON.stringify(label)} in the summary:\n${summary}`)
  const end = summary.indexOf('</details>', start)
  return summary.slice(start, end)
}
