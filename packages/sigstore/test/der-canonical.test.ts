// Non-canonical encodings of a stack-issued Fulcio certificate whose issuer signature still
// verifies (only the unsigned outer layers change): the checker names the rule each breaks, and
// verifyBundle refuses each as INVALID_BUNDLE — with the checker's reason where @sigstore/verify
// 4.1.3 would have accepted the bundle, with @sigstore/core's where its parser refuses too.
// Also the checker's own rules on hand-made elements.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bundleFromJSON } from '@sigstore/bundle'
import { X509Certificate } from '@sigstore/core'
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { checkCanonicalCertificate, checkCanonicalDer } from '@sign/der'
import { SigstoreError } from '../src/errors.ts'
import { verifyBundle } from '../src/verify/index.ts'
import { startSigningEnv } from './verify-stack.ts'

/** A DER element with its length written `lengthForm`: minimal, or long with extra zeros. */
function element(tag: number, body: Buffer, lengthForm: 'minimal' | 'long' = 'minimal'): Buffer {
  const n = body.length
  const bytes: number[] = []
  for (let rest = n; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256)
  const head =
    lengthForm === 'long'
      ? [tag, 0x80 | (bytes.length + 1), 0, ...bytes]
      : n < 0x80
        ? [tag, n]
        : [tag, 0x80 | bytes.length, ...bytes]
  return Buffer.concat([Buffer.from(head), body])
}

/** The children of the element at 0 (definite lengths). */
function parts(der: Buffer): Buffer[] {
  const first = der[1] as number
  let at = first & 0x80 ? 2 + (first & 0x7f) : 2
  const out: Buffer[] = []
  while (at < der.length) {
    const lengthByte = der[at + 1] as number
    const count = lengthByte & 0x80 ? lengthByte & 0x7f : 0
    let length = count === 0 ? lengthByte : 0
    for (let i = 0; i < count; i++) length = length * 256 + (der[at + 2 + i] as number)
    const end = at + 2 + count + length
    out.push(der.subarray(at, end))
    at = end
  }
  return out
}

/** Variants of a certificate that keep tbsCertificate, so the issuer's signature verifies. */
function variants(der: Buffer): { name: string; der: Buffer; reason: RegExp }[] {
  const [tbs, algorithm, signature] = parts(der) as [Buffer, Buffer, Buffer]
  const ecdsa = signature.subarray(signature[1] === 0x81 ? 4 : 3)
  const [r, s] = parts(ecdsa) as [Buffer, Buffer]
  const paddedR = element(0x02, Buffer.concat([Buffer.from([0x00]), r.subarray(2)]))
  const paddedSignature = element(
    0x03,
    Buffer.concat([Buffer.from([0]), element(0x30, Buffer.concat([paddedR, s]))])
  )
  return [
    {
      name: 'trailing bytes',
      der: Buffer.concat([der, Buffer.from([0x00])]),
      reason: /1 trailing byte\(s\) after the DER element at byte/
    },
    {
      name: 'a long-form length with a leading zero',
      der: element(0x30, Buffer.concat([tbs, algorithm, signature]), 'long'),
      reason: /a long-form length with a leading zero octet at byte 0/
    },
    {
      name: 'a short length in the long form',
      der: element(
        0x30,
        Buffer.concat([
          tbs,
          algorithm,
          Buffer.from([0x03, 0x81, signature[1] as number]),
          signature.subarray(2)
        ])
      ),
      reason: /length \d+ in the long form \(DER requires the short form\)/
    },
    {
      name: 'a constructed BIT STRING tag',
      der: element(
        0x30,
        Buffer.concat([tbs, algorithm, Buffer.from([0x23]), signature.subarray(1)])
      ),
      reason: /a constructed BIT STRING \(DER requires the primitive form\)/
    },
    {
      name: 'a non-minimal INTEGER in the ECDSA signature value',
      der: element(0x30, Buffer.concat([tbs, algorithm, paddedSignature])),
      reason: /ECDSA signature value: a non-minimal INTEGER \(a redundant leading 0x00\)/
    }
  ]
}

