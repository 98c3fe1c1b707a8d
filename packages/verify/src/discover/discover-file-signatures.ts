import { stat } from 'node:fs/promises'
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
 * a bundle or DSSE envelope per line), `<file>.jws.sig` and `<file>.cose.sig` (notation blob
 * sign). Absent names are skipped; each present one is read with readFileSignature.
 */
export async function discoverFileSignatures(
  options: DiscoverFileSignaturesOptions
): Promise<FoundFileSignature[]> {
  const candidates = await Promise.all(
    FILE_SIGNATURE_SUFFIXES.map(async ({ suffix, kindHint }) => {
      const path = `${options.path}${suffix}`
      if (!(await isFile(path))) return []
      return readFileSignature({ path, ...(kindHint ? { kindHint } : {}) })
    })
  )
  return candidates.flat()
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return false
    throw new DiscoveryError({
      code: 'READ_FAILED',
      cause,
      message: `cannot look for the signature file ${path} (${code ?? (cause as Error).message}); check its directory is readable`
    })
  }
}
