// bench/oci-attach: attach one artifact to each of 100 images with this suite's client and, side
// by side, with @sigstore/oci (what actions/attest uses), on two real registries: distribution
// 2.8.2 (no referrers API: the tag schema) and olareg (the OCI 1.1 referrers API). Requests are
// counted at the registry (its own request log), so every client is measured the same way. Then
// 16 attachers race on one subject with each client, and we count the referrers that survive.
//   node bench/oci-attach.ts [--images N]     (writes bench/results/oci-attach.json)
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { attachArtifactToImage, type Credentials } from '@sigstore/oci'
import {
  attachArtifact,
  createRegistryClient,
  createTransport,
  EMPTY_CONFIG,
  EMPTY_CONFIG_BYTES,
  fetchManifest,
  listReferrers,
  pushBlob,
  referrersTag,
  type Descriptor,
  type Repository
} from '@sign/oci'
import {
  registryKinds,
  type LoggedRequest,
  type OpenRegistry,
  type RegistryKind
} from '@sign/testenv'
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
const TAG_SCHEMA_MINIMUM = 6
/** With the referrers API the registry indexes the referrer itself: no tag index to read or write. */
const API_MINIMUM = 4

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
  /** How the attaches were indexed, as the registry was left: by the registry or the tag schema. */
  indexedBy: string
  /** Requests per attach by kind (`GET referrers-api`, `PUT manifest`, …). */
  perAttach: Record<string, number>
}

/** The requests `registry` logged after byte `from`, once its log has stopped growing. */
async function loggedSince(registry: OpenRegistry, from: number): Promise<LoggedRequest[]> {
  let logged = registry.loggedRequests({ from })
  for (;;) {
    await new Promise(resolve => setTimeout(resolve, 150))
    const now = registry.loggedRequests({ from })
    if (now.length === logged.length) return now
    logged = now
  }
}

