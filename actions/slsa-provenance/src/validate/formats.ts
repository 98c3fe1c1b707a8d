import { ConfigurationError } from '@sign/action-kit'
import { plainOrQuoted } from '@sign/safe-text'
import { PROVENANCE_FORMATS, type ProvenanceFormat } from '../inputs.ts'

/** The formats of input `format` (default github-v1), each once, in the order given. */
export function provenanceFormats(options: {
  formats: string[]
  /** The input's name in messages (default `format`). */
  input?: string
}): ProvenanceFormat[] {
  const formats: ProvenanceFormat[] = []
  for (const value of options.formats.length === 0 ? ['github-v1'] : options.formats) {
    const format = PROVENANCE_FORMATS.find(known => known === value)
    if (format === undefined) {
      throw new ConfigurationError(
        `Input '${options.input ?? 'format'}' names ${plainOrQuoted(value)}, which is not a provenance format this writes: use ${PROVENANCE_FORMATS.join(' or ')}, or both, separated by a comma. Write for example:`,
        { fix: `with:\n  ${options.input ?? 'format'}: github-v1,generic-v0.2` }
      )
    }
    if (!formats.includes(format)) formats.push(format)
  }
  return formats
}
