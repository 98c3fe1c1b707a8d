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
var part_V3IAFWUM_exports = {};
__export(part_V3IAFWUM_exports, {
  resolveTargets: () => resolveTargets
});
module.exports = __toCommonJS(part_V3IAFWUM_exports);
var import_part_JGWBPOAI = require("./part-JGWBPOAI.js");
var import_part_BZMALEAZ = require("./part-BZMALEAZ.js");
var import_part_2YZNT7S2 = require("./part-2YZNT7S2.js");
var import_part_HGKCOA3T = require("./part-HGKCOA3T.js");
var import_part_GL6FT6EN = require("./part-GL6FT6EN.js");
var import_part_RFXNADIP = require("./part-RFXNADIP.js");
var import_part_CF5VF7M6 = require("./part-CF5VF7M6.js");
var import_part_242AIN3U = require("./part-242AIN3U.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");
var import_promises2 = require("node:fs/promises");
var import_node_path2 = require("node:path");
async function checkReportPath(options) {
  const { report } = options;
  if (report === void 0) return;
  const path = (0, import_node_path2.resolve)(report);
  const found = await (0, import_promises2.stat)(path).catch(() => void 0);
  if (found?.isDirectory() === true) fail(report, "is a directory; name the report file in it");
  let ancestor = (0, import_node_path2.dirname)(path);
  for (; ; ) {
    const info = await (0, import_promises2.stat)(ancestor).catch(() => void 0);
    if (info !== void 0) {
      if (!info.isDirectory()) {
        fail(report, `cannot be created: ${(0, import_part_242AIN3U.quote)(ancestor)} is a file, not a directory`);
      }
      break;
    }
    if ((0, import_node_path2.dirname)(ancestor) === ancestor) break;
    ancestor = (0, import_node_path2.dirname)(ancestor);
  }
  const writable = found === void 0 ? ancestor : path;
  if (!await (0, import_promises2.access)(writable, import_promises2.constants.W_OK).then(
    () => true,
    () => false
  )) {
    fail(report, `cannot be written: ${(0, import_part_242AIN3U.quote)(writable)} is not writable`);
  }
}
(0, import_part_MRALY75J.__name)(checkReportPath, "checkReportPath");
function fail(report, why) {
  throw new import_part_HGKCOA3T.ConfigurationError(
    `Input 'report': ${(0, import_part_242AIN3U.quote)(report)} ${why}. Name a file in a writable directory, or leave the input out for <runner temp>/sign-verify-report.json:`,
    { fix: (0, import_part_BZMALEAZ.inputFix)("report") }
  );
}
(0, import_part_MRALY75J.__name)(fail, "fail");
var SIGNATURE_SUFFIXES = [...import_part_GL6FT6EN.FILE_SIGNATURE_SUFFIXES.map(({ suffix }) => suffix), ".sig", ".pem"];
async function resolveTargets(options) {
  const { inputs } = options;
  if (inputs.images.length + inputs.files.length + inputs.ociLayouts.length === 0) {
    throw new import_part_HGKCOA3T.ConfigurationError(
      "Nothing to verify: set at least one of 'images', 'files' or 'oci-layouts', for example:",
      { fix: "with:\n  images: ghcr.io/org/app@sha256:\u2026\n  files: dist/*.tar.gz" }
    );
  }
  const { files, matchedBy } = inputs.files.length === 0 ? { files: [], matchedBy: /* @__PURE__ */ new Map() } : await (0, import_part_JGWBPOAI.expandFileGlobs)({ globs: inputs.files, signatureSuffixes: SIGNATURE_SUFFIXES });
  await checkReportPath({ report: inputs.report });
  const targets = [];
  for (const [index, text] of inputs.images.entries()) {
    const target = inputTarget({ input: "images", line: index + 1, text });
    if (target.kind !== "image") {
      throw new import_part_HGKCOA3T.ConfigurationError(
        `Input 'images', line ${index + 1}: ${(0, import_part_242AIN3U.quote)(text)} is a file, not an image reference; list it under 'files':`,
        { fix: `with:
  files: ${text}` }
      );
    }
    targets.push(target);
  }
  for (const path of files) {
    await mustBeRegularFile({ path, glob: matchedBy.get(path) ?? "" });
    targets.push({ kind: "file", text: path, path });
  }
  for (const [index, text] of inputs.ociLayouts.entries()) {
    const target = inputTarget({ input: "oci-layouts", line: index + 1, text });
    if (target.kind === "layout") await mustBeLayout({ line: index + 1, dir: target.dir });
    targets.push(target);
  }
  const registries = [
    ...new Set(
      targets.flatMap((target) => target.kind === "image" ? [target.reference.registry] : [])
    )
  ];
  return { targets, credentials: (0, import_part_JGWBPOAI.registryCredentials)({ inputs, registries }) };
}
(0, import_part_MRALY75J.__name)(resolveTargets, "resolveTargets");
function inputTarget(options) {
  const { input, line, text } = options;
  try {
    return (0, import_part_2YZNT7S2.parseTarget)({ text, ociLayout: input === "oci-layouts" });
  } catch (error) {
    if (!(error instanceof import_part_RFXNADIP.VerifyError)) throw error;
    throw new import_part_HGKCOA3T.ConfigurationError(`Input '${input}', line ${line}: ${error.message}. For example:`, {
      cause: error,
      fix: (0, import_part_BZMALEAZ.inputFix)(input)
    });
  }
}
(0, import_part_MRALY75J.__name)(inputTarget, "inputTarget");
async function mustBeLayout(options) {
  const marker = await (0, import_promises.stat)((0, import_node_path.join)(options.dir, "oci-layout")).catch(() => void 0);
  if (marker?.isFile() === true) return;
  throw new import_part_HGKCOA3T.ConfigurationError(
    `Input 'oci-layouts', line ${options.line}: ${(0, import_part_242AIN3U.quote)(options.dir)} is not an OCI image layout (it has no oci-layout file). Name the directory oras, notation or skopeo wrote, as DIR:TAG:`,
    { fix: (0, import_part_BZMALEAZ.inputFix)("oci-layouts") }
  );
}
(0, import_part_MRALY75J.__name)(mustBeLayout, "mustBeLayout");
async function mustBeRegularFile(options) {
  const why = await (0, import_part_JGWBPOAI.notRegularFile)(options.path);
  if (why === void 0) return;
  throw new import_part_HGKCOA3T.ConfigurationError(
    `Input 'files': the glob '${options.glob}' matches ${(0, import_part_242AIN3U.quote)(options.path)}, ${why}: only regular files can be verified. Narrow the glob to the release files, for example:`,
    { fix: "with:\n  files: dist/*.tar.gz" }
  );
}
(0, import_part_MRALY75J.__name)(mustBeRegularFile, "mustBeRegularFile");
