import { createPublicKey } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { VerifyError } from '../errors.ts'
import type { ParsedSigner } from './parse-policy.ts'
import type { Signer } from './types.ts'

/** Options of {@link readSignerKeys}. */
export interface ReadSignerKeysOptions {
  signers: ParsedSigner[]
  source: string
}

/** Reads each key signer's PEM public key, refusing files that are not public keys. */
export async function readSignerKeys(options: ReadSignerKeysOptions): Promise<Signer[]> {
  return Promise.all(
    options.signers.map(async signer => {
      if (signer.kind !== 'key') return signer
      let key: string
      try {
        key = await readFile(signer.keyPath, 'utf8')
      } catch (cause) {
        throw new VerifyError({
          code: 'INVALID_INPUT',
          cause,
          message: `policy ${options.source}: cannot read the public key of signer ${signer.name}, ${signer.keyPath} (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message})`
        })
      }
      if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/u.test(key)) {
        throw new VerifyError({
          code: 'INVALID_INPUT',
          message: `policy ${options.source}: ${signer.keyPath} (signer ${signer.name}) is a private key; give its public key (the .pub file) and keep the private key out of the verifier`
        })
      }
      try {
        createPublicKey(key)
      } catch (cause) {
        throw new VerifyError({
          code: 'INVALID_INPUT',
          cause,
          message: `policy ${options.source}: ${signer.keyPath} (signer ${signer.name}) is not a PEM public key; give the .pub file cosign generate-key-pair wrote`
        })
      }
      return { ...signer, key }
    })
  )
}
