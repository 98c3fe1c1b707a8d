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
var part_CQBVLXMN_exports = {};
__export(part_CQBVLXMN_exports, {
  hashFiles: () => hashFiles
});
module.exports = __toCommonJS(part_CQBVLXMN_exports);
var import_part_HQMQPLCO = require("./part-HQMQPLCO.js");
var import_part_B4B45LXA = require("./part-B4B45LXA.js");
var import_part_HQE3EIAZ = require("./part-HQE3EIAZ.js");
var import_part_2RM2JEOI = require("./part-2RM2JEOI.js");
var import_part_B2YFWNDN = require("./part-B2YFWNDN.js");
var import_part_V3ESUXRE = require("./part-V3ESUXRE.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
async function hashFiles(options) {
  return (0, import_part_2RM2JEOI.mapBounded)({
    items: options.targets,
    work: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async ({ path, name, listed, signatureBase }) => {
      const { digest, hex } = await (0, import_part_HQMQPLCO.hashFile)(path);
      if (listed !== void 0 && listed.hex !== hex) {
        throw new import_part_HQE3EIAZ.ConfigurationError(
          `${(0, import_part_B2YFWNDN.quote)(name)} has sha256 ${hex}, but ${listed.checksumsFile} lists ${listed.hex}: the file changed after the checksums were computed, so nothing was signed. Compute the checksums after the last step that changes the files, for example:`,
          { fix: "run: cd dist && sha256sum *.tar.gz > checksums.txt" }
        );
      }
      options.logger.info(`${(0, import_part_B2YFWNDN.quote)(name)} sha256:${hex}`);
      return { kind: "file", path, name, signatureBase, sha256: digest };
    }, "work")
  });
}
(0, import_part_MRALY75J.__name)(hashFiles, "hashFiles");
