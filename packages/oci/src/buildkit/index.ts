// BuildKit's attestation manifests in an image index (docker buildx --sbom / --provenance).
export * from './attestation-manifests.ts'
export * from './attestation-statements.ts'
