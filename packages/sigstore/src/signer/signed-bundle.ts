import { bundleToJSON, type Bundle, type SerializedBundle } from '@sigstore/bundle'
import type { VerificationMaterial } from '@sigstore/sign'
import type { SigstoreInstance } from '../instance/instance.ts'
import type { SignedBundle } from './bundle-signer.ts'

/**
 * The SignedBundle for `bundle` once witnessed: the log entries and timestamps merged into its
 * verification material, serialized (bundleToJSON leaves out empty lists, so a bundle without a
 * log has no `tlogEntries`), with the Rekor entry summarized for reports.
 */
export function signedBundle(options: {
  bundle: Bundle
  material: Required<VerificationMaterial>
  signature: Buffer
  certificatePem: string
  instance: SigstoreInstance
}): SignedBundle {
  const { bundle, material, instance } = options
  bundle.verificationMaterial.tlogEntries = material.tlogEntries
  // Like cosign, no timestampVerificationData at all when there is no timestamp.
  bundle.verificationMaterial.timestampVerificationData =
    material.rfc3161Timestamps.length > 0
      ? { rfc3161Timestamps: material.rfc3161Timestamps }
      : undefined
  const [entry] = material.tlogEntries
  return {
    bundle: withUnpopulatedProofs(bundleToJSON(bundle)),
    signature: options.signature,
    certificatePem: options.certificatePem,
    ...(entry && {
      tlogEntry: {
        logIndex: entry.logIndex,
        // Rekor v2 signs no integrated time (its time comes from the TSA) and has no entry API.
        ...(instance.rekorVersion === 1 && {
          integratedTime: entry.integratedTime,
          entryUrl: `${instance.rekorUrl}/api/v1/log/entries?logIndex=${entry.logIndex}`
        })
      }
    })
  }
}

/**
 * The bundle JSON with every inclusion proof's `logIndex` and `hashes` written even when they are
 * `"0"` and `[]` (a log's first entry, a one-leaf tree), as Rekor writes them
 * (`EmitUnpopulated`, sigstore/rekor#2438). bundleToJSON leaves such values out, and
 * sigstore-python refuses a proof without them ("Field required").
 */
function withUnpopulatedProofs(json: SerializedBundle): SerializedBundle {
  // Without a log (tlog-upload: false) bundleToJSON leaves tlogEntries out altogether.
  for (const entry of json.verificationMaterial.tlogEntries ?? []) {
    const proof = entry.inclusionProof as { logIndex?: string; hashes?: string[] } | undefined
    if (proof === undefined) continue
    proof.logIndex ??= '0'
    proof.hashes ??= []
  }
  return json
}
