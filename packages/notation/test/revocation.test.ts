import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { createRevocationChecker } from '../src/revocation/index.ts'
import type { CertificateRevocation } from '../src/revocation/index.ts'
import { startRevocationPki } from './revocation-fixtures/pki.ts'
import type { RevocationPki } from './revocation-fixtures/pki.ts'

// Everything here runs against a PKI made by `openssl ca`, real `openssl ocsp` responders and
// CRLs served by a static file server, all on 127.0.0.1 (see revocation-fixtures/).

let pki: RevocationPki

before(async () => {
  pki = await startRevocationPki()
})

after(async () => {
  await pki?.stop()
})

const checker = createRevocationChecker()

function only(results: CertificateRevocation[], index = 0): CertificateRevocation {
  const result = results[index]
  assert.ok(result, `no result at ${index}`)
  return result
}

test('a good leaf: OCSP good from a delegated responder, its intermediate good in the root CRL', async () => {
  const results = await checker.check({ chain: pki.good.chain })
  assert.equal(results.length, 2, 'one result per certificate but the root')
  assert.deepEqual(results[0], { subject: 'CN=good', status: 'good', source: 'ocsp' })
  assert.deepEqual(results[1], {
    subject: 'CN=Revocation Test Intermediate',
    status: 'good',
    source: 'crl'
  })
})

test('a revoked leaf: OCSP revoked, at the time openssl recorded, with its reason', async () => {
  const result = only(await checker.check({ chain: pki.revoked.chain }))
  assert.equal(result.status, 'revoked')
  assert.equal(result.source, 'ocsp')
  assert.deepEqual(result.revokedAt, pki.revoked.revokedAt)
  assert.equal(result.revocationReason, 'superseded')
})

test('an OCSP response from the future (thisUpdate beyond the skew) is not accepted', async () => {
  // An hour ago the responses the issuer signs now were not made yet, and the CRL neither.
  const earlier = createRevocationChecker({ now: () => new Date(Date.now() - 60 * 60 * 1000) })
  const result = only(await earlier.check({ chain: pki.fallback.chain }))
  assert.equal(result.status, 'unknown')
  assert.match(result.reason ?? '', /\/ocsp: response thisUpdate .* is in the future; CRL /)
  assert.match(result.reason ?? '', /intermediate\.crl: CRL thisUpdate .* is in the future$/)
})

test('a delegated responder certificate must be valid at the time of the check', async () => {
  const earlier = createRevocationChecker({ now: () => new Date(Date.now() - 60 * 60 * 1000) })
  const result = only(await earlier.check({ chain: pki.good.chain }))
  assert.equal(result.status, 'unknown')
  assert.match(
    result.reason ?? '',
    /\/ocsp: responder certificate "CN=Delegated OCSP Responder" is not valid at /
  )
})

test('an issuer-signed OCSP response is trusted; when the responder stops, the CRL answers', async () => {
  const before = only(await checker.check({ chain: pki.fallback.chain }))
  assert.equal(before.status, 'revoked')
  assert.equal(before.source, 'ocsp')
  assert.deepEqual(before.revokedAt, pki.fallback.revokedAt)

  await pki.issuerResponder.stop()
  const result = only(await checker.check({ chain: pki.fallback.chain }))
  assert.equal(result.status, 'revoked')
  assert.equal(result.source, 'crl')
  assert.deepEqual(result.revokedAt, pki.fallback.revokedAt)
  assert.match(
    result.note ?? '',
    new RegExp(`OCSP ${pki.issuerResponder.url}/ocsp: .*ECONNREFUSED`)
  )
})

test('OCSP and CRL both down: unknown, with the reason of each source', async () => {
  const result = only(await checker.check({ chain: pki.bothDown.chain }))
  assert.equal(result.status, 'unknown')
  assert.equal(result.source, undefined)
  const { closedUrl } = pki
  assert.equal(
    result.reason,
    `OCSP ${closedUrl}/ocsp: fetch failed (ECONNREFUSED); ` +
      `CRL ${closedUrl}/intermediate.crl: fetch failed (ECONNREFUSED)`
  )
})

test('a certificate without AIA OCSP or CRL distribution point is nonRevokable', async () => {
  const result = only(await checker.check({ chain: pki.noInfo.chain }))
  assert.deepEqual(result, { subject: 'CN=no-info', status: 'nonRevokable' })
})

test('an intermediate revoked in its issuer CRL is revoked', async () => {
  const results = await checker.check({ chain: pki.underRevokedIntermediate.chain })
  assert.equal(only(results, 0).status, 'nonRevokable')
  const intermediate = only(results, 1)
  assert.equal(intermediate.subject, 'CN=Revoked Intermediate')
  assert.equal(intermediate.status, 'revoked')
  assert.equal(intermediate.source, 'crl')
  assert.ok(intermediate.revokedAt instanceof Date)
})

test('an OCSP response signed by a stranger is not trusted: unknown without a CRL', async () => {
  // A real `openssl ocsp` answering from the intermediate's database but signing with a
  // self-signed certificate the intermediate never issued.
  const result = only(await checker.check({ chain: pki.forged.chain }))
  assert.equal(result.status, 'unknown')
  assert.equal(
    result.reason,
    `OCSP ${pki.forgedResponder.url}/ocsp: response is signed by "CN=Stranger OCSP Responder", ` +
      'which is neither the issuer nor an OCSP responder it delegated'
  )
})

