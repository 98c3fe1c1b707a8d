/** The suite's version, reported by `sign version` and in signing agents. */
export const VERSION = '0.1.0'
