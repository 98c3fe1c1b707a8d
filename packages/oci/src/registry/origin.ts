import { isLoopbackHost, isPlainHttpAnswer } from '../http/scheme.ts'
import type { Transport } from '../http/transport.ts'
import { apiHost } from '../reference/reference.ts'

/** A registry's origin, `https://host` or `http://host`, found once per registry. */
export type OriginFinder = (registry: string) => Promise<string>

/** Options of {@link createOriginFinder}. */
export interface OriginFinderOptions {
  transport: Transport
  /** Registry hosts that may be used over plain HTTP; loopback hosts always may. */
  insecure: ReadonlySet<string>
}

/**
 * HTTPS first; a loopback or insecure host whose TLS handshake meets plain HTTP gets http://.
 * The answer is kept per registry; a failed probe is forgotten, so the next request probes again.
 */
export function createOriginFinder(options: OriginFinderOptions): OriginFinder {
  const { transport, insecure } = options
  const origins = new Map<string, Promise<string>>()
  return registry => {
    let known = origins.get(registry)
    if (known) return known
    const host = apiHost(registry)
    known = probeOrigin({
      transport,
      host,
      mayBePlainHttp: isLoopbackHost(host) || insecure.has(registry)
    })
    origins.set(registry, known)
    known.catch(() => origins.delete(registry))
    return known
  }
}

/** Options of {@link probeOrigin}. */
interface ProbeOriginOptions {
  transport: Transport
  host: string
  /** Whether the host may answer in plain HTTP; when not, it is HTTPS without asking. */
  mayBePlainHttp: boolean
}

async function probeOrigin(options: ProbeOriginOptions): Promise<string> {
  const { transport, host } = options
  if (!options.mayBePlainHttp) return `https://${host}`
  try {
    const probe = await transport.send({
      operation: 'ping',
      method: 'GET',
      url: new URL(`https://${host}/v2/`)
    })
    await probe.body?.cancel()
    return `https://${host}`
  } catch (error) {
    if (isPlainHttpAnswer(error)) return `http://${host}`
    throw error
  }
}
