const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var import_part_B4B45LXA = require("./part-B4B45LXA.js");
var import_part_HQE3EIAZ = require("./part-HQE3EIAZ.js");
var import_part_2RM2JEOI = require("./part-2RM2JEOI.js");
var import_part_B2YFWNDN = require("./part-B2YFWNDN.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var SIGNING_MODES = ["all", "checksums-only"];
function readInputs() {
  const identityToken = (0, import_part_HQE3EIAZ.secretInput)("identity-token");
  return {
    images: (0, import_part_HQE3EIAZ.multilineInput)("images"),
    files: (0, import_part_HQE3EIAZ.multilineInput)("files"),
    checksums: (0, import_part_HQE3EIAZ.optionalInput)("checksums"),
    mode: (0, import_part_HQE3EIAZ.enumInput)("mode", { allowed: SIGNING_MODES, default: "all" }),
    outputDirectory: (0, import_part_HQE3EIAZ.optionalInput)("output-directory"),
    recursive: (0, import_part_HQE3EIAZ.booleanInput)("recursive", { default: false }),
    legacyTagFormat: (0, import_part_HQE3EIAZ.booleanInput)("legacy-tag-format", { default: false }),
    legacyOutputs: (0, import_part_HQE3EIAZ.booleanInput)("legacy-outputs", { default: false }),
    identityToken,
    fulcioUrl: (0, import_part_HQE3EIAZ.optionalInput)("fulcio-url"),
    rekorUrl: (0, import_part_HQE3EIAZ.optionalInput)("rekor-url"),
    tsaUrl: (0, import_part_HQE3EIAZ.optionalInput)("tsa-url"),
    signingConfig: (0, import_part_HQE3EIAZ.optionalInput)("signing-config"),
    tlogUpload: (0, import_part_HQE3EIAZ.booleanInput)("tlog-upload", { default: true }),
    ...(0, import_part_B4B45LXA.readRegistryInputs)(),
    showSummary: (0, import_part_HQE3EIAZ.booleanInput)("show-summary", { default: true })
  };
}
(0, import_part_MRALY75J.__name)(readInputs, "readInputs");
void (0, import_part_HQE3EIAZ.runAction)(async () => {
  const inputs = readInputs();
  const { run } = await Promise.resolve().then(() => __toESM(require("./part-MK2RITZY.js")));
  await run(inputs);
});
