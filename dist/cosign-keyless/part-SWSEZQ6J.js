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
var part_SWSEZQ6J_exports = {};
__export(part_SWSEZQ6J_exports, {
  validateInputs: () => validateInputs
});
module.exports = __toCommonJS(part_SWSEZQ6J_exports);
var import_part_HQMQPLCO = require("./part-HQMQPLCO.js");
var import_part_B4B45LXA = require("./part-B4B45LXA.js");
var import_part_HQE3EIAZ = require("./part-HQE3EIAZ.js");
var import_part_2RM2JEOI = require("./part-2RM2JEOI.js");
var import_part_B2YFWNDN = require("./part-B2YFWNDN.js");
var import_part_V3ESUXRE = require("./part-V3ESUXRE.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var SIGNATURE_SUFFIXES = [".sigstore.json", ".sig", ".pem"];
async function fileTargets2(options) {
  const { inputs, logger } = options;
  if (inputs.mode === "checksums-only") checkChecksumsOnly(inputs);
  return (0, import_part_B4B45LXA.fileTargets)({
    globs: inputs.files,
    checksums: inputs.checksums,
    signListedFiles: inputs.mode === "all",
    signatureSuffixes: SIGNATURE_SUFFIXES,
    outputDirectory: inputs.outputDirectory,
    logger
  });
}
(0, import_part_MRALY75J.__name)(fileTargets2, "fileTargets");
function checkChecksumsOnly(inputs) {
  if (inputs.checksums === void 0) {
    throw new import_part_HQE3EIAZ.ConfigurationError(
      "mode: checksums-only signs the checksums file, but input 'checksums' is not set. Name it:",
      { fix: "with:\n  checksums: dist/checksums.txt\n  mode: checksums-only" }
    );
  }
  if (inputs.files.length > 0) {
    throw new import_part_HQE3EIAZ.ConfigurationError(
      "Input 'files' is not used with mode: checksums-only, which signs the checksums file alone. Remove files, or sign every file with:",
      { fix: "with:\n  mode: all" }
    );
  }
}
(0, import_part_MRALY75J.__name)(checkChecksumsOnly, "checkChecksumsOnly");
var FIX = "with:\n  identity-token: ${{ steps.oidc.outputs.token }}\n\nor, on GitHub Actions, leave identity-token out and grant:\npermissions:\n  id-token: write";
function checkIdentityToken(options) {
  const { token } = options;
  if (token === void 0) return;
  const parts = token.split(".");
  const [header, payload] = parts.slice(0, 2).map(decodeJsonPart);
  if (parts.length !== 3 || header === void 0 || payload === void 0) {
    throw new import_part_HQE3EIAZ.ConfigurationError(
      "Input 'identity-token' is not an OIDC ID token: a JWT is three base64url parts (header.payload.signature) whose header and payload are JSON objects. Pass the ID token itself (audience sigstore), for example:",
      { fix: FIX }
    );
  }
  const expiry = payload["exp"];
  if (typeof expiry === "number" && expiry * 1e3 <= options.now.getTime()) {
    throw new import_part_HQE3EIAZ.ConfigurationError(
      `Input 'identity-token' expired at ${new Date(expiry * 1e3).toISOString()}: Fulcio certifies only a current token. Request it in the same job, right before this step:`,
      { fix: FIX }
    );
  }
}
(0, import_part_MRALY75J.__name)(checkIdentityToken, "checkIdentityToken");
function decodeJsonPart(part) {
  if (!/^[A-Za-z0-9_-]+$/.test(part)) return void 0;
  try {
    const value = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
(0, import_part_MRALY75J.__name)(decodeJsonPart, "decodeJsonPart");
function signingInstance(inputs) {
  try {
    return (0, import_part_HQMQPLCO.resolveInstance)({
      ...inputs.fulcioUrl !== void 0 && { fulcioUrl: inputs.fulcioUrl },
      ...inputs.rekorUrl !== void 0 && { rekorUrl: inputs.rekorUrl },
      ...inputs.tsaUrl !== void 0 && { tsaUrl: inputs.tsaUrl },
      ...inputs.signingConfig !== void 0 && { signingConfig: inputs.signingConfig },
      tlogUpload: inputs.tlogUpload
    });
  } catch (error) {
    if (!(error instanceof import_part_HQMQPLCO.SigstoreError) || error.code !== "INVALID_INSTANCE") throw error;
    throw new import_part_HQE3EIAZ.ConfigurationError(
      `The inputs fulcio-url, rekor-url, tsa-url, signing-config and tlog-upload do not name a usable Sigstore instance: ${error.message} Leave them all unset for the public-good instance, or name your own, for example:`,
      {
        fix: "with:\n  fulcio-url: https://fulcio.example.com\n  rekor-url: https://rekor.example.com\n  tsa-url: https://timestamp.example.com",
        cause: error
      }
    );
  }
}
(0, import_part_MRALY75J.__name)(signingInstance, "signingInstance");
async function validateInputs(options) {
  const { inputs, logger } = options;
  if (inputs.images.length === 0 && inputs.files.length === 0 && inputs.checksums === void 0) {
    throw new import_part_HQE3EIAZ.ConfigurationError(
      "Nothing to sign: set at least one of the inputs images, files and checksums, for example:",
      { fix: "with:\n  images: ghcr.io/octo-org/app:v1.2.3\n  files: dist/*" }
    );
  }
  checkIdentityToken({ token: inputs.identityToken, now: /* @__PURE__ */ new Date() });
  const images = (0, import_part_B4B45LXA.parseImages)(inputs.images);
  const files = await fileTargets2({ inputs, logger });
  const instance = signingInstance(inputs);
  const credentials = (0, import_part_B4B45LXA.registryCredentials)({
    inputs,
    registries: [...new Set(images.map((image) => image.registry))]
  });
  const client = (0, import_part_2RM2JEOI.createRegistryClient)({ credentials, logger });
  logger.info(
    `${images.length} image reference(s), ${files.length} file(s); Fulcio ${instance.fulcioUrl}, Rekor ${instance.rekorUrl ?? "none"}, TSA ${instance.tsaUrl ?? "none"}`
  );
  return { images, files, instance, client };
}
(0, import_part_MRALY75J.__name)(validateInputs, "validateInputs");
