// The Notary Project certificate requirements (notation-core-go's ValidateCodeSigningCertChain):
// each broken rule is refused with the rule and the certificate named; orderChain sorts bundles.
import { before, test } from 'node:test'
import assert from 'node:assert/strict'
import {
  caExtensions,
  caIssuedCodeSigningChain,
  codeSigningExtensions,
  generateKeyPair,
  issueCertificate,
  x509,
  type IssuedCertificate,
  type TestKeyPair
} from '@sign/testenv'
import type { NotationError } from '../src/errors.ts'
import { orderChain } from '../src/certificate/order-chain.ts'
import { validateSigningChain } from '../src/certificate/signing-chain.ts'

const DAY = 86_400_000
const now = new Date()
let key: TestKeyPair
let root: IssuedCertificate
let good: IssuedCertificate[]

before(async () => {
  key = await generateKeyPair({ kind: 'ec', curve: 'P-256' })
  good = await caIssuedCodeSigningChain({ key, caSpec: { kind: 'ec', curve: 'P-256' } })
  root = good[2]!
})

/** A leaf issued by `root` with these extensions (defaults: the code-signing ones). */
async function leafWith(options: {
  extensions?: x509.Extension[]
  key?: TestKeyPair
  notAfter?: Date
  notBefore?: Date
}) {
  const leafKey = options.key ?? key
  return issueCertificate({
    subject: 'CN=Bad Leaf,O=notation,ST=WA,C=US',
    key: leafKey,
    issuer: root,
    extensions: options.extensions ?? (await codeSigningExtensions(leafKey)),
    ...(options.notAfter && { notAfter: options.notAfter }),
    ...(options.notBefore && { notBefore: options.notBefore })
  })
}

function refused(chain: Buffer[], rule: RegExp, subject = 'CN=Bad Leaf') {
  assert.throws(
    () => validateSigningChain({ chain, at: now }),
    (error: NotationError) =>
      error.code === 'INVALID_CERTIFICATE_CHAIN' &&
      rule.test(error.message) &&
      error.message.includes(subject),
    rule.source
  )
}

const ku = (flags: number, critical = true) => new x509.KeyUsagesExtension(flags, critical)
const DIGITAL_SIGNATURE = x509.KeyUsageFlags.digitalSignature

test('a CA-issued code-signing chain and a self-signed one pass', async () => {
  validateSigningChain({ chain: good.map(c => c.der), at: now })
  const self = await issueCertificate({
    subject: 'CN=self,O=n,ST=WA,C=US',
    key,
    extensions: await codeSigningExtensions(key)
  })
  validateSigningChain({ chain: [self.der], at: now })
})

test('a leaf with CA:true is refused', async () => {
  const leaf = await leafWith({
    extensions: [new x509.BasicConstraintsExtension(true, undefined, true), ku(DIGITAL_SIGNATURE)]
  })
  refused([leaf.der, root.der], /ca field must be false for a signing \(leaf\) certificate/)
})

test('a leaf keyUsage that is not critical is refused', async () => {
  const leaf = await leafWith({ extensions: [ku(DIGITAL_SIGNATURE, false)] })
  refused([leaf.der, root.der], /key usage extension must be marked critical/)
})

test('a leaf keyUsage without digitalSignature, or with keyCertSign, is refused', async () => {
  const noSignature = await leafWith({ extensions: [ku(x509.KeyUsageFlags.nonRepudiation)] })
  refused([noSignature.der, root.der], /key usage must have the "Digital Signature" bit set/)
  const certSign = await leafWith({
    extensions: [ku(DIGITAL_SIGNATURE | x509.KeyUsageFlags.keyCertSign)]
  })
  refused([certSign.der, root.der], /must be "Digital Signature" only, but found keyCertSign/)
})

test('a leaf with the serverAuth or OCSPSigning EKU is refused', async () => {
  const leaf = await leafWith({
    extensions: [
      ku(DIGITAL_SIGNATURE),
      new x509.ExtendedKeyUsageExtension([
        x509.ExtendedKeyUsage.serverAuth,
        x509.ExtendedKeyUsage.ocspSigning
      ])
    ]
  })
  refused([leaf.der, root.der], /extended key usage must not contain serverAuth, OCSPSigning/)
})