/** `METHOD kind` of a request: blob, upload, referrers-tag, manifest or referrers-api. */
function kindOf({ method, path }: LoggedRequest): string {
  if (/\/blobs\/uploads\//.test(path)) return `${method} upload`
  if (/\/blobs\//.test(path)) return `${method} blob`
  if (/\/manifests\/sha256-[0-9a-f]{64}$/.test(path)) return `${method} referrers-tag`
  if (/\/manifests\//.test(path)) return `${method} manifest`
  if (/\/referrers\//.test(path)) return `${method} referrers-api`
  return `${method} ${path}`
}

async function measure(options: {
  client: string
  registry: OpenRegistry
  minimum: number
  subjects: Descriptor[]
  /** Attaches in flight (default CONCURRENCY); HTTP requests in flight stay at CONCURRENCY. */
  inFlight?: number
  attach: (subject: Descriptor, i: number) => Promise<unknown>
  /** Where the referrers of a subject are to be found after the run. */
  indexedBy: (subject: Descriptor) => Promise<string>
}): Promise<Measured> {
  // One attach before measuring: a client learns once per repository whether the API is there.
  const [warm, ...subjects] = options.subjects
  await options.attach(warm!, -1)
  await loggedSince(options.registry, 0)
  const from = options.registry.logOffset()
  let rssPeak = process.memoryUsage().rss
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20)
  const started = performance.now()
  let failed = 0
  await inBatches(subjects, options.inFlight ?? CONCURRENCY, (subject, i) =>
    options.attach(subject, i).catch(() => failed++)
  )
  const wallMs = performance.now() - started
  clearInterval(sampler)
  const logged = await loggedSince(options.registry, from)
  const requests = logged.length
  const perAttach = requests / subjects.length
  const byKind: Record<string, number> = {}
  for (const request of logged) byKind[kindOf(request)] = (byKind[kindOf(request)] ?? 0) + 1
  return {
    client: options.client,
    attaches: subjects.length,
    failed,
    wallMs: Math.round(wallMs),
    requests,
    requestsPerAttach: Number(perAttach.toFixed(2)),
    vsProtocolMinimum: Number((perAttach / options.minimum).toFixed(2)),
    rssPeakMiB: Math.round(rssPeak / 2 ** 20),
    indexedBy: await options.indexedBy(subjects[0]!),
    perAttach: Object.fromEntries(
      Object.entries(byKind)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([kind, count]) => [kind, Number((count / subjects.length).toFixed(2))])
    )
  }
}

/** Every measurement on one registry of `kind`. */
async function benchOn(kind: RegistryKind) {
  const registry = await kind.start()
  try {
    const minimum = kind.referrersApi ? API_MINIMUM : TAG_SCHEMA_MINIMUM
    const client = createRegistryClient({
      transport: createTransport({ concurrency: CONCURRENCY })
    })
    const images = async (
      repository: string,
      count: number
    ): Promise<{ repo: Repository; subjects: Descriptor[] }> => {
      const repo = { registry: registry.host, repository }
      const subjects: Descriptor[] = []
      // The empty config every artifact shares exists before measuring, for every client alike.
      await pushBlob({ client, repo, digest: EMPTY_CONFIG.digest, content: EMPTY_CONFIG_BYTES })
      for (let i = 0; i < count; i++)
        subjects.push(await pushSampleImage({ client, repo, tag: `v${i}` }))
      return { repo, subjects }
    }
    const layer = (i: number) => Buffer.from(`artifact for image ${i}\n`)
    // @sigstore/oci speaks plain HTTP to 127.0.0.1 and must get no credentials from an open registry.
    const noCredentials = undefined as unknown as Credentials
    /** 'registry' when the registry lists the subject's referrers itself, else 'tag-schema'. */
    const indexedBy = (repo: Repository) => async (subject: Descriptor) => {
      const tag = await fetchManifest({ client, repo, reference: referrersTag(subject.digest) })
      return tag === undefined ? 'registry' : 'tag-schema'
    }
    const ours = (repo: Repository) => (subject: Descriptor, i: number) =>
      attachArtifact({
        client,
        repo,
        subject,
        artifactType: ARTIFACT_TYPE,
        layers: [{ mediaType: ARTIFACT_TYPE, data: layer(i) }]
      })
    const baseline = (repo: Repository) => (subject: Descriptor, i: number) =>
      attachArtifactToImage({
        imageName: `${registry.host}/${repo.repository}`,
        imageDigest: subject.digest,
        credentials: noCredentials,
        artifact: layer(i),
        mediaType: ARTIFACT_TYPE
      })

    const mine = await images('bench/ours', IMAGES + 1)
    const theirs = await images('bench/baseline', IMAGES + 1)
    const overlapped = await images('bench/overlapped', IMAGES + 1)
    const results = [
      await measure({
        client: '@sign/oci attachArtifact',
        registry,
        minimum,
        subjects: mine.subjects,
        attach: ours(mine.repo),
        indexedBy: indexedBy(mine.repo)
      }),
      await measure({
        client: '@sigstore/oci attachArtifactToImage (baseline)',
        registry,
        minimum,
        subjects: theirs.subjects,
        attach: baseline(theirs.repo),
        indexedBy: indexedBy(theirs.repo)
      }),
      await measure({
        client: '@sign/oci attachArtifact, 32 attaches in flight',
        registry,
        minimum,
        subjects: overlapped.subjects,
        inFlight: 32,
        attach: ours(overlapped.repo),
        indexedBy: indexedBy(overlapped.repo)
      })
    ]

    // Contention: 16 attachers at once on one subject; how many referrers are listed after?
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
    const [ourRun, baselineRun, overlappedRun] = results as [Measured, Measured, Measured]
    return {
      registry: registry.server,
      referrersApi: registry.referrersApi,
      protocolMinimumPerAttach: minimum,
      results,
      ratios: {
        requestsPerAttach: Number(
          (ourRun.requestsPerAttach / baselineRun.requestsPerAttach).toFixed(2)
        ),
        wallTime: Number((ourRun.wallMs / baselineRun.wallMs).toFixed(2)),
        wallTimeWith32InFlight: Number((overlappedRun.wallMs / baselineRun.wallMs).toFixed(2))
      },
      contention
    }
  } finally {
    await registry.stop()
  }
}

const [tagSchema, referrersApi] = [
  await benchOn(registryKinds().find(k => !k.referrersApi)!),
  await benchOn(registryKinds().find(k => k.referrersApi)!)
]
const report = {
  benchmark: 'oci-attach',
  images: IMAGES,
  concurrency: CONCURRENCY,
  registries: [tagSchema, referrersApi],
  note: 'Requests counted at the registry from its request log, after one unmeasured attach per client and repository. On the tag schema ours spends one read settling the index so that concurrent writers never lose an entry (and waits a window of at least 200 ms before it, hence the wall time), and deletes the index revision it replaced, if any. With the referrers API both clients leave the indexing to the registry; @sigstore/oci asks the referrers endpoint on every attach (pingReferrers), ours once per client and repository. olareg 0.1.2 itself loses referrers when PUTs with the same subject overlap (its referrerAdd reads and rewrites the subject’s list without holding its lock across both), whichever client attaches: the contention figures on it measure olareg.'
}
for (const section of report.registries) {
  console.log(`\n${section.registry} (${section.referrersApi ? 'referrers API' : 'tag schema'})`)
  console.table(section.results.map(({ perAttach: _perAttach, ...row }) => row))
  for (const row of section.results) console.log(`${row.client}, per attach:`, row.perAttach)
  console.table(section.contention)
  console.log(
    `ours/baseline: requests per attach ×${section.ratios.requestsPerAttach}, wall time ×${section.ratios.wallTime} (×${section.ratios.wallTimeWith32InFlight} with 32 attaches in flight)`
  )
}
const out = join(import.meta.dirname, 'results')
mkdirSync(out, { recursive: true })
writeFileSync(join(out, 'oci-attach.json'), `${JSON.stringify(report, null, 2)}\n`)
console.log(`wrote ${join(out, 'oci-attach.json')}`)
