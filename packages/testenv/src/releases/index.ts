export * from './release-server.ts'
export * from './release-assets.ts'
