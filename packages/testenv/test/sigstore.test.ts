import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, generateKeyPairSync, sign } from 'node:crypto'
import { existsSync } from 'node:fs'
import http from 'node:http'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundleFromJSON, bundleToJSON, type Bundle } from '@sigstore/bundle'
import { RFC3161Timestamp } from '@sigstore/core'
import { SigningConfig, TrustedRoot } from '@sigstore/protobuf-specs'
import {
  DSSEBundleBuilder,
  FulcioSigner,
  InternalError,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
  bundleBuilderFromSigningConfig,
  type IdentityProvider
} from '@sigstore/sign'
import {
  PolicyError,
  VerificationError,
  Verifier,
  toSignedEntity,
  toTrustMaterial
} from '@sigstore/verify'
import * as sigstore from 'sigstore'
import {
  decodeJwt,
  startOidcIssuer,
  startSigstoreStack,
  x509,
  type OidcIssuer,
  type SigstoreStack,
  type SigstoreStackOptions
} from '../src/index.ts'

// What real Fulcio writes for a token of DEFAULT_WORKFLOW from GitHub's issuer.
const SAN = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3'
const anchored = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`)
const SAN_POLICY = anchored(SAN)
const ISSUER = 'https://token.actions.githubusercontent.com'
const POLICY = { subjectAlternativeName: SAN_POLICY, extensions: { issuer: ISSUER } }
const INVALID_TOKEN = 'There was an error processing the identity token'

async function startStack(
  t: TestContext,
  options: Partial<SigstoreStackOptions> = {}
): Promise<{ oidc: OidcIssuer; stack: SigstoreStack }> {
  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const stack = await startSigstoreStack({ oidcIssuers: [oidc], ...options })
  t.after(() => stack.stop())
  return { oidc, stack }
}

const tokenFrom = (oidc: OidcIssuer): IdentityProvider => ({
  getToken: () => Promise.resolve(oidc.mint({ audience: 'sigstore' }))
})

/** The sigstore-js signing pipeline @actions/attest uses, pointed at the stack. */
function builders(stack: SigstoreStack, identityProvider: IdentityProvider) {
  const options = {
    signer: new FulcioSigner({ fulcioBaseURL: stack.fulcioUrl, identityProvider }),
    witnesses: [
      new RekorWitness({ rekorBaseURL: stack.rekorUrl, fetchOnConflict: true }),
      new TSAWitness({ tsaBaseURL: stack.tsaUrl })
    ]
  }
  return {
    message: new MessageSignatureBundleBuilder(options),
    dsse: new DSSEBundleBuilder(options)
  }
}

/** A verifier trusting exactly the stack's trusted_root.json, as read from disk. */
async function verifierFor(stack: SigstoreStack): Promise<Verifier> {
  const json = JSON.parse(await readFile(stack.trustedRootPath, 'utf8')) as unknown
  return new Verifier(toTrustMaterial(TrustedRoot.fromJSON(json)))
}

/** A bundle as a verifier receives it: serialized to JSON text and parsed back. */
const throughJson = (bundle: Bundle): Bundle =>
  bundleFromJSON(JSON.parse(JSON.stringify(bundleToJSON(bundle))))

function leafCertificate(bundle: Bundle): x509.X509Certificate {
  const content = bundle.verificationMaterial.content
  const der =
    content.$case === 'certificate'
      ? content.certificate.rawBytes
      : content.$case === 'x509CertificateChain'
        ? content.x509CertificateChain.certificates[0]?.rawBytes
        : undefined
  assert.ok(der, 'the bundle carries a Fulcio certificate')
  return new x509.X509Certificate(der)
}

/** A Fulcio v2 request as sigstore-js sends it; `challenge` overrides what the key signs. */
function certificateRequest(token: string, challenge?: string): object {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const subject = challenge ?? String(decodeJwt(token).payload['sub'])
  return {
    credentials: { oidcIdentityToken: token },
    publicKeyRequest: {
      publicKey: { algorithm: 'ECDSA', content: publicKey.export({ type: 'spki', format: 'pem' }) },
      proofOfPossession: sign('sha256', Buffer.from(subject), privateKey).toString('base64')
    }
  }
}

const counts = ({ requests }: SigstoreStack) => {
  const { fulcio, rekor, tsa, tuf } = requests
  return { fulcio, rekor, tsa, tuf }
}

async function requestCertificate(stack: SigstoreStack, body: object) {
  const response = await fetch(`${stack.fulcioUrl}/api/v2/signingCert`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body)
  })
  return { status: response.status, body: await response.json() }
}

test('sigstore stack: a blob signed through Fulcio, Rekor v1 and the TSA verifies with the trusted root', async t => {
  const { oidc, stack } = await startStack(t)
  const data = Buffer.from('release asset bytes\n')
  const bundle = throughJson(await builders(stack, tokenFrom(oidc)).message.create({ data }))

  assert.deepEqual(counts(stack), { fulcio: 1, rekor: 1, tsa: 1, tuf: 0 })
  const [entry] = bundle.verificationMaterial.tlogEntries
  assert.deepEqual(entry?.kindVersion, { kind: 'hashedrekord', version: '0.0.1' })
  assert.ok(entry?.inclusionPromise, 'Rekor v1 returns a signed entry timestamp')
  const timestamps = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps
  assert.equal(timestamps?.length, 1)
  // Workaround (b): genTime (TSTInfo field 5) in whole seconds, which @sigstore/core can parse.
  const timestamp = RFC3161Timestamp.parse(Buffer.from(timestamps[0]?.signedTimestamp ?? ''))
  assert.match(timestamp.tstInfo.root.subs[4]?.value.toString() ?? '', /^\d{14}Z$/)

  const verifier = await verifierFor(stack)
  const signer = verifier.verify(toSignedEntity(bundle, data), POLICY)
  assert.equal(signer.identity?.subjectAlternativeName, SAN)
  assert.equal(signer.identity?.extensions?.issuer, ISSUER)

  assert.throws(
    () => verifier.verify(toSignedEntity(bundle, Buffer.from('tampered bytes\n')), POLICY),
    (error: unknown) => error instanceof VerificationError && error.code === 'SIGNATURE_ERROR'
  )
  const otherRef = { ...POLICY, subjectAlternativeName: anchored(SAN.replace('v1.2.3', 'v1.2.4')) }
  assert.throws(
    () => verifier.verify(toSignedEntity(bundle, data), otherRef),
    (error: unknown) => error instanceof PolicyError && error.code === 'UNTRUSTED_SIGNER_ERROR'
  )
})

test('sigstore stack: an in-toto statement signed as DSSE is logged as Rekor stores dsse entries and verifies', async t => {
  const { oidc, stack } = await startStack(t)
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [
      { name: 'app.tgz', digest: { sha256: createHash('sha256').update('x').digest('hex') } }
    ],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {}
  }
  const payload = Buffer.from(JSON.stringify(statement))
  const bundle = throughJson(
    await builders(stack, tokenFrom(oidc)).dsse.create({
      data: payload,
      type: 'application/vnd.in-toto+json'
    })
  )

  const [entry] = bundle.verificationMaterial.tlogEntries
  assert.deepEqual(entry?.kindVersion, { kind: 'dsse', version: '0.0.1' })
  // Workaround (c): the logged body is Rekor's canonical dsse entry, not the proposal.
  const body = JSON.parse(entry.canonicalizedBody.toString()) as { spec: Record<string, unknown> }
  assert.deepEqual(Object.keys(body.spec).sort(), ['envelopeHash', 'payloadHash', 'signatures'])
  assert.deepEqual(body.spec['payloadHash'], {
    algorithm: 'sha256',
    value: createHash('sha256').update(payload).digest('hex')
  })

  const signer = (await verifierFor(stack)).verify(toSignedEntity(bundle), POLICY)
  assert.equal(signer.identity?.subjectAlternativeName, SAN)
  assert.deepEqual(counts(stack), { fulcio: 1, rekor: 1, tsa: 1, tuf: 0 })
})

test('sigstore stack: the certificate carries the token issuer and the GitHub OIDs Fulcio maps', async t => {
  const issuer = 'https://token.actions.octo-tenant.ghe.com'
  const oidc = await startOidcIssuer({ issuer })
  t.after(() => oidc.stop())
  const stack = await startSigstoreStack({ oidcIssuers: [oidc] })
  t.after(() => stack.stop())
  const bundle = await builders(stack, tokenFrom(oidc)).message.create({ data: Buffer.from('a') })
  const certificate = leafCertificate(bundle)

  const names = certificate.getExtension(x509.SubjectAlternativeNameExtension)?.names.toJSON()
  assert.deepEqual(names, [{ type: 'url', value: SAN }])
  const raw = (oid: string) => {
    const extension = certificate.getExtension(oid)
    return extension ? Buffer.from(extension.value).toString() : undefined
  }
  // Fulcio v2 OIDs hold a DER UTF8String (tag 0x0c, short length); legacy ones the raw bytes.
  const utf8 = (text: string) => `\x0c${String.fromCharCode(Buffer.byteLength(text))}${text}`
  const repo = 'https://github.com/octo-org/octo-repo'
  const expected: Record<string, string> = {
    '1.3.6.1.4.1.57264.1.1': issuer,
    '1.3.6.1.4.1.57264.1.2': 'push',
    '1.3.6.1.4.1.57264.1.3': oidc.workflow.sha,
    '1.3.6.1.4.1.57264.1.4': 'Release',
    '1.3.6.1.4.1.57264.1.5': 'octo-org/octo-repo',
    '1.3.6.1.4.1.57264.1.6': 'refs/tags/v1.2.3',
    '1.3.6.1.4.1.57264.1.8': utf8(issuer),
    '1.3.6.1.4.1.57264.1.9': utf8(SAN),
    '1.3.6.1.4.1.57264.1.12': utf8(repo),
    '1.3.6.1.4.1.57264.1.14': utf8('refs/tags/v1.2.3'),
    '1.3.6.1.4.1.57264.1.20': utf8('push'),
    '1.3.6.1.4.1.57264.1.21': utf8(`${repo}/actions/runs/4242424242/attempts/1`)
  }
  for (const [oid, value] of Object.entries(expected)) assert.equal(raw(oid), value, oid)
  // Every Fulcio OID the token's claims map to (.1.1–.1.6, .1.8–.1.22), and no other: the
  // claim that carries the SAN into the mock adds no extension of its own.
  const fulcioOids = Array.from(certificate.extensions, extension => extension.type).filter(oid =>
    oid.startsWith('1.3.6.1.4.1.57264.')
  )
  const mapped = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]
  assert.deepEqual(fulcioOids.sort(), mapped.map(n => `1.3.6.1.4.1.57264.1.${n}`).sort())

  const signer = (await verifierFor(stack)).verify(toSignedEntity(bundle, Buffer.from('a')), {
    subjectAlternativeName: SAN_POLICY,
    extensions: { issuer }
  })
  assert.equal(signer.identity?.extensions?.issuer, issuer)
})

test('sigstore stack: Fulcio refuses tokens and proofs it cannot verify: 400, gRPC code 3, as real Fulcio', async t => {
  const { oidc, stack } = await startStack(t)
  const other = await startOidcIssuer()
  t.after(() => other.stop())
  const refused = { status: 400, body: { code: 3, message: INVALID_TOKEN, details: [] } }

  const good = await requestCertificate(
    stack,
    certificateRequest(oidc.mint({ audience: 'sigstore' }))
  )
  assert.equal(good.status, 200, 'control: a valid token and proof get a certificate')
  const token = oidc.mint({ audience: 'sigstore' })
  const [head, , signature] = token.split('.')
  const forgedClaims = {
    ...decodeJwt(token).payload,
    job_workflow_ref: 'evil/repo/x.yml@refs/heads/main'
  }
  const forged = `${head}.${Buffer.from(JSON.stringify(forgedClaims)).toString('base64url')}.${signature}`
  const tokens = {
    'signed by another key': other.mint({ audience: 'sigstore' }),
    'wrong audience': oidc.mint({ audience: 'not-sigstore' }),
    'forged claims': forged,
    'untrusted issuer': oidc.mint({
      audience: 'sigstore',
      claims: { iss: 'https://evil.example' }
    }),
    expired: oidc.mint({
      audience: 'sigstore',
      claims: { exp: Math.floor(Date.now() / 1000) - 60 }
    })
  }
  for (const [reason, bad] of Object.entries(tokens)) {
    assert.deepEqual(await requestCertificate(stack, certificateRequest(bad)), refused, reason)
  }
  const wrongProof = certificateRequest(oidc.mint({ audience: 'sigstore' }), 'someone else')
  assert.deepEqual(await requestCertificate(stack, wrongProof), {
    status: 400,
    body: {
      code: 3,
      message: 'The signature supplied in the request could not be verified',
      details: []
    }
  })

  const signer = new FulcioSigner({
    fulcioBaseURL: stack.fulcioUrl,
    identityProvider: tokenFrom(other)
  })
  await assert.rejects(signer.sign(Buffer.from('a')), (error: unknown) => {
    assert.ok(error instanceof InternalError)
    assert.equal(error.code, 'CA_CREATE_SIGNING_CERTIFICATE_ERROR')
    assert.equal((error.cause as Error).message, `(400) ${INVALID_TOKEN}`)
    return true
  })
  assert.deepEqual(counts(stack), { fulcio: 8, rekor: 0, tsa: 0, tuf: 0 })
})

test('sigstore stack: sigstore.verify() gets the trusted root through the TUF mirror; counters reset', async t => {
  const started = Date.now()
  const { oidc, stack } = await startStack(t)
  const data = Buffer.from('artifact')
  const { message } = builders(stack, tokenFrom(oidc))
  for (const text of ['a', 'b']) await message.create({ data: Buffer.from(text) })
  const bundle = bundleToJSON(await message.create({ data }))
  assert.deepEqual(counts(stack), { fulcio: 3, rekor: 3, tsa: 3, tuf: 0 })
  stack.requests.reset()
  assert.deepEqual(counts(stack), { fulcio: 0, rekor: 0, tsa: 0, tuf: 0 })

  const tufCachePath = await mkdtemp(join(tmpdir(), 'sigstore-tuf-cache-'))
  t.after(() => rm(tufCachePath, { recursive: true, force: true }))
  const tuf = { tufMirrorURL: stack.tufMirrorUrl, tufRootPath: stack.tufRootPath, tufCachePath }
  const identity = { certificateIdentityURI: SAN, certificateIssuer: ISSUER }
  const signer = await sigstore.verify(bundle, data, { ...tuf, ...identity })
  assert.equal(signer.identity?.subjectAlternativeName, SAN)
  // 2.root.json (404: root stays at version 1), timestamp, snapshot, targets, the target.
  assert.deepEqual(counts(stack), { fulcio: 0, rekor: 0, tsa: 0, tuf: 5 })
  await assert.rejects(
    sigstore.verify(bundle, data, { ...tuf, ...identity, certificateIssuer: 'https://other' }),
    (error: unknown) => error instanceof PolicyError && error.code === 'UNTRUSTED_SIGNER_ERROR'
  )

  const fetchJson = async (url: string) => (await fetch(url)).json()
  assert.deepEqual(await fetchJson(`${stack.url}/trusted_root.json`), stack.trustedRoot)
  assert.deepEqual(
    await fetchJson(`${stack.tufMirrorUrl}/targets/trusted_root.json`),
    stack.trustedRoot
  )
  const onDisk = JSON.parse(await readFile(stack.trustedRootPath, 'utf8')) as unknown
  assert.deepEqual(onDisk, stack.trustedRoot)
  assert.deepEqual(TrustedRoot.toJSON(TrustedRoot.fromJSON(onDisk)), stack.trustedRoot)
  const signingConfig = await fetchJson(`${stack.tufMirrorUrl}/targets/signing_config.v0.2.json`)
  assert.deepEqual(signingConfig, JSON.parse(await readFile(stack.signingConfigPath, 'utf8')))

  // Workaround (e): every authority and log is valid from before the stack started.
  const starts = [...stack.trustedRoot.tlogs, ...stack.trustedRoot.ctlogs]
    .map(log => log.publicKey.validFor.start)
    .concat(
      [...stack.trustedRoot.certificateAuthorities, ...stack.trustedRoot.timestampAuthorities].map(
        authority => authority.validFor.start
      )
    )
  assert.ok(starts.every(start => Date.parse(start) < started - 60_000))

  // Separate key pairs: CA, CT log, Rekor v1, Rekor v2 and TSA each have their own.
  const { tlogs, ctlogs, certificateAuthorities, timestampAuthorities } = stack.trustedRoot
  const certificateKey = (base64: string | undefined) =>
    Buffer.from(new x509.X509Certificate(Buffer.from(base64 ?? '', 'base64')).publicKey.rawData)
  const keys = [
    ...[...tlogs, ...ctlogs].map(log => log.publicKey.rawBytes),
    ...[...certificateAuthorities, ...timestampAuthorities].map(authority =>
      certificateKey(authority.certChain.certificates[0]?.rawBytes).toString('base64')
    )
  ]
  assert.equal(new Set(keys).size, 5)
})

test('sigstore stack: Rekor answers a duplicate entry with 409 + Location, and fetchOnConflict gets it', async t => {
  const { oidc, stack } = await startStack(t)
  const signer = new FulcioSigner({
    fulcioBaseURL: stack.fulcioUrl,
    identityProvider: tokenFrom(oidc)
  })
  const unlogged = await new MessageSignatureBundleBuilder({ signer, witnesses: [] }).create({
    data: Buffer.from('a')
  })
  const certificatePem = leafCertificate(unlogged).toString('pem')
  const witness = (fetchOnConflict: boolean) =>
    new RekorWitness({ rekorBaseURL: stack.rekorUrl, fetchOnConflict })

  const first = await witness(true).testify(unlogged.content, certificatePem)
  const again = await witness(true).testify(unlogged.content, certificatePem)
  assert.deepEqual(again, first, 'the second proposal returns the entry logged by the first')
  assert.equal(stack.requests.rekor, 3, 'POST 201, POST 409, GET /api/v1/log/entries/{uuid}')

  await assert.rejects(
    witness(false).testify(unlogged.content, certificatePem),
    (error: unknown) => {
      assert.ok(error instanceof InternalError)
      assert.equal(error.code, 'TLOG_CREATE_ENTRY_ERROR')
      const cause = error.cause as { statusCode: number; location: string }
      assert.equal(cause.statusCode, 409)
      assert.match(cause.location, /^\/api\/v1\/log\/entries\/[0-9a-f]{64}$/)
      return true
    }
  )
  const missing = await fetch(`${stack.rekorUrl}/api/v1/log/entries/${'0'.repeat(64)}`)
  assert.equal(missing.status, 404)
})

test('sigstore stack: the signing config drives bundleBuilderFromSigningConfig to Rekor v1, or v2 + TSA', async t => {
  for (const version of [1, 2] as const) {
    const { oidc, stack } = await startStack(t, { signingConfigRekorVersion: version })
    const json = JSON.parse(await readFile(stack.signingConfigPath, 'utf8')) as unknown
    const signingConfig = SigningConfig.fromJSON(json)
    assert.equal(signingConfig.mediaType, 'application/vnd.dev.sigstore.signingconfig.v0.2+json')
    const verifier = await verifierFor(stack)
    const data = Buffer.from(`signed with Rekor v${version}`)
    for (const bundleType of ['messageSignature', 'dsseEnvelope'] as const) {
      const builder = bundleBuilderFromSigningConfig({
        signingConfig,
        identityProvider: tokenFrom(oidc),
        bundleType
      })
      const bundle = throughJson(await builder.create({ data, type: 'text/plain' }))
      const [entry] = bundle.verificationMaterial.tlogEntries
      const kind = bundleType === 'messageSignature' ? 'hashedrekord' : 'dsse'
      assert.deepEqual(entry?.kindVersion, { kind, version: `0.0.${version}` })
      assert.equal(entry.inclusionPromise === undefined, version === 2, 'v2 has no promise')
      const entity = toSignedEntity(bundle, bundleType === 'messageSignature' ? data : undefined)
      assert.equal(verifier.verify(entity, POLICY).identity?.subjectAlternativeName, SAN)
    }
    assert.deepEqual(counts(stack), { fulcio: 2, rekor: 2, tsa: 2, tuf: 0 })
  }
})

test('sigstore stack: stop() closes the port and removes its files', async t => {
  const { stack } = await startStack(t)
  const files = [stack.trustedRootPath, stack.tufRootPath, stack.signingConfigPath]
  assert.ok(files.every(file => existsSync(file)))
  await stack.stop()
  assert.ok(files.every(file => !existsSync(file)))
  await assert.rejects(fetch(`${stack.url}/trusted_root.json`), (error: unknown) => {
    assert.equal(((error as Error).cause as { code?: string }).code, 'ECONNREFUSED')
    return true
  })
})

test('sigstore stack: loading it leaves node:http unpatched (the mocks never load nock)', () => {
  assert.equal(http.ClientRequest.name, 'ClientRequest')
})

test('sigstore stack: Fulcio takes the token as a bearer token too, and answers 200 as Fulcio does', async t => {
  const { oidc, stack } = await startStack(t)
  const token = oidc.mint({ audience: 'sigstore' })
  const request = certificateRequest(token) as { credentials?: unknown }
  delete request.credentials
  const withoutCredentials = request
  const response = await fetch(`${stack.fulcioUrl}/api/v2/signingCert`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(withoutCredentials)
  })
  assert.equal(response.status, 200)
  const body = (await response.json()) as {
    signedCertificateEmbeddedSct?: { chain?: { certificates?: string[] } }
  }
  assert.ok((body.signedCertificateEmbeddedSct?.chain?.certificates?.length ?? 0) >= 2)
  // Without a token in either place, Fulcio's refusal.
  const refused = await requestCertificate(stack, withoutCredentials)
  assert.equal(refused.status, 400)
})

test('sigstore stack: the TSA answers an RFC 3161 query (DER) with the query’s own 64-bit nonce', async t => {
  const { stack } = await startStack(t)
  const digest = createHash('sha256').update('a signature').digest()
  // TimeStampReq: version 1, messageImprint (sha256), nonce 0x7fe0…01 (more than 53 bits), certReq.
  const nonce = Buffer.from('7fe0a1b2c3d4e501', 'hex')
  const imprint = Buffer.concat([
    Buffer.from('302f300b0609608648016503040201', 'hex'),
    Buffer.from([0x04, 0x20]),
    digest
  ])
  const inner = Buffer.concat([
    Buffer.from('020101', 'hex'),
    imprint,
    Buffer.from([0x02, nonce.length]),
    nonce,
    Buffer.from('0101ff', 'hex')
  ])
  const query = Buffer.concat([Buffer.from([0x30, inner.length]), inner])
  const response = await fetch(`${stack.tsaUrl}/api/v1/timestamp`, {
    method: 'POST',
    headers: { 'content-type': 'application/timestamp-query' },
    body: query
  })
  assert.equal(response.status, 201)
  assert.equal(response.headers.get('content-type'), 'application/timestamp-reply')
  const reply = Buffer.from(await response.arrayBuffer())
  // The reply's TSTInfo carries the message imprint and the nonce exactly as asked.
  assert.ok(reply.includes(digest), 'the message imprint is in the token')
  assert.ok(reply.includes(Buffer.concat([Buffer.from([0x02, nonce.length]), nonce])), 'the nonce')
  const garbage = await fetch(`${stack.tsaUrl}/api/v1/timestamp`, {
    method: 'POST',
    headers: { 'content-type': 'application/timestamp-query' },
    body: Buffer.from('not DER')
  })
  assert.equal(garbage.status, 400)
})
