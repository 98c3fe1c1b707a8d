// What the browser check asserts about a rendered summary: no table wider than the summary card
// (GitHub's CSS then gives it a scrollbar and hides columns), and every link a link — an <a> to
// an http(s) address for each link the Markdown holds, and no link markup left showing as text
// (Markdown inside an HTML block is not Markdown on GitHub).
import type { PageMeasure, TableMeasure } from './render-page.ts'

/** Sub-pixel layout: a table may be this much wider than the card and still fit. */
const TOLERANCE_PX = 0.5

/** The width a table needs: its content's, or its own when that is wider. */
export function tableWidth(table: TableMeasure): number {
  return Math.max(table.width, table.scrollWidth)
}

/** Whether every table of the page fits its card. */
export function tablesFit(measure: PageMeasure): boolean {
  return measure.tables.every(table => tableWidth(table) <= measure.cardWidth + TOLERANCE_PX)
}

/** Everything wrong with the summary as laid out, one sentence each ([] when nothing is). */
export function layoutProblems(options: { measure: PageMeasure; markdown: string }): string[] {
  const { measure } = options
  const problems: string[] = []
  measure.tables.forEach((table, index) => {
    const needs = tableWidth(table)
    if (needs > measure.cardWidth + TOLERANCE_PX) {
      problems.push(
        `table ${index + 1} (${table.header.join(' | ')}) is ${Math.ceil(needs)} px wide, ` +
          `the card ${Math.floor(measure.cardWidth)} px`
      )
    }
  })
  for (const link of measure.links) {
    if (!link.anchor || !/^https?:\/\//i.test(link.href)) {
      problems.push(`"${link.text}" is not an http(s) link: href ${JSON.stringify(link.href)}`)
    }
  }
  const rendered = new Set(measure.links.filter(link => link.anchor).map(link => link.href))
  for (const href of sourceLinks(options.markdown)) {
    if (!rendered.has(href) && !rendered.has(encodeURI(href))) {
      problems.push(`the link to ${href} in the Markdown is not a link on the page`)
    }
  }
  for (const text of measure.literalLinkMarkup) {
    problems.push(`link markup shown as text: ${JSON.stringify(text.slice(0, 200))}`)
  }
  return problems
}

/** The links a summary's Markdown source holds: `<a href="…">` and `[text](url)` (not in code). */
export function sourceLinks(source: string): string[] {
  const prose = source
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '')
    .replace(/(`+)[^`][\s\S]*?\1/g, '')
    .replace(/<code\b[^>]*>[\s\S]*?<\/code>/gi, '')
  const html = [...prose.matchAll(/<a\s[^>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map(
    match => decodeEntities(match[1] ?? match[2] ?? match[3] ?? '')
  )
  const markdownLinks = [
    ...prose.matchAll(/\]\(\s*<?(https?:\/\/[^\s)>]+)>?(?:\s+"[^"]*")?\s*\)/g)
  ].map(match => match[1] ?? '')
  return [...html, ...markdownLinks]
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}
