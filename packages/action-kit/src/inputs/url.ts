import { inputError } from './input-error.ts'

/** Loopback hosts, where plain http:// never leaves the machine: 127.0.0.0/8, localhost, [::1]. */
function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase()
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127(?:\.\d{1,3}){3}$/.test(host)
  )
}

/**
 * The value of input `input` as the base URL of a service that must be reached over https://
 * (plain http:// only on a loopback host), without credentials, query or fragment; trailing
 * slashes dropped. A ConfigurationError naming the input and showing `example` otherwise.
 */
export function serviceUrlInput(options: {
  input: string
  value: string
  example: string
}): string {
  const { input, value, example } = options
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  const problem =
    url === undefined
      ? 'must be an absolute https:// URL'
      : url.protocol === 'http:' && !isLoopback(url.hostname)
        ? 'uses plain http://, which is accepted only for a loopback host (127.0.0.0/8, localhost, [::1]): write the https:// URL'
        : url.protocol !== 'https:' && url.protocol !== 'http:'
          ? `uses ${url.protocol}//, not https://`
          : url.username !== '' || url.password !== ''
            ? 'holds credentials, which would be logged with every URL'
            : url.search !== '' || url.hash !== ''
              ? 'has a query or fragment: write the base URL alone'
              : undefined
  if (problem === undefined && url !== undefined) return url.href.replace(/\/+$/, '')
  throw inputError({ input, problem: problem ?? 'must be an absolute https:// URL', example })
}
