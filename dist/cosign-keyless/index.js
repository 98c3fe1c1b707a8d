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
var import_part_Z233P36I = require("./part-Z233P36I.js");
var import_part_T4U5Y3EI = require("./part-T4U5Y3EI.js");
var import_part_2RM2JEOI = require("./part-2RM2JEOI.js");
var import_part_B2YFWNDN = require("./part-B2YFWNDN.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var SIGNING_MODES = ["all", "checksums-only"];
function readInputs() {
  const identityToken = (0, import_part_T4U5Y3EI.secretInput)("identity-token");
  return {
    images: (0, import_part_T4U5Y3EI.multilineInput)("images"),
    files: (0, import_part_T4U5Y3EI.multilineInput)("files"),
    checksums: (0, import_part_T4U5Y3EI.optionalInput)("checksums"),
    mode: (0, import_part_T4U5Y3EI.enumInput)("mode", { allowed: SIGNING_MODES, default: "all" }),
    outputDirectory: (0, import_part_T4U5Y3EI.optionalInput)("output-directory"),
    recursive: (0, import_part_T4U5Y3EI.booleanInput)("recursive", { default: false }),
    legacyTagFormat: (0, import_part_T4U5Y3EI.booleanInput)("legacy-tag-format", { default: false }),
    legacyOutputs: (0, import_part_T4U5Y3EI.booleanInput)("legacy-outputs", { default: false }),
    identityToken,
    fulcioUrl: (0, import_part_T4U5Y3EI.optionalInput)("fulcio-url"),
    rekorUrl: (0, import_part_T4U5Y3EI.optionalInput)("rekor-url"),
    tsaUrl: (0, import_part_T4U5Y3EI.optionalInput)("tsa-url"),
    signingConfig: (0, import_part_T4U5Y3EI.optionalInput)("signing-config"),
    tlogUpload: (0, import_part_T4U5Y3EI.booleanInput)("tlog-upload", { default: true }),
    ...(0, import_part_Z233P36I.readRegistryInputs)(),
    showSummary: (0, import_part_T4U5Y3EI.booleanInput)("show-summary", { default: true })
  };
}
(0, import_part_MRALY75J.__name)(readInputs, "readInputs");
void (0, import_part_T4U5Y3EI.runAction)(async () => {
  const inputs = readInputs();
  const { run } = await Promise.resolve().then(() => __toESM(require("./part-EEZCP7TJ.js")));
  await run(inputs);
});
