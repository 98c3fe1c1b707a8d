// bench/oci-attach: attach one artifact to each of 100 images on the real registry, with this
// suite's client and, side by side, with @sigstore/oci (what actions/attest uses). Requests are
// counted at the registry (its access log), so both clients are measured the same way. Then 16
// attachers race on one subject with each client, and we count the referrers that survive. And
// our requests per attach on a registry with the referrers API (the scripted responder).
//   node bench/oci-attach.ts [--images N]     (writes bench/results/oci-attach.json)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { attachArtifactToImage, type Credentials } from '@sigstore/oci'
import {
  attachArtifact,
  createRegistryClient,
  createTransport,
  EMPTY_CONFIG,
  EMPTY_CONFIG_BYTES,
  listReferrers,
  pushBlob,
  type Descriptor,
  type Repository
} from '@sign/oci'
import { startRegistry, type AnonymousRegistry } from '@sign/testenv'
import { startReferrersApiResponder } from '../packages/oci/test/fixtures/referrers-api-responder.ts'
import { pushSampleImage } from '../packages/oci/test/fixtures/sample-image.ts'

const IMAGES = Number(process.argv[process.argv.indexOf('--images') + 1]) || 100
const CONCURRENCY = 8
const RACERS = 16
const ARTIFACT_TYPE = 'application/vnd.example.bench'
/**
 * Requests an attach cannot do without on a registry with no referrers API, once the empty
 * config blob exists: upload the layer (POST + PUT), check the config (HEAD), put the manifest,
 * read and write the referrers tag index.
 */
const PROTOCOL_MINIMUM = 6
/** With the referrers API the registry indexes the referrer itself: no tag index to read or write. */
const API_PROTOCOL_MINIMUM = 4

/** Requests the registry has logged so far (common log format lines). */
function registryRequests(registry: AnonymousRegistry): number {
  return readFileSync(registry.logPath, 'utf8')
    .split('\n')
    .filter(l => /^127\.0\.0\.1 - - \[/.test(l)).length
}

async function inBatches<T>(
  items: T[],
  inFlight: number,
  work: (item: T, i: number) => Promise<unknown>
): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < items.length) {
        const i = next++
        await work(items[i]!, i)
      }
    })
  )
}

interface Measured {
  client: string
  attaches: number
  failed: number
  wallMs: number
  requests: number
  requestsPerAttach: number
  vsProtocolMinimum: number
  rssPeakMiB: number
}

async function measure(options: {
  client: string
  /** Requests the registry has answered so far. */
  requestsSoFar: () => number
  /** The protocol's minimum per attach on that registry. */
  minimum?: number
  subjects: Descriptor[]
  /** Attaches in flight (default CONCURRENCY); HTTP requests in flight stay at CONCURRENCY. */
  inFlight?: number
  attach: (subject: Descriptor, i: number) => Promise<unknown>
}): Promise<Measured> {
  const before = options.requestsSoFar()
  let rssPeak = process.memoryUsage().rss
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20)
  const started = performance.now()
  let failed = 0
  await inBatches(options.subjects, options.inFlight ?? CONCURRENCY, (subject, i) =>
    options.attach(subject, i).catch(() => failed++)
  )
  const wallMs = performance.now() - started
  clearInterval(sampler)
  await new Promise(resolve => setTimeout(resolve, 300)) // let the log catch up
  const requests = options.requestsSoFar() - before
  const perAttach = requests / options.subjects.length
  return {
    client: options.client,
    attaches: options.subjects.length,
    failed,
    wallMs: Math.round(wallMs),
    requests,
    requestsPerAttach: Number(perAttach.toFixed(2)),
    vsProtocolMinimum: Number((perAttach / (options.minimum ?? PROTOCOL_MINIMUM)).toFixed(2)),
    rssPeakMiB: Math.round(rssPeak / 2 ** 20)
  }
}

