import { NotationError } from '../errors.ts'

/** Options of {@link fetchBytes}. */
export interface FetchBytesOptions {
  url: string
  fetch: typeof globalThis.fetch
  /** The whole exchange, body included, must finish within this time. */
  timeoutMs: number
  /** Bodies longer than this are refused, read no further. */
  maxBytes: number
  /** A POST body (an OCSP request); GET when absent. */
  body?: Uint8Array
  contentType?: string
}

/**
 * Fetches an OCSP response or a CRL over http(s): no credentials, a time limit for the whole
 * exchange, a size limit on the body. Throws a NotationError whose message is the short reason
 * ("timed out after 2000 ms", "HTTP 404", "response larger than 32 MiB").
 */
export async function fetchBytes(options: FetchBytesOptions): Promise<Buffer> {
  const url = checkedUrl(options.url)
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  // The limit holds even for a fetch that ignores its signal: the race settles without it.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort()
      reject(failure(`timed out after ${options.timeoutMs} ms`))
    }, options.timeoutMs)
  })
  const exchange = exchangeBytes({ ...options, url, signal: controller.signal })
  exchange.catch(() => undefined)
  try {
    return await Promise.race([exchange, timeout])
  } finally {
    clearTimeout(timer)
  }
}

interface ExchangeOptions extends Omit<FetchBytesOptions, 'url'> {
  url: URL
  signal: AbortSignal
}

async function exchangeBytes(options: ExchangeOptions): Promise<Buffer> {
  try {
    const response = await options.fetch(options.url, {
      method: options.body ? 'POST' : 'GET',
      ...(options.body && { body: options.body }),
      headers: options.contentType ? { 'content-type': options.contentType } : {},
      credentials: 'omit',
      redirect: 'follow',
      signal: options.signal
    })
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined)
      throw failure(`HTTP ${response.status}`)
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN)
    if (declared > options.maxBytes) {
      await response.body?.cancel().catch(() => undefined)
      throw failure(`response larger than ${sizeText(options.maxBytes)}`)
    }
    return await readBounded(response, options.maxBytes)
  } catch (error) {
    if (error instanceof NotationError) throw error
    throw failure(networkReason(error), error)
  }
}

function checkedUrl(text: string): URL {
  let url: URL
  try {
    url = new URL(text)
  } catch (error) {
    throw failure('not a valid URL', error)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw failure(`unsupported scheme ${url.protocol.slice(0, -1)} (only http and https)`)
  }
  if (url.username !== '' || url.password !== '') {
    throw failure('URLs with credentials are not used')
  }
  return url
}

async function readBounded(response: Response, maxBytes: number): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0)
  const reader = (response.body as ReadableStream<Uint8Array>).getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks)
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw failure(`response larger than ${sizeText(maxBytes)}`)
    }
    chunks.push(value)
  }
}

function networkReason(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined
  const code = typeof cause?.code === 'string' ? ` (${cause.code})` : ''
  return `${error instanceof Error ? error.message : String(error)}${code}`
}

function sizeText(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${bytes / 1024} KiB`
}

function failure(message: string, cause?: unknown): NotationError {
  return new NotationError({ code: 'VERIFICATION_FAILED', message, cause })
}
