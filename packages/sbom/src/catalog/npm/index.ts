export { catalogPackageJson, NPM_PACKAGE_CATALOGER } from './package-json.ts'
export { catalogPackageLock, NPM_LOCK_CATALOGER } from './package-lock.ts'
