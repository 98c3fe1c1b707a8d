// A small OCI distribution client for the registry smoke test only (packages/oci is the real
// client): follows WWW-Authenticate challenges, pushes blobs and manifests, pulls manifests.
import { createHash } from 'node:crypto'
import { basicAuthorization, type RegistryCredentials } from '../src/index.ts'

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'

/** A response the client did not expect, with the challenge the registry sent. */
export class RegistryHttpError extends Error {
  readonly status: number
  readonly challenge: string | null
  readonly body: string
  constructor(options: { status: number; challenge: string | null; body: string; what: string }) {
    super(`${options.what}: HTTP ${options.status} ${options.body}`)
    this.status = options.status
    this.challenge = options.challenge
    this.body = options.body
  }
}

/** `Bearer realm="…",service="…"` → { scheme: 'bearer', params: { realm, service } }. */
export function parseChallenge(header: string): { scheme: string; params: Record<string, string> } {
  const scheme = header.slice(0, header.indexOf(' ')).toLowerCase()
  const params: Record<string, string> = {}
  for (const match of header.matchAll(/(\w+)="([^"]*)"/g)) params[match[1] ?? ''] = match[2] ?? ''
  return { scheme, params }
}

export const sha256Digest = (data: Uint8Array): string =>
  `sha256:${createHash('sha256').update(data).digest('hex')}`

export interface RegistryClient {
  /** fetch() against the registry that answers a 401 challenge once (Basic or Bearer). */
  request(path: string, init?: RequestInit): Promise<Response>
  pushBlob(options: { repository: string; data: Uint8Array }): Promise<string>
  pushManifest(options: {
    repository: string
    reference: string
    data: Uint8Array
  }): Promise<string>
  pullManifest(options: { repository: string; reference: string }): Promise<PulledManifest>
}

export interface PulledManifest {
  bytes: Buffer
  digest: string | null
  contentType: string | null
}

async function expectStatus(response: Response, status: number, what: string): Promise<void> {
  if (response.status === status) return
  const challenge = response.headers.get('www-authenticate')
  throw new RegistryHttpError({
    status: response.status,
    challenge,
    body: await response.text(),
    what
  })
}

/** A client for `url` that authenticates with `credentials` when challenged. */
export function createRegistryClient(options: {
  url: string
  credentials?: RegistryCredentials
}): RegistryClient {
  const { url, credentials } = options
  let authorization: string | undefined

  const authorize = async (header: string): Promise<string> => {
    const { scheme, params } = parseChallenge(header)
    if (scheme === 'basic' && credentials) return basicAuthorization(credentials)
    if (scheme !== 'bearer' || !params['realm']) throw new Error(`cannot answer ${header}`)
    const realm = new URL(params['realm'])
    if (params['service']) realm.searchParams.set('service', params['service'])
    for (const scope of (params['scope'] ?? '').split(' ').filter(Boolean)) {
      realm.searchParams.append('scope', scope)
    }
    const headers = credentials ? { authorization: basicAuthorization(credentials) } : undefined
    const response = await fetch(realm, headers ? { headers } : {})
    await expectStatus(response, 200, `token from ${realm.origin}`)
    const { token } = (await response.json()) as { token: string }
    return `Bearer ${token}`
  }

  const send = (target: string, init: RequestInit): Promise<Response> => {
    const headers = new Headers(init.headers)
    if (authorization) headers.set('authorization', authorization)
    return fetch(new URL(target, url), { ...init, headers })
  }

  const request = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const first = await send(path, init)
    const challenge = first.headers.get('www-authenticate')
    if (first.status !== 401 || !challenge) return first
    await first.arrayBuffer()
    authorization = await authorize(challenge)
    return send(path, init)
  }

  return {
    request,
    async pushBlob({ repository, data }) {
      const digest = sha256Digest(data)
      const start = await request(`/v2/${repository}/blobs/uploads/`, { method: 'POST' })
      await expectStatus(start, 202, 'start upload')
      const location = new URL(start.headers.get('location') ?? '', url)
      location.searchParams.set('digest', digest)
      const headers = { 'content-type': 'application/octet-stream' }
      const put = await request(location.href, { method: 'PUT', headers, body: data })
      await expectStatus(put, 201, 'finish upload')
      return digest
    },
    async pushManifest({ repository, reference, data }) {
      const response = await request(`/v2/${repository}/manifests/${reference}`, {
        method: 'PUT',
        headers: { 'content-type': OCI_MANIFEST },
        body: data
      })
      await expectStatus(response, 201, 'push manifest')
      return response.headers.get('docker-content-digest') ?? ''
    },
    async pullManifest({ repository, reference }) {
      const response = await request(`/v2/${repository}/manifests/${reference}`, {
        headers: { accept: OCI_MANIFEST }
      })
      await expectStatus(response, 200, 'pull manifest')
      const bytes = Buffer.from(await response.arrayBuffer())
      const { headers } = response
      return {
        bytes,
        digest: headers.get('docker-content-digest'),
        contentType: headers.get('content-type')
      }
    }
  }
}
