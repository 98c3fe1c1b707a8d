import { ConfigurationError } from '@sign/action-kit'

/**
 * The most bytes one attested statement may hold: actions/attest's `MAX_SBOM_SIZE_BYTES` (16 MiB),
 * so what this step signs stays what `gh attestation` and the attestations API accept; the DSSE
 * envelope then carries it base64-encoded (4/3 larger) to Rekor and the registry.
 */
export const MAX_ATTESTED_BYTES = 16 * 1024 * 1024

/**
 * Refuses to sign `bytes` over {@link MAX_ATTESTED_BYTES}: a configuration error naming what and
 * the input that leaves it unsigned, before anything is signed or written.
 */
export function checkAttestedSize(options: {
  /** What would be signed, e.g. `the spdx-json SBOM of app.tar.gz`. */
  what: string
  bytes: number
  /** The input and value that leave it unsigned (`attest: false`). */
  unsigned: string
}): void {
  if (options.bytes <= MAX_ATTESTED_BYTES) return
  const mib = (options.bytes / 1048576).toFixed(1)
  throw new ConfigurationError(
    `${options.what} is ${mib} MiB, over the 16 MiB an attestation may carry (the limit of GitHub's attestations, which this step keeps), so it cannot be signed. Describe fewer or smaller subjects, or leave it unsigned:`,
    { fix: `with:\n  ${options.unsigned}` }
  )
}
