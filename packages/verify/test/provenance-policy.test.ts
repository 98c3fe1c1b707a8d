// Provenance requirements in the policy: `- provenance: <signer>` and its constraints in a file,
// slsa-verifier's flags (--builder-id, --source-uri, --source-tag …) from flags and inputs,
// gh's signer-workflow on a keyless signer; every mistake names the field or flag and what to
// write; the label says what is required; the signer-workflow regexp is gh's, anchored.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { VerifyError } from '../src/errors.ts'
import { policyFromText } from '../src/policy/load-policy.ts'
import { policyFromFlags } from '../src/policy/policy-from-flags.ts'
import { sourceRepositoryURI } from '../src/policy/provenance-requirement.ts'
import { signerWorkflowIdentityRegexp } from '../src/policy/signer-workflow.ts'
import { requirementLabel } from '../src/report/requirement-label.ts'

const ISSUER = 'https://token.actions.githubusercontent.com'
const SIGNERS = `version: 1
trust:
  notation:
    trust-policy: trustpolicy.json
signers:
  release:
    signer-workflow: org/sign/.github/workflows/provenance.yml
    certificate-oidc-issuer: ${ISSUER}
  akv:
    notation: true
`
const fromText = (require: string) =>
  policyFromText({ text: `${SIGNERS}require:\n${require}`, source: 'policy.yml', baseDir: '/p' })

async function rejects(promise: Promise<unknown>, message: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof VerifyError, String(error))
    assert.equal(error.code, 'INVALID_POLICY')
    assert.equal(error.message, message)
    return true
  })
}

test('a provenance requirement: SLSA v1 by default, its constraints normalised, and its label', async () => {
  const policy = await fromText(`  - provenance: release
    builder-id: https://github.com/org/sign/.github/workflows/provenance.yml@refs/tags/v1.0.0
    source-repository: org/app
    source-versioned-tag: v1
`)
  const [requirement] = policy.requirements
  assert.deepEqual(requirement, {
    category: 'provenance',
    signers: ['release'],
    predicateType: 'https://slsa.dev/provenance/v1',
    provenance: {
      builderId: 'https://github.com/org/sign/.github/workflows/provenance.yml@refs/tags/v1.0.0',
      sourceRepository: 'https://github.com/org/app',
      sourceVersionedTag: 'v1'
    }
  })
  assert.equal(
    requirementLabel({ requirement: requirement }),
    'provenance https://slsa.dev/provenance/v1 by release, builder https://github.com/org/sign/.github/workflows/provenance.yml@refs/tags/v1.0.0, source https://github.com/org/app, tag v1.x'
  )
  const v02 = await fromText('  - provenance: release\n    predicate-type: slsaprovenance02\n')
  assert.equal(v02.requirements[0]?.predicateType, 'https://slsa.dev/provenance/v0.2')
})

test('provenance mistakes name the field and what to write', async () => {
  const at = (field: string) => `policy policy.yml at require[0].${field}: `
  await rejects(
    fromText('  - provenance: release\n    builder-id: https://b/1\n    builder-id-regexp: .*\n'),
    `${at('builder-id-regexp')}give either builder-id or builder-id-regexp, not both`
  )
  await rejects(
    fromText('  - provenance: release\n    source-tag: v1\n    source-branch: main\n'),
    `${at('source-branch')}give one of source-ref, source-tag, source-branch, source-versioned-tag, not several`
  )
  await rejects(
    fromText('  - provenance: release\n    source-versioned-tag: latest\n'),
    `${at('source-versioned-tag')}is a major or major.minor version such as v1 or v1.2, not "latest"`
  )
  await rejects(
    fromText('  - provenance: release\n    predicate-type: spdxjson\n'),
    `${at('predicate-type')}a provenance requirement is SLSA provenance: https://slsa.dev/provenance/v1 or https://slsa.dev/provenance/v0.2 (slsaprovenance1, slsaprovenance02), not "spdxjson"`
  )
  await rejects(
    fromText('  - provenance: akv\n'),
    `${at('provenance')}"akv" is a notation signer; provenance is an in-toto attestation, made by a keyless or key signer`
  )
  await rejects(
    fromText('  - signature: release\n    builder-id: https://b/1\n'),
    `${at('builder-id')}belongs to a provenance requirement ("provenance: <signer>")`
  )
  await rejects(
    policyFromText({
      text: `version: 1\nsigners:\n  release:\n    signer-workflow: org/app/.github/workflows/a.yml\n    certificate-identity: https://x\n    certificate-oidc-issuer: ${ISSUER}\n`,
      source: 'policy.yml',
      baseDir: '/p'
    }),
    'policy policy.yml at signers.release.signer-workflow: give either signer-workflow or certificate-identity, not both'
  )
})

test("slsa-verifier's flags make the Sigstore signer's requirement provenance, and speak in flags", async () => {
  const flags = (values: Parameters<typeof policyFromFlags>[0]['flags']) =>
    policyFromFlags({ flags: values, source: 'flags', spell: name => `--${name}`, baseDir: '/w' })
  const policy = await flags({
    signerWorkflow: 'org/sign/.github/workflows/provenance.yml',
    certificateOidcIssuer: ISSUER,
    sourceUri: 'github.com/org/app',
    sourceTag: 'v1.2.3'
  })
  assert.deepEqual(policy.requirements, [
    {
      category: 'provenance',
      signers: ['keyless'],
      predicateType: 'https://slsa.dev/provenance/v1',
      provenance: { sourceRepository: 'https://github.com/org/app', sourceTag: 'v1.2.3' }
    }
  ])
  await rejects(
    flags({ certificateIdentity: 'https://x', certificateOidcIssuer: ISSUER, sourceUri: 'nope' }),
    '--source-uri must name a repository: owner/repo, github.com/owner/repo or https://host/owner/repo, not "nope"'
  )
})

test("signer-workflow is gh's anchored regexp; repositories normalise from every spelling", () => {
  const regexp = signerWorkflowIdentityRegexp({
    value: 'org/sign/.github/workflows/provenance.yml'
  })
  assert.ok(regexp)
  const pattern = new RegExp(regexp, 'u')
  for (const identity of [
    'https://github.com/org/sign/.github/workflows/provenance.yml@refs/tags/v1.0.0',
    'https://github.com/org/sign/.github/workflows/provenance.yml@0123456789abcdef0123456789abcdef01234567'
  ]) {
    assert.ok(pattern.test(identity), identity)
  }
  for (const identity of [
    'https://github.com/org/sign/.github/workflows/provenance.yml.evil.yml@refs/tags/v1',
    'https://github.com/org/sign/.github/workflows/provenance.yml@main',
    'https://github.com.evil/org/sign/.github/workflows/provenance.yml@refs/tags/v1'
  ]) {
    assert.ok(!pattern.test(identity), identity)
  }
  assert.equal(
    signerWorkflowIdentityRegexp({
      value: 'ghe.example.com/org/sign/.github/workflows/p.yml'
    })?.startsWith('^https://ghe\\.example\\.com/'),
    true
  )
  assert.equal(signerWorkflowIdentityRegexp({ value: 'org/sign' }), undefined)
  for (const value of [
    'org/app',
    'github.com/org/app',
    'https://github.com/org/app',
    'git+https://github.com/org/app@refs/tags/v1',
    'https://github.com/org/app.git'
  ]) {
    assert.equal(sourceRepositoryURI({ value }), 'https://github.com/org/app', value)
  }
  assert.equal(sourceRepositoryURI({ value: 'not a repository' }), undefined)
})
