export * from './release-server.ts'
export * from './release-assets.ts'
export * from './hostile-archives.ts'
