import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Where writeVerifyPolicy put the policy and the notation trust material. */
export interface VerifyPolicyFiles {
  policy: string
  ociTrustPolicy: string
  blobTrustPolicy: string
  trustStore: string
}

/**
 * The one policy the demo verifies against, written into `directory`: the keyless signature of
 * the release workflow (exact identity, issuer and repository) AND a Notary Project signature by
 * the Key Vault certificate (`certificate`, PEM, in the CA trust store `release`), for the image
 * repositories `scopes` and for files; with `requireSbom`, an SPDX SBOM attested by the workflow too;
 * or, with `require`, those requirement lines.
 */
export async function writeVerifyPolicy(options: {
  directory: string
  scopes: string[]
  certificate: string
  trustedRootPath: string
  identity: string
  issuer: string
  repository: string
  /** Also require an SPDX SBOM attested by the release workflow. */
  requireSbom?: boolean
  /** The `require:` lines instead of the signatures (and SBOM) above. */
  require?: string[]
}): Promise<VerifyPolicyFiles> {
  const { directory } = options
  const trustStore = join(directory, 'truststore')
  await mkdir(join(trustStore, 'x509/ca/release'), { recursive: true })
  await writeFile(join(trustStore, 'x509/ca/release/release.crt'), options.certificate)
  const statement = {
    name: 'release',
    signatureVerification: { level: 'strict', override: { revocation: 'skip' } },
    trustStores: ['ca:release'],
    trustedIdentities: ['*']
  }
  const files: VerifyPolicyFiles = {
    policy: join(directory, 'policy.yml'),
    ociTrustPolicy: join(directory, 'trustpolicy.oci.json'),
    blobTrustPolicy: join(directory, 'trustpolicy.blob.json'),
    trustStore
  }
  await writeFile(
    files.ociTrustPolicy,
    JSON.stringify({
      version: '1.0',
      trustPolicies: [{ ...statement, registryScopes: options.scopes }]
    })
  )
  await writeFile(
    files.blobTrustPolicy,
    JSON.stringify({ version: '1.0', trustPolicies: [{ ...statement, globalPolicy: true }] })
  )
  await writeFile(
    files.policy,
    [
      'version: 1',
      'trust:',
      `  trusted-root: ${options.trustedRootPath}`,
      '  notation:',
      '    trust-policy: [trustpolicy.oci.json, trustpolicy.blob.json]',
      '    trust-store: truststore',
      'signers:',
      '  release:',
      `    certificate-identity: ${options.identity}`,
      `    certificate-oidc-issuer: ${options.issuer}`,
      `    certificate-github-workflow-repository: ${options.repository}`,
      '  akv:',
      '    notation: true',
      'require:',
      ...(options.require ?? [
        '  - signature: release',
        '  - signature: akv',
        ...(options.requireSbom ? ['  - sbom: release', '    format: spdx-json'] : [])
      ]),
      ''
    ].join('\n')
  )
  return files
}
