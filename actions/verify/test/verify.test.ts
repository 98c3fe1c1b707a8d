// The verify action through dist/, on what the two signing actions wrote (dist/cosign-keyless
// and dist/notation-sign-akv): one policy requiring both, on an image and on release files.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { appendFile, copyFile, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pushImage, resolveManifest } from '@sign/oci'
import { findSecretLeaks, makeWorkspace, sampleImage } from '@sign/testenv'
import {
  startVerifyEnvironment,
  writeNotationTrust,
  type VerifyEnvironment
} from './fixtures/environment.ts'
import {
  errorMessages,
  readReport,
  runCosignKeyless,
  runNotationSignAkv,
  runVerify
} from './fixtures/run-actions.ts'

const ISSUER = 'https://token.actions.githubusercontent.com'
const REPOSITORY = 'octo-org/octo-repo'

let env: VerifyEnvironment
let image: string
let digest: string
let signedFiles: string

before(async () => {
  env = await startVerifyEnvironment()
  const repo = { registry: env.registry.host, repository: REPOSITORY }
  await pushImage({ client: env.client, repo, reference: 'v1.2.3', ...sampleImage() })
  digest = (await resolveManifest({ client: env.client, repo, reference: 'v1.2.3' })).digest
  image = `${env.registry.host}/${REPOSITORY}@${digest}`
  signedFiles = await mkdtemp(join(tmpdir(), 'sign-verify-files-'))
  await writeFile(join(signedFiles, 'app-linux-amd64'), 'the release binary\n')
  await writeFile(join(signedFiles, 'app-darwin-arm64'), 'another release binary\n')
  const keyless = await runCosignKeyless({
    env,
    workspace: signedFiles,
    inputs: { images: image, files: 'app-linux-amd64', 'legacy-tag-format': 'true' }
  })
  assert.equal(keyless.exitCode, 0, errorMessages(keyless))
  const notation = await runNotationSignAkv({
    env,
    workspace: signedFiles,
    inputs: { images: image, files: 'app-darwin-arm64', 'signature-format': 'cose' }
  })
  assert.equal(notation.exitCode, 0, errorMessages(notation))
})
after(async () => {
  await env.stop()
  await rm(signedFiles, { recursive: true, force: true })
})

async function writePolicy(workspace: string, body: string): Promise<string> {
  const trust = await writeNotationTrust({
    env,
    dir: workspace,
    scope: `${env.registry.host}/${REPOSITORY}`
  })
  const path = join(workspace, 'policy.yml')
  await writeFile(
    path,
    `version: 1
trust:
  trusted-root: ${env.stack.trustedRootPath}
  notation:
    trust-policy: [${trust.ociPolicy}, ${trust.blobPolicy}]
    trust-store: ${trust.trustStore}
${body}`
  )
  return path
}

test('a policy requiring the workflow keyless signature AND the Key Vault notation signature passes', async t => {
  const workspace = await makeWorkspace(t, {})
  const policy = await writePolicy(
    workspace,
    `signers:
  release:
    certificate-identity: ${env.workflowIdentity}
    certificate-oidc-issuer: ${ISSUER}
    certificate-github-workflow-repository: ${REPOSITORY}
  akv:
    notation: true
require:
  - signature: release
  - signature: akv
`
  )
  const result = await runVerify({
    env,
    workspace,
    inputs: { images: image, policy, report: join(workspace, 'report.json') }
  })
  assert.equal(result.exitCode, 0, errorMessages(result))
  assert.equal(result.outputs['verified'], 'true')
  const report = readReport(result)
  const [subject] = report.subjects
  assert.equal(subject?.digest, digest)
  assert.deepEqual(
    subject?.requirements.map(r => [r.requirement, r.satisfied]),
    [
      ['signature by release', true],
      ['signature by akv', true]
    ]
  )
  const verdicts = subject?.signatures.map(s => [s.kind, s.verdict, s.signers.join(',')]).sort()
  assert.deepEqual(verdicts, [
    ['cosign-signature', 'verified', 'release'],
    ['notation', 'verified', 'akv'],
    ['sigstore-bundle', 'verified', 'release']
  ])
  const keyless = subject?.signatures.find(s => s.kind === 'sigstore-bundle')
  assert.equal(keyless?.identity, env.workflowIdentity)
  assert.equal(keyless?.issuer, ISSUER)
  assert.match(result.summary, /1 of 1 subject\(s\) passed the policy/u)
  assert.deepEqual(findSecretLeaks(result, env.registry.credentials.password), [])
})

