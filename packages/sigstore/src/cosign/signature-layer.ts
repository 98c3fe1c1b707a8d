import type { SerializedBundle } from '@sigstore/bundle'
import { SigstoreError } from '../errors.ts'
import type { SignedBundle } from '../signer/bundle-signer.ts'
import {
  CERTIFICATE_ANNOTATION,
  CHAIN_ANNOTATION,
  REKOR_BUNDLE_ANNOTATION,
  RFC3161_TIMESTAMP_ANNOTATION,
  SIGNATURE_ANNOTATION
} from './formats.ts'
import { goJson, goMap } from './go-json.ts'

/**
 * The annotations of one legacy signature layer, as cosign's `static.NewSignature` options write
 * them (pkg/oci/static/options.go): the base64 signature; with a certificate, the leaf PEM and
 * the chain (PEM, empty here: a v0.3 bundle carries the leaf only, and verifiers take the chain
 * from their trusted root); the Rekor bundle when the entry has a signed entry timestamp (Rekor
 * v2 entries have none: cosign writes no bundle then); and the RFC 3161 timestamp, which in both
 * cosign and sigstore-js is taken over the raw signature bytes.
 */
export function signatureLayerAnnotations(signed: SignedBundle): Record<string, string> {
  const annotations: Record<string, string> = {
    [SIGNATURE_ANNOTATION]: signed.signature.toString('base64'),
    // PEM as Go's pem.EncodeToMemory ends it, with a newline.
    [CERTIFICATE_ANNOTATION]: signed.certificatePem.replace(/\n?$/, '\n'),
    [CHAIN_ANNOTATION]: ''
  }
  const rekor = rekorSetBundle(signed.bundle)
  if (rekor) annotations[REKOR_BUNDLE_ANNOTATION] = rekor
  const timestamps = signed.bundle.verificationMaterial.timestampVerificationData as
    { rfc3161Timestamps?: { signedTimestamp: string }[] } | undefined
  const timestamp = timestamps?.rfc3161Timestamps?.[0]
  if (timestamp) {
    annotations[RFC3161_TIMESTAMP_ANNOTATION] = goJson({
      SignedRFC3161Timestamp: timestamp.signedTimestamp
    })
  }
  return goMap(annotations)
}

/**
 * cosign's `RekorBundle` (pkg/cosign/bundle/rekor.go, from `EntryToBundle`):
 * `{"SignedEntryTimestamp":<b64>,"Payload":{"body":<b64>,"integratedTime":<int>,"logIndex":<int>,
 * "logID":<hex>}}` — the fields the entry's signed entry timestamp covers, so they are taken
 * verbatim from the bundle's first tlog entry (integers written as their decimal digits).
 */
export function rekorSetBundle(bundle: SerializedBundle): string | undefined {
  const entries = bundle.verificationMaterial.tlogEntries as
    SerializedBundle['verificationMaterial']['tlogEntries'] | undefined
  const entry = entries?.[0]
  const set = entry?.inclusionPromise?.signedEntryTimestamp
  if (!entry || !set) return undefined
  for (const [name, value] of [
    ['integratedTime', entry.integratedTime],
    ['logIndex', entry.logIndex]
  ]) {
    if (!/^\d+$/.test(value ?? '')) {
      throw new SigstoreError({
        code: 'INVALID_INPUT',
        message: `the bundle's tlog entry has ${name} "${value}", not a decimal integer; the bundle is malformed — sign again`
      })
    }
  }
  const logId = Buffer.from(entry.logId.keyId, 'base64').toString('hex')
  const body = goJson(entry.canonicalizedBody)
  return `{"SignedEntryTimestamp":${goJson(set)},"Payload":{"body":${body},"integratedTime":${entry.integratedTime},"logIndex":${entry.logIndex},"logID":${goJson(logId)}}}`
}
