import { existsSync, readFileSync, statSync } from 'node:fs'

/** One request as the registry logged it, once it had answered. */
export interface LoggedRequest {
  method: string
  /** The path, e.g. `/v2/sign/app/manifests/sha256:…`. */
  path: string
  /** The query string without `?` (`''` when none). */
  query: string
  status: number
}

/** How a registry writes one line per request it answered. */
export type RequestLogFormat =
  /** docker-registry's access log: `127.0.0.1 - - [date] "GET /v2/… HTTP/1.1" 200 …`. */
  | 'common'
  /** olareg's trace log (`-v trace`): `… msg=ServeHTTP duration=… method=GET url=/v2/… status=200 …`. */
  | 'olareg'

const COMMON = /^\S+ - \S+ \[[^\]]*\] "(\w+) (\S+) [^"]*" (\d{3}) /
// Go's slog text handler quotes a value (strconv.Quote) when it has spaces, `=` or quotes.
const OLAREG =
  /\bmsg=ServeHTTP\b.*? method=(\w+) url=("(?:[^"\\]|\\.)*"|\S+) status=(\d{3})(?:\s|$)/

function request(method: string, target: string, status: string): LoggedRequest {
  const question = target.indexOf('?')
  return {
    method,
    path: question < 0 ? target : target.slice(0, question),
    query: question < 0 ? '' : target.slice(question + 1),
    status: Number(status)
  }
}

/** The request a log line records, or undefined for any other line. */
export function parseRequestLine(options: {
  line: string
  format: RequestLogFormat
}): LoggedRequest | undefined {
  const { line, format } = options
  if (format === 'common') {
    const match = COMMON.exec(line)
    return match ? request(match[1] ?? '', match[2] ?? '', match[3] ?? '') : undefined
  }
  const match = OLAREG.exec(line)
  if (!match) return undefined
  const url = match[2] ?? ''
  const target = url.startsWith('"') ? (JSON.parse(url) as string) : url
  return request(match[1] ?? '', target, match[3] ?? '')
}

/** The requests logged in `logPath` after its first `from` bytes, in the order they were answered. */
export function readRequestLog(options: {
  logPath: string
  format: RequestLogFormat
  from?: number
}): LoggedRequest[] {
  if (!existsSync(options.logPath)) return []
  return readFileSync(options.logPath)
    .subarray(options.from ?? 0)
    .toString()
    .split('\n')
    .map(line => parseRequestLine({ line, format: options.format }))
    .filter(entry => entry !== undefined)
}

/** The log's size in bytes now (0 before it exists): a `from` that skips what came before. */
export function requestLogOffset(options: { logPath: string }): number {
  return existsSync(options.logPath) ? statSync(options.logPath).size : 0
}
