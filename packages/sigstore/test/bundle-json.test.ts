// Malformed bundle JSON is INVALID_BUNDLE naming the JSON path, never a TypeError from
// @sigstore/bundle's reader (the cases below crashed or were coerced before the shape check).
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { SigstoreError } from '../src/errors.ts'
import { verifyBundle } from '../src/verify/index.ts'
import { startSigningEnv } from './verify-stack.ts'

type Json = Record<string, unknown> & {
  verificationMaterial: Record<string, unknown> & { tlogEntries: Record<string, unknown>[] }
}

const CASES: [string, (bundle: Json) => void, RegExp][] = [
  [
    'tlogEntries: [null]',
    b => void (b.verificationMaterial.tlogEntries = [null as never]),
    /verificationMaterial\.tlogEntries\[0\] is null, not an object/
  ],
  [
    'a number for a bytes field',
    b => void (b['messageSignature'] = { signature: 5 }),
    /messageSignature\.signature is a number, not a base64 string/
  ],
  [
    'an array for an object',
    b => void (b.verificationMaterial['certificate'] = []),
    /verificationMaterial\.certificate is an array, not an object/
  ],
  ['an object for a string', b => void (b['mediaType'] = {}), /mediaType is an object, not one of/],
  [
    'a huge log index',
    b =>
      void ((b.verificationMaterial.tlogEntries[0] as Record<string, unknown>)['logIndex'] =
        '99999999999999999999'),
    /tlogEntries\[0\]\.logIndex is "99999999999999999999", not a 64-bit integer/
  ],
  [
    'a float log index',
    b =>
      void ((b.verificationMaterial.tlogEntries[0] as Record<string, unknown>)['integratedTime'] =
        1e308),
    /tlogEntries\[0\]\.integratedTime is 1e\+308, not a 64-bit integer/
  ],
  [
    'a missing logId',
    b => void delete b.verificationMaterial.tlogEntries[0]?.['logId'],
    /verificationMaterial\.tlogEntries\[0\]\.logId is missing/
  ],
  [
    'null hashes entry',
    b =>
      void ((b.verificationMaterial.tlogEntries[0]?.['inclusionProof'] as Record<string, unknown>)[
        'hashes'
      ] = [null]),
    /inclusionProof\.hashes\[0\] is null, not a base64 string/
  ],
  [
    'both contents',
    b => void (b['dsseEnvelope'] = { payload: 'AA==', payloadType: 'x', signatures: [] }),
    /the bundle must have exactly one of messageSignature, dsseEnvelope; it has messageSignature and dsseEnvelope/
  ],
  [
    'an unknown media type suffix',
    b => void (b['mediaType'] = `${String(b['mediaType'])}x`),
    /mediaType is "application\/vnd\.dev\.sigstore\.bundle\.v0\.3\+jsonx", not one of/
  ],
  [
    'an unknown hash algorithm',
    b =>
      void (b['messageSignature'] = {
        ...(b['messageSignature'] as object),
        messageDigest: { algorithm: 'MD5', digest: 'AA==' }
      }),
    /messageSignature\.messageDigest\.algorithm is "MD5", not one of/
  ],
  [
    'bad base64',
    b =>
      void ((b.verificationMaterial.tlogEntries[0] as Record<string, unknown>)[
        'canonicalizedBody'
      ] = 'a b'),
    /canonicalizedBody is not base64 \(" " at offset 1\)/
  ],
  [
    'not an object at all',
    b => void Object.assign(b, { verificationMaterial: 'x' }),
    /verificationMaterial is a string, not an object/
  ]
]

test('malformed bundle shapes are INVALID_BUNDLE naming the JSON path', async t => {
  const env = await startSigningEnv(t)
  const signed = await env.signFile()
  for (const [name, mutate, reason] of CASES) {
    const bundle = structuredClone(signed.bundle) as Json
    mutate(bundle)
    assert.throws(
      () =>
        verifyBundle({
          bundle,
          artifact: { data: signed.data },
          policy: env.policy,
          trustedRoot: env.trustedRoot
        }),
      (error: unknown) => {
        assert.ok(error instanceof SigstoreError, `${name}: ${String(error)}`)
        assert.equal(error.code, 'INVALID_BUNDLE', name)
        assert.match(error.message, /^not a valid Sigstore bundle: /, name)
        assert.match(error.message, reason, name)
        return true
      },
      name
    )
  }
})
