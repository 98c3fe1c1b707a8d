export { catalogApkInstalled, APK_CATALOGER } from './apk-installed.ts'
