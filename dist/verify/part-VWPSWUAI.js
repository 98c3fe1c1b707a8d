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
var part_VWPSWUAI_exports = {};
__export(part_VWPSWUAI_exports, {
  POLICY_FLAG_NAMES: () => POLICY_FLAG_NAMES,
  parsePolicy: () => parsePolicy,
  policyFlagKey: () => policyFlagKey,
  policyFromFlags: () => policyFromFlags,
  predicateTypeURI: () => predicateTypeURI,
  readSignerKeys: () => readSignerKeys
});
module.exports = __toCommonJS(part_VWPSWUAI_exports);
var import_part_RFXNADIP = require("./part-RFXNADIP.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var import_node_path = require("node:path");
var import_node_crypto = require("node:crypto");
var import_promises = require("node:fs/promises");
function policyFlagKey(name) {
  return name.replace(/-([a-z])/gu, (_, c) => c.toUpperCase());
}
(0, import_part_MRALY75J.__name)(policyFlagKey, "policyFlagKey");
function fieldError(options) {
  const at = options.path === "" ? "" : ` at ${options.path}`;
  return new import_part_RFXNADIP.VerifyError({
    code: "INVALID_POLICY",
    message: `policy ${options.source}${at}: ${options.message}`
  });
}
(0, import_part_MRALY75J.__name)(fieldError, "fieldError");
var describe = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((value) => value === null ? "null" : Array.isArray(value) ? "a list" : `a ${typeof value}`, "describe");
function readMapping(options) {
  const { source, path, value, keys } = options;
  const join = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((key) => path === "" ? key : `${path}.${key}`, "join");
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw fieldError({ source, path, message: `must be a mapping, not ${describe(value)}` });
  }
  const record = value;
  for (const key of Object.keys(record)) {
    if (!keys.includes(key)) {
      throw fieldError({
        source,
        path: join(key),
        message: `unknown field; the fields here are ${keys.join(", ")}`
      });
    }
  }
  const fail = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((key, message) => {
    throw fieldError({ source, path: join(key), message });
  }, "fail");
  const present = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((key) => record[key] === null ? void 0 : record[key], "present");
  return {
    value: present,
    path: join,
    fail,
    string(key) {
      const field = present(key);
      if (field === void 0) return void 0;
      if (typeof field !== "string" || field.trim() === "") {
        return fail(key, `must be a non-empty string, not ${describe(field)}`);
      }
      return field;
    },
    boolean(key) {
      const field = present(key);
      if (field === void 0) return void 0;
      if (typeof field !== "boolean")
        return fail(key, `must be true or false, not ${describe(field)}`);
      return field;
    },
    strings(key) {
      const field = present(key);
      if (field === void 0) return void 0;
      const list = Array.isArray(field) ? field : [field];
      if (list.length === 0 || list.some((item) => typeof item !== "string" || item.trim() === "")) {
        return fail(key, "must be a non-empty string or a list of non-empty strings");
      }
      return list;
    }
  };
}
(0, import_part_MRALY75J.__name)(readMapping, "readMapping");
var SHORT_NAMES = {
  slsaprovenance: "https://slsa.dev/provenance/v0.2",
  slsaprovenance02: "https://slsa.dev/provenance/v0.2",
  slsaprovenance1: "https://slsa.dev/provenance/v1",
  link: "https://in-toto.io/Link/v1",
  spdx: "https://spdx.dev/Document",
  spdxjson: "https://spdx.dev/Document",
  cyclonedx: "https://cyclonedx.org/bom",
  vuln: "https://cosign.sigstore.dev/attestation/vuln/v1",
  openvex: "https://openvex.dev/ns",
  custom: "https://cosign.sigstore.dev/attestation/v1"
};
function predicateTypeURI(options) {
  const short = SHORT_NAMES[options.type.toLowerCase()];
  if (short !== void 0) return short;
  return /^[a-z][a-z0-9+.-]*:\S+$/iu.test(options.type) ? options.type : void 0;
}
(0, import_part_MRALY75J.__name)(predicateTypeURI, "predicateTypeURI");
var PREDICATE_SHORT_NAMES = Object.keys(SHORT_NAMES);
var KEYLESS_FIELDS = [
  "certificate-identity",
  "certificate-identity-regexp",
  "certificate-oidc-issuer",
  "certificate-oidc-issuer-regexp",
  "certificate-github-workflow-repository",
  "certificate-github-workflow-ref",
  "certificate-github-workflow-sha",
  "certificate-github-workflow-trigger",
  "certificate-github-workflow-name"
];
var SIGNER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/u;
function parsePolicy(options) {
  const { source, baseDir } = options;
  const root = readMapping({
    source,
    path: "",
    value: options.document,
    keys: ["version", "trust", "signers", "require", "allow-unsigned"]
  });
  const version = root.value("version");
  if (version !== 1 && version !== "1") {
    root.fail("version", `must be 1 (the only policy version), not ${JSON.stringify(version)}`);
  }
  const path = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((value) => (0, import_node_path.isAbsolute)(value) ? value : (0, import_node_path.resolve)(baseDir, value), "path");
  const { sigstore, notation } = readTrust({ source, value: root.value("trust"), path });
  const signers = readSigners({ source, value: root.value("signers"), path });
  if (signers.length === 0) {
    root.fail("signers", "at least one signer is required (keyless, key or notation)");
  }
  if (signers.some((s) => s.kind === "notation") && notation === void 0) {
    root.fail(
      "trust",
      "a notation signer needs trust.notation.trust-policy (a notation trust policy document) and trust.notation.trust-store"
    );
  }
  const requirements = readRequirements({ source, value: root.value("require"), signers });
  return {
    source,
    signers,
    requirements,
    sigstore,
    ...notation === void 0 ? {} : { notation },
    allowUnsigned: root.boolean("allow-unsigned") ?? false
  };
}
(0, import_part_MRALY75J.__name)(parsePolicy, "parsePolicy");
function readTrust(options) {
  const { source, path } = options;
  if (options.value === void 0 || options.value === null) {
    return { sigstore: { source: "public-good" }, notation: void 0 };
  }
  const trust = readMapping({
    source,
    path: "trust",
    value: options.value,
    keys: ["trusted-root", "tuf-mirror", "tuf-root", "notation"]
  });
  const trustedRoot = trust.string("trusted-root");
  const mirror = trust.string("tuf-mirror");
  const tufRoot = trust.string("tuf-root");
  let sigstore = { source: "public-good" };
  if (trustedRoot !== void 0) {
    if (mirror !== void 0 || tufRoot !== void 0) {
      trust.fail("trusted-root", "give either trusted-root or tuf-mirror + tuf-root, not both");
    }
    sigstore = { source: "file", path: path(trustedRoot) };
  } else if (mirror !== void 0 || tufRoot !== void 0) {
    if (mirror === void 0 || tufRoot === void 0) {
      trust.fail(
        mirror === void 0 ? "tuf-mirror" : "tuf-root",
        "tuf-mirror (the TUF repository URL) and tuf-root (its initial root.json) go together"
      );
    }
    if (!/^https?:\/\//u.test(mirror)) {
      trust.fail("tuf-mirror", `must be an http(s) URL, not ${JSON.stringify(mirror)}`);
    }
    sigstore = { source: "tuf", mirror, root: path(tufRoot) };
  }
  const notationValue = trust.value("notation");
  if (notationValue === void 0) return { sigstore, notation: void 0 };
  const notation = readMapping({
    source,
    path: trust.path("notation"),
    value: notationValue,
    keys: ["trust-policy", "trust-store"]
  });
  const trustPolicies = notation.strings("trust-policy");
  if (trustPolicies === void 0) {
    notation.fail(
      "trust-policy",
      "is required: the path of a notation trust policy document (trustpolicy.oci.json and/or trustpolicy.blob.json)"
    );
  }
  const trustStore = notation.string("trust-store");
  return {
    sigstore,
    notation: {
      trustPolicies: trustPolicies.map(path),
      ...trustStore === void 0 ? {} : { trustStore: path(trustStore) }
    }
  };
}
(0, import_part_MRALY75J.__name)(readTrust, "readTrust");
function readSigners(options) {
  const { source, path } = options;
  if (options.value === void 0) return [];
  const value = options.value;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw fieldError({
      source,
      path: "signers",
      message: 'must be a mapping of signer names to signers, e.g. "release: {certificate-identity: \u2026}"'
    });
  }
  return Object.entries(value).map(([name, body]) => {
    const at = `signers.${name}`;
    if (!SIGNER_NAME.test(name)) {
      throw fieldError({ source, path: at, message: "a signer name is letters, digits, _ . -" });
    }
    const signer = readMapping({
      source,
      path: at,
      value: body,
      keys: [...KEYLESS_FIELDS, "key", "notation"]
    });
    const key = signer.string("key");
    const notation = signer.value("notation");
    const keyless = KEYLESS_FIELDS.filter((field) => signer.value(field) !== void 0);
    const kinds = [key !== void 0, notation !== void 0, keyless.length > 0].filter(Boolean);
    if (kinds.length !== 1) {
      throw fieldError({
        source,
        path: at,
        message: kinds.length === 0 ? "say how this signer is recognised: certificate-identity/-oidc-issuer (keyless), key (a public key file) or notation" : "a signer is one of keyless (certificate-*), key or notation; split it into several signers"
      });
    }
    if (key !== void 0) return { kind: "key", name, keyPath: path(key) };
    if (notation !== void 0) return readNotationSigner({ source, at, name, value: notation });
    return readKeylessSigner({ source, name, signer });
  });
}
(0, import_part_MRALY75J.__name)(readSigners, "readSigners");
function readKeylessSigner(options) {
  const { name, signer } = options;
  const result = {};
  for (const field of KEYLESS_FIELDS) {
    const value = signer.string(field);
    if (value !== void 0) result[policyFlagKey(field)] = value;
  }
  for (const [exact, regexp] of [
    ["certificate-identity", "certificate-identity-regexp"],
    ["certificate-oidc-issuer", "certificate-oidc-issuer-regexp"]
  ]) {
    if (signer.value(exact) !== void 0 && signer.value(regexp) !== void 0) {
      signer.fail(regexp, `give either ${exact} or ${regexp}, not both`);
    }
    const pattern = signer.string(regexp);
    if (pattern !== void 0) {
      try {
        new RegExp(pattern, "u");
      } catch (cause) {
        signer.fail(regexp, `is not a valid regular expression (${cause.message})`);
      }
    }
  }
  if (signer.value("certificate-identity") === void 0 && signer.value("certificate-identity-regexp") === void 0) {
    signer.fail(
      "certificate-identity",
      "is required for a keyless signer (or certificate-identity-regexp): without it any identity of the issuer would pass"
    );
  }
  if (signer.value("certificate-oidc-issuer") === void 0 && signer.value("certificate-oidc-issuer-regexp") === void 0) {
    signer.fail(
      "certificate-oidc-issuer",
      "is required for a keyless signer (or certificate-oidc-issuer-regexp), e.g. https://token.actions.githubusercontent.com"
    );
  }
  return { kind: "keyless", name, ...result };
}
(0, import_part_MRALY75J.__name)(readKeylessSigner, "readKeylessSigner");
function readNotationSigner(options) {
  const { source, at, name, value } = options;
  if (value === true) return { kind: "notation", name };
  const notation = readMapping({
    source,
    path: `${at}.notation`,
    value,
    keys: ["scope", "blob-policy-name"]
  });
  const scope = notation.string("scope");
  const blobPolicyName = notation.string("blob-policy-name");
  return {
    kind: "notation",
    name,
    ...scope === void 0 ? {} : { scope },
    ...blobPolicyName === void 0 ? {} : { blobPolicyName }
  };
}
(0, import_part_MRALY75J.__name)(readNotationSigner, "readNotationSigner");
function readRequirements(options) {
  const { source, value, signers } = options;
  const names = signers.map((signer) => signer.name);
  if (value === void 0 || value === null) {
    return [{ category: "signature", signers: names }];
  }
  if (!Array.isArray(value) || value.length === 0) {
    throw fieldError({
      source,
      path: "require",
      message: 'must be a non-empty list, e.g. "- signature: release" or "- attestation: release"'
    });
  }
  return value.map((item, index) => {
    const entry = readMapping({
      source,
      path: `require[${index}]`,
      value: item,
      keys: ["signature", "attestation", "predicate-type"]
    });
    const signature = entry.strings("signature");
    const attestation = entry.strings("attestation");
    if (signature === void 0 === (attestation === void 0)) {
      entry.fail(
        "signature",
        'each requirement is either "signature: <signer>" or "attestation: <signer>"'
      );
    }
    const category = signature === void 0 ? "attestation" : "signature";
    const wanted = signature ?? attestation ?? [];
    for (const name of wanted) {
      if (!names.includes(name)) {
        entry.fail(
          category,
          `no signer is named ${JSON.stringify(name)}; the signers are ${names.join(", ")}`
        );
      }
    }
    const type = entry.string("predicate-type");
    if (category === "signature") {
      if (type !== void 0) entry.fail("predicate-type", "belongs to an attestation requirement");
      return { category, signers: wanted };
    }
    if (type === void 0) {
      entry.fail(
        "predicate-type",
        "is required for an attestation, e.g. https://slsa.dev/provenance/v1 or slsaprovenance1"
      );
    }
    const predicateType = predicateTypeURI({ type });
    if (predicateType === void 0) {
      entry.fail(
        "predicate-type",
        `must be a URI or one of cosign's names (${PREDICATE_SHORT_NAMES.join(", ")}), not ${JSON.stringify(type)}`
      );
    }
    const notationOnly = wanted.every(
      (name) => signers.find((s) => s.name === name)?.kind === "notation"
    );
    if (notationOnly) {
      entry.fail(
        "attestation",
        "notation signers sign artifacts, not in-toto attestations; name a keyless or key signer"
      );
    }
    return { category, signers: wanted, predicateType };
  });
}
(0, import_part_MRALY75J.__name)(readRequirements, "readRequirements");
async function readSignerKeys(options) {
  return Promise.all(
    options.signers.map(async (signer) => {
      if (signer.kind !== "key") return signer;
      let key;
      try {
        key = await (0, import_promises.readFile)(signer.keyPath, "utf8");
      } catch (cause) {
        throw new import_part_RFXNADIP.VerifyError({
          code: "INVALID_INPUT",
          cause,
          message: `policy ${options.source}: cannot read the public key of signer ${signer.name}, ${signer.keyPath} (${cause.code ?? cause.message})`
        });
      }
      if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/u.test(key)) {
        throw new import_part_RFXNADIP.VerifyError({
          code: "INVALID_INPUT",
          message: `policy ${options.source}: ${signer.keyPath} (signer ${signer.name}) is a private key; give its public key (the .pub file) and keep the private key out of the verifier`
        });
      }
      try {
        (0, import_node_crypto.createPublicKey)(key);
      } catch (cause) {
        throw new import_part_RFXNADIP.VerifyError({
          code: "INVALID_INPUT",
          cause,
          message: `policy ${options.source}: ${signer.keyPath} (signer ${signer.name}) is not a PEM public key; give the .pub file cosign generate-key-pair wrote`
        });
      }
      return { ...signer, key };
    })
  );
}
(0, import_part_MRALY75J.__name)(readSignerKeys, "readSignerKeys");
var POLICY_FLAG_NAMES = [
  ...KEYLESS_FIELDS,
  "key",
  "type",
  "trusted-root",
  "tuf-mirror",
  "tuf-root",
  "trust-store",
  "scope"
];
async function policyFromFlags(options) {
  const { flags, source, spell, baseDir } = options;
  const signers = {};
  const require2 = [];
  const keyless = {};
  for (const field of KEYLESS_FIELDS) {
    const value = flags[policyFlagKey(field)];
    if (typeof value === "string") keyless[field] = value;
  }
  const sigstoreRequirement = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((name) => flags.type === void 0 ? { signature: name } : { attestation: name, "predicate-type": flags.type }, "sigstoreRequirement");
  if (Object.keys(keyless).length > 0) {
    signers["keyless"] = keyless;
    require2.push(sigstoreRequirement("keyless"));
  }
  if (flags.key !== void 0) {
    signers["key"] = { key: flags.key };
    require2.push(sigstoreRequirement("key"));
  }
  if (flags.trustPolicy !== void 0 && flags.trustPolicy.length > 0) {
    signers["notation"] = { notation: flags.scope === void 0 ? true : { scope: flags.scope } };
    require2.push({ signature: "notation" });
  } else if (flags.trustStore !== void 0 || flags.scope !== void 0) {
    throw new import_part_RFXNADIP.VerifyError({
      code: "INVALID_POLICY",
      message: `${spell(flags.trustStore === void 0 ? "scope" : "trust-store")} needs ${spell("trust-policy")}: give the notation trust policy document too`
    });
  }
  if (require2.length === 0) {
    throw new import_part_RFXNADIP.VerifyError({
      code: "INVALID_POLICY",
      message: `say who must have signed: ${spell("certificate-identity")} (or -regexp) with ${spell("certificate-oidc-issuer")} for keyless signatures, ${spell("key")} for a public key, ${spell("trust-policy")} with ${spell("trust-store")} for notation \u2014 or a whole ${spell("policy")} file`
    });
  }
  const trust = {};
  if (flags.trustedRoot !== void 0) trust["trusted-root"] = flags.trustedRoot;
  if (flags.tufMirror !== void 0) trust["tuf-mirror"] = flags.tufMirror;
  if (flags.tufRoot !== void 0) trust["tuf-root"] = flags.tufRoot;
  if (flags.trustPolicy !== void 0 && flags.trustPolicy.length > 0) {
    trust["notation"] = {
      "trust-policy": flags.trustPolicy,
      ...flags.trustStore === void 0 ? {} : { "trust-store": flags.trustStore }
    };
  }
  const document = {
    version: 1,
    trust,
    signers,
    require: require2,
    "allow-unsigned": flags.allowUnsigned ?? false
  };
  try {
    const parsed = parsePolicy({ document, source, baseDir });
    return { ...parsed, signers: await readSignerKeys({ signers: parsed.signers, source }) };
  } catch (error) {
    throw respell({ error, spell });
  }
}
(0, import_part_MRALY75J.__name)(policyFromFlags, "policyFromFlags");
var FLAG_OF_FIELD = { "predicate-type": "type" };
function respell(options) {
  const { error, spell } = options;
  if (!(error instanceof import_part_RFXNADIP.VerifyError) || error.code === "TRUST_MATERIAL") return error;
  const message = error.message.replace(
    /^policy [^:]*? at (?:signers\.[^.]+|trust(?:\.notation)?|require\[\d+\])\.([a-z-]+): /u,
    (_, field) => `${spell(FLAG_OF_FIELD[field] ?? field)} `
  ).replace(/^policy [^:]*?: (?=.*\bsigner key\b)/u, `${spell("key")}: `);
  return new import_part_RFXNADIP.VerifyError({ code: error.code, message, cause: error });
}
(0, import_part_MRALY75J.__name)(respell, "respell");
