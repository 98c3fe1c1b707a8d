// The policy inputs whose values can be checked on their own, before the policy is built: the
// public key file, the predicate type and the SBOM format.
import { createPublicKey } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { ConfigurationError } from '@sign/action-kit'
import { quote } from '@sign/safe-text'
import { SBOM_FORMATS, isSbomFormat, predicateTypeURI, type PolicyFlags } from '@sign/verify'
import { inputFix } from './input-examples.ts'

const PREDICATE_NAMES =
  'slsaprovenance, slsaprovenance1, spdxjson, cyclonedx, vuln, openvex, link, custom'

/**
 * Checks inputs `key` (a readable PEM public key), `type` (a URI or cosign's short name) and
 * `require-sbom` (an SBOM format).
 */
export async function checkPolicyInputs(options: { flags: PolicyFlags }): Promise<void> {
  const { key, type, requireSbom } = options.flags
  if (requireSbom !== undefined && !isSbomFormat(requireSbom)) {
    throw new ConfigurationError(
      `Input 'require-sbom': ${quote(requireSbom)} is not an SBOM format: write ${SBOM_FORMATS.join(' or ')}:`,
      { fix: inputFix('require-sbom') }
    )
  }
  if (key !== undefined) await checkPublicKey({ path: key })
  if (type !== undefined && predicateTypeURI({ type }) === undefined) {
    throw new ConfigurationError(
      `Input 'type': ${quote(type)} is not a predicate type: write a URI (such as ` +
        `https://slsa.dev/provenance/v1) or one of cosign's names (${PREDICATE_NAMES}):`,
      { fix: inputFix('type') }
    )
  }
}

async function checkPublicKey(options: { path: string }): Promise<void> {
  const { path } = options
  let pem: string
  try {
    pem = await readFile(path, 'utf8')
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? 'unreadable'
    throw new ConfigurationError(
      `Input 'key': cannot read ${quote(path)} (${code}). Name the PEM public key (the .pub ` +
        'file cosign generate-key-pair wrote), relative to the workspace:',
      { cause, fix: inputFix('key') }
    )
  }
  const problem = /-----BEGIN [A-Z ]*PRIVATE KEY-----/u.test(pem)
    ? 'is a private key; give its public key and keep the private key out of the verifier'
    : isPublicKey(pem)
      ? undefined
      : 'is not a PEM public key'
  if (problem === undefined) return
  throw new ConfigurationError(
    `Input 'key': ${quote(path)} ${problem}. Name the .pub file cosign generate-key-pair wrote:`,
    { fix: inputFix('key') }
  )
}

function isPublicKey(pem: string): boolean {
  try {
    createPublicKey(pem)
    return true
  } catch {
    return false
  }
}