test('an identity regexp that is a prefix of the real identity does not match (anchored)', async t => {
  const workspace = await makeWorkspace(t, {})
  const result = await runVerify({
    env,
    workspace,
    inputs: {
      images: image,
      'certificate-identity-regexp': 'https://github.com/octo-org/',
      'certificate-oidc-issuer': ISSUER,
      'trusted-root': env.stack.trustedRootPath,
      report: join(workspace, 'report.json')
    }
  })
  assert.equal(result.exitCode, 1)
  assert.equal(result.outputs['verified'], 'false')
  assert.match(
    errorMessages(result),
    /^Verification failed: 1 of 1 subject\(s\) did not pass the policy:\n- .*: signature by keyless: not met.*\n {4}sigstore-bundle [^\n]* at [^\n]*: failed — keyless: certificate identity "[^\n]*" does not match/u
  )
  const signatures = readReport(result).subjects[0]?.signatures ?? []
  const keyless = signatures.filter(s => s.kind !== 'notation')
  assert.ok(keyless.length >= 2)
  for (const signature of keyless) {
    assert.equal(signature.verdict, 'failed')
    assert.match(
      signature.reason ?? '',
      /certificate identity ".*release\.yml@refs\/tags\/v1\.2\.3" does not match/u
    )
  }
  // The notation signature is reported, but the policy has no notation signer for it.
  assert.equal(signatures.find(s => s.kind === 'notation')?.verdict, 'unverified')
})

