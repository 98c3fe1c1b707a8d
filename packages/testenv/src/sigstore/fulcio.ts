import type { JsonWebKey } from 'node:crypto'
import { fulcioHandler, type CA } from '@sigstore/mock/dist/fulcio/index.js'
import { decodeJwt, verifyJwt } from '../oidc/jwt.ts'
import { fulcioChainReply } from './fulcio-chain.ts'
import { provenKey, type KeyRequest } from './fulcio-proof.ts'
import { fromMockResult, jsonReply, type ServiceReply, type ServiceRoute } from './http.ts'

/** An OIDC issuer Fulcio accepts identity tokens from, as in Fulcio's issuer configuration. */
export interface TrustedOidcIssuer {
  /** The `iss` value of its tokens. */
  issuer: string
  jwks: { keys: JsonWebKey[] }
}

// Real Fulcio answers every refusal with gRPC code 3 (InvalidArgument), which its HTTP gateway
// maps to 400, and these messages (fulcio pkg/server/error.go and grpc_server.go; the key's in
// fulcio-proof.ts).
const INVALID_IDENTITY_TOKEN = 'There was an error processing the identity token'
const AUDIENCE = 'sigstore'
const GITHUB_URL = 'https://github.com'
/** A claim no GitHub token has and the mock maps to no extension: it carries the SAN. */
const SAN_CLAIM = 'x-testenv-subject-alternative-name'

interface CertificateRequest extends KeyRequest {
  credentials?: { oidcIdentityToken?: string }
}

/**
 * Fulcio's `POST /api/v2/signingCert`: @sigstore/mock's CA behind the checks the mock skips.
 * Like real Fulcio it verifies the token (signature against the issuer's JWKS, `iss`, `aud`
 * `sigstore`, expiry) and the proof of possession (a CSR's self-signature, or the key's signature
 * over `sub`), then issues the SAN Fulcio gives GitHub Actions tokens:
 * `https://github.com/<job_workflow_ref>`, and answers the chain in Fulcio's PEM.
 */
export function fulcioRoutes(options: {
  ca: CA
  oidcIssuers: TrustedOidcIssuer[]
}): ServiceRoute[] {
  // The mock decodes the token without verifying it and copies one claim, `subjectClaim`, into
  // a URI SAN. No GitHub claim holds `https://github.com/<job_workflow_ref>` (`sub` is
  // `repo:<owner>/<repo>:ref:<ref>`), so after verifying the token we hand the mock a re-encoded
  // payload: the verified claims plus SAN_CLAIM. That keeps the mock's certificate layout and its
  // claim-to-extension mapping (issuer .1.1/.1.8, GitHub .1.2–.1.6, .1.9–.1.22) intact, with no
  // copy of either here. The re-encoded token is unsigned: the mock only decodes it.
  const mock = fulcioHandler(options.ca, { subjectClaim: SAN_CLAIM })
  // The identity token comes in the body's credentials or, as cosign and sigstore-go send it, as
  // the bearer token of the Authorization header (Fulcio's gateway takes either).
  const issue = async (body: string, authorization?: string): Promise<ServiceReply> => {
    let request: CertificateRequest
    try {
      request = JSON.parse(body) as CertificateRequest
    } catch {
      return refuse('the request body is not JSON')
    }
    let claims: Record<string, unknown>
    try {
      const bearer = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1]
      const token = request.credentials?.oidcIdentityToken ?? bearer ?? ''
      claims = authenticate(token, options.oidcIssuers)
    } catch {
      return refuse(INVALID_IDENTITY_TOKEN)
    }
    const key = await provenKey(request, String(claims['sub']))
    if ('refusal' in key) return refuse(key.refusal)
    const san = `${GITHUB_URL}/${String(claims['job_workflow_ref'])}`
    const token = unsignedJwt({ ...claims, [SAN_CLAIM]: san })
    // The mock is handed the proven key alone, as a public key request (it would take a CSR's
    // key without checking the CSR's signature).
    const publicKey = key.publicKey.export({ format: 'pem', type: 'spki' }).toString()
    const result = await mock.fn(
      JSON.stringify({
        credentials: { oidcIdentityToken: token },
        publicKeyRequest: { publicKey: { content: publicKey } }
      })
    )
    // The mock answers 201; Fulcio's gateway answers 200, and sigstore-go (cosign 3) refuses any
    // other status.
    return result.statusCode === 201
      ? fulcioChainReply(fromMockResult(result).body)
      : refuse(fromMockResult(result).body.toString())
  }
  return [
    {
      service: 'fulcio',
      method: 'POST',
      path: '/api/v2/signingCert',
      handle: r => issue(r.body, r.authorization)
    }
  ]
}

/** Verifies `token` against the issuer its `iss` names; throws when Fulcio would refuse it. */
function authenticate(token: string, issuers: TrustedOidcIssuer[]): Record<string, unknown> {
  const issuer = issuers.find(trusted => trusted.issuer === decodeJwt(token).payload['iss'])
  if (!issuer) throw new Error('the token comes from an issuer Fulcio does not trust')
  const claims = verifyJwt({ token, jwks: issuer.jwks, issuer: issuer.issuer, audience: AUDIENCE })
  if (typeof claims['sub'] !== 'string' || typeof claims['job_workflow_ref'] !== 'string') {
    throw new Error('not a GitHub Actions token: sub or job_workflow_ref is missing')
  }
  return claims
}

function unsignedJwt(payload: Record<string, unknown>): string {
  const encode = (part: object): string => Buffer.from(JSON.stringify(part)).toString('base64url')
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`
}

function refuse(message: string): ServiceReply {
  return jsonReply(400, { code: 3, message, details: [] })
}
