// Step 7 with a RevocationChecker written here that answers given statuses: enforced revoked
// fails, logged revoked warns, a skip override never calls the checker, unknown fails as
// unknown, and without a checker the outcome says revocation was not checked.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { caIssuedCodeSigningChain, type IssuedCertificate } from '@sign/testenv'
import { createEnvelope, parseEnvelope } from '../src/envelope/envelope.ts'
import { targetArtifactPayload } from '../src/payload/target-artifact.ts'
import type {
  CertificateRevocation,
  RevocationCheckOptions,
  RevocationChecker,
  RevocationStatus
} from '../src/revocation/types.ts'
import { pemSigner } from '../src/signer/pem-signer.ts'
import { verifyNotationSignature } from '../src/verify/verify-signature.ts'
import { statement, trustStores, type StatementOptions } from './verify-fixtures.ts'

const DESCRIPTOR = {
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: `sha256:${'12'.repeat(32)}`,
  size: 42
}
const chain = await caIssuedCodeSigningChain()
const [leaf, intermediate, root] = chain as [
  IssuedCertificate,
  IssuedCertificate,
  IssuedCertificate
]
const { bytes: envelope } = await createEnvelope({
  format: 'jws',
  payload: targetArtifactPayload({ descriptor: DESCRIPTOR }),
  signer: pemSigner({
    keyPem: leaf.key.privateKeyPem,
    certificateChainPem: chain.map(cert => cert.pem).join('\n')
  })
})

/** Answers `statuses` (leaf first) and remembers what it was asked. */
function checker(statuses: RevocationStatus[]): RevocationChecker & {
  calls: RevocationCheckOptions[]
} {
  const calls: RevocationCheckOptions[] = []
  return {
    calls,
    check(options) {
      calls.push(options)
      return Promise.resolve(
        options.chain.slice(0, -1).map((cert: X509Certificate, i): CertificateRevocation => ({
          subject: cert.subject,
          status: statuses[i] ?? 'good'
        }))
      )
    }
  }
}

const verify = (
  revocation: RevocationChecker | undefined,
  policy: Partial<StatementOptions> = {}
) =>
  verifyNotationSignature({
    envelope,
    envelopeMediaType: 'application/jose+json',
    statement: statement({ level: 'strict', trustStores: ['ca:root'], ...policy }),
    trustStores: trustStores({ 'ca:root': [root.der] }),
    target: { kind: 'oci', descriptor: DESCRIPTOR },
    ...(revocation && { revocation })
  })

test('strict: a revoked signing certificate fails revocation, naming it', async () => {
  const revoked = checker(['revoked'])
  const outcome = await verify(revoked)
  assert.equal(outcome.verified, false)
  assert.deepEqual(outcome.failure, {
    type: 'revocation',
    message: 'signing certificate with subject "CN=Test-Signer,O=notation,ST=WA,C=US" is revoked'
  })
  assert.equal(revoked.calls.length, 1)
  assert.deepEqual(
    revoked.calls[0]?.chain.map(cert => cert.raw),
    [leaf.der, intermediate.der, root.der]
  )
  assert.equal(revoked.calls[0]?.signingTime, undefined)
})

test('strict: a revoked intermediate is reported over an unknown leaf', async () => {
  const outcome = await verify(checker(['unknown', 'revoked']))
  assert.equal(
    outcome.failure?.message,
    'signing certificate with subject "CN=Test Intermediate CA,O=notation,ST=WA,C=US" is revoked'
  )
})

test('strict: an unknown status fails as unknown', async () => {
  const outcome = await verify(checker(['good', 'unknown']))
  assert.deepEqual(outcome.failure, {
    type: 'revocation',
    message:
      'signing certificate with subject "CN=Test Intermediate CA,O=notation,ST=WA,C=US" revocation status is unknown'
  })
})

test('good and non-revokable certificates pass', async () => {
  const outcome = await verify(checker(['good', 'nonRevokable']))
  assert.equal(outcome.verified, true, outcome.failure?.message)
  const result = outcome.results.find(r => r.type === 'revocation')
  assert.deepEqual(result, { type: 'revocation', action: 'enforce', ok: true })
})

test('permissive: revoked is logged as a warning and verification goes on', async () => {
  const outcome = await verify(checker(['revoked']), { level: 'permissive' })
  assert.equal(outcome.verified, true)
  assert.deepEqual(outcome.warnings, [
    'revocation was set to "log" and failed with error: signing certificate with subject "CN=Test-Signer,O=notation,ST=WA,C=US" is revoked'
  ])
})

test('a skip override never calls the checker', async () => {
  const revoked = checker(['revoked'])
  const outcome = await verify(revoked, { override: { revocation: 'skip' } })
  assert.equal(outcome.verified, true)
  assert.equal(revoked.calls.length, 0)
  assert.equal(
    outcome.results.some(r => r.type === 'revocation'),
    false
  )
})

test('a checker that throws makes the status unchecked, enforced as a failure', async () => {
  const outcome = await verify({ check: () => Promise.reject(new Error('OCSP responder down')) })
  assert.deepEqual(outcome.failure, {
    type: 'revocation',
    message: 'unable to check revocation status, err: OCSP responder down'
  })
})

test('without a checker, revocation is reported as not checked', async () => {
  const outcome = await verify(undefined)
  assert.equal(outcome.verified, true)
  assert.deepEqual(outcome.results.at(-1), {
    type: 'revocation',
    action: 'enforce',
    ok: true,
    message: 'revocation was not checked: no revocation checker was given'
  })
  assert.deepEqual(outcome.warnings, [
    'revocation was not checked: no revocation checker was given'
  ])
})

const SA_VALID = join(
  import.meta.dirname,
  '../../../test/vectors/notation/notation-go/internal/mock/testdata/sa_valid_sig_env.json'
)
test('signingAuthority: the checker is given the authentic signing time', async () => {
  const envelope = readFileSync(SA_VALID)
  const [root] = parseEnvelope(envelope, 'application/jose+json').certificateChain.slice(-1)
  const recorded = checker([])
  const outcome = await verifyNotationSignature({
    envelope,
    envelopeMediaType: 'application/jose+json',
    statement: statement({ level: 'strict', trustStores: ['signingAuthority:root'] }),
    trustStores: trustStores({ 'signingAuthority:root': [root as Buffer] }),
    target: {
      kind: 'oci',
      descriptor: {
        mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
        digest: 'sha256:60043cf45eaebc4c0867fea485a039b598f52fd09fd5b07b0b2d2f88fad9d74e',
        size: 528
      }
    },
    revocation: recorded
  })
  assert.equal(outcome.verified, true, outcome.failure?.message)
  assert.equal(recorded.calls[0]?.signingTime?.toISOString(), '2020-11-09T07:00:00.000Z')
})
