const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var part_CF5VF7M6_exports = {};
__export(part_CF5VF7M6_exports, {
  DOCKER_MANIFEST: () => DOCKER_MANIFEST,
  OCI_EMPTY: () => OCI_EMPTY,
  OCI_INDEX: () => OCI_INDEX,
  OCI_MANIFEST: () => OCI_MANIFEST,
  OciError: () => OciError,
  chainCredentials: () => chainCredentials,
  createLimiter: () => createLimiter,
  createRegistryClient: () => createRegistryClient,
  dockerConfigCredentials: () => dockerConfigCredentials,
  fileKind: () => fileKind,
  hashRegularFile: () => hashRegularFile,
  isIndexMediaType: () => isIndexMediaType,
  layoutStore: () => layoutStore,
  normalizeRegistryKey: () => normalizeRegistryKey,
  parseReference: () => parseReference,
  readRegularFile: () => readRegularFile,
  registryStore: () => registryStore,
  staticCredentials: () => staticCredentials,
  writeBytesAtomic: () => writeBytesAtomic
});
module.exports = __toCommonJS(part_CF5VF7M6_exports);
var import_part_242AIN3U = require("./part-242AIN3U.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var import_node_crypto = require("node:crypto");
var import_node_crypto2 = require("node:crypto");
var import_node_crypto3 = require("node:crypto");
var import_node_crypto4 = require("node:crypto");
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");
var import_node_path2 = require("node:path");
var import_node_crypto5 = require("node:crypto");
var import_promises2 = require("node:fs/promises");
var import_node_path3 = require("node:path");
var import_node_fs = require("node:fs");
var import_promises3 = require("node:fs/promises");
var import_node_path4 = require("node:path");
var import_promises4 = require("node:fs/promises");
var import_node_path5 = require("node:path");
var import_promises5 = require("node:fs/promises");
var import_node_os = require("node:os");
var import_node_path6 = require("node:path");
var import_node_child_process = require("node:child_process");
var import_node_crypto6 = require("node:crypto");
function ociErrorKind(options) {
  const { code, status } = options;
  switch (code) {
    case "AUTH_FAILED":
    case "NETWORK_ERROR":
    case "REGISTRY_ERROR":
    case "CONFLICT":
      return "remote";
    case "NOT_FOUND":
      return status === void 0 ? "configuration" : "remote";
    case "INVALID_CONTENT":
    case "TOO_LARGE":
      return status === void 0 ? "verification" : "remote";
    case "DIGEST_MISMATCH":
      return "verification";
    case "INVALID_REFERENCE":
    case "INVALID_DIGEST":
    case "INSECURE_REFUSED":
    case "CREDENTIAL_HELPER_FAILED":
    case "INVALID_LAYOUT":
    case "NOT_REGULAR_FILE":
      return "configuration";
  }
}
(0, import_part_MRALY75J.__name)(ociErrorKind, "ociErrorKind");
function ociErrorHint(options) {
  const { code, status } = options;
  if (code === "AUTH_FAILED" || status === 401 || status === 403) {
    return "the registry credentials given to the step (username and password or token, or docker login) and that they may read (and, to sign, write) this repository";
  }
  if (code === "NETWORK_ERROR") {
    return "that the registry host is reachable from the runner (its name, port, firewall or proxy) and re-run the job";
  }
  if (code === "NOT_FOUND" && status !== void 0) {
    return "that the repository and the tag or digest exist on this registry, and that the credentials can see them";
  }
  if (code === "CONFLICT")
    return "whether another job wrote the same tag at the same time, and re-run the job";
  if (status === 429) return "the registry's rate limit: give credentials, or re-run the job later";
  if (status !== void 0 && status >= 500) {
    return "the registry's status: it failed on its side after the requests were retried; re-run the job when it answers again";
  }
  if (status !== void 0) return "the registry's answer above: it refused the request";
  return void 0;
}
(0, import_part_MRALY75J.__name)(ociErrorHint, "ociErrorHint");
var OciError = class extends Error {
  static {
    (0, import_part_MRALY75J.__name)(this, "OciError");
  }
  code;
  /** The failure kind this code means (see ociErrorKind). */
  kind;
  /** What to check, for a registry's refusal or failure. */
  hint;
  /** HTTP status when a registry answered. */
  status;
  /** The registry's own error code (`MANIFEST_UNKNOWN`, `DIGEST_INVALID`…) when it sent one. */
  registryCode;
  /** When a referrers list failed: which source was being read (the API or the tag schema). */
  referrersSource;
  constructor(options) {
    super(options.message, { cause: options.cause });
    this.name = "OciError";
    this.code = options.code;
    this.status = options.status;
    this.registryCode = options.registryCode;
    this.referrersSource = options.referrersSource;
    this.kind = ociErrorKind(options);
    this.hint = ociErrorHint(options);
  }
  /** The registry's own error code, under the name runAction and the CLI read. */
  get serviceCode() {
    return this.registryCode;
  }
};
function parseChallenge(header) {
  if (!header) return void 0;
  const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
  const scheme = match?.[1]?.toLowerCase();
  if (scheme !== "basic" && scheme !== "bearer") return void 0;
  const params = {};
  const pattern = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
  for (const [, key, quoted, bare] of (match?.[2] ?? "").matchAll(pattern)) {
    if (key) params[key.toLowerCase()] = quoted?.replace(/\\(.)/g, "$1") ?? bare ?? "";
  }
  const challenge = { scheme };
  if (params["realm"] !== void 0) challenge.realm = params["realm"];
  if (params["service"] !== void 0) challenge.service = params["service"];
  if (params["scope"] !== void 0) challenge.scope = params["scope"];
  if (params["error"] !== void 0) challenge.error = params["error"];
  return challenge;
}
(0, import_part_MRALY75J.__name)(parseChallenge, "parseChallenge");
function parseScope(text) {
  const first = text.indexOf(":");
  const last = text.lastIndexOf(":");
  return {
    type: text.slice(0, first),
    name: text.slice(first + 1, last),
    actions: new Set(
      text.slice(last + 1).split(",").filter(Boolean)
    )
  };
}
(0, import_part_MRALY75J.__name)(parseScope, "parseScope");
function formatScope(scope) {
  return `${scope.type}:${scope.name}:${[...scope.actions].sort().join(",")}`;
}
(0, import_part_MRALY75J.__name)(formatScope, "formatScope");
function mergeScopes(scopes) {
  const byResource = /* @__PURE__ */ new Map();
  for (const scope of scopes.map(parseScope)) {
    const key = `${scope.type}:${scope.name}`;
    const known = byResource.get(key);
    if (known) for (const action of scope.actions) known.actions.add(action);
    else byResource.set(key, scope);
  }
  return [...byResource.values()].map(formatScope).sort();
}
(0, import_part_MRALY75J.__name)(mergeScopes, "mergeScopes");
function scopesCover(granted, wanted) {
  const have = granted.map(parseScope);
  return wanted.map(parseScope).every(
    (w) => have.some(
      (h) => h.type === w.type && h.name === w.name && [...w.actions].every((a) => h.actions.has(a))
    )
  );
}
(0, import_part_MRALY75J.__name)(scopesCover, "scopesCover");
function repositoryScope(repository, access) {
  const actions = access === "pull" ? "pull" : access === "push" ? "pull,push" : "delete";
  return `repository:${repository}:${actions}`;
}
(0, import_part_MRALY75J.__name)(repositoryScope, "repositoryScope");
function isLoopbackHost(host2) {
  const name = host2.startsWith("[") ? host2.slice(0, host2.indexOf("]") + 1) : host2.split(":")[0];
  return name === "localhost" || name === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(name ?? "");
}
(0, import_part_MRALY75J.__name)(isLoopbackHost, "isLoopbackHost");
function isPlainHttpAnswer(error) {
  for (let e = error; e instanceof Error; e = e.cause) {
    const code = e.code;
    if (code === "EPROTO" || code === "ERR_SSL_WRONG_VERSION_NUMBER") return true;
    if (/wrong version number|packet length too long/i.test(e.message)) return true;
  }
  return false;
}
(0, import_part_MRALY75J.__name)(isPlainHttpAnswer, "isPlainHttpAnswer");
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
var MAX_ERROR_BODY_BYTES = 64 * 1024;
var MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024;
var MAX_TAGS_PAGE_BYTES = 4 * 1024 * 1024;
function describeLimit(bytes) {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
(0, import_part_MRALY75J.__name)(describeLimit, "describeLimit");
async function readBodyCapped(options) {
  const { response, limit, operation, source } = options;
  const tooLarge = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((detail) => new OciError({
    code: "TOO_LARGE",
    status: response.status,
    message: `${operation} on ${source}: the response body is over the ${describeLimit(limit)} limit${detail}; refusing to read it`
  }), "tooLarge");
  const declared = response.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) {
    await response.body?.cancel();
    throw tooLarge(` (Content-Length ${(0, import_part_242AIN3U.quote)(declared)})`);
  }
  const read = await readBodyUpTo({ response, limit });
  if (read.truncated) throw tooLarge("");
  return read.bytes;
}
(0, import_part_MRALY75J.__name)(readBodyCapped, "readBodyCapped");
async function readBodyUpTo(options) {
  const { response, limit } = options;
  if (!response.body) return { bytes: Buffer.alloc(0), truncated: false };
  const reader = response.body.getReader();
  const parts = [];
  let length = 0;
  try {
    for (; ; ) {
      const { done, value } = await reader.read();
      if (done) return { bytes: Buffer.concat(parts), truncated: false };
      if (length + value.byteLength > limit) {
        parts.push(value.subarray(0, limit - length));
        await reader.cancel();
        return { bytes: Buffer.concat(parts), truncated: true };
      }
      parts.push(value);
      length += value.byteLength;
    }
  } finally {
    reader.releaseLock();
  }
}
(0, import_part_MRALY75J.__name)(readBodyUpTo, "readBodyUpTo");
var DEFAULT_LIFETIME_S = 60;
var MARGIN_MS = 1e4;
async function readTokenAnswer(options) {
  const { response, registry, host: host2 } = options;
  const bytes = await readBodyCapped({
    response,
    limit: MAX_TOKEN_RESPONSE_BYTES,
    operation: "auth.token",
    source: `the token service of ${registry} (${host2})`
  });
  let body;
  try {
    body = JSON.parse(bytes.toString());
  } catch (cause) {
    throw new OciError({
      code: "AUTH_FAILED",
      message: `the token service of ${registry} (${host2}) answered with something other than JSON`,
      cause
    });
  }
  const token = [body?.token, body?.access_token].find(
    (value) => typeof value === "string" && value !== ""
  );
  if (!token) {
    throw new OciError({
      code: "AUTH_FAILED",
      message: `the token service of ${registry} answered without a token`
    });
  }
  const expiresIn = typeof body?.expires_in === "number" && body.expires_in > 0 ? body.expires_in : DEFAULT_LIFETIME_S;
  const lifetime = expiresIn * 1e3;
  return { token, expiresAt: Date.now() + Math.max(lifetime - MARGIN_MS, lifetime / 2) };
}
(0, import_part_MRALY75J.__name)(readTokenAnswer, "readTokenAnswer");
async function requestToken(options) {
  const { transport, url, service, scopes, credentials } = options;
  const headers = {};
  if (credentials?.kind === "identity-token") {
    const form = new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: credentials.token,
      client_id: "sign",
      ...service ? { service } : {}
    });
    if (scopes.length) form.set("scope", scopes.join(" "));
    headers["content-type"] = "application/x-www-form-urlencoded";
    return transport.send({
      operation: "auth.token",
      method: "POST",
      url,
      headers,
      body: Buffer.from(form.toString()),
      idempotent: true
    });
  }
  if (service) url.searchParams.set("service", service);
  for (const scope of scopes) url.searchParams.append("scope", scope);
  if (credentials?.kind === "basic") {
    const pair = `${credentials.username}:${credentials.password}`;
    headers["authorization"] = `Basic ${Buffer.from(pair).toString("base64")}`;
  }
  return transport.send({ operation: "auth.token", method: "GET", url, headers });
}
(0, import_part_MRALY75J.__name)(requestToken, "requestToken");
async function fetchBearerToken(options) {
  const { realm, service, scopes, credentials, registry } = options;
  const url = tokenRealmUrl({ realm, registry });
  if (credentials && url.protocol === "http:" && !isLoopbackHost(url.host)) {
    throw new OciError({
      code: "INSECURE_REFUSED",
      message: `the token service of ${registry} is ${(0, import_part_242AIN3U.quote)(realm)}, plain HTTP on another host; refusing to send the credentials for ${registry} there (the registry must name an https:// realm)`
    });
  }
  const response = await requestToken({
    transport: options.transport,
    url,
    service,
    scopes,
    credentials
  });
  if (!response.ok) {
    await response.body?.cancel();
    const who = credentials ? "refused the credentials" : "refused anonymous access";
    throw new OciError({
      code: "AUTH_FAILED",
      status: response.status,
      message: `the token service of ${registry} (${url.host}) ${who} for ${scopes.join(" ") || "no scope"}: HTTP ${response.status}`
    });
  }
  return readTokenAnswer({ response, registry, host: url.host });
}
(0, import_part_MRALY75J.__name)(fetchBearerToken, "fetchBearerToken");
function tokenRealmUrl(options) {
  const { realm, registry } = options;
  let url;
  try {
    url = new URL(realm);
  } catch {
    url = void 0;
  }
  if (!url || url.protocol !== "https:" && url.protocol !== "http:") {
    throw new OciError({
      code: "AUTH_FAILED",
      message: `${registry} named the token realm ${(0, import_part_242AIN3U.quote)(realm)}, which is not an http(s) URL`
    });
  }
  return url;
}
(0, import_part_MRALY75J.__name)(tokenRealmUrl, "tokenRealmUrl");
function createTokenCache(options) {
  const { transport, registry } = options;
  const tokens = [];
  return {
    async header({ scopes, realm, service, credentials }) {
      const now = Date.now();
      const cached = tokens.find(
        (t) => t.realm === realm && t.service === service && t.expiresAt > now && scopesCover(t.scopes, scopes)
      );
      if (cached) return `Bearer ${cached.token}`;
      const wanted = mergeScopes(scopes);
      const fresh = await fetchBearerToken({
        transport,
        realm,
        service,
        scopes: wanted,
        credentials,
        registry
      });
      tokens.push({ ...fresh, realm, service, scopes: wanted });
      return `Bearer ${fresh.token}`;
    },
    forget(sent) {
      const stale = tokens.findIndex((t) => `Bearer ${t.token}` === sent);
      if (stale === -1) return false;
      tokens.splice(stale, 1);
      return true;
    }
  };
}
(0, import_part_MRALY75J.__name)(createTokenCache, "createTokenCache");
function createAuthSession(options) {
  const { registry } = options;
  let scheme = { kind: "unknown" };
  let credentials;
  const tokens = createTokenCache({ transport: options.transport, registry });
  const loadCredentials = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(() => credentials ??= options.credentials.credentialsFor(registry), "loadCredentials");
  const basicHeader = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async () => {
    const found = await loadCredentials();
    if (found?.kind !== "basic") return void 0;
    return `Basic ${Buffer.from(`${found.username}:${found.password}`).toString("base64")}`;
  }, "basicHeader");
  const bearerHeader = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async (scopes, realm, service) => {
    const found = await loadCredentials();
    if (found?.kind === "registry-token") return `Bearer ${found.token}`;
    return tokens.header({ scopes, realm, service, credentials: found });
  }, "bearerHeader");
  return {
    async authorize(scopes) {
      if (scheme.kind === "basic") return basicHeader();
      if (scheme.kind === "bearer") return bearerHeader(scopes, scheme.realm, scheme.service);
      return void 0;
    },
    async retryAfterUnauthorized(response, scopes, sent) {
      const challenge = parseChallenge(response.headers.get("www-authenticate"));
      await response.body?.cancel();
      const refused = refusal({ registry, scopes });
      if (!challenge) throw refused("answered 401 without a usable WWW-Authenticate challenge");
      if (challenge.error === "insufficient_scope" && sent?.startsWith("Bearer ")) {
        throw refused(
          `refused access: the token lacks ${challenge.scope ?? scopes.join(" ")} (insufficient_scope)`
        );
      }
      if (challenge.scheme === "basic") {
        scheme = { kind: "basic" };
        const header = await basicHeader();
        if (!header)
          throw refused("requires a username and password (Basic auth) and none was given");
        if (header === sent) throw refused("refused the username and password");
        return header;
      }
      if (!challenge.realm) throw refused("sent a Bearer challenge without a realm");
      scheme = { kind: "bearer", realm: challenge.realm, service: challenge.service };
      if (sent?.startsWith("Bearer ") && !tokens.forget(sent)) {
        throw refused("refused the bearer token");
      }
      const wanted = challenge.scope ? mergeScopes([...scopes, challenge.scope]) : scopes;
      return bearerHeader(wanted, challenge.realm, challenge.service);
    }
  };
}
(0, import_part_MRALY75J.__name)(createAuthSession, "createAuthSession");
function refusal(options) {
  const { registry, scopes } = options;
  const fix = `Give credentials for ${registry} with access to ${scopes.join(" ")} (docker login ${registry}, or the registry credentials passed to the step).`;
  return (why) => new OciError({ code: "AUTH_FAILED", status: 401, message: `${registry} ${why}. ${fix}` });
}
(0, import_part_MRALY75J.__name)(refusal, "refusal");
function staticCredentials(byRegistry) {
  return { credentialsFor: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((registry) => Promise.resolve(byRegistry[normalizeRegistryKey(registry)]), "credentialsFor") };
}
(0, import_part_MRALY75J.__name)(staticCredentials, "staticCredentials");
function chainCredentials(providers) {
  return {
    async credentialsFor(registry) {
      for (const provider of providers) {
        const found = await provider.credentialsFor(registry);
        if (found) return found;
      }
      return void 0;
    }
  };
}
(0, import_part_MRALY75J.__name)(chainCredentials, "chainCredentials");
var anonymous = { credentialsFor: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(() => Promise.resolve(void 0), "credentialsFor") };
function normalizeRegistryKey(key) {
  const host2 = key.replace(/^[a-z]+:\/\//i, "").split("/")[0]?.toLowerCase() ?? "";
  return host2 === "index.docker.io" || host2 === "registry-1.docker.io" ? "docker.io" : host2;
}
(0, import_part_MRALY75J.__name)(normalizeRegistryKey, "normalizeRegistryKey");
var silentLogger = { debug: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(() => {
}, "debug"), info: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(() => {
}, "info"), warning: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(() => {
}, "warning") };
function createLimiter(options) {
  let active = 0;
  const waiting = [];
  const release = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(() => {
    active--;
    waiting.shift()?.();
  }, "release");
  return {
    async run(task) {
      if (active >= options.concurrency) await new Promise((resolve2) => waiting.push(resolve2));
      active++;
      try {
        return await task();
      } finally {
        release();
      }
    }
  };
}
(0, import_part_MRALY75J.__name)(createLimiter, "createLimiter");
var REGISTRY_RETRY = {
  attempts: 5,
  budgetMs: 6e4,
  baseDelayMs: 300,
  maxDelayMs: 1e4
};
function isRetryableStatus(status) {
  return status === 408 || status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}
(0, import_part_MRALY75J.__name)(isRetryableStatus, "isRetryableStatus");
var RETRYABLE_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT"
]);
function networkErrorCode(error) {
  for (let e = error; e instanceof Error; e = e.cause) {
    const code = e.code;
    if (typeof code === "string") return code;
  }
  return void 0;
}
(0, import_part_MRALY75J.__name)(networkErrorCode, "networkErrorCode");
function isRetryableError(error) {
  const code = networkErrorCode(error);
  return code !== void 0 && RETRYABLE_CODES.has(code);
}
(0, import_part_MRALY75J.__name)(isRetryableError, "isRetryableError");
function retryDelay(options) {
  const { policy, retryAfter } = options;
  if (retryAfter) {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) ? seconds * 1e3 : Date.parse(retryAfter) - (options.now ?? Date.now());
    if (Number.isFinite(ms) && ms >= 0) return Math.min(ms, policy.maxDelayMs);
  }
  const ceiling = Math.min(policy.baseDelayMs * 2 ** (options.attempt - 1), policy.maxDelayMs);
  return Math.random() * ceiling;
}
(0, import_part_MRALY75J.__name)(retryDelay, "retryDelay");
function retryBudget(options) {
  const { policy } = options;
  const now = options.now ?? Date.now;
  const deadline = now() + policy.budgetMs;
  let tries = 1;
  const budget = {
    get tries() {
      return tries;
    },
    delay(wait = {}) {
      if (tries >= policy.attempts) return void 0;
      const ms = retryDelay({ policy, attempt: tries, retryAfter: wait.retryAfter ?? null });
      return now() + ms > deadline ? void 0 : ms;
    },
    async wait(ms) {
      await new Promise((resolve2) => setTimeout(resolve2, ms));
      tries++;
    },
    async next(wait = {}) {
      const ms = budget.delay(wait);
      if (ms === void 0) return false;
      await budget.wait(ms);
      return true;
    }
  };
  return budget;
}
(0, import_part_MRALY75J.__name)(retryBudget, "retryBudget");
async function sendWithRetries(options) {
  const { request, attempt } = options;
  const idempotent = request.idempotent ?? !["POST", "PATCH"].includes(request.method);
  const budget = retryBudget({ policy: options.policy });
  for (; ; ) {
    let response;
    try {
      response = await attempt(request);
    } catch (error) {
      if (!idempotent || !isRetryableError(error) || !await budget.next()) {
        throw new OciError({
          code: "NETWORK_ERROR",
          message: `${request.operation}: ${request.method} ${request.url.host}${request.url.pathname} failed: ${networkErrorCode(error) ?? error.message}${budget.tries > 1 ? ` (after ${budget.tries} tries)` : ""}`,
          cause: error
        });
      }
      continue;
    }
    if (!idempotent || !isRetryableStatus(response.status)) return response;
    const delay = budget.delay({ retryAfter: response.headers.get("retry-after") });
    if (delay === void 0) return response;
    await response.body?.cancel();
    await budget.wait(delay);
  }
}
(0, import_part_MRALY75J.__name)(sendWithRetries, "sendWithRetries");
function createTransport(options = {}) {
  const logger = options.logger ?? silentLogger;
  const policy = { ...REGISTRY_RETRY, ...options.retry };
  const limiter = createLimiter({ concurrency: options.concurrency ?? 8 });
  let stats = { total: 0, byOperation: {} };
  const attempt = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async (request) => {
    stats.total++;
    stats.byOperation[request.operation] = (stats.byOperation[request.operation] ?? 0) + 1;
    const started = Date.now();
    const where = `${request.method} ${request.url.host}${request.url.pathname}`;
    try {
      const response = await limiter.run(
        () => fetch(request.url, {
          method: request.method,
          headers: request.headers ?? {},
          ...request.body === void 0 ? {} : { body: request.body },
          redirect: "manual"
        })
      );
      logger.debug(`${where} \u2192 ${response.status} (${Date.now() - started} ms)`);
      return response;
    } catch (error) {
      logger.debug(`${where} \u2192 ${networkErrorCode(error) ?? "network error"}`);
      throw error;
    }
  }, "attempt");
  const send = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((request) => sendWithRetries({ request, policy, attempt }), "send");
  return {
    send,
    retry: policy,
    stats: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(() => ({ total: stats.total, byOperation: { ...stats.byOperation } }), "stats"),
    resetStats: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(() => {
      stats = { total: 0, byOperation: {} };
    }, "resetStats")
  };
}
(0, import_part_MRALY75J.__name)(createTransport, "createTransport");
var DOCKER_HUB = "docker.io";
var DOCKER_HUB_API_HOST = "registry-1.docker.io";
function apiHost(registry) {
  return registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry;
}
(0, import_part_MRALY75J.__name)(apiHost, "apiHost");
function createOriginFinder(options) {
  const { transport, insecure } = options;
  const origins = /* @__PURE__ */ new Map();
  return (registry) => {
    let known = origins.get(registry);
    if (known) return known;
    const host2 = apiHost(registry);
    known = probeOrigin({
      transport,
      host: host2,
      mayBePlainHttp: isLoopbackHost(host2) || insecure.has(registry)
    });
    origins.set(registry, known);
    known.catch(() => origins.delete(registry));
    return known;
  };
}
(0, import_part_MRALY75J.__name)(createOriginFinder, "createOriginFinder");
async function probeOrigin(options) {
  const { transport, host: host2 } = options;
  if (!options.mayBePlainHttp) return `https://${host2}`;
  try {
    const probe = await transport.send({
      operation: "ping",
      method: "GET",
      url: new URL(`https://${host2}/v2/`)
    });
    await probe.body?.cancel();
    return `https://${host2}`;
  } catch (error) {
    if (isPlainHttpAnswer(error)) return `http://${host2}`;
    throw error;
  }
}
(0, import_part_MRALY75J.__name)(probeOrigin, "probeOrigin");
var MAX_REDIRECTS = 5;
async function followRedirects(options) {
  let { response, target } = options;
  for (let hops = 0; isRedirect(response.status); hops++) {
    const location = response.headers.get("location");
    await response.body?.cancel();
    if (!location || hops === MAX_REDIRECTS) {
      throw new OciError({
        code: "REGISTRY_ERROR",
        status: response.status,
        message: `${options.operation}: too many or empty redirects from ${options.registry}`
      });
    }
    target = new URL(location, target);
    response = await options.send(target);
  }
  return response;
}
(0, import_part_MRALY75J.__name)(followRedirects, "followRedirects");
function isRedirect(status) {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}
(0, import_part_MRALY75J.__name)(isRedirect, "isRedirect");
async function sendRegistryRequest(options) {
  const { request: req, transport, session, registryOrigin, target } = options;
  const scopes = [repositoryScope(req.repo.repository, req.access), ...req.extraScopes ?? []];
  const atRegistry = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((url) => url.origin === registryOrigin, "atRegistry");
  const send = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((url, authorization2) => transport.send({
    operation: req.operation,
    method: req.method,
    url,
    headers: {
      ...withoutAuthorization(req.headers),
      ...authorization2 && atRegistry(url) ? { authorization: authorization2 } : {}
    },
    ...req.body === void 0 ? {} : { body: req.body },
    ...req.idempotent === void 0 ? {} : { idempotent: req.idempotent }
  }), "send");
  let authorization = atRegistry(target) ? await session.authorize(scopes) : void 0;
  let response = await send(target, authorization);
  for (let tries = 0; response.status === 401 && atRegistry(target) && tries < 2; tries++) {
    authorization = await session.retryAfterUnauthorized(response, scopes, authorization);
    response = await send(target, authorization);
  }
  if (req.method !== "GET" && req.method !== "HEAD") return response;
  return followRedirects({
    response,
    target,
    send: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((url) => send(url, authorization), "send"),
    operation: req.operation,
    registry: req.repo.registry
  });
}
(0, import_part_MRALY75J.__name)(sendRegistryRequest, "sendRegistryRequest");
function withoutAuthorization(headers) {
  return Object.fromEntries(
    Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== "authorization")
  );
}
(0, import_part_MRALY75J.__name)(withoutAuthorization, "withoutAuthorization");
function createRegistryClient(options = {}) {
  const transport = options.transport ?? createTransport(options.logger ? { logger: options.logger } : {});
  const sessions = /* @__PURE__ */ new Map();
  const origin = createOriginFinder({ transport, insecure: new Set(options.insecure ?? []) });
  const session = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((registry) => {
    let found = sessions.get(registry);
    if (!found) {
      found = createAuthSession({
        registry,
        transport,
        credentials: options.credentials ?? anonymous
      });
      sessions.set(registry, found);
    }
    return found;
  }, "session");
  const url = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async (repo, path) => {
    const base = await origin(repo.registry);
    return /^https?:\/\//.test(path) ? new URL(path) : new URL(`${base}/v2/${repo.repository}/${path}`);
  }, "url");
  const request = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async (req) => {
    const auth = session(req.repo.registry);
    const registryOrigin = new URL(await origin(req.repo.registry)).origin;
    const target = await url(req.repo, req.path);
    return sendRegistryRequest({ request: req, transport, session: auth, registryOrigin, target });
  }, "request");
  return {
    transport,
    logger: options.logger,
    chunkSize: options.chunkSize ?? 64 * 1024 * 1024,
    request,
    url
  };
}
(0, import_part_MRALY75J.__name)(createRegistryClient, "createRegistryClient");
var OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var OCI_INDEX = "application/vnd.oci.image.index.v1+json";
var DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
var DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
var OCI_EMPTY = "application/vnd.oci.empty.v1+json";
var MANIFEST_MEDIA_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];
var MANIFEST_ACCEPT = MANIFEST_MEDIA_TYPES.join(", ");
function isIndexMediaType(mediaType) {
  return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
}
(0, import_part_MRALY75J.__name)(isIndexMediaType, "isIndexMediaType");
var EMPTY_CONFIG_BYTES = Buffer.from("{}");
var EMPTY_CONFIG = {
  mediaType: OCI_EMPTY,
  digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
  size: 2
};
var alphaNumeric = "[a-z0-9]+";
var separator = "(?:[._]|__|[-]+)";
var pathComponent = `${alphaNumeric}(?:${separator}${alphaNumeric})*`;
var domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var ipv6 = "\\[(?:[a-fA-F0-9:]+)\\]";
var domainName = `${domainComponent}(?:\\.${domainComponent})*`;
var host = `(?:${domainName}|${ipv6})`;
var DOMAIN = new RegExp(`^${host}(?::[0-9]+)?$`);
var REPOSITORY = new RegExp(`^${pathComponent}(?:/${pathComponent})*$`);
var TAG = /^[\w][\w.-]{0,127}$/;
var DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
var DIGEST_ENCODINGS = {
  sha256: /^[a-f0-9]{64}$/,
  sha512: /^[a-f0-9]{128}$/
};
var NAME_MAX_LENGTH = 255;
function parseDigest(digest) {
  const fail = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((why) => new OciError({
    code: "INVALID_DIGEST",
    message: `invalid digest ${JSON.stringify(digest)}: ${why}; expected sha256:<64 lowercase hex>`
  }), "fail");
  if (!DIGEST.test(digest)) throw fail("not of the form algorithm:encoded");
  const colon = digest.indexOf(":");
  const algorithm = digest.slice(0, colon);
  const hex = digest.slice(colon + 1);
  const encoding = DIGEST_ENCODINGS[algorithm];
  if (!encoding) throw fail(`unsupported algorithm ${algorithm}`);
  if (!encoding.test(hex)) throw fail(`the ${algorithm} value has the wrong length or characters`);
  return { algorithm, hex };
}
(0, import_part_MRALY75J.__name)(parseDigest, "parseDigest");
function sha256Digest(data) {
  return `sha256:${(0, import_node_crypto.createHash)("sha256").update(data).digest("hex")}`;
}
(0, import_part_MRALY75J.__name)(sha256Digest, "sha256Digest");
function digestOf(data, algorithm) {
  return `${algorithm}:${(0, import_node_crypto.createHash)(algorithm).update(data).digest("hex")}`;
}
(0, import_part_MRALY75J.__name)(digestOf, "digestOf");
function describeRepository(repo) {
  return `${repo.registry}/${repo.repository}`;
}
(0, import_part_MRALY75J.__name)(describeRepository, "describeRepository");
async function errorDetail(response) {
  const text = await readBodyUpTo({ response, limit: MAX_ERROR_BODY_BYTES }).then(
    (read) => read.bytes.toString(),
    () => ""
  );
  try {
    const body = JSON.parse(text);
    const first = body.errors?.[0];
    if (typeof first?.code === "string" && first.code) {
      return {
        text: ` ${(0, import_part_242AIN3U.quote)(first.code)}${first.message ? `: ${(0, import_part_242AIN3U.quote)(String(first.message))}` : ""}`,
        code: first.code
      };
    }
  } catch {
  }
  return { text: text && text.length < 200 ? ` ${(0, import_part_242AIN3U.quote)(text.trim())}` : "" };
}
(0, import_part_MRALY75J.__name)(errorDetail, "errorDetail");
async function registryError(options) {
  const { response, repo, operation } = options;
  const status = response.status;
  const code = status === 404 ? "NOT_FOUND" : status === 401 || status === 403 ? "AUTH_FAILED" : "REGISTRY_ERROR";
  const detail = await errorDetail(response);
  return new OciError({
    code,
    status,
    ...detail.code ? { registryCode: detail.code } : {},
    message: `${operation} on ${describeRepository(repo)} failed: HTTP ${status}${detail.text}`
  });
}
(0, import_part_MRALY75J.__name)(registryError, "registryError");
async function expectStatus(options) {
  const { response } = options;
  if (!options.ok.includes(response.status)) throw await registryError(options);
  await response.body?.cancel();
  return response.status;
}
(0, import_part_MRALY75J.__name)(expectStatus, "expectStatus");
var isDigest = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((reference) => reference.includes(":"), "isDigest");
function headManifest({ client, repo, reference }, operation) {
  return client.request({
    repo,
    operation,
    access: "pull",
    method: "HEAD",
    path: `manifests/${reference}`,
    headers: { accept: MANIFEST_ACCEPT }
  });
}
(0, import_part_MRALY75J.__name)(headManifest, "headManifest");
async function fetchManifest({
  client,
  repo,
  reference
}) {
  const response = await client.request({
    repo,
    operation: "manifest.get",
    access: "pull",
    method: "GET",
    path: `manifests/${reference}`,
    headers: { accept: MANIFEST_ACCEPT }
  });
  if (response.status === 404) {
    await response.body?.cancel();
    return void 0;
  }
  if (response.status !== 200)
    throw await registryError({ response, repo, operation: "manifest.get" });
  const bytes = await readBodyCapped({
    response,
    limit: MAX_MANIFEST_BYTES,
    operation: "manifest.get",
    source: describeRepository(repo)
  });
  const claimed = isDigest(reference) ? reference : response.headers.get("docker-content-digest") ?? void 0;
  const algorithm = claimed ? parseDigest(claimed).algorithm : "sha256";
  const digest = digestOf(bytes, algorithm);
  if (claimed && claimed !== digest) {
    throw new OciError({
      code: "DIGEST_MISMATCH",
      message: `manifest ${reference} of ${describeRepository(repo)} has digest ${digest}, not ${claimed}`
    });
  }
  const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() || mediaTypeOf(bytes);
  return { bytes, mediaType, digest, etag: response.headers.get("etag") ?? void 0 };
}
(0, import_part_MRALY75J.__name)(fetchManifest, "fetchManifest");
function mediaTypeOf(bytes) {
  try {
    return JSON.parse(bytes.toString()).mediaType ?? "";
  } catch {
    return "";
  }
}
(0, import_part_MRALY75J.__name)(mediaTypeOf, "mediaTypeOf");
async function resolveManifest({
  client,
  repo,
  reference
}) {
  const response = await headManifest({ client, repo, reference }, "manifest.resolve");
  await response.body?.cancel();
  const digest = response.headers.get("docker-content-digest");
  const mediaType = response.headers.get("content-type")?.split(";")[0]?.trim();
  const size = Number(response.headers.get("content-length"));
  if (response.status === 200 && digest && mediaType && Number.isInteger(size) && (!isDigest(reference) || digest === reference)) {
    parseDigest(digest);
    return { mediaType, digest, size };
  }
  if (response.status !== 200 && response.status !== 405) {
    throw await registryError({ response, repo, operation: `resolve ${reference}` });
  }
  const fetched = await fetchManifest({ client, repo, reference });
  if (!fetched)
    throw new OciError({
      code: "NOT_FOUND",
      status: 404,
      message: `${describeRepository(repo)}:${reference} does not exist`
    });
  return { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.bytes.byteLength };
}
(0, import_part_MRALY75J.__name)(resolveManifest, "resolveManifest");
async function manifestExists({
  client,
  repo,
  reference
}) {
  const response = await headManifest({ client, repo, reference }, "manifest.exists");
  return await expectStatus({ response, ok: [200, 404], repo, operation: "manifest.exists" }) === 200;
}
(0, import_part_MRALY75J.__name)(manifestExists, "manifestExists");
var PASSING_PUT_ERRORS = /* @__PURE__ */ new Set(["DIGEST_INVALID", "MANIFEST_BLOB_UNKNOWN"]);
var PASSING_PUT_ATTEMPTS = 4;
async function putManifest(options) {
  const budget = retryBudget({ policy: options.client.transport.retry });
  for (let passingTries = 1; ; ) {
    try {
      return await putManifestOnce(options);
    } catch (error) {
      if (!(error instanceof OciError)) throw error;
      if (PASSING_PUT_ERRORS.has(error.registryCode ?? "")) {
        if (passingTries++ >= PASSING_PUT_ATTEMPTS) throw error;
        await new Promise((resolve2) => setTimeout(resolve2, 50 + Math.random() * 100 * passingTries));
      } else {
        const interrupted = error.code === "NETWORK_ERROR" || error.status !== void 0 && isRetryableStatus(error.status);
        if (!interrupted || options.recoverLost === false) throw error;
        const stored = await storedAs(options);
        if (stored) return stored;
        if (!await budget.next()) throw error;
      }
      options.client.logger?.debug(`manifest.put tried again after: ${error.message}`);
    }
  }
}
(0, import_part_MRALY75J.__name)(putManifest, "putManifest");
async function storedAs(options) {
  const { client, repo, reference, bytes, mediaType } = options;
  const digest = digestOf(bytes, "sha256");
  try {
    const found = await resolveManifest({ client, repo, reference });
    if (found.digest !== digest) return void 0;
  } catch (error) {
    if (error instanceof OciError && error.code === "NOT_FOUND") return void 0;
    throw error;
  }
  client.logger?.debug(`manifest.put of ${reference}: the registry holds ${digest} already`);
  return {
    descriptor: { mediaType, digest, size: bytes.byteLength },
    // The OCI-Subject answer was lost with the response: the caller learns it another way.
    indexedSubject: void 0
  };
}
(0, import_part_MRALY75J.__name)(storedAs, "storedAs");
async function putManifestOnce(options) {
  const { client, repo, reference, bytes, mediaType } = options;
  const response = await client.request({
    repo,
    operation: "manifest.put",
    access: "push",
    method: "PUT",
    path: `manifests/${reference}`,
    headers: {
      "content-type": mediaType,
      ...options.ifMatch ? { "if-match": options.ifMatch } : {}
    },
    body: bytes
  });
  if (response.status === 412) {
    await response.body?.cancel();
    throw new OciError({
      code: "CONFLICT",
      status: 412,
      message: `manifest ${reference} of ${describeRepository(repo)} changed since it was read`
    });
  }
  await expectStatus({ response, ok: [201], repo, operation: "manifest.put" });
  const digest = digestOf(bytes, "sha256");
  return {
    descriptor: { mediaType, digest, size: bytes.byteLength },
    indexedSubject: response.headers.get("oci-subject") ?? void 0
  };
}
(0, import_part_MRALY75J.__name)(putManifestOnce, "putManifestOnce");
async function blobExists({ client, repo, digest }) {
  const response = await client.request({
    repo,
    operation: "blob.exists",
    access: "pull",
    method: "HEAD",
    path: `blobs/${digest}`
  });
  await response.body?.cancel();
  if (response.status === 200) return true;
  if (response.status === 404) return false;
  throw await registryError({ response, repo, operation: "blob.exists" });
}
(0, import_part_MRALY75J.__name)(blobExists, "blobExists");
async function* streamBlob({
  client,
  repo,
  digest,
  maxBytes
}) {
  const { algorithm, hex } = parseDigest(digest);
  const response = await client.request({
    repo,
    operation: "blob.get",
    access: "pull",
    method: "GET",
    path: `blobs/${digest}`
  });
  if (response.status !== 200 || !response.body)
    throw await registryError({ response, repo, operation: "blob.get" });
  const limit = maxBytes ?? Number.MAX_SAFE_INTEGER;
  const tooLarge = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(() => new OciError({
    code: "TOO_LARGE",
    status: response.status,
    message: `blob.get on ${describeRepository(repo)}: blob ${digest} is over the ${describeLimit(limit)} limit; refusing to read it`
  }), "tooLarge");
  if (Number(response.headers.get("content-length") ?? 0) > limit) {
    await response.body.cancel();
    throw tooLarge();
  }
  const hash = (0, import_node_crypto2.createHash)(algorithm);
  const reader = response.body.getReader();
  let length = 0;
  try {
    for (; ; ) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length > limit) throw tooLarge();
      hash.update(value);
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => void 0);
  }
  const actual = hash.digest("hex");
  if (actual !== hex) {
    throw new OciError({
      code: "DIGEST_MISMATCH",
      message: `blob ${digest} from ${describeRepository(repo)} has digest ${algorithm}:${actual}`
    });
  }
}
(0, import_part_MRALY75J.__name)(streamBlob, "streamBlob");
async function fetchBlob(request) {
  const chunks = [];
  for await (const chunk of streamBlob(request)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
(0, import_part_MRALY75J.__name)(fetchBlob, "fetchBlob");
var sizeOf = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((content) => content instanceof Uint8Array ? content.byteLength : content.size, "sizeOf");
async function pushBlob(options) {
  const { client, repo, digest } = options;
  if (await blobExists({ client, repo, digest })) return "exists";
  const budget = retryBudget({ policy: client.transport.retry });
  for (; ; ) {
    try {
      return await uploadOnce(options);
    } catch (error) {
      if (!isInterrupted(error)) throw error;
      if (await blobExists({ client, repo, digest })) {
        client.logger?.debug(
          `upload of ${digest} ended in ${error.message}, yet the registry holds it`
        );
        return "uploaded";
      }
      if (!await budget.next()) throw error;
      client.logger?.info(
        `upload of ${digest} to ${describeRepository(repo)} failed (${error.message}); restarting it (try ${budget.tries})`
      );
    }
  }
}
(0, import_part_MRALY75J.__name)(pushBlob, "pushBlob");
function isInterrupted(error) {
  if (!(error instanceof OciError)) return false;
  return error.code === "NETWORK_ERROR" || error.status !== void 0 && isRetryableStatus(error.status) || error.registryCode === "BLOB_UPLOAD_UNKNOWN" || error.registryCode === "BLOB_UPLOAD_INVALID";
}
(0, import_part_MRALY75J.__name)(isInterrupted, "isInterrupted");
async function uploadOnce(options) {
  const { client, repo, digest } = options;
  const mount = options.mountFrom ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(options.mountFrom)}` : "";
  const start = await client.request({
    repo,
    operation: "blob.upload",
    access: "push",
    method: "POST",
    path: `blobs/uploads/${mount}`,
    // A second session, when the answer to the first was lost, is harmless: it expires unused.
    idempotent: true,
    ...options.mountFrom ? { extraScopes: [`repository:${options.mountFrom}:pull`] } : {}
  });
  const started = await expectStatus({
    response: start,
    ok: mount ? [201, 202] : [202],
    repo,
    operation: "blob.upload"
  });
  if (started === 201) return "mounted";
  const location = await uploadLocation(client, repo, start);
  const size = sizeOf(options.content);
  if (size <= client.chunkSize) {
    const bytes = await readAll(options.content);
    await finish({ client, repo, location, digest, body: bytes });
  } else {
    await uploadChunks({ ...options, location });
  }
  return "uploaded";
}
(0, import_part_MRALY75J.__name)(uploadOnce, "uploadOnce");
async function uploadLocation(client, repo, response) {
  const location = response.headers.get("location");
  if (!location)
    throw new OciError({
      code: "REGISTRY_ERROR",
      message: `blob.upload on ${repo.registry}: no Location header`
    });
  return new URL(location, await client.url(repo, ""));
}
(0, import_part_MRALY75J.__name)(uploadLocation, "uploadLocation");
async function finish(options) {
  const url = new URL(options.location);
  url.searchParams.set("digest", options.digest);
  const response = await options.client.request({
    repo: options.repo,
    operation: "blob.upload.finish",
    access: "push",
    method: "PUT",
    path: url.href,
    headers: { "content-type": "application/octet-stream" },
    body: options.body ?? new Uint8Array(),
    idempotent: false
  });
  await expectStatus({ response, ok: [201], repo: options.repo, operation: "blob.upload.finish" });
}
(0, import_part_MRALY75J.__name)(finish, "finish");
async function uploadChunks(options) {
  const { client, repo, digest } = options;
  let location = options.location;
  let offset = 0;
  for await (const chunk of rechunk(options.content, client.chunkSize)) {
    const response = await client.request({
      repo,
      operation: "blob.upload.chunk",
      access: "push",
      method: "PATCH",
      path: location.href,
      headers: {
        "content-type": "application/octet-stream",
        "content-range": `${offset}-${offset + chunk.byteLength - 1}`
      },
      body: chunk
    });
    await expectStatus({ response, ok: [202], repo, operation: "blob.upload.chunk" });
    location = await uploadLocation(client, repo, response);
    offset += chunk.byteLength;
  }
  await finish({ client, repo, location, digest });
}
(0, import_part_MRALY75J.__name)(uploadChunks, "uploadChunks");
async function readAll(content) {
  if (content instanceof Uint8Array) return content;
  const parts = [];
  for await (const part of content.open()) parts.push(part);
  return Buffer.concat(parts);
}
(0, import_part_MRALY75J.__name)(readAll, "readAll");
async function* rechunk(content, size) {
  if (content instanceof Uint8Array) {
    for (let at = 0; at < content.byteLength; at += size) yield content.subarray(at, at + size);
    return;
  }
  let pending = [];
  let length = 0;
  for await (const part of content.open()) {
    pending.push(Buffer.from(part));
    length += part.byteLength;
    while (length >= size) {
      const all = Buffer.concat(pending);
      yield all.subarray(0, size);
      pending = [all.subarray(size)];
      length -= size;
    }
  }
  if (length > 0) yield Buffer.concat(pending);
}
(0, import_part_MRALY75J.__name)(rechunk, "rechunk");
function descriptorProblem(value) {
  if (!isObject(value)) return value === null ? "null, not a descriptor" : "not an object";
  if (typeof value.mediaType !== "string" || value.mediaType === "") return "no mediaType";
  if (typeof value.digest !== "string") return "no digest";
  const digest = value.digest;
  const colon = digest.indexOf(":");
  const encoding = DIGEST_ENCODINGS[digest.slice(0, colon)];
  if (!DIGEST.test(digest))
    return `the digest ${(0, import_part_242AIN3U.quote)(digest)} is not of the form algorithm:encoded`;
  if (encoding && !encoding.test(digest.slice(colon + 1))) {
    return `the digest ${(0, import_part_242AIN3U.quote)(digest)} has the wrong length or characters for its algorithm`;
  }
  if (typeof value.size !== "number" || !Number.isSafeInteger(value.size) || value.size < 0) {
    return "no valid size (a non-negative integer)";
  }
  if (value.artifactType !== void 0 && typeof value.artifactType !== "string") {
    return "artifactType is not a string";
  }
  if (value.annotations !== void 0) {
    if (!isObject(value.annotations)) return "annotations is not an object";
    if (Object.values(value.annotations).some((v) => typeof v !== "string")) {
      return "an annotation is not a string";
    }
  }
  return void 0;
}
(0, import_part_MRALY75J.__name)(descriptorProblem, "descriptorProblem");
function checkDescriptors(options) {
  const { entries, index } = options;
  const code = options.code ?? "INVALID_CONTENT";
  if (!Array.isArray(entries)) {
    throw new OciError({ code, message: `${index} is malformed: its manifests is not an array` });
  }
  entries.forEach((entry, i) => {
    const problem = descriptorProblem(entry);
    if (problem) {
      throw new OciError({
        code,
        message: `${index} is malformed: manifests[${i}] is invalid (${problem})`
      });
    }
  });
  return entries;
}
(0, import_part_MRALY75J.__name)(checkDescriptors, "checkDescriptors");
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
(0, import_part_MRALY75J.__name)(isObject, "isObject");
async function readReferrersPage(options) {
  const { client, repo, page } = options;
  const source = describeRepository(repo);
  const response = await client.request({
    repo,
    operation: "referrers.list",
    access: "pull",
    method: "GET",
    path: options.path,
    headers: { accept: OCI_INDEX }
  });
  if (page === 0 && (response.status === 404 || response.status === 405 || response.status === 400)) {
    await response.body?.cancel();
    return void 0;
  }
  if (response.status !== 200)
    throw await registryError({ response, repo, operation: "referrers.list" });
  const where = `the referrers of ${options.subjectDigest} on ${source} (page ${page + 1})`;
  const bytes = await readBodyCapped({
    response,
    limit: MAX_MANIFEST_BYTES,
    operation: "referrers.list",
    source
  });
  let index;
  try {
    index = JSON.parse(bytes.toString());
  } catch (cause) {
    throw new OciError({ code: "INVALID_CONTENT", message: `${where} is not JSON`, cause });
  }
  return {
    manifests: checkDescriptors({ entries: index?.manifests ?? [], index: where }),
    filtered: response.headers.get("oci-filters-applied")?.split(",").map((s) => s.trim()).includes("artifactType") ?? false,
    next: nextLink(response.headers.get("link"))
  };
}
(0, import_part_MRALY75J.__name)(readReferrersPage, "readReferrersPage");
function nextLink(header) {
  for (const part of header?.split(",") ?? []) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match?.[1]) return match[1];
  }
  return void 0;
}
(0, import_part_MRALY75J.__name)(nextLink, "nextLink");
var MAX_REFERRERS = 1e4;
var MAX_REFERRER_PAGES = 100;
async function listReferrersViaApi(options) {
  const { client, repo, subjectDigest, artifactType } = options;
  const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : "";
  let path = `referrers/${subjectDigest}${query}`;
  const found = [];
  const source = describeRepository(repo);
  let listed = 0;
  for (let page = 0; ; page++) {
    if (page === MAX_REFERRER_PAGES) {
      throw new OciError({
        code: "TOO_LARGE",
        message: `referrers.list on ${source}: the referrers of ${subjectDigest} run past ${MAX_REFERRER_PAGES} pages; refusing to read more (the limit is ${MAX_REFERRERS} referrers in ${MAX_REFERRER_PAGES} pages)`
      });
    }
    const read = await readReferrersPage({ client, repo, subjectDigest, path, page });
    if (read === void 0) return void 0;
    listed += read.manifests.length;
    if (listed > MAX_REFERRERS) {
      throw new OciError({
        code: "TOO_LARGE",
        message: `referrers.list on ${source}: ${subjectDigest} has more than ${MAX_REFERRERS} referrers; refusing to read more`
      });
    }
    found.push(
      ...read.manifests.filter(
        (d) => !artifactType || read.filtered || d.artifactType === artifactType
      )
    );
    if (!read.next) return found;
    path = new URL(read.next, await client.url(repo, "")).href;
  }
}
(0, import_part_MRALY75J.__name)(listReferrersViaApi, "listReferrersViaApi");
function referrersTag(subjectDigest) {
  const { algorithm, hex } = parseDigest(subjectDigest);
  return `${algorithm}-${hex}`;
}
(0, import_part_MRALY75J.__name)(referrersTag, "referrersTag");
async function readTagIndex(options) {
  const tag = referrersTag(options.subjectDigest);
  const fetched = await fetchManifest({
    client: options.client,
    repo: options.repo,
    reference: tag
  });
  if (!fetched) return void 0;
  const where = `the referrers tag ${tag} of ${describeRepository(options.repo)}`;
  let index;
  try {
    index = JSON.parse(fetched.bytes.toString());
  } catch (cause) {
    throw new OciError({
      code: "INVALID_CONTENT",
      message: `${where} does not hold JSON`,
      cause
    });
  }
  if (!Array.isArray(index?.manifests)) {
    throw new OciError({
      code: "INVALID_CONTENT",
      message: `${where} does not hold an image index`
    });
  }
  const manifests = checkDescriptors({ entries: index.manifests, index: where });
  return { manifests, digest: fetched.digest, etag: fetched.etag };
}
(0, import_part_MRALY75J.__name)(readTagIndex, "readTagIndex");
var INDEX_REVISION_ANNOTATION = "dev.sign.referrers.revision";
function encodeTagIndex(manifests) {
  const index = {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests,
    annotations: { [INDEX_REVISION_ANNOTATION]: (0, import_node_crypto3.randomUUID)() }
  };
  return Buffer.from(JSON.stringify(index));
}
(0, import_part_MRALY75J.__name)(encodeTagIndex, "encodeTagIndex");
var apiSupport = /* @__PURE__ */ new WeakMap();
function knownApiSupport(client, repo) {
  return apiSupport.get(client)?.get(describeRepository(repo));
}
(0, import_part_MRALY75J.__name)(knownApiSupport, "knownApiSupport");
function rememberApiSupport(client, repo, supported) {
  let byRepo = apiSupport.get(client);
  if (!byRepo) apiSupport.set(client, byRepo = /* @__PURE__ */ new Map());
  byRepo.set(describeRepository(repo), supported);
}
(0, import_part_MRALY75J.__name)(rememberApiSupport, "rememberApiSupport");
async function listReferrers(options) {
  const { client, repo } = options;
  if (knownApiSupport(client, repo) !== false) {
    const viaApi = await fromSource("api", () => listReferrersViaApi(options));
    rememberApiSupport(client, repo, viaApi !== void 0);
    if (viaApi) return { referrers: viaApi, source: "api" };
  }
  const index = await fromSource("tag-schema", () => readTagIndex(options));
  const all = index?.manifests ?? [];
  const referrers = options.artifactType ? all.filter((d) => d.artifactType === options.artifactType) : all;
  return { referrers, source: "tag-schema" };
}
(0, import_part_MRALY75J.__name)(listReferrers, "listReferrers");
async function fromSource(source, read) {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof OciError) || error.referrersSource !== void 0) throw error;
    throw new OciError({
      code: error.code,
      message: error.message,
      ...error.status === void 0 ? {} : { status: error.status },
      ...error.registryCode === void 0 ? {} : { registryCode: error.registryCode },
      referrersSource: source,
      cause: error
    });
  }
}
(0, import_part_MRALY75J.__name)(fromSource, "fromSource");
function isTransient(error) {
  if (!(error instanceof OciError)) return false;
  return error.code === "CONFLICT" || error.code === "NETWORK_ERROR" || error.status === 400 || error.status === 429 || (error.status ?? 0) >= 500;
}
(0, import_part_MRALY75J.__name)(isTransient, "isTransient");
async function jitter(minMs, maxMs) {
  await new Promise((resolve2) => setTimeout(resolve2, minMs + Math.random() * (maxMs - minMs)));
}
(0, import_part_MRALY75J.__name)(jitter, "jitter");
async function readSteadily(options) {
  for (let tries = 1; ; tries++) {
    try {
      return await readTagIndex(options);
    } catch (error) {
      if (tries >= 8 || !isTransient(error) || error.status === 400) throw error;
      await jitter(20, 60 * tries);
    }
  }
}
(0, import_part_MRALY75J.__name)(readSteadily, "readSteadily");
async function settle(options) {
  const until = Date.now() + options.windowMs;
  while (Date.now() < until) {
    await jitter(options.windowMs / 4, options.windowMs / 2);
    const again = await readSteadily(options);
    if (again?.digest !== options.index?.digest) return { stable: false, index: again };
  }
  return { stable: true, index: options.index };
}
(0, import_part_MRALY75J.__name)(settle, "settle");
async function deleteManifest({
  client,
  repo,
  reference
}) {
  const response = await client.request({
    repo,
    operation: "manifest.delete",
    access: "delete",
    method: "DELETE",
    path: `manifests/${reference}`
  });
  const status = await expectStatus({
    response,
    ok: [200, 202, 404, 405],
    repo,
    operation: "manifest.delete"
  });
  return status === 200 || status === 202;
}
(0, import_part_MRALY75J.__name)(deleteManifest, "deleteManifest");
async function writeTagIndex(options) {
  const { client, repo, current, written } = options;
  const bytes = encodeTagIndex([...current?.manifests ?? [], ...options.add]);
  try {
    const { descriptor } = await putManifest({
      client,
      repo,
      reference: referrersTag(options.subjectDigest),
      bytes,
      mediaType: OCI_INDEX,
      ...current?.etag ? { ifMatch: current.etag } : {},
      recoverLost: false
    });
    written.add(descriptor.digest);
    if (current) written.add(current.digest);
    return true;
  } catch (error) {
    if (!isTransient(error)) throw error;
    if (error.code === "NETWORK_ERROR") {
      written.add(digestOf(bytes, "sha256"));
      if (current) written.add(current.digest);
    }
    client.logger?.debug(`referrers index write raced another writer: ${error.message}`);
    return false;
  }
}
(0, import_part_MRALY75J.__name)(writeTagIndex, "writeTagIndex");
async function dropSuperseded(options) {
  for (const digest of options.written) {
    if (digest === options.keep) continue;
    try {
      await deleteManifest({ client: options.client, repo: options.repo, reference: digest });
    } catch (error) {
      options.client.logger?.warning(
        `could not delete the superseded referrers index ${digest} in ${describeRepository(options.repo)}: ${error.message}`
      );
    }
  }
}
(0, import_part_MRALY75J.__name)(dropSuperseded, "dropSuperseded");
async function updateTagIndex(options) {
  const { client, repo, subjectDigest } = options;
  const minSettleMs = options.minSettleMs ?? 200;
  let slowestMs = 0;
  let readAt = Date.now();
  const seen = /* @__PURE__ */ new Map();
  const written = /* @__PURE__ */ new Set();
  for (const d of options.add) seen.set(d.digest, d);
  let current = await readSteadily({ client, repo, subjectDigest });
  for (let writes = 0; ; ) {
    const restorable = await entriesToRestore({ client, repo, current, seen, ours: options.add });
    if (restorable.length === 0) {
      const settled = await settle({
        client,
        repo,
        subjectDigest,
        index: current,
        windowMs: Math.max(minSettleMs, 4 * slowestMs)
      });
      if (settled.stable) {
        await dropSuperseded({ client, repo, keep: settled.index?.digest, written });
        return settled.index;
      }
      current = settled.index;
      continue;
    }
    if (++writes > (options.maxWrites ?? 30)) {
      throw new OciError({
        code: "CONFLICT",
        message: `could not update the referrers tag ${referrersTag(subjectDigest)} of ${describeRepository(repo)}: other writers kept changing it`
      });
    }
    if (await writeTagIndex({ client, repo, subjectDigest, current, add: restorable, written })) {
      slowestMs = Math.max(slowestMs, Date.now() - readAt);
    }
    await jitter(25, 75);
    readAt = Date.now();
    current = await readSteadily({ client, repo, subjectDigest });
  }
}
(0, import_part_MRALY75J.__name)(updateTagIndex, "updateTagIndex");
async function entriesToRestore(options) {
  const { client, repo, current, seen } = options;
  for (const d of current?.manifests ?? []) if (!seen.has(d.digest)) seen.set(d.digest, d);
  const present = new Set((current?.manifests ?? []).map((d) => d.digest));
  const missing = [...seen.values()].filter((d) => !present.has(d.digest));
  const restorable = await withoutDeleted({ client, repo, candidates: missing, ours: options.ours });
  for (const gone of missing.filter((d) => !restorable.includes(d))) seen.delete(gone.digest);
  return restorable;
}
(0, import_part_MRALY75J.__name)(entriesToRestore, "entriesToRestore");
async function withoutDeleted(options) {
  const ours = new Set(options.ours.map((d) => d.digest));
  const kept = [];
  for (const d of options.candidates) {
    if (ours.has(d.digest) || await manifestExists({ client: options.client, repo: options.repo, reference: d.digest }))
      kept.push(d);
  }
  return kept;
}
(0, import_part_MRALY75J.__name)(withoutDeleted, "withoutDeleted");
function buildArtifactManifest(request) {
  const { subject } = request;
  const configData = request.config?.data ?? EMPTY_CONFIG_BYTES;
  const config = request.config ? {
    mediaType: request.config.mediaType,
    digest: sha256Digest(configData),
    size: configData.byteLength,
    ...request.config.artifactType ? { artifactType: request.config.artifactType } : {}
  } : { ...EMPTY_CONFIG };
  const layers = request.layers.map((layer) => ({
    mediaType: layer.mediaType,
    digest: sha256Digest(layer.data),
    size: layer.data.byteLength,
    ...layer.annotations ? { annotations: layer.annotations } : {}
  }));
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: request.artifactType,
    config,
    layers,
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    ...request.annotations ? { annotations: request.annotations } : {}
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  return {
    manifest,
    bytes,
    blobs: [
      { digest: config.digest, data: configData },
      ...request.layers.map((layer, i) => ({ digest: layers[i].digest, data: layer.data }))
    ],
    descriptor: {
      mediaType: OCI_MANIFEST,
      digest: sha256Digest(bytes),
      size: bytes.byteLength,
      artifactType: request.artifactType,
      ...request.annotations ? { annotations: request.annotations } : {}
    }
  };
}
(0, import_part_MRALY75J.__name)(buildArtifactManifest, "buildArtifactManifest");
async function attachArtifact(options) {
  const { client, repo, subject } = options;
  const { manifest, bytes, blobs, descriptor } = buildArtifactManifest(options);
  await Promise.all(
    blobs.map((blob) => pushBlob({ client, repo, digest: blob.digest, content: blob.data }))
  );
  const put = await putManifest({
    client,
    repo,
    reference: descriptor.digest,
    bytes,
    mediaType: OCI_MANIFEST
  });
  const indexedByRegistry = !options.forceTagSchema && put.indexedSubject === subject.digest && await servesApi(client, repo, subject.digest);
  if (indexedByRegistry) return { descriptor, manifest, indexedBy: "api" };
  await updateTagIndex({ client, repo, subjectDigest: subject.digest, add: [descriptor] });
  return { descriptor, manifest, indexedBy: "tag-schema" };
}
(0, import_part_MRALY75J.__name)(attachArtifact, "attachArtifact");
async function servesApi(client, repo, subjectDigest) {
  const known = knownApiSupport(client, repo);
  if (known !== void 0) return known;
  const supported = await listReferrersViaApi({ client, repo, subjectDigest }) !== void 0;
  rememberApiSupport(client, repo, supported);
  return supported;
}
(0, import_part_MRALY75J.__name)(servesApi, "servesApi");
function registryStore(options) {
  const { client, repo } = options;
  return {
    location: describeRepository(repo),
    resolve: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((reference) => resolveManifest({ client, repo, reference }), "resolve"),
    fetchManifest: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((reference) => fetchManifest({ client, repo, reference }), "fetchManifest"),
    async pushManifest({ bytes, mediaType, tag }) {
      const { descriptor } = await putManifest({
        client,
        repo,
        reference: tag ?? sha256Digest(bytes),
        bytes,
        mediaType
      });
      return descriptor;
    },
    blobExists: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((digest) => blobExists({ client, repo, digest }), "blobExists"),
    fetchBlob: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((digest, fetchOptions) => fetchBlob({
      client,
      repo,
      digest,
      ...fetchOptions?.maxBytes === void 0 ? {} : { maxBytes: fetchOptions.maxBytes }
    }), "fetchBlob"),
    async pushBlob({ digest, content }) {
      await pushBlob({ client, repo, digest, content });
    },
    listReferrers: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(({ subjectDigest, artifactType }) => listReferrers({ client, repo, subjectDigest, ...artifactType ? { artifactType } : {} }), "listReferrers"),
    attach: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((request) => attachArtifact({ ...request, client, repo }), "attach")
  };
}
(0, import_part_MRALY75J.__name)(registryStore, "registryStore");
async function writeFileAtomic(options) {
  const suffix = (0, import_node_crypto4.randomBytes)(6).toString("hex");
  const temporary = (0, import_node_path.join)((0, import_node_path.dirname)(options.path), `.${(0, import_node_path.basename)(options.path)}.${suffix}.tmp`);
  const file = await (0, import_promises.open)(temporary, "wx");
  let renamed = false;
  try {
    try {
      await options.write(file);
      await file.sync();
    } finally {
      await file.close();
    }
    if (!options.noClobber) {
      await (0, import_promises.rename)(temporary, options.path);
      renamed = true;
      return true;
    }
    try {
      await (0, import_promises.link)(temporary, options.path);
      return true;
    } catch (error) {
      if (error.code === "EEXIST") return false;
      throw error;
    }
  } finally {
    if (!renamed) await (0, import_promises.unlink)(temporary).catch(() => void 0);
  }
}
(0, import_part_MRALY75J.__name)(writeFileAtomic, "writeFileAtomic");
async function writeBytesAtomic(options) {
  return writeFileAtomic({
    path: options.path,
    write: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async (file) => {
      await file.writeFile(options.bytes);
    }, "write"),
    ...options.noClobber ? { noClobber: true } : {}
  });
}
(0, import_part_MRALY75J.__name)(writeBytesAtomic, "writeBytesAtomic");
async function openRegularFile(options) {
  const { path } = options;
  const file = await (0, import_promises3.open)(path, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NONBLOCK);
  try {
    const info = await file.stat();
    if (!info.isFile()) {
      throw new OciError({
        code: "NOT_REGULAR_FILE",
        message: `${(0, import_part_242AIN3U.quote)(path)} is ${fileKind(info)}, not a regular file; refusing to read it`
      });
    }
    return { file, size: info.size };
  } catch (error) {
    await file.close();
    throw error;
  }
}
(0, import_part_MRALY75J.__name)(openRegularFile, "openRegularFile");
async function readRegularFile(options) {
  const { path, limit, what } = options;
  const tooLarge = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(() => new OciError({
    code: "TOO_LARGE",
    message: `${what} (${(0, import_part_242AIN3U.quote)(path)}) is over the ${describeLimit(limit)} limit; refusing to read it`
  }), "tooLarge");
  const { file, size } = await openRegularFile({ path });
  try {
    if (size > limit) throw tooLarge();
    const parts = [];
    let length = 0;
    const chunk = Buffer.alloc(Math.min(Math.max(size, 16 * 1024) + 1, limit + 1, 1024 * 1024));
    for (; ; ) {
      const { bytesRead } = await file.read(chunk, 0, chunk.byteLength, null);
      if (bytesRead === 0) return Buffer.concat(parts, length);
      length += bytesRead;
      if (length > limit) throw tooLarge();
      parts.push(Buffer.from(chunk.subarray(0, bytesRead)));
    }
  } finally {
    await file.close();
  }
}
(0, import_part_MRALY75J.__name)(readRegularFile, "readRegularFile");
function fileKind(info) {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  if (info.isSymbolicLink()) return "a symbolic link";
  return info.isFile() ? "a regular file" : "not a regular file";
}
(0, import_part_MRALY75J.__name)(fileKind, "fileKind");
var LAYOUT_FILE = "oci-layout";
var LAYOUT_VERSION = "1.0.0";
var INDEX_FILE = "index.json";
var REF_NAME = "org.opencontainers.image.ref.name";
function indexPath(options) {
  return (0, import_node_path4.join)(options.root, INDEX_FILE);
}
(0, import_part_MRALY75J.__name)(indexPath, "indexPath");
function blobPath(options) {
  const { algorithm, hex } = parseDigest(options.digest);
  return (0, import_node_path4.join)(options.root, "blobs", algorithm, hex);
}
(0, import_part_MRALY75J.__name)(blobPath, "blobPath");
async function hasBlob(request) {
  const info = await (0, import_promises2.stat)(blobPath(request)).catch(ignoreMissing);
  return info?.isFile() ?? false;
}
(0, import_part_MRALY75J.__name)(hasBlob, "hasBlob");
async function readBlob(request) {
  const path = blobPath(request);
  const bytes = await readRegularFile({
    path,
    limit: request.maxBytes ?? Number.MAX_SAFE_INTEGER,
    what: `blob ${request.digest} of the OCI layout ${request.root}`
  }).catch(ignoreMissing);
  if (!bytes) {
    throw new OciError({
      code: "NOT_FOUND",
      message: `blob ${request.digest} is not in the OCI layout ${request.root}: ${path} does not exist`
    });
  }
  const { algorithm, hex } = parseDigest(request.digest);
  const actual = (0, import_node_crypto5.createHash)(algorithm).update(bytes).digest("hex");
  if (actual !== hex) {
    throw new OciError({
      code: "DIGEST_MISMATCH",
      message: `${path} has digest ${algorithm}:${actual}, not ${request.digest}: the file was altered or corrupted; delete it and push the content again`
    });
  }
  return bytes;
}
(0, import_part_MRALY75J.__name)(readBlob, "readBlob");
async function readListedBlob(options) {
  const { root, entry, maxBytes } = options;
  try {
    return await readBlob({
      root,
      digest: entry.digest,
      ...maxBytes === void 0 ? {} : { maxBytes }
    });
  } catch (error) {
    if (!(error instanceof OciError && error.code === "NOT_FOUND")) throw error;
    throw new OciError({
      code: "INVALID_LAYOUT",
      message: `${indexPath({ root })} lists ${entry.digest}, but ${blobPath({ root, digest: entry.digest })} is missing; restore that blob or remove the entry`,
      cause: error
    });
  }
}
(0, import_part_MRALY75J.__name)(readListedBlob, "readListedBlob");
async function writeBlob(options) {
  const { root, digest, content } = options;
  if (await hasBlob({ root, digest })) return;
  const path = blobPath({ root, digest });
  const { algorithm, hex } = parseDigest(digest);
  await (0, import_promises2.mkdir)((0, import_node_path3.dirname)(path), { recursive: true });
  await writeFileAtomic({
    path,
    write: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async (file) => {
      const hash = (0, import_node_crypto5.createHash)(algorithm);
      const chunks = content instanceof Uint8Array ? [content] : content.open();
      for await (const chunk of chunks) {
        hash.update(chunk);
        await file.writeFile(chunk);
      }
      const actual = hash.digest("hex");
      if (actual !== hex) {
        throw new OciError({
          code: "DIGEST_MISMATCH",
          message: `the content pushed as ${digest} to the OCI layout ${root} has digest ${algorithm}:${actual}; nothing was stored \u2014 push the bytes that digest names`
        });
      }
    }, "write")
  });
}
(0, import_part_MRALY75J.__name)(writeBlob, "writeBlob");
function ignoreMissing(error) {
  if (error.code === "ENOENT") return void 0;
  throw error;
}
(0, import_part_MRALY75J.__name)(ignoreMissing, "ignoreMissing");
function refNameOf(entry) {
  return entry.annotations?.[REF_NAME];
}
(0, import_part_MRALY75J.__name)(refNameOf, "refNameOf");
function findTagged(options) {
  return options.entries.findLast((entry) => refNameOf(entry) === options.tag);
}
(0, import_part_MRALY75J.__name)(findTagged, "findTagged");
function placeManifest(options) {
  const { entries, descriptor, tag } = options;
  const listed = {
    mediaType: descriptor.mediaType,
    digest: descriptor.digest,
    size: descriptor.size
  };
  if (tag === void 0) {
    return entries.some((entry) => entry.digest === listed.digest) ? entries : [...entries, listed];
  }
  const kept = [];
  for (const entry of entries) {
    if (refNameOf(entry) !== tag) kept.push(entry);
    else if (options.previous === "keep") kept.push(withoutRefName(entry));
  }
  kept.push({ ...listed, annotations: { [REF_NAME]: tag } });
  return withoutRedundantUntagged(kept);
}
(0, import_part_MRALY75J.__name)(placeManifest, "placeManifest");
function withoutRedundantUntagged(entries) {
  const tagged = new Set(entries.filter((entry) => refNameOf(entry) !== void 0).map((e) => e.digest));
  const untagged = /* @__PURE__ */ new Set();
  return entries.filter((entry) => {
    if (refNameOf(entry) !== void 0) return true;
    if (tagged.has(entry.digest) || untagged.has(entry.digest)) return false;
    untagged.add(entry.digest);
    return true;
  });
}
(0, import_part_MRALY75J.__name)(withoutRedundantUntagged, "withoutRedundantUntagged");
function withoutRefName(entry) {
  const annotations = { ...entry.annotations };
  delete annotations[REF_NAME];
  const result = { ...entry };
  delete result.annotations;
  if (Object.keys(annotations).length > 0) result.annotations = annotations;
  return result;
}
(0, import_part_MRALY75J.__name)(withoutRefName, "withoutRefName");
var MAX_INDEX_FILE_BYTES = 64 * 1024 * 1024;
function emptyIndexBytes() {
  return Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] }));
}
(0, import_part_MRALY75J.__name)(emptyIndexBytes, "emptyIndexBytes");
async function readIndexFile(options) {
  const path = indexPath(options);
  const fail = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((what, cause) => new OciError({
    code: "INVALID_LAYOUT",
    message: `${path} ${what}; it must be an OCI image index \u2014 restore it or recreate the layout`,
    cause
  }), "fail");
  let text;
  try {
    text = (await readRegularFile({
      path,
      limit: MAX_INDEX_FILE_BYTES,
      what: "the index.json of a layout"
    })).toString();
  } catch (error) {
    if (error.code === "ENOENT") throw fail("is missing", error);
    throw error;
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw fail("is not valid JSON", error);
  }
  if (!isObject2(parsed) || parsed.schemaVersion !== 2 || !Array.isArray(parsed.manifests)) {
    throw fail("does not have schemaVersion 2 and a manifests array");
  }
  const manifests = parsed.manifests;
  manifests.forEach((entry, i) => {
    const problem = descriptorProblem(entry);
    if (problem) throw fail(`has an invalid manifests[${i}]: ${problem}`);
  });
  return { manifests, fields: parsed };
}
(0, import_part_MRALY75J.__name)(readIndexFile, "readIndexFile");
async function writeIndexFile(options) {
  const bytes = Buffer.from(
    JSON.stringify({ ...options.file.fields, manifests: options.manifests })
  );
  await writeBytesAtomic({ path: indexPath(options), bytes });
}
(0, import_part_MRALY75J.__name)(writeIndexFile, "writeIndexFile");
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
(0, import_part_MRALY75J.__name)(isObject2, "isObject");
var queues = /* @__PURE__ */ new Map();
async function withIndexLock(options) {
  const { root, update } = options;
  const previous = queues.get(root) ?? Promise.resolve();
  const result = previous.then(update);
  const settled = result.then(
    () => void 0,
    () => void 0
  );
  queues.set(root, settled);
  try {
    return await result;
  } finally {
    if (queues.get(root) === settled) queues.delete(root);
  }
}
(0, import_part_MRALY75J.__name)(withIndexLock, "withIndexLock");
var MAX_SCANNED_MANIFEST_BYTES = 16 * 1024 * 1024;
async function readLayoutTagIndex(request) {
  const { root, entries } = request;
  const tag = referrersTag(request.subjectDigest);
  const entry = findTagged({ entries, tag });
  if (!entry) return [];
  const bytes = await readListedBlob({ root, entry, maxBytes: MAX_SCANNED_MANIFEST_BYTES });
  let index;
  try {
    index = JSON.parse(bytes.toString());
  } catch (cause) {
    throw notAnIndex({ root, tag, cause });
  }
  if (!Array.isArray(index?.manifests)) throw notAnIndex({ root, tag });
  return checkDescriptors({
    entries: index.manifests,
    index: `the referrers tag ${tag} in the OCI layout ${root}`
  });
}
(0, import_part_MRALY75J.__name)(readLayoutTagIndex, "readLayoutTagIndex");
async function addToLayoutTagIndex(request) {
  const { root, entries, referrer } = request;
  const current = await readLayoutTagIndex(request);
  const manifests = [...current.filter((d) => d.digest !== referrer.digest), referrer];
  const bytes = encodeTagIndex(manifests);
  const descriptor = {
    mediaType: OCI_INDEX,
    digest: sha256Digest(bytes),
    size: bytes.byteLength
  };
  await writeBlob({ root, digest: descriptor.digest, content: bytes });
  const tag = referrersTag(request.subjectDigest);
  return placeManifest({ entries, descriptor, tag, previous: "drop" });
}
(0, import_part_MRALY75J.__name)(addToLayoutTagIndex, "addToLayoutTagIndex");
function notAnIndex(options) {
  return new OciError({
    code: "INVALID_CONTENT",
    message: `the referrers tag ${options.tag} in the OCI layout ${options.root} does not name an image index; remove that ref name from index.json and attach again`,
    ...options.cause !== void 0 ? { cause: options.cause } : {}
  });
}
(0, import_part_MRALY75J.__name)(notAnIndex, "notAnIndex");
async function attachToLayout(options) {
  const { root, request } = options;
  const { manifest, bytes, blobs, descriptor } = buildArtifactManifest(request);
  await Promise.all(blobs.map((blob) => writeBlob({ root, digest: blob.digest, content: blob.data })));
  await writeBlob({ root, digest: descriptor.digest, content: bytes });
  const listed = {
    mediaType: descriptor.mediaType,
    digest: descriptor.digest,
    size: descriptor.size
  };
  await withIndexLock({
    root,
    update: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async () => {
      const file = await readIndexFile({ root });
      const entries = placeManifest({
        entries: file.manifests,
        descriptor: listed,
        previous: "keep"
      });
      const manifests = await addToLayoutTagIndex({
        root,
        entries,
        subjectDigest: request.subject.digest,
        referrer: descriptor
      });
      await writeIndexFile({ root, file, manifests });
    }, "update")
  });
  return { descriptor, manifest, indexedBy: "tag-schema" };
}
(0, import_part_MRALY75J.__name)(attachToLayout, "attachToLayout");
async function fetchLayoutManifest(request) {
  const { root, reference } = request;
  const { manifests: entries } = await readIndexFile({ root });
  const tagged = findTagged({ entries, tag: reference });
  if (tagged) {
    const bytes2 = await readListedBlob({ root, entry: tagged, maxBytes: MAX_MANIFEST_BYTES });
    return { bytes: bytes2, mediaType: tagged.mediaType, digest: tagged.digest, etag: void 0 };
  }
  if (!DIGEST.test(reference)) return void 0;
  parseDigest(reference);
  const bytes = await readBlob({ root, digest: reference, maxBytes: MAX_MANIFEST_BYTES }).catch(
    notFoundAsUndefined
  );
  if (!bytes) return void 0;
  const listed = entries.find((entry) => entry.digest === reference);
  const mediaType = listed?.mediaType ?? manifestMediaType({ root, digest: reference, bytes });
  return { bytes, mediaType, digest: reference, etag: void 0 };
}
(0, import_part_MRALY75J.__name)(fetchLayoutManifest, "fetchLayoutManifest");
async function resolveLayoutManifest(request) {
  const fetched = await fetchLayoutManifest(request);
  if (fetched) {
    return { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.bytes.byteLength };
  }
  const { root, reference } = request;
  if (DIGEST.test(reference)) {
    throw new OciError({
      code: "NOT_FOUND",
      message: `manifest ${reference} is not in the OCI layout ${root}: it has no blob with that digest`
    });
  }
  const { manifests } = await readIndexFile({ root });
  const tags = manifests.map(refNameOf).filter((tag) => tag !== void 0);
  const known = tags.length > 0 ? `tags there: ${tags.slice(0, 10).join(", ")}` : "it has no tags";
  throw new OciError({
    code: "NOT_FOUND",
    message: `tag ${JSON.stringify(reference)} is not in the OCI layout ${root}: no entry of ${indexPath({ root })} has that ref name (${known})`
  });
}
(0, import_part_MRALY75J.__name)(resolveLayoutManifest, "resolveLayoutManifest");
function manifestMediaType(options) {
  let parsed;
  try {
    parsed = JSON.parse(options.bytes.toString());
  } catch (cause) {
    throw notAManifest(options, cause);
  }
  if (typeof parsed?.mediaType === "string" && parsed.mediaType) return parsed.mediaType;
  if (Array.isArray(parsed?.manifests)) return OCI_INDEX;
  if (typeof parsed?.config === "object" && parsed.config !== null) return OCI_MANIFEST;
  throw notAManifest(options);
}
(0, import_part_MRALY75J.__name)(manifestMediaType, "manifestMediaType");
function notAManifest(options, cause) {
  return new OciError({
    code: "INVALID_CONTENT",
    message: `blob ${options.digest} in the OCI layout ${options.root} is not a manifest (not JSON with a mediaType, config or manifests); fetch it as a blob instead`,
    cause
  });
}
(0, import_part_MRALY75J.__name)(notAManifest, "notAManifest");
function notFoundAsUndefined(error) {
  if (error instanceof OciError && error.code === "NOT_FOUND") return void 0;
  throw error;
}
(0, import_part_MRALY75J.__name)(notFoundAsUndefined, "notFoundAsUndefined");
async function openLayout(options) {
  const { root, create } = options;
  const layoutFile = (0, import_node_path5.join)(root, LAYOUT_FILE);
  const info = await (0, import_promises4.stat)(root).catch(missingAsUndefined);
  if (info && !info.isDirectory()) {
    throw invalid(
      `${root} is not a directory; an OCI image layout is a directory holding oci-layout, index.json and blobs/`
    );
  }
  const layout = info ? await readRegularFile({ path: layoutFile, limit: 64 * 1024, what: "the oci-layout file" }).then((bytes) => bytes.toString()).catch(missingAsUndefined) : void 0;
  if (layout !== void 0) {
    checkLayoutFile({ layoutFile, text: layout });
  } else if (!create) {
    throw invalid(
      `${root} is not an OCI image layout: ${layoutFile} is missing; point to the directory of an OCI image layout (oras, notation and skopeo write one)`
    );
  } else {
    const existing = info ? await (0, import_promises4.readdir)(root) : [];
    if (existing.length > 0) {
      throw invalid(
        `cannot create an OCI image layout in ${root}: the directory is not empty and has no oci-layout file; choose an empty or new directory`
      );
    }
    await (0, import_promises4.mkdir)(root, { recursive: true });
    await writeBytesAtomic({
      path: layoutFile,
      bytes: Buffer.from(JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION })),
      noClobber: true
    });
  }
  if (create && await (0, import_promises4.stat)(indexPath({ root })).catch(missingAsUndefined) === void 0) {
    await (0, import_promises4.mkdir)((0, import_node_path5.join)(root, "blobs", "sha256"), { recursive: true });
    await writeBytesAtomic({ path: indexPath({ root }), bytes: emptyIndexBytes(), noClobber: true });
  }
  await readIndexFile({ root });
}
(0, import_part_MRALY75J.__name)(openLayout, "openLayout");
function checkLayoutFile(options) {
  let version;
  try {
    version = JSON.parse(options.text)?.imageLayoutVersion;
  } catch (cause) {
    throw invalid(
      `${options.layoutFile} is not valid JSON; it must be {"imageLayoutVersion":"${LAYOUT_VERSION}"}`,
      cause
    );
  }
  if (version !== LAYOUT_VERSION) {
    throw invalid(
      `${options.layoutFile} has imageLayoutVersion ${JSON.stringify(version)}; only ${LAYOUT_VERSION} is supported`
    );
  }
}
(0, import_part_MRALY75J.__name)(checkLayoutFile, "checkLayoutFile");
function invalid(message, cause) {
  return new OciError({
    code: "INVALID_LAYOUT",
    message,
    ...cause !== void 0 ? { cause } : {}
  });
}
(0, import_part_MRALY75J.__name)(invalid, "invalid");
function missingAsUndefined(error) {
  if (error.code === "ENOENT") return void 0;
  throw error;
}
(0, import_part_MRALY75J.__name)(missingAsUndefined, "missingAsUndefined");
var COMPONENT = "[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*";
var REF_NAME_GRAMMAR = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
async function pushLayoutManifest(options) {
  const { root, bytes, mediaType, tag } = options;
  if (tag !== void 0 && !REF_NAME_GRAMMAR.test(tag)) {
    throw new OciError({
      code: "INVALID_REFERENCE",
      message: `${JSON.stringify(tag)} cannot be a ref name in ${indexPath({ root })}: use letters and digits, joined by one of . _ - : @ + or --, in components separated by /`
    });
  }
  checkManifest({ root, bytes, mediaType });
  const descriptor = { mediaType, digest: sha256Digest(bytes), size: bytes.byteLength };
  await writeBlob({ root, digest: descriptor.digest, content: bytes });
  await withIndexLock({
    root,
    update: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async () => {
      const file = await readIndexFile({ root });
      const manifests = placeManifest({
        entries: file.manifests,
        descriptor,
        ...tag !== void 0 ? { tag } : {},
        previous: "keep"
      });
      await writeIndexFile({ root, file, manifests });
    }, "update")
  });
  return descriptor;
}
(0, import_part_MRALY75J.__name)(pushLayoutManifest, "pushLayoutManifest");
function checkManifest(options) {
  const what = `the manifest pushed to the OCI layout ${options.root}`;
  let parsed;
  try {
    parsed = JSON.parse(Buffer.from(options.bytes).toString());
  } catch (cause) {
    throw new OciError({
      code: "INVALID_CONTENT",
      message: `${what} is not JSON; pass the manifest's exact bytes`,
      cause
    });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new OciError({ code: "INVALID_CONTENT", message: `${what} is not a JSON object` });
  }
  const own = parsed.mediaType;
  if (own !== void 0 && own !== options.mediaType) {
    throw new OciError({
      code: "INVALID_CONTENT",
      message: `${what} says mediaType ${JSON.stringify(own)} but was pushed as ${options.mediaType}; pass its own media type`
    });
  }
}
(0, import_part_MRALY75J.__name)(checkManifest, "checkManifest");
var SUBJECT_BEARING = /* @__PURE__ */ new Set([
  OCI_MANIFEST,
  OCI_INDEX,
  "application/vnd.oci.artifact.manifest.v1+json"
]);
async function listLayoutReferrers(options) {
  const { root, subjectDigest } = options;
  parseDigest(subjectDigest);
  const { manifests: entries } = await readIndexFile({ root });
  const scanned = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (scanned.has(entry.digest) || !SUBJECT_BEARING.has(entry.mediaType)) continue;
    const facts = await referrerFacts({ root, entry, cache: options.facts });
    if (facts.subjectDigest !== subjectDigest) continue;
    scanned.set(entry.digest, {
      mediaType: entry.mediaType,
      digest: entry.digest,
      size: facts.size,
      ...facts.artifactType !== void 0 ? { artifactType: facts.artifactType } : {},
      ...facts.annotations !== void 0 ? { annotations: facts.annotations } : {}
    });
  }
  const tagged = await readLayoutTagIndex({ root, entries, subjectDigest });
  const onlyTagged = tagged.filter((d) => !scanned.has(d.digest));
  const wanted = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((d) => options.artifactType === void 0 || d.artifactType === options.artifactType, "wanted");
  const fromScan = [...scanned.values()].filter(wanted);
  const fromTag = onlyTagged.filter(wanted);
  const source = fromScan.length === 0 && fromTag.length > 0 ? "tag-schema" : "api";
  return { referrers: [...fromScan, ...fromTag], source };
}
(0, import_part_MRALY75J.__name)(listLayoutReferrers, "listLayoutReferrers");
async function referrerFacts(options) {
  const { root, entry, cache } = options;
  const known = cache.get(entry.digest);
  if (known) return known;
  const bytes = await readListedBlob({ root, entry, maxBytes: MAX_SCANNED_MANIFEST_BYTES });
  let manifest;
  try {
    manifest = JSON.parse(bytes.toString());
  } catch (cause) {
    throw new OciError({
      code: "INVALID_CONTENT",
      message: `manifest ${entry.digest} listed in the OCI layout ${root} is not JSON; restore its blob or remove its index.json entry`,
      cause
    });
  }
  const artifactType = manifest?.artifactType ?? manifest?.config?.mediaType;
  const facts = {
    size: bytes.byteLength,
    subjectDigest: typeof manifest?.subject?.digest === "string" ? manifest.subject.digest : void 0,
    artifactType: typeof artifactType === "string" ? artifactType : void 0,
    annotations: isObject3(manifest?.annotations) ? manifest.annotations : void 0
  };
  cache.set(entry.digest, facts);
  return facts;
}
(0, import_part_MRALY75J.__name)(referrerFacts, "referrerFacts");
function isObject3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
(0, import_part_MRALY75J.__name)(isObject3, "isObject");
function layoutStore(options) {
  const root = (0, import_node_path2.resolve)(options.path);
  let opened;
  const ready = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(() => opened ??= openLayout({ root, create: options.create ?? false }).catch((error) => {
    opened = void 0;
    throw error;
  }), "ready");
  const facts = /* @__PURE__ */ new Map();
  return {
    location: `oci-layout:${root}`,
    resolve: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((reference) => ready().then(() => resolveLayoutManifest({ root, reference })), "resolve"),
    fetchManifest: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((reference) => ready().then(() => fetchLayoutManifest({ root, reference })), "fetchManifest"),
    pushManifest: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(({ bytes, mediaType, tag }) => ready().then(
      () => pushLayoutManifest({ root, bytes, mediaType, ...tag !== void 0 ? { tag } : {} })
    ), "pushManifest"),
    blobExists: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((digest) => ready().then(() => hasBlob({ root, digest })), "blobExists"),
    fetchBlob: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((digest, fetchOptions) => ready().then(
      () => readBlob({
        root,
        digest,
        ...fetchOptions?.maxBytes === void 0 ? {} : { maxBytes: fetchOptions.maxBytes }
      })
    ), "fetchBlob"),
    pushBlob: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(({ digest, content }) => ready().then(() => writeBlob({ root, digest, content })), "pushBlob"),
    listReferrers: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(({ subjectDigest, artifactType }) => ready().then(
      () => listLayoutReferrers({
        root,
        subjectDigest,
        ...artifactType !== void 0 ? { artifactType } : {},
        facts
      })
    ), "listReferrers"),
    attach: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((request) => ready().then(() => attachToLayout({ root, request })), "attach")
  };
}
(0, import_part_MRALY75J.__name)(layoutStore, "layoutStore");
function invalid2(input, why, fix) {
  return new OciError({
    code: "INVALID_REFERENCE",
    message: `invalid image reference ${JSON.stringify(input)}: ${why}. ${fix}`
  });
}
(0, import_part_MRALY75J.__name)(invalid2, "invalid");
function splitDomain(name) {
  const slash = name.indexOf("/");
  const first = slash === -1 ? "" : name.slice(0, slash);
  const isDomain = slash !== -1 && (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase());
  if (!isDomain) return { registry: DOCKER_HUB, path: name };
  const registry = first === "index.docker.io" ? DOCKER_HUB : first;
  return { registry, path: name.slice(slash + 1) };
}
(0, import_part_MRALY75J.__name)(splitDomain, "splitDomain");
function parseReference(input) {
  const example = "Write it as registry/repository[:tag][@sha256:<64 hex>], e.g. ghcr.io/org/app:v1.";
  if (input.trim() !== input || input === "")
    throw invalid2(input, "it is empty or has spaces", example);
  const at = input.indexOf("@");
  const digest = at === -1 ? void 0 : input.slice(at + 1);
  const nameAndTag = at === -1 ? input : input.slice(0, at);
  const lastSlash = nameAndTag.lastIndexOf("/");
  const colon = nameAndTag.indexOf(":", lastSlash + 1);
  const name = colon === -1 ? nameAndTag : nameAndTag.slice(0, colon);
  const tag = colon === -1 ? void 0 : nameAndTag.slice(colon + 1);
  if (digest !== void 0) {
    if (!DIGEST.test(digest)) throw invalid2(input, `"${digest}" is not a digest`, example);
    parseDigest(digest);
  }
  if (tag !== void 0 && !TAG.test(tag)) {
    throw invalid2(
      input,
      `"${tag}" is not a valid tag (letters, digits, _ . -; at most 128)`,
      example
    );
  }
  if (name.length > NAME_MAX_LENGTH) {
    throw invalid2(input, `the name is longer than ${NAME_MAX_LENGTH} characters`, example);
  }
  const { registry, path } = splitDomain(name);
  if (!DOMAIN.test(registry)) throw invalid2(input, `"${registry}" is not a registry host`, example);
  if (!REPOSITORY.test(path)) {
    const why = path !== path.toLowerCase() ? "repository names must be lowercase" : `"${path}" is not a repository path`;
    throw invalid2(input, why, example);
  }
  const repository = registry === DOCKER_HUB && !path.includes("/") ? `library/${path}` : path;
  return {
    registry,
    repository,
    ...tag === void 0 ? {} : { tag },
    ...digest === void 0 ? {} : { digest }
  };
}
(0, import_part_MRALY75J.__name)(parseReference, "parseReference");
function serverUrl(registry) {
  return registry === "docker.io" ? "https://index.docker.io/v1/" : registry;
}
(0, import_part_MRALY75J.__name)(serverUrl, "serverUrl");
async function runCredentialHelper(options) {
  const program = `docker-credential-${options.helper}`;
  const output = await new Promise((resolve2, reject) => {
    const child = (0, import_node_child_process.execFile)(program, ["get"], { timeout: 3e4 }, (error, stdout, stderr) => {
      if (!error) return resolve2(stdout);
      if (/credentials not found/i.test(`${stdout}${stderr}`)) return resolve2(void 0);
      const reason = error.code === "ENOENT" ? `${program} is not on PATH` : `${program} get exited with ${String(error.code)}: ${stderr.trim().slice(0, 200)}`;
      reject(
        new OciError({
          code: "CREDENTIAL_HELPER_FAILED",
          message: `could not get credentials for ${options.registry} from the docker credential helper "${options.helper}": ${reason}`
        })
      );
    });
    child.stdin?.end(serverUrl(options.registry));
  });
  if (output === void 0) return void 0;
  let parsed;
  try {
    parsed = JSON.parse(output);
  } catch {
    throw new OciError({
      code: "CREDENTIAL_HELPER_FAILED",
      message: `${program} get printed something that is not JSON for ${options.registry}`
    });
  }
  const username = typeof parsed.Username === "string" ? parsed.Username : "";
  const secret = typeof parsed.Secret === "string" ? parsed.Secret : "";
  if (secret === "") return void 0;
  return username === "<token>" ? { kind: "identity-token", token: secret } : { kind: "basic", username, password: secret };
}
(0, import_part_MRALY75J.__name)(runCredentialHelper, "runCredentialHelper");
function defaultDockerConfigPath(env = process.env) {
  return (0, import_node_path6.join)(env["DOCKER_CONFIG"] ?? (0, import_node_path6.join)((0, import_node_os.homedir)(), ".docker"), "config.json");
}
(0, import_part_MRALY75J.__name)(defaultDockerConfigPath, "defaultDockerConfigPath");
function fromEntry(entry) {
  if (!entry) return void 0;
  if (entry.registrytoken) return { kind: "registry-token", token: entry.registrytoken };
  if (entry.identitytoken) return { kind: "identity-token", token: entry.identitytoken };
  let { username, password } = entry;
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon > 0) [username, password] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
  }
  return username && password ? { kind: "basic", username, password } : void 0;
}
(0, import_part_MRALY75J.__name)(fromEntry, "fromEntry");
function dockerConfigCredentials(options = {}) {
  const path = options.path ?? defaultDockerConfigPath();
  let config;
  const load = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async () => {
    let text;
    try {
      text = await (0, import_promises5.readFile)(path, "utf8");
    } catch {
      return {};
    }
    try {
      return JSON.parse(text);
    } catch (cause) {
      throw new OciError({
        code: "INVALID_CONTENT",
        message: `docker config ${path} is not valid JSON; fix or remove it`,
        cause
      });
    }
  }, "load");
  return {
    async credentialsFor(registry) {
      const { auths = {}, credHelpers = {}, credsStore } = await (config ??= load());
      const host2 = normalizeRegistryKey(registry);
      const entryKey = Object.keys(auths).find((key) => normalizeRegistryKey(key) === host2);
      const helperKey = Object.keys(credHelpers).find((key) => normalizeRegistryKey(key) === host2);
      const helper = helperKey === void 0 ? credsStore : credHelpers[helperKey];
      if (helper) {
        const fromHelper = await runCredentialHelper({ helper, registry: host2 });
        if (fromHelper) return fromHelper;
      }
      return fromEntry(entryKey === void 0 ? void 0 : auths[entryKey]);
    }
  };
}
(0, import_part_MRALY75J.__name)(dockerConfigCredentials, "dockerConfigCredentials");
var READ_BUFFER_BYTES = 1024 * 1024;
async function hashRegularFile(options) {
  const hashes = options.algorithms.map((algorithm) => [algorithm, (0, import_node_crypto6.createHash)(algorithm)]);
  const { file } = await openRegularFile({ path: options.path });
  const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
  let size = 0;
  try {
    for (; ; ) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      for (const [, hash] of hashes) hash.update(chunk);
      size += bytesRead;
    }
  } finally {
    await file.close();
  }
  return { digests: new Map(hashes.map(([algorithm, hash]) => [algorithm, hash.digest()])), size };
}
(0, import_part_MRALY75J.__name)(hashRegularFile, "hashRegularFile");
