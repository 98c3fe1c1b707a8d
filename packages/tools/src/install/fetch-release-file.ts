// Small release files (checksums files and their Sigstore bundles), fetched with retries.
import { ToolsError } from '../errors.ts'

/** The fetch the installer uses: the global one, or a test's. */
export type FetchFunction = typeof globalThis.fetch

/** Options of {@link fetchReleaseFile}. */
export interface FetchReleaseFileOptions {
  url: string
  fetch?: FetchFunction
  /** Attempts in all (default 3), retrying network errors and HTTP 5xx, 408 and 429 only. */
  attempts?: number
  /** Milliseconds before the first retry, doubling each time (default 1000). */
  retryDelayMs?: number
}

/**
 * Fetches a release file's bytes. Retries as @actions/tool-cache does (network errors, 5xx, 408,
 * 429); any other status fails at once. Failures are DOWNLOAD_FAILED with the HTTP status.
 */
export async function fetchReleaseFile(options: FetchReleaseFileOptions): Promise<Buffer> {
  const fetch = options.fetch ?? globalThis.fetch
  const attempts = options.attempts ?? 3
  let delay = options.retryDelayMs ?? 1000
  for (let attempt = 1; ; attempt++) {
    let failure: ToolsError
    try {
      const response = await fetch(options.url, { redirect: 'follow' })
      if (response.ok) return Buffer.from(await response.arrayBuffer())
      await response.body?.cancel()
      failure = new ToolsError({
        code: 'DOWNLOAD_FAILED',
        status: response.status,
        message: `Cannot download ${options.url}: HTTP ${response.status}.`
      })
      if (!retryable(response.status)) throw failure
    } catch (error) {
      if (error instanceof ToolsError) throw error
      failure = new ToolsError({
        code: 'DOWNLOAD_FAILED',
        message: `Cannot download ${options.url}: ${(error as Error).message}.`,
        cause: error
      })
    }
    if (attempt >= attempts) throw failure
    await new Promise(resolve => setTimeout(resolve, delay))
    delay *= 2
  }
}

function retryable(status: number): boolean {
  return status >= 500 || status === 408 || status === 429
}