test('an RSA 1024 signing key is refused', async () => {
  const small = await generateKeyPair({ kind: 'rsa', bits: 1024 })
  const leaf = await leafWith({ key: small })
  refused(
    [leaf.der, root.der],
    /has a RSA 1024 bits key; the Notary Project signs only with RSA 2048\/3072\/4096 or EC P-256\/P-384\/P-521 keys/
  )
})

test('a certificate expired (or not yet valid) at the signing time is refused', async () => {
  const expired = await leafWith({
    notBefore: new Date(now.getTime() - 3 * DAY),
    notAfter: new Date(now.getTime() - DAY)
  })
  refused([expired.der, root.der], /must be valid at the signing time .*\(expired\)/)
  const future = await leafWith({ notBefore: new Date(now.getTime() + DAY) })
  refused([future.der, root.der], /must be valid at the signing time .*\(not yet valid\)/)
})

test('a chain not ending in a self-signed root is refused', () => {
  const [leaf, intermediate] = good
  refused(
    [leaf!.der, intermediate!.der],
    /chain must end with a self-signed root certificate/,
    'CN=Test Intermediate CA'
  )
})

test('a single certificate that is not self-signed is refused', () => {
  refused(
    [good[0]!.der],
    /single-certificate chain must be one self-signed certificate/,
    'CN=Test-Signer'
  )
})

test('a misordered chain is refused', () => {
  const [leaf, intermediate, chainRoot] = good
  refused(
    [leaf!.der, chainRoot!.der, intermediate!.der],
    /must be ordered leaf to root, each certificate issued by the next/,
    'CN=Test-Signer'
  )
})

test('a CA without critical keyUsage keyCertSign, or with too small a pathLen, is refused', async () => {
  const caKey = await generateKeyPair({ kind: 'ec', curve: 'P-256' })
  const badRoot = await issueCertificate({
    subject: 'CN=Bad Root,O=n,ST=WA,C=US',
    key: caKey,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      ku(x509.KeyUsageFlags.keyCertSign, false)
    ]
  })
  const leaf = await issueCertificate({
    subject: 'CN=Bad Leaf,O=n',
    key,
    issuer: badRoot,
    extensions: await codeSigningExtensions(key)
  })
  refused([leaf.der, badRoot.der], /key usage extension must be marked critical/, 'CN=Bad Root')
  const pathLenRoot = await issueCertificate({
    subject: 'CN=PathLen Root,O=n',
    key: caKey,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      ...(await caExtensions(caKey)).slice(1)
    ]
  })
  const interKey = await generateKeyPair({ kind: 'ec', curve: 'P-256' })
  const inter = await issueCertificate({
    subject: 'CN=Inter,O=n',
    key: interKey,
    issuer: pathLenRoot,
    extensions: await caExtensions(interKey)
  })
  const leaf2 = await issueCertificate({
    subject: 'CN=Leaf2,O=n',
    key,
    issuer: inter,
    extensions: await codeSigningExtensions(key)
  })
  refused(
    [leaf2.der, inter.der, pathLenRoot.der],
    /path length must be at least 1 but is 0/,
    'CN=PathLen Root'
  )
})

test('orderChain sorts a shuffled CA-issued chain leaf → root', () => {
  const [leaf, intermediate, chainRoot] = good.map(c => c.der)
  const ordered = orderChain([chainRoot!, leaf!, intermediate!])
  assert.deepEqual(ordered, [leaf, intermediate, chainRoot])
  assert.deepEqual(orderChain([intermediate!, chainRoot!, leaf!]), [leaf, intermediate, chainRoot])
})

test('orderChain rejects a missing link, two leaves and duplicates', async () => {
  const [leaf, intermediate, chainRoot] = good.map(c => c.der)
  assert.throws(
    () => orderChain([leaf!, chainRoot!]),
    (error: NotationError) =>
      error.code === 'INVALID_CERTIFICATE_CHAIN' &&
      /issuer of this certificate is missing from the certificate bundle/.test(error.message) &&
      error.message.includes('CN=Test-Signer')
  )
  const other = await leafWith({})
  assert.throws(
    () => orderChain([leaf!, other.der, intermediate!, chainRoot!]),
    /must hold one chain with one leaf, but .* issued no other certificate/
  )
  assert.throws(
    () => orderChain([leaf!, leaf!, intermediate!, chainRoot!]),
    /must not hold two certificates with the same subject/
  )
})
