import { test } from 'node:test'
import assert from 'node:assert/strict'
import { JobSummary } from '../src/index.ts'
import { runFixture } from './helpers.ts'

test('JobSummary escapes text, keeps Markdown as is and separates blocks with blank lines', () => {
  const summary = new JobSummary()
    .heading('<script>&', 1)
    .table({
      header: ["it's", '"q"'],
      rows: [
        ['a\r\nb', ''],
        ['x', 'y']
      ]
    })
    .details({ label: 'more', body: '**bold**\n\n' })
    .paragraph('| raw | markdown |')
  assert.equal(
    summary.toString(),
    '<h1>&lt;script&gt;&amp;</h1>\n\n' +
      '<table><tr><th>it&#39;s</th><th>&quot;q&quot;</th></tr>' +
      '<tr><td>a<br>b</td><td></td></tr><tr><td>x</td><td>y</td></tr></table>\n\n' +
      '<details><summary>more</summary>\n\n**bold**\n\n</details>\n\n' +
      '| raw | markdown |\n\n'
  )
  assert.equal(new JobSummary().toString(), '')
})

test('writeSummary appends the summary to $GITHUB_STEP_SUMMARY', async () => {
  const result = await runFixture('summary')
  assert.equal(result.exitCode, 0, result.log)
  assert.deepEqual(result.outputs, { written: 'true' })
  assert.equal(
    result.summary,
    '<h3>Signed &lt;2&gt; artifacts</h3>\n\n' +
      '<table><tr><th>artifact</th><th>digest</th></tr>' +
      '<tr><td>a &amp; b</td><td>sha256:1<br>sha256:2</td></tr></table>\n\n' +
      '<details><summary>Certificate &quot;chain&quot;</summary>\n\nNested *markdown*.\n\n' +
      '</details>\n\n' +
      'Done.\n\n'
  )
})

test('writeSummary without a job summary file warns and returns false instead of failing', async () => {
  const result = await runFixture('summary', { env: { GITHUB_STEP_SUMMARY: '' } })
  assert.equal(result.exitCode, 0, result.log)
  assert.deepEqual(result.outputs, { written: 'false' })
  assert.equal(result.summary, '')
  assert.deepEqual(result.annotations, [
    {
      level: 'warning',
      message:
        'No job summary was written: this runner does not set GITHUB_STEP_SUMMARY. ' +
        'Set show-summary: false to skip it.',
      properties: {}
    }
  ])
})
