// The npm package of the sign CLI as someone installs it: assembled (scripts/build-npm.mjs) from the
// CLI bundle in dist/ (or SIGN_DIST_DIR) and the library, packed with `npm pack`, installed from
// the tarball into an empty folder outside the repository with the registry out of reach, and
// used there: `sign verify` through npx, the library from an ES module, its declarations by tsc.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, relative, resolve } from 'node:path'
import { VERSION } from '@sign/cli'

const root = resolve(import.meta.dirname, '..')
const dist = process.env['SIGN_DIST_DIR'] ?? join(root, 'dist')
const REAL = join(root, 'test/vectors/sigstore/real')
const IDENTITY =
  'https://github.com/trailofbits/rfc8785.py/.github/workflows/release.yml@refs/tags/v0.1.2'
const ISSUER = 'https://token.actions.githubusercontent.com'

/** Child processes: the project's Node first on PATH (npm and npx run with it), no NODE_PATH. */
function environment(work: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}`,
    npm_config_cache: join(work, 'npm-cache'),
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error'
  }
  delete env['NODE_PATH']
  delete env['NODE_OPTIONS']
  return env
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 240_000 })
  if (result.error) throw result.error
  return { code: result.status, out: result.stdout, err: result.stderr }
}

interface PackResult {
  filename: string
  name: string
  version: string
  files: { path: string }[]
}

test('the npm package installs from its tarball alone and verifies there', async t => {
  const work = realpathSync(mkdtempSync(join(tmpdir(), 'sign-npm-')))
  t.after(() => rmSync(work, { recursive: true, force: true }))
  const env = environment(work)

  const packageDir = join(work, 'package')
  execFileSync(
    process.execPath,
    ['scripts/build-npm.mjs', '--outdir', packageDir, '--dist', dist],
    { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] }
  )
  const pack = run('npm', ['pack', '--json', '--pack-destination', work], packageDir, env)
  assert.equal(pack.code, 0, pack.err)
  const [packed] = JSON.parse(pack.out) as PackResult[]
  assert.ok(packed)
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string
    bin: Record<string, string>
  }

  const consumer = join(work, 'consumer')
  mkdirSync(consumer)
  writeFileSync(
    join(consumer, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true, type: 'module' })}\n`
  )
  // Nothing of the repository resolves from here: only what the tarball brings.
  assert.ok(relative(root, consumer).startsWith('..'), `${consumer} is outside the repository`)
  assert.throws(() => createRequire(join(consumer, 'index.js')).resolve('@sign/verify'))
  const install = run(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', join(work, packed.filename)],
    consumer,
    env
  )
  assert.equal(install.code, 0, install.out + install.err)
  for (const file of ['bundle_v3_github.whl', 'bundle_v3_github.whl.sigstore']) {
    cpSync(join(REAL, file), join(consumer, file))
  }

  await t.test('its version and bin are the product version and `sign`', () => {
    const version = run('npx', ['--offline', 'sign', 'version'], consumer, env)
    assert.deepEqual(
      { version: manifest.version, bin: manifest.bin, printed: version.out.trim() },
      { version: VERSION, bin: { sign: 'bin/sign.js' }, printed: `sign ${VERSION}` }
    )
  })

  await t.test('the tarball holds the README, the licence, the CLI, the library and types', () => {
    const files = packed.files.map(file => file.path)
    for (const file of [
      'README.md',
      'LICENSE',
      'package.json',
      'bin/sign.js',
      'cli/index.js',
      'cli/licenses.txt',
      'lib/index.js',
      'lib/licenses.txt',
      'types/index.d.ts'
    ]) {
      assert.ok(files.includes(file), `${file} is in ${packed.filename}`)
    }
  })

  await t.test('npx sign verify passes a GitHub-signed file and refuses a wrong claim', () => {
    const args = [
      '--offline',
      'sign',
      'verify',
      '--certificate-identity',
      IDENTITY,
      '--certificate-oidc-issuer',
      ISSUER,
      '--bundle',
      'bundle_v3_github.whl.sigstore'
    ]
    const ok = run('npx', [...args, 'bundle_v3_github.whl'], consumer, env)
    assert.equal(ok.code, 0, ok.out + ok.err)
    assert.match(ok.out, /^PASS bundle_v3_github\.whl \(sha256:[0-9a-f]{64}\)$/mu)
    assert.match(
      ok.out,
      /verified +sigstore-bundle by https:\/\/github\.com\/trailofbits\/rfc8785\.py\//u
    )

    const fork = run(
      'npx',
      [
        ...args,
        '--certificate-github-workflow-repository',
        'trailofbits/rfc8785',
        'bundle_v3_github.whl'
      ],
      consumer,
      env
    )
    assert.equal(fork.code, 1, fork.out + fork.err)
    assert.match(fork.out, /FAIL bundle_v3_github\.whl/u)
    assert.match(fork.out, /repository .*"trailofbits\/rfc8785"/u)
  })

  await t.test('the library verifies the same file from an ES module and from require', () => {
    writeFileSync(
      join(consumer, 'verify.mjs'),
      `import { loadTrust, policyFromText, verifyFile } from '@org/sign'

const text = \`version: 1
signers:
  release:
    certificate-identity: ${IDENTITY}
    certificate-oidc-issuer: ${ISSUER}
require:
  - signature: release
\`
const policy = await policyFromText({ text, source: 'inline policy', baseDir: process.cwd() })
const trust = await loadTrust({ policy, tufCachePath: 'tuf-cache' })
const report = await verifyFile({
  path: 'bundle_v3_github.whl',
  signatures: ['bundle_v3_github.whl.sigstore'],
  policy,
  trust
})
console.log(JSON.stringify(report))
`
    )
    const result = run(process.execPath, ['verify.mjs'], consumer, env)
    assert.equal(result.code, 0, result.err)
    const report = JSON.parse(result.out) as {
      verified: boolean
      signatures: { verdict: string; identity?: string }[]
    }
    assert.equal(report.verified, true)
    assert.deepEqual(
      report.signatures.map(signature => [signature.verdict, signature.identity]),
      [['verified', IDENTITY]]
    )

    const required = run(
      process.execPath,
      ['-e', "const sign = require('@org/sign'); console.log(typeof sign.verifyBundle)"],
      consumer,
      env
    )
    assert.equal(required.out.trim(), 'function', required.err)
  })

  await t.test('a TypeScript consumer type-checks against the declarations', () => {
    // What a TypeScript project on Node has beside the package: @types/node (and its undici-types).
    const typesNode = realpathSync(join(root, 'node_modules/@types/node'))
    cpSync(typesNode, join(consumer, 'node_modules/@types/node'), { recursive: true })
    cpSync(
      realpathSync(join(typesNode, '../../undici-types')),
      join(consumer, 'node_modules/undici-types'),
      { recursive: true }
    )
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      `${JSON.stringify({
        compilerOptions: {
          target: 'es2023',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['node']
        },
        files: ['consumer.ts']
      })}\n`
    )
    writeFileSync(
      join(consumer, 'consumer.ts'),
      `import {
  PRODUCT_VERSION,
  generateSbom,
  loadTrust,
  policyFromFlags,
  policyFromText,
  readProvenance,
  verifyBundle,
  verifyFile,
  type SubjectReport,
  type VerificationPolicy
} from '@org/sign'

export async function check(path: string): Promise<boolean> {
  const text = 'version: 1'
  const policy: VerificationPolicy = await policyFromText({ text, source: 'p', baseDir: '.' })
  const trust = await loadTrust({ policy, tufCachePath: 'tuf-cache' })
  const report: SubjectReport = await verifyFile({ path, policy, trust })
  // @ts-expect-error verifyFile needs the trust material
  await verifyFile({ path, policy })
  return report.verified
}

export const api = [PRODUCT_VERSION, generateSbom, policyFromFlags, readProvenance, verifyBundle]
`
    )
    const tsc = run(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
      consumer,
      env
    )
    assert.equal(tsc.code, 0, tsc.out + tsc.err)
  })
})
