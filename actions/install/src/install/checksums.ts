import type { Logger } from '@sign/action-kit'
import type { TrustedRootJSON } from '@sign/sigstore'
import { expectedChecksum } from '@sign/tools'
import type { ExpectedChecksum, ResolvedAsset } from '@sign/tools'
import { asStepErrors } from '../validate/step-error.ts'

/**
 * The digest each tool to download must have, found before any asset is downloaded: so a version
 * that cannot be verified refuses the whole step, not half of it.
 */
export async function findChecksums(options: {
  tools: ResolvedAsset[]
  allowUnverified: boolean
  trustedRoot: TrustedRootJSON | undefined
  logger: Logger
}): Promise<Map<string, ExpectedChecksum>> {
  const checksums = new Map<string, ExpectedChecksum>()
  for (const resolved of options.tools) {
    const expected = await asStepErrors(
      () =>
        expectedChecksum({
          resolved,
          allowUnverified: options.allowUnverified,
          ...(options.trustedRoot === undefined ? {} : { trustedRoot: options.trustedRoot })
        }),
      unverifiableFix(resolved)
    )
    options.logger.info(
      expected.sha256 === undefined
        ? `${resolved.tool} ${resolved.version}: no checksum to verify ${resolved.asset} against (allow-unverified: true).`
        : `${resolved.tool} ${resolved.version}: ${resolved.asset} must have SHA-256 ${expected.sha256} (from the ${expected.source === 'catalog' ? 'catalog' : `signed checksums file ${resolved.checksumsUrl}`}).`
    )
    checksums.set(resolved.tool, expected)
  }
  return checksums
}

/**
 * What to write when `resolved` cannot be verified. A tool without a signed checksums file can be
 * pinned or allowed unverified; for one with it, the refusal means the signed file did not check
 * out — allow-unverified would not (and must not) help.
 */
function unverifiableFix(resolved: ResolvedAsset): string {
  if (resolved.checksumsBundleUrl !== undefined) {
    return (
      "Nothing was installed. Check that the mirror serves the release's original files, that the " +
      'version exists, and that the catalog names the identity that signs its checksums files.'
    )
  }
  return [
    'with:',
    `  tools: ${resolved.tool}            # the catalog's default version, or one it pins`,
    '# or pin the version in your own catalog file:',
    'with:',
    '  catalog: .github/tools-catalog.json',
    '# or accept an unverified download:',
    'with:',
    '  allow-unverified: true'
  ].join('\n')
}
