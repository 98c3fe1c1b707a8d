import { randomUUID } from 'node:crypto'
import { signJwt } from '../oidc/jwt.ts'
import { issueCertificate, x509 } from '../pki/certificates.ts'
import { generateKeyPair } from '../pki/keys.ts'
import { libtrustKeyId } from './libtrust.ts'
import type { TokenAccess } from './token-scope.ts'

/** A freshly minted registry token and the times a token response reports. */
export interface MintedToken {
  token: string
  expiresIn: number
  /** RFC 3339, as the `issued_at` field of a token response. */
  issuedAt: string
}

/** Mints registry bearer tokens; the registry trusts `certificatePem` (its `rootcertbundle`). */
export interface TokenSigner {
  certificatePem: string
  /** The libtrust key ID the tokens carry as `kid`. */
  keyId: string
  mint(options: { subject: string; access: TokenAccess[] }): MintedToken
}

/**
 * An RS256 token signer with a self-signed certificate. docker-registry finds the key by the
 * JWT's `kid`, which must be the libtrust key ID of a key in its root certificate bundle.
 */
export async function createTokenSigner(options: {
  issuer: string
  service: string
  lifetimeSeconds: number
}): Promise<TokenSigner> {
  const key = await generateKeyPair({ kind: 'rsa', bits: 2048 })
  const certificate = await issueCertificate({
    subject: 'CN=sign testenv registry token signer',
    key,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true)
    ]
  })
  const keyId = libtrustKeyId({ publicKey: key.publicKey })
  const mint = ({ subject, access }: { subject: string; access: TokenAccess[] }): MintedToken => {
    const now = Math.floor(Date.now() / 1000)
    const payload = {
      iss: options.issuer,
      sub: subject,
      aud: options.service,
      exp: now + options.lifetimeSeconds,
      nbf: now - 5,
      iat: now,
      jti: randomUUID(),
      access
    }
    return {
      token: signJwt({ payload, privateKey: key.privateKey, keyId }),
      expiresIn: options.lifetimeSeconds,
      issuedAt: new Date(now * 1000).toISOString()
    }
  }
  return { certificatePem: certificate.pem, keyId, mint }
}
