export { catalogDpkgStatus, DPKG_CATALOGER } from './dpkg-status.ts'
