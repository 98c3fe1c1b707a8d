// A signing key or certificate chain the Notary Project rules refuse, as a ConfigurationError
// naming the input that holds it and the fix for the rule it broke, worded for the signer in use.
import { ConfigurationError } from '@sign/action-kit'
import { KeyVaultError } from '@sign/notation'
import { NotationError, type CertificateRule } from '@sign/notation/errors'
import type { SigningKey } from './key-inputs.ts'
import { keyVaultAccessRefusal } from './key-vault-refusal.ts'

/** Options of {@link keyRefusal}. */
export interface KeyRefusalOptions {
  error: unknown
  key: SigningKey
}

/** Where the refused part came from, and what to do about it. */
interface Refusal {
  input: string
  /** Absent when the message already says what to do. */
  fix?: string
}

const LEAF_PROFILE =
  'basicConstraints CA:false, a critical keyUsage with digitalSignature only, and the codeSigning extended key usage'

const SUPPORTED_KEYS = 'RSA 2048, 3072 or 4096, or EC P-256, P-384 or P-521'

/**
 * The ConfigurationError for a user-fixable NotationError (a chain or key that breaks a rule, a
 * PEM key that does not fit, a Key Vault permission, sign-in, tenant or key id to fix):
 * `Input '<name>': <what is wrong>.` then what to do. Any other error is returned as it is (a
 * service failing is remote, a bug internal).
 */
export function keyRefusal(options: KeyRefusalOptions): unknown {
  const { error, key } = options
  if (error instanceof KeyVaultError && key.kind === 'key-vault') {
    return keyVaultAccessRefusal({ error, key }) ?? error
  }
  if (!(error instanceof NotationError)) return error
  const refusal = key.kind === 'pem' ? pemRefusal({ error }) : keyVaultRefusal({ error, key })
  if (refusal === undefined) return error
  return new ConfigurationError(`Input '${refusal.input}': ${error.message}.`, {
    ...(refusal.fix === undefined ? {} : { fix: refusal.fix }),
    cause: error
  })
}

function pemRefusal(options: { error: NotationError }): Refusal | undefined {
  const { error } = options
  if (error.code === 'INVALID_INPUT' || error.code === 'UNSUPPORTED_KEY') {
    return {
      input: 'key-file',
      fix:
        error.code === 'UNSUPPORTED_KEY'
          ? `Create the key as ${SUPPORTED_KEYS}, get its certificate, and name both in key-file and certificate-file.`
          : 'Write the unencrypted PEM private key of the first (leaf) certificate of certificate-file to key-file.'
    }
  }
  if (error.code !== 'INVALID_CERTIFICATE_CHAIN') return undefined
  const fix = ruleFix({ rule: error.rule, where: 'certificate-file' })
  return { input: error.rule === 'key-size' ? 'key-file' : 'certificate-file', fix }
}

function keyVaultRefusal(options: {
  error: NotationError
  key: Extract<SigningKey, { kind: 'key-vault' }>
}): Refusal | undefined {
  const { error, key } = options
  if (error.code === 'UNSUPPORTED_KEY') {
    return {
      input: 'key-id',
      fix: `Create the Key Vault certificate with a ${SUPPORTED_KEYS} key (its policy's keyProperties) and sign with its key id.`
    }
  }
  if (error.code !== 'INVALID_CERTIFICATE_CHAIN') return undefined
  const rule = error.rule
  const caRule =
    rule === 'issuer-missing' ||
    rule === 'order' ||
    rule === 'bundle' ||
    rule?.startsWith('ca-') === true
  const fromCaCerts = key.chain.source === 'certificate' && key.chain.caCertsPem !== undefined
  if (caRule && fromCaCerts) {
    return { input: 'ca-certs', fix: ruleFix({ rule, where: 'ca-certs' }) }
  }
  if (caRule && key.chain.source === 'secret') {
    return { input: 'key-id', fix: ruleFix({ rule, where: 'the Key Vault secret' }) }
  }
  if (rule === undefined) {
    // The Key Vault signer's own chain messages say what to do; a CA-issued certificate read
    // without its CA certificates gets the inputs that give them.
    const leafAlone = key.chain.source === 'certificate' && !fromCaCerts
    return {
      input: fromCaCerts ? 'ca-certs' : 'key-id',
      ...(leafAlone && error.message.includes('is not self-signed')
        ? {
            fix: 'with:\n  ca-certs: certs/ca-bundle.pem   # the intermediates and the root\nor, when the Key Vault secret holds the whole chain:\nwith:\n  certificate-source: secret'
          }
        : {})
    }
  }
  return { input: 'key-id', fix: ruleFix({ rule, where: 'the Key Vault certificate' }) }
}

/** How to fix `rule`, said of `where` the certificates are (a file input, or Key Vault). */
function ruleFix(options: { rule: CertificateRule | undefined; where: string }): string {
  const { rule, where } = options
  const inKeyVault = where.startsWith('the Key Vault')
  const reissue = inKeyVault
    ? 'Create a new version of the Key Vault certificate whose policy gives'
    : `Issue the signing certificate again with ${LEAF_PROFILE}, and write it first in ${where}`
  switch (rule) {
    case 'leaf-ca':
    case 'leaf-digital-signature':
    case 'leaf-key-usage-only':
    case 'leaf-eku':
    case 'key-usage-missing':
    case 'key-usage-critical':
      return inKeyVault ? `${reissue} ${LEAF_PROFILE}, and sign with its key id.` : `${reissue}.`
    case 'ca-flag':
    case 'ca-path-length':
    case 'ca-cert-sign':
      return `Use the CA's own certificates in ${where}: each must have basicConstraints CA:true (with room for the CAs below it) and a critical keyUsage with keyCertSign.`
    case 'issuer-missing':
      return inKeyVault
        ? `Merge the intermediates and the root into ${where} (az keyvault certificate merge), so it holds the whole chain, or give them in ca-certs with certificate-source: certificate.`
        : `Append the intermediates and the root to ${where}, so it holds the whole chain up to the self-signed root.`
    case 'order':
      return `Write ${where} leaf first, then each certificate's issuer, ending in the self-signed root.`
    case 'bundle':
      return `Keep in ${where} only the certificates of the signing certificate's chain, each once.`
    case 'validity':
      return inKeyVault
        ? 'Renew the Key Vault certificate (a new version), or its CA certificates, and sign with its key id.'
        : `Renew the certificate, and write the renewed chain to ${where}.`
    case 'key-size':
      return inKeyVault
        ? `Create the Key Vault certificate with a ${SUPPORTED_KEYS} key and sign with its key id.`
        : `Create the key as ${SUPPORTED_KEYS}, get its certificate, and name both in key-file and ${where}.`
    case 'empty':
    case undefined:
      return `Give the certificate chain in ${where}, leaf first, ending in the self-signed root.`
  }
}
