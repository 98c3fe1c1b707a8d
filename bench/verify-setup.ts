// bench/verify setup: N small distinct files signed keyless against the loopback Sigstore stack
// (one BundleSigner, v0.3 message-signature bundles beside each file), and the stack's trusted
// root written to a file. Verification is offline, so the stack stops once everything is signed.
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  createBundleSigner,
  hashFile,
  resolveInstance,
  staticIdentityProvider,
  writeFileSignatures
} from '@sign/sigstore'
import { startOidcIssuer, startSigstoreStack } from '@sign/testenv'
import type { BenchSetup } from './verify-modes.ts'

const FILE_SIZE = 1024
const CONCURRENCY = 8

/** Options of {@link signBundles}. */
export interface SignBundlesOptions {
  /** An empty directory for the files, their bundles and the trusted root. */
  directory: string
  bundles: number
}

/** Signs `bundles` files in `directory`; returns what verification needs. */
export async function signBundles(options: SignBundlesOptions): Promise<BenchSetup> {
  const { directory } = options
  const oidc = await startOidcIssuer()
  try {
    const stack = await startSigstoreStack({ oidcIssuers: [oidc] })
    try {
      const files = writeFiles(options)
      const signer = createBundleSigner({
        instance: resolveInstance({
          fulcioUrl: stack.fulcioUrl,
          rekorUrl: stack.rekorUrl,
          tsaUrl: stack.tsaUrl
        }),
        identityProvider: staticIdentityProvider(oidc.mint({ audience: 'sigstore' })),
        concurrency: CONCURRENCY
      })
      await Promise.all(
        files.map(async file => {
          const { digest } = await hashFile(file)
          const signed = await signer.signDigest({ algorithm: 'sha256', digest })
          await writeFileSignatures({ file, signed, legacyOutputs: false })
        })
      )
      const trustedRootPath = join(directory, 'trusted_root.json')
      writeFileSync(trustedRootPath, `${JSON.stringify(stack.trustedRoot, null, 2)}\n`)
      const { repository, workflowPath, ref } = oidc.workflow
      return {
        files,
        trustedRootPath,
        fileSizeBytes: FILE_SIZE,
        // What the stack's Fulcio certifies for a GitHub Actions token, as real Fulcio does.
        identity: `https://github.com/${repository}/${workflowPath}@${ref}`,
        issuer: oidc.issuer
      }
    } finally {
      await stack.stop()
    }
  } finally {
    await oidc.stop()
  }
}

/** Writes the files: FILE_SIZE bytes each, different per file. */
function writeFiles(options: SignBundlesOptions): string[] {
  return Array.from({ length: options.bundles }, (_, i) => {
    const file = join(options.directory, `asset-${String(i).padStart(5, '0')}.bin`)
    const block = Buffer.from(createHash('sha256').update(`asset ${i}`).digest('hex'))
    writeFileSync(file, Buffer.concat(Array.from({ length: FILE_SIZE / 64 }, () => block)))
    return file
  })
}
