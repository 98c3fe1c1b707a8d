const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var part_ZOJZEWMS_exports = {};
__export(part_ZOJZEWMS_exports, {
  run: () => run
});
module.exports = __toCommonJS(part_ZOJZEWMS_exports);
var import_part_5UQNOPLV = require("./part-5UQNOPLV.js");
var import_part_JBR2DLM5 = require("./part-JBR2DLM5.js");
var import_part_PC4G2YYV = require("./part-PC4G2YYV.js");
var import_part_B2YFWNDN = require("./part-B2YFWNDN.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
async function run(inputs) {
  const logger = (0, import_part_PC4G2YYV.actionsLogger)();
  if (inputs.clientId !== void 0 || inputs.tenantId !== void 0) {
    await (0, import_part_PC4G2YYV.group)(
      "Check the id-token permission",
      () => Promise.resolve((0, import_part_PC4G2YYV.requireIdTokenPermission)({ action: "notation-sign-akv (client-id)" }))
    );
  }
  const { validateInputs } = await Promise.resolve().then(() => __toESM(require("./part-4RAGSULY.js")));
  const plan = await (0, import_part_PC4G2YYV.group)("Validate the inputs", () => validateInputs({ inputs, logger }));
  const { createSigner } = await Promise.resolve().then(() => __toESM(require("./part-WNNCZSPF.js")));
  const signer = await (0, import_part_PC4G2YYV.group)(
    "Check the signing key and certificate chain",
    () => createSigner({ key: plan.key, logger })
  );
  const { resolveImages } = await Promise.resolve().then(() => __toESM(require("./part-4VGZYTEM.js")));
  const images = await (0, import_part_PC4G2YYV.group)(
    "Resolve images to digests",
    () => resolveImages({
      client: plan.client,
      references: plan.images,
      recursive: inputs.recursive,
      logger
    })
  );
  const { hashFiles } = await Promise.resolve().then(() => __toESM(require("./part-WJ4B3IG3.js")));
  const files = await (0, import_part_PC4G2YYV.group)(
    "Hash the files",
    () => hashFiles({
      targets: plan.files,
      algorithm: import_part_5UQNOPLV.HASH_OF[signer.algorithm],
      mediaType: inputs.mediaType,
      logger
    })
  );
  const { signSubjects } = await Promise.resolve().then(() => __toESM(require("./part-QG3YORHW.js")));
  const { storeSignatures } = await Promise.resolve().then(() => __toESM(require("./part-XBOA25KY.js")));
  const { writeOutputs, writeSignaturesSummary } = await Promise.resolve().then(() => __toESM(require("./part-IBG34ZLZ.js")));
  const signingTime = /* @__PURE__ */ new Date();
  const signed = await (0, import_part_PC4G2YYV.group)(
    "Sign",
    () => signSubjects({
      signer,
      subjects: [...images, ...files],
      format: inputs.signatureFormat,
      userMetadata: plan.userMetadata,
      signingTime,
      expiry: inputs.expiryMs > 0 ? new Date(signingTime.getTime() + inputs.expiryMs) : void 0,
      logger
    })
  );
  const records = await (0, import_part_PC4G2YYV.group)(
    "Store the signatures",
    () => storeSignatures({
      client: plan.client,
      signer,
      signed,
      format: inputs.signatureFormat,
      forceReferrersTag: inputs.forceReferrersTag,
      signingTime
    })
  );
  await (0, import_part_PC4G2YYV.group)("Set the outputs", () => writeOutputs({ records, signer }));
  if (inputs.showSummary) {
    await (0, import_part_PC4G2YYV.group)("Write the job summary", () => writeSignaturesSummary({ records, signer }));
  }
}
(0, import_part_MRALY75J.__name)(run, "run");
