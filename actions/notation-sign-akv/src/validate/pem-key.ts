// key-file + certificate-file: a local PEM key and its chain.
import { ConfigurationError, maskSecret } from '@sign/action-kit'
import { PEM_FIX, readInputFile, type KeyInputs, type SigningKey } from './key-inputs.ts'

/** Checks the key-file inputs and reads the key (masked) and its certificate chain. */
export async function pemKey(inputs: KeyInputs & { keyFile: string }): Promise<SigningKey> {
  const unused = (['certificateId', 'caCerts', 'clientId', 'tenantId'] as const).filter(
    name => inputs[name] !== undefined
  )
  if (unused.length > 0) {
    const names = unused.map(name => name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`))
    throw new ConfigurationError(
      `Input${names.length > 1 ? 's' : ''} ${names.map(n => `'${n}'`).join(', ')} only apply to a Key Vault key, not to key-file. Remove them, or sign with a local key alone:`,
      { fix: PEM_FIX }
    )
  }
  if (inputs.certificateFile === undefined) {
    throw new ConfigurationError(
      "Input 'certificate-file' is missing: key-file needs the PEM certificate chain of its key (leaf first). Set both:",
      { fix: PEM_FIX }
    )
  }
  const keyPem = await readInputFile('key-file', inputs.keyFile)
  maskSecret(keyPem)
  const certificateChainPem = await readInputFile('certificate-file', inputs.certificateFile)
  return { kind: 'pem', keyPem, certificateChainPem }
}
