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
var part_WJ4B3IG3_exports = {};
__export(part_WJ4B3IG3_exports, {
  hashFiles: () => hashFiles
});
module.exports = __toCommonJS(part_WJ4B3IG3_exports);
var import_part_LMLOWQRN = require("./part-LMLOWQRN.js");
var import_part_ORW3VO5K = require("./part-ORW3VO5K.js");
var import_part_BEDORVVD = require("./part-BEDORVVD.js");
var import_part_5UQNOPLV = require("./part-5UQNOPLV.js");
var import_part_ND7VBA7V = require("./part-ND7VBA7V.js");
var import_part_JBR2DLM5 = require("./part-JBR2DLM5.js");
var import_part_PC4G2YYV = require("./part-PC4G2YYV.js");
var import_part_P3LU6RAG = require("./part-P3LU6RAG.js");
var import_part_B2YFWNDN = require("./part-B2YFWNDN.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
async function hashFiles(options) {
  return (0, import_part_ORW3VO5K.mapBounded)({
    items: options.targets,
    work: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async ({ path, name, listed, signatureBase }) => {
      const descriptor = await (0, import_part_BEDORVVD.blobDescriptor)({
        path,
        mediaType: options.mediaType,
        algorithm: options.algorithm
      });
      if (listed !== void 0) {
        const hex = descriptor.digest.startsWith("sha256:") ? descriptor.digest.slice(7) : await sha256Hex(path);
        if (hex !== listed.hex) {
          throw new import_part_PC4G2YYV.ConfigurationError(
            `${(0, import_part_B2YFWNDN.quote)(name)} has sha256 ${hex}, but ${listed.checksumsFile} lists ${listed.hex}: the file changed after the checksums were computed, so nothing was signed. Compute the checksums after the last step that changes the files, for example:`,
            { fix: "run: cd dist && sha256sum *.tar.gz > checksums.txt" }
          );
        }
      }
      options.logger.info(`${(0, import_part_B2YFWNDN.quote)(name)} ${descriptor.digest}`);
      return { kind: "file", path, name, signatureBase, descriptor };
    }, "work")
  });
}
(0, import_part_MRALY75J.__name)(hashFiles, "hashFiles");
async function sha256Hex(path) {
  const { digests } = await (0, import_part_P3LU6RAG.hashRegularFile)({ path, algorithms: ["sha256"] });
  return digests.get("sha256")?.toString("hex") ?? "";
}
(0, import_part_MRALY75J.__name)(sha256Hex, "sha256Hex");
