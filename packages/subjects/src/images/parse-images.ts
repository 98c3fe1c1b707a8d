import { ConfigurationError } from '@sign/action-kit'
import { parseReference, type Reference } from '@sign/oci'

/** Every line of input `images` parsed as an image reference; the first bad line fails the step. */
export function parseImages(lines: string[]): Reference[] {
  return lines.map((line, index) => {
    try {
      return parseReference(line)
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error)
      throw new ConfigurationError(
        `Input 'images', line ${index + 1}: ${why} One reference per line:`,
        { fix: 'with:\n  images: |\n    ghcr.io/octo-org/app:v1.2.3', cause: error }
      )
    }
  })
}
