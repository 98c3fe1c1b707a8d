// The sigstore-js libraries @sign/sigstore verifies with, for the "@sigstore/verify direct" modes
// of bench/verify: the same versions packages/sigstore pins (@sigstore/verify 4.1.3,
// @sigstore/bundle 5.0.1, @sigstore/protobuf-specs 0.5.2), so the comparison is between callers
// of one library, not two versions.
export { bundleFromJSON } from '@sigstore/bundle'
export { TrustedRoot } from '@sigstore/protobuf-specs'
export { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify'