const registry = await startRegistry({ mode: 'anonymous' })
try {
  const client = createRegistryClient({ transport: createTransport({ concurrency: CONCURRENCY }) })
  const images = async (
    repository: string,
    count: number
  ): Promise<{ repo: Repository; subjects: Descriptor[] }> => {
    const repo = { registry: registry.host, repository }
    const subjects: Descriptor[] = []
    // The empty config every artifact shares exists before measuring, for both clients alike.
    await pushBlob({ client, repo, digest: EMPTY_CONFIG.digest, content: EMPTY_CONFIG_BYTES })
    for (let i = 0; i < count; i++)
      subjects.push(await pushSampleImage({ client, repo, tag: `v${i}` }))
    return { repo, subjects }
  }
  const layer = (i: number) => Buffer.from(`artifact for image ${i}\n`)
  // @sigstore/oci speaks plain HTTP to 127.0.0.1 and must get no credentials from an open registry.
  const noCredentials = undefined as unknown as Credentials

  const ours = await images('bench/ours', IMAGES)
  const theirs = await images('bench/baseline', IMAGES)
  const overlapped = await images('bench/overlapped', IMAGES)
  const results = [
    await measure({
      client: '@sign/oci attachArtifact',
      requestsSoFar: () => registryRequests(registry),
      subjects: ours.subjects,
      attach: (subject, i) =>
        attachArtifact({
          client,
          repo: ours.repo,
          subject,
          artifactType: ARTIFACT_TYPE,
          layers: [{ mediaType: ARTIFACT_TYPE, data: layer(i) }]
        })
    }),
    await measure({
      client: '@sigstore/oci attachArtifactToImage (baseline)',
      requestsSoFar: () => registryRequests(registry),
      subjects: theirs.subjects,
      attach: (subject, i) =>
        attachArtifactToImage({
          imageName: `${registry.host}/${theirs.repo.repository}`,
          imageDigest: subject.digest,
          credentials: noCredentials,
          artifact: layer(i),
          mediaType: ARTIFACT_TYPE
        })
    }),
    await measure({
      client: '@sign/oci attachArtifact, 32 attaches in flight',
      requestsSoFar: () => registryRequests(registry),
      subjects: overlapped.subjects,
      inFlight: 32,
      attach: (subject, i) =>
        attachArtifact({
          client,
          repo: overlapped.repo,
          subject,
          artifactType: ARTIFACT_TYPE,
          layers: [{ mediaType: ARTIFACT_TYPE, data: layer(i) }]
        })
    })
  ]

  // A registry with the referrers API (the scripted responder: no registry that has the API
  // installs here yet). Support is learned by the first attach, before measuring.
  const responder = await startReferrersApiResponder()
  const onApi = await (async () => {
    const apiClient = createRegistryClient({
      transport: createTransport({ concurrency: CONCURRENCY })
    })
    const repo = { registry: responder.host, repository: 'bench/api' }
    const subjects: Descriptor[] = []
    for (let i = 0; i <= IMAGES; i++)
      subjects.push(await pushSampleImage({ client: apiClient, repo, tag: `v${i}` }))
    const attach = (subject: Descriptor, i: number) =>
      attachArtifact({
        client: apiClient,
        repo,
        subject,
        artifactType: ARTIFACT_TYPE,
        layers: [{ mediaType: ARTIFACT_TYPE, data: layer(i) }]
      })
    await attach(subjects.shift() as Descriptor, -1)
    return measure({
      client: '@sign/oci attachArtifact, referrers API',
      requestsSoFar: () => responder.requests.length,
      minimum: API_PROTOCOL_MINIMUM,
      subjects,
      attach
    })
  })().finally(() => responder.stop())

  // Contention: 16 attachers at once on one subject; how many referrers does the index keep?
  const race = async (
    name: string,
    attachOne: (subject: Descriptor, repo: Repository, i: number) => Promise<unknown>
  ) => {
    const { repo, subjects } = await images(
      `bench/race-${name.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}`,
      1
    )
    const subject = subjects[0]!
    const outcomes = await Promise.allSettled(
      Array.from({ length: RACERS }, (_, i) => attachOne(subject, repo, i))
    )
    const succeeded = outcomes.filter(o => o.status === 'fulfilled').length
    const { referrers } = await listReferrers({ client, repo, subjectDigest: subject.digest })
    return {
      client: name,
      attachers: RACERS,
      reportedSuccess: succeeded,
      referrersListed: referrers.length,
      lost: succeeded - referrers.length
    }
  }
  const contention = [
    await race('@sign/oci', (subject, repo, i) =>
      attachArtifact({
        client: createRegistryClient(),
        repo,
        subject,
        artifactType: ARTIFACT_TYPE,
        layers: [{ mediaType: ARTIFACT_TYPE, data: layer(1000 + i) }]
      })
    ),
    await race('@sigstore/oci', (subject, repo, i) =>
      attachArtifactToImage({
        imageName: `${registry.host}/${repo.repository}`,
        imageDigest: subject.digest,
        credentials: noCredentials,
        artifact: layer(2000 + i),
        mediaType: ARTIFACT_TYPE
      })
    )
  ]

  const [mine, baseline, overlappedRun] = results as [Measured, Measured, Measured]
  const report = {
    benchmark: 'oci-attach',
    registry: 'docker-registry 2.8.2 (anonymous HTTP, no referrers API: tag schema)',
    images: IMAGES,
    concurrency: CONCURRENCY,
    protocolMinimumPerAttach: PROTOCOL_MINIMUM,
    results,
    referrersApi: { protocolMinimumPerAttach: API_PROTOCOL_MINIMUM, ...onApi },
    ratios: {
      requestsPerAttach: Number((mine.requestsPerAttach / baseline.requestsPerAttach).toFixed(2)),
      wallTime: Number((mine.wallMs / baseline.wallMs).toFixed(2)),
      wallTimeWith32InFlight: Number((overlappedRun.wallMs / baseline.wallMs).toFixed(2))
    },
    contention,
    note: 'Requests counted at the registry. On the tag schema ours spends one read settling the index so that concurrent writers never lose an entry (and waits a window of at least 200 ms before it, hence the wall time), and deletes the index revision it replaced, if any.'
  }
  console.table([...results, onApi])
  console.table(contention)
  console.log(
    `ours/baseline: requests per attach ×${report.ratios.requestsPerAttach}, wall time ×${report.ratios.wallTime} (×${report.ratios.wallTimeWith32InFlight} with 32 attaches in flight)`
  )
  const out = join(import.meta.dirname, 'results')
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'oci-attach.json'), `${JSON.stringify(report, null, 2)}\n`)
  console.log(`wrote ${join(out, 'oci-attach.json')}`)
} finally {
  await registry.stop()
}
