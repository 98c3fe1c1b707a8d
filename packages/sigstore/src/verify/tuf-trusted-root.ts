import { readFile } from 'node:fs/promises'
import { SigstoreError } from '../errors.ts'
import { checkTrustedRoot } from './trusted-root.ts'
import type { TrustedRootJSON } from './trusted-root.ts'

/** Options of {@link loadTrustedRootFromTuf}. */
export interface LoadTrustedRootFromTufOptions {
  /** The TUF repository's base URL (`https://tuf-repo-cdn.sigstore.dev` for public-good). */
  mirror: string
  /** Path of the initial `root.json` the repository's metadata must chain to. */
  root: string
  /** Directory of the TUF cache (one subdirectory per mirror). */
  cachePath: string
  /** Use the cached metadata and target while they have not expired, without the network. */
  forceCache?: boolean
  /** Per-request timeout in ms (default 10000). */
  timeoutMs?: number
}

const TRUSTED_ROOT_TARGET = 'trusted_root.json'

/**
 * Fetches the `trusted_root.json` target of a TUF repository with @sigstore/tuf: metadata
 * verified from the initial root (TUF root rotation, expiry, snapshot and target hashes), then
 * checked like {@link loadTrustedRoot}. The only network access of verification, and only when
 * this is called. A cache already holding a root for the mirror continues from that root (the
 * initial one is only copied into an empty cache), as @sigstore/tuf does. Failures are
 * TRUST_ROOT errors naming the mirror and the step that failed.
 */
export async function loadTrustedRootFromTuf(
  options: LoadTrustedRootFromTufOptions
): Promise<TrustedRootJSON> {
  const { mirror, root, cachePath } = options
  const fail = (reason: string, cause?: unknown): SigstoreError =>
    new SigstoreError({
      code: 'TRUST_ROOT',
      cause,
      message: `cannot get ${TRUSTED_ROOT_TARGET} from the TUF repository ${mirror}: ${reason}`
    })
  try {
    new URL(mirror)
  } catch (cause) {
    throw fail('the mirror is not a URL', cause)
  }
  try {
    JSON.parse(await readFile(root, 'utf8'))
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    throw fail(
      `the initial root ${root} ${code === undefined ? `is not JSON (${(cause as Error).message})` : `cannot be read (${code})`}`,
      cause
    )
  }
  // Imported here: @sigstore/tuf loads an HTTP client stack that offline verification never needs.
  const { initTUF } = await import('@sigstore/tuf')
  let text: string
  try {
    const tuf = await initTUF({
      mirrorURL: mirror.replace(/\/+$/u, ''),
      rootPath: root,
      cachePath,
      forceCache: options.forceCache ?? false,
      retry: { retries: 2 },
      timeout: options.timeoutMs ?? 10_000
    })
    text = await tuf.getTarget(TRUSTED_ROOT_TARGET)
  } catch (cause) {
    throw fail(`${describe(cause)}; check the mirror URL and that ${root} is its root.json`, cause)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (cause) {
    throw fail(`the target is not JSON (${(cause as Error).message})`, cause)
  }
  try {
    return checkTrustedRoot({ json, source: `${mirror} target ${TRUSTED_ROOT_TARGET}` })
  } catch (cause) {
    throw fail((cause as Error).message, cause)
  }
}

/** The error and its causes, `code: message` each, outermost first. */
function describe(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  while (current instanceof Error && parts.length < 4) {
    const code = (current as { code?: unknown }).code
    parts.push(`${typeof code === 'string' ? `${code}: ` : ''}${current.message}`)
    current = current.cause
  }
  return parts.length === 0 ? String(error) : parts.join(' ← ')
}
