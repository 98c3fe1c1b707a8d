import { ConfigurationError } from '@sign/action-kit'
import { CatalogError } from '@sign/sbom'

/**
 * Runs `catalog` for one subject of `input`; an archive or image the catalogers refuse (corrupt,
 * truncated, not an image, a layer format they do not read, over the limits) is a configuration
 * error naming the input, the subject and why, not a bug: the subject came from the workflow.
 */
export async function catalogSubject<T>(options: {
  input: 'images' | 'files'
  catalog: () => Promise<T>
}): Promise<T> {
  try {
    return await options.catalog()
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error
    throw new ConfigurationError(
      `Input '${options.input}': no SBOM can be made of ${error.message}. ${
        options.input === 'images'
          ? 'sbom-attach reads OCI and Docker images whose layers are tar or gzipped tar'
          : 'sbom-attach reads Go binaries, .tar, .tar.gz, .tgz and .zip archives and any other file as itself'
      }; list only subjects it can read, for example:`,
      {
        fix:
          options.input === 'images'
            ? 'with:\n  images: ghcr.io/octo-org/app@sha256:…'
            : 'with:\n  files: |\n    dist/*.tar.gz\n    dist/app-*',
        cause: error
      }
    )
  }
}
