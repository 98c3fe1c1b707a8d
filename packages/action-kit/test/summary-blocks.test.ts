// The summary building blocks: cells hold escaped text, code spans and http(s) links only; short
// digests keep the full value as a title; code blocks cannot be closed from inside.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  JobSummary,
  counted,
  imageName,
  joinInline,
  readableTime,
  renderInline,
  shortDigest
} from '../src/index.ts'

const DIGEST = 'sha256:285e8fb625719f1cdeca6b33799d5a918d09bd6b3d01f78201b4324d0f3c0575'

test('renderInline escapes text everywhere, makes code spans, and links only http(s) URLs', () => {
  assert.equal(
    renderInline([
      'a <b> & "c"',
      { code: '<x>', title: '"t"' },
      { link: 'https://search.sigstore.dev/?logIndex=1&x=<y>', text: 'Rekor #1' },
      { link: 'javascript:alert(1)', text: 'not a link' },
      { strong: '**s**' },
      { br: true }
    ]),
    'a &lt;b&gt; &amp; &quot;c&quot;' +
      '<code title="&quot;t&quot;">&lt;x&gt;</code>' +
      '<a href="https://search.sigstore.dev/?logIndex=1&amp;x=&lt;y&gt;">Rekor #1</a>' +
      'not a link' +
      '<strong>**s**</strong><br>'
  )
  assert.equal(renderInline(joinInline(['a', 'b', 'c'])), 'a · b · c')
})

test('shortDigest keeps the algorithm, 8 + 8 hex digits and the whole digest as title', () => {
  assert.deepEqual(shortDigest(DIGEST), { code: 'sha256:285e8fb6…0f3c0575', title: DIGEST })
  assert.deepEqual(shortDigest('sha256:abc'), { code: 'sha256:abc' })
  assert.equal(
    renderInline(imageName({ reference: `127.0.0.1:5000/octo-org/app@${DIGEST}` })),
    `<code title="127.0.0.1:5000/octo-org/app@${DIGEST}">127.0.0.1:5000/octo-org/app@</code>` +
      `<code title="${DIGEST}">sha256:285e8fb6…0f3c0575</code>`
  )
  assert.deepEqual(imageName({ reference: `ghcr.io/org/app:v1@${DIGEST}` }), {
    code: 'ghcr.io/org/app:v1',
    title: `ghcr.io/org/app:v1@${DIGEST}`
  })
  assert.equal(readableTime(Date.UTC(2026, 11, 7, 18, 50, 12)), '2026-12-07 18:50:12 UTC')
  assert.equal(readableTime('not a time'), 'not a time')
  assert.equal(counted(1, 'subject'), '1 subject')
  assert.equal(counted(3, 'subject'), '3 subjects')
})

test('JobSummary: headline, line, list, table of Inline cells, code block and open details', () => {
  const summary = new JobSummary()
    .headline({ verdict: 'passed', text: ['Signed ', { code: 'app' }] })
    .line(['by ', { code: 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1' }])
    .list(['one', { code: 'two' }])
    .table({ header: ['Subject', 'Digest'], rows: [[{ code: 'app' }, shortDigest(DIGEST)]] })
    .details({
      label: 'How to verify',
      open: true,
      body: new JobSummary().code({ text: 'a ``` b\nc', language: 'sh; rm' })
    })
  assert.equal(
    summary.toString(),
    '<h2>✅ Signed <code>app</code></h2>\n\n' +
      '<p>by <code>https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1</code></p>\n\n' +
      '<ul><li>one</li><li><code>two</code></li></ul>\n\n' +
      '<table><tr><th>Subject</th><th>Digest</th></tr>' +
      `<tr><td><code>app</code></td><td><code title="${DIGEST}">sha256:285e8fb6…0f3c0575</code></td></tr></table>\n\n` +
      '<details open><summary>How to verify</summary>\n\n' +
      // The fence is longer than any backtick run inside, so the text cannot close it.
      '````shrm\na ``` b\nc\n````\n\n</details>\n\n'
  )
})
