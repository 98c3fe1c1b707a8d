// The text a summary offers to copy — shell commands, workflow steps — and the cells signing
// summaries show subjects in: what is written names exactly what was meant, whatever a name holds.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import {
  fullDigests,
  listInputLine,
  literalGlob,
  renderInline,
  shellCommand,
  shellWord,
  subjectCell,
  workflowStep,
  yamlScalar
} from '../src/index.ts'

/** What bash makes of `words` written as shellWord writes them: the arguments it passes. */
function bashArguments(words: string[]): string[] {
  const script = `printf '%s\\0' ${words.map(shellWord).join(' ')}`
  return execFileSync('bash', ['-c', script]).toString('utf8').split('\0').slice(0, -1)
}

const HOSTILE = [
  'dist/app-linux-amd64',
  'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.2.3',
  'with space',
  "it's",
  '$(touch pwned)',
  '`id`',
  'a\n::warning::pwned',
  'tab\there',
  'cr\rhere',
  'back\\slash',
  'bidi\u202eevil',
  '*.bin',
  '-leading-dash',
  ''
]

test('shellWord: every word reaches the command as it is, plain words unquoted', () => {
  assert.deepEqual(bashArguments(HOSTILE), HOSTILE)
  assert.equal(shellWord('dist/app-linux-amd64'), 'dist/app-linux-amd64')
  assert.equal(shellWord("it's"), "'it'\\''s'")
  assert.equal(shellWord('a\n::warning::pwned'), "$'a\\n::warning::pwned'")
  assert.equal(shellWord('bidi\u202eevil'), "$'bidi\\u202eevil'")
})

test('shellCommand: one word list a line, continued with a backslash', () => {
  assert.equal(
    shellCommand({
      lines: [['cosign', 'verify'], ['--certificate-identity', 'a b'], [], ['img']]
    }),
    "cosign verify \\\n  --certificate-identity 'a b' \\\n  img"
  )
})

test('yamlScalar: plain when YAML reads it back as the same string, else a JSON string', () => {
  for (const plain of [
    'https://token.actions.githubusercontent.com',
    'ghcr.io/o/app@sha256:0123',
    'trusted_root.json',
    'refs/tags/v1.2.3'
  ]) {
    assert.equal(yamlScalar(plain), plain)
  }
  for (const quoted of [
    'true',
    'no',
    '1.0',
    '~',
    '@at',
    '-',
    'a: b',
    'a #b',
    'ends:',
    '*x',
    "'q'",
    'a\nb',
    'x\u2028y',
    ''
  ]) {
    const written = yamlScalar(quoted)
    assert.ok(written.startsWith('"'), written)
    assert.equal(JSON.parse(written), quoted)
    assert.doesNotMatch(written, /[\n\u2028]/)
  }
})

test('workflowStep: the uses line, comments above, single values and list blocks', () => {
  assert.equal(
    workflowStep({
      uses: 'org/sign/actions/verify@v1',
      comments: ['first\nsecond'],
      with: [
        { name: 'images', value: ['ghcr.io/o/app@sha256:01', 'ghcr.io/o/b@sha256:02'] },
        { name: 'certificate-identity', value: 'https://x/y@refs/tags/v1' },
        { name: 'trusted-root', value: 'trusted_root.json', comment: 'yours' },
        { name: 'odd', value: 'a: b' }
      ]
    }),
    [
      '# first\\u000asecond',
      '- uses: org/sign/actions/verify@v1',
      '  with:',
      '    images: |',
      '      ghcr.io/o/app@sha256:01',
      '      ghcr.io/o/b@sha256:02',
      '    certificate-identity: https://x/y@refs/tags/v1',
      '    trusted-root: trusted_root.json  # yours',
      '    odd: "a: b"'
    ].join('\n')
  )
})

test('literalGlob: glob characters escaped; names no files line can hold are refused', () => {
  assert.equal(literalGlob('dist/app-linux-amd64'), 'dist/app-linux-amd64')
  assert.equal(literalGlob('dist/a*b?[c].zip'), 'dist/a[*]b[?][[]c].zip')
  for (const name of [
    'a\nb',
    ' lead',
    'trail ',
    '!neg',
    '#comment',
    'back\\slash',
    'x\u202ey',
    ''
  ]) {
    assert.equal(literalGlob(name), undefined, JSON.stringify(name))
  }
  assert.equal(listInputLine('ghcr.io/o/app@sha256:01'), true)
  assert.equal(listInputLine('a\tb'), false)
})

test('subjectCell and fullDigests: an image by its repository, a file by its path, quoted when odd', () => {
  const image = {
    subject: 'ghcr.io/o/app@sha256:0123',
    digest: 'sha256:0123',
    kind: 'image' as const
  }
  const file = { subject: 'dist/<b>\n', digest: 'sha256:4567', kind: 'file' as const }
  assert.equal(
    renderInline(subjectCell({ subject: image })),
    '<code title="ghcr.io/o/app@sha256:0123">ghcr.io/o/app</code>'
  )
  assert.equal(
    renderInline(subjectCell({ subject: file })),
    '<code>&quot;dist/&lt;b&gt;\\n&quot;</code>'
  )
  assert.equal(
    fullDigests({ subjects: [image, file] }).toString(),
    '<ul><li><code>ghcr.io/o/app@sha256:0123</code></li>' +
      '<li><code>sha256:4567</code> <code>&quot;dist/&lt;b&gt;\\n&quot;</code></li></ul>\n\n'
  )
})
