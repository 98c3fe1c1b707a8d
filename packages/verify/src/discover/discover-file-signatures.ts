import { stat } from 'node:fs/promises'
import { fileKind } from '@sign/oci'
import { quote } from '@sign/safe-text'
import { DiscoveryError } from './errors.ts'
import type { FileSignatureHint, FoundFileSignature } from './file-types.ts'
import { readFileSignature } from './read-file-signature.ts'

/** The names a release file's signatures take beside it, and what each holds. */
export const FILE_SIGNATURE_SUFFIXES: readonly {
  suffix: string
  kindHint?: FileSignatureHint
}[] = [
  { suffix: '.sigstore.json', kindHint: 'sigstore-bundle' },
  { suffix: '.sigstore', kindHint: 'sigstore-bundle' },
  { suffix: '.intoto.jsonl' },
  // SBOM attestations of the file (the sbom-attach action): the SBOM's name, `.intoto.sigstore.json`.
  { suffix: '.spdx.intoto.sigstore.json', kindHint: 'sigstore-bundle' },
  { suffix: '.cdx.intoto.sigstore.json', kindHint: 'sigstore-bundle' },
  { suffix: '.sbom.intoto.sigstore.json', kindHint: 'sigstore-bundle' },
  { suffix: '.jws.sig', kindHint: 'notation' },
  { suffix: '.cose.sig', kindHint: 'notation' }
]

/** Options of {@link discoverFileSignatures}. */
export interface DiscoverFileSignaturesOptions {
  /** The release file. */
  path: string
}

/**
 * The signatures found beside a release file: `<file>.sigstore.json` and `<file>.sigstore`
 * (cosign sign-blob / attest-blob, sigstore-python), `<file>.intoto.jsonl` (slsa-github-generator:
 * a bundle or DSSE envelope per line), `<file>.{spdx,cdx,sbom}.intoto.sigstore.json` (SBOM
 * attestations), `<file>.jws.sig` and `<file>.cose.sig` (notation blob sign). Absent names are skipped; each present one is read with readFileSignature. One that is
 * not a regular file once links are followed (a FIFO, a link to /dev/zero, a directory) is never
 * opened: it is `unreadable`, saying what it is.
 */
export async function discoverFileSignatures(
  options: DiscoverFileSignaturesOptions
): Promise<FoundFileSignature[]> {
  const candidates = await Promise.all(
    FILE_SIGNATURE_SUFFIXES.map(async ({ suffix, kindHint }) => {
      const path = `${options.path}${suffix}`
      const kind = await kindOf(path)
      if (kind === undefined) return []
      if (kind !== 'a regular file') {
        const reason = `${quote(path)} is ${kind}, not a regular file; a signature file must be a regular file`
        return [{ kind: 'unreadable' as const, path, claimed: kindHint ?? 'signature', reason }]
      }
      return readFileSignature({ path, ...(kindHint ? { kindHint } : {}) })
    })
  )
  return candidates.flat()
}

/** What is at `path` once links are followed (`a regular file`, `a FIFO`…); undefined: nothing. */
async function kindOf(path: string): Promise<string | undefined> {
  try {
    return fileKind(await stat(path))
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    throw new DiscoveryError({
      code: 'READ_FAILED',
      cause,
      message: `cannot look for the signature file ${path} (${code ?? (cause as Error).message}); check its directory is readable`
    })
  }
}

export { FILE_SBOM_SUFFIXES } from './discover-file-sboms.ts'
