import { ConfigurationError } from '@sign/action-kit'
import { quote } from '@sign/safe-text'
import { SBOM_FORMATS, type Naming, type SbomFormatName } from '../inputs.ts'

/**
 * The formats of input `format` (default spdx-json), each once, in the order given. GoReleaser's
 * naming (`<file>.sbom.json`) has room for one document, an SPDX one.
 */
export function sbomFormats(options: {
  formats: string[]
  naming: Naming
  /** The input's name in messages (default `format`). */
  input?: string
}): SbomFormatName[] {
  const formats: SbomFormatName[] = []
  for (const value of options.formats.length === 0 ? ['spdx-json'] : options.formats) {
    const format = SBOM_FORMATS.find(known => known === value)
    if (format === undefined) {
      throw new ConfigurationError(
        `Input '${options.input ?? 'format'}' names ${quote(value)}, which is not an SBOM format this writes: use ` +
          `${SBOM_FORMATS.join(' or ')}, or both, separated by a comma. Write for example:`,
        { fix: `with:\n  ${options.input ?? 'format'}: spdx-json,cyclonedx-json` }
      )
    }
    if (!formats.includes(format)) formats.push(format)
  }
  if (options.naming === 'goreleaser' && formats.some(format => format !== 'spdx-json')) {
    throw new ConfigurationError(
      "naming: goreleaser writes <file>.sbom.json, which GoReleaser's default makes an SPDX " +
        "document, but input 'format' asks for cyclonedx-json too. Use the sign naming for " +
        'CycloneDX (<file>.cdx.json), or SPDX alone:',
      { fix: 'with:\n  naming: goreleaser\n  format: spdx-json' }
    )
  }
  return formats
}
