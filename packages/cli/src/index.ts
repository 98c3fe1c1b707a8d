export { main } from './main.ts'
export type { MainOptions } from './main.ts'
export { VERSION } from './version.ts'
