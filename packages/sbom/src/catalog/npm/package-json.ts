import type { SbomLocation } from '../../model/types.ts'
import type { CatalogResult } from '../os/catalog-result.ts'
import { packageId } from '../os/package-id.ts'
import { npmPackage } from './npm-package.ts'

/** syft's cataloger name for installed `package.json` files. */
export const NPM_PACKAGE_CATALOGER = 'javascript-package-cataloger'

/**
 * The package a `package.json` describes (syft's installed-package cataloger: any `package.json`
 * in an image, node_modules or not). Files without both `name` and `version`, and files that are
 * not a JSON object, give no package (the latter with a problem).
 */
export function catalogPackageJson(options: {
  text: string
  location: SbomLocation
}): CatalogResult {
  const { location } = options
  let manifest: unknown
  try {
    manifest = JSON.parse(options.text)
  } catch (cause) {
    return {
      packages: [],
      relationships: [],
      problems: [`${location.path}: is not JSON (${(cause as Error).message})`]
    }
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    return { packages: [], relationships: [], problems: [`${location.path}: is not a JSON object`] }
  }
  const record = manifest as Record<string, unknown>
  const name = typeof record['name'] === 'string' ? record['name'] : ''
  const version = typeof record['version'] === 'string' ? record['version'] : ''
  if (name === '' || version === '') return { packages: [], relationships: [], problems: [] }
  const locations = [location]
  return {
    packages: [
      npmPackage({
        id: packageId({ type: 'npm', name, version, locations }),
        name,
        version,
        licenses: declaredLicenses(record),
        locations,
        foundBy: NPM_PACKAGE_CATALOGER,
        sourceInfo: `acquired package info from installed node module manifest file: ${location.path}`
      })
    ],
    relationships: [],
    problems: []
  }
}

/** `license: "MIT"`, `license: {type}`, or the old `licenses: [{type}]`. */
export function declaredLicenses(record: Record<string, unknown>): string[] {
  const license = record['license']
  if (typeof license === 'string' && license !== '') return [license]
  if (typeof license === 'object' && license !== null) {
    const type = (license as Record<string, unknown>)['type']
    if (typeof type === 'string' && type !== '') return [type]
  }
  const licenses = record['licenses']
  if (Array.isArray(licenses)) {
    return licenses
      .map(item =>
        typeof item === 'string'
          ? item
          : typeof item === 'object' && item !== null
            ? (item as Record<string, unknown>)['type']
            : undefined
      )
      .filter((item): item is string => typeof item === 'string' && item !== '')
  }
  return []
}
