import { quote } from '@sign/safe-text'
import { OciError } from '../errors.ts'
import { describeLimit } from './body-limits.ts'

/** Options of {@link readBodyCapped}. */
export interface ReadBodyCappedOptions {
  response: Response
  /** The most bytes accepted; one more and the read stops. */
  limit: number
  /** The operation, as counted by the transport (`manifest.get`, `referrers.list`, …). */
  operation: string
  /** Who answered: `registry/repository`, or the token service's host. */
  source: string
}

/**
 * A response body read whole, but never more than `limit` bytes: a Content-Length over the limit
 * is refused before reading, and a body that grows past it is cancelled (the connection closed,
 * not drained) with TOO_LARGE naming the source, operation and limit.
 */
export async function readBodyCapped(options: ReadBodyCappedOptions): Promise<Buffer> {
  const { response, limit, operation, source } = options
  const tooLarge = (detail: string): OciError =>
    new OciError({
      code: 'TOO_LARGE',
      status: response.status,
      message: `${operation} on ${source}: the response body is over the ${describeLimit(limit)} limit${detail}; refusing to read it`
    })
  const declared = response.headers.get('content-length')
  if (declared !== null && Number(declared) > limit) {
    await response.body?.cancel()
    throw tooLarge(` (Content-Length ${quote(declared)})`)
  }
  const read = await readBodyUpTo({ response, limit })
  if (read.truncated) throw tooLarge('')
  return read.bytes
}

/** Options of {@link readBodyUpTo}. */
export interface ReadBodyUpToOptions {
  response: Response
  limit: number
}

/**
 * At most `limit` bytes of a body, and whether there was more; the rest is never read (the
 * stream is cancelled). For bodies only shown in messages, such as a registry's error.
 */
export async function readBodyUpTo(
  options: ReadBodyUpToOptions
): Promise<{ bytes: Buffer; truncated: boolean }> {
  const { response, limit } = options
  if (!response.body) return { bytes: Buffer.alloc(0), truncated: false }
  const reader = (response.body as ReadableStream<Uint8Array>).getReader()
  const parts: Uint8Array[] = []
  let length = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return { bytes: Buffer.concat(parts), truncated: false }
      if (length + value.byteLength > limit) {
        parts.push(value.subarray(0, limit - length))
        await reader.cancel()
        return { bytes: Buffer.concat(parts), truncated: true }
      }
      parts.push(value)
      length += value.byteLength
    }
  } finally {
    reader.releaseLock()
  }
}
