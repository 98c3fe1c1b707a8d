import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { artifactInput } from '../src/commands/artifact-input.ts'
import { parseSignBundleArgs } from '../src/commands/sign-bundle.ts'
import { UsageError } from '../src/commands/usage-error.ts'
import { parseVerifyBundleArgs } from '../src/commands/verify-bundle.ts'
import { run } from './run-cli.ts'

const usage = (message: RegExp) => (error: unknown) =>
  error instanceof UsageError && message.test(error.message)

test('verify-bundle reads the identity form, every optional argument in place', () => {
  const args = [
    '--staging',
    '--bundle',
    'b.json',
    '--certificate-identity',
    'https://id',
    '--certificate-oidc-issuer',
    'https://issuer',
    '--trusted-root',
    'root.json',
    'a.txt'
  ]
  assert.deepEqual(parseVerifyBundleArgs(args), {
    staging: true,
    bundle: 'b.json',
    identity: 'https://id',
    issuer: 'https://issuer',
    trustedRoot: 'root.json',
    artifact: 'a.txt'
  })
})

test('verify-bundle reads the key form, optional arguments left out', () => {
  assert.deepEqual(parseVerifyBundleArgs(['--bundle', 'b.json', '--key', 'k.pub', 'a.txt']), {
    staging: false,
    bundle: 'b.json',
    key: 'k.pub',
    artifact: 'a.txt'
  })
})

test('verify-bundle refuses arguments out of order, naming what belongs there', () => {
  const cases: [string[], RegExp][] = [
    [
      ['--bundle', 'b', '--staging', '--key', 'k', 'a'],
      /^expected --certificate-identity ID --certificate-oidc-issuer URL or --key PATH, found '--staging'/
    ],
    [
      ['--bundle', 'b', '--certificate-oidc-issuer', 'u', '--certificate-identity', 'i', 'a'],
      /^expected --certificate-identity ID .* found '--certificate-oidc-issuer'/
    ],
    [
      ['--bundle', 'b', '--certificate-identity', 'i', 'a'],
      /^expected --certificate-oidc-issuer URL, found 'a'/
    ],
    [['--key', 'k', '--bundle', 'b', 'a'], /^expected --bundle FILE, found '--key'/],
    [
      ['--bundle', 'b', '--key', 'k', 'a', '--trusted-root', 'r'],
      /^unexpected '--trusted-root' after FILE_OR_DIGEST: FILE_OR_DIGEST comes last/
    ],
    [['--bundle', 'b', '--key', 'k'], /^missing FILE_OR_DIGEST: it comes last/],
    [['--bundle', '--key', 'k', 'a'], /^--bundle needs a value: write --bundle FILE/],
    [['--bundle', 'b', '--key', 'k', '--verbose', 'a'], /^unknown option '--verbose'/],
    [['--bundle', 'b', '--key', 'k', 'a', 'c'], /^unexpected 'c' after FILE_OR_DIGEST/]
  ]
  for (const [args, message] of cases) {
    assert.throws(() => parseVerifyBundleArgs(args), usage(message), args.join(' '))
  }
})

test('sign-bundle reads its arguments in the protocol order', () => {
  const args = [
    '--staging',
    '--in-toto',
    '--identity-token',
    'tok',
    '--bundle',
    'out.json',
    '--trusted-root',
    'root.json',
    '--signing-config',
    'config.json',
    'statement.json'
  ]
  assert.deepEqual(parseSignBundleArgs(args), {
    staging: true,
    inToto: true,
    identityToken: 'tok',
    bundle: 'out.json',
    trustedRoot: 'root.json',
    signingConfig: 'config.json',
    file: 'statement.json'
  })
  assert.deepEqual(parseSignBundleArgs(['--identity-token', 't', '--bundle', 'o', 'f']), {
    staging: false,
    inToto: false,
    identityToken: 't',
    bundle: 'o',
    file: 'f'
  })
})

test('sign-bundle refuses misplaced flags', () => {
  const cases: [string[], RegExp][] = [
    [
      ['--in-toto', '--staging', '--identity-token', 't', '--bundle', 'o', 'f'],
      /found '--staging'/
    ],
    [
      ['--bundle', 'o', '--identity-token', 't', 'f'],
      /^expected --identity-token TOKEN, found '--bundle'/
    ],
    [
      [
        '--identity-token',
        't',
        '--bundle',
        'o',
        '--signing-config',
        'c',
        '--trusted-root',
        'r',
        'f'
      ],
      /^expected --trusted-root FILE or --signing-config FILE or FILE, found '--trusted-root'/
    ],
    [['--identity-token', 't', '--bundle', 'o'], /^missing FILE: it comes last/]
  ]
  for (const [args, message] of cases) {
    assert.throws(() => parseSignBundleArgs(args), usage(message), args.join(' '))
  }
})

test('a usage error exits 2 with the reason and the usage, and never shows a token', async () => {
  const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzb21lb25lIn0.c2lnbmF0dXJlLWJ5dGVz'
  const { code, out, err } = await run(['sign-bundle', token, '--bundle', 'o', 'f'])
  assert.equal(code, 2)
  assert.equal(out, '')
  assert.match(
    err,
    /^sign sign-bundle: expected --identity-token TOKEN, found an argument that looks like a token \(not shown\)/
  )
  assert.match(err, /^usage: sign sign-bundle \[--staging\] \[--in-toto\] --identity-token TOKEN/m)
  assert.doesNotMatch(err, /eyJ/)

  const verify = await run(['verify-bundle', '--bundle', 'b', 'a'])
  assert.equal(verify.code, 2)
  assert.match(verify.err, /^sign verify-bundle: expected --certificate-identity ID/)
  assert.match(verify.err, /^ +sign verify-bundle \[--staging\] --bundle FILE --key PATH/m)
})

test('--help prints the usage, saying --staging needs a trusted root or signing config', async () => {
  const verify = await run(['verify-bundle', '--help'])
  assert.equal(verify.code, 0)
  assert.match(verify.out, /--staging +Sigstore staging: needs --trusted-root/)
  const sign = await run(['sign-bundle', '--help'])
  assert.equal(sign.code, 0)
  assert.match(sign.out, /--staging +sign with Sigstore staging: needs --signing-config/)
})

test('FILE_OR_DIGEST is a digest only as sha256: and 64 hex digits naming no file', () => {
  const hex = 'ab'.repeat(32)
  assert.deepEqual(artifactInput(`sha256:${hex}`), { digest: `sha256:${hex}` })
  assert.deepEqual(artifactInput(`sha256:${hex.toUpperCase()}`), { digest: `sha256:${hex}` })
  assert.deepEqual(artifactInput(`sha256:${hex.slice(2)}`), { path: `sha256:${hex.slice(2)}` })
  assert.deepEqual(artifactInput(`sha512:${hex}`), { path: `sha512:${hex}` })
  assert.deepEqual(artifactInput('a.txt'), { path: 'a.txt' })
})

test('a file named like a digest is read as a path', async t => {
  const dir = await mkdtemp(join(tmpdir(), 'sign-cli-'))
  const cwd = process.cwd()
  t.after(async () => {
    process.chdir(cwd)
    await rm(dir, { recursive: true })
  })
  const name = `sha256:${'cd'.repeat(32)}`
  await writeFile(join(dir, name), 'x')
  process.chdir(dir)
  assert.deepEqual(artifactInput(name), { path: name })
})
