// The test environment: real components speaking real protocols on 127.0.0.1, started and stopped
// by the tests and the demo. Each folder is one component.
export * from './net/loopback.ts'
export * from './net/free-port.ts'
export * from './pki/keys.ts'
export * from './pki/certificates.ts'
export * from './pki/test-ca.ts'
export * from './oidc/index.ts'
export * from './registry/index.ts'
export * from './sigstore/index.ts'
export * from './keyvault/index.ts'
export * from './runner/index.ts'
export * from './images/sample-image.ts'
export * from './workspace/workspace.ts'
