import { ConfigurationError } from '@sign/action-kit'
import { ToolsError } from '@sign/tools'

/** The YAML to show for each kind of ToolsError, when the caller has nothing more precise. */
const FIXES: Partial<Record<ToolsError['code'], string>> = {
  UNKNOWN_TOOL: 'with:\n  tools: |\n    cosign\n    notation@1.2.0',
  INVALID_INPUT: 'with:\n  tools: |\n    cosign\n    notation@1.2.0',
  CHECKSUM_MISMATCH:
    "Nothing was installed. If a mirror is set, check that it serves the release's original " +
    'files; if a catalog file is set, check its checksums.',
  DOWNLOAD_FAILED:
    'Check that the version exists for this platform and, if a mirror is set, that it serves ' +
    '<mirror>/<owner>/<repo>/releases/download/<tag>/<asset>.',
  UNSUPPORTED_PLATFORM: 'Remove the tool from "tools" for this runner, or run on a supported one.',
  UNSAFE_ARCHIVE:
    'The archive matched its checksum, so the release itself is at fault: install another ' +
    "version, and check the catalog's pin and the mirror's copy of the release."
}

/**
 * A ToolsError as the step reports it: a ConfigurationError (what was wrong, then what to write
 * instead), since each code names something the workflow, its mirror or its catalog can change.
 * `fix` replaces the default one for the code. Anything else passes through (an internal error).
 */
function stepError(options: { error: unknown; fix?: string }): unknown {
  const { error } = options
  if (!(error instanceof ToolsError)) return error
  const fix = options.fix ?? FIXES[error.code]
  return new ConfigurationError(error.message, {
    cause: error,
    ...(fix === undefined ? {} : { fix })
  })
}

/** Runs `fn`, turning a ToolsError it throws into the step's ConfigurationError. */
export async function asStepErrors<T>(fn: () => Promise<T> | T, fix?: string): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    throw stepError({ error, ...(fix === undefined ? {} : { fix }) })
  }
}
