/** Error codes the emulator answers with, as Key Vault names them. */
export type VaultErrorCode =
  | 'Unauthorized'
  | 'Forbidden'
  | 'BadParameter'
  | 'KeyNotFound'
  | 'CertificateNotFound'
  | 'SecretNotFound'
  | 'NotFound'

export interface VaultErrorOptions {
  status: 400 | 401 | 403 | 404
  code: VaultErrorCode
  message: string
  /** `innererror.code`, e.g. AccessDenied for a missing access-policy permission. */
  innerCode?: string
}

/** A refusal from the Key Vault emulator: `{error:{code,message,innererror?}}` with a status. */
export class VaultError extends Error {
  readonly status: 400 | 401 | 403 | 404
  readonly code: VaultErrorCode
  readonly innerCode: string | undefined

  constructor(options: VaultErrorOptions) {
    super(options.message)
    this.name = 'VaultError'
    this.status = options.status
    this.code = options.code
    this.innerCode = options.innerCode
  }

  /** The JSON body Key Vault sends with an error status. */
  toBody(): object {
    const error: Record<string, unknown> = { code: this.code, message: this.message }
    if (this.innerCode) error['innererror'] = { code: this.innerCode }
    return { error }
  }
}

const RECOVER_HINT =
  'If you recently deleted this {kind} you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182'

/** Key Vault's 404 for a key, certificate or secret (optionally a version) that is not there. */
export function notFound(options: {
  kind: 'key' | 'certificate' | 'secret'
  id: string
}): VaultError {
  const code = (
    { key: 'KeyNotFound', certificate: 'CertificateNotFound', secret: 'SecretNotFound' } as const
  )[options.kind]
  return new VaultError({
    status: 404,
    code,
    message: `A ${options.kind} with (name/id) ${options.id} was not found in this key vault. ${RECOVER_HINT.replace('{kind}', options.kind)}`
  })
}

/** Key Vault's 400 for a malformed request. */
export function badParameter(message: string): VaultError {
  return new VaultError({ status: 400, code: 'BadParameter', message })
}
