// The real-browser check of the job summaries (issue 14): every action's bundle runs once to
// success and once to failure against the test environment, and each summary is rendered as
// github.com renders it (markdown-it with GitHub's settings, github-markdown-css) in a run page at
// 1280 px with its sidebar, in headless Chromium. No table may be wider than the summary card, and
// every link must be a link. Screenshots, the pages and the widths land in .artifacts/summaries/;
// scripts/summary-screenshots.ts copies two of them to docs/images/ for the README.
import assert from 'node:assert/strict'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { before, test } from 'node:test'
import { layoutProblems, tableWidth, tablesFit } from './check-layout.ts'
import { findChromium, measurePage, screenshotPage } from './chromium.ts'
import { HARNESS_LINKS, HARNESS_PROBLEMS, HARNESS_SUMMARY } from './fixtures/harness-check.ts'
import { renderPage, type PageMeasure } from './render-page.ts'
import { ACTIONS, runSummaries, type Outcome, type SummaryRun } from './run-summaries.ts'
import { bundleDirectory } from '@sign/testenv'

const ROOT = resolve(import.meta.dirname, '../..')
const ARTIFACTS = join(ROOT, '.artifacts', 'summaries')
const OUTCOMES: Outcome[] = ['ok', 'fail']

interface ShownSummary {
  measure: PageMeasure
  png: string
  html: string
}

let chromium: string
const shown = new Map<string, ShownSummary & { run: SummaryRun }>()
const key = (action: string, outcome: Outcome) => `${action}.${outcome}`

/**
 * Writes `<name>.md` and the run page `<name>.html` into the artifacts, measures the page and
 * screenshots it whole (`<name>.png`).
 */
async function showSummary(options: {
  name: string
  job: string
  failed: boolean
  markdown: string
}): Promise<ShownSummary> {
  const html = join(ARTIFACTS, `${options.name}.html`)
  const png = join(ARTIFACTS, `${options.name}.png`)
  await writeFile(join(ARTIFACTS, `${options.name}.md`), options.markdown)
  await writeFile(html, renderPage({ workflow: 'release', ...options }))
  const measure = await measurePage({ chromium, file: html })
  const height = Math.min(Math.max(measure.height, 100), 16_000)
  await screenshotPage({ chromium, file: html, png, height })
  return { measure, png, html }
}

before(
  async () => {
    const found = findChromium()
    if (found === undefined) {
      throw new Error(
        'Chromium is not installed (no `chromium` on PATH): run scripts/bootstrap.sh, which ' +
          "installs Debian's chromium package for this test"
      )
    }
    chromium = found
    await mkdir(ARTIFACTS, { recursive: true })
    const runs = await runSummaries()
    // Two browsers at a time: one per core.
    await inBatches(runs, 2, async run => {
      const name = key(run.action, run.outcome)
      const page = await showSummary({
        name,
        job: run.action,
        failed: run.result.exitCode !== 0,
        markdown: run.result.summary
      })
      shown.set(name, { ...page, run })
    })
  },
  { timeout: 280_000 }
)

test('the check itself: it finds a table too wide, a link that is not a link, link markup as text', async t => {
  const page = await showSummary({
    name: 'harness-check',
    job: 'harness',
    failed: false,
    markdown: HARNESS_SUMMARY
  })
  t.diagnostic(relative(ROOT, page.png))
  assert.deepEqual(
    page.measure.links.map(link => link.href),
    HARNESS_LINKS
  )
  const problems = layoutProblems({ measure: page.measure, markdown: HARNESS_SUMMARY })
  assert.equal(problems.length, HARNESS_PROBLEMS.length, problems.join('\n'))
  problems.forEach((problem, index) => assert.match(problem, HARNESS_PROBLEMS[index]!))
})

for (const action of ACTIONS) {
  for (const outcome of OUTCOMES) {
    const run = outcome === 'ok' ? 'a successful run' : 'a failed run'
    test(`${action}, ${run}: the summary fits the card and its links are links`, t => {
      const summary = shown.get(key(action, outcome))
      assert.ok(summary, `no summary was rendered for ${key(action, outcome)}`)
      const { result, scenario } = summary.run
      t.diagnostic(`${scenario}: ${relative(ROOT, summary.png)}, ${relative(ROOT, summary.html)}`)
      if (outcome === 'ok') assert.equal(result.exitCode, 0, errors(summary.run))
      else assert.notEqual(result.exitCode, 0, `${scenario}: the step should have failed`)
      assert.notEqual(result.summary.trim(), '', `${scenario}: the step wrote no summary`)
      assert.deepEqual(
        layoutProblems({ measure: summary.measure, markdown: result.summary }),
        [],
        `${scenario}: the summary as GitHub shows it`
      )
    })
  }
}

test('the widest table of every summary, against the card (.artifacts/summaries/widths.json)', async t => {
  const rows = ACTIONS.flatMap(action => OUTCOMES.map(outcome => shown.get(key(action, outcome))))
    .filter(summary => summary !== undefined)
    .map(({ run, measure }) => ({
      action: run.action,
      outcome: run.outcome,
      tables: measure.tables.map(table => Math.ceil(tableWidth(table))),
      widest: Math.ceil(Math.max(0, ...measure.tables.map(tableWidth))),
      card: Math.floor(measure.cardWidth),
      bodyScrollWidth: measure.bodyScrollWidth,
      fits: tablesFit(measure),
      links: measure.links.length,
      urlsAsText: measure.plainUrls.length,
      summaryChars: run.result.summary.length
    }))
  await writeFile(
    join(ARTIFACTS, 'widths.json'),
    `${JSON.stringify({ dist: bundleDirectory(), summaries: rows }, null, 2)}\n`
  )
  t.diagnostic('action             run   tables  widest px  card px  fits  links  URLs as text')
  for (const row of rows) {
    t.diagnostic(
      [
        row.action.padEnd(18),
        row.outcome.padEnd(5),
        String(row.tables.length).padStart(6),
        String(row.widest).padStart(10),
        String(row.card).padStart(8),
        (row.fits ? 'yes' : 'NO').padStart(5),
        String(row.links).padStart(6),
        String(row.urlsAsText).padStart(13)
      ].join(' ')
    )
  }
  assert.equal(rows.length, ACTIONS.length * OUTCOMES.length, 'every summary was measured')
})

function errors(run: SummaryRun): string {
  const messages = run.result.annotations.filter(annotation => annotation.level === 'error')
  return `${run.scenario}: ${messages.map(annotation => annotation.message).join('\n') || run.result.log}`
}

/** Runs `fn` on every item, `size` at a time. */
async function inBatches<T>(
  items: T[],
  size: number,
  fn: (item: T) => Promise<void>
): Promise<void> {
  const queue = [...items]
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item)
  }
  await Promise.all(Array.from({ length: size }, worker))
}
