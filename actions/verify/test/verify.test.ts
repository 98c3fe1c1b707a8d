// The verify action through dist/, on what the two signing actions wrote (dist/cosign-keyless
// and dist/notation-sign-akv): one policy requiring both, on an image and on release files. The
// image cases run on distribution (token auth, no referrers API: the referrers tag schema) and
// on olareg (the referrers API), where the summary says each referrer was found.
import { after, before, test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { appendFile, copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pushImage, resolveManifest } from '@sign/oci'
import {
  findSecretLeaks,
  headlines,
  htmlText,
  logShape,
  makeWorkspace,
  sampleImage,
  selfSignedCodeSigningChain,
  summaryTables
} from '@sign/testenv'
import {
  startVerifyEnvironment,
  writeNotationTrust,
  type VerifyEnvironment
} from './fixtures/environment.ts'
import {
  actionRegistryKinds,
  type ActionRegistry,
  type ActionRegistryKind
} from '../../cosign-keyless/test/fixtures/registries.ts'
import {
  errorMessages,
  readReport,
  runCosignKeyless,
  runNotationSignAkv,
  runVerify
} from './fixtures/run-actions.ts'

const ISSUER = 'https://token.actions.githubusercontent.com'
const REPOSITORY = 'octo-org/octo-repo'

/** `text` matched literally inside a RegExp. */
const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')

/** The error annotations' messages, one each. */
function errors(result: Awaited<ReturnType<typeof runVerify>>): string[] {
  return result.annotations.filter(a => a.level === 'error').map(a => a.message)
}

/** How the summary's "Signed by" cell shows the workflow identity: repository, then file@ref. */
function signedByCell(identity: string): string {
  const [, repository = '', file = ''] =
    /^https:\/\/github\.com\/([^/]+\/[^/]+)\/\.github\/workflows\/(.+)$/u.exec(identity) ?? []
  return `${repository}/\n${file}`
}

/** Every log group shows at least one line, and the log ends with lines outside any group. */
function assertLogShape(
  result: Awaited<ReturnType<typeof runVerify>>
): ReturnType<typeof logShape> {
  const shape = logShape(result.log)
  for (const group of shape.groups) {
    assert.ok(group.lines.length > 0, `the group ${group.name} shows nothing:\n${result.log}`)
  }
  return shape
}

const KINDS = actionRegistryKinds({ auth: 'token' })

/** An image both signing actions signed, on one of the registries. */
interface SignedImage {
  kind: ActionRegistryKind
  registry: ActionRegistry
  /** `<host>/octo-org/octo-repo@sha256:…` */
  image: string
  digest: string
}

let env: VerifyEnvironment
const signedImages = new Map<string, SignedImage>()
let signedFiles: string

/** The signed image on the registry of `kind`. */
function signedOn(kind: ActionRegistryKind | undefined): SignedImage {
  const signed = kind && signedImages.get(kind.name)
  if (!signed) throw new Error(`no image was signed on ${kind?.name ?? 'no registry'}`)
  return signed
}

before(async () => {
  env = await startVerifyEnvironment({ referrersRegistry: true })
  signedFiles = await mkdtemp(join(tmpdir(), 'sign-verify-files-'))
  await writeFile(join(signedFiles, 'app-linux-amd64'), 'the release binary\n')
  await writeFile(join(signedFiles, 'app-darwin-arm64'), 'another release binary\n')
  for (const kind of KINDS) {
    const { registry, client } = env.on(kind)
    const repo = { registry: registry.host, repository: REPOSITORY }
    await pushImage({ client, repo, reference: 'v1.2.3', ...sampleImage() })
    const { digest } = await resolveManifest({ client, repo, reference: 'v1.2.3' })
    const image = `${registry.host}/${REPOSITORY}@${digest}`
    signedImages.set(kind.name, { kind, registry, image, digest })
    // The release files are signed once, with the first registry's image.
    const withFiles = kind === KINDS[0]
    const keyless = await runCosignKeyless({
      env,
      registry,
      workspace: signedFiles,
      inputs: {
        images: image,
        ...(withFiles && { files: 'app-linux-amd64' }),
        'legacy-tag-format': 'true'
      }
    })
    assert.equal(keyless.exitCode, 0, errorMessages(keyless))
    const notation = await runNotationSignAkv({
      env,
      registry,
      workspace: signedFiles,
      inputs: {
        images: image,
        ...(withFiles && { files: 'app-darwin-arm64' }),
        'signature-format': 'cose'
      }
    })
    assert.equal(notation.exitCode, 0, errorMessages(notation))
  }
})
after(async () => {
  await env.stop()
  await rm(signedFiles, { recursive: true, force: true })
})

/** `title` on every registry, with the image signed there. */
function imageTest(
  title: string,
  body: (t: TestContext, signed: SignedImage) => Promise<void>
): void {
  for (const kind of KINDS) test(`${title}, on ${kind.name}`, t => body(t, signedOn(kind)))
}

async function writePolicy(options: {
  workspace: string
  body: string
  registry: ActionRegistry
}): Promise<string> {
  const { workspace, body } = options
  const trust = await writeNotationTrust({
    env,
    dir: workspace,
    scope: `${options.registry.host}/${REPOSITORY}`
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

imageTest(
  'a policy requiring the workflow keyless signature AND the Key Vault notation signature passes',
  async (t, { kind, registry, image, digest }) => {
    const workspace = await makeWorkspace(t, {})
    const policy = await writePolicy({
      workspace,
      registry,
      body: `signers:
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
    })
    const result = await runVerify({
      env,
      registry,
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

    // The summary: the verdict, the policy and where the report is, each requirement of the subject,
    // and each signature with where it was found, who signed it and its verdict.
    const reportPath = join(workspace, 'report.json')
    assert.deepEqual(headlines(result.summary), [
      '✅ Verification: 1 of 1 subject passed the policy'
    ])
    const text = htmlText(result.summary)
    assert.ok(
      text.includes(
        'Policy: the file policy.yml — requires signature by release and signature by akv.'
      ),
      text
    )
    assert.ok(text.includes(`Report: ${reportPath} (the step’s report output).`), text)
    const [subjects, signatures] = summaryTables(result.summary)
    assert.deepEqual(subjects, {
      header: ['', 'Subject', 'Digest', 'Requirements'],
      rows: [
        [
          '✅',
          `${registry.host}/${REPOSITORY}@sha256:${digest.slice(7, 15)}…${digest.slice(-8)}`,
          `sha256:${digest.slice(7, 15)}…${digest.slice(-8)}`,
          '✅ signature by release\n✅ signature by akv'
        ]
      ]
    })
    assert.deepEqual(signatures?.header, [
      'Subject',
      'Signature',
      'Found at',
      'Signed by',
      'Verdict'
    ])
    const rows = (signatures?.rows ?? []).map(([, kind, , signer, verdict]) => [
      kind,
      signer,
      verdict
    ])
    const notationSigner = subject?.signatures.find(s => s.kind === 'notation')?.identity ?? ''
    assert.deepEqual(rows.sort(), [
      ['Notary Project signature', notationSigner.replace(/,(?=[A-Za-z.0-9]+=)/gu, ', '), '✅ akv'],
      ['Sigstore bundle', signedByCell(env.workflowIdentity), '✅ release'],
      ['cosign signature', signedByCell(env.workflowIdentity), '✅ release']
    ])
    assert.match(notationSigner, /CN=/u)
    // Where each was found: a referrer from olareg's API, or from the tag schema's index tag on
    // distribution; cosign's legacy signature at its .sig tag on both.
    const referrerVia = kind.referrersApi ? 'referrer' : 'referrers tag'
    assert.deepEqual(
      (signatures?.rows ?? []).map(([, found, at]) => [found, at?.split(' sha256:')[0]]).sort(),
      [
        ['Notary Project signature', referrerVia],
        ['Sigstore bundle', referrerVia],
        ['cosign signature', '.sig tag layer']
      ]
    )
    // The log: the policy and the verification in groups, each showing something; the result after.
    const shape = assertLogShape(result)
    assert.deepEqual(
      shape.groups.map(group => group.name),
      ['Policy: the file policy.yml', 'Verify 1 subject']
    )
    assert.deepEqual(shape.after, [
      `Verified: 1 of 1 subject passed the policy file policy.yml. Report: ${reportPath}`
    ])
    assert.deepEqual(findSecretLeaks(result, env.registry.credentials.password), [])
  }
)

imageTest(
  'an identity of another tag fails in plain words, and the failed signatures still name their signer',
  async (t, { registry, image }) => {
    const workspace = await makeWorkspace(t, {})
    const report = join(workspace, 'report.json')
    const expected = env.workflowIdentity.replace('v1.2.3', 'v1.2.4')
    const result = await runVerify({
      env,
      registry,
      workspace,
      inputs: {
        images: image,
        'certificate-identity': expected,
        'certificate-oidc-issuer': ISSUER,
        'trusted-root': env.stack.trustedRootPath,
        report
      }
    })
    assert.equal(result.exitCode, 1)
    // What the user wrote and what the certificate holds, not the escaped regexp built from it.
    const reason = `keyless: certificate identity "${env.workflowIdentity}" does not match the expected "${expected}"`
    const signatures = readReport(result).subjects[0]?.signatures ?? []
    const keyless = signatures.filter(s => s.kind !== 'notation')
    assert.equal(keyless.length, 2)
    for (const signature of keyless) {
      assert.equal(signature.verdict, 'failed')
      assert.equal(signature.reason, reason)
      assert.equal(signature.identity, env.workflowIdentity, 'who signed it, though it failed')
      assert.equal(signature.issuer, ISSUER)
    }

    // The summary: its own page (no second failure summary), the requirement not met, the reason.
    assert.deepEqual(headlines(result.summary), [
      '❌ Verification: 0 of 1 subject passed the policy'
    ])
    const [subjects, found] = summaryTables(result.summary)
    assert.equal(subjects?.rows[0]?.[3], '❌ signature by keyless')
    const text = htmlText(result.summary)
    assert.ok(text.includes('Why it failed'), text)
    assert.ok(text.includes(reason), text)
    assert.ok(!result.summary.includes('\\'), 'no escaped regexp anywhere in the summary')
    assert.deepEqual(
      (found?.rows ?? []).map(([, kind, , signer, verdict]) => [kind, signer, verdict]).sort(),
      [
        ['Notary Project signature', '—', '➖ not checked'],
        ['Sigstore bundle', signedByCell(env.workflowIdentity), '❌ failed'],
        ['cosign signature', signedByCell(env.workflowIdentity), '❌ failed']
      ]
    )
    assert.ok(text.includes("Policy: the step's inputs — requires signature by keyless."), text)

    // One annotation for the subject with its reason, then the step's one failure naming it.
    const [subjectError, stepError, ...more] = errors(result)
    assert.deepEqual(more, [])
    assert.match(
      subjectError ?? '',
      new RegExp(
        `^${literal(image)} did not pass the policy: signature by keyless: not met \\(3 found, 2 failed verification\\)\\n`,
        'u'
      )
    )
    assert.ok(subjectError?.includes(reason), subjectError)
    assert.equal(
      stepError,
      `Verification failed: 1 of 1 subject did not pass the policy of the step's inputs: ${image}. ` +
        `Each one's reason is in its own annotation. The job summary and the report ${report} show every signature found.`
    )
    const shape = assertLogShape(result)
    assert.deepEqual(
      shape.after.filter(line => !line.startsWith('::')),
      [`NOT verified: 0 of 1 subject passed the policy of the step's inputs. Report: ${report}`]
    )
    assert.equal(shape.after.filter(line => line.startsWith('::error::')).length, 2)
  }
)

imageTest(
  'an identity regexp that is a prefix of the real identity does not match (anchored)',
  async (t, { registry, image }) => {
    const workspace = await makeWorkspace(t, {})
    const result = await runVerify({
      env,
      registry,
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
    // The subject's annotation shows the regexp as the input gave it, and that it must match whole.
    const [subjectError, stepError] = errors(result)
    assert.match(
      subjectError ?? '',
      /^.* did not pass the policy: signature by keyless: not met.*\n {2}sigstore-bundle [^\n]* at [^\n]*: failed — keyless: certificate identity "[^\n]*" does not match the regexp "https:\/\/github\.com\/octo-org\/" \(which must match the whole identity\)/u
    )
    assert.match(stepError ?? '', /^Verification failed: 1 of 1 subject did not pass /u)
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
  }
)

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
  // The subject's annotation names it and why its signature failed.
  assert.match(
    errorMessages(tampered),
    /^.*app-linux-amd64 did not pass the policy: signature by keyless: not met \(1 found, 1 failed verification\)\n {2}sigstore-bundle at .*app-linux-amd64\.sigstore\.json \(file\): failed — .*does not match the bundle's message digest/u
  )
  assert.doesNotMatch(errorMessages(tampered), /internal error|report the issue/iu)
})

imageTest(
  'an unsigned image fails; allow-unsigned lets it pass with a warning',
  async (t, { kind, registry }) => {
    const workspace = await makeWorkspace(t, {})
    const repo = { registry: registry.host, repository: 'octo-org/unsigned' }
    await pushImage({ client: env.on(kind).client, repo, reference: 'latest', ...sampleImage() })
    const inputs = {
      images: `${registry.host}/octo-org/unsigned:latest`,
      'certificate-identity': env.workflowIdentity,
      'certificate-oidc-issuer': ISSUER,
      'trusted-root': env.stack.trustedRootPath,
      report: join(workspace, 'report.json')
    }
    const strict = await runVerify({ env, registry, workspace, inputs })
    assert.equal(strict.exitCode, 1)
    assert.match(
      errors(strict)[0] ?? '',
      /^.*octo-org\/unsigned:latest did not pass the policy: no signature or attestation was found \(looked in: the referrers API or the referrers tag index, and cosign \.sig\/\.att tags\)\. Sign it first \(the cosign-keyless or notation-sign-akv action\), or set allow-unsigned: true if it may pass unsigned\.$/u
    )
    assert.doesNotMatch(errorMessages(strict), /beside|internal error|report the issue/iu)
    const allowed = await runVerify({
      env,
      registry,
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
    // The summary shows the pass as a warning, and every warning outside the folds.
    assert.deepEqual(headlines(allowed.summary), [
      '⚠️ Verification: 1 of 1 subject passed the policy'
    ])
    assert.equal(summaryTables(allowed.summary)[0]?.rows[0]?.[0], '⚠️')
    const text = htmlText(allowed.summary)
    assert.ok(text.includes('subjects with nothing found pass (allow-unsigned)'), text)
    const [visible = ''] = allowed.summary.split('<details')
    assert.match(htmlText(visible), /⚠️ 2 warnings/u)
    assert.match(
      htmlText(visible),
      /octo-org\/unsigned:latest: no signature or attestation was found; passing because allow-unsigned is set/u
    )
    assert.match(
      htmlText(visible),
      /octo-org\/unsigned:latest: tag latest resolved to sha256:[0-9a-f]{64}/u
    )
  }
)

test('an audit-level notation check that fails passes with a warning the summary shows', async t => {
  const workspace = await makeWorkspace(t, {})
  // A trust store holding another root: authenticity fails, and level audit only logs it.
  const [stranger] = await selfSignedCodeSigningChain()
  await mkdir(join(workspace, 'truststore/x509/ca/release'), { recursive: true })
  await writeFile(join(workspace, 'truststore/x509/ca/release/other.crt'), stranger?.pem ?? '')
  const blobPolicy = join(workspace, 'trustpolicy.blob.json')
  await writeFile(
    blobPolicy,
    JSON.stringify({
      version: '1.0',
      trustPolicies: [
        {
          name: 'release-files',
          signatureVerification: { level: 'audit' },
          trustStores: ['ca:release'],
          trustedIdentities: ['*'],
          globalPolicy: true
        }
      ]
    })
  )
  const result = await runVerify({
    env,
    workspace,
    inputs: {
      files: join(signedFiles, 'app-darwin-arm64'),
      'trust-policy': blobPolicy,
      'trust-store': join(workspace, 'truststore'),
      report: join(workspace, 'report.json')
    }
  })
  assert.equal(result.exitCode, 0, errorMessages(result))
  const [signature] = readReport(result).subjects[0]?.signatures ?? []
  const [warning = ''] = signature?.warnings ?? []
  assert.match(warning, /authenticity was set to "log" and failed/u)
  assert.deepEqual(headlines(result.summary), ['⚠️ Verification: 1 of 1 subject passed the policy'])
  assert.equal(summaryTables(result.summary)[0]?.rows[0]?.[0], '⚠️')
  const [visible = ''] = result.summary.split('<details')
  assert.ok(htmlText(visible).includes(warning), htmlText(visible))
  assert.match(htmlText(visible), /Notary Project signature \(app-darwin-arm64\.cose\.sig\): /u)
  assert.ok(
    result.annotations.some(a => a.level === 'warning' && a.message.includes(warning)),
    'and as a warning annotation'
  )
})

imageTest(
  'two of three subjects fail: an annotation each with its reason, and the step fails once',
  async (t, { kind, registry, image }) => {
    const workspace = await makeWorkspace(t, {})
    const report = join(workspace, 'report.json')
    const repo = { registry: registry.host, repository: 'octo-org/unsigned-app' }
    await pushImage({ client: env.on(kind).client, repo, reference: 'v1.2.3', ...sampleImage() })
    const unsigned = `${registry.host}/octo-org/unsigned-app:v1.2.3`
    const notationOnly = join(signedFiles, 'app-darwin-arm64')
    const result = await runVerify({
      env,
      registry,
      workspace,
      inputs: {
        images: `${image}\n${unsigned}`,
        files: notationOnly,
        'certificate-identity': env.workflowIdentity,
        'certificate-oidc-issuer': ISSUER,
        'trusted-root': env.stack.trustedRootPath,
        report
      }
    })
    assert.equal(result.exitCode, 1)
    const [first, second, step, ...more] = errors(result)
    assert.deepEqual(more, [])
    assert.match(
      first ?? '',
      new RegExp(`^${literal(unsigned)} did not pass the policy: no signature`, 'u')
    )
    assert.match(
      second ?? '',
      new RegExp(
        `^${literal(notationOnly)} did not pass the policy: signature by keyless: not met \\(1 found, 0 failed verification\\)$`,
        'u'
      )
    )
    assert.equal(
      step,
      `Verification failed: 2 of 3 subjects did not pass the policy of the step's inputs: ${unsigned}, ${notationOnly}. ` +
        `Each one's reason is in its own annotation. The job summary and the report ${report} show every signature found.`
    )
    // The step's page is its own summary: one headline, each subject's requirements, the reasons.
    assert.deepEqual(headlines(result.summary), [
      '❌ Verification: 1 of 3 subjects passed the policy'
    ])
    const [subjects] = summaryTables(result.summary)
    assert.deepEqual(
      subjects?.rows.map(([mark, , , requirements]) => [mark, requirements]),
      [
        ['✅', '✅ signature by keyless'],
        ['❌', '❌ signature by keyless'],
        ['❌', '❌ signature by keyless']
      ]
    )
    const text = htmlText(result.summary)
    assert.match(text, /Why they failed/u)
    assert.ok(text.includes('the policy has no notation signer'), text)
    // The log: each failed subject's annotation and the result line after the last group.
    const shape = assertLogShape(result)
    assert.deepEqual(
      shape.groups.map(group => group.name),
      ["Policy: the step's inputs", 'Verify 3 subjects']
    )
    assert.deepEqual(shape.groups[1]?.lines.filter(line => /^(PASS|FAIL) /u.test(line)).length, 3)
    assert.deepEqual(
      shape.after
        .filter(line => !line.startsWith('::warning::'))
        .map(line => (line.startsWith('::error::') ? 'error annotation' : line.split(':')[0])),
      ['error annotation', 'error annotation', 'NOT verified', 'error annotation']
    )
    assert.equal(
      shape.after.at(-2),
      `NOT verified: 1 of 3 subjects passed the policy of the step's inputs. Report: ${report}`
    )
  }
)

test('configuration mistakes fail before anything is written, naming the input', async t => {
  const workspace = await makeWorkspace(t, {})
  const report = join(workspace, 'report.json')
  const { image } = signedOn(KINDS[0])
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
    assert.equal(errors(result).length, 1, 'one error annotation')
    assert.match(errorMessages(result), message)
    assert.equal(existsSync(report), false, 'no report is written for a configuration error')
    // No report, so runAction's short summary: the error, the fix, and that nothing was verified.
    assert.deepEqual(headlines(result.summary), ['❌ Verification: failed'])
    const text = htmlText(result.summary)
    assert.match(text, /Configuration error: /u)
    assert.ok(text.includes(message.exec(errorMessages(result))?.[0] ?? '?'), text)
    assert.match(text, /\nNothing was verified\.\n/u)
    // Stopped before any phase of its own: no group at all, so none is empty.
    assert.deepEqual(logShape(result.log).groups, [])
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
