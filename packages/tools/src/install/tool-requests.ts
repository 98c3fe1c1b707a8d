// The `tools` input: one tool a line, each optionally pinned to a version with @<version>.
import { normalizeVersion } from '../catalog/resolve-asset.ts'
import { ToolsError } from '../errors.ts'

/** One requested tool, as its line of the `tools` input asks for it. */
export interface ToolRequest {
  /** The tool's catalog name, e.g. `cosign`. */
  tool: string
  /** The version without a leading v; undefined for the catalog's default version. */
  version: string | undefined
  /** The line's number among the input's non-empty lines (1-based), named in errors. */
  line: number
}

/** Options of {@link parseToolRequests}. */
export interface ParseToolRequestsOptions {
  /** The input's non-empty lines, trimmed (`cosign`, `notation@1.3.2`, `syft@v1.0.0`). */
  lines: readonly string[]
  /** The tool names the catalog knows, listed in errors. */
  tools: readonly string[]
}

const LINE = /^([a-z0-9][a-z0-9-]*)(?:@(.*))?$/u

/**
 * Parses the `tools` input into one request per line. A line that is not `<tool>[@<version>]`,
 * an unknown tool (UNKNOWN_TOOL), a malformed version or a tool listed twice (INVALID_INPUT) is
 * refused naming the line and listing the tools the catalog has.
 */
export function parseToolRequests(options: ParseToolRequestsOptions): ToolRequest[] {
  const known = options.tools.join(', ')
  const requests: ToolRequest[] = []
  for (const [index, raw] of options.lines.entries()) {
    const text = raw.trim()
    const line = index + 1
    const where = `Line ${line} of "tools" (${JSON.stringify(text)})`
    const match = LINE.exec(text)
    if (match === null) {
      throw new ToolsError({
        code: 'INVALID_INPUT',
        message: `${where} is not <tool> or <tool>@<version>; the tools are ${known}.`
      })
    }
    const tool = match[1] ?? ''
    if (!options.tools.includes(tool)) {
      throw new ToolsError({
        code: 'UNKNOWN_TOOL',
        message: `${where} names an unknown tool "${tool}"; the tools are ${known}.`
      })
    }
    const previous = requests.find(request => request.tool === tool)
    if (previous !== undefined) {
      throw new ToolsError({
        code: 'INVALID_INPUT',
        message: `${where} lists ${tool} again (line ${previous.line} already does): install one version of each tool per step.`
      })
    }
    requests.push({ tool, version: parseVersion({ where, tool, version: match[2] }), line })
  }
  return requests
}

function parseVersion(options: {
  where: string
  tool: string
  version: string | undefined
}): string | undefined {
  if (options.version === undefined) return undefined
  try {
    return normalizeVersion({ tool: options.tool, version: options.version })
  } catch (cause) {
    throw new ToolsError({
      code: 'INVALID_INPUT',
      message: `${options.where} has an invalid version: write a release version such as ${options.tool}@1.2.3 or ${options.tool}@v1.2.3 (no ranges, no "latest").`,
      cause
    })
  }
}
