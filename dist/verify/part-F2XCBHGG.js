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
var part_F2XCBHGG_exports = {};
__export(part_F2XCBHGG_exports, {
  run: () => run
});
module.exports = __toCommonJS(part_F2XCBHGG_exports);
var import_part_HGKCOA3T = require("./part-HGKCOA3T.js");
var import_part_242AIN3U = require("./part-242AIN3U.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
async function run(inputs) {
  const logger = (0, import_part_HGKCOA3T.actionsLogger)();
  const { policy, targets, credentials } = await (0, import_part_HGKCOA3T.group)(
    "Validate the inputs and the policy",
    async () => {
      const { resolvePolicy } = await Promise.resolve().then(() => __toESM(require("./part-EYDFNKCS.js")));
      const { resolveTargets } = await Promise.resolve().then(() => __toESM(require("./part-V3IAFWUM.js")));
      const policy2 = await resolvePolicy({ inputs });
      const { targets: targets2, credentials: credentials2 } = await resolveTargets({ inputs });
      return { policy: policy2, targets: targets2, credentials: credentials2 };
    }
  );
  const { loadTrustMaterial } = await Promise.resolve().then(() => __toESM(require("./part-ELAZ6WBS.js")));
  const trust = await (0, import_part_HGKCOA3T.group)(
    "Load the trust material",
    () => loadTrustMaterial({
      policy,
      inputs,
      tufCachePath: `${process.env["RUNNER_TEMP"] ?? "."}/sign-tuf`
    })
  );
  const { verifyTargets } = await Promise.resolve().then(() => __toESM(require("./part-FYEJG354.js")));
  const { renderSubjectVerdict } = await Promise.resolve().then(() => __toESM(require("./part-S4ENMIOP.js")));
  const { warnSubject } = await Promise.resolve().then(() => __toESM(require("./part-RM6OZ72H.js")));
  const { writeReport } = await Promise.resolve().then(() => __toESM(require("./part-DDOVPGUZ.js")));
  const { failUnverified } = await Promise.resolve().then(() => __toESM(require("./part-VSV4ZSUS.js")));
  const report = await (0, import_part_HGKCOA3T.group)(
    "Verify",
    () => verifyTargets({
      targets,
      policy,
      trust,
      credentials,
      logger,
      onSubject: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((subject) => {
        logger.info(renderSubjectVerdict({ subject }));
        warnSubject({ subject, logger });
      }, "onSubject")
    })
  );
  await (0, import_part_HGKCOA3T.group)("Write the report", () => writeReport({ report, inputs }));
  failUnverified({ report });
}
(0, import_part_MRALY75J.__name)(run, "run");
