// `sign verify` on what other tools signed, vendored in test/vectors (see SOURCES.md): notation's
// e2e OCI layouts with notation's trust policies, a GitHub-signed release file with its workflow
// claims, slsa-github-generator provenance beside its binary. Then the usage errors.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { VerificationReport } from '@sign/verify'
import { run } from './run-cli.ts'

const VECTORS = resolve(import.meta.dirname, '../../../test/vectors')
const E2E = join(VECTORS, 'notation/e2e')
const LAYOUTS = join(E2E, 'oci_layout')
const POLICIES = join(E2E, 'config/trustpolicies')
const REAL = join(VECTORS, 'sigstore/real')
const SLSA = join(VECTORS, 'slsa/gha_generic-v2.1.0')

/** A notation trust store `x509/ca/e2e/` holding one of the e2e certificates (a temp dir). */
async function trustStore(certificate: 'e2e.crt' | 'new_e2e.crt'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sign-cli-truststore-'))
  await mkdir(join(dir, 'x509/ca/e2e'), { recursive: true })
  await copyFile(join(E2E, 'config/localkeys', certificate), join(dir, 'x509/ca/e2e', certificate))
  return dir
}

async function verifyLayout(options: {
  layout: string
  policy: string
  certificate: 'e2e.crt' | 'new_e2e.crt'
}): Promise<{ code: number; report: VerificationReport; err: string }> {
  const store = await trustStore(options.certificate)
  try {
    const result = await run([
      'verify',
      '--oci-layout',
      '--trust-policy',
      join(POLICIES, options.policy),
      '--trust-store',
      store,
      '--output',
      'json',
      `${join(LAYOUTS, options.layout)}:v1`
    ])
    return {
      code: result.code,
      err: result.err,
      report: JSON.parse(result.out) as VerificationReport
    }
  } finally {
    await rm(store, { recursive: true, force: true })
  }
}

test("notation's e2e layouts verify against notation's trust policies", async () => {
  const valid = await verifyLayout({
    layout: 'e2e-valid-signature',
    policy: 'trustpolicy.json',
    certificate: 'e2e.crt'
  })
  assert.equal(valid.code, 0, valid.err)
  const [subject] = valid.report.subjects
  assert.equal(subject?.verified, true)
  assert.deepEqual(
    subject?.signatures.map(s => [s.kind, s.via, s.verdict, s.identity]),
    // The leaf subject as notation prints it (Go's pkix.Name order).
    [['notation', 'oci-layout', 'verified', 'CN=e2e,O=Notary,L=Seattle,ST=WA,C=US']]
  )

  const untrusted = await verifyLayout({
    layout: 'e2e-valid-signature',
    policy: 'trustpolicy.json',
    certificate: 'new_e2e.crt'
  })
  assert.equal(untrusted.code, 1)
  assert.match(
    untrusted.report.subjects[0]?.signatures[0]?.reason ?? '',
    /authenticity validation failed: the signature's certificate chain does not contain any trusted certificate/u
  )

  const expired = await verifyLayout({
    layout: 'e2e-expired-signature',
    policy: 'trustpolicy.json',
    certificate: 'e2e.crt'
  })
  assert.equal(expired.code, 1)
  assert.match(
    expired.report.subjects[0]?.signatures[0]?.reason ?? '',
    /expiry validation failed: digital signature has expired on "/u
  )

  const permissive = await verifyLayout({
    layout: 'e2e-expired-signature',
    policy: 'permissive_trustpolicy.json',
    certificate: 'e2e.crt'
  })
  assert.equal(permissive.code, 0, permissive.err)
  assert.match(
    permissive.report.subjects[0]?.signatures[0]?.warnings.join('\n') ?? '',
    /expiry was set to "log" and failed with error: digital signature has expired/u
  )

  const invalid = await verifyLayout({
    layout: 'e2e-invalid-signature',
    policy: 'trustpolicy.json',
    certificate: 'e2e.crt'
  })
  assert.equal(invalid.code, 1)
  assert.match(
    invalid.report.subjects[0]?.signatures[0]?.reason ?? '',
    /unreadable notation: .*application\/vnd\.oci\.image\.layer\.v1\.tar/u
  )

  const unsigned = await verifyLayout({
    layout: 'e2e',
    policy: 'trustpolicy.json',
    certificate: 'e2e.crt'
  })
  assert.equal(unsigned.code, 1)
  assert.match(unsigned.report.subjects[0]?.reason ?? '', /no signature or attestation was found/u)
})

const WHEEL_IDENTITY =
  'https://github.com/trailofbits/rfc8785.py/.github/workflows/release.yml@refs/tags/v0.1.2'
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

