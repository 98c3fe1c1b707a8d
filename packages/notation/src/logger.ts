/** Where this package reports what it does; `@sign/action-kit`'s actionsLogger() fits it. */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
}

export const silentLogger: Logger = { debug: () => {}, info: () => {}, warning: () => {} }