test('an OCSP response signed by a stranger is not trusted: the CRL answers instead', async () => {
  const result = only(await checker.check({ chain: pki.forgedWithCrl.chain }))
  assert.equal(result.status, 'good')
  assert.equal(result.source, 'crl')
  assert.match(result.note ?? '', /neither the issuer nor an OCSP responder it delegated/)
})

test('an OCSP "unknown" answer is no answer: the CRL decides', async () => {
  const result = only(await checker.check({ chain: pki.unlisted.chain }))
  assert.equal(result.status, 'good')
  assert.equal(result.source, 'crl')
  assert.match(
    result.note ?? '',
    /\/ocsp: the responder does not know the certificate \(status unknown\); answered by CRL$/
  )
})

test('an expired CRL (nextUpdate passed) is not accepted', async () => {
  const result = only(await checker.check({ chain: pki.expiredCrl.chain }))
  assert.equal(result.status, 'unknown')
  assert.match(
    result.reason ?? '',
    /intermediate-expired\.crl: CRL expired: nextUpdate .* has passed$/
  )
})

test('a CRL from another CA than the issuer is not accepted', async () => {
  const result = only(await checker.check({ chain: pki.wrongIssuerCrl.chain }))
  assert.equal(result.status, 'unknown')
  assert.match(result.reason ?? '', /root\.crl: CRL is not issued by the certificate issuer$/)
})

test('a responder that never answers: unknown after the OCSP time limit', async () => {
  const quick = createRevocationChecker({ ocspTimeoutMs: 300 })
  const started = Date.now()
  const result = only(await quick.check({ chain: pki.hanging.chain }))
  const elapsed = Date.now() - started
  assert.equal(result.status, 'unknown')
  assert.equal(result.reason, `OCSP ${pki.silentServer.url}/ocsp: timed out after 300 ms`)
  assert.ok(elapsed >= 290 && elapsed < 2000, `took ${elapsed} ms`)
})

test('an OCSP response past its nextUpdate is not accepted; the CRL answers', async () => {
  // The responders give nextUpdate = thisUpdate + 60 minutes; the CRL is valid for a day.
  const later = createRevocationChecker({ now: () => new Date(Date.now() + 2 * 60 * 60 * 1000) })
  const result = only(await later.check({ chain: pki.good.chain }))
  assert.equal(result.status, 'good')
  assert.equal(result.source, 'crl')
  assert.match(result.note ?? '', /response expired: nextUpdate .* has passed; answered by CRL$/)
})

test('signingTime before the invalidity date: the revocation does not count (OCSP)', async () => {
  const { compromisedAt, revokedAt } = pki.compromised
  assert.ok(compromisedAt && revokedAt)
  const signingTime = new Date(compromisedAt.getTime() - 60 * 1000)
  const result = only(await checker.check({ chain: pki.compromised.chain, signingTime }))
  assert.equal(result.status, 'good')
  assert.equal(result.source, 'ocsp')
  assert.deepEqual(result.invalidityDate, compromisedAt)
  assert.deepEqual(result.revokedAt, revokedAt)
  assert.match(result.note ?? '', /invalidity date .* is after the signing time/)

  const afterCompromise = new Date(compromisedAt.getTime() + 60 * 1000)
  const late = only(
    await checker.check({ chain: pki.compromised.chain, signingTime: afterCompromise })
  )
  assert.equal(late.status, 'revoked')
  assert.equal(late.revocationReason, 'keyCompromise')

  const unsigned = only(await checker.check({ chain: pki.compromised.chain }))
  assert.equal(unsigned.status, 'revoked', 'without a signing time a revocation always counts')
})

test('signingTime before the invalidity date: the revocation does not count (CRL)', async () => {
  const { compromisedAt } = pki.compromisedCrlOnly
  assert.ok(compromisedAt)
  const signingTime = new Date(compromisedAt.getTime() - 60 * 1000)
  const chain = pki.compromisedCrlOnly.chain
  const result = only(await checker.check({ chain, signingTime }))
  assert.equal(result.status, 'good')
  assert.equal(result.source, 'crl')
  assert.deepEqual(result.invalidityDate, compromisedAt)

  const late = new Date(compromisedAt.getTime() + 60 * 1000)
  assert.equal(only(await checker.check({ chain, signingTime: late })).status, 'revoked')
})

test('without an invalidity date a revocation counts whatever the signing time (notation-core-go)', async () => {
  const { revokedAt } = pki.revoked
  assert.ok(revokedAt)
  const signingTime = new Date(revokedAt.getTime() - 24 * 60 * 60 * 1000)
  const result = only(await checker.check({ chain: pki.revoked.chain, signingTime }))
  assert.equal(result.status, 'revoked')
})

test('a chain of one (a self-signed certificate) has nothing to check; an empty chain is refused', async () => {
  assert.deepEqual(await checker.check({ chain: [pki.root.certificate] }), [])
  await assert.rejects(checker.check({ chain: [] }), {
    code: 'INVALID_CERTIFICATE_CHAIN',
    message: 'revocation checking needs a certificate chain; it is empty'
  })
})
