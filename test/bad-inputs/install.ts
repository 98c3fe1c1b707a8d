// install: the release mirror and a Sigstore stack (its trusted root for checksums bundles).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  bundleEntry,
  executeAction,
  startAll,
  startReleaseServer,
  startSigstoreStack
} from '@sign/testenv'
import type { ActionTable } from './table.ts'

const ROOT = resolve(import.meta.dirname, '../..')

export const INSTALL: ActionTable = {
  action: 'install',
  exempt: {},
  cases: [
    {
      input: 'tools',
      inputs: { tools: 'not-a-tool' },
      message: 'Line 1 of "tools" ("not-a-tool") names an unknown tool'
    },
    {
      input: 'tools',
      inputs: { tools: 'cosign@not a version' },
      message: 'Line 1 of "tools" ("cosign@not a version") has an invalid version'
    },
    {
      input: 'tools',
      inputs: { tools: 'cosign\ncosign' },
      message: 'Line 2 of "tools" ("cosign") lists cosign again'
    },
    {
      input: 'mirror',
      inputs: { mirror: 'not a url' },
      message: 'Input \'mirror\': Invalid mirror "not a url": it is not a URL'
    },
    {
      input: 'mirror',
      inputs: { mirror: 'ftp://mirror.example.com' },
      message: 'Input \'mirror\': Invalid mirror "ftp://mirror.example.com": its scheme is ftp'
    },
    {
      input: 'mirror',
      inputs: { mirror: 'https://user:pass@mirror.example.com' },
      message: 'it holds credentials, which would be logged'
    },
    {
      input: 'allow-unverified',
      inputs: { 'allow-unverified': 'yes' },
      message: "Input 'allow-unverified' must be true or false"
    },
    {
      input: 'catalog',
      inputs: { catalog: 'missing/catalog.json' },
      message: "Input 'catalog' names missing/catalog.json, which cannot be read (ENOENT)"
    },
    {
      input: 'catalog',
      inputs: { catalog: 'catalog.json' },
      files: { 'catalog.json': '{"tools": ' },
      message: "Input 'catalog': Invalid tool catalog catalog.json: not JSON"
    },
    {
      input: 'trusted-root',
      inputs: { 'trusted-root': 'missing/trusted_root.json' },
      message:
        "Input 'trusted-root': cannot read the trusted root missing/trusted_root.json (ENOENT)"
    },
    {
      input: 'trusted-root',
      inputs: { 'trusted-root': 'trusted_root.json' },
      files: { 'trusted_root.json': '{"mediaType": "not a trusted root"}' },
      message: "Input 'trusted-root': trusted_root.json is not a Sigstore trusted root"
    },
    {
      input: 'show-summary',
      inputs: { 'show-summary': 'yes' },
      message: "Input 'show-summary' must be true or false"
    }
  ],
  start: () =>
    startAll(async running => {
      const server = running.add(await startReleaseServer())
      const stack = running.add(await startSigstoreStack({ oidcIssuers: [] }))
      const root = await mkdtemp(join(tmpdir(), 'bad-inputs-install-'))
      running.add({ stop: () => rm(root, { recursive: true, force: true }) })
      return {
        base: { tools: 'cosign', mirror: server.url, 'trusted-root': stack.trustedRootPath },
        files: {},
        run: ({ workspace, inputs }) =>
          executeAction({
            entry: bundleEntry('install'),
            actionYml: join(ROOT, 'actions/install/action.yml'),
            workspace,
            inputs,
            env: { RUNNER_TOOL_CACHE: join(root, 'tool-cache'), HOME: join(root, 'home') },
            timeoutMs: 60_000
          }),
        requests: () => ({
          mirror: server.requests.length,
          sigstore:
            stack.requests.fulcio + stack.requests.rekor + stack.requests.tsa + stack.requests.tuf
        }),
        stop: () => running.stop()
      }
    })
}
