export type * from './catalog/types.ts'