test('a GitHub-signed release file verifies with its identity and workflow claims, offline', async () => {
  const args = [
    'verify',
    '--certificate-identity',
    WHEEL_IDENTITY,
    '--certificate-oidc-issuer',
    GITHUB_ISSUER,
    '--bundle',
    join(REAL, 'bundle_v3_github.whl.sigstore')
  ]
  const ok = await run([
    ...args,
    '--certificate-github-workflow-repository',
    'trailofbits/rfc8785.py',
    '--certificate-github-workflow-trigger',
    'release',
    join(REAL, 'bundle_v3_github.whl')
  ])
  assert.equal(ok.code, 0, ok.out + ok.err)
  assert.match(ok.out, /^PASS .*bundle_v3_github\.whl \(sha256:[0-9a-f]{64}\)$/mu)
  assert.match(
    ok.out,
    /verified +sigstore-bundle by https:\/\/github\.com\/trailofbits\/rfc8785\.py\/.* \[keyless\]/u
  )

  const fork = await run([
    ...args,
    '--certificate-github-workflow-repository',
    'trailofbits/rfc8785',
    join(REAL, 'bundle_v3_github.whl')
  ])
  assert.equal(fork.code, 1)
  assert.match(fork.out, /FAIL .*bundle_v3_github\.whl/u)
  assert.match(fork.out, /repository .*"trailofbits\/rfc8785"/u)

  const prefix = await run([
    'verify',
    '--certificate-identity-regexp',
    'https://github.com/trailofbits/',
    '--certificate-oidc-issuer',
    GITHUB_ISSUER,
    '--bundle',
    join(REAL, 'bundle_v3_github.whl.sigstore'),
    join(REAL, 'bundle_v3_github.whl')
  ])
  assert.equal(prefix.code, 1)
  assert.match(prefix.out, /certificate identity ".*" does not match/u)
})

const GENERATOR =
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0'

test('SLSA provenance beside its binary is found and required with --type', async () => {
  const binary = join(SLSA, 'binary-linux-amd64-push-v13.0.30')
  const flags = ['--certificate-identity', GENERATOR, '--certificate-oidc-issuer', GITHUB_ISSUER]
  const provenance = await run([
    'verify',
    ...flags,
    '--type',
    'slsaprovenance',
    '--output',
    'json',
    binary
  ])
  assert.equal(provenance.code, 0, provenance.out + provenance.err)
  const report = JSON.parse(provenance.out) as VerificationReport
  const [signature] = report.subjects[0]?.signatures ?? []
  assert.equal(signature?.category, 'attestation')
  assert.equal(signature?.predicateType, 'https://slsa.dev/provenance/v0.2')
  assert.match(signature?.location ?? '', /\.intoto\.jsonl line 1$/u)

  const sbom = await run(['verify', ...flags, '--type', 'spdxjson', binary])
  assert.equal(sbom.code, 1)
  assert.match(sbom.out, /NOT met attestation https:\/\/spdx\.dev\/Document by keyless/u)

  // Provenance is an attestation, not a signature of the binary.
  const signatureRequired = await run(['verify', ...flags, binary])
  assert.equal(signatureRequired.code, 1)
  assert.match(signatureRequired.out, /NOT met signature by keyless/u)
})

test('usage and configuration errors exit 2 with the reason', async () => {
  const cases: [string[], RegExp][] = [
    [['verify'], /give at least one TARGET/u],
    [['verify', '--output', 'yaml', 'x'], /--output is text or json, not "yaml"/u],
    [['verify', '--certificate-identiti', 'x', 'y'], /Unknown option '--certificate-identiti'/u],
    [
      ['verify', 'ghcr.io/org/app:v1'],
      /say who must have signed: --certificate-identity \(or -regexp\)/u
    ],
    [
      ['verify', '--policy', 'p.yml', '--key', 'k.pub', 'ghcr.io/org/app:v1'],
      /--policy holds the whole policy; move --key into it/u
    ],
    [
      ['verify', '--certificate-identity', 'x', 'ghcr.io/org/app:v1'],
      /--certificate-oidc-issuer is required for a keyless signer/u
    ],
    [
      ['verify', '--oci-layout', '--key', 'k.pub', 'dir-without-tag'],
      /OCI layout target "dir-without-tag" names no image: write DIR:TAG/u
    ]
  ]
  for (const [argv, message] of cases) {
    const result = await run(argv)
    assert.equal(result.code, 2, `${argv.join(' ')}: ${result.err}`)
    assert.match(result.err, message)
    assert.equal(result.out, '')
  }
})
