import { isIPv4 } from 'node:net'
import { SigstoreError } from '../errors.ts'

/** Hosts that may be reached over plain http://: the machine itself (test stacks). */
function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname === '[::1]' ||
    (isIPv4(hostname) && hostname.startsWith('127.'))
  )
}

/**
 * `url` checked and normalized (no trailing slash, as sigstore-js appends `/api/...`): https://,
 * or http:// for loopback hosts only (127.0.0.0/8, localhost, [::1]). `input` names where the
 * URL came from in the error (`rekor-url`, `signing-config <path>`).
 */
export function serviceUrl(options: { url: string; input: string }): string {
  const { url, input } = options
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch (error) {
    throw invalid(`${input} "${url}" is not a URL: write an absolute https:// URL.`, error)
  }
  const insecure = parsed.protocol === 'http:'
  if (parsed.protocol !== 'https:' && !(insecure && isLoopback(parsed.hostname))) {
    throw invalid(
      `${input} "${url}" uses ${parsed.protocol}//: Sigstore services must be reached over ` +
        'https:// (plain http:// is accepted only for loopback hosts: 127.0.0.0/8, localhost, ' +
        '[::1]). Write the https:// URL of the service.'
    )
  }
  return parsed.href.replace(/\/+$/, '')
}

function invalid(message: string, cause?: unknown): SigstoreError {
  return new SigstoreError({ code: 'INVALID_INSTANCE', message, cause })
}
