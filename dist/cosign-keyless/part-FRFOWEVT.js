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
var part_FRFOWEVT_exports = {};
__export(part_FRFOWEVT_exports, {
  createSigner: () => createSigner
});
module.exports = __toCommonJS(part_FRFOWEVT_exports);
var import_part_HQMQPLCO = require("./part-HQMQPLCO.js");
var import_part_B4B45LXA = require("./part-B4B45LXA.js");
var import_part_HQE3EIAZ = require("./part-HQE3EIAZ.js");
var import_part_2RM2JEOI = require("./part-2RM2JEOI.js");
var import_part_B2YFWNDN = require("./part-B2YFWNDN.js");
var import_part_V3ESUXRE = require("./part-V3ESUXRE.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
function createSigner(options) {
  const identityProvider = options.identityToken === void 0 ? (0, import_part_HQMQPLCO.functionIdentityProvider)(() => (0, import_part_HQE3EIAZ.getIdToken)("sigstore")) : (0, import_part_HQMQPLCO.staticIdentityProvider)(options.identityToken);
  return (0, import_part_HQMQPLCO.createBundleSigner)({
    instance: options.instance,
    identityProvider,
    concurrency: import_part_2RM2JEOI.CONCURRENCY,
    logger: options.logger
  });
}
(0, import_part_MRALY75J.__name)(createSigner, "createSigner");
