import type { DemoEnvironment } from './environment.ts'

/** What earlier steps hand to later ones. */
export interface DemoState {
  /** The sample image as pushed, by tag (`host/repo:tag`). */
  image?: string
  /** The certificate notation-sign-akv signed with (PEM): what a notation trust store holds. */
  notationCertificate?: string
  /** The Key Vault key notation-sign-akv signed with. */
  notationKeyId?: string
  /** The release binary sbom-attach described, its SBOM and attestation (workspace paths). */
  sbomFile?: { file: string; sbom: string; attestation: string }
}

/** One capability of the suite, shown against the test environment. */
export interface DemoStep {
  title: string
  /** Returns the lines that say what was done and proven. */
  run(env: DemoEnvironment, state: DemoState): Promise<string[]>
}