test('non-canonical DER certificates are INVALID_BUNDLE', async t => {
  const env = await startSigningEnv(t)
  const signed = await env.signFile()
  const material = signed.bundle['verificationMaterial'] as { certificate: { rawBytes: string } }
  const original = Buffer.from(material.certificate.rawBytes, 'base64')
  checkCanonicalCertificate({ der: original })
  const trust = toTrustMaterial(TrustedRoot.fromJSON(env.trustedRoot))
  for (const variant of variants(original)) {
    const bundle = structuredClone(signed.bundle)
    ;(bundle['verificationMaterial'] as typeof material).certificate.rawBytes =
      variant.der.toString('base64')
    let upstream = 'accepted'
    try {
      new Verifier(trust).verify(toSignedEntity(bundleFromJSON(bundle), signed.data))
    } catch (error) {
      upstream = `rejected (${(error as Error).message})`
    }
    let parses = true
    try {
      X509Certificate.parse(Buffer.from(variant.der))
    } catch {
      parses = false
    }
    // The checker's reason always; the message is @sigstore/core's when its parser refuses too.
    assert.throws(() => checkCanonicalCertificate({ der: variant.der }), variant.reason)
    t.diagnostic(`${variant.name}: @sigstore/verify 4.1.3 ${upstream}`)
    assert.throws(
      () =>
        verifyBundle({
          bundle,
          artifact: { data: signed.data },
          policy: env.policy,
          trustedRoot: env.trustedRoot
        }),
      (error: unknown) => {
        assert.ok(error instanceof SigstoreError)
        assert.equal(error.code, 'INVALID_BUNDLE')
        if (parses) {
          assert.match(
            error.message,
            /^the bundle's certificate is a malformed certificate, not canonical DER: /
          )
          assert.match(error.message, variant.reason)
        } else {
          assert.match(error.message, /^the bundle's certificate does not parse/)
        }
        return true
      },
      variant.name
    )
  }
})

test('the DER checker refuses each non-canonical form with its reason', () => {
  const cases: [string, RegExp][] = [
    ['3080020101 0000', /an indefinite length/],
    ['0101 01', /BOOLEAN TRUE written as 0x01 \(DER requires 0xFF\)/],
    ['010100', /^(?!)/],
    ['02020001', /a non-minimal INTEGER \(a redundant leading 0x00\)/],
    ['0202ff80', /a non-minimal INTEGER \(a redundant leading 0xFF\)/],
    ['0200', /an empty INTEGER/],
    ['0500', /^(?!)/],
    ['050100', /a NULL with contents/],
    ['03020701', /a BIT STRING whose unused bits are not zero/],
    ['030108', /a BIT STRING with 8 unused bits/],
    ['06028001', /an OBJECT IDENTIFIER arc with a leading zero septet/],
    ['060181', /an OBJECT IDENTIFIER whose last arc is cut off/],
    ['1003020100', /a primitive SEQUENCE/],
    ['2403040100', /a constructed OCTET STRING/],
    ['170d3235303132313039313734365a', /^(?!)/],
    ['170f323530313231303931373436303030', /a UTCTime not in the form/],
    ['180f32303235303132313039313734365a', /^(?!)/],
    ['181132303235303132313039313734362e305a', /a GeneralizedTime not in the form/],
    ['3003020101ff', /1 trailing byte\(s\)/],
    ['300402010100', /runs past the end|trailing|truncated/],
    ['3005020101', /length 5 runs past the end/],
    ['1f0100', /tag number 1 in the high-tag-number form/]
  ]
  for (const [hex, reason] of cases) {
    const der = Buffer.from(hex.replace(/ /gu, ''), 'hex')
    if (reason.source === '^(?!)') {
      checkCanonicalDer({ der })
      continue
    }
    assert.throws(() => checkCanonicalDer({ der }), reason, hex)
  }
})
