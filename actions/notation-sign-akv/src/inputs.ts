import type { RegistryInputs } from '@sign/subjects'
/** Envelope formats (signature-format). */
export const SIGNATURE_FORMATS = ['jws', 'cose'] as const
/** Where a Key Vault chain comes from (certificate-source). */
export const CERTIFICATE_SOURCES = ['certificate', 'secret'] as const

/** The step's inputs, read once by index.ts (kebab-case in action.yml, camelCase here). */
export interface Inputs extends RegistryInputs {
  /** `https://<vault>.vault.azure.net/keys/<name>[/<version>]`. */
  keyId: string | undefined
  /** `https://<vault>.vault.azure.net/certificates/<name>[/<version>]`. */
  certificateId: string | undefined
  /** Path of a PEM bundle of the certificate's CA certificates. */
  caCerts: string | undefined
  certificateSource: (typeof CERTIFICATE_SOURCES)[number]
  /** Path of a PEM private key (local signing instead of Key Vault). */
  keyFile: string | undefined
  /** Path of the PEM chain of keyFile. */
  certificateFile: string | undefined
  /** Workload identity federation: the Entra application id (with tenantId). */
  clientId: string | undefined
  tenantId: string | undefined
  authorityHost: string
  signatureFormat: (typeof SIGNATURE_FORMATS)[number]
  /** Milliseconds the signatures stay valid; 0 for no expiry. */
  expiryMs: number
  /** `key=value` lines. */
  userMetadata: string[]
  images: string[]
  /** File globs, one per line (a line starting with ! excludes). */
  files: string[]
  /** Path of a sha256sum-format checksums file. */
  checksums: string | undefined
  /** Where every file's signature goes instead of beside it. */
  outputDirectory: string | undefined
  /** The payload mediaType of file signatures. */
  mediaType: string
  recursive: boolean
  forceReferrersTag: boolean
  showSummary: boolean
}
