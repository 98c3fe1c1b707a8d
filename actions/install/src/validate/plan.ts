import { loadTrustedRoot } from '@sign/sigstore'
import type { TrustedRootJSON } from '@sign/sigstore'
import { SigstoreError } from '@sign/sigstore'
import { ConfigurationError } from '@sign/action-kit'
import { parseToolRequests, platformOf, releaseBase, resolveAsset, ToolsError } from '@sign/tools'
import type { ResolvedAsset, ToolPlatform } from '@sign/tools'
import type { Inputs } from '../inputs.ts'
import { loadCatalog } from './catalog.ts'
import { asStepErrors } from './step-error.ts'

/** What the step will install, resolved for this runner, before anything is downloaded. */
export interface InstallPlan {
  platform: ToolPlatform
  /** One per requested tool, in the input's order. */
  tools: ResolvedAsset[]
  trustedRoot: TrustedRootJSON | undefined
}

const MIRROR_FIX = 'with:\n  mirror: https://mirror.example.com/github'

/**
 * Validates every input: the catalog, the trusted root, the tool list (names, duplicates,
 * versions), the runner's platform and the mirror — and resolves each tool's release asset.
 */
export async function planInstall(options: { inputs: Inputs }): Promise<InstallPlan> {
  const { inputs } = options
  const catalog = await loadCatalog({ path: inputs.catalog })
  const trustedRoot = await readTrustedRoot({ path: inputs.trustedRoot })
  const requests = await asStepErrors(() =>
    parseToolRequests({ lines: inputs.tools, tools: Object.keys(catalog.tools) })
  )
  const platform = await asStepErrors(() =>
    platformOf({ platform: process.platform, arch: process.arch })
  )
  const mirror = inputs.mirror
  if (mirror !== undefined) checkMirror({ mirror })
  const tools = await asStepErrors(() =>
    requests.map(request =>
      resolveAsset({
        catalog,
        tool: request.tool,
        ...(request.version === undefined ? {} : { version: request.version }),
        platform,
        ...(mirror === undefined ? {} : { mirror })
      })
    )
  )
  return { platform, tools, trustedRoot }
}

/** The mirror as a release base URL; a mistake names input 'mirror'. */
function checkMirror(options: { mirror: string }): void {
  try {
    releaseBase({ mirror: options.mirror })
  } catch (cause) {
    if (!(cause instanceof ToolsError)) throw cause
    throw new ConfigurationError(`Input 'mirror': ${cause.message}`, { cause, fix: MIRROR_FIX })
  }
}

async function readTrustedRoot(options: {
  path: string | undefined
}): Promise<TrustedRootJSON | undefined> {
  if (options.path === undefined) return undefined
  try {
    return await loadTrustedRoot({ path: options.path })
  } catch (cause) {
    if (!(cause instanceof SigstoreError)) throw cause
    throw new ConfigurationError(
      `Input 'trusted-root': ${cause.message}. Write the path of a Sigstore trusted_root.json, or leave it out for the public-good root:`,
      { cause, fix: 'with:\n  trusted-root: .github/sigstore/trusted_root.json' }
    )
  }
}
