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
var part_2YZNT7S2_exports = {};
__export(part_2YZNT7S2_exports, {
  parseTarget: () => parseTarget
});
module.exports = __toCommonJS(part_2YZNT7S2_exports);
var import_part_RFXNADIP = require("./part-RFXNADIP.js");
var import_part_CF5VF7M6 = require("./part-CF5VF7M6.js");
var import_part_242AIN3U = require("./part-242AIN3U.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
function parseTarget(options) {
  const { text } = options;
  if (options.ociLayout) {
    const at = text.lastIndexOf("@");
    const colon = text.lastIndexOf(":");
    const split = at > 0 ? at : colon > 0 ? colon : -1;
    if (split < 0 || split === text.length - 1) {
      throw new import_part_RFXNADIP.VerifyError({
        code: "INVALID_INPUT",
        message: `OCI layout target ${JSON.stringify(text)} names no image: write DIR:TAG or DIR@sha256:<digest>`
      });
    }
    return { kind: "layout", text, dir: text.slice(0, split), reference: text.slice(split + 1) };
  }
  const info = statOrUndefined(text);
  if (info?.isFile()) return { kind: "file", text, path: text };
  if (info && !info.isDirectory()) {
    throw new import_part_RFXNADIP.VerifyError({
      code: "INVALID_INPUT",
      message: `target ${(0, import_part_242AIN3U.quote)(text)} is ${(0, import_part_CF5VF7M6.fileKind)(info)}, not a regular file; give a release file (or an image reference)`
    });
  }
  try {
    return { kind: "image", text, reference: (0, import_part_CF5VF7M6.parseReference)(text) };
  } catch (cause) {
    if (info === void 0 && looksLikePath(text)) {
      throw new import_part_RFXNADIP.VerifyError({
        code: "INVALID_INPUT",
        cause,
        message: `target ${(0, import_part_242AIN3U.quote)(text)} is a path, and no file is there: check the path (relative paths are taken from the working directory) and that an earlier step wrote the file`
      });
    }
    throw new import_part_RFXNADIP.VerifyError({
      code: "INVALID_INPUT",
      cause,
      message: `target ${(0, import_part_242AIN3U.quote)(text)} is neither an existing file nor an image reference (${cause.message}); for an OCI layout directory write DIR:TAG with the oci-layout option`
    });
  }
}
(0, import_part_MRALY75J.__name)(parseTarget, "parseTarget");
function looksLikePath(text) {
  if ((0, import_node_path.isAbsolute)(text) || text.startsWith("./") || text.startsWith("../")) return true;
  return text.includes("/") && statOrUndefined((0, import_node_path.dirname)(text))?.isDirectory() === true;
}
(0, import_part_MRALY75J.__name)(looksLikePath, "looksLikePath");
function statOrUndefined(path) {
  try {
    return (0, import_node_fs.statSync)(path, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
(0, import_part_MRALY75J.__name)(statOrUndefined, "statOrUndefined");
