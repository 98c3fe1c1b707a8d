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
var part_4RAGSULY_exports = {};
__export(part_4RAGSULY_exports, {
  validateInputs: () => validateInputs
});
module.exports = __toCommonJS(part_4RAGSULY_exports);
var import_part_LMLOWQRN = require("./part-LMLOWQRN.js");
var import_part_ORW3VO5K = require("./part-ORW3VO5K.js");
var import_part_ND7VBA7V = require("./part-ND7VBA7V.js");
var import_part_JBR2DLM5 = require("./part-JBR2DLM5.js");
var import_part_PC4G2YYV = require("./part-PC4G2YYV.js");
var import_part_P3LU6RAG = require("./part-P3LU6RAG.js");
var import_part_B2YFWNDN = require("./part-B2YFWNDN.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var import_promises = require("node:fs/promises");
var KEY_VAULT_FIX = "with:\n  key-id: https://my-vault.vault.azure.net/keys/release-signing\n  client-id: ${{ vars.AZURE_CLIENT_ID }}\n  tenant-id: ${{ vars.AZURE_TENANT_ID }}";
var PEM_FIX = "with:\n  key-file: ${{ runner.temp }}/signing-key.pem\n  certificate-file: signing-chain.pem";
async function readInputFile(input, path) {
  try {
    return await (0, import_promises.readFile)(path, "utf8");
  } catch (error) {
    const code = error.code;
    throw new import_part_PC4G2YYV.ConfigurationError(
      `Input '${input}': cannot read ${path} (${code === "ENOENT" ? "no such file" : code ?? "unreadable"}). Name a PEM file an earlier step wrote, relative to the workspace:`,
      { fix: input === "key-file" ? PEM_FIX : `with:
  ${input}: certs/chain.pem`, cause: error }
    );
  }
}
(0, import_part_MRALY75J.__name)(readInputFile, "readInputFile");
async function keyVaultKey(inputs) {
  if (inputs.certificateFile !== void 0) {
    throw new import_part_PC4G2YYV.ConfigurationError(
      "Input 'certificate-file' goes with key-file; with key-id the chain comes from Key Vault (add CA certificates with ca-certs). Remove it:",
      { fix: KEY_VAULT_FIX }
    );
  }
  const id = parseKeyVaultId(inputs.keyId);
  checkCertificateId({
    certificateId: inputs.certificateId,
    key: id,
    source: inputs.certificateSource
  });
  if (inputs.caCerts !== void 0 && inputs.certificateSource === "secret") {
    throw new import_part_PC4G2YYV.ConfigurationError(
      "Input 'ca-certs' adds CA certificates to the Certificates API leaf, but certificate-source is secret (the secret already holds the whole chain). Use one of:",
      { fix: "with:\n  certificate-source: certificate\n  ca-certs: certs/ca-bundle.pem" }
    );
  }
  if (inputs.clientId === void 0 !== (inputs.tenantId === void 0)) {
    const missing = inputs.clientId === void 0 ? "client-id" : "tenant-id";
    throw new import_part_PC4G2YYV.ConfigurationError(
      `Input '${missing}' is missing: workload identity federation needs client-id and tenant-id together. Set both:`,
      { fix: KEY_VAULT_FIX }
    );
  }
  const chain = inputs.certificateSource === "secret" ? { source: "secret" } : inputs.caCerts === void 0 ? { source: "certificate" } : {
    source: "certificate",
    caCertsPem: await readInputFile("ca-certs", inputs.caCerts)
  };
  return {
    kind: "key-vault",
    keyId: inputs.keyId,
    chain,
    disableChallengeResourceVerification: challengeVerificationOff(id.vaultUrl),
    clientId: inputs.clientId,
    tenantId: inputs.tenantId,
    authorityHost: authorityHost(inputs.authorityHost)
  };
}
(0, import_part_MRALY75J.__name)(keyVaultKey, "keyVaultKey");
function parseKeyVaultId(keyId) {
  try {
    return (0, import_part_ND7VBA7V.parseKeyId)(keyId);
  } catch (error) {
    if (!(error instanceof import_part_JBR2DLM5.NotationError)) throw error;
    throw new import_part_PC4G2YYV.ConfigurationError(`Input 'key-id': ${error.message}. For example:`, {
      fix: KEY_VAULT_FIX,
      cause: error
    });
  }
}
(0, import_part_MRALY75J.__name)(parseKeyVaultId, "parseKeyVaultId");
function checkCertificateId(options) {
  const { certificateId, key } = options;
  if (certificateId === void 0) return;
  const fix = `with:
  key-id: ${key.vaultUrl}/keys/${key.name}
  certificate-id: ${key.vaultUrl}/certificates/${key.name}`;
  if (options.source === "secret") {
    throw new import_part_PC4G2YYV.ConfigurationError(
      "Input 'certificate-id' means the chain comes from the Certificates API, but certificate-source is secret. Remove one; for the Certificates API write:",
      { fix }
    );
  }
  let url;
  try {
    url = new URL(certificateId);
  } catch {
    url = void 0;
  }
  const [collection, name, version, ...rest] = (url?.pathname ?? "").replace(/\/$/, "").split("/").slice(1);
  const sameCertificate = url !== void 0 && url.origin === key.vaultUrl && collection === "certificates" && name === key.name && rest.length === 0 && (version === void 0 || key.version === void 0 || version === key.version);
  if (!sameCertificate) {
    throw new import_part_PC4G2YYV.ConfigurationError(
      `Input 'certificate-id': "${certificateId}" is not the certificate of key-id ${key.vaultUrl}/keys/${key.name}${key.version ? `/${key.version}` : ""}. A Key Vault certificate and its key share the vault, name and version:`,
      { fix }
    );
  }
}
(0, import_part_MRALY75J.__name)(checkCertificateId, "checkCertificateId");
var KEY_VAULT_SUFFIXES = [
  ".vault.azure.net",
  ".vault.azure.cn",
  ".vault.usgovcloudapi.net",
  ".vault.microsoftazure.de",
  ".managedhsm.azure.net",
  ".managedhsm.azure.cn",
  ".managedhsm.usgovcloudapi.net"
];
function challengeVerificationOff(vaultUrl) {
  const host = new URL(vaultUrl).hostname.toLowerCase();
  return !KEY_VAULT_SUFFIXES.some((suffix) => host.endsWith(suffix));
}
(0, import_part_MRALY75J.__name)(challengeVerificationOff, "challengeVerificationOff");
function authorityHost(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    url = void 0;
  }
  if (url?.protocol !== "https:") {
    throw new import_part_PC4G2YYV.ConfigurationError(
      `Input 'authority-host': "${value}" is not an https URL. Leave it unset for the public cloud, or name your cloud's Entra ID host:`,
      { fix: "with:\n  authority-host: https://login.microsoftonline.us" }
    );
  }
  return url.origin;
}
(0, import_part_MRALY75J.__name)(authorityHost, "authorityHost");
async function pemKey(inputs) {
  const unused = ["certificateId", "caCerts", "clientId", "tenantId"].filter(
    (name) => inputs[name] !== void 0
  );
  if (unused.length > 0) {
    const names = unused.map((name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
    throw new import_part_PC4G2YYV.ConfigurationError(
      `Input${names.length > 1 ? "s" : ""} ${names.map((n) => `'${n}'`).join(", ")} only apply to a Key Vault key, not to key-file. Remove them, or sign with a local key alone:`,
      { fix: PEM_FIX }
    );
  }
  if (inputs.certificateFile === void 0) {
    throw new import_part_PC4G2YYV.ConfigurationError(
      "Input 'certificate-file' is missing: key-file needs the PEM certificate chain of its key (leaf first). Set both:",
      { fix: PEM_FIX }
    );
  }
  const keyPem = await readInputFile("key-file", inputs.keyFile);
  (0, import_part_PC4G2YYV.maskSecret)(keyPem);
  const certificateChainPem = await readInputFile("certificate-file", inputs.certificateFile);
  return { kind: "pem", keyPem, certificateChainPem };
}
(0, import_part_MRALY75J.__name)(pemKey, "pemKey");
async function signingKey(inputs) {
  if (inputs.keyId === void 0 === (inputs.keyFile === void 0)) {
    const both = inputs.keyId !== void 0;
    throw new import_part_PC4G2YYV.ConfigurationError(
      both ? "Inputs 'key-id' and 'key-file' are both set: sign with a Key Vault key or a local key, not both. For Key Vault write:" : "No signing key: set input 'key-id' (a Key Vault key) or 'key-file' (a local PEM key), for example:",
      { fix: KEY_VAULT_FIX }
    );
  }
  if (inputs.keyFile !== void 0) return pemKey({ ...inputs, keyFile: inputs.keyFile });
  return keyVaultKey({ ...inputs, keyId: inputs.keyId ?? "" });
}
(0, import_part_MRALY75J.__name)(signingKey, "signingKey");
var RESERVED_PREFIX = "io.cncf.notary.";
var FIX = "with:\n  user-metadata: |\n    buildId=${{ github.run_id }}\n    commit=${{ github.sha }}";
function parseUserMetadata(lines) {
  const metadata = {};
  for (const [index, line] of lines.entries()) {
    const at = line.indexOf("=");
    const key = at > 0 ? line.slice(0, at).trim() : "";
    const where = `Input 'user-metadata', line ${index + 1}`;
    if (key === "") {
      throw new import_part_PC4G2YYV.ConfigurationError(`${where}: "${line}" is not key=value. Write one pair a line:`, {
        fix: FIX
      });
    }
    if (key.startsWith(RESERVED_PREFIX)) {
      throw new import_part_PC4G2YYV.ConfigurationError(
        `${where}: the key "${key}" uses the prefix ${RESERVED_PREFIX}, which the Notary Project reserves for its own annotations. Choose another key, for example:`,
        { fix: FIX }
      );
    }
    if (key in metadata) {
      throw new import_part_PC4G2YYV.ConfigurationError(`${where}: the key "${key}" is given twice. Keep one:`, {
        fix: FIX
      });
    }
    metadata[key] = line.slice(at + 1).trim();
  }
  return metadata;
}
(0, import_part_MRALY75J.__name)(parseUserMetadata, "parseUserMetadata");
var GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var DOMAIN = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
var FIX2 = "with:\n  client-id: ${{ vars.AZURE_CLIENT_ID }}  # e.g. 11111111-2222-3333-4444-555555555555\n  tenant-id: ${{ vars.AZURE_TENANT_ID }}  # a GUID, or a domain such as contoso.onmicrosoft.com";
function checkWorkloadIdentity(inputs) {
  if (inputs.clientId !== void 0 && !GUID.test(inputs.clientId)) {
    throw new import_part_PC4G2YYV.ConfigurationError(
      "Input 'client-id' is not an Entra ID application (client) id, which is a GUID (8-4-4-4-12 hex digits): copy it from the app registration, for example:",
      { fix: FIX2 }
    );
  }
  if (inputs.tenantId !== void 0 && !GUID.test(inputs.tenantId) && !DOMAIN.test(inputs.tenantId)) {
    throw new import_part_PC4G2YYV.ConfigurationError(
      "Input 'tenant-id' is not an Entra ID tenant: write the directory (tenant) id, a GUID, or a verified domain of the tenant, for example:",
      { fix: FIX2 }
    );
  }
}
(0, import_part_MRALY75J.__name)(checkWorkloadIdentity, "checkWorkloadIdentity");
var SIGNATURE_SUFFIXES = [".jws.sig", ".cose.sig"];
async function validateInputs(options) {
  const { inputs, logger } = options;
  if (inputs.images.length === 0 && inputs.files.length === 0 && inputs.checksums === void 0) {
    throw new import_part_PC4G2YYV.ConfigurationError(
      "Nothing to sign: set at least one of the inputs images, files and checksums, for example:",
      { fix: "with:\n  images: ghcr.io/octo-org/app:v1.2.3\n  files: dist/*" }
    );
  }
  checkWorkloadIdentity(inputs);
  (0, import_part_PC4G2YYV.mediaTypeInput)({
    input: "media-type",
    value: inputs.mediaType,
    example: "application/vnd.example.release+tar"
  });
  const key = await signingKey(inputs);
  const images = (0, import_part_LMLOWQRN.parseImages)(inputs.images);
  const files = await (0, import_part_LMLOWQRN.fileTargets)({
    globs: inputs.files,
    checksums: inputs.checksums,
    signListedFiles: true,
    signatureSuffixes: SIGNATURE_SUFFIXES,
    outputDirectory: inputs.outputDirectory,
    logger
  });
  const userMetadata = parseUserMetadata(inputs.userMetadata);
  const credentials = (0, import_part_LMLOWQRN.registryCredentials)({
    inputs,
    registries: [...new Set(images.map((image) => image.registry))]
  });
  const client = (0, import_part_P3LU6RAG.createRegistryClient)({ credentials, logger });
  logger.info(
    `${images.length} image reference(s), ${files.length} file(s); key ${key.kind === "pem" ? "from key-file" : key.keyId}`
  );
  return { key, images, files, userMetadata, client };
}
(0, import_part_MRALY75J.__name)(validateInputs, "validateInputs");
