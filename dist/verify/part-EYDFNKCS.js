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
var part_EYDFNKCS_exports = {};
__export(part_EYDFNKCS_exports, {
  resolvePolicy: () => resolvePolicy
});
module.exports = __toCommonJS(part_EYDFNKCS_exports);
var import_part_RPUMJSRW = require("./part-RPUMJSRW.js");
var import_part_VWPSWUAI = require("./part-VWPSWUAI.js");
var import_part_3J76XKEP = require("./part-3J76XKEP.js");
var import_part_UEVX7OHL = require("./part-UEVX7OHL.js");
var import_part_IMJHEOWE = require("./part-IMJHEOWE.js");
var import_part_BZMALEAZ = require("./part-BZMALEAZ.js");
var import_part_2YZNT7S2 = require("./part-2YZNT7S2.js");
var import_part_HGKCOA3T = require("./part-HGKCOA3T.js");
var import_part_GL6FT6EN = require("./part-GL6FT6EN.js");
var import_part_RFXNADIP = require("./part-RFXNADIP.js");
var import_part_CF5VF7M6 = require("./part-CF5VF7M6.js");
var import_part_242AIN3U = require("./part-242AIN3U.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var import_node_crypto = require("node:crypto");
var import_promises = require("node:fs/promises");
var import_promises2 = require("node:fs/promises");
var import_node_path = require("node:path");
var SHAPES = {
  certificateOidcIssuer: {
    pattern: /^https?:\/\/[^\s/?#]+[^\s]*$/u,
    must: "must be the issuer URL, e.g. https://token.actions.githubusercontent.com"
  },
  certificateGithubWorkflowRepository: {
    pattern: /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+$/u,
    must: "must be a repository as owner/name"
  },
  certificateGithubWorkflowRef: {
    pattern: /^refs\/\S+$/u,
    must: "must be a full git ref, starting with refs/ (refs/heads/main, refs/tags/v1.0.0)"
  },
  certificateGithubWorkflowSha: {
    pattern: /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/u,
    must: "must be a full commit id: 40 (or 64) lowercase hex digits"
  },
  certificateGithubWorkflowTrigger: {
    pattern: /^[a-z_]+$/u,
    must: "must be an event name such as push, release or workflow_dispatch"
  }
};
var kebab = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((camel) => camel.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`), "kebab");
function checkKeylessFields(options) {
  for (const signer of options.policy.signers) {
    if (signer.kind !== "keyless") continue;
    for (const [key, value] of Object.entries(signer)) {
      if (key === "kind" || key === "name" || typeof value !== "string") continue;
      const field = kebab(key);
      const shape = SHAPES[key];
      const problem = /[\r\n]/u.test(value) ? "spans several lines, but a certificate claim is one line: give one value" : shape !== void 0 && !shape.pattern.test(value) ? shape.must : void 0;
      if (problem === void 0) continue;
      throw new import_part_HGKCOA3T.ConfigurationError(
        `${options.name({ field, signer: signer.name })} ${problem}. For example:`,
        { fix: (0, import_part_BZMALEAZ.inputFix)(field) }
      );
    }
  }
}
(0, import_part_MRALY75J.__name)(checkKeylessFields, "checkKeylessFields");
var PREDICATE_NAMES = "slsaprovenance, slsaprovenance1, spdxjson, cyclonedx, vuln, openvex, link, custom";
async function checkPolicyInputs(options) {
  const { key, type } = options.flags;
  if (key !== void 0) await checkPublicKey({ path: key });
  if (type !== void 0 && (0, import_part_VWPSWUAI.predicateTypeURI)({ type }) === void 0) {
    throw new import_part_HGKCOA3T.ConfigurationError(
      `Input 'type': ${(0, import_part_242AIN3U.quote)(type)} is not a predicate type: write a URI (such as https://slsa.dev/provenance/v1) or one of cosign's names (${PREDICATE_NAMES}):`,
      { fix: (0, import_part_BZMALEAZ.inputFix)("type") }
    );
  }
}
(0, import_part_MRALY75J.__name)(checkPolicyInputs, "checkPolicyInputs");
async function checkPublicKey(options) {
  const { path } = options;
  let pem;
  try {
    pem = await (0, import_promises.readFile)(path, "utf8");
  } catch (cause) {
    const code = cause.code ?? "unreadable";
    throw new import_part_HGKCOA3T.ConfigurationError(
      `Input 'key': cannot read ${(0, import_part_242AIN3U.quote)(path)} (${code}). Name the PEM public key (the .pub file cosign generate-key-pair wrote), relative to the workspace:`,
      { cause, fix: (0, import_part_BZMALEAZ.inputFix)("key") }
    );
  }
  const problem = /-----BEGIN [A-Z ]*PRIVATE KEY-----/u.test(pem) ? "is a private key; give its public key and keep the private key out of the verifier" : isPublicKey(pem) ? void 0 : "is not a PEM public key";
  if (problem === void 0) return;
  throw new import_part_HGKCOA3T.ConfigurationError(
    `Input 'key': ${(0, import_part_242AIN3U.quote)(path)} ${problem}. Name the .pub file cosign generate-key-pair wrote:`,
    { fix: (0, import_part_BZMALEAZ.inputFix)("key") }
  );
}
(0, import_part_MRALY75J.__name)(checkPublicKey, "checkPublicKey");
function isPublicKey(pem) {
  try {
    (0, import_node_crypto.createPublicKey)(pem);
    return true;
  } catch {
    return false;
  }
}
(0, import_part_MRALY75J.__name)(isPublicKey, "isPublicKey");
var REPOSITORY_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
var SCOPE = new RegExp(
  `^[A-Za-z0-9.-]+(?::[0-9]+)?/${REPOSITORY_COMPONENT}(?:/${REPOSITORY_COMPONENT})*$`,
  "u"
);
async function checkTrust(options) {
  const { policy, name } = options;
  const { sigstore } = policy;
  if (sigstore.source === "file") {
    await readJsonFile({ field: "trusted-root", path: sigstore.path, name });
    try {
      await (0, import_part_3J76XKEP.loadTrustedRoot)({ path: sigstore.path });
    } catch (cause) {
      fail({ field: "trusted-root", name, why: cause.message, cause });
    }
  }
  if (sigstore.source === "tuf") {
    try {
      (0, import_part_HGKCOA3T.serviceUrlInput)({ input: "tuf-mirror", value: sigstore.mirror, example: "" });
    } catch (cause) {
      const why = (cause.message.split("Input 'tuf-mirror' ")[1] ?? "").replace(
        /\. Write for example:$/u,
        ""
      );
      fail({ field: "tuf-mirror", name, why: `${(0, import_part_242AIN3U.quote)(sigstore.mirror)} ${why}`, cause });
    }
    const root = await readJsonFile({ field: "tuf-root", path: sigstore.root, name });
    const signed = root?.signed;
    if (signed?._type !== "root") {
      fail({ field: "tuf-root", name, why: `${(0, import_part_242AIN3U.quote)(sigstore.root)} is not a TUF root.json` });
    }
  }
  for (const signer of policy.signers) {
    if (signer.kind !== "notation" || signer.scope === void 0) continue;
    if (signer.scope !== "*" && !SCOPE.test(signer.scope)) {
      fail({
        field: "scope",
        name,
        why: `${(0, import_part_242AIN3U.quote)(signer.scope)} is not a registry scope: write registry/repository (or *)`
      });
    }
  }
  if (policy.notation === void 0) return;
  const documents = [];
  for (const path of policy.notation.trustPolicies) {
    documents.push(await readTrustPolicy({ path, name }));
  }
  await checkTrustStore({ root: policy.notation.trustStore, documents, name });
}
(0, import_part_MRALY75J.__name)(checkTrust, "checkTrust");
async function readTrustPolicy(options) {
  const { path, name } = options;
  const json = await readJsonFile({ field: "trust-policy", path, name });
  const statements = json?.trustPolicies;
  const oci = Array.isArray(statements) && statements.some((item) => typeof item === "object" && item !== null && "registryScopes" in item);
  try {
    return (0, import_part_GL6FT6EN.parseTrustPolicyDocument)({ json, kind: oci ? "oci" : "blob", source: path });
  } catch (cause) {
    fail({ field: "trust-policy", name, why: cause.message, cause });
  }
}
(0, import_part_MRALY75J.__name)(readTrustPolicy, "readTrustPolicy");
async function checkTrustStore(options) {
  const { root, documents, name } = options;
  if (root === void 0) return;
  if ((await (0, import_promises2.stat)(root).catch(() => void 0))?.isDirectory() !== true) {
    fail({ field: "trust-store", name, why: `${(0, import_part_242AIN3U.quote)(root)} is not a directory` });
  }
  const named = new Set(
    documents.flatMap(
      (document) => document.statements.flatMap(
        (statement) => statement.trustStores.map((store) => `${store.type}:${store.name}`)
      )
    )
  );
  for (const store of named) {
    const [type = "", storeName = ""] = store.split(":");
    const path = (0, import_node_path.join)(root, "x509", type, storeName);
    if ((await (0, import_promises2.stat)(path).catch(() => void 0))?.isDirectory() === true) continue;
    fail({
      field: "trust-store",
      name,
      why: `${(0, import_part_242AIN3U.quote)(root)} is not a notation trust store holding ${store}, which the trust policy names: it needs the directory x509/${type}/${storeName}/ with the certificates`
    });
  }
}
(0, import_part_MRALY75J.__name)(checkTrustStore, "checkTrustStore");
async function readJsonFile(options) {
  const { field, path, name } = options;
  let text;
  try {
    text = await (0, import_promises2.readFile)(path, "utf8");
  } catch (cause) {
    const code = cause.code ?? "unreadable";
    fail({ field, name, why: `cannot read ${(0, import_part_242AIN3U.quote)(path)} (${code})`, cause });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    fail({ field, name, why: `${(0, import_part_242AIN3U.quote)(path)} is not JSON (${cause.message})`, cause });
  }
}
(0, import_part_MRALY75J.__name)(readJsonFile, "readJsonFile");
function fail(options) {
  const { field, name, why, cause } = options;
  throw new import_part_HGKCOA3T.ConfigurationError(`${name(field)}: ${why}. For example:`, {
    fix: (0, import_part_BZMALEAZ.inputFix)(field),
    ...cause === void 0 ? {} : { cause }
  });
}
(0, import_part_MRALY75J.__name)(fail, "fail");
var SIGNER_EXAMPLE = "with:\n  certificate-identity: https://github.com/org/repo/.github/workflows/release.yml@refs/tags/v1.0.0\n  certificate-oidc-issuer: https://token.actions.githubusercontent.com";
var kebab2 = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((camel) => camel.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`), "kebab");
async function resolvePolicy(options) {
  const { inputs } = options;
  const file = inputs.policy;
  const policy = file === void 0 ? await fromInputs(inputs) : await fromFile({ inputs, file });
  const place = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((field) => file === void 0 ? `Input '${field}'` : `Input 'policy' (${file}), ${field}`, "place");
  checkKeylessFields({
    policy,
    name: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(({ field, signer }) => file === void 0 ? `Input '${field}'` : `Input 'policy' (${file}), signers.${signer}.${field}`, "name")
  });
  await checkTrust({ policy, name: place });
  return policy;
}
(0, import_part_MRALY75J.__name)(resolvePolicy, "resolvePolicy");
async function fromFile(options) {
  const mixed = Object.keys(options.inputs.flags).map(kebab2);
  if (mixed.length > 0) {
    throw new import_part_HGKCOA3T.ConfigurationError(
      `Input 'policy' holds the whole policy, so ${mixed.map((name) => `'${name}'`).join(", ")} must not be set too. Move them into the policy file, or drop 'policy':`,
      { fix: (0, import_part_BZMALEAZ.inputFix)("policy") }
    );
  }
  try {
    return await (0, import_part_RPUMJSRW.loadPolicy)({ path: options.file });
  } catch (error) {
    if (!(error instanceof import_part_RFXNADIP.VerifyError)) throw error;
    throw new import_part_HGKCOA3T.ConfigurationError(
      `Input 'policy': ${error.message}. Fix the policy file (schema: packages/verify/README.md), or name another:`,
      { cause: error, fix: (0, import_part_BZMALEAZ.inputFix)("policy") }
    );
  }
}
(0, import_part_MRALY75J.__name)(fromFile, "fromFile");
async function fromInputs(inputs) {
  await checkPolicyInputs({ flags: inputs.flags });
  try {
    return await (0, import_part_VWPSWUAI.policyFromFlags)({
      flags: inputs.flags,
      source: "inputs",
      spell: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((name) => `input '${name}'`, "spell"),
      baseDir: process.cwd()
    });
  } catch (error) {
    if (!(error instanceof import_part_RFXNADIP.VerifyError)) throw error;
    if (error.message.startsWith("say who must have signed")) {
      throw new import_part_HGKCOA3T.ConfigurationError(`${error.message}, for example:`, {
        cause: error,
        fix: SIGNER_EXAMPLE
      });
    }
    const input = /^input '([a-z-]+)'/u.exec(error.message)?.[1];
    throw new import_part_HGKCOA3T.ConfigurationError(`${error.message}. For example:`, {
      cause: error,
      ...input === void 0 ? {} : { fix: (0, import_part_BZMALEAZ.inputFix)(input) }
    });
  }
}
(0, import_part_MRALY75J.__name)(fromInputs, "fromInputs");
