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
var import_part_F73BQMT4 = require("./part-F73BQMT4.js");
var import_part_KECMG5SU = require("./part-KECMG5SU.js");
function readInputs() {
  (0, import_part_F73BQMT4.requiredInput)("tools");
  return {
    tools: (0, import_part_F73BQMT4.multilineInput)("tools"),
    mirror: (0, import_part_F73BQMT4.optionalInput)("mirror"),
    allowUnverified: (0, import_part_F73BQMT4.booleanInput)("allow-unverified", { default: false }),
    catalog: (0, import_part_F73BQMT4.optionalInput)("catalog"),
    trustedRoot: (0, import_part_F73BQMT4.optionalInput)("trusted-root"),
    showSummary: (0, import_part_F73BQMT4.booleanInput)("show-summary", { default: true })
  };
}
(0, import_part_KECMG5SU.__name)(readInputs, "readInputs");
void (0, import_part_F73BQMT4.runAction)(async () => {
  const inputs = readInputs();
  const { run } = await Promise.resolve().then(() => __toESM(require("./part-EO5OWVXX.js")));
  await run(inputs);
});
