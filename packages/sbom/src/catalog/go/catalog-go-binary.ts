import type { SbomLocation } from '../../model/types.ts'
import { readGoBuildInfo } from './build-info.ts'
import { goBuildPackages, type CatalogResult } from './packages.ts'

/**
 * The Go modules of one binary as packages (syft's mapping), or undefined when the file holds no
 * readable Go build information (not an executable, not built by Go, or damaged).
 * `location` is where the SBOM says the binary is (default: `path`).
 */
export async function catalogGoBinary(options: {
  path: string
  location?: SbomLocation
}): Promise<CatalogResult | undefined> {
  const result = await readGoBuildInfo({ path: options.path })
  if (!result.found) return undefined
  return goBuildPackages({
    builds: result.builds,
    location: options.location ?? { path: options.path }
  })
}
