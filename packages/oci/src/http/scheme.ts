/** Hosts that may be spoken to over plain HTTP without asking: the loopback ones. */
export function isLoopbackHost(host: string): boolean {
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]
  return name === 'localhost' || name === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(name ?? '')
}

/** A TLS handshake that met a plain-HTTP server (the signal to fall back for loopback hosts). */
export function isPlainHttpAnswer(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code
    if (code === 'EPROTO' || code === 'ERR_SSL_WRONG_VERSION_NUMBER') return true
    if (/wrong version number|packet length too long/i.test(e.message)) return true
  }
  return false
}
