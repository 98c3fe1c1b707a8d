// `sign verify FILE --bundle B FILE2 --bundle B2 …`: each file verified with the bundles after
// it, all in one process; with one target every --bundle is its own, wherever it stands.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { VerificationReport } from '@sign/verify'
import { pairSignatures } from '../src/commands/verify-pairs.ts'
import { run } from './run-cli.ts'

const CONFORMANCE = resolve(import.meta.dirname, '../../../test/vectors/sigstore/conformance')
const V02 = join(CONFORMANCE, 'happy-path-v0.2/bundle.sigstore.json')
const V03 = join(CONFORMANCE, 'happy-path-v0.3-new-mediaType/bundle.sigstore.json')
const POLICY = [
  '--certificate-identity',
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main',
  '--certificate-oidc-issuer',
  'https://token.actions.githubusercontent.com'
]

const positional = (value: string) => ({ kind: 'positional' as const, value })
const option = (name: string, value: string) => ({ kind: 'option' as const, name, value })

test('pairSignatures: each --bundle and --signature belongs to the target before it', () => {
  assert.deepEqual(
    pairSignatures([
      option('certificate-identity', 'x'),
      positional('a'),
      option('bundle', 'a.json'),
      option('signature', 'a.sig'),
      positional('img:1'),
      positional('b'),
      option('bundle', 'b.json')
    ]),
    [['a.json', 'a.sig'], undefined, ['b.json']]
  )
  // One target: its own, before or after it (as before pairs existed).
  assert.deepEqual(pairSignatures([option('bundle', 'a.json'), positional('a')]), [['a.json']])
  assert.deepEqual(pairSignatures([positional('a')]), [undefined])
  assert.throws(
    () => pairSignatures([option('bundle', 'x.json'), positional('a'), positional('b')]),
    /--bundle x\.json comes before any TARGET/u
  )
})

test('sign verify FILE --bundle B FILE2 --bundle B2 verifies each pair in one process', async t => {
  const dir = await mkdtemp(join(tmpdir(), 'sign-cli-pairs-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  const first = join(dir, 'first.txt')
  const second = join(dir, 'second.txt')
  const other = join(dir, 'other.txt')
  await copyFile(join(CONFORMANCE, 'a.txt'), first)
  await copyFile(join(CONFORMANCE, 'a.txt'), second)
  await writeFile(other, 'not what was signed\n')

  const ok = await run(['verify', ...POLICY, first, '--bundle', V02, second, '--bundle', V03])
  assert.equal(ok.code, 0, ok.out + ok.err)
  assert.match(ok.out, /^PASS .*first\.txt/mu)
  assert.match(ok.out, /^PASS .*second\.txt/mu)

  const json = await run([
    'verify',
    ...POLICY,
    '--output',
    'json',
    first,
    '--bundle',
    V02,
    other,
    '--bundle',
    V03
  ])
  assert.equal(json.code, 1, json.out + json.err)
  const report = JSON.parse(json.out) as VerificationReport
  assert.deepEqual(
    report.subjects.map(subject => [subject.subject, subject.verified]),
    [
      [first, true],
      [other, false]
    ]
  )
  const locations = report.subjects.map(subject => subject.signatures[0]?.location)
  assert.deepEqual(locations, [V02, V03])
  assert.match(json.err, /other\.txt/u)
})

test('sign verify: a --bundle must follow a file target when there are several', async () => {
  const before = await run(['verify', ...POLICY, '--bundle', V02, 'a.txt', 'b.txt'])
  assert.equal(before.code, 2)
  assert.match(before.err, /comes before any TARGET/u)
  const image = await run([
    'verify',
    ...POLICY,
    join(CONFORMANCE, 'a.txt'),
    'registry.example/app:1',
    '--bundle',
    V02
  ])
  assert.equal(image.code, 2)
  assert.match(image.err, /registry\.example\/app:1 is not a file/u)
})

test('sign verify --help documents the FILE --bundle pairs', async () => {
  const help = await run(['verify', '--help'])
  assert.equal(help.code, 0)
  assert.match(help.out, /FILE --bundle B \[FILE2 --bundle B2 \.\.\.\]/u)
})
