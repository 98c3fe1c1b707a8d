// SBOM requirements in the policy: `- sbom: <signer>` with `format: spdx-json|cyclonedx-json` in a
// policy file, `requireSbom` (the `--require-sbom` flag and `require-sbom` input) from flags; every
// mistake names the field or flag and what to write. The SBOM family of predicate types and
// artifact types the verifier recognises.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { VerifyError } from '../src/errors.ts'
import { policyFromText } from '../src/policy/load-policy.ts'
import { policyFromFlags } from '../src/policy/policy-from-flags.ts'
import { sbomFormatOfArtifactType, sbomFormatOfPredicateType } from '../src/policy/sbom-formats.ts'
import { requirementLabel } from '../src/report/requirement-label.ts'

const ISSUER = 'https://token.actions.githubusercontent.com'
const IDENTITY = 'https://github.com/org/app/.github/workflows/release.yml@refs/tags/v1.0.0'
const SIGNERS = `version: 1
trust:
  notation:
    trust-policy: trustpolicy.json
signers:
  release:
    certificate-identity: ${IDENTITY}
    certificate-oidc-issuer: ${ISSUER}
  akv:
    notation: true
`

const fromText = (require: string) =>
  policyFromText({ text: `${SIGNERS}require:\n${require}`, source: 'policy.yml', baseDir: '/p' })

async function rejects(promise: Promise<unknown>, message: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof VerifyError, `expected a VerifyError, got ${String(error)}`)
    assert.equal(error.code, 'INVALID_POLICY')
    assert.equal(error.message, message)
    return true
  })
}

test('a policy file requires an SBOM of a format by a signer', async () => {
  const policy = await fromText(
    '  - signature: akv\n  - sbom: release\n    format: spdx-json\n  - sbom: [release, akv]\n    format: cyclonedx-json\n'
  )
  assert.deepEqual(policy.requirements, [
    { category: 'signature', signers: ['akv'] },
    { category: 'sbom', signers: ['release'], format: 'spdx-json' },
    { category: 'sbom', signers: ['release', 'akv'], format: 'cyclonedx-json' }
  ])
  assert.deepEqual(
    policy.requirements.map(requirement => requirementLabel({ requirement })),
    ['signature by akv', 'sbom spdx-json by release', 'sbom cyclonedx-json by release or akv']
  )
})

test('SBOM requirement mistakes name the field and what to write', async () => {
  await rejects(
    fromText('  - sbom: release\n'),
    'policy policy.yml at require[0].format: is required for an SBOM requirement: spdx-json or cyclonedx-json'
  )
  await rejects(
    fromText('  - sbom: release\n    format: spdx\n'),
    'policy policy.yml at require[0].format: must be spdx-json or cyclonedx-json, not "spdx"'
  )
  await rejects(
    fromText('  - sbom: release\n    format: spdx-json\n    predicate-type: spdxjson\n'),
    'policy policy.yml at require[0].predicate-type: belongs to an attestation requirement; an SBOM requirement takes format'
  )
  await rejects(
    fromText('  - signature: release\n    format: spdx-json\n'),
    'policy policy.yml at require[0].format: belongs to an SBOM requirement ("sbom: <signer>")'
  )
  await rejects(
    fromText('  - sbom: nobody\n    format: spdx-json\n'),
    'policy policy.yml at require[0].sbom: no signer is named "nobody"; the signers are release, akv'
  )
  await rejects(
    fromText('  - signature: release\n    sbom: release\n'),
    'policy policy.yml at require[0].sbom: each requirement is one of "signature: <signer>", "attestation: <signer>", "sbom: <signer>" or "provenance: <signer>"'
  )
})

const flags = (values: Parameters<typeof policyFromFlags>[0]['flags']) =>
  policyFromFlags({ flags: values, source: 'flags', spell: name => `--${name}`, baseDir: '/work' })

test('--require-sbom adds an SBOM requirement for each signer given', async () => {
  const policy = await flags({
    certificateIdentity: IDENTITY,
    certificateOidcIssuer: ISSUER,
    trustPolicy: ['trustpolicy.json'],
    requireSbom: 'cyclonedx-json'
  })
  assert.deepEqual(policy.requirements, [
    { category: 'signature', signers: ['keyless'] },
    { category: 'signature', signers: ['notation'] },
    { category: 'sbom', signers: ['keyless'], format: 'cyclonedx-json' },
    { category: 'sbom', signers: ['notation'], format: 'cyclonedx-json' }
  ])
  await rejects(
    flags({ certificateIdentity: IDENTITY, certificateOidcIssuer: ISSUER, requireSbom: 'xml' }),
    '--require-sbom must be spdx-json or cyclonedx-json, not "xml"'
  )
  // A notation signer meets it with a Notary Project signature on the SBOM, as Ratify checks.
  const notation = await flags({ trustPolicy: ['trustpolicy.json'], requireSbom: 'spdx-json' })
  assert.deepEqual(notation.requirements, [
    { category: 'signature', signers: ['notation'] },
    { category: 'sbom', signers: ['notation'], format: 'spdx-json' }
  ])
})

test('the SBOM family: both SPDX predicate types, CycloneDX, and the referrer artifact types', () => {
  const format = (predicateType: string) => sbomFormatOfPredicateType({ predicateType })
  assert.equal(format('https://spdx.dev/Document'), 'spdx-json')
  assert.equal(format('https://spdx.dev/Document/v2.3'), 'spdx-json')
  assert.equal(format('https://cyclonedx.org/bom'), 'cyclonedx-json')
  assert.equal(format('https://spdx.dev/Documents'), undefined)
  assert.equal(format('https://slsa.dev/provenance/v1'), undefined)
  assert.equal(sbomFormatOfArtifactType({ artifactType: 'application/spdx+json' }), 'spdx-json')
  assert.equal(
    sbomFormatOfArtifactType({ artifactType: 'application/vnd.cyclonedx+json' }),
    'cyclonedx-json'
  )
  assert.equal(
    sbomFormatOfArtifactType({ artifactType: 'application/vnd.cyclonedx+xml' }),
    undefined
  )
})