test('release files: keyless and notation blob signatures beside them; a tampered file fails alone', async t => {
  const workspace = await makeWorkspace(t, {})
  const trust = await writeNotationTrust({ env, dir: workspace, scope: 'localhost/none' })
  const inputs = {
    files: `${signedFiles}/app-*`,
    'certificate-identity': env.workflowIdentity,
    'certificate-oidc-issuer': ISSUER,
    'trusted-root': env.stack.trustedRootPath,
    report: join(workspace, 'report.json')
  }
  const keylessOnly = await runVerify({ env, workspace, inputs })
  // app-darwin-arm64 has only a notation signature, and this policy asks for keyless.
  assert.equal(keylessOnly.exitCode, 1)
  const byFile = (result: Awaited<ReturnType<typeof runVerify>>): Record<string, boolean> =>
    Object.fromEntries(
      readReport(result).subjects.map(s => [s.subject.split('/').at(-1) ?? '', s.verified])
    )
  assert.deepEqual(byFile(keylessOnly), { 'app-darwin-arm64': false, 'app-linux-amd64': true })

  const notation = await runVerify({
    env,
    workspace,
    inputs: {
      files: `${signedFiles}/app-darwin-arm64`,
      'trust-policy': trust.blobPolicy,
      'trust-store': trust.trustStore,
      report: join(workspace, 'report.json')
    }
  })
  assert.equal(notation.exitCode, 0, errorMessages(notation))
  const [signature] = readReport(notation).subjects[0]?.signatures ?? []
  assert.equal(signature?.kind, 'notation')
  assert.equal(signature?.verdict, 'verified')

  const tamperedDir = await makeWorkspace(t, {})
  await writeFile(join(tamperedDir, 'app-linux-amd64'), 'the release binary\n')
  await appendFile(join(tamperedDir, 'app-linux-amd64'), 'and a backdoor\n')
  await copyFile(
    join(signedFiles, 'app-linux-amd64.sigstore.json'),
    join(tamperedDir, 'app-linux-amd64.sigstore.json')
  )
  const tampered = await runVerify({
    env,
    workspace,
    inputs: { ...inputs, files: `${tamperedDir}/app-linux-amd64` }
  })
  assert.equal(tampered.exitCode, 1)
  const [subject] = readReport(tampered).subjects
  assert.equal(subject?.signatures[0]?.verdict, 'failed')
  assert.match(subject?.signatures[0]?.reason ?? '', /does not match the bundle's message digest/u)
  // The annotation itself names the subject and why its signature failed.
  assert.match(
    errorMessages(tampered),
    /^Verification failed: 1 of 1 subject\(s\) did not pass the policy:\n- .*app-linux-amd64: signature by keyless: not met \(1 found, 1 failed verification\)\n {4}sigstore-bundle at .*app-linux-amd64\.sigstore\.json \(file\): failed — .*does not match the bundle's message digest/u
  )
  assert.doesNotMatch(errorMessages(tampered), /internal error|report the issue/iu)
})

test('an unsigned image fails; allow-unsigned lets it pass with a warning', async t => {
  const workspace = await makeWorkspace(t, {})
  const repo = { registry: env.registry.host, repository: 'octo-org/unsigned' }
  await pushImage({ client: env.client, repo, reference: 'latest', ...sampleImage() })
  const inputs = {
    images: `${env.registry.host}/octo-org/unsigned:latest`,
    'certificate-identity': env.workflowIdentity,
    'certificate-oidc-issuer': ISSUER,
    'trusted-root': env.stack.trustedRootPath,
    report: join(workspace, 'report.json')
  }
  const strict = await runVerify({ env, workspace, inputs })
  assert.equal(strict.exitCode, 1)
  assert.match(
    errorMessages(strict),
    /^Verification failed: 1 of 1 subject\(s\) did not pass the policy:\n- .*octo-org\/unsigned:latest: no signature or attestation was found \(looked in: the referrers API or the referrers tag index, and cosign \.sig\/\.att tags\)$/u
  )
  assert.doesNotMatch(errorMessages(strict), /beside|internal error|report the issue/iu)
  const allowed = await runVerify({
    env,
    workspace,
    inputs: { ...inputs, 'allow-unsigned': 'true' }
  })
  assert.equal(allowed.exitCode, 0, errorMessages(allowed))
  assert.equal(readReport(allowed).subjects[0]?.reason, 'unsigned (allowed by allow-unsigned)')
  // As action.yml promises: the subject passes with a warning annotation, naming it.
  const warnings = allowed.annotations.filter(annotation => annotation.level === 'warning')
  assert.ok(
    warnings.some(warning =>
      /octo-org\/unsigned:latest: no signature or attestation was found; passing because allow-unsigned is set/u.test(
        warning.message
      )
    ),
    JSON.stringify(allowed.annotations)
  )
})

test('configuration mistakes fail before anything is written, naming the input', async t => {
  const workspace = await makeWorkspace(t, {})
  const report = join(workspace, 'report.json')
  const cases: [Record<string, string>, RegExp][] = [
    [{ images: image }, /say who must have signed: input 'certificate-identity' \(or -regexp\)/u],
    [
      { images: image, policy: join(workspace, 'p.yml'), 'certificate-identity': 'x' },
      /Input 'policy' holds the whole policy, so 'certificate-identity' must not be set too/u
    ],
    [
      { images: image, 'certificate-identity': env.workflowIdentity },
      /input 'certificate-oidc-issuer' is required for a keyless signer/u
    ],
    [{ 'certificate-identity': 'x', 'certificate-oidc-issuer': ISSUER }, /Nothing to verify/u]
  ]
  for (const [inputs, message] of cases) {
    const result = await runVerify({ env, workspace, inputs: { ...inputs, report } })
    assert.equal(result.exitCode, 1)
    assert.match(errorMessages(result), message)
    assert.equal(existsSync(report), false, 'no report is written for a configuration error')
  }
})

test('a files glob matching a link to /dev/zero or a FIFO is refused, naming it, never read', async t => {
  const workspace = await makeWorkspace(t, { 'dist/app.tar.gz': 'release' })
  await symlink('/dev/zero', join(workspace, 'dist/zero'))
  execFileSync('mkfifo', [join(workspace, 'dist/pipe')])
  const report = join(workspace, 'report.json')
  const inputs = {
    'certificate-identity': env.workflowIdentity,
    'certificate-oidc-issuer': ISSUER,
    'trusted-root': env.stack.trustedRootPath,
    report
  }
  const cases: [string, RegExp][] = [
    [
      'dist/zero',
      /^Input 'files': the glob 'dist\/zero' matches ".*\/dist\/zero", a symbolic link to "\/dev\/zero", which is a character device: only regular files can be verified/u
    ],
    [
      'dist/pipe',
      /^Input 'files': the glob 'dist\/pipe' matches ".*\/dist\/pipe", which is a FIFO \(named pipe\): only regular files can be verified/u
    ]
  ]
  for (const [glob, message] of cases) {
    const started = Date.now()
    const result = await runVerify({ env, workspace, inputs: { ...inputs, files: glob } })
    assert.equal(result.exitCode, 1)
    assert.match(errorMessages(result), message)
    assert.ok(Date.now() - started < 20_000, 'refused at once, not read or waited on')
    assert.equal(existsSync(report), false, 'no report is written for a configuration error')
  }
})
