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
var __toESM = (mod2, isNodeMode, target) => (target = mod2 != null ? __create(__getProtoOf(mod2)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod2 || !mod2.__esModule ? __defProp(target, "default", { value: mod2, enumerable: true }) : target,
  mod2
));
var __toCommonJS = (mod2) => __copyProps(__defProp({}, "__esModule", { value: true }), mod2);
var part_3J76XKEP_exports = {};
__export(part_3J76XKEP_exports, {
  SigstoreError: () => SigstoreError,
  loadTrustedRoot: () => loadTrustedRoot,
  loadTrustedRootFromTuf: () => loadTrustedRootFromTuf,
  publicGoodTrustedRoot: () => publicGoodTrustedRoot,
  verifyTargets: () => verifyTargets
});
module.exports = __toCommonJS(part_3J76XKEP_exports);
var import_part_UEVX7OHL = require("./part-UEVX7OHL.js");
var import_part_GL6FT6EN = require("./part-GL6FT6EN.js");
var import_part_RFXNADIP = require("./part-RFXNADIP.js");
var import_part_CF5VF7M6 = require("./part-CF5VF7M6.js");
var import_part_242AIN3U = require("./part-242AIN3U.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var import_node_crypto = require("node:crypto");
var import_node_crypto2 = require("node:crypto");
var import_promises = require("node:fs/promises");
var import_promises2 = require("node:fs/promises");
var import_node_crypto3 = require("node:crypto");
var import_node_crypto4 = require("node:crypto");
var import_node_crypto5 = require("node:crypto");
var import_node_util = require("node:util");
var import_node_crypto6 = require("node:crypto");
var import_node_crypto7 = require("node:crypto");
var import_promises3 = require("node:fs/promises");
var require_bundle = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+bundle@5.0.1/node_modules/@sigstore/bundle/dist/bundle.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = void 0;
    exports.isBundleWithCertificateChain = isBundleWithCertificateChain;
    exports.isBundleWithPublicKey = isBundleWithPublicKey;
    exports.isBundleWithMessageSignature = isBundleWithMessageSignature;
    exports.isBundleWithDsseEnvelope = isBundleWithDsseEnvelope;
    exports.BUNDLE_V01_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle+json;version=0.1";
    exports.BUNDLE_V02_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle+json;version=0.2";
    exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle+json;version=0.3";
    exports.BUNDLE_V03_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";
    function isBundleWithCertificateChain(b) {
      return b.verificationMaterial.content.$case === "x509CertificateChain";
    }
    (0, import_part_MRALY75J.__name)(isBundleWithCertificateChain, "isBundleWithCertificateChain");
    function isBundleWithPublicKey(b) {
      return b.verificationMaterial.content.$case === "publicKey";
    }
    (0, import_part_MRALY75J.__name)(isBundleWithPublicKey, "isBundleWithPublicKey");
    function isBundleWithMessageSignature(b) {
      return b.content.$case === "messageSignature";
    }
    (0, import_part_MRALY75J.__name)(isBundleWithMessageSignature, "isBundleWithMessageSignature");
    function isBundleWithDsseEnvelope(b) {
      return b.content.$case === "dsseEnvelope";
    }
    (0, import_part_MRALY75J.__name)(isBundleWithDsseEnvelope, "isBundleWithDsseEnvelope");
  }
});
var require_build = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+bundle@5.0.1/node_modules/@sigstore/bundle/dist/build.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toMessageSignatureBundle = toMessageSignatureBundle;
    exports.toDSSEBundle = toDSSEBundle;
    var protobuf_specs_1 = (0, import_part_UEVX7OHL.require_dist)();
    var bundle_1 = require_bundle();
    function toMessageSignatureBundle(options) {
      return {
        mediaType: options.certificateChain ? bundle_1.BUNDLE_V02_MEDIA_TYPE : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
          $case: "messageSignature",
          messageSignature: {
            messageDigest: {
              algorithm: protobuf_specs_1.HashAlgorithm.SHA2_256,
              digest: options.digest
            },
            signature: options.signature
          }
        },
        verificationMaterial: toVerificationMaterial(options)
      };
    }
    (0, import_part_MRALY75J.__name)(toMessageSignatureBundle, "toMessageSignatureBundle");
    function toDSSEBundle(options) {
      return {
        mediaType: options.certificateChain ? bundle_1.BUNDLE_V02_MEDIA_TYPE : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
          $case: "dsseEnvelope",
          dsseEnvelope: toEnvelope(options)
        },
        verificationMaterial: toVerificationMaterial(options)
      };
    }
    (0, import_part_MRALY75J.__name)(toDSSEBundle, "toDSSEBundle");
    function toEnvelope(options) {
      return {
        payloadType: options.artifactType,
        payload: options.artifact,
        signatures: [toSignature(options)]
      };
    }
    (0, import_part_MRALY75J.__name)(toEnvelope, "toEnvelope");
    function toSignature(options) {
      return {
        keyid: options.keyHint || "",
        sig: options.signature
      };
    }
    (0, import_part_MRALY75J.__name)(toSignature, "toSignature");
    function toVerificationMaterial(options) {
      return {
        content: toKeyContent(options),
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] }
      };
    }
    (0, import_part_MRALY75J.__name)(toVerificationMaterial, "toVerificationMaterial");
    function toKeyContent(options) {
      if (options.certificate) {
        if (options.certificateChain) {
          return {
            $case: "x509CertificateChain",
            x509CertificateChain: {
              certificates: [{ rawBytes: options.certificate }]
            }
          };
        } else {
          return {
            $case: "certificate",
            certificate: { rawBytes: options.certificate }
          };
        }
      } else {
        return {
          $case: "publicKey",
          publicKey: {
            hint: options.keyHint || ""
          }
        };
      }
    }
    (0, import_part_MRALY75J.__name)(toKeyContent, "toKeyContent");
  }
});
var require_error = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+bundle@5.0.1/node_modules/@sigstore/bundle/dist/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValidationError = void 0;
    var ValidationError2 = class extends Error {
      static {
        (0, import_part_MRALY75J.__name)(this, "ValidationError");
      }
      fields;
      constructor(message, fields) {
        super(message);
        this.fields = fields;
      }
    };
    exports.ValidationError = ValidationError2;
  }
});
var require_validate = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+bundle@5.0.1/node_modules/@sigstore/bundle/dist/validate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assertBundle = assertBundle;
    exports.assertBundleV01 = assertBundleV01;
    exports.isBundleV01 = isBundleV01;
    exports.assertBundleV02 = assertBundleV02;
    exports.assertBundleLatest = assertBundleLatest;
    var error_1 = require_error();
    function assertBundle(b) {
      const invalidValues = validateBundleBase(b);
      if (invalidValues.length > 0) {
        throw new error_1.ValidationError("invalid bundle", invalidValues);
      }
    }
    (0, import_part_MRALY75J.__name)(assertBundle, "assertBundle");
    function assertBundleV01(b) {
      const invalidValues = [];
      invalidValues.push(...validateBundleBase(b));
      invalidValues.push(...validateInclusionPromise(b));
      if (invalidValues.length > 0) {
        throw new error_1.ValidationError("invalid v0.1 bundle", invalidValues);
      }
    }
    (0, import_part_MRALY75J.__name)(assertBundleV01, "assertBundleV01");
    function isBundleV01(b) {
      try {
        assertBundleV01(b);
        return true;
      } catch (e) {
        return false;
      }
    }
    (0, import_part_MRALY75J.__name)(isBundleV01, "isBundleV01");
    function assertBundleV02(b) {
      const invalidValues = [];
      invalidValues.push(...validateBundleBase(b));
      invalidValues.push(...validateInclusionProof(b));
      if (invalidValues.length > 0) {
        throw new error_1.ValidationError("invalid v0.2 bundle", invalidValues);
      }
    }
    (0, import_part_MRALY75J.__name)(assertBundleV02, "assertBundleV02");
    function assertBundleLatest(b) {
      const invalidValues = [];
      invalidValues.push(...validateBundleBase(b));
      invalidValues.push(...validateInclusionProof(b));
      invalidValues.push(...validateNoCertificateChain(b));
      if (invalidValues.length > 0) {
        throw new error_1.ValidationError("invalid bundle", invalidValues);
      }
    }
    (0, import_part_MRALY75J.__name)(assertBundleLatest, "assertBundleLatest");
    function validateBundleBase(b) {
      const invalidValues = [];
      if (b.mediaType === void 0 || !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\+json;version=\d\.\d/) && !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\.v\d\.\d\+json/)) {
        invalidValues.push("mediaType");
      }
      if (b.content === void 0) {
        invalidValues.push("content");
      } else {
        switch (b.content.$case) {
          case "messageSignature":
            if (b.content.messageSignature.messageDigest === void 0) {
              invalidValues.push("content.messageSignature.messageDigest");
            } else {
              if (b.content.messageSignature.messageDigest.digest.length === 0) {
                invalidValues.push("content.messageSignature.messageDigest.digest");
              }
            }
            if (b.content.messageSignature.signature.length === 0) {
              invalidValues.push("content.messageSignature.signature");
            }
            break;
          case "dsseEnvelope":
            if (b.content.dsseEnvelope.payload.length === 0) {
              invalidValues.push("content.dsseEnvelope.payload");
            }
            if (b.content.dsseEnvelope.signatures.length !== 1) {
              invalidValues.push("content.dsseEnvelope.signatures");
            } else {
              if (b.content.dsseEnvelope.signatures[0].sig.length === 0) {
                invalidValues.push("content.dsseEnvelope.signatures[0].sig");
              }
            }
            break;
        }
      }
      if (b.verificationMaterial === void 0) {
        invalidValues.push("verificationMaterial");
      } else {
        if (b.verificationMaterial.content === void 0) {
          invalidValues.push("verificationMaterial.content");
        } else {
          switch (b.verificationMaterial.content.$case) {
            case "x509CertificateChain":
              if (b.verificationMaterial.content.x509CertificateChain.certificates.length === 0) {
                invalidValues.push("verificationMaterial.content.x509CertificateChain.certificates");
              }
              b.verificationMaterial.content.x509CertificateChain.certificates.forEach((cert, i) => {
                if (cert.rawBytes.length === 0) {
                  invalidValues.push(`verificationMaterial.content.x509CertificateChain.certificates[${i}].rawBytes`);
                }
              });
              break;
            case "certificate":
              if (b.verificationMaterial.content.certificate.rawBytes.length === 0) {
                invalidValues.push("verificationMaterial.content.certificate.rawBytes");
              }
              break;
          }
        }
        if (b.verificationMaterial.tlogEntries === void 0) {
          invalidValues.push("verificationMaterial.tlogEntries");
        } else {
          if (b.verificationMaterial.tlogEntries.length > 0) {
            b.verificationMaterial.tlogEntries.forEach((entry, i) => {
              if (entry.logId === void 0) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].logId`);
              }
              if (entry.kindVersion === void 0) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].kindVersion`);
              }
            });
          }
        }
      }
      return invalidValues;
    }
    (0, import_part_MRALY75J.__name)(validateBundleBase, "validateBundleBase");
    function validateInclusionPromise(b) {
      const invalidValues = [];
      if (b.verificationMaterial && b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
          if (entry.inclusionPromise === void 0) {
            invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionPromise`);
          }
        });
      }
      return invalidValues;
    }
    (0, import_part_MRALY75J.__name)(validateInclusionPromise, "validateInclusionPromise");
    function validateInclusionProof(b) {
      const invalidValues = [];
      if (b.verificationMaterial && b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
          if (entry.inclusionProof === void 0) {
            invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof`);
          } else {
            if (entry.inclusionProof.checkpoint === void 0) {
              invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof.checkpoint`);
            }
          }
        });
      }
      return invalidValues;
    }
    (0, import_part_MRALY75J.__name)(validateInclusionProof, "validateInclusionProof");
    function validateNoCertificateChain(b) {
      const invalidValues = [];
      if (b.verificationMaterial?.content?.$case === "x509CertificateChain") {
        invalidValues.push("verificationMaterial.content.$case");
      }
      return invalidValues;
    }
    (0, import_part_MRALY75J.__name)(validateNoCertificateChain, "validateNoCertificateChain");
  }
});
var require_serialized = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+bundle@5.0.1/node_modules/@sigstore/bundle/dist/serialized.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = void 0;
    var protobuf_specs_1 = (0, import_part_UEVX7OHL.require_dist)();
    var bundle_1 = require_bundle();
    var validate_1 = require_validate();
    var bundleFromJSON2 = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((obj) => {
      const bundle = protobuf_specs_1.Bundle.fromJSON(obj);
      switch (bundle.mediaType) {
        case bundle_1.BUNDLE_V01_MEDIA_TYPE:
          (0, validate_1.assertBundleV01)(bundle);
          break;
        case bundle_1.BUNDLE_V02_MEDIA_TYPE:
          (0, validate_1.assertBundleV02)(bundle);
          break;
        default:
          (0, validate_1.assertBundleLatest)(bundle);
          break;
      }
      return bundle;
    }, "bundleFromJSON");
    exports.bundleFromJSON = bundleFromJSON2;
    var bundleToJSON = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((bundle) => {
      return protobuf_specs_1.Bundle.toJSON(bundle);
    }, "bundleToJSON");
    exports.bundleToJSON = bundleToJSON;
    var envelopeFromJSON = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((obj) => {
      return protobuf_specs_1.Envelope.fromJSON(obj);
    }, "envelopeFromJSON");
    exports.envelopeFromJSON = envelopeFromJSON;
    var envelopeToJSON = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((envelope) => {
      return protobuf_specs_1.Envelope.toJSON(envelope);
    }, "envelopeToJSON");
    exports.envelopeToJSON = envelopeToJSON;
  }
});
var require_dist2 = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+bundle@5.0.1/node_modules/@sigstore/bundle/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isBundleV01 = exports.assertBundleV02 = exports.assertBundleV01 = exports.assertBundleLatest = exports.assertBundle = exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = exports.ValidationError = exports.isBundleWithPublicKey = exports.isBundleWithMessageSignature = exports.isBundleWithDsseEnvelope = exports.isBundleWithCertificateChain = exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = exports.toMessageSignatureBundle = exports.toDSSEBundle = void 0;
    var build_1 = require_build();
    Object.defineProperty(exports, "toDSSEBundle", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return build_1.toDSSEBundle;
    }, "get") });
    Object.defineProperty(exports, "toMessageSignatureBundle", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return build_1.toMessageSignatureBundle;
    }, "get") });
    var bundle_1 = require_bundle();
    Object.defineProperty(exports, "BUNDLE_V01_MEDIA_TYPE", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return bundle_1.BUNDLE_V01_MEDIA_TYPE;
    }, "get") });
    Object.defineProperty(exports, "BUNDLE_V02_MEDIA_TYPE", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return bundle_1.BUNDLE_V02_MEDIA_TYPE;
    }, "get") });
    Object.defineProperty(exports, "BUNDLE_V03_LEGACY_MEDIA_TYPE", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE;
    }, "get") });
    Object.defineProperty(exports, "BUNDLE_V03_MEDIA_TYPE", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return bundle_1.BUNDLE_V03_MEDIA_TYPE;
    }, "get") });
    Object.defineProperty(exports, "isBundleWithCertificateChain", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return bundle_1.isBundleWithCertificateChain;
    }, "get") });
    Object.defineProperty(exports, "isBundleWithDsseEnvelope", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return bundle_1.isBundleWithDsseEnvelope;
    }, "get") });
    Object.defineProperty(exports, "isBundleWithMessageSignature", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return bundle_1.isBundleWithMessageSignature;
    }, "get") });
    Object.defineProperty(exports, "isBundleWithPublicKey", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return bundle_1.isBundleWithPublicKey;
    }, "get") });
    var error_1 = require_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return error_1.ValidationError;
    }, "get") });
    var serialized_1 = require_serialized();
    Object.defineProperty(exports, "bundleFromJSON", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return serialized_1.bundleFromJSON;
    }, "get") });
    Object.defineProperty(exports, "bundleToJSON", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return serialized_1.bundleToJSON;
    }, "get") });
    Object.defineProperty(exports, "envelopeFromJSON", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return serialized_1.envelopeFromJSON;
    }, "get") });
    Object.defineProperty(exports, "envelopeToJSON", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return serialized_1.envelopeToJSON;
    }, "get") });
    var validate_1 = require_validate();
    Object.defineProperty(exports, "assertBundle", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return validate_1.assertBundle;
    }, "get") });
    Object.defineProperty(exports, "assertBundleLatest", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return validate_1.assertBundleLatest;
    }, "get") });
    Object.defineProperty(exports, "assertBundleV01", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return validate_1.assertBundleV01;
    }, "get") });
    Object.defineProperty(exports, "assertBundleV02", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return validate_1.assertBundleV02;
    }, "get") });
    Object.defineProperty(exports, "isBundleV01", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return validate_1.isBundleV01;
    }, "get") });
  }
});
var require_stream = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ByteStream = void 0;
    var StreamError = class extends Error {
      static {
        (0, import_part_MRALY75J.__name)(this, "StreamError");
      }
    };
    var ByteStream = class _ByteStream {
      static {
        (0, import_part_MRALY75J.__name)(this, "ByteStream");
      }
      static BLOCK_SIZE = 1024;
      buf;
      view;
      start = 0;
      constructor(buffer) {
        if (buffer) {
          this.buf = buffer;
          this.view = Buffer.from(buffer);
        } else {
          this.buf = Buffer.alloc(0);
          this.view = Buffer.from(this.buf);
        }
      }
      get buffer() {
        return this.view.subarray(0, this.start);
      }
      get length() {
        return this.view.byteLength;
      }
      get position() {
        return this.start;
      }
      seek(position) {
        this.start = position;
      }
      // Returns a Buffer containing the specified number of bytes starting at the
      // given start position.
      slice(start, len) {
        const end = start + len;
        if (end > this.length) {
          throw new StreamError("request past end of buffer");
        }
        return this.view.subarray(start, end);
      }
      appendChar(char) {
        this.ensureCapacity(1);
        this.view[this.start] = char;
        this.start += 1;
      }
      appendUint16(num) {
        this.ensureCapacity(2);
        const value = new Uint16Array([num]);
        const view = new Uint8Array(value.buffer);
        this.view[this.start] = view[1];
        this.view[this.start + 1] = view[0];
        this.start += 2;
      }
      appendUint24(num) {
        this.ensureCapacity(3);
        const value = new Uint32Array([num]);
        const view = new Uint8Array(value.buffer);
        this.view[this.start] = view[2];
        this.view[this.start + 1] = view[1];
        this.view[this.start + 2] = view[0];
        this.start += 3;
      }
      appendView(view) {
        this.ensureCapacity(view.length);
        this.view.set(view, this.start);
        this.start += view.length;
      }
      getBlock(size) {
        if (size <= 0) {
          return Buffer.alloc(0);
        }
        if (this.start + size > this.view.length) {
          throw new Error("request past end of buffer");
        }
        const result = this.view.subarray(this.start, this.start + size);
        this.start += size;
        return result;
      }
      getUint8() {
        return this.getBlock(1)[0];
      }
      getUint16() {
        const block = this.getBlock(2);
        return block[0] << 8 | block[1];
      }
      ensureCapacity(size) {
        if (this.start + size > this.view.byteLength) {
          const blockSize = _ByteStream.BLOCK_SIZE + (size > _ByteStream.BLOCK_SIZE ? size : 0);
          this.realloc(this.view.byteLength + blockSize);
        }
      }
      realloc(size) {
        const newArray = Buffer.alloc(size);
        const newView = Buffer.from(newArray);
        newView.set(this.view);
        this.buf = newArray;
        this.view = newView;
      }
    };
    exports.ByteStream = ByteStream;
  }
});
var require_error2 = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/asn1/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ASN1TypeError = exports.ASN1ParseError = void 0;
    var ASN1ParseError = class extends Error {
      static {
        (0, import_part_MRALY75J.__name)(this, "ASN1ParseError");
      }
    };
    exports.ASN1ParseError = ASN1ParseError;
    var ASN1TypeError = class extends Error {
      static {
        (0, import_part_MRALY75J.__name)(this, "ASN1TypeError");
      }
    };
    exports.ASN1TypeError = ASN1TypeError;
  }
});
var require_length = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/asn1/length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.decodeLength = decodeLength;
    exports.encodeLength = encodeLength;
    var error_1 = require_error2();
    function decodeLength(stream) {
      const buf = stream.getUint8();
      if ((buf & 128) === 0) {
        return buf;
      }
      const byteCount = buf & 127;
      if (byteCount > 6) {
        throw new error_1.ASN1ParseError("length exceeds 6 byte limit");
      }
      let len = 0;
      for (let i = 0; i < byteCount; i++) {
        const byte = stream.getUint8();
        if (i === 0 && byte === 0) {
          throw new error_1.ASN1ParseError("non-minimal length encoding");
        }
        len = len * 256 + byte;
      }
      if (len === 0) {
        throw new error_1.ASN1ParseError("indefinite length encoding not supported");
      }
      if (len < 128) {
        throw new error_1.ASN1ParseError("non-minimal length encoding");
      }
      return len;
    }
    (0, import_part_MRALY75J.__name)(decodeLength, "decodeLength");
    function encodeLength(len) {
      if (len < 128) {
        return Buffer.from([len]);
      }
      let val = BigInt(len);
      const bytes2 = [];
      while (val > 0n) {
        bytes2.unshift(Number(val & 255n));
        val = val >> 8n;
      }
      return Buffer.from([128 | bytes2.length, ...bytes2]);
    }
    (0, import_part_MRALY75J.__name)(encodeLength, "encodeLength");
  }
});
var require_parse = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/asn1/parse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parseInteger = parseInteger;
    exports.parseStringASCII = parseStringASCII;
    exports.parseTime = parseTime;
    exports.parseOID = parseOID;
    exports.parseBoolean = parseBoolean;
    exports.parseBitString = parseBitString;
    var error_1 = require_error2();
    var RE_TIME_SHORT_YEAR = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d{3})?Z$/;
    var RE_TIME_LONG_YEAR = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d{3})?Z$/;
    function parseInteger(buf) {
      let pos = 0;
      const end = buf.length;
      let val = buf[pos];
      const neg = val > 127;
      const pad = neg ? 255 : 0;
      while (val == pad && ++pos < end) {
        val = buf[pos];
      }
      const len = end - pos;
      if (len === 0)
        return BigInt(neg ? -1 : 0);
      val = neg ? val - 256 : val;
      let n = BigInt(val);
      for (let i = pos + 1; i < end; ++i) {
        n = n * BigInt(256) + BigInt(buf[i]);
      }
      return n;
    }
    (0, import_part_MRALY75J.__name)(parseInteger, "parseInteger");
    function parseStringASCII(buf) {
      return buf.toString("ascii");
    }
    (0, import_part_MRALY75J.__name)(parseStringASCII, "parseStringASCII");
    function parseTime(buf, shortYear) {
      const timeStr = parseStringASCII(buf);
      const m = shortYear ? RE_TIME_SHORT_YEAR.exec(timeStr) : RE_TIME_LONG_YEAR.exec(timeStr);
      if (!m) {
        throw new Error("invalid time");
      }
      if (shortYear) {
        let year = Number(m[1]);
        year += year >= 50 ? 1900 : 2e3;
        m[1] = year.toString();
      }
      return /* @__PURE__ */ new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
    }
    (0, import_part_MRALY75J.__name)(parseTime, "parseTime");
    function parseOID(buf) {
      let pos = 0;
      const end = buf.length;
      let n = buf[pos++];
      const first = Math.floor(n / 40);
      const second = n % 40;
      let oid = `${first}.${second}`;
      let val = 0n;
      for (; pos < end; ++pos) {
        n = buf[pos];
        val = (val << 7n) + BigInt(n & 127);
        if ((n & 128) === 0) {
          oid += `.${val}`;
          val = 0n;
        }
      }
      return oid;
    }
    (0, import_part_MRALY75J.__name)(parseOID, "parseOID");
    function parseBoolean(buf) {
      if (buf.length !== 1) {
        throw new error_1.ASN1ParseError("invalid boolean");
      }
      switch (buf[0]) {
        case 0:
          return false;
        case 255:
          return true;
        default:
          throw new error_1.ASN1ParseError("invalid boolean");
      }
    }
    (0, import_part_MRALY75J.__name)(parseBoolean, "parseBoolean");
    function parseBitString(buf) {
      const unused = buf[0];
      if (unused > 7) {
        throw new error_1.ASN1ParseError("invalid bit string");
      }
      const start = 1;
      const end = buf.length;
      const bits = [];
      for (let i = start; i < end; ++i) {
        const byte = buf[i];
        const skip = i === end - 1 ? unused : 0;
        for (let j = 7; j >= skip; --j) {
          bits.push(byte >> j & 1);
        }
      }
      return bits;
    }
    (0, import_part_MRALY75J.__name)(parseBitString, "parseBitString");
  }
});
var require_tag = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/asn1/tag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ASN1Tag = void 0;
    var error_1 = require_error2();
    var UNIVERSAL_TAG = {
      BOOLEAN: 1,
      INTEGER: 2,
      BIT_STRING: 3,
      OCTET_STRING: 4,
      OBJECT_IDENTIFIER: 6,
      SEQUENCE: 16,
      SET: 17,
      PRINTABLE_STRING: 19,
      UTC_TIME: 23,
      GENERALIZED_TIME: 24
    };
    var TAG_CLASS = {
      UNIVERSAL: 0,
      APPLICATION: 1,
      CONTEXT_SPECIFIC: 2,
      PRIVATE: 3
    };
    var ASN1Tag = class {
      static {
        (0, import_part_MRALY75J.__name)(this, "ASN1Tag");
      }
      number;
      constructed;
      class;
      constructor(enc) {
        this.number = enc & 31;
        this.constructed = (enc & 32) === 32;
        this.class = enc >> 6;
        if (this.number === 31) {
          throw new error_1.ASN1ParseError("long form tags not supported");
        }
        if (this.class === TAG_CLASS.UNIVERSAL && this.number === 0) {
          throw new error_1.ASN1ParseError("unsupported tag 0x00");
        }
      }
      isUniversal() {
        return this.class === TAG_CLASS.UNIVERSAL;
      }
      isContextSpecific(num) {
        const res = this.class === TAG_CLASS.CONTEXT_SPECIFIC;
        return num !== void 0 ? res && this.number === num : res;
      }
      isBoolean() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.BOOLEAN;
      }
      isInteger() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.INTEGER;
      }
      isBitString() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.BIT_STRING;
      }
      isOctetString() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.OCTET_STRING;
      }
      isOID() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.OBJECT_IDENTIFIER;
      }
      isUTCTime() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.UTC_TIME;
      }
      isGeneralizedTime() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.GENERALIZED_TIME;
      }
      toDER() {
        return this.number | (this.constructed ? 32 : 0) | this.class << 6;
      }
    };
    exports.ASN1Tag = ASN1Tag;
  }
});
var require_obj = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/asn1/obj.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ASN1Obj = void 0;
    var stream_1 = require_stream();
    var error_1 = require_error2();
    var length_1 = require_length();
    var parse_1 = require_parse();
    var tag_1 = require_tag();
    var ASN1Obj = class {
      static {
        (0, import_part_MRALY75J.__name)(this, "ASN1Obj");
      }
      tag;
      subs;
      value;
      constructor(tag, value, subs) {
        this.tag = tag;
        this.value = value;
        this.subs = subs;
      }
      // Constructs an ASN.1 object from a Buffer of DER-encoded bytes.
      static parseBuffer(buf) {
        const stream = new stream_1.ByteStream(buf);
        const obj = parseStream(stream);
        if (stream.position !== stream.length) {
          throw new error_1.ASN1ParseError("invalid trailing data");
        }
        return obj;
      }
      toDER() {
        const valueStream = new stream_1.ByteStream();
        if (this.subs.length > 0) {
          for (const sub of this.subs) {
            valueStream.appendView(sub.toDER());
          }
        } else {
          valueStream.appendView(this.value);
        }
        const value = valueStream.buffer;
        const obj = new stream_1.ByteStream();
        obj.appendChar(this.tag.toDER());
        obj.appendView((0, length_1.encodeLength)(value.length));
        obj.appendView(value);
        return obj.buffer;
      }
      /////////////////////////////////////////////////////////////////////////////
      // Convenience methods for parsing ASN.1 primitives into JS types
      // Returns the ASN.1 object's value as a boolean. Throws an error if the
      // object is not a boolean.
      toBoolean() {
        if (!this.tag.isBoolean()) {
          throw new error_1.ASN1TypeError("not a boolean");
        }
        return (0, parse_1.parseBoolean)(this.value);
      }
      // Returns the ASN.1 object's value as a BigInt. Throws an error if the
      // object is not an integer.
      toInteger() {
        if (!this.tag.isInteger()) {
          throw new error_1.ASN1TypeError("not an integer");
        }
        return (0, parse_1.parseInteger)(this.value);
      }
      // Returns the ASN.1 object's value as an OID string. Throws an error if the
      // object is not an OID.
      toOID() {
        if (!this.tag.isOID()) {
          throw new error_1.ASN1TypeError("not an OID");
        }
        return (0, parse_1.parseOID)(this.value);
      }
      // Returns the ASN.1 object's value as a Date. Throws an error if the object
      // is not either a UTCTime or a GeneralizedTime.
      toDate() {
        switch (true) {
          case this.tag.isUTCTime():
            return (0, parse_1.parseTime)(this.value, true);
          case this.tag.isGeneralizedTime():
            return (0, parse_1.parseTime)(this.value, false);
          default:
            throw new error_1.ASN1TypeError("not a date");
        }
      }
      // Returns the ASN.1 object's value as a number[] where each number is the
      // value of a bit in the bit string. Throws an error if the object is not a
      // bit string.
      toBitString() {
        if (!this.tag.isBitString()) {
          throw new error_1.ASN1TypeError("not a bit string");
        }
        return (0, parse_1.parseBitString)(this.value);
      }
    };
    exports.ASN1Obj = ASN1Obj;
    var MAX_DEPTH = 100;
    function parseStream(stream, depth = 0) {
      if (depth > MAX_DEPTH) {
        throw new error_1.ASN1ParseError("maximum nesting depth exceeded");
      }
      const tag = new tag_1.ASN1Tag(stream.getUint8());
      const len = (0, length_1.decodeLength)(stream);
      const value = stream.slice(stream.position, len);
      const start = stream.position;
      let subs = [];
      if (tag.constructed) {
        subs = collectSubs(stream, len, depth);
      } else if (tag.isOctetString()) {
        try {
          subs = collectSubs(stream, len, depth);
        } catch (e) {
        }
      }
      if (subs.length === 0) {
        stream.seek(start + len);
      }
      return new ASN1Obj(tag, value, subs);
    }
    (0, import_part_MRALY75J.__name)(parseStream, "parseStream");
    function collectSubs(stream, len, depth) {
      const end = stream.position + len;
      if (end > stream.length) {
        throw new error_1.ASN1ParseError("invalid length");
      }
      const subs = [];
      while (stream.position < end) {
        subs.push(parseStream(stream, depth + 1));
      }
      if (stream.position !== end) {
        throw new error_1.ASN1ParseError("invalid length");
      }
      return subs;
    }
    (0, import_part_MRALY75J.__name)(collectSubs, "collectSubs");
  }
});
var require_asn1 = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/asn1/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ASN1Obj = void 0;
    var obj_1 = require_obj();
    Object.defineProperty(exports, "ASN1Obj", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return obj_1.ASN1Obj;
    }, "get") });
  }
});
var require_crypto = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/crypto.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod2) {
      return mod2 && mod2.__esModule ? mod2 : { "default": mod2 };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createPublicKey = createPublicKey4;
    exports.digest = digest;
    exports.verify = verify;
    exports.bufferEqual = bufferEqual;
    var crypto_1 = __importDefault((0, import_part_MRALY75J.__require)("crypto"));
    function createPublicKey4(key, type = "spki") {
      if (typeof key === "string") {
        if (key.startsWith("-----")) {
          return crypto_1.default.createPublicKey(key);
        } else {
          return crypto_1.default.createPublicKey({
            key: Buffer.from(key, "base64"),
            format: "der",
            type
          });
        }
      } else {
        return crypto_1.default.createPublicKey({ key, format: "der", type });
      }
    }
    (0, import_part_MRALY75J.__name)(createPublicKey4, "createPublicKey");
    function digest(algorithm, ...data) {
      const hash = crypto_1.default.createHash(algorithm);
      for (const d of data) {
        hash.update(d);
      }
      return hash.digest();
    }
    (0, import_part_MRALY75J.__name)(digest, "digest");
    function verify(data, key, signature, algorithm) {
      try {
        return crypto_1.default.verify(algorithm, data, key, signature);
      } catch (e) {
        return false;
      }
    }
    (0, import_part_MRALY75J.__name)(verify, "verify");
    function bufferEqual(a, b) {
      try {
        return crypto_1.default.timingSafeEqual(a, b);
      } catch {
        return false;
      }
    }
    (0, import_part_MRALY75J.__name)(bufferEqual, "bufferEqual");
  }
});
var require_dsse = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.preAuthEncoding = preAuthEncoding;
    var PAE_PREFIX = "DSSEv1";
    function preAuthEncoding(payloadType, payload) {
      const typeBytes = Buffer.from(payloadType, "utf-8");
      return Buffer.concat([
        Buffer.from(`${PAE_PREFIX} ${typeBytes.length} `, "ascii"),
        typeBytes,
        Buffer.from(` ${payload.length} `, "ascii"),
        payload
      ]);
    }
    (0, import_part_MRALY75J.__name)(preAuthEncoding, "preAuthEncoding");
  }
});
var require_encoding = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/encoding.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.base64Encode = base64Encode;
    exports.base64Decode = base64Decode;
    var BASE64_ENCODING = "base64";
    var UTF8_ENCODING = "utf-8";
    function base64Encode(str) {
      return Buffer.from(str, UTF8_ENCODING).toString(BASE64_ENCODING);
    }
    (0, import_part_MRALY75J.__name)(base64Encode, "base64Encode");
    function base64Decode(str) {
      return Buffer.from(str, BASE64_ENCODING).toString(UTF8_ENCODING);
    }
    (0, import_part_MRALY75J.__name)(base64Decode, "base64Decode");
  }
});
var require_json = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/json.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.canonicalize = canonicalize;
    function canonicalize(object2) {
      let buffer = "";
      if (object2 === null || typeof object2 !== "object" || object2.toJSON != null) {
        buffer += JSON.stringify(object2);
      } else if (Array.isArray(object2)) {
        buffer += "[";
        let first = true;
        object2.forEach((element) => {
          if (!first) {
            buffer += ",";
          }
          first = false;
          buffer += canonicalize(element);
        });
        buffer += "]";
      } else {
        buffer += "{";
        let first = true;
        Object.keys(object2).sort().forEach((property) => {
          if (!first) {
            buffer += ",";
          }
          first = false;
          buffer += JSON.stringify(property);
          buffer += ":";
          buffer += canonicalize(object2[property]);
        });
        buffer += "}";
      }
      return buffer;
    }
    (0, import_part_MRALY75J.__name)(canonicalize, "canonicalize");
  }
});
var require_pem = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/pem.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toDER = toDER;
    exports.fromDER = fromDER;
    var PEM_HEADER = /-----BEGIN (.*)-----/;
    var PEM_FOOTER = /-----END (.*)-----/;
    function toDER(certificate) {
      let der = "";
      certificate.split("\n").forEach((line) => {
        if (line.match(PEM_HEADER) || line.match(PEM_FOOTER)) {
          return;
        }
        der += line;
      });
      return Buffer.from(der, "base64");
    }
    (0, import_part_MRALY75J.__name)(toDER, "toDER");
    function fromDER(certificate, type = "CERTIFICATE") {
      const der = certificate.toString("base64");
      const lines = der.match(/.{1,64}/g) || "";
      return [`-----BEGIN ${type}-----`, ...lines, `-----END ${type}-----`].join("\n").concat("\n");
    }
    (0, import_part_MRALY75J.__name)(fromDER, "fromDER");
  }
});
var require_oid = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/oid.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SHA2_HASH_ALGOS = exports.RSA_SIGNATURE_ALGOS = exports.ECDSA_SIGNATURE_ALGOS = void 0;
    exports.ECDSA_SIGNATURE_ALGOS = {
      "1.2.840.10045.4.3.1": "sha224",
      "1.2.840.10045.4.3.2": "sha256",
      "1.2.840.10045.4.3.3": "sha384",
      "1.2.840.10045.4.3.4": "sha512"
    };
    exports.RSA_SIGNATURE_ALGOS = {
      "1.2.840.113549.1.1.14": "sha224",
      "1.2.840.113549.1.1.11": "sha256",
      "1.2.840.113549.1.1.12": "sha384",
      "1.2.840.113549.1.1.13": "sha512"
    };
    exports.SHA2_HASH_ALGOS = {
      "2.16.840.1.101.3.4.2.1": "sha256",
      "2.16.840.1.101.3.4.2.2": "sha384",
      "2.16.840.1.101.3.4.2.3": "sha512"
    };
  }
});
var require_error3 = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/rfc3161/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RFC3161TimestampVerificationError = void 0;
    var RFC3161TimestampVerificationError = class extends Error {
      static {
        (0, import_part_MRALY75J.__name)(this, "RFC3161TimestampVerificationError");
      }
    };
    exports.RFC3161TimestampVerificationError = RFC3161TimestampVerificationError;
  }
});
var require_tstinfo = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/rfc3161/tstinfo.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
          return m[k];
        }, "get") };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      }, "ownKeys");
      return function(mod2) {
        if (mod2 && mod2.__esModule) return mod2;
        var result = {};
        if (mod2 != null) {
          for (var k = ownKeys(mod2), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod2, k[i]);
        }
        __setModuleDefault(result, mod2);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TSTInfo = void 0;
    var crypto = __importStar(require_crypto());
    var oid_1 = require_oid();
    var error_1 = require_error3();
    var TSTInfo = class {
      static {
        (0, import_part_MRALY75J.__name)(this, "TSTInfo");
      }
      root;
      constructor(asn1) {
        this.root = asn1;
      }
      get version() {
        return this.root.subs[0].toInteger();
      }
      get genTime() {
        return this.root.subs[4].toDate();
      }
      get messageImprintHashAlgorithm() {
        const oid = this.messageImprintObj.subs[0].subs[0].toOID();
        return oid_1.SHA2_HASH_ALGOS[oid];
      }
      get messageImprintHashedMessage() {
        return this.messageImprintObj.subs[1].value;
      }
      get raw() {
        return this.root.toDER();
      }
      verify(data) {
        const digest = crypto.digest(this.messageImprintHashAlgorithm, data);
        if (!crypto.bufferEqual(digest, this.messageImprintHashedMessage)) {
          throw new error_1.RFC3161TimestampVerificationError("message imprint does not match artifact");
        }
      }
      // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
      get messageImprintObj() {
        return this.root.subs[2];
      }
    };
    exports.TSTInfo = TSTInfo;
  }
});
var require_timestamp = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/rfc3161/timestamp.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
          return m[k];
        }, "get") };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      }, "ownKeys");
      return function(mod2) {
        if (mod2 && mod2.__esModule) return mod2;
        var result = {};
        if (mod2 != null) {
          for (var k = ownKeys(mod2), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod2, k[i]);
        }
        __setModuleDefault(result, mod2);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RFC3161Timestamp = void 0;
    var asn1_1 = require_asn1();
    var crypto = __importStar(require_crypto());
    var oid_1 = require_oid();
    var error_1 = require_error3();
    var tstinfo_1 = require_tstinfo();
    var OID_PKCS9_CONTENT_TYPE_SIGNED_DATA = "1.2.840.113549.1.7.2";
    var OID_PKCS9_CONTENT_TYPE_TSTINFO = "1.2.840.113549.1.9.16.1.4";
    var OID_PKCS9_MESSAGE_DIGEST_KEY = "1.2.840.113549.1.9.4";
    var RFC3161Timestamp = class _RFC3161Timestamp {
      static {
        (0, import_part_MRALY75J.__name)(this, "RFC3161Timestamp");
      }
      root;
      constructor(asn1) {
        this.root = asn1;
      }
      static parse(der) {
        const asn1 = asn1_1.ASN1Obj.parseBuffer(der);
        return new _RFC3161Timestamp(asn1);
      }
      get status() {
        return this.pkiStatusInfoObj.subs[0].toInteger();
      }
      get contentType() {
        return this.contentTypeObj.toOID();
      }
      get eContentType() {
        return this.eContentTypeObj.toOID();
      }
      get signingTime() {
        return this.tstInfo.genTime;
      }
      get signerIssuer() {
        return this.signerSidObj.subs[0].value;
      }
      get signerSerialNumber() {
        return this.signerSidObj.subs[1].value;
      }
      get signerDigestAlgorithm() {
        const oid = this.signerDigestAlgorithmObj.subs[0].toOID();
        return oid_1.SHA2_HASH_ALGOS[oid];
      }
      get signatureAlgorithm() {
        const oid = this.signatureAlgorithmObj.subs[0].toOID();
        return oid_1.ECDSA_SIGNATURE_ALGOS[oid];
      }
      get signatureValue() {
        return this.signatureValueObj.value;
      }
      get tstInfo() {
        return new tstinfo_1.TSTInfo(this.eContentObj.subs[0].subs[0]);
      }
      verify(data, publicKey) {
        if (!this.timeStampTokenObj) {
          throw new error_1.RFC3161TimestampVerificationError("timeStampToken is missing");
        }
        if (this.contentType !== OID_PKCS9_CONTENT_TYPE_SIGNED_DATA) {
          throw new error_1.RFC3161TimestampVerificationError(`incorrect content type: ${this.contentType}`);
        }
        if (this.eContentType !== OID_PKCS9_CONTENT_TYPE_TSTINFO) {
          throw new error_1.RFC3161TimestampVerificationError(`incorrect encapsulated content type: ${this.eContentType}`);
        }
        this.tstInfo.verify(data);
        this.verifyMessageDigest();
        this.verifySignature(publicKey);
      }
      verifyMessageDigest() {
        const tstInfoDigest = crypto.digest(this.signerDigestAlgorithm, this.tstInfo.raw);
        const expectedDigest = this.messageDigestAttributeObj.subs[1].subs[0].value;
        if (!crypto.bufferEqual(tstInfoDigest, expectedDigest)) {
          throw new error_1.RFC3161TimestampVerificationError("signed data does not match tstInfo");
        }
      }
      verifySignature(key) {
        const signedAttrs = this.signedAttrsObj.toDER();
        signedAttrs[0] = 49;
        const verified = crypto.verify(signedAttrs, key, this.signatureValue, this.signatureAlgorithm);
        if (!verified) {
          throw new error_1.RFC3161TimestampVerificationError("signature verification failed");
        }
      }
      // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
      get pkiStatusInfoObj() {
        return this.root.subs[0];
      }
      // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
      get timeStampTokenObj() {
        return this.root.subs[1];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-3
      get contentTypeObj() {
        return this.timeStampTokenObj.subs[0];
      }
      // https://www.rfc-editor.org/rfc/rfc5652#section-3
      get signedDataObj() {
        const obj = this.timeStampTokenObj.subs.find((sub) => sub.tag.isContextSpecific(0));
        return obj.subs[0];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.1
      get encapContentInfoObj() {
        return this.signedDataObj.subs[2];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.1
      get signerInfosObj() {
        const sd = this.signedDataObj;
        return sd.subs[sd.subs.length - 1];
      }
      // https://www.rfc-editor.org/rfc/rfc5652#section-5.1
      get signerInfoObj() {
        return this.signerInfosObj.subs[0];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.2
      get eContentTypeObj() {
        return this.encapContentInfoObj.subs[0];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.2
      get eContentObj() {
        return this.encapContentInfoObj.subs[1];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signedAttrsObj() {
        const signedAttrs = this.signerInfoObj.subs.find((sub) => sub.tag.isContextSpecific(0));
        return signedAttrs;
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get messageDigestAttributeObj() {
        const messageDigest = this.signedAttrsObj.subs.find((sub) => sub.subs[0].tag.isOID() && sub.subs[0].toOID() === OID_PKCS9_MESSAGE_DIGEST_KEY);
        return messageDigest;
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signerSidObj() {
        return this.signerInfoObj.subs[1];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signerDigestAlgorithmObj() {
        return this.signerInfoObj.subs[2];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signatureAlgorithmObj() {
        return this.signerInfoObj.subs[4];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signatureValueObj() {
        return this.signerInfoObj.subs[5];
      }
    };
    exports.RFC3161Timestamp = RFC3161Timestamp;
  }
});
var require_rfc3161 = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/rfc3161/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RFC3161Timestamp = void 0;
    var timestamp_1 = require_timestamp();
    Object.defineProperty(exports, "RFC3161Timestamp", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return timestamp_1.RFC3161Timestamp;
    }, "get") });
  }
});
var require_sct = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/x509/sct.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
          return m[k];
        }, "get") };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      }, "ownKeys");
      return function(mod2) {
        if (mod2 && mod2.__esModule) return mod2;
        var result = {};
        if (mod2 != null) {
          for (var k = ownKeys(mod2), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod2, k[i]);
        }
        __setModuleDefault(result, mod2);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SignedCertificateTimestamp = void 0;
    var crypto = __importStar(require_crypto());
    var stream_1 = require_stream();
    var SignedCertificateTimestamp = class _SignedCertificateTimestamp {
      static {
        (0, import_part_MRALY75J.__name)(this, "SignedCertificateTimestamp");
      }
      version;
      logID;
      timestamp;
      extensions;
      hashAlgorithm;
      signatureAlgorithm;
      signature;
      constructor(options) {
        this.version = options.version;
        this.logID = options.logID;
        this.timestamp = options.timestamp;
        this.extensions = options.extensions;
        this.hashAlgorithm = options.hashAlgorithm;
        this.signatureAlgorithm = options.signatureAlgorithm;
        this.signature = options.signature;
      }
      get datetime() {
        return new Date(Number(this.timestamp.readBigInt64BE()));
      }
      // Returns the hash algorithm used to generate the SCT's signature.
      // https://www.rfc-editor.org/rfc/rfc5246#section-7.4.1.4.1
      get algorithm() {
        switch (this.hashAlgorithm) {
          /* istanbul ignore next */
          case 0:
            return "none";
          /* istanbul ignore next */
          case 1:
            return "md5";
          /* istanbul ignore next */
          case 2:
            return "sha1";
          /* istanbul ignore next */
          case 3:
            return "sha224";
          case 4:
            return "sha256";
          /* istanbul ignore next */
          case 5:
            return "sha384";
          /* istanbul ignore next */
          case 6:
            return "sha512";
          /* istanbul ignore next */
          default:
            return "unknown";
        }
      }
      verify(preCert, key) {
        const stream = new stream_1.ByteStream();
        stream.appendChar(this.version);
        stream.appendChar(0);
        stream.appendView(this.timestamp);
        stream.appendUint16(1);
        stream.appendView(preCert);
        stream.appendUint16(this.extensions.byteLength);
        if (this.extensions.byteLength > 0) {
          stream.appendView(this.extensions);
        }
        return crypto.verify(stream.buffer, key, this.signature, this.algorithm);
      }
      // Parses a SignedCertificateTimestamp from a buffer. SCTs are encoded using
      // TLS encoding which means the fields and lengths of most fields are
      // specified as part of the SCT and TLS specs.
      // https://www.rfc-editor.org/rfc/rfc6962#section-3.2
      // https://www.rfc-editor.org/rfc/rfc5246#section-7.4.1.4.1
      static parse(buf) {
        const stream = new stream_1.ByteStream(buf);
        const version = stream.getUint8();
        const logID = stream.getBlock(32);
        const timestamp = stream.getBlock(8);
        const extenstionLength = stream.getUint16();
        const extensions = stream.getBlock(extenstionLength);
        const hashAlgorithm = stream.getUint8();
        const signatureAlgorithm = stream.getUint8();
        const sigLength = stream.getUint16();
        const signature = stream.getBlock(sigLength);
        if (stream.position !== buf.length) {
          throw new Error("SCT buffer length mismatch");
        }
        return new _SignedCertificateTimestamp({
          version,
          logID,
          timestamp,
          extensions,
          hashAlgorithm,
          signatureAlgorithm,
          signature
        });
      }
    };
    exports.SignedCertificateTimestamp = SignedCertificateTimestamp;
  }
});
var require_ext = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/x509/ext.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.X509SCTExtension = exports.X509SubjectKeyIDExtension = exports.X509AuthorityKeyIDExtension = exports.X509SubjectAlternativeNameExtension = exports.X509KeyUsageExtension = exports.X509BasicConstraintsExtension = exports.X509Extension = void 0;
    var stream_1 = require_stream();
    var sct_1 = require_sct();
    var X509Extension = class {
      static {
        (0, import_part_MRALY75J.__name)(this, "X509Extension");
      }
      root;
      constructor(asn1) {
        this.root = asn1;
      }
      get oid() {
        return this.root.subs[0].toOID();
      }
      get critical() {
        return this.root.subs.length === 3 ? this.root.subs[1].toBoolean() : false;
      }
      get value() {
        return this.extnValueObj.value;
      }
      get valueObj() {
        return this.extnValueObj;
      }
      get extnValueObj() {
        return this.root.subs[this.root.subs.length - 1];
      }
    };
    exports.X509Extension = X509Extension;
    var X509BasicConstraintsExtension = class extends X509Extension {
      static {
        (0, import_part_MRALY75J.__name)(this, "X509BasicConstraintsExtension");
      }
      get isCA() {
        return this.sequence.subs[0]?.toBoolean() ?? false;
      }
      get pathLenConstraint() {
        return this.sequence.subs.length > 1 ? this.sequence.subs[1].toInteger() : void 0;
      }
      // The extnValue field contains a single sequence wrapping the isCA and
      // pathLenConstraint.
      get sequence() {
        return this.extnValueObj.subs[0];
      }
    };
    exports.X509BasicConstraintsExtension = X509BasicConstraintsExtension;
    var X509KeyUsageExtension = class extends X509Extension {
      static {
        (0, import_part_MRALY75J.__name)(this, "X509KeyUsageExtension");
      }
      get digitalSignature() {
        return this.bitString[0] === 1;
      }
      get keyCertSign() {
        return this.bitString[5] === 1;
      }
      get crlSign() {
        return this.bitString[6] === 1;
      }
      // The extnValue field contains a single bit string which is a bit mask
      // indicating which key usages are enabled.
      get bitString() {
        return this.extnValueObj.subs[0].toBitString();
      }
    };
    exports.X509KeyUsageExtension = X509KeyUsageExtension;
    var X509SubjectAlternativeNameExtension = class extends X509Extension {
      static {
        (0, import_part_MRALY75J.__name)(this, "X509SubjectAlternativeNameExtension");
      }
      get rfc822Name() {
        return this.findGeneralName(1)?.value.toString("ascii");
      }
      get uri() {
        return this.findGeneralName(6)?.value.toString("ascii");
      }
      // Retrieve the value of an otherName with the given OID.
      otherName(oid) {
        const otherName = this.findGeneralName(0);
        if (otherName === void 0) {
          return void 0;
        }
        const otherNameOID = otherName.subs[0].toOID();
        if (otherNameOID !== oid) {
          return void 0;
        }
        const otherNameValue = otherName.subs[1];
        return otherNameValue.subs[0].value.toString("ascii");
      }
      findGeneralName(tag) {
        return this.generalNames.find((gn) => gn.tag.isContextSpecific(tag));
      }
      // The extnValue field contains a sequence of GeneralNames.
      get generalNames() {
        return this.extnValueObj.subs[0].subs;
      }
    };
    exports.X509SubjectAlternativeNameExtension = X509SubjectAlternativeNameExtension;
    var X509AuthorityKeyIDExtension = class extends X509Extension {
      static {
        (0, import_part_MRALY75J.__name)(this, "X509AuthorityKeyIDExtension");
      }
      get keyIdentifier() {
        return this.findSequenceMember(0)?.value;
      }
      findSequenceMember(tag) {
        return this.sequence.subs.find((el) => el.tag.isContextSpecific(tag));
      }
      // The extnValue field contains a single sequence wrapping the keyIdentifier
      get sequence() {
        return this.extnValueObj.subs[0];
      }
    };
    exports.X509AuthorityKeyIDExtension = X509AuthorityKeyIDExtension;
    var X509SubjectKeyIDExtension = class extends X509Extension {
      static {
        (0, import_part_MRALY75J.__name)(this, "X509SubjectKeyIDExtension");
      }
      get keyIdentifier() {
        return this.extnValueObj.subs[0].value;
      }
    };
    exports.X509SubjectKeyIDExtension = X509SubjectKeyIDExtension;
    var X509SCTExtension = class extends X509Extension {
      static {
        (0, import_part_MRALY75J.__name)(this, "X509SCTExtension");
      }
      constructor(asn1) {
        super(asn1);
      }
      get signedCertificateTimestamps() {
        const buf = this.extnValueObj.subs[0].value;
        const stream = new stream_1.ByteStream(buf);
        const end = stream.getUint16() + 2;
        const sctList = [];
        while (stream.position < end) {
          const sctLength = stream.getUint16();
          const sct = stream.getBlock(sctLength);
          sctList.push(sct_1.SignedCertificateTimestamp.parse(sct));
        }
        if (stream.position !== end) {
          throw new Error("SCT list length does not match actual length");
        }
        return sctList;
      }
    };
    exports.X509SCTExtension = X509SCTExtension;
  }
});
var require_cert = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/x509/cert.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
          return m[k];
        }, "get") };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      }, "ownKeys");
      return function(mod2) {
        if (mod2 && mod2.__esModule) return mod2;
        var result = {};
        if (mod2 != null) {
          for (var k = ownKeys(mod2), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod2, k[i]);
        }
        __setModuleDefault(result, mod2);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.X509Certificate = exports.EXTENSION_OID_SCT = void 0;
    var asn1_1 = require_asn1();
    var crypto = __importStar(require_crypto());
    var oid_1 = require_oid();
    var pem = __importStar(require_pem());
    var ext_1 = require_ext();
    var EXTENSION_OID_SUBJECT_KEY_ID = "2.5.29.14";
    var EXTENSION_OID_KEY_USAGE = "2.5.29.15";
    var EXTENSION_OID_SUBJECT_ALT_NAME = "2.5.29.17";
    var EXTENSION_OID_BASIC_CONSTRAINTS = "2.5.29.19";
    var EXTENSION_OID_AUTHORITY_KEY_ID = "2.5.29.35";
    exports.EXTENSION_OID_SCT = "1.3.6.1.4.1.11129.2.4.2";
    var X509Certificate5 = class _X509Certificate {
      static {
        (0, import_part_MRALY75J.__name)(this, "X509Certificate");
      }
      root;
      constructor(asn1) {
        this.root = asn1;
      }
      static parse(cert) {
        const der = typeof cert === "string" ? pem.toDER(cert) : cert;
        const asn1 = asn1_1.ASN1Obj.parseBuffer(der);
        return new _X509Certificate(asn1);
      }
      get tbsCertificate() {
        return this.tbsCertificateObj;
      }
      get version() {
        const ver = this.versionObj.subs[0].toInteger();
        return `v${(ver + BigInt(1)).toString()}`;
      }
      get serialNumber() {
        return this.serialNumberObj.value;
      }
      get notBefore() {
        return this.validityObj.subs[0].toDate();
      }
      get notAfter() {
        return this.validityObj.subs[1].toDate();
      }
      get issuer() {
        return this.issuerObj.value;
      }
      get subject() {
        return this.subjectObj.value;
      }
      get publicKey() {
        return this.subjectPublicKeyInfoObj.toDER();
      }
      get signatureAlgorithm() {
        const oid = this.signatureAlgorithmObj.subs[0].toOID();
        if (oid_1.RSA_SIGNATURE_ALGOS[oid]) {
          return oid_1.RSA_SIGNATURE_ALGOS[oid];
        }
        return oid_1.ECDSA_SIGNATURE_ALGOS[oid];
      }
      get signatureValue() {
        return this.signatureValueObj.value.subarray(1);
      }
      get subjectAltName() {
        const ext = this.extSubjectAltName;
        return ext?.uri || /* istanbul ignore next */
        ext?.rfc822Name;
      }
      get extensions() {
        const extSeq = this.extensionsObj?.subs[0];
        return extSeq?.subs || [];
      }
      get extKeyUsage() {
        const ext = this.findExtension(EXTENSION_OID_KEY_USAGE);
        return ext ? new ext_1.X509KeyUsageExtension(ext) : void 0;
      }
      get extBasicConstraints() {
        const ext = this.findExtension(EXTENSION_OID_BASIC_CONSTRAINTS);
        return ext ? new ext_1.X509BasicConstraintsExtension(ext) : void 0;
      }
      get extSubjectAltName() {
        const ext = this.findExtension(EXTENSION_OID_SUBJECT_ALT_NAME);
        return ext ? new ext_1.X509SubjectAlternativeNameExtension(ext) : void 0;
      }
      get extAuthorityKeyID() {
        const ext = this.findExtension(EXTENSION_OID_AUTHORITY_KEY_ID);
        return ext ? new ext_1.X509AuthorityKeyIDExtension(ext) : void 0;
      }
      get extSubjectKeyID() {
        const ext = this.findExtension(EXTENSION_OID_SUBJECT_KEY_ID);
        return ext ? new ext_1.X509SubjectKeyIDExtension(ext) : (
          /* istanbul ignore next */
          void 0
        );
      }
      get extSCT() {
        const ext = this.findExtension(exports.EXTENSION_OID_SCT);
        return ext ? new ext_1.X509SCTExtension(ext) : void 0;
      }
      get isCA() {
        const ca = this.extBasicConstraints?.isCA || false;
        if (this.extKeyUsage) {
          return ca && this.extKeyUsage.keyCertSign;
        }
        return ca;
      }
      extension(oid) {
        const ext = this.findExtension(oid);
        return ext ? new ext_1.X509Extension(ext) : void 0;
      }
      verify(issuerCertificate) {
        const publicKey = issuerCertificate?.publicKey || this.publicKey;
        const key = crypto.createPublicKey(publicKey);
        return crypto.verify(this.tbsCertificate.toDER(), key, this.signatureValue, this.signatureAlgorithm);
      }
      validForDate(date) {
        return this.notBefore <= date && date <= this.notAfter;
      }
      equals(other) {
        return this.root.toDER().equals(other.root.toDER());
      }
      // Creates a copy of the certificate with a new buffer
      clone() {
        const der = this.root.toDER();
        const clone = Buffer.alloc(der.length);
        der.copy(clone);
        return _X509Certificate.parse(clone);
      }
      findExtension(oid) {
        return this.extensions.find((ext) => ext.subs[0].toOID() === oid);
      }
      /////////////////////////////////////////////////////////////////////////////
      // The following properties use the documented x509 structure to locate the
      // desired ASN.1 object
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.1
      get tbsCertificateObj() {
        return this.root.subs[0];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.2
      get signatureAlgorithmObj() {
        return this.root.subs[1];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.3
      get signatureValueObj() {
        return this.root.subs[2];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.1
      get versionObj() {
        return this.tbsCertificateObj.subs[0];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.2
      get serialNumberObj() {
        return this.tbsCertificateObj.subs[1];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.4
      get issuerObj() {
        return this.tbsCertificateObj.subs[3];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5
      get validityObj() {
        return this.tbsCertificateObj.subs[4];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.6
      get subjectObj() {
        return this.tbsCertificateObj.subs[5];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.7
      get subjectPublicKeyInfoObj() {
        return this.tbsCertificateObj.subs[6];
      }
      // Extensions can't be located by index because their position varies. Instead,
      // we need to find the extensions context specific tag
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.9
      get extensionsObj() {
        return this.tbsCertificateObj.subs.find((sub) => sub.tag.isContextSpecific(3));
      }
    };
    exports.X509Certificate = X509Certificate5;
  }
});
var require_x509 = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/x509/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.X509SCTExtension = exports.X509Certificate = exports.EXTENSION_OID_SCT = void 0;
    var cert_1 = require_cert();
    Object.defineProperty(exports, "EXTENSION_OID_SCT", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return cert_1.EXTENSION_OID_SCT;
    }, "get") });
    Object.defineProperty(exports, "X509Certificate", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return cert_1.X509Certificate;
    }, "get") });
    var ext_1 = require_ext();
    Object.defineProperty(exports, "X509SCTExtension", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return ext_1.X509SCTExtension;
    }, "get") });
  }
});
var require_dist3 = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
          return m[k];
        }, "get") };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      }, "ownKeys");
      return function(mod2) {
        if (mod2 && mod2.__esModule) return mod2;
        var result = {};
        if (mod2 != null) {
          for (var k = ownKeys(mod2), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod2, k[i]);
        }
        __setModuleDefault(result, mod2);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.X509SCTExtension = exports.X509Certificate = exports.EXTENSION_OID_SCT = exports.ByteStream = exports.RFC3161Timestamp = exports.pem = exports.json = exports.encoding = exports.dsse = exports.crypto = exports.ASN1Obj = void 0;
    var asn1_1 = require_asn1();
    Object.defineProperty(exports, "ASN1Obj", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return asn1_1.ASN1Obj;
    }, "get") });
    exports.crypto = __importStar(require_crypto());
    exports.dsse = __importStar(require_dsse());
    exports.encoding = __importStar(require_encoding());
    exports.json = __importStar(require_json());
    exports.pem = __importStar(require_pem());
    var rfc3161_1 = require_rfc3161();
    Object.defineProperty(exports, "RFC3161Timestamp", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return rfc3161_1.RFC3161Timestamp;
    }, "get") });
    var stream_1 = require_stream();
    Object.defineProperty(exports, "ByteStream", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return stream_1.ByteStream;
    }, "get") });
    var x509_1 = require_x509();
    Object.defineProperty(exports, "EXTENSION_OID_SCT", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return x509_1.EXTENSION_OID_SCT;
    }, "get") });
    Object.defineProperty(exports, "X509Certificate", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return x509_1.X509Certificate;
    }, "get") });
    Object.defineProperty(exports, "X509SCTExtension", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return x509_1.X509SCTExtension;
    }, "get") });
  }
});
var require_dsse2 = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/bundle/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DSSESignatureContent = void 0;
    var core_1 = require_dist3();
    var DSSESignatureContent = class {
      static {
        (0, import_part_MRALY75J.__name)(this, "DSSESignatureContent");
      }
      env;
      constructor(env) {
        this.env = env;
      }
      compareDigest(digest) {
        return core_1.crypto.bufferEqual(digest, core_1.crypto.digest("sha256", this.env.payload));
      }
      // For a DSSE envelope the signature is computed over the pre-authentication
      // encoding (PAE), so the digest of the signed bytes is the digest of the PAE.
      // This is what a Rekor v2 hashedrekord entry records for a DSSE envelope.
      compareSignedDigest(digest) {
        return core_1.crypto.bufferEqual(digest, core_1.crypto.digest("sha256", this.preAuthEncoding));
      }
      compareSignature(signature) {
        return core_1.crypto.bufferEqual(signature, this.signature);
      }
      verifySignature(key) {
        return core_1.crypto.verify(this.preAuthEncoding, key, this.signature);
      }
      get signature() {
        return this.env.signatures.length > 0 ? this.env.signatures[0].sig : Buffer.from("");
      }
      // DSSE Pre-Authentication Encoding
      get preAuthEncoding() {
        return core_1.dsse.preAuthEncoding(this.env.payloadType, this.env.payload);
      }
    };
    exports.DSSESignatureContent = DSSESignatureContent;
  }
});
var require_message = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/bundle/message.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MessageSignatureContent = void 0;
    var core_1 = require_dist3();
    var protobuf_specs_1 = (0, import_part_UEVX7OHL.require_dist)();
    var HASH_ALGORITHM_MAP = {
      [protobuf_specs_1.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: "sha256",
      [protobuf_specs_1.HashAlgorithm.SHA2_256]: "sha256",
      [protobuf_specs_1.HashAlgorithm.SHA2_384]: "sha384",
      [protobuf_specs_1.HashAlgorithm.SHA2_512]: "sha512",
      [protobuf_specs_1.HashAlgorithm.SHA3_256]: "sha3-256",
      [protobuf_specs_1.HashAlgorithm.SHA3_384]: "sha3-384"
    };
    var MessageSignatureContent = class {
      static {
        (0, import_part_MRALY75J.__name)(this, "MessageSignatureContent");
      }
      signature;
      messageDigest;
      artifact;
      hashAlgorithm;
      constructor(messageSignature, artifact) {
        this.signature = messageSignature.signature;
        this.messageDigest = messageSignature.messageDigest.digest;
        this.artifact = artifact;
        this.hashAlgorithm = HASH_ALGORITHM_MAP[messageSignature.messageDigest.algorithm] ?? /* istanbul ignore next */
        "sha256";
      }
      compareSignature(signature) {
        return core_1.crypto.bufferEqual(signature, this.signature);
      }
      compareDigest(digest) {
        return core_1.crypto.bufferEqual(digest, this.messageDigest);
      }
      // For a message signature the signature is computed over the artifact, so the
      // digest of the signed bytes is the artifact's message digest.
      compareSignedDigest(digest) {
        return this.compareDigest(digest);
      }
      verifySignature(key) {
        return core_1.crypto.verify(this.artifact, key, this.signature, this.hashAlgorithm);
      }
    };
    exports.MessageSignatureContent = MessageSignatureContent;
  }
});
var require_bundle2 = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/bundle/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toSignedEntity = toSignedEntity2;
    exports.signatureContent = signatureContent;
    var core_1 = require_dist3();
    var dsse_1 = require_dsse2();
    var message_1 = require_message();
    function toSignedEntity2(bundle, artifact) {
      const { tlogEntries, timestampVerificationData } = bundle.verificationMaterial;
      const timestamps = [];
      for (const entry of tlogEntries) {
        if (entry.integratedTime && entry.integratedTime !== "0") {
          timestamps.push({
            $case: "transparency-log",
            tlogEntry: entry
          });
        }
      }
      for (const ts of timestampVerificationData?.rfc3161Timestamps ?? []) {
        timestamps.push({
          $case: "timestamp-authority",
          timestamp: core_1.RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp))
        });
      }
      return {
        signature: signatureContent(bundle, artifact),
        key: key(bundle),
        tlogEntries,
        timestamps
      };
    }
    (0, import_part_MRALY75J.__name)(toSignedEntity2, "toSignedEntity");
    function signatureContent(bundle, artifact) {
      switch (bundle.content.$case) {
        case "dsseEnvelope":
          return new dsse_1.DSSESignatureContent(bundle.content.dsseEnvelope);
        case "messageSignature":
          return new message_1.MessageSignatureContent(bundle.content.messageSignature, artifact);
      }
    }
    (0, import_part_MRALY75J.__name)(signatureContent, "signatureContent");
    function key(bundle) {
      switch (bundle.verificationMaterial.content.$case) {
        case "publicKey":
          return {
            $case: "public-key",
            hint: bundle.verificationMaterial.content.publicKey.hint
          };
        case "x509CertificateChain":
          return {
            $case: "certificate",
            certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.x509CertificateChain.certificates[0].rawBytes))
          };
        case "certificate":
          return {
            $case: "certificate",
            certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.certificate.rawBytes))
          };
      }
    }
    (0, import_part_MRALY75J.__name)(key, "key");
  }
});
var require_error4 = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PolicyError = exports.VerificationError = void 0;
    var BaseError = class extends Error {
      static {
        (0, import_part_MRALY75J.__name)(this, "BaseError");
      }
      code;
      cause;
      /* eslint-disable-line @typescript-eslint/no-explicit-any */
      constructor({ code, message, cause }) {
        super(message);
        this.code = code;
        this.cause = cause;
        this.name = this.constructor.name;
      }
    };
    var VerificationError4 = class extends BaseError {
      static {
        (0, import_part_MRALY75J.__name)(this, "VerificationError");
      }
    };
    exports.VerificationError = VerificationError4;
    var PolicyError2 = class extends BaseError {
      static {
        (0, import_part_MRALY75J.__name)(this, "PolicyError");
      }
    };
    exports.PolicyError = PolicyError2;
  }
});
var require_filter = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/trust/filter.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.filterCertAuthorities = filterCertAuthorities;
    exports.filterTLogAuthorities = filterTLogAuthorities;
    function filterCertAuthorities(certAuthorities, timestamp) {
      return certAuthorities.filter((ca) => {
        return ca.validFor.start <= timestamp && ca.validFor.end >= timestamp;
      });
    }
    (0, import_part_MRALY75J.__name)(filterCertAuthorities, "filterCertAuthorities");
    function filterTLogAuthorities(tlogAuthorities, criteria) {
      return tlogAuthorities.filter((tlog) => {
        if (criteria.logID && !tlog.logID.equals(criteria.logID)) {
          return false;
        }
        return tlog.validFor.start <= criteria.targetDate && criteria.targetDate <= tlog.validFor.end;
      });
    }
    (0, import_part_MRALY75J.__name)(filterTLogAuthorities, "filterTLogAuthorities");
  }
});
var require_trust = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/trust/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.filterTLogAuthorities = exports.filterCertAuthorities = void 0;
    exports.toTrustMaterial = toTrustMaterial2;
    var core_1 = require_dist3();
    var protobuf_specs_1 = (0, import_part_UEVX7OHL.require_dist)();
    var error_1 = require_error4();
    var BEGINNING_OF_TIME = /* @__PURE__ */ new Date(0);
    var END_OF_TIME = /* @__PURE__ */ new Date(864e13);
    var filter_1 = require_filter();
    Object.defineProperty(exports, "filterCertAuthorities", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return filter_1.filterCertAuthorities;
    }, "get") });
    Object.defineProperty(exports, "filterTLogAuthorities", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return filter_1.filterTLogAuthorities;
    }, "get") });
    function toTrustMaterial2(root, keys) {
      const keyFinder = typeof keys === "function" ? keys : keyLocator(keys);
      return {
        certificateAuthorities: root.certificateAuthorities.map(createCertAuthority),
        timestampAuthorities: root.timestampAuthorities.map(createCertAuthority),
        tlogs: root.tlogs.map(createTLogAuthority),
        ctlogs: root.ctlogs.map(createTLogAuthority),
        publicKey: keyFinder
      };
    }
    (0, import_part_MRALY75J.__name)(toTrustMaterial2, "toTrustMaterial");
    function createTLogAuthority(tlogInstance) {
      const keyDetails = tlogInstance.publicKey.keyDetails;
      const keyType = keyDetails === protobuf_specs_1.PublicKeyDetails.PKCS1_RSA_PKCS1V5 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V5 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256 ? "pkcs1" : "spki";
      return {
        baseURL: tlogInstance.baseUrl,
        logID: tlogInstance.checkpointKeyId ? tlogInstance.checkpointKeyId.keyId : tlogInstance.logId.keyId,
        publicKey: core_1.crypto.createPublicKey(tlogInstance.publicKey.rawBytes, keyType),
        validFor: {
          start: tlogInstance.publicKey.validFor?.start || BEGINNING_OF_TIME,
          end: tlogInstance.publicKey.validFor?.end || END_OF_TIME
        }
      };
    }
    (0, import_part_MRALY75J.__name)(createTLogAuthority, "createTLogAuthority");
    function createCertAuthority(ca) {
      return {
        certChain: ca.certChain.certificates.map((cert) => {
          return core_1.X509Certificate.parse(Buffer.from(cert.rawBytes));
        }),
        validFor: {
          start: ca.validFor?.start || BEGINNING_OF_TIME,
          end: ca.validFor?.end || END_OF_TIME
        }
      };
    }
    (0, import_part_MRALY75J.__name)(createCertAuthority, "createCertAuthority");
    function keyLocator(keys) {
      return (hint) => {
        const key = (keys || {})[hint];
        if (!key) {
          throw new error_1.VerificationError({
            code: "PUBLIC_KEY_ERROR",
            message: `key not found: ${hint}`
          });
        }
        return {
          publicKey: core_1.crypto.createPublicKey(key.rawBytes),
          validFor: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((date) => {
            return (key.validFor?.start || BEGINNING_OF_TIME) <= date && (key.validFor?.end || END_OF_TIME) >= date;
          }, "validFor")
        };
      };
    }
    (0, import_part_MRALY75J.__name)(keyLocator, "keyLocator");
  }
});
var require_certificate = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/key/certificate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CertificateChainVerifier = void 0;
    exports.verifyCertificateChain = verifyCertificateChain;
    var error_1 = require_error4();
    var trust_1 = require_trust();
    function verifyCertificateChain(timestamp, leaf, certificateAuthorities) {
      const cas = (0, trust_1.filterCertAuthorities)(certificateAuthorities, timestamp);
      let error;
      for (const ca of cas) {
        try {
          const verifier = new CertificateChainVerifier2({
            trustedCerts: ca.certChain,
            untrustedCert: leaf,
            timestamp
          });
          return verifier.verify();
        } catch (err) {
          error = err;
        }
      }
      throw new error_1.VerificationError({
        code: "CERTIFICATE_ERROR",
        message: "Failed to verify certificate chain",
        cause: error
      });
    }
    (0, import_part_MRALY75J.__name)(verifyCertificateChain, "verifyCertificateChain");
    var CertificateChainVerifier2 = class {
      static {
        (0, import_part_MRALY75J.__name)(this, "CertificateChainVerifier");
      }
      untrustedCert;
      trustedCerts;
      localCerts;
      timestamp;
      constructor(opts) {
        this.untrustedCert = opts.untrustedCert;
        this.trustedCerts = opts.trustedCerts;
        this.localCerts = dedupeCertificates([
          ...opts.trustedCerts,
          opts.untrustedCert
        ]);
        this.timestamp = opts.timestamp;
      }
      verify() {
        const certificatePath = this.sort();
        this.checkPath(certificatePath);
        const validForDate = certificatePath.every((cert) => cert.validForDate(this.timestamp));
        if (!validForDate) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "certificate is not valid or expired at the specified date"
          });
        }
        return certificatePath;
      }
      sort() {
        const leafCert = this.untrustedCert;
        let paths = this.buildPaths(leafCert);
        paths = paths.filter((path2) => path2.some((cert) => this.trustedCerts.includes(cert)));
        if (paths.length === 0) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "no trusted certificate path found"
          });
        }
        const path = paths.reduce((prev, curr) => prev.length < curr.length ? prev : curr);
        return [leafCert, ...path].slice(0, -1);
      }
      // Recursively build all possible paths from the leaf to the root
      buildPaths(certificate) {
        const paths = [];
        const issuers = this.findIssuer(certificate);
        if (issuers.length === 0) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "no valid certificate path found"
          });
        }
        for (let i = 0; i < issuers.length; i++) {
          const issuer = issuers[i];
          if (issuer.equals(certificate)) {
            paths.push([certificate]);
            continue;
          }
          const subPaths = this.buildPaths(issuer);
          for (let j = 0; j < subPaths.length; j++) {
            paths.push([issuer, ...subPaths[j]]);
          }
        }
        return paths;
      }
      // Return all possible issuers for the given certificate
      findIssuer(certificate) {
        let issuers = [];
        let keyIdentifier;
        if (certificate.subject.equals(certificate.issuer)) {
          if (certificate.verify()) {
            return [certificate];
          }
        }
        if (certificate.extAuthorityKeyID) {
          keyIdentifier = certificate.extAuthorityKeyID.keyIdentifier;
        }
        this.localCerts.forEach((possibleIssuer) => {
          if (keyIdentifier) {
            if (possibleIssuer.extSubjectKeyID) {
              if (possibleIssuer.extSubjectKeyID.keyIdentifier.equals(keyIdentifier)) {
                issuers.push(possibleIssuer);
              }
              return;
            }
          }
          if (possibleIssuer.subject.equals(certificate.issuer)) {
            issuers.push(possibleIssuer);
          }
        });
        issuers = issuers.filter((issuer) => {
          try {
            return certificate.verify(issuer);
          } catch (ex) {
            return false;
          }
        });
        return issuers;
      }
      checkPath(path) {
        if (path.length < 1) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "certificate chain must contain at least one certificate"
          });
        }
        const validCAs = path.slice(1).every((cert) => cert.isCA);
        if (!validCAs) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "intermediate certificate is not a CA"
          });
        }
        for (let i = path.length - 2; i >= 0; i--) {
          if (!path[i].issuer.equals(path[i + 1].subject)) {
            throw new error_1.VerificationError({
              code: "CERTIFICATE_ERROR",
              message: "incorrect certificate name chaining"
            });
          }
        }
        for (let i = 0; i < path.length; i++) {
          const cert = path[i];
          if (cert.extBasicConstraints?.isCA) {
            const pathLength = cert.extBasicConstraints.pathLenConstraint;
            if (pathLength !== void 0 && pathLength < i - 1) {
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: "path length constraint exceeded"
              });
            }
          }
        }
      }
    };
    exports.CertificateChainVerifier = CertificateChainVerifier2;
    function dedupeCertificates(certs) {
      for (let i = 0; i < certs.length; i++) {
        for (let j = i + 1; j < certs.length; j++) {
          if (certs[i].equals(certs[j])) {
            certs.splice(j, 1);
            j--;
          }
        }
      }
      return certs;
    }
    (0, import_part_MRALY75J.__name)(dedupeCertificates, "dedupeCertificates");
  }
});
var require_sct2 = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/key/sct.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifySCTs = verifySCTs2;
    var core_1 = require_dist3();
    var error_1 = require_error4();
    var trust_1 = require_trust();
    function verifySCTs2(cert, issuer, ctlogs) {
      let extSCT;
      const clone = cert.clone();
      for (let i = 0; i < clone.extensions.length; i++) {
        const ext = clone.extensions[i];
        if (ext.subs[0].toOID() === core_1.EXTENSION_OID_SCT) {
          extSCT = new core_1.X509SCTExtension(ext);
          clone.extensions.splice(i, 1);
          break;
        }
      }
      if (!extSCT) {
        return [];
      }
      if (extSCT.signedCertificateTimestamps.length === 0) {
        return [];
      }
      const preCert = new core_1.ByteStream();
      const issuerId = core_1.crypto.digest("sha256", issuer.publicKey);
      preCert.appendView(issuerId);
      const tbs = clone.tbsCertificate.toDER();
      preCert.appendUint24(tbs.length);
      preCert.appendView(tbs);
      return extSCT.signedCertificateTimestamps.map((sct) => {
        const validCTLogs = (0, trust_1.filterTLogAuthorities)(ctlogs, {
          logID: sct.logID,
          targetDate: sct.datetime
        });
        const verified = validCTLogs.some((log) => sct.verify(preCert.buffer, log.publicKey));
        if (!verified) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "SCT verification failed"
          });
        }
        return sct.logID;
      });
    }
    (0, import_part_MRALY75J.__name)(verifySCTs2, "verifySCTs");
  }
});
var require_key = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/key/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyPublicKey = verifyPublicKey2;
    exports.verifyCertificate = verifyCertificate;
    var core_1 = require_dist3();
    var error_1 = require_error4();
    var certificate_1 = require_certificate();
    var sct_1 = require_sct2();
    var OID_FULCIO_ISSUER_V12 = "1.3.6.1.4.1.57264.1.1";
    var OID_FULCIO_ISSUER_V22 = "1.3.6.1.4.1.57264.1.8";
    function verifyPublicKey2(hint, timestamps, trustMaterial) {
      const key = trustMaterial.publicKey(hint);
      timestamps.forEach((timestamp) => {
        if (!key.validFor(timestamp)) {
          throw new error_1.VerificationError({
            code: "PUBLIC_KEY_ERROR",
            message: `Public key is not valid for timestamp: ${timestamp.toISOString()}`
          });
        }
      });
      return { key: key.publicKey };
    }
    (0, import_part_MRALY75J.__name)(verifyPublicKey2, "verifyPublicKey");
    function verifyCertificate(leaf, timestamps, trustMaterial) {
      let path = [];
      timestamps.forEach((timestamp) => {
        path = (0, certificate_1.verifyCertificateChain)(timestamp, leaf, trustMaterial.certificateAuthorities);
      });
      return {
        scts: (0, sct_1.verifySCTs)(path[0], path[1], trustMaterial.ctlogs),
        signer: getSigner(path[0])
      };
    }
    (0, import_part_MRALY75J.__name)(verifyCertificate, "verifyCertificate");
    function getSigner(cert) {
      let issuer;
      const issuerExtension = cert.extension(OID_FULCIO_ISSUER_V22);
      if (issuerExtension) {
        issuer = issuerExtension.valueObj.subs?.[0]?.value.toString("ascii");
      } else {
        issuer = cert.extension(OID_FULCIO_ISSUER_V12)?.value.toString("ascii");
      }
      const oids = cert.extensions.map((ext) => {
        const oid = ext.subs[0].toOID();
        return {
          oid: { id: oid.split(".").map(Number) },
          value: ext.subs[ext.subs.length - 1].value
        };
      });
      const identity = {
        extensions: { issuer },
        subjectAlternativeName: cert.subjectAltName,
        oids
      };
      return {
        key: core_1.crypto.createPublicKey(cert.publicKey),
        identity
      };
    }
    (0, import_part_MRALY75J.__name)(getSigner, "getSigner");
  }
});
var require_policy = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/policy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifySubjectAlternativeName = verifySubjectAlternativeName;
    exports.verifyExtensions = verifyExtensions;
    exports.verifyOIDs = verifyOIDs;
    var error_1 = require_error4();
    function verifySubjectAlternativeName(policyIdentity, signerIdentity) {
      if (signerIdentity === void 0 || !signerIdentity.match(policyIdentity)) {
        throw new error_1.PolicyError({
          code: "UNTRUSTED_SIGNER_ERROR",
          message: `certificate identity error - expected ${policyIdentity}, got ${signerIdentity}`
        });
      }
    }
    (0, import_part_MRALY75J.__name)(verifySubjectAlternativeName, "verifySubjectAlternativeName");
    function verifyExtensions(policyExtensions, signerExtensions = {}) {
      let key;
      for (key in policyExtensions) {
        if (signerExtensions[key] !== policyExtensions[key]) {
          throw new error_1.PolicyError({
            code: "UNTRUSTED_SIGNER_ERROR",
            message: `invalid certificate extension - expected ${key}=${policyExtensions[key]}, got ${key}=${signerExtensions[key]}`
          });
        }
      }
    }
    (0, import_part_MRALY75J.__name)(verifyExtensions, "verifyExtensions");
    function verifyOIDs(policyOIDs, signerOIDs = []) {
      for (const policyOID of policyOIDs) {
        const match = signerOIDs.find((signerOID) => oidEquals(policyOID.oid?.id, signerOID.oid?.id) && policyOID.value.equals(signerOID.value));
        if (!match) {
          const oid = policyOID.oid?.id.join(".") ?? "<unknown>";
          throw new error_1.PolicyError({
            code: "UNTRUSTED_SIGNER_ERROR",
            message: `invalid certificate extension - missing OID ${oid}`
          });
        }
      }
    }
    (0, import_part_MRALY75J.__name)(verifyOIDs, "verifyOIDs");
    function oidEquals(a, b) {
      if (a === void 0 || b === void 0) {
        return false;
      }
      return a.length === b.length && a.every((v, i) => v === b[i]);
    }
    (0, import_part_MRALY75J.__name)(oidEquals, "oidEquals");
  }
});
var require_tsa = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/timestamp/tsa.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyRFC3161Timestamp = verifyRFC3161Timestamp;
    var core_1 = require_dist3();
    var error_1 = require_error4();
    var certificate_1 = require_certificate();
    var trust_1 = require_trust();
    function verifyRFC3161Timestamp(timestamp, data, timestampAuthorities) {
      const signingTime = timestamp.signingTime;
      timestampAuthorities = (0, trust_1.filterCertAuthorities)(timestampAuthorities, signingTime);
      timestampAuthorities = filterCAsBySerialAndIssuer(timestampAuthorities, {
        serialNumber: timestamp.signerSerialNumber,
        issuer: timestamp.signerIssuer
      });
      const verified = timestampAuthorities.some((ca) => {
        try {
          verifyTimestampForCA(timestamp, data, ca);
          return true;
        } catch (e) {
          return false;
        }
      });
      if (!verified) {
        throw new error_1.VerificationError({
          code: "TIMESTAMP_ERROR",
          message: "timestamp could not be verified"
        });
      }
    }
    (0, import_part_MRALY75J.__name)(verifyRFC3161Timestamp, "verifyRFC3161Timestamp");
    function verifyTimestampForCA(timestamp, data, ca) {
      const [leaf, ...cas] = ca.certChain;
      const signingKey = core_1.crypto.createPublicKey(leaf.publicKey);
      const signingTime = timestamp.signingTime;
      try {
        new certificate_1.CertificateChainVerifier({
          untrustedCert: leaf,
          trustedCerts: cas,
          timestamp: signingTime
        }).verify();
      } catch (e) {
        throw new error_1.VerificationError({
          code: "TIMESTAMP_ERROR",
          message: "invalid certificate chain"
        });
      }
      timestamp.verify(data, signingKey);
    }
    (0, import_part_MRALY75J.__name)(verifyTimestampForCA, "verifyTimestampForCA");
    function filterCAsBySerialAndIssuer(timestampAuthorities, criteria) {
      return timestampAuthorities.filter((ca) => ca.certChain.length > 0 && core_1.crypto.bufferEqual(ca.certChain[0].serialNumber, criteria.serialNumber) && core_1.crypto.bufferEqual(ca.certChain[0].issuer, criteria.issuer));
    }
    (0, import_part_MRALY75J.__name)(filterCAsBySerialAndIssuer, "filterCAsBySerialAndIssuer");
  }
});
var require_timestamp2 = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/timestamp/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getTSATimestamp = getTSATimestamp;
    exports.getTLogTimestamp = getTLogTimestamp2;
    var tsa_1 = require_tsa();
    function getTSATimestamp(timestamp, data, timestampAuthorities) {
      (0, tsa_1.verifyRFC3161Timestamp)(timestamp, data, timestampAuthorities);
      return {
        type: "timestamp-authority",
        logID: timestamp.signerSerialNumber,
        timestamp: timestamp.signingTime
      };
    }
    (0, import_part_MRALY75J.__name)(getTSATimestamp, "getTSATimestamp");
    function getTLogTimestamp2(entry) {
      if (!entry.inclusionPromise) {
        return void 0;
      }
      return {
        type: "transparency-log",
        logID: entry.logId.keyId,
        timestamp: new Date(Number(entry.integratedTime) * 1e3)
      };
    }
    (0, import_part_MRALY75J.__name)(getTLogTimestamp2, "getTLogTimestamp");
  }
});
var require_verifier = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+protobuf-specs@0.5.2/node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/verifier.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Signature = exports.Verifier = exports.PublicKey = void 0;
    var sigstore_common_1 = (0, import_part_UEVX7OHL.require_sigstore_common)();
    exports.PublicKey = {
      fromJSON(object2) {
        return { rawBytes: isSet(object2.rawBytes) ? Buffer.from(bytesFromBase64(object2.rawBytes)) : Buffer.alloc(0) };
      },
      toJSON(message) {
        const obj = {};
        if (message.rawBytes.length !== 0) {
          obj.rawBytes = base64FromBytes(message.rawBytes);
        }
        return obj;
      }
    };
    exports.Verifier = {
      fromJSON(object2) {
        return {
          verifier: isSet(object2.publicKey) ? { $case: "publicKey", publicKey: exports.PublicKey.fromJSON(object2.publicKey) } : isSet(object2.x509Certificate) ? { $case: "x509Certificate", x509Certificate: sigstore_common_1.X509Certificate.fromJSON(object2.x509Certificate) } : void 0,
          keyDetails: isSet(object2.keyDetails) ? (0, sigstore_common_1.publicKeyDetailsFromJSON)(object2.keyDetails) : 0
        };
      },
      toJSON(message) {
        const obj = {};
        if (message.verifier?.$case === "publicKey") {
          obj.publicKey = exports.PublicKey.toJSON(message.verifier.publicKey);
        } else if (message.verifier?.$case === "x509Certificate") {
          obj.x509Certificate = sigstore_common_1.X509Certificate.toJSON(message.verifier.x509Certificate);
        }
        if (message.keyDetails !== 0) {
          obj.keyDetails = (0, sigstore_common_1.publicKeyDetailsToJSON)(message.keyDetails);
        }
        return obj;
      }
    };
    exports.Signature = {
      fromJSON(object2) {
        return {
          content: isSet(object2.content) ? Buffer.from(bytesFromBase64(object2.content)) : Buffer.alloc(0),
          verifier: isSet(object2.verifier) ? exports.Verifier.fromJSON(object2.verifier) : void 0
        };
      },
      toJSON(message) {
        const obj = {};
        if (message.content.length !== 0) {
          obj.content = base64FromBytes(message.content);
        }
        if (message.verifier !== void 0) {
          obj.verifier = exports.Verifier.toJSON(message.verifier);
        }
        return obj;
      }
    };
    function bytesFromBase64(b64) {
      return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
    }
    (0, import_part_MRALY75J.__name)(bytesFromBase64, "bytesFromBase64");
    function base64FromBytes(arr) {
      return globalThis.Buffer.from(arr).toString("base64");
    }
    (0, import_part_MRALY75J.__name)(base64FromBytes, "base64FromBytes");
    function isSet(value) {
      return value !== null && value !== void 0;
    }
    (0, import_part_MRALY75J.__name)(isSet, "isSet");
  }
});
var require_dsse3 = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+protobuf-specs@0.5.2/node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DSSELogEntryV002 = exports.DSSERequestV002 = void 0;
    var envelope_1 = (0, import_part_UEVX7OHL.require_envelope)();
    var sigstore_common_1 = (0, import_part_UEVX7OHL.require_sigstore_common)();
    var verifier_1 = require_verifier();
    exports.DSSERequestV002 = {
      fromJSON(object2) {
        return {
          envelope: isSet(object2.envelope) ? envelope_1.Envelope.fromJSON(object2.envelope) : void 0,
          verifiers: globalThis.Array.isArray(object2?.verifiers) ? object2.verifiers.map((e) => verifier_1.Verifier.fromJSON(e)) : []
        };
      },
      toJSON(message) {
        const obj = {};
        if (message.envelope !== void 0) {
          obj.envelope = envelope_1.Envelope.toJSON(message.envelope);
        }
        if (message.verifiers?.length) {
          obj.verifiers = message.verifiers.map((e) => verifier_1.Verifier.toJSON(e));
        }
        return obj;
      }
    };
    exports.DSSELogEntryV002 = {
      fromJSON(object2) {
        return {
          payloadHash: isSet(object2.payloadHash) ? sigstore_common_1.HashOutput.fromJSON(object2.payloadHash) : void 0,
          signatures: globalThis.Array.isArray(object2?.signatures) ? object2.signatures.map((e) => verifier_1.Signature.fromJSON(e)) : []
        };
      },
      toJSON(message) {
        const obj = {};
        if (message.payloadHash !== void 0) {
          obj.payloadHash = sigstore_common_1.HashOutput.toJSON(message.payloadHash);
        }
        if (message.signatures?.length) {
          obj.signatures = message.signatures.map((e) => verifier_1.Signature.toJSON(e));
        }
        return obj;
      }
    };
    function isSet(value) {
      return value !== null && value !== void 0;
    }
    (0, import_part_MRALY75J.__name)(isSet, "isSet");
  }
});
var require_hashedrekord = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+protobuf-specs@0.5.2/node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/hashedrekord.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HashedRekordLogEntryV002 = exports.HashedRekordRequestV002 = void 0;
    var sigstore_common_1 = (0, import_part_UEVX7OHL.require_sigstore_common)();
    var verifier_1 = require_verifier();
    exports.HashedRekordRequestV002 = {
      fromJSON(object2) {
        return {
          digest: isSet(object2.digest) ? Buffer.from(bytesFromBase64(object2.digest)) : Buffer.alloc(0),
          signature: isSet(object2.signature) ? verifier_1.Signature.fromJSON(object2.signature) : void 0
        };
      },
      toJSON(message) {
        const obj = {};
        if (message.digest.length !== 0) {
          obj.digest = base64FromBytes(message.digest);
        }
        if (message.signature !== void 0) {
          obj.signature = verifier_1.Signature.toJSON(message.signature);
        }
        return obj;
      }
    };
    exports.HashedRekordLogEntryV002 = {
      fromJSON(object2) {
        return {
          data: isSet(object2.data) ? sigstore_common_1.HashOutput.fromJSON(object2.data) : void 0,
          signature: isSet(object2.signature) ? verifier_1.Signature.fromJSON(object2.signature) : void 0
        };
      },
      toJSON(message) {
        const obj = {};
        if (message.data !== void 0) {
          obj.data = sigstore_common_1.HashOutput.toJSON(message.data);
        }
        if (message.signature !== void 0) {
          obj.signature = verifier_1.Signature.toJSON(message.signature);
        }
        return obj;
      }
    };
    function bytesFromBase64(b64) {
      return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
    }
    (0, import_part_MRALY75J.__name)(bytesFromBase64, "bytesFromBase64");
    function base64FromBytes(arr) {
      return globalThis.Buffer.from(arr).toString("base64");
    }
    (0, import_part_MRALY75J.__name)(base64FromBytes, "base64FromBytes");
    function isSet(value) {
      return value !== null && value !== void 0;
    }
    (0, import_part_MRALY75J.__name)(isSet, "isSet");
  }
});
var require_entry = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+protobuf-specs@0.5.2/node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CreateEntryRequest = exports.Spec = exports.Entry = void 0;
    var dsse_1 = require_dsse3();
    var hashedrekord_1 = require_hashedrekord();
    exports.Entry = {
      fromJSON(object2) {
        return {
          kind: isSet(object2.kind) ? globalThis.String(object2.kind) : "",
          apiVersion: isSet(object2.apiVersion) ? globalThis.String(object2.apiVersion) : "",
          spec: isSet(object2.spec) ? exports.Spec.fromJSON(object2.spec) : void 0
        };
      },
      toJSON(message) {
        const obj = {};
        if (message.kind !== "") {
          obj.kind = message.kind;
        }
        if (message.apiVersion !== "") {
          obj.apiVersion = message.apiVersion;
        }
        if (message.spec !== void 0) {
          obj.spec = exports.Spec.toJSON(message.spec);
        }
        return obj;
      }
    };
    exports.Spec = {
      fromJSON(object2) {
        return {
          spec: isSet(object2.hashedRekordV002) ? { $case: "hashedRekordV002", hashedRekordV002: hashedrekord_1.HashedRekordLogEntryV002.fromJSON(object2.hashedRekordV002) } : isSet(object2.dsseV002) ? { $case: "dsseV002", dsseV002: dsse_1.DSSELogEntryV002.fromJSON(object2.dsseV002) } : void 0
        };
      },
      toJSON(message) {
        const obj = {};
        if (message.spec?.$case === "hashedRekordV002") {
          obj.hashedRekordV002 = hashedrekord_1.HashedRekordLogEntryV002.toJSON(message.spec.hashedRekordV002);
        } else if (message.spec?.$case === "dsseV002") {
          obj.dsseV002 = dsse_1.DSSELogEntryV002.toJSON(message.spec.dsseV002);
        }
        return obj;
      }
    };
    exports.CreateEntryRequest = {
      fromJSON(object2) {
        return {
          spec: isSet(object2.hashedRekordRequestV002) ? {
            $case: "hashedRekordRequestV002",
            hashedRekordRequestV002: hashedrekord_1.HashedRekordRequestV002.fromJSON(object2.hashedRekordRequestV002)
          } : isSet(object2.dsseRequestV002) ? { $case: "dsseRequestV002", dsseRequestV002: dsse_1.DSSERequestV002.fromJSON(object2.dsseRequestV002) } : void 0
        };
      },
      toJSON(message) {
        const obj = {};
        if (message.spec?.$case === "hashedRekordRequestV002") {
          obj.hashedRekordRequestV002 = hashedrekord_1.HashedRekordRequestV002.toJSON(message.spec.hashedRekordRequestV002);
        } else if (message.spec?.$case === "dsseRequestV002") {
          obj.dsseRequestV002 = dsse_1.DSSERequestV002.toJSON(message.spec.dsseRequestV002);
        }
        return obj;
      }
    };
    function isSet(value) {
      return value !== null && value !== void 0;
    }
    (0, import_part_MRALY75J.__name)(isSet, "isSet");
  }
});
var require_v2 = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+protobuf-specs@0.5.2/node_modules/@sigstore/protobuf-specs/dist/rekor/v2/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
          return m[k];
        }, "get") };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_dsse3(), exports);
    __exportStar(require_entry(), exports);
    __exportStar(require_hashedrekord(), exports);
    __exportStar(require_verifier(), exports);
  }
});
var require_dsse4 = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/tlog/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DSSE_API_VERSION_V1 = void 0;
    exports.verifyDSSETLogBody = verifyDSSETLogBody;
    exports.verifyDSSETLogBodyV2 = verifyDSSETLogBodyV2;
    var error_1 = require_error4();
    exports.DSSE_API_VERSION_V1 = "0.0.1";
    function verifyDSSETLogBody(tlogEntry, content) {
      switch (tlogEntry.apiVersion) {
        case exports.DSSE_API_VERSION_V1:
          return verifyDSSE001TLogBody(tlogEntry, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported dsse version: ${tlogEntry.apiVersion}`
          });
      }
    }
    (0, import_part_MRALY75J.__name)(verifyDSSETLogBody, "verifyDSSETLogBody");
    function verifyDSSETLogBodyV2(tlogEntry, content) {
      const spec = tlogEntry.spec?.spec;
      if (!spec) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: `missing dsse spec`
        });
      }
      switch (spec.$case) {
        case "dsseV002":
          return verifyDSSE002TLogBody(spec.dsseV002, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported version: ${spec.$case}`
          });
      }
    }
    (0, import_part_MRALY75J.__name)(verifyDSSETLogBodyV2, "verifyDSSETLogBodyV2");
    function verifyDSSE001TLogBody(tlogEntry, content) {
      if (tlogEntry.spec.signatures?.length !== 1) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      }
      const tlogSig = tlogEntry.spec.signatures[0].signature;
      if (!content.compareSignature(Buffer.from(tlogSig, "base64")))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      const tlogHash = tlogEntry.spec.payloadHash?.value || "";
      if (!content.compareDigest(Buffer.from(tlogHash, "hex"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
      }
    }
    (0, import_part_MRALY75J.__name)(verifyDSSE001TLogBody, "verifyDSSE001TLogBody");
    function verifyDSSE002TLogBody(spec, content) {
      if (spec.signatures?.length !== 1) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      }
      const tlogSig = spec.signatures[0].content;
      if (!content.compareSignature(tlogSig))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      const tlogHash = spec.payloadHash?.digest || Buffer.from("");
      if (!content.compareDigest(tlogHash)) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
      }
    }
    (0, import_part_MRALY75J.__name)(verifyDSSE002TLogBody, "verifyDSSE002TLogBody");
  }
});
var require_hashedrekord2 = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/tlog/hashedrekord.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HASHEDREKORD_API_VERSION_V1 = void 0;
    exports.verifyHashedRekordTLogBody = verifyHashedRekordTLogBody;
    exports.verifyHashedRekordTLogBodyV2 = verifyHashedRekordTLogBodyV2;
    var error_1 = require_error4();
    exports.HASHEDREKORD_API_VERSION_V1 = "0.0.1";
    function verifyHashedRekordTLogBody(tlogEntry, content) {
      switch (tlogEntry.apiVersion) {
        case exports.HASHEDREKORD_API_VERSION_V1:
          return verifyHashedrekord001TLogBody(tlogEntry, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported hashedrekord version: ${tlogEntry.apiVersion}`
          });
      }
    }
    (0, import_part_MRALY75J.__name)(verifyHashedRekordTLogBody, "verifyHashedRekordTLogBody");
    function verifyHashedRekordTLogBodyV2(tlogEntry, content) {
      const spec = tlogEntry.spec?.spec;
      if (!spec) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: `missing dsse spec`
        });
      }
      switch (spec.$case) {
        case "hashedRekordV002":
          return verifyHashedrekord002TLogBody(spec.hashedRekordV002, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported version: ${spec.$case}`
          });
      }
    }
    (0, import_part_MRALY75J.__name)(verifyHashedRekordTLogBodyV2, "verifyHashedRekordTLogBodyV2");
    function verifyHashedrekord001TLogBody(tlogEntry, content) {
      const tlogSig = tlogEntry.spec.signature.content || "";
      if (!content.compareSignature(Buffer.from(tlogSig, "base64"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature mismatch"
        });
      }
      const tlogDigest = tlogEntry.spec.data.hash?.value || "";
      if (!content.compareSignedDigest(Buffer.from(tlogDigest, "hex"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "digest mismatch"
        });
      }
    }
    (0, import_part_MRALY75J.__name)(verifyHashedrekord001TLogBody, "verifyHashedrekord001TLogBody");
    function verifyHashedrekord002TLogBody(spec, content) {
      const tlogSig = spec.signature?.content || Buffer.from("");
      if (!content.compareSignature(tlogSig)) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature mismatch"
        });
      }
      const tlogHash = spec.data?.digest || Buffer.from("");
      if (!content.compareSignedDigest(tlogHash)) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "digest mismatch"
        });
      }
    }
    (0, import_part_MRALY75J.__name)(verifyHashedrekord002TLogBody, "verifyHashedrekord002TLogBody");
  }
});
var require_intoto = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/tlog/intoto.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyIntotoTLogBody = verifyIntotoTLogBody;
    var error_1 = require_error4();
    function verifyIntotoTLogBody(tlogEntry, content) {
      switch (tlogEntry.apiVersion) {
        case "0.0.2":
          return verifyIntoto002TLogBody(tlogEntry, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported intoto version: ${tlogEntry.apiVersion}`
          });
      }
    }
    (0, import_part_MRALY75J.__name)(verifyIntotoTLogBody, "verifyIntotoTLogBody");
    function verifyIntoto002TLogBody(tlogEntry, content) {
      if (tlogEntry.spec.content.envelope.signatures?.length !== 1) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      }
      const tlogSig = base64Decode(tlogEntry.spec.content.envelope.signatures[0].sig);
      if (!content.compareSignature(Buffer.from(tlogSig, "base64"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      }
      const tlogHash = tlogEntry.spec.content.payloadHash?.value || "";
      if (!content.compareDigest(Buffer.from(tlogHash, "hex"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
      }
    }
    (0, import_part_MRALY75J.__name)(verifyIntoto002TLogBody, "verifyIntoto002TLogBody");
    function base64Decode(str) {
      return Buffer.from(str, "base64").toString("utf-8");
    }
    (0, import_part_MRALY75J.__name)(base64Decode, "base64Decode");
  }
});
var require_checkpoint = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/tlog/checkpoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LogCheckpoint = void 0;
    exports.verifyCheckpoint = verifyCheckpoint;
    var core_1 = require_dist3();
    var error_1 = require_error4();
    var CHECKPOINT_SEPARATOR = "\n\n";
    var SIGNATURE_REGEX = /\u2014 (\S+) (\S+)\n/g;
    function verifyCheckpoint(entry, tlogs) {
      const inclusionProof = entry.inclusionProof;
      const signedNote = SignedNote.fromString(inclusionProof.checkpoint.envelope);
      const checkpoint = LogCheckpoint.fromString(signedNote.note);
      if (!verifySignedNote(signedNote, tlogs)) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "invalid checkpoint signature"
        });
      }
      return checkpoint;
    }
    (0, import_part_MRALY75J.__name)(verifyCheckpoint, "verifyCheckpoint");
    function verifySignedNote(signedNote, tlogs) {
      const data = Buffer.from(signedNote.note, "utf-8");
      return signedNote.signatures.some((signature) => {
        const tlog = tlogs.find((tlog2) => core_1.crypto.bufferEqual(tlog2.logID.subarray(0, 4), signature.keyHint) && // Match the signature name to the base URL of the tlog. The name is
        // attacker-controlled, so it MUST be compared as a literal substring
        // and never coerced into a RegExp (as String.prototype.match would).
        tlog2.baseURL.includes(signature.name));
        if (!tlog) {
          return false;
        }
        return core_1.crypto.verify(data, tlog.publicKey, signature.signature);
      });
    }
    (0, import_part_MRALY75J.__name)(verifySignedNote, "verifySignedNote");
    var SignedNote = class _SignedNote {
      static {
        (0, import_part_MRALY75J.__name)(this, "SignedNote");
      }
      note;
      signatures;
      constructor(note, signatures) {
        this.note = note;
        this.signatures = signatures;
      }
      // Deserialize a SignedNote from a string
      static fromString(envelope) {
        if (!envelope.includes(CHECKPOINT_SEPARATOR)) {
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "missing checkpoint separator"
          });
        }
        const split2 = envelope.indexOf(CHECKPOINT_SEPARATOR);
        const header = envelope.slice(0, split2 + 1);
        const data = envelope.slice(split2 + CHECKPOINT_SEPARATOR.length);
        const matches = data.matchAll(SIGNATURE_REGEX);
        const signatures = Array.from(matches, (match) => {
          const [, name, signature] = match;
          const sigBytes = Buffer.from(signature, "base64");
          if (sigBytes.length < 5) {
            throw new error_1.VerificationError({
              code: "TLOG_INCLUSION_PROOF_ERROR",
              message: "malformed checkpoint signature"
            });
          }
          return {
            name,
            keyHint: sigBytes.subarray(0, 4),
            signature: sigBytes.subarray(4)
          };
        });
        if (signatures.length === 0) {
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "no signatures found in checkpoint"
          });
        }
        return new _SignedNote(header, signatures);
      }
    };
    var LogCheckpoint = class _LogCheckpoint {
      static {
        (0, import_part_MRALY75J.__name)(this, "LogCheckpoint");
      }
      origin;
      logSize;
      logHash;
      rest;
      constructor(origin, logSize, logHash, rest) {
        this.origin = origin;
        this.logSize = logSize;
        this.logHash = logHash;
        this.rest = rest;
      }
      static fromString(note) {
        const lines = note.trimEnd().split("\n");
        if (lines.length < 3) {
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "too few lines in checkpoint header"
          });
        }
        const origin = lines[0];
        let logSize;
        try {
          logSize = BigInt(lines[1]);
        } catch {
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "invalid checkpoint log size"
          });
        }
        const rootHash = Buffer.from(lines[2], "base64");
        const rest = lines.slice(3);
        return new _LogCheckpoint(origin, logSize, rootHash, rest);
      }
    };
    exports.LogCheckpoint = LogCheckpoint;
  }
});
var require_merkle = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/tlog/merkle.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyMerkleInclusion = verifyMerkleInclusion;
    var core_1 = require_dist3();
    var error_1 = require_error4();
    var RFC6962_LEAF_HASH_PREFIX = Buffer.from([0]);
    var RFC6962_NODE_HASH_PREFIX = Buffer.from([1]);
    function verifyMerkleInclusion(entry, checkpoint) {
      const inclusionProof = entry.inclusionProof;
      let logIndex;
      try {
        logIndex = BigInt(inclusionProof.logIndex);
      } catch {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "invalid inclusion proof log index"
        });
      }
      const treeSize = BigInt(checkpoint.logSize);
      if (logIndex < 0n || logIndex >= treeSize) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: `invalid index: ${logIndex}`
        });
      }
      const { inner, border } = decompInclProof(logIndex, treeSize);
      if (inclusionProof.hashes.length !== inner + border) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "invalid hash count"
        });
      }
      const innerHashes = inclusionProof.hashes.slice(0, inner);
      const borderHashes = inclusionProof.hashes.slice(inner);
      const leafHash = hashLeaf(entry.canonicalizedBody);
      const calculatedHash = chainBorderRight(chainInner(leafHash, innerHashes, logIndex), borderHashes);
      if (!core_1.crypto.bufferEqual(calculatedHash, checkpoint.logHash)) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "calculated root hash does not match inclusion proof"
        });
      }
    }
    (0, import_part_MRALY75J.__name)(verifyMerkleInclusion, "verifyMerkleInclusion");
    function decompInclProof(index, size) {
      const inner = innerProofSize(index, size);
      const border = onesCount(index >> BigInt(inner));
      return { inner, border };
    }
    (0, import_part_MRALY75J.__name)(decompInclProof, "decompInclProof");
    function chainInner(seed, hashes, index) {
      return hashes.reduce((acc, h, i) => {
        if (index >> BigInt(i) & BigInt(1)) {
          return hashChildren(h, acc);
        } else {
          return hashChildren(acc, h);
        }
      }, seed);
    }
    (0, import_part_MRALY75J.__name)(chainInner, "chainInner");
    function chainBorderRight(seed, hashes) {
      return hashes.reduce((acc, h) => hashChildren(h, acc), seed);
    }
    (0, import_part_MRALY75J.__name)(chainBorderRight, "chainBorderRight");
    function innerProofSize(index, size) {
      return bitLength(index ^ size - BigInt(1));
    }
    (0, import_part_MRALY75J.__name)(innerProofSize, "innerProofSize");
    function onesCount(num) {
      return num.toString(2).split("1").length - 1;
    }
    (0, import_part_MRALY75J.__name)(onesCount, "onesCount");
    function bitLength(n) {
      if (n === 0n) {
        return 0;
      }
      return n.toString(2).length;
    }
    (0, import_part_MRALY75J.__name)(bitLength, "bitLength");
    function hashChildren(left, right) {
      return core_1.crypto.digest("sha256", RFC6962_NODE_HASH_PREFIX, left, right);
    }
    (0, import_part_MRALY75J.__name)(hashChildren, "hashChildren");
    function hashLeaf(leaf) {
      return core_1.crypto.digest("sha256", RFC6962_LEAF_HASH_PREFIX, leaf);
    }
    (0, import_part_MRALY75J.__name)(hashLeaf, "hashLeaf");
  }
});
var require_set = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/tlog/set.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyTLogSET = verifyTLogSET;
    var core_1 = require_dist3();
    var error_1 = require_error4();
    var trust_1 = require_trust();
    function verifyTLogSET(entry, tlogs) {
      const validTLogs = (0, trust_1.filterTLogAuthorities)(tlogs, {
        logID: entry.logId.keyId,
        targetDate: new Date(Number(entry.integratedTime) * 1e3)
      });
      const verified = validTLogs.some((tlog) => {
        const payload = toVerificationPayload(entry);
        const data = Buffer.from(core_1.json.canonicalize(payload), "utf8");
        const signature = entry.inclusionPromise.signedEntryTimestamp;
        return core_1.crypto.verify(data, tlog.publicKey, signature);
      });
      if (!verified) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROMISE_ERROR",
          message: "inclusion promise could not be verified"
        });
      }
    }
    (0, import_part_MRALY75J.__name)(verifyTLogSET, "verifyTLogSET");
    function toVerificationPayload(entry) {
      const { integratedTime, logIndex, logId, canonicalizedBody } = entry;
      return {
        body: canonicalizedBody.toString("base64"),
        integratedTime: Number(integratedTime),
        logIndex: Number(logIndex),
        logID: logId.keyId.toString("hex")
      };
    }
    (0, import_part_MRALY75J.__name)(toVerificationPayload, "toVerificationPayload");
  }
});
var require_tlog = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/tlog/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyTLogBody = verifyTLogBody2;
    exports.verifyTLogInclusion = verifyTLogInclusion2;
    var v2_1 = require_v2();
    var error_1 = require_error4();
    var dsse_1 = require_dsse4();
    var hashedrekord_1 = require_hashedrekord2();
    var intoto_1 = require_intoto();
    var checkpoint_1 = require_checkpoint();
    var merkle_1 = require_merkle();
    var set_1 = require_set();
    function verifyTLogBody2(entry, sigContent) {
      const { kind, version } = entry.kindVersion;
      let body;
      try {
        body = JSON.parse(entry.canonicalizedBody.toString("utf8"));
      } catch {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "invalid canonicalized body"
        });
      }
      if (kind !== body.kind || version !== body.apiVersion) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: `kind/version mismatch - expected: ${kind}/${version}, received: ${body.kind}/${body.apiVersion}`
        });
      }
      switch (kind) {
        case "dsse":
          if (version == dsse_1.DSSE_API_VERSION_V1) {
            return (0, dsse_1.verifyDSSETLogBody)(body, sigContent);
          } else {
            const entryRekorV2 = v2_1.Entry.fromJSON(body);
            return (0, dsse_1.verifyDSSETLogBodyV2)(entryRekorV2, sigContent);
          }
        case "intoto":
          return (0, intoto_1.verifyIntotoTLogBody)(body, sigContent);
        case "hashedrekord":
          if (version == hashedrekord_1.HASHEDREKORD_API_VERSION_V1) {
            return (0, hashedrekord_1.verifyHashedRekordTLogBody)(body, sigContent);
          } else {
            const entryRekorV2 = v2_1.Entry.fromJSON(body);
            return (0, hashedrekord_1.verifyHashedRekordTLogBodyV2)(entryRekorV2, sigContent);
          }
        /* istanbul ignore next */
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported kind: ${kind}`
          });
      }
    }
    (0, import_part_MRALY75J.__name)(verifyTLogBody2, "verifyTLogBody");
    function verifyTLogInclusion2(entry, tlogAuthorities) {
      let inclusionVerified = false;
      if (isTLogEntryWithInclusionPromise(entry)) {
        (0, set_1.verifyTLogSET)(entry, tlogAuthorities);
        inclusionVerified = true;
      }
      if (isTLogEntryWithInclusionProof(entry)) {
        const matchingAuthorities = tlogAuthorities.filter((tlog) => tlog.logID.equals(entry.logId.keyId));
        const checkpoint = (0, checkpoint_1.verifyCheckpoint)(entry, matchingAuthorities);
        (0, merkle_1.verifyMerkleInclusion)(entry, checkpoint);
        inclusionVerified = true;
      }
      if (!inclusionVerified) {
        throw new error_1.VerificationError({
          code: "TLOG_MISSING_INCLUSION_ERROR",
          message: "inclusion could not be verified"
        });
      }
      return;
    }
    (0, import_part_MRALY75J.__name)(verifyTLogInclusion2, "verifyTLogInclusion");
    function isTLogEntryWithInclusionPromise(entry) {
      return entry.inclusionPromise !== void 0;
    }
    (0, import_part_MRALY75J.__name)(isTLogEntryWithInclusionPromise, "isTLogEntryWithInclusionPromise");
    function isTLogEntryWithInclusionProof(entry) {
      return entry.inclusionProof !== void 0;
    }
    (0, import_part_MRALY75J.__name)(isTLogEntryWithInclusionProof, "isTLogEntryWithInclusionProof");
  }
});
var require_verifier2 = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/verifier.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Verifier = void 0;
    var util_1 = (0, import_part_MRALY75J.__require)("util");
    var error_1 = require_error4();
    var key_1 = require_key();
    var policy_1 = require_policy();
    var timestamp_1 = require_timestamp2();
    var tlog_1 = require_tlog();
    var Verifier = class {
      static {
        (0, import_part_MRALY75J.__name)(this, "Verifier");
      }
      trustMaterial;
      options;
      constructor(trustMaterial, options = {}) {
        this.trustMaterial = trustMaterial;
        this.options = {
          ctlogThreshold: options.ctlogThreshold ?? 1,
          tlogThreshold: options.tlogThreshold ?? 1,
          timestampThreshold: options.timestampThreshold ?? options.tsaThreshold ?? 1,
          tsaThreshold: 0
        };
      }
      verify(entity, policy) {
        const timestamps = this.verifyTimestamps(entity);
        const signer = this.verifySigningKey(entity, timestamps);
        this.verifyTLogs(entity);
        this.verifySignature(entity, signer);
        if (policy) {
          this.verifyPolicy(policy, signer.identity || {});
        }
        return signer;
      }
      // Checks that all of the timestamps in the entity are valid and returns them
      verifyTimestamps(entity) {
        const timestamps = [];
        for (const timestamp of entity.timestamps) {
          switch (timestamp.$case) {
            case "timestamp-authority":
              timestamps.push((0, timestamp_1.getTSATimestamp)(timestamp.timestamp, entity.signature.signature, this.trustMaterial.timestampAuthorities));
              break;
            case "transparency-log": {
              const result = (0, timestamp_1.getTLogTimestamp)(timestamp.tlogEntry);
              if (result) {
                timestamps.push(result);
              }
              break;
            }
          }
        }
        if (containsDupes2(timestamps)) {
          throw new error_1.VerificationError({
            code: "TIMESTAMP_ERROR",
            message: "duplicate timestamp"
          });
        }
        if (timestamps.length < this.options.timestampThreshold) {
          throw new error_1.VerificationError({
            code: "TIMESTAMP_ERROR",
            message: `expected ${this.options.timestampThreshold} timestamps, got ${timestamps.length}`
          });
        }
        return timestamps.map((t) => t.timestamp);
      }
      // Checks that the signing key is valid for all of the the supplied timestamps
      // and returns the signer.
      verifySigningKey({ key }, timestamps) {
        switch (key.$case) {
          case "public-key": {
            return (0, key_1.verifyPublicKey)(key.hint, timestamps, this.trustMaterial);
          }
          case "certificate": {
            const result = (0, key_1.verifyCertificate)(key.certificate, timestamps, this.trustMaterial);
            if (containsDupes2(result.scts)) {
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: "duplicate SCT"
              });
            }
            if (result.scts.length < this.options.ctlogThreshold) {
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: `expected ${this.options.ctlogThreshold} SCTs, got ${result.scts.length}`
              });
            }
            return result.signer;
          }
        }
      }
      // Checks that the tlog entries are valid for the supplied content
      verifyTLogs({ signature: content, tlogEntries }) {
        const entryIDs = [];
        tlogEntries.forEach((entry) => {
          (0, tlog_1.verifyTLogInclusion)(entry, this.trustMaterial.tlogs);
          (0, tlog_1.verifyTLogBody)(entry, content);
          entryIDs.push({
            logID: entry.logId.keyId,
            body: entry.canonicalizedBody
          });
        });
        if (containsDupes2(entryIDs)) {
          throw new error_1.VerificationError({
            code: "TLOG_ERROR",
            message: "duplicate tlog entry"
          });
        }
        if (entryIDs.length < this.options.tlogThreshold) {
          throw new error_1.VerificationError({
            code: "TLOG_ERROR",
            message: `expected ${this.options.tlogThreshold} tlog entries, got ${entryIDs.length}`
          });
        }
      }
      // Checks that the signature is valid for the supplied content
      verifySignature(entity, signer) {
        if (!entity.signature.verifySignature(signer.key)) {
          throw new error_1.VerificationError({
            code: "SIGNATURE_ERROR",
            message: "signature verification failed"
          });
        }
      }
      verifyPolicy(policy, identity) {
        if (policy.subjectAlternativeName) {
          (0, policy_1.verifySubjectAlternativeName)(policy.subjectAlternativeName, identity.subjectAlternativeName);
        }
        if (policy.extensions) {
          (0, policy_1.verifyExtensions)(policy.extensions, identity.extensions);
        }
        if (policy.oids) {
          (0, policy_1.verifyOIDs)(policy.oids, identity.oids);
        }
      }
    };
    exports.Verifier = Verifier;
    function containsDupes2(arr) {
      for (let i = 0; i < arr.length; i++) {
        for (let j = i + 1; j < arr.length; j++) {
          if ((0, util_1.isDeepStrictEqual)(arr[i], arr[j])) {
            return true;
          }
        }
      }
      return false;
    }
    (0, import_part_MRALY75J.__name)(containsDupes2, "containsDupes");
  }
});
var require_dist4 = (0, import_part_MRALY75J.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Verifier = exports.toTrustMaterial = exports.VerificationError = exports.PolicyError = exports.toSignedEntity = void 0;
    var bundle_1 = require_bundle2();
    Object.defineProperty(exports, "toSignedEntity", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return bundle_1.toSignedEntity;
    }, "get") });
    var error_1 = require_error4();
    Object.defineProperty(exports, "PolicyError", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return error_1.PolicyError;
    }, "get") });
    Object.defineProperty(exports, "VerificationError", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return error_1.VerificationError;
    }, "get") });
    var trust_1 = require_trust();
    Object.defineProperty(exports, "toTrustMaterial", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return trust_1.toTrustMaterial;
    }, "get") });
    var verifier_1 = require_verifier2();
    Object.defineProperty(exports, "Verifier", { enumerable: true, get: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function() {
      return verifier_1.Verifier;
    }, "get") });
  }
});
var SERVICES = {
  IDENTITY_TOKEN_FAILED: "the OIDC token issuer",
  CERTIFICATE_FAILED: "Fulcio",
  TLOG_FAILED: "Rekor",
  TIMESTAMP_FAILED: "the timestamp authority",
  STORAGE_FAILED: "the registry"
};
function sigstoreErrorKind(options) {
  const { code, status } = options;
  switch (code) {
    case "IDENTITY_TOKEN_FAILED":
    case "CERTIFICATE_FAILED":
    case "TLOG_FAILED":
    case "TIMESTAMP_FAILED":
    case "STORAGE_FAILED":
      return "remote";
    case "INVALID_BUNDLE":
    case "VERIFICATION_FAILED":
    case "POLICY_FAILED":
      return "verification";
    case "TRUST_ROOT":
      return status === void 0 ? "configuration" : "remote";
    case "INVALID_INSTANCE":
    case "INVALID_INPUT":
      return "configuration";
    case "SIGNING_FAILED":
      return "internal";
  }
}
(0, import_part_MRALY75J.__name)(sigstoreErrorKind, "sigstoreErrorKind");
var SigstoreError = class extends Error {
  static {
    (0, import_part_MRALY75J.__name)(this, "SigstoreError");
  }
  code;
  /** The failure kind this code means (see sigstoreErrorKind). */
  kind;
  /** What to check, for a service's refusal or failure. */
  hint;
  /** The HTTP status, when a Sigstore service (Fulcio, Rekor, TSA) answered with an error. */
  status;
  constructor(options) {
    super(options.message, { cause: options.cause });
    this.name = "SigstoreError";
    this.code = options.code;
    this.status = options.status;
    this.kind = sigstoreErrorKind(options);
    const service = SERVICES[options.code];
    this.hint = this.kind !== "remote" || service === void 0 ? void 0 : options.status !== void 0 && options.status >= 500 ? `the status of ${service}: it failed on its side; re-run the job when it answers again` : `that ${service} is reachable from the runner at the URL given to the step, and that it accepts this job's identity`;
  }
};
var U32_MASK64 = /* @__PURE__ */ (() => BigInt(2 ** 32 - 1))();
var _32n = /* @__PURE__ */ BigInt(32);
function fromBig(n, le = false) {
  if (le)
    return { h: Number(n & U32_MASK64), l: Number(n >> _32n & U32_MASK64) };
  return { h: Number(n >> _32n & U32_MASK64) | 0, l: Number(n & U32_MASK64) | 0 };
}
(0, import_part_MRALY75J.__name)(fromBig, "fromBig");
function split(lst, le = false) {
  const len = lst.length;
  let Ah = new Uint32Array(len);
  let Al = new Uint32Array(len);
  for (let i = 0; i < len; i++) {
    const { h, l } = fromBig(lst[i], le);
    [Ah[i], Al[i]] = [h, l];
  }
  return [Ah, Al];
}
(0, import_part_MRALY75J.__name)(split, "split");
var fromNumH = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((n) => n / 2 ** 32 | 0, "fromNumH");
var fromNumL = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((n) => n >>> 0, "fromNumL");
function setU64FromNum(view, byteOffset, n, isLE) {
  const h = fromNumH(n);
  const l = fromNumL(n);
  view.setUint32(byteOffset, isLE ? l : h, isLE);
  view.setUint32(byteOffset + 4, isLE ? h : l, isLE);
}
(0, import_part_MRALY75J.__name)(setU64FromNum, "setU64FromNum");
var shrSH = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((h, _l, s) => h >>> s, "shrSH");
var shrSL = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((h, l, s) => h << 32 - s | l >>> s, "shrSL");
var rotrSH = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((h, l, s) => h >>> s | l << 32 - s, "rotrSH");
var rotrSL = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((h, l, s) => h << 32 - s | l >>> s, "rotrSL");
var rotrBH = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((h, l, s) => h << 64 - s | l >>> s - 32, "rotrBH");
var rotrBL = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((h, l, s) => h >>> s - 32 | l << 64 - s, "rotrBL");
function add(Ah, Al, Bh, Bl) {
  const l = (Al >>> 0) + (Bl >>> 0);
  return { h: Ah + Bh + (l / 2 ** 32 | 0) | 0, l: l | 0 };
}
(0, import_part_MRALY75J.__name)(add, "add");
var add3L = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((Al, Bl, Cl) => (Al >>> 0) + (Bl >>> 0) + (Cl >>> 0), "add3L");
var add3H = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((low, Ah, Bh, Ch) => Ah + Bh + Ch + (low / 2 ** 32 | 0) | 0, "add3H");
var add4L = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((Al, Bl, Cl, Dl) => (Al >>> 0) + (Bl >>> 0) + (Cl >>> 0) + (Dl >>> 0), "add4L");
var add4H = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((low, Ah, Bh, Ch, Dh) => Ah + Bh + Ch + Dh + (low / 2 ** 32 | 0) | 0, "add4H");
var add5L = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((Al, Bl, Cl, Dl, El) => (Al >>> 0) + (Bl >>> 0) + (Cl >>> 0) + (Dl >>> 0) + (El >>> 0), "add5L");
var add5H = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((low, Ah, Bh, Ch, Dh, Eh) => Ah + Bh + Ch + Dh + Eh + (low / 2 ** 32 | 0) | 0, "add5H");
function isBytes(a) {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
}
(0, import_part_MRALY75J.__name)(isBytes, "isBytes");
var atitle = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((title) => title ? `"${title}" ` : "", "atitle");
function anumber(n, title = "") {
  if (typeof n !== "number")
    throw new TypeError(atitle(title) + "expected number, got " + typeof n);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(atitle(title) + "expected integer >= 0, got " + n);
  return n;
}
(0, import_part_MRALY75J.__name)(anumber, "anumber");
function abytes(value, length, title = "") {
  if (isBytes(value) && (length === void 0 || value.length === length))
    return value;
  if (length !== void 0)
    anumber(length, "length");
  const bytes2 = isBytes(value);
  const ofLen = length !== void 0 ? ` of length ${length}` : "";
  const got = bytes2 ? `length=${value.length}` : `type=${typeof value}`;
  const message = atitle(title) + "expected Uint8Array" + ofLen + ", got " + got;
  if (!bytes2)
    throw new TypeError(message);
  throw new RangeError(message);
}
(0, import_part_MRALY75J.__name)(abytes, "abytes");
function ahash(h) {
  if (typeof h !== "function" || typeof h.create !== "function")
    throw new TypeError("expected hash wrapped by utils.createHasher");
  anumber(h.outputLen);
  anumber(h.blockLen);
  if (h.outputLen < 1 || h.blockLen < 1)
    throw new Error("hash blockLen / outputLen must be >= 1");
}
(0, import_part_MRALY75J.__name)(ahash, "ahash");
var aobject = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((value, label) => {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError((label === "object" ? "" : `"${label}" `) + "expected object, got type=" + typeof value);
}, "aobject");
var aopts = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((value, label) => {
  aobject(value, label);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw new TypeError(`"${label}" expected plain object`);
  if (Object.hasOwn(value, "__proto__"))
    throw new TypeError(`"${label}.__proto__" is not allowed`);
}, "aopts");
function aexists(instance, checkFinished = true) {
  if (instance.destroyed)
    throw new Error("hash was destroyed");
  if (checkFinished && instance.finished)
    throw new Error("digest() was already called");
}
(0, import_part_MRALY75J.__name)(aexists, "aexists");
function aoutput(out, instance) {
  abytes(out, void 0, "output");
  const min = instance.outputLen;
  if (!(out.length >= min)) {
    throw new RangeError('"output" expected length >= ' + min);
  }
}
(0, import_part_MRALY75J.__name)(aoutput, "aoutput");
function clean(...arrays) {
  for (let i = 0; i < arrays.length; i++) {
    arrays[i].fill(0);
  }
}
(0, import_part_MRALY75J.__name)(clean, "clean");
function createView(arr) {
  return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}
(0, import_part_MRALY75J.__name)(createView, "createView");
function rotr(word, shift) {
  return word << 32 - shift | word >>> shift;
}
(0, import_part_MRALY75J.__name)(rotr, "rotr");
var hasHexBuiltin = /* @__PURE__ */ (() => (
  // @ts-ignore
  typeof Uint8Array.from([]).toHex === "function" && typeof Uint8Array.fromHex === "function"
))();
var hexes = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
function bytesToHex(bytes2) {
  abytes(bytes2);
  if (hasHexBuiltin)
    return bytes2.toHex();
  let hex = "";
  for (let i = 0; i < bytes2.length; i++) {
    hex += hexes[bytes2[i]];
  }
  return hex;
}
(0, import_part_MRALY75J.__name)(bytesToHex, "bytesToHex");
function asciiToBase16(ch) {
  return ch >= 48 && ch <= 57 ? ch - 48 : ch >= 65 && ch <= 70 ? ch - (65 - 10) : ch >= 97 && ch <= 102 ? ch - (97 - 10) : void 0;
}
(0, import_part_MRALY75J.__name)(asciiToBase16, "asciiToBase16");
function hexToBytes(hex) {
  if (typeof hex !== "string")
    throw new TypeError("hex string expected, got " + typeof hex);
  if (hasHexBuiltin) {
    try {
      return Uint8Array.fromHex(hex);
    } catch (error) {
      if (error instanceof SyntaxError)
        throw new RangeError(error.message);
      throw error;
    }
  }
  const hl = hex.length;
  const al = hl / 2;
  if (hl % 2)
    throw new RangeError("hex string expected, got unpadded hex of length " + hl);
  const array2 = new Uint8Array(al);
  for (let ai = 0, hi = 0; ai < al; ai++, hi += 2) {
    const n1 = asciiToBase16(hex.charCodeAt(hi));
    const n2 = asciiToBase16(hex.charCodeAt(hi + 1));
    if (n1 === void 0 || n2 === void 0) {
      const char = hex[hi] + hex[hi + 1];
      throw new RangeError('hex string expected, got non-hex character "' + char + '" at index ' + hi);
    }
    array2[ai] = n1 * 16 + n2;
  }
  return array2;
}
(0, import_part_MRALY75J.__name)(hexToBytes, "hexToBytes");
function concatBytes(...arrays) {
  let sum = 0;
  for (let i = 0; i < arrays.length; i++) {
    const a = arrays[i];
    abytes(a);
    sum += a.length;
  }
  const res = new Uint8Array(sum);
  for (let i = 0, pad = 0; i < arrays.length; i++) {
    const a = arrays[i];
    res.set(a, pad);
    pad += a.length;
  }
  return res;
}
(0, import_part_MRALY75J.__name)(concatBytes, "concatBytes");
function checkOpts(defaults, opts, title = "opts") {
  aopts(defaults, "defaults");
  if (opts !== void 0)
    aopts(opts, title);
  const merged = Object.assign(/* @__PURE__ */ Object.create(null), defaults, opts);
  return merged;
}
(0, import_part_MRALY75J.__name)(checkOpts, "checkOpts");
function createHasher(hashCons, info = {}) {
  if (typeof hashCons !== "function")
    throw new TypeError('"hashCons" expected function, got type=' + typeof hashCons);
  info = checkOpts({}, info, "info");
  const hashC = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((msg, opts) => hashCons(opts).update(msg).digest(), "hashC");
  const tmp = hashCons(void 0);
  hashC.outputLen = tmp.outputLen;
  hashC.blockLen = tmp.blockLen;
  hashC.canXOF = tmp.canXOF;
  hashC.create = (opts) => hashCons(opts);
  Object.assign(hashC, info);
  return Object.freeze(hashC);
}
(0, import_part_MRALY75J.__name)(createHasher, "createHasher");
function randomBytes(bytesLength = 32) {
  anumber(bytesLength, "bytesLength");
  const cr = typeof globalThis === "object" ? globalThis.crypto : null;
  if (typeof cr?.getRandomValues !== "function")
    throw new Error("crypto.getRandomValues must be defined");
  if (bytesLength > 65536)
    throw new RangeError(`"bytesLength" expected <= 65536, got ${bytesLength}`);
  return cr.getRandomValues(new Uint8Array(bytesLength));
}
(0, import_part_MRALY75J.__name)(randomBytes, "randomBytes");
var oidNist = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((suffix) => ({
  // Current NIST hashAlgs suffixes used here fit in one DER subidentifier octet.
  // Larger suffix values would need base-128 OID encoding and a different length byte.
  oid: Uint8Array.from([6, 9, 96, 134, 72, 1, 101, 3, 4, 2, suffix])
}), "oidNist");
function Chi(a, b, c) {
  return a & b ^ ~a & c;
}
(0, import_part_MRALY75J.__name)(Chi, "Chi");
function Maj(a, b, c) {
  return a & b ^ a & c ^ b & c;
}
(0, import_part_MRALY75J.__name)(Maj, "Maj");
var HashMD = class {
  static {
    (0, import_part_MRALY75J.__name)(this, "HashMD");
  }
  blockLen;
  outputLen;
  canXOF = false;
  padOffset;
  isLE;
  // For partial updates less than block size
  buffer;
  view;
  finished = false;
  length = 0;
  pos = 0;
  destroyed = false;
  constructor(blockLen, outputLen, padOffset, isLE) {
    this.blockLen = blockLen;
    this.outputLen = outputLen;
    this.padOffset = padOffset;
    this.isLE = isLE;
    this.buffer = new Uint8Array(blockLen);
    this.view = createView(this.buffer);
  }
  update(data) {
    aexists(this);
    abytes(data);
    const { view, buffer, blockLen } = this;
    const len = data.length;
    let processed = false;
    for (let pos = 0; pos < len; ) {
      const take = Math.min(blockLen - this.pos, len - pos);
      if (take === blockLen) {
        const dataView = createView(data);
        for (; blockLen <= len - pos; pos += blockLen)
          this.process(dataView, pos);
        processed = true;
        continue;
      }
      buffer.set(pos === 0 && take === len ? data : data.subarray(pos, pos + take), this.pos);
      this.pos += take;
      pos += take;
      if (this.pos === blockLen) {
        this.process(view, 0);
        this.pos = 0;
        processed = true;
      }
    }
    this.length += data.length;
    if (processed)
      this.roundClean();
    return this;
  }
  digestInto(out) {
    aexists(this);
    aoutput(out, this);
    this.finished = true;
    const { buffer, view, blockLen, isLE } = this;
    let { pos } = this;
    buffer[pos++] = 128;
    buffer.fill(0, pos);
    if (this.padOffset > blockLen - pos) {
      this.process(view, 0);
      buffer.fill(0);
    }
    setU64FromNum(view, blockLen - 8, this.length * 8, isLE);
    this.process(view, 0);
    this.roundClean();
    const oview = out === buffer ? view : createView(out);
    const len = this.outputLen;
    const outLen = len / 4;
    const state = this.get();
    if (len % 4 || outLen > state.length)
      throw new Error("invalid outputLen");
    for (let i = 0; i < outLen; i++)
      oview.setUint32(4 * i, state[i], isLE);
  }
  digest() {
    const { buffer, outputLen } = this;
    this.digestInto(buffer);
    const res = buffer.slice(0, outputLen);
    this.destroy();
    return res;
  }
  _cloneIntoMeta(to) {
    const { buffer, length, finished, destroyed, pos } = this;
    to.destroyed = destroyed;
    to.finished = finished;
    to.length = length;
    to.pos = pos;
    if (pos)
      to.buffer.set(buffer);
    return to;
  }
  clone() {
    return this._cloneInto();
  }
};
var SHA256_IV = /* @__PURE__ */ Uint32Array.from([
  1779033703,
  3144134277,
  1013904242,
  2773480762,
  1359893119,
  2600822924,
  528734635,
  1541459225
]);
var SHA384_IV = /* @__PURE__ */ Uint32Array.from([
  3418070365,
  3238371032,
  1654270250,
  914150663,
  2438529370,
  812702999,
  355462360,
  4144912697,
  1731405415,
  4290775857,
  2394180231,
  1750603025,
  3675008525,
  1694076839,
  1203062813,
  3204075428
]);
var SHA512_IV = /* @__PURE__ */ Uint32Array.from([
  1779033703,
  4089235720,
  3144134277,
  2227873595,
  1013904242,
  4271175723,
  2773480762,
  1595750129,
  1359893119,
  2917565137,
  2600822924,
  725511199,
  528734635,
  4215389547,
  1541459225,
  327033209
]);
var SHA256_K = /* @__PURE__ */ Uint32Array.from([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
var SHA256_W = /* @__PURE__ */ new Uint32Array(64);
var SHA2_32B = class extends HashMD {
  static {
    (0, import_part_MRALY75J.__name)(this, "SHA2_32B");
  }
  // We cannot use array here since array allows indexing by variable
  // which means optimizer/compiler cannot use registers.
  // Numeric initializers matter: starting the fields as `undefined` changes
  // V8's field representation and makes sha256 3x slower (measured).
  A = 0;
  B = 0;
  C = 0;
  D = 0;
  E = 0;
  F = 0;
  G = 0;
  H = 0;
  constructor(outputLen, IV) {
    super(64, outputLen, 8, false);
    this.A = IV[0] | 0;
    this.B = IV[1] | 0;
    this.C = IV[2] | 0;
    this.D = IV[3] | 0;
    this.E = IV[4] | 0;
    this.F = IV[5] | 0;
    this.G = IV[6] | 0;
    this.H = IV[7] | 0;
  }
  get() {
    const { A, B, C, D, E, F, G, H } = this;
    return [A, B, C, D, E, F, G, H];
  }
  // prettier-ignore
  set(A, B, C, D, E, F, G, H) {
    this.A = A | 0;
    this.B = B | 0;
    this.C = C | 0;
    this.D = D | 0;
    this.E = E | 0;
    this.F = F | 0;
    this.G = G | 0;
    this.H = H | 0;
  }
  _cloneInto(to) {
    (to ||= new this.constructor()).set(...this.get());
    return this._cloneIntoMeta(to);
  }
  process(view, offset) {
    for (let i = 0; i < 16; i++, offset += 4)
      SHA256_W[i] = view.getUint32(offset, false);
    for (let i = 16; i < 64; i++) {
      const W15 = SHA256_W[i - 15];
      const W2 = SHA256_W[i - 2];
      const s0 = rotr(W15, 7) ^ rotr(W15, 18) ^ W15 >>> 3;
      const s1 = rotr(W2, 17) ^ rotr(W2, 19) ^ W2 >>> 10;
      SHA256_W[i] = s1 + SHA256_W[i - 7] + s0 + SHA256_W[i - 16] | 0;
    }
    let { A, B, C, D, E, F, G, H } = this;
    for (let i = 0; i < 64; i++) {
      const sigma1 = rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25);
      const T1 = H + sigma1 + Chi(E, F, G) + SHA256_K[i] + SHA256_W[i] | 0;
      const sigma0 = rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22);
      const T2 = sigma0 + Maj(A, B, C) | 0;
      H = G;
      G = F;
      F = E;
      E = D + T1 | 0;
      D = C;
      C = B;
      B = A;
      A = T1 + T2 | 0;
    }
    A = A + this.A | 0;
    B = B + this.B | 0;
    C = C + this.C | 0;
    D = D + this.D | 0;
    E = E + this.E | 0;
    F = F + this.F | 0;
    G = G + this.G | 0;
    H = H + this.H | 0;
    this.set(A, B, C, D, E, F, G, H);
  }
  roundClean() {
    clean(SHA256_W);
  }
  destroy() {
    this.destroyed = true;
    this.set(0, 0, 0, 0, 0, 0, 0, 0);
    clean(this.buffer);
  }
};
var _SHA256 = class extends SHA2_32B {
  static {
    (0, import_part_MRALY75J.__name)(this, "_SHA256");
  }
  constructor() {
    super(32, SHA256_IV);
  }
};
var K512 = /* @__PURE__ */ (() => split([
  "0x428a2f98d728ae22",
  "0x7137449123ef65cd",
  "0xb5c0fbcfec4d3b2f",
  "0xe9b5dba58189dbbc",
  "0x3956c25bf348b538",
  "0x59f111f1b605d019",
  "0x923f82a4af194f9b",
  "0xab1c5ed5da6d8118",
  "0xd807aa98a3030242",
  "0x12835b0145706fbe",
  "0x243185be4ee4b28c",
  "0x550c7dc3d5ffb4e2",
  "0x72be5d74f27b896f",
  "0x80deb1fe3b1696b1",
  "0x9bdc06a725c71235",
  "0xc19bf174cf692694",
  "0xe49b69c19ef14ad2",
  "0xefbe4786384f25e3",
  "0x0fc19dc68b8cd5b5",
  "0x240ca1cc77ac9c65",
  "0x2de92c6f592b0275",
  "0x4a7484aa6ea6e483",
  "0x5cb0a9dcbd41fbd4",
  "0x76f988da831153b5",
  "0x983e5152ee66dfab",
  "0xa831c66d2db43210",
  "0xb00327c898fb213f",
  "0xbf597fc7beef0ee4",
  "0xc6e00bf33da88fc2",
  "0xd5a79147930aa725",
  "0x06ca6351e003826f",
  "0x142929670a0e6e70",
  "0x27b70a8546d22ffc",
  "0x2e1b21385c26c926",
  "0x4d2c6dfc5ac42aed",
  "0x53380d139d95b3df",
  "0x650a73548baf63de",
  "0x766a0abb3c77b2a8",
  "0x81c2c92e47edaee6",
  "0x92722c851482353b",
  "0xa2bfe8a14cf10364",
  "0xa81a664bbc423001",
  "0xc24b8b70d0f89791",
  "0xc76c51a30654be30",
  "0xd192e819d6ef5218",
  "0xd69906245565a910",
  "0xf40e35855771202a",
  "0x106aa07032bbd1b8",
  "0x19a4c116b8d2d0c8",
  "0x1e376c085141ab53",
  "0x2748774cdf8eeb99",
  "0x34b0bcb5e19b48a8",
  "0x391c0cb3c5c95a63",
  "0x4ed8aa4ae3418acb",
  "0x5b9cca4f7763e373",
  "0x682e6ff3d6b2b8a3",
  "0x748f82ee5defb2fc",
  "0x78a5636f43172f60",
  "0x84c87814a1f0ab72",
  "0x8cc702081a6439ec",
  "0x90befffa23631e28",
  "0xa4506cebde82bde9",
  "0xbef9a3f7b2c67915",
  "0xc67178f2e372532b",
  "0xca273eceea26619c",
  "0xd186b8c721c0c207",
  "0xeada7dd6cde0eb1e",
  "0xf57d4f7fee6ed178",
  "0x06f067aa72176fba",
  "0x0a637dc5a2c898a6",
  "0x113f9804bef90dae",
  "0x1b710b35131c471b",
  "0x28db77f523047d84",
  "0x32caab7b40c72493",
  "0x3c9ebe0a15c9bebc",
  "0x431d67c49c100d4c",
  "0x4cc5d4becb3e42b6",
  "0x597f299cfc657e2a",
  "0x5fcb6fab3ad6faec",
  "0x6c44198c4a475817"
].map((n) => BigInt(n))))();
var SHA512_Kh = /* @__PURE__ */ (() => K512[0])();
var SHA512_Kl = /* @__PURE__ */ (() => K512[1])();
var SHA512_W_H = /* @__PURE__ */ new Uint32Array(80);
var SHA512_W_L = /* @__PURE__ */ new Uint32Array(80);
var SHA2_64B = class extends HashMD {
  static {
    (0, import_part_MRALY75J.__name)(this, "SHA2_64B");
  }
  // We cannot use array here since array allows indexing by variable
  // which means optimizer/compiler cannot use registers.
  // h -- high 32 bits, l -- low 32 bits
  // Numeric initializers matter: starting the fields as `undefined` changes
  // V8's field representation and slows hashing down (measured on sha256).
  Ah = 0;
  Al = 0;
  Bh = 0;
  Bl = 0;
  Ch = 0;
  Cl = 0;
  Dh = 0;
  Dl = 0;
  Eh = 0;
  El = 0;
  Fh = 0;
  Fl = 0;
  Gh = 0;
  Gl = 0;
  Hh = 0;
  Hl = 0;
  constructor(outputLen, IV) {
    super(128, outputLen, 16, false);
    this.Ah = IV[0] | 0;
    this.Al = IV[1] | 0;
    this.Bh = IV[2] | 0;
    this.Bl = IV[3] | 0;
    this.Ch = IV[4] | 0;
    this.Cl = IV[5] | 0;
    this.Dh = IV[6] | 0;
    this.Dl = IV[7] | 0;
    this.Eh = IV[8] | 0;
    this.El = IV[9] | 0;
    this.Fh = IV[10] | 0;
    this.Fl = IV[11] | 0;
    this.Gh = IV[12] | 0;
    this.Gl = IV[13] | 0;
    this.Hh = IV[14] | 0;
    this.Hl = IV[15] | 0;
  }
  // prettier-ignore
  get() {
    const { Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl } = this;
    return [Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl];
  }
  // prettier-ignore
  set(Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl) {
    this.Ah = Ah | 0;
    this.Al = Al | 0;
    this.Bh = Bh | 0;
    this.Bl = Bl | 0;
    this.Ch = Ch | 0;
    this.Cl = Cl | 0;
    this.Dh = Dh | 0;
    this.Dl = Dl | 0;
    this.Eh = Eh | 0;
    this.El = El | 0;
    this.Fh = Fh | 0;
    this.Fl = Fl | 0;
    this.Gh = Gh | 0;
    this.Gl = Gl | 0;
    this.Hh = Hh | 0;
    this.Hl = Hl | 0;
  }
  _cloneInto(to) {
    (to ||= new this.constructor()).set(...this.get());
    return this._cloneIntoMeta(to);
  }
  process(view, offset) {
    for (let i = 0; i < 16; i++, offset += 4) {
      SHA512_W_H[i] = view.getUint32(offset);
      SHA512_W_L[i] = view.getUint32(offset += 4);
    }
    for (let i = 16; i < 80; i++) {
      const W15h = SHA512_W_H[i - 15] | 0;
      const W15l = SHA512_W_L[i - 15] | 0;
      const s0h = rotrSH(W15h, W15l, 1) ^ rotrSH(W15h, W15l, 8) ^ shrSH(W15h, W15l, 7);
      const s0l = rotrSL(W15h, W15l, 1) ^ rotrSL(W15h, W15l, 8) ^ shrSL(W15h, W15l, 7);
      const W2h = SHA512_W_H[i - 2] | 0;
      const W2l = SHA512_W_L[i - 2] | 0;
      const s1h = rotrSH(W2h, W2l, 19) ^ rotrBH(W2h, W2l, 61) ^ shrSH(W2h, W2l, 6);
      const s1l = rotrSL(W2h, W2l, 19) ^ rotrBL(W2h, W2l, 61) ^ shrSL(W2h, W2l, 6);
      const SUMl = add4L(s0l, s1l, SHA512_W_L[i - 7], SHA512_W_L[i - 16]);
      const SUMh = add4H(SUMl, s0h, s1h, SHA512_W_H[i - 7], SHA512_W_H[i - 16]);
      SHA512_W_H[i] = SUMh | 0;
      SHA512_W_L[i] = SUMl | 0;
    }
    let { Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl } = this;
    for (let i = 0; i < 80; i++) {
      const sigma1h = rotrSH(Eh, El, 14) ^ rotrSH(Eh, El, 18) ^ rotrBH(Eh, El, 41);
      const sigma1l = rotrSL(Eh, El, 14) ^ rotrSL(Eh, El, 18) ^ rotrBL(Eh, El, 41);
      const CHIh = Eh & Fh ^ ~Eh & Gh;
      const CHIl = El & Fl ^ ~El & Gl;
      const T1ll = add5L(Hl, sigma1l, CHIl, SHA512_Kl[i], SHA512_W_L[i]);
      const T1h = add5H(T1ll, Hh, sigma1h, CHIh, SHA512_Kh[i], SHA512_W_H[i]);
      const T1l = T1ll | 0;
      const sigma0h = rotrSH(Ah, Al, 28) ^ rotrBH(Ah, Al, 34) ^ rotrBH(Ah, Al, 39);
      const sigma0l = rotrSL(Ah, Al, 28) ^ rotrBL(Ah, Al, 34) ^ rotrBL(Ah, Al, 39);
      const MAJh = Ah & Bh ^ Ah & Ch ^ Bh & Ch;
      const MAJl = Al & Bl ^ Al & Cl ^ Bl & Cl;
      Hh = Gh | 0;
      Hl = Gl | 0;
      Gh = Fh | 0;
      Gl = Fl | 0;
      Fh = Eh | 0;
      Fl = El | 0;
      ({ h: Eh, l: El } = add(Dh | 0, Dl | 0, T1h | 0, T1l | 0));
      Dh = Ch | 0;
      Dl = Cl | 0;
      Ch = Bh | 0;
      Cl = Bl | 0;
      Bh = Ah | 0;
      Bl = Al | 0;
      const All = add3L(T1l, sigma0l, MAJl);
      Ah = add3H(All, T1h, sigma0h, MAJh);
      Al = All | 0;
    }
    ({ h: Ah, l: Al } = add(this.Ah | 0, this.Al | 0, Ah | 0, Al | 0));
    ({ h: Bh, l: Bl } = add(this.Bh | 0, this.Bl | 0, Bh | 0, Bl | 0));
    ({ h: Ch, l: Cl } = add(this.Ch | 0, this.Cl | 0, Ch | 0, Cl | 0));
    ({ h: Dh, l: Dl } = add(this.Dh | 0, this.Dl | 0, Dh | 0, Dl | 0));
    ({ h: Eh, l: El } = add(this.Eh | 0, this.El | 0, Eh | 0, El | 0));
    ({ h: Fh, l: Fl } = add(this.Fh | 0, this.Fl | 0, Fh | 0, Fl | 0));
    ({ h: Gh, l: Gl } = add(this.Gh | 0, this.Gl | 0, Gh | 0, Gl | 0));
    ({ h: Hh, l: Hl } = add(this.Hh | 0, this.Hl | 0, Hh | 0, Hl | 0));
    this.set(Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl);
  }
  roundClean() {
    clean(SHA512_W_H, SHA512_W_L);
  }
  destroy() {
    this.destroyed = true;
    clean(this.buffer);
    this.set(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }
};
var _SHA512 = class extends SHA2_64B {
  static {
    (0, import_part_MRALY75J.__name)(this, "_SHA512");
  }
  constructor() {
    super(64, SHA512_IV);
  }
};
var _SHA384 = class extends SHA2_64B {
  static {
    (0, import_part_MRALY75J.__name)(this, "_SHA384");
  }
  constructor() {
    super(48, SHA384_IV);
  }
};
var sha256 = /* @__PURE__ */ createHasher(
  () => new _SHA256(),
  /* @__PURE__ */ oidNist(1)
);
var sha512 = /* @__PURE__ */ createHasher(
  () => new _SHA512(),
  /* @__PURE__ */ oidNist(3)
);
var sha384 = /* @__PURE__ */ createHasher(
  () => new _SHA384(),
  /* @__PURE__ */ oidNist(2)
);
function aarray(item, title, inner = () => {
}) {
  if (!Array.isArray(item))
    throw new TypeError(`"${title}" expected array, got type=${typeof item}`);
  for (let i = 0; i < item.length; i++)
    inner(item[i], `${title}[${i}]`);
  return item;
}
(0, import_part_MRALY75J.__name)(aarray, "aarray");
var abytes2 = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((value, length, title) => abytes(value, length, title), "abytes");
var anumber2 = anumber;
function astring(value, title = "") {
  if (typeof value !== "string") {
    const prefix = title && `"${title}" `;
    throw new TypeError(prefix + "expected string, got type=" + typeof value);
  }
  return value;
}
(0, import_part_MRALY75J.__name)(astring, "astring");
function aobject2(value, title = "object") {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError(title === "object" ? "expected valid options object" : `"${title}" expected object, got type=${typeof value}`);
  return value;
}
(0, import_part_MRALY75J.__name)(aobject2, "aobject");
function afunction(value, title) {
  if (typeof value !== "function")
    throw new TypeError(`"${title}" is invalid: expected function, got ${typeof value}`);
  return value;
}
(0, import_part_MRALY75J.__name)(afunction, "afunction");
var bytesToHex2 = bytesToHex;
var concatBytes2 = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((...arrays) => concatBytes(...arrays), "concatBytes");
var hexToBytes2 = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((hex) => hexToBytes(hex), "hexToBytes");
var isBytes2 = isBytes;
var randomBytes2 = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((bytesLength) => randomBytes(bytesLength), "randomBytes");
var _0n = /* @__PURE__ */ BigInt(0);
var _1n = /* @__PURE__ */ BigInt(1);
var atitle2 = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((title) => title ? `"${title}" ` : "", "atitle");
function abool(value, title = "") {
  if (typeof value !== "boolean")
    throw new TypeError(atitle2(title) + "expected boolean, got type=" + typeof value);
  return value;
}
(0, import_part_MRALY75J.__name)(abool, "abool");
function abignumber(n) {
  if (typeof n === "bigint") {
    if (!isPosBig(n))
      throw new RangeError("positive bigint expected, got " + n);
  } else
    anumber2(n);
  return n;
}
(0, import_part_MRALY75J.__name)(abignumber, "abignumber");
function asafenumber(value, title = "") {
  if (typeof value !== "number") {
    const prefix = title && `"${title}" `;
    throw new TypeError(prefix + "expected number, got type=" + typeof value);
  }
  if (!Number.isSafeInteger(value)) {
    const prefix = title && `"${title}" `;
    throw new RangeError(prefix + "expected safe integer, got " + value);
  }
}
(0, import_part_MRALY75J.__name)(asafenumber, "asafenumber");
function numberToHexUnpadded(num) {
  const hex = abignumber(num).toString(16);
  return hex.length & 1 ? "0" + hex : hex;
}
(0, import_part_MRALY75J.__name)(numberToHexUnpadded, "numberToHexUnpadded");
function hexToNumber(hex) {
  if (typeof hex !== "string")
    throw new TypeError("hex string expected, got " + typeof hex);
  return hex === "" ? _0n : BigInt("0x" + hex);
}
(0, import_part_MRALY75J.__name)(hexToNumber, "hexToNumber");
function bytesToNumberBE(bytes2) {
  return hexToNumber(bytesToHex(bytes2));
}
(0, import_part_MRALY75J.__name)(bytesToNumberBE, "bytesToNumberBE");
function bytesToNumberLE(bytes2) {
  return hexToNumber(bytesToHex(copyBytes(abytes(bytes2)).reverse()));
}
(0, import_part_MRALY75J.__name)(bytesToNumberLE, "bytesToNumberLE");
function numberToBytesBE(n, len) {
  anumber(len);
  if (len === 0)
    throw new Error("zero output length is invalid");
  n = abignumber(n);
  const expectedLen = len * 2;
  const hex = n.toString(16);
  if (hex.length > expectedLen)
    throw new RangeError("number is too large");
  return hexToBytes(hex.padStart(expectedLen, "0"));
}
(0, import_part_MRALY75J.__name)(numberToBytesBE, "numberToBytesBE");
function numberToBytesLE(n, len) {
  return numberToBytesBE(n, len).reverse();
}
(0, import_part_MRALY75J.__name)(numberToBytesLE, "numberToBytesLE");
function copyBytes(bytes2) {
  return Uint8Array.from(abytes2(bytes2));
}
(0, import_part_MRALY75J.__name)(copyBytes, "copyBytes");
function isPosBig(n) {
  return typeof n === "bigint" && _0n <= n;
}
(0, import_part_MRALY75J.__name)(isPosBig, "isPosBig");
function inRange(n, min, max) {
  return isPosBig(n) && isPosBig(min) && isPosBig(max) && min <= n && n < max;
}
(0, import_part_MRALY75J.__name)(inRange, "inRange");
function aInRange(title, n, min, max) {
  if (!inRange(n, min, max))
    throw new RangeError("expected valid " + title + ": " + min + " <= n < " + max + ", got " + n);
}
(0, import_part_MRALY75J.__name)(aInRange, "aInRange");
function bitLen(n) {
  if (n < _0n)
    throw new Error("expected non-negative bigint, got " + n);
  return n === _0n ? 0 : n.toString(2).length;
}
(0, import_part_MRALY75J.__name)(bitLen, "bitLen");
var bitMask = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((n) => {
  asafenumber(n, "n");
  return (_1n << BigInt(n)) - _1n;
}, "bitMask");
function createHmacDrbg(hashLen, qByteLen, hmacFn) {
  anumber(hashLen, "hashLen");
  anumber(qByteLen, "qByteLen");
  if (typeof hmacFn !== "function")
    throw new TypeError("hmacFn must be a function");
  const u8n = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((len) => new Uint8Array(len), "u8n");
  const NULL = Uint8Array.of();
  const byte0 = Uint8Array.of(0);
  const byte1 = Uint8Array.of(1);
  const _maxDrbgIters = 1e3;
  let v = u8n(hashLen);
  let k = u8n(hashLen);
  let i = 0;
  const reset = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(() => {
    v.fill(1);
    k.fill(0);
    i = 0;
  }, "reset");
  const h = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((...msgs) => hmacFn(k, concatBytes2(v, ...msgs)), "h");
  const reseed = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((seed = NULL) => {
    k = h(byte0, seed);
    v = h();
    if (seed.length === 0)
      return;
    k = h(byte1, seed);
    v = h();
  }, "reseed");
  const gen = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(() => {
    if (i++ >= _maxDrbgIters)
      throw new Error("drbg: tried max amount of iterations");
    let len = 0;
    const out = [];
    while (len < qByteLen) {
      v = h();
      const sl = v.slice();
      out.push(sl);
      len += v.length;
    }
    return concatBytes2(...out);
  }, "gen");
  const genUntil = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((seed, pred) => {
    reset();
    reseed(seed);
    let res = void 0;
    while ((res = pred(gen())) === void 0)
      reseed();
    reset();
    return res;
  }, "genUntil");
  return genUntil;
}
(0, import_part_MRALY75J.__name)(createHmacDrbg, "createHmacDrbg");
function validateObject(object2, fields = {}, optFields = {}, title = "object") {
  aobject2(object2, title);
  aobject2(fields, "fields");
  aobject2(optFields, "optFields");
  function checkField(fieldName, expectedType, isOpt) {
    const label = title === "object" ? `param "${String(fieldName)}"` : `"${title}.${String(fieldName)}"`;
    const val = object2[fieldName];
    if (!Object.hasOwn(object2, fieldName) && (isOpt ? val !== void 0 : expectedType !== "function")) {
      throw new TypeError(`${label} is invalid: expected own property`);
    }
    if (isOpt && val === void 0)
      return;
    const current = typeof val;
    if (current !== expectedType || val === null)
      throw new TypeError(`${label} is invalid: expected ${expectedType}, got ${current}`);
  }
  (0, import_part_MRALY75J.__name)(checkField, "checkField");
  const iter = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((f, isOpt) => Object.entries(f).forEach(([k, v]) => checkField(k, v, isOpt)), "iter");
  iter(fields, false);
  iter(optFields, true);
}
(0, import_part_MRALY75J.__name)(validateObject, "validateObject");
var _0n2 = /* @__PURE__ */ BigInt(0);
var _1n2 = /* @__PURE__ */ BigInt(1);
var _2n = /* @__PURE__ */ BigInt(2);
var _3n = /* @__PURE__ */ BigInt(3);
var _4n = /* @__PURE__ */ BigInt(4);
var _5n = /* @__PURE__ */ BigInt(5);
var _7n = /* @__PURE__ */ BigInt(7);
var _8n = /* @__PURE__ */ BigInt(8);
var _9n = /* @__PURE__ */ BigInt(9);
var _15n = /* @__PURE__ */ BigInt(15);
var _16n = /* @__PURE__ */ BigInt(16);
var POW_WINDOWED_MIN = /* @__PURE__ */ BigInt("0x10000000000000000");
function mod(a, b) {
  if (b <= _0n2)
    throw new Error("mod: expected positive modulus, got " + b);
  const result = a % b;
  return result >= _0n2 ? result : b + result;
}
(0, import_part_MRALY75J.__name)(mod, "mod");
function pow(num, power, modulo) {
  if (modulo <= _1n2)
    throw new Error("pow: expected modulus > 1, got " + modulo);
  if (typeof power !== "bigint")
    throw new TypeError("invalid exponent: expected bigint, got " + typeof power);
  if (power < _0n2)
    throw new Error("invalid exponent, negatives unsupported");
  if (power === _0n2)
    return _1n2;
  if (power === _1n2)
    return num;
  let d = num % modulo;
  if (d < _0n2)
    d += modulo;
  if (power < POW_WINDOWED_MIN) {
    let p2 = _1n2;
    while (power > _0n2) {
      if (power & _1n2)
        p2 = p2 * d % modulo;
      d = d * d % modulo;
      power >>= _1n2;
    }
    return p2;
  }
  const digits = [];
  while (power > _0n2) {
    digits.push(Number(power & _15n));
    power >>= _4n;
  }
  const table = new Array(16);
  table[0] = _1n2;
  table[1] = d;
  for (let i = 2; i < 16; i++)
    table[i] = table[i - 1] * d % modulo;
  let p = table[digits[digits.length - 1]];
  for (let w = digits.length - 2; w >= 0; w--) {
    p = p * p % modulo;
    p = p * p % modulo;
    p = p * p % modulo;
    p = p * p % modulo;
    const digit = digits[w];
    if (digit !== 0)
      p = p * table[digit] % modulo;
  }
  return p;
}
(0, import_part_MRALY75J.__name)(pow, "pow");
function invert(number, modulo) {
  if (number === _0n2)
    throw new Error("invert: expected non-zero number");
  if (modulo <= _1n2)
    throw new Error("invert: expected modulus > 1, got " + modulo);
  let a = mod(number, modulo);
  let b = modulo;
  let x = _0n2, u = _1n2;
  while (a !== _0n2) {
    const q = b / a;
    const r = b - a * q;
    const m = x - u * q;
    b = a, a = r, x = u, u = m;
  }
  const gcd = b;
  if (gcd !== _1n2)
    throw new Error("invert: does not exist");
  return mod(x, modulo);
}
(0, import_part_MRALY75J.__name)(invert, "invert");
function invertCt(a, prime) {
  if (prime <= _1n2)
    throw new Error("invertCt: expected prime modulus > 1, got " + prime);
  const an = mod(a, prime);
  if (an === _0n2)
    throw new Error("invertCt: expected non-zero number");
  const inverse = pow(an, prime - _2n, prime);
  if (mod(an * inverse, prime) !== _1n2)
    throw new Error("invertCt: does not exist");
  return inverse;
}
(0, import_part_MRALY75J.__name)(invertCt, "invertCt");
function assertIsSquare(Fp, root, n) {
  const F = Fp;
  if (!F.eql(F.sqr(root), n))
    throw new Error("Cannot find square root");
}
(0, import_part_MRALY75J.__name)(assertIsSquare, "assertIsSquare");
function aoddModulus(order, fnName) {
  if ((order & _1n2) === _0n2)
    throw new Error(fnName + ": expected odd modulus, got " + order);
}
(0, import_part_MRALY75J.__name)(aoddModulus, "aoddModulus");
function sqrt3mod4(Fp, n) {
  const F = Fp;
  const p1div4 = (F.ORDER + _1n2) / _4n;
  const root = F.pow(n, p1div4);
  assertIsSquare(F, root, n);
  return root;
}
(0, import_part_MRALY75J.__name)(sqrt3mod4, "sqrt3mod4");
function sqrt5mod8(Fp, n) {
  const F = Fp;
  const p5div8 = (F.ORDER - _5n) / _8n;
  const n2 = F.mul(n, _2n);
  const v = F.pow(n2, p5div8);
  const nv = F.mul(n, v);
  const i = F.mul(F.mul(nv, _2n), v);
  const root = F.mul(nv, F.sub(i, F.ONE));
  assertIsSquare(F, root, n);
  return root;
}
(0, import_part_MRALY75J.__name)(sqrt5mod8, "sqrt5mod8");
function sqrt9mod16(P) {
  const Fp_ = Field(P);
  const tn = tonelliShanks(P);
  const c1 = tn(Fp_, Fp_.neg(Fp_.ONE));
  const c2 = tn(Fp_, c1);
  const c3 = tn(Fp_, Fp_.neg(c1));
  const c4 = (P + _7n) / _16n;
  return ((Fp, n) => {
    const F = Fp;
    let tv1 = F.pow(n, c4);
    let tv2 = F.mul(tv1, c1);
    const tv3 = F.mul(tv1, c2);
    const tv4 = F.mul(tv1, c3);
    const e1 = F.eql(F.sqr(tv2), n);
    const e2 = F.eql(F.sqr(tv3), n);
    tv1 = F.cmov(tv1, tv2, e1);
    tv2 = F.cmov(tv4, tv3, e2);
    const e3 = F.eql(F.sqr(tv2), n);
    const root = F.cmov(tv1, tv2, e3);
    assertIsSquare(F, root, n);
    return root;
  });
}
(0, import_part_MRALY75J.__name)(sqrt9mod16, "sqrt9mod16");
function tonelliShanks(P) {
  if (P < _3n)
    throw new Error("sqrt is not defined for small field");
  aoddModulus(P, "tonelliShanks");
  let Q = P - _1n2;
  let S = 0;
  while (Q % _2n === _0n2) {
    Q /= _2n;
    S++;
  }
  let Z = _2n;
  const _Fp = Field(P);
  while (FpLegendre(_Fp, Z) === 1) {
    if (Z++ > 1e3)
      throw new Error("Cannot find square root: probably non-prime P");
  }
  if (S === 1)
    return sqrt3mod4;
  let cc = _Fp.pow(Z, Q);
  const Q1div2 = (Q + _1n2) / _2n;
  return /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function tonelliSlow(Fp, n) {
    const F = Fp;
    if (F.is0(n))
      return n;
    if (FpLegendre(F, n) !== 1)
      throw new Error("Cannot find square root");
    let M = S;
    let c = F.mul(F.ONE, cc);
    let t = F.pow(n, Q);
    let R = F.pow(n, Q1div2);
    while (!F.eql(t, F.ONE)) {
      if (F.is0(t))
        throw new Error("Cannot find square root: probably non-prime P");
      let i = 1;
      let t_tmp = F.sqr(t);
      while (!F.eql(t_tmp, F.ONE)) {
        i++;
        t_tmp = F.sqr(t_tmp);
        if (i === M)
          throw new Error("Cannot find square root");
      }
      const exponent = _1n2 << BigInt(M - i - 1);
      const b = F.pow(c, exponent);
      M = i;
      c = F.sqr(b);
      t = F.mul(t, c);
      R = F.mul(R, b);
    }
    return R;
  }, "tonelliSlow");
}
(0, import_part_MRALY75J.__name)(tonelliShanks, "tonelliShanks");
function FpSqrt(P) {
  aoddModulus(P, "Fp.sqrt");
  if (P % _4n === _3n)
    return sqrt3mod4;
  if (P % _8n === _5n)
    return sqrt5mod8;
  if (P % _16n === _9n)
    return sqrt9mod16(P);
  return tonelliShanks(P);
}
(0, import_part_MRALY75J.__name)(FpSqrt, "FpSqrt");
var FIELD_FIELDS = [
  "create",
  "isValid",
  "is0",
  "neg",
  "inv",
  "sqrt",
  "sqr",
  "eql",
  "add",
  "sub",
  "mul",
  "pow",
  "div",
  "addN",
  "subN",
  "mulN",
  "sqrN"
];
function validateField(field) {
  aobject2(field, "field");
  if (typeof field.ORDER !== "bigint")
    throw new TypeError('param "ORDER" is invalid: expected bigint, got ' + typeof field.ORDER);
  asafenumber(field.BYTES, "BYTES");
  asafenumber(field.BITS, "BITS");
  for (const name of FIELD_FIELDS)
    afunction(field[name], "field." + name);
  if (field.BYTES < 1 || field.BITS < 1)
    throw new Error("invalid field: expected BYTES/BITS > 0");
  if (field.ORDER <= _1n2)
    throw new Error("invalid field: expected ORDER > 1, got " + field.ORDER);
  return field;
}
(0, import_part_MRALY75J.__name)(validateField, "validateField");
function FpInvertBatch(Fp, nums, passZero = false) {
  validateField(Fp);
  aarray(nums, "nums");
  abool(passZero, "passZero");
  const F = Fp;
  const inverted = new Array(nums.length).fill(passZero ? F.ZERO : void 0);
  const multipliedAcc = nums.reduce((acc, num, i) => {
    if (F.is0(num))
      return acc;
    inverted[i] = acc;
    return F.mul(acc, num);
  }, F.ONE);
  const invertedAcc = F.inv(multipliedAcc);
  nums.reduceRight((acc, num, i) => {
    if (F.is0(num))
      return acc;
    inverted[i] = F.mul(acc, inverted[i]);
    return F.mul(acc, num);
  }, invertedAcc);
  return inverted;
}
(0, import_part_MRALY75J.__name)(FpInvertBatch, "FpInvertBatch");
function FpLegendre(Fp, n) {
  validateField(Fp);
  const F = Fp;
  aoddModulus(F.ORDER, "FpLegendre");
  const p1mod2 = (F.ORDER - _1n2) / _2n;
  const powered = F.pow(n, p1mod2);
  const yes = F.eql(powered, F.ONE);
  const zero = F.eql(powered, F.ZERO);
  const no = F.eql(powered, F.neg(F.ONE));
  if (!yes && !zero && !no)
    throw new Error("invalid Legendre symbol result");
  return yes ? 1 : zero ? 0 : -1;
}
(0, import_part_MRALY75J.__name)(FpLegendre, "FpLegendre");
function nLength(n, nBitLength) {
  if (nBitLength !== void 0)
    anumber2(nBitLength);
  if (n <= _0n2)
    throw new Error("invalid n length: expected positive n, got " + n);
  if (nBitLength !== void 0 && nBitLength < 1)
    throw new Error("invalid n length: expected positive bit length, got " + nBitLength);
  const bits = bitLen(n);
  if (nBitLength !== void 0 && nBitLength < bits)
    throw new Error(`invalid n length: expected nBitLength (${nBitLength}) >= bitLen(n) (${bits})`);
  const _nBitLength = nBitLength !== void 0 ? nBitLength : bits;
  const nByteLength = Math.ceil(_nBitLength / 8);
  return { nBitLength: _nBitLength, nByteLength };
}
(0, import_part_MRALY75J.__name)(nLength, "nLength");
var FIELD_SQRT = /* @__PURE__ */ new WeakMap();
var _Field = class {
  static {
    (0, import_part_MRALY75J.__name)(this, "_Field");
  }
  ORDER;
  BITS;
  BYTES;
  isLE;
  ZERO = _0n2;
  ONE = _1n2;
  _lengths;
  _mod;
  constructor(ORDER, opts = {}) {
    if (ORDER <= _1n2)
      throw new Error("invalid field: expected ORDER > 1, got " + ORDER);
    let _nbitLength = void 0;
    this.isLE = false;
    if (opts != null && typeof opts === "object") {
      if (typeof opts.BITS === "number")
        _nbitLength = opts.BITS;
      if (typeof opts.sqrt === "function")
        Object.defineProperty(this, "sqrt", { value: opts.sqrt, enumerable: true });
      if (typeof opts.isLE === "boolean")
        this.isLE = opts.isLE;
      if (opts.allowedLengths)
        this._lengths = Object.freeze(opts.allowedLengths.slice());
      if (typeof opts.modFromBytes === "boolean")
        this._mod = opts.modFromBytes;
    }
    const { nBitLength, nByteLength } = nLength(ORDER, _nbitLength);
    if (nByteLength > 2048)
      throw new Error("invalid field: expected ORDER of <= 2048 bytes");
    this.ORDER = ORDER;
    this.BITS = nBitLength;
    this.BYTES = nByteLength;
    Object.freeze(this);
  }
  create(num) {
    return mod(num, this.ORDER);
  }
  isValid(num) {
    if (typeof num !== "bigint")
      throw new TypeError("invalid field element: expected bigint, got " + typeof num);
    return _0n2 <= num && num < this.ORDER;
  }
  is0(num) {
    return num === _0n2;
  }
  // is valid and invertible
  isValidNot0(num) {
    return !this.is0(num) && this.isValid(num);
  }
  isOdd(num) {
    return (num & _1n2) === _1n2;
  }
  neg(num) {
    return mod(-num, this.ORDER);
  }
  eql(lhs, rhs) {
    return lhs === rhs;
  }
  sqr(num) {
    return mod(num * num, this.ORDER);
  }
  add(lhs, rhs) {
    return mod(lhs + rhs, this.ORDER);
  }
  sub(lhs, rhs) {
    return mod(lhs - rhs, this.ORDER);
  }
  mul(lhs, rhs) {
    return mod(lhs * rhs, this.ORDER);
  }
  pow(num, power) {
    return pow(num, power, this.ORDER);
  }
  div(lhs, rhs) {
    return mod(lhs * invert(rhs, this.ORDER), this.ORDER);
  }
  // Same as above, but doesn't normalize
  sqrN(num) {
    return num * num;
  }
  addN(lhs, rhs) {
    return lhs + rhs;
  }
  subN(lhs, rhs) {
    return lhs - rhs;
  }
  mulN(lhs, rhs) {
    return lhs * rhs;
  }
  inv(num) {
    return invert(num, this.ORDER);
  }
  sqrt(num) {
    let sqrt = FIELD_SQRT.get(this);
    if (!sqrt)
      FIELD_SQRT.set(this, sqrt = FpSqrt(this.ORDER));
    return sqrt(this, num);
  }
  toBytes(num) {
    return this.isLE ? numberToBytesLE(num, this.BYTES) : numberToBytesBE(num, this.BYTES);
  }
  fromBytes(bytes2, skipValidation = false) {
    abytes2(bytes2);
    const { _lengths: allowedLengths, BYTES, isLE, ORDER, _mod: modFromBytes } = this;
    if (allowedLengths) {
      if (bytes2.length < 1 || !allowedLengths.includes(bytes2.length) || bytes2.length > BYTES) {
        throw new Error("Field.fromBytes: expected " + allowedLengths + " bytes, got " + bytes2.length);
      }
      const padded = new Uint8Array(BYTES);
      padded.set(bytes2, isLE ? 0 : padded.length - bytes2.length);
      bytes2 = padded;
    }
    if (bytes2.length !== BYTES)
      throw new Error("Field.fromBytes: expected " + BYTES + " bytes, got " + bytes2.length);
    let scalar = isLE ? bytesToNumberLE(bytes2) : bytesToNumberBE(bytes2);
    if (modFromBytes)
      scalar = mod(scalar, ORDER);
    if (!skipValidation) {
      if (!this.isValid(scalar))
        throw new Error("invalid field element: outside of range 0..ORDER");
    }
    return scalar;
  }
  // TODO: we don't need it here, move out to separate fn
  invertBatch(lst) {
    return FpInvertBatch(this, lst, true);
  }
  // We can't move this out because Fp6, Fp12 implement it
  // and it's unclear what to return in there.
  cmov(a, b, condition) {
    abool(condition, "condition");
    return condition ? b : a;
  }
};
function Field(ORDER, opts = {}) {
  Object.freeze(_Field.prototype);
  return new _Field(ORDER, opts);
}
(0, import_part_MRALY75J.__name)(Field, "Field");
function getFieldBytesLength(fieldOrder) {
  if (typeof fieldOrder !== "bigint")
    throw new Error("field order must be bigint");
  if (fieldOrder <= _1n2)
    throw new Error("field order must be greater than 1");
  const bitLength = bitLen(fieldOrder - _1n2);
  return Math.ceil(bitLength / 8);
}
(0, import_part_MRALY75J.__name)(getFieldBytesLength, "getFieldBytesLength");
function getMinHashLength(fieldOrder) {
  const length = getFieldBytesLength(fieldOrder);
  return length + Math.ceil(length / 2);
}
(0, import_part_MRALY75J.__name)(getMinHashLength, "getMinHashLength");
function mapHashToField(key, fieldOrder, isLE = false) {
  abytes2(key);
  const len = key.length;
  const fieldLen = getFieldBytesLength(fieldOrder);
  const minLen = Math.max(getMinHashLength(fieldOrder), 16);
  if (len < minLen || len > 1024)
    throw new Error("expected " + minLen + "-1024 bytes of input, got " + len);
  const num = isLE ? bytesToNumberLE(key) : bytesToNumberBE(key);
  const reduced = mod(num, fieldOrder - _1n2) + _1n2;
  return isLE ? numberToBytesLE(reduced, fieldLen) : numberToBytesBE(reduced, fieldLen);
}
(0, import_part_MRALY75J.__name)(mapHashToField, "mapHashToField");
var _0n3 = /* @__PURE__ */ BigInt(0);
var _1n3 = /* @__PURE__ */ BigInt(1);
var _4n2 = /* @__PURE__ */ BigInt(4);
var BLIND_BYTES = 16;
var BLIND_BITS = 128;
var FW_WINDOW = 5;
var TABLE_BYTES_MAX = /* @__PURE__ */ (() => 2 ** 31)();
function validatePointCons(Point) {
  const pc = Point;
  if (typeof pc !== "function")
    throw new TypeError('"Point" expected constructor, got type=' + typeof Point);
  afunction(pc.fromAffine, "Point.fromAffine");
  afunction(pc.fromBytes, "Point.fromBytes");
  afunction(pc.fromHex, "Point.fromHex");
  aobject2(pc.BASE, "Point.BASE");
  aobject2(pc.ZERO, "Point.ZERO");
  validateField(pc.Fp);
  validateField(pc.Fn);
}
(0, import_part_MRALY75J.__name)(validatePointCons, "validatePointCons");
function normalizeZ(c, points) {
  validatePointCons(c);
  validateMSMPoints(points, c);
  const invertedZs = FpInvertBatch(c.Fp, points.map((p) => p.Z));
  return points.map((p, i) => c.fromAffine(p.toAffine(invertedZs[i])));
}
(0, import_part_MRALY75J.__name)(normalizeZ, "normalizeZ");
function validateW(W, bits, min = 1) {
  if (!Number.isSafeInteger(W) || W < min || W > bits)
    throw new Error("invalid window size, expected [" + min + ".." + bits + "], got W=" + W);
}
(0, import_part_MRALY75J.__name)(validateW, "validateW");
function validateTableBytes(numPoints, fpBytes) {
  const bytes2 = numPoints * (4 * fpBytes + 128);
  if (bytes2 > TABLE_BYTES_MAX)
    throw new Error("invalid window size: table would need ~" + Math.ceil(bytes2 / 2 ** 20) + " MiB, max " + TABLE_BYTES_MAX / 2 ** 20 + " MiB");
}
(0, import_part_MRALY75J.__name)(validateTableBytes, "validateTableBytes");
function probeRandomBytes(randomBytes3, length) {
  if (randomBytes3 === void 0)
    return void 0;
  afunction(randomBytes3, "randomBytes");
  try {
    const probe = randomBytes3(length);
    if (!isBytes2(probe) || probe.length !== length)
      return void 0;
  } catch {
    return void 0;
  }
  return randomBytes3;
}
(0, import_part_MRALY75J.__name)(probeRandomBytes, "probeRandomBytes");
function validateMSMPoints(points, c) {
  aarray(points, "points");
  points.forEach((p, i) => {
    if (!(p instanceof c))
      throw new Error("invalid point at index " + i);
  });
}
(0, import_part_MRALY75J.__name)(validateMSMPoints, "validateMSMPoints");
function validateMSMScalars(scalars, field, maxScalar) {
  if (!Array.isArray(scalars))
    throw new Error("array of scalars expected");
  scalars.forEach((s, i) => {
    const ok = maxScalar === void 0 ? field.isValid(s) : isPosBig(s) && s < maxScalar;
    if (!ok)
      throw new Error("invalid scalar at index " + i);
  });
}
(0, import_part_MRALY75J.__name)(validateMSMScalars, "validateMSMScalars");
var pointWindowSizes = /* @__PURE__ */ new WeakMap();
function getWindowSize(P) {
  return pointWindowSizes.get(P) || 1;
}
(0, import_part_MRALY75J.__name)(getWindowSize, "getWindowSize");
function oddMultiples(p, size) {
  const dbl = p.double();
  const t = [p];
  for (let j = 1; j < size; j++)
    t.push(t[j - 1].add(dbl));
  return t;
}
(0, import_part_MRALY75J.__name)(oddMultiples, "oddMultiples");
function wnafDigits(n, W) {
  const size = 2 ** W;
  const half = size / 2;
  const mask = BigInt(size - 1);
  const d = [];
  while (n > _0n3) {
    let w = 0;
    if (n & _1n3) {
      w = Number(n & mask);
      if (w >= half)
        w -= size;
      n -= BigInt(w);
    }
    d.push(w);
    n >>= _1n3;
  }
  return d;
}
(0, import_part_MRALY75J.__name)(wnafDigits, "wnafDigits");
function signedWindowDigits(n, W, windows) {
  const size = 2 ** W;
  const half = size / 2;
  const mask = BigInt(size - 1);
  const shiftBy = BigInt(W);
  const d = [];
  for (let w = 0; w < windows; w++) {
    let v = Number(n & mask);
    n >>= shiftBy;
    if (v > half) {
      v -= size;
      n += _1n3;
    }
    d.push(v);
  }
  if (n !== _0n3)
    throw new Error("invalid wnaf");
  return d;
}
(0, import_part_MRALY75J.__name)(signedWindowDigits, "signedWindowDigits");
function wnafWalk(zero, tables, digits) {
  let max = 0;
  for (const d of digits)
    max = Math.max(max, d.length);
  let acc = zero;
  for (let bit = max - 1; bit >= 0; bit--) {
    if (bit !== max - 1)
      acc = acc.double();
    for (let i = 0; i < digits.length; i++) {
      const w = digits[i][bit];
      if (w) {
        const item = tables[i][Math.abs(w) - 1 >> 1];
        acc = acc.add(w < 0 ? item.negate() : item);
      }
    }
  }
  return acc;
}
(0, import_part_MRALY75J.__name)(wnafWalk, "wnafWalk");
var ScalarMultiplier = class {
  static {
    (0, import_part_MRALY75J.__name)(this, "ScalarMultiplier");
  }
  Point;
  BASE;
  ZERO;
  randomBytes;
  wnafPrecomputes = /* @__PURE__ */ new WeakMap();
  baseCanBeBlinded;
  bits;
  // Parametrized with a given Point class (not individual point)
  constructor(Point, randomBytes3) {
    validatePointCons(Point);
    this.randomBytes = probeRandomBytes(randomBytes3, BLIND_BYTES);
    this.Point = Point;
    this.BASE = Point.BASE;
    this.ZERO = Point.ZERO;
    this.bits = Point.Fn.BITS;
  }
  /**
   * Creates a signed fixed-window wNAF precomputation table: for every window w, the
   * multiples `[1..2^(W−1)]⋅2^(w⋅W)⋅P`, flattened. All doublings are baked into the table,
   * so cached multiplication is additions-only. `windows = ceil(bits/W) + 1`: the extra
   * window absorbs the final carry of signed-digit recoding.
   * For a 256-bit curve and W=6, the table is 44⋅32 = 1408 points.
   * @param point - Point instance
   * @param W - window size
   * @param bits - scalar bitlength the table must cover
   */
  buildWnafTable(point, W, bits) {
    const windows = Math.ceil(bits / W) + 1;
    const half = 2 ** (W - 1);
    const comp = [];
    let base = point;
    for (let w = 0; w < windows; w++) {
      let acc = base;
      for (let i = 0; i < half; i++) {
        comp.push(acc);
        acc = acc.add(base);
      }
      base = comp[comp.length - 1].double();
    }
    return { W, bits, windows, comp };
  }
  /**
   * Implements ec multiplication using precomputed signed fixed-window wNAF tables.
   * Constant-time: fixed window count with one table addition per window — zero digits feed
   * the fake accumulator — and no doublings; the lookup scans the whole window slice.
   * Scalar bounds are validated by the public entry points ({@link ScalarMultiplier.mulCT},
   * {@link ScalarMultiplier.mulCTBlinded}, {@link ScalarMultiplier.mulUnsafe});
   * signedWindowDigits throws if `n` exceeds the table.
   * @returns real and fake (for const-time) points
   */
  wnafCachedCT(precomputes, n) {
    const { W, windows, comp } = precomputes;
    const half = 2 ** (W - 1);
    const digits = signedWindowDigits(n, W, windows);
    let p = this.ZERO;
    let f = this.BASE;
    for (let w = 0; w < windows; w++) {
      const digit = digits[w];
      const start = w * half;
      const idx = Math.abs(digit) - 1;
      let sel = comp[start];
      for (let i = 1; i < half; i++)
        sel = i === idx ? comp[start + i] : sel;
      const neg = sel.negate();
      if (digit === 0)
        f = f.add(comp[start]);
      else
        p = p.add(digit < 0 ? neg : sel);
    }
    return { p, f };
  }
  // Cache key is point identity plus (W, bits); at most two entries exist per point (public-width
  // `Fn.BITS` and blinded `Fn.BITS + BLIND_BITS`). Callers must not reuse the same point with
  // incompatible `transform(...)` layouts and expect a separate cache entry.
  getWnafPrecomputes(W, point, bits, transform) {
    let entries = this.wnafPrecomputes.get(point);
    let comp = entries?.find((entry) => entry.W === W && entry.bits === bits);
    if (!comp) {
      comp = this.buildWnafTable(point, W, bits);
      if (typeof transform === "function")
        comp = { ...comp, comp: transform(comp.comp) };
      if (!entries) {
        entries = [];
        this.wnafPrecomputes.set(point, entries);
      }
      entries.push(comp);
    }
    return comp;
  }
  assertPoint(point) {
    if (!(point instanceof this.Point))
      throw new TypeError('"point" expected Point instance, got type=' + typeof point);
  }
  // Shared prologue of the constant-time entry points. Rejects scalar 0: in key/signature-style
  // callers a zero scalar means broken upstream plumbing, and concrete Points already reject it.
  // Uses inRange instead of Fn.isValidNot0: validateField() only certifies the arithmetic subset.
  validateMulInput(point, scalar) {
    this.assertPoint(point);
    if (!inRange(scalar, _1n3, this.Point.Fn.ORDER))
      throw new Error("invalid scalar");
  }
  // Constant-time dispatch shared by mulCT / mulCTBlinded. Un-precomputed points (W===1, e.g.
  // ECDH peer keys) skip building a throwaway cached table in favor of a small fixed-window
  // multiply. `n` must be < 2^bits.
  runCT(point, n, bits, transform) {
    const W = getWindowSize(point);
    if (W === 1)
      return this.fixedWindowCT(point, n, bits);
    return this.wnafCachedCT(this.getWnafPrecomputes(W, point, bits, transform), n);
  }
  mulCT(point, scalar, transform) {
    this.validateMulInput(point, scalar);
    return this.runCT(point, scalar, this.bits, transform);
  }
  mulCTBlinded(point, scalar, transform) {
    this.validateMulInput(point, scalar);
    if (this.randomBytes === void 0)
      throw new Error("randomBytes is required for scalar blinding");
    const bits = this.Point.Fn.BITS + BLIND_BITS;
    const blind = this.randomBytes(BLIND_BYTES);
    if (!isBytes2(blind) || blind.length !== BLIND_BYTES)
      throw new Error("randomBytes returned invalid byte array");
    blind[0] = blind[0] & 63 | 128;
    const n = scalar + bytesToNumberBE(blind) * this.Point.Fn.ORDER;
    return this.runCT(point, n, bits, transform);
  }
  /**
   * Constant-time multiplication `n*point` for an un-precomputed point, via a small fixed window.
   * A cached wNAF table only pays off when reused; a flat 2^FW_WINDOW table (`size-1` adds) is
   * far cheaper to build for a single use. The point-operation sequence is independent of `n`:
   * build the table, then per window exactly FW_WINDOW doublings, a data-oblivious scan over
   * every table entry, and one addition (adds the identity when the window digit is 0 — never
   * skipped).
   *
   * `n` must be `< 2^bits`. Assumes complete addition (adding the identity costs the same as any
   * add), which holds for the Weierstrass/Edwards point types used here. The table is left in
   * projective form (no normalizeZ): normalizing this small a table costs more than the
   * mixed-add savings it would buy for a single multiply.
   * @returns real point `p`; `f` duplicates it only to match {@link wnafCachedCT}'s return shape
   * (this path needs no fake accumulator — its op-count is already scalar-independent).
   */
  fixedWindowCT(point, n, bits) {
    const W = FW_WINDOW;
    const size = 1 << W;
    const mask = bitMask(W);
    const table = new Array(size);
    table[0] = this.ZERO;
    for (let i = 1; i < size; i++)
      table[i] = table[i - 1].add(point);
    const windows = Math.ceil(bits / W);
    let acc = this.ZERO;
    for (let window = windows - 1; window >= 0; window--) {
      if (window !== windows - 1)
        for (let d = 0; d < W; d++)
          acc = acc.double();
      const digit = Number(n >> BigInt(window * W) & mask);
      let sel = table[0];
      for (let i = 1; i < size; i++)
        sel = i === digit ? table[i] : sel;
      acc = acc.add(sel);
    }
    return { p: acc, f: acc };
  }
  shouldBlind(point, cofactor) {
    if (this.randomBytes === void 0)
      return false;
    if (cofactor === _1n3)
      return true;
    if (point !== this.BASE)
      return false;
    if (this.baseCanBeBlinded === void 0)
      this.baseCanBeBlinded = this.mulUnsafe(this.BASE, this.Point.Fn.ORDER).is0();
    return this.baseCanBeBlinded;
  }
  mulSecret(point, scalar, cofactor, transform) {
    return this.shouldBlind(point, cofactor) ? this.mulCTBlinded(point, scalar, transform) : this.mulCT(point, scalar, transform);
  }
  mulUnsafe(point, scalar, transform) {
    this.assertPoint(point);
    if (!isPosBig(scalar))
      throw new Error("invalid scalar");
    const W = getWindowSize(point);
    if (W === 1 || scalar >= this.Point.Fn.ORDER)
      return mulAddUnsafe(this.Point, [point], [scalar], true);
    const precomputes = this.getWnafPrecomputes(W, point, this.bits, transform);
    return this.wnafCachedCT(precomputes, scalar).p;
  }
  // Remembers the window size used for precomputed wNAF multiplication of the given point
  // and drops any previously built tables. Usually only the base point is precomputed.
  // W=1 resets the point to the un-precomputed (table-less) paths.
  // W is additionally capped so tables stay under ~2 GiB ({@link TABLE_BYTES_MAX}).
  setWindowSize(point, W) {
    this.assertPoint(point);
    validateW(W, this.bits);
    const windows = Math.ceil((this.bits + BLIND_BITS) / W) + 1;
    validateTableBytes(windows * 2 ** (W - 1), this.Point.Fp.BYTES);
    pointWindowSizes.set(point, W);
    this.wnafPrecomputes.delete(point);
  }
  // True when a window size is set: tables themselves are built lazily on first multiply.
  hasWindowSize(point) {
    return getWindowSize(point) !== 1;
  }
};
function mulAddUnsafe(c, points, scalars, allowOversized = false) {
  validatePointCons(c);
  validateMSMPoints(points, c);
  abool(allowOversized, "allowOversized");
  validateMSMScalars(scalars, c.Fn, allowOversized ? c.Fn.ORDER ** _4n2 : void 0);
  if (points.length !== scalars.length)
    throw new Error("arrays of points and scalars must have equal length");
  const tables = points.map((p) => oddMultiples(p, 4));
  const digits = scalars.map((n) => wnafDigits(n, 4));
  return wnafWalk(c.ZERO, tables, digits);
}
(0, import_part_MRALY75J.__name)(mulAddUnsafe, "mulAddUnsafe");
function createField(order, field, isLE) {
  if (field) {
    if (field.ORDER !== order)
      throw new Error("Field.ORDER must match order: Fp == p, Fn == n");
    validateField(field);
    return field;
  } else {
    return Field(order, { isLE });
  }
}
(0, import_part_MRALY75J.__name)(createField, "createField");
function createCurveFields(type, CURVE, curveOpts = {}, FpFnLE) {
  if (type !== "weierstrass" && type !== "edwards")
    throw new Error('expected curve type "weierstrass" or "edwards"');
  if (FpFnLE === void 0)
    FpFnLE = type === "edwards";
  if (!CURVE || typeof CURVE !== "object")
    throw new Error(`expected valid ${type} CURVE object`);
  validateObject(curveOpts);
  for (const p of ["p", "n", "h"]) {
    const val = CURVE[p];
    if (!(isPosBig(val) && val !== _0n3))
      throw new Error(`CURVE.${p} must be positive bigint`);
  }
  const Fp = createField(CURVE.p, curveOpts.Fp, FpFnLE);
  const Fn = createField(CURVE.n, curveOpts.Fn, FpFnLE);
  const _b = type === "weierstrass" ? "b" : "d";
  const params = ["Gx", "Gy", "a", _b];
  for (const p of params) {
    if (!Fp.isValid(CURVE[p]))
      throw new Error(`CURVE.${p} must be valid field element of CURVE.Fp`);
  }
  CURVE = Object.freeze(Object.assign({}, CURVE));
  return { CURVE, Fp, Fn };
}
(0, import_part_MRALY75J.__name)(createCurveFields, "createCurveFields");
function createKeygen(randomSecretKey, getPublicKey) {
  return /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function keygen(seed) {
    const secretKey = randomSecretKey(seed);
    return { secretKey, publicKey: getPublicKey(secretKey) };
  }, "keygen");
}
(0, import_part_MRALY75J.__name)(createKeygen, "createKeygen");
var _HMAC = class {
  static {
    (0, import_part_MRALY75J.__name)(this, "_HMAC");
  }
  oHash;
  iHash;
  blockLen;
  outputLen;
  canXOF = false;
  finished = false;
  destroyed = false;
  constructor(hash, key) {
    ahash(hash);
    abytes(key, void 0, "key");
    this.iHash = hash.create();
    if (typeof this.iHash.update !== "function")
      throw new Error("expected Hash instance");
    this.blockLen = this.iHash.blockLen;
    this.outputLen = this.iHash.outputLen;
    const blockLen = this.blockLen;
    const pad = new Uint8Array(blockLen);
    pad.set(key.length > blockLen ? hash.create().update(key).digest() : key);
    for (let i = 0; i < pad.length; i++)
      pad[i] ^= 54;
    this.iHash.update(pad);
    this.oHash = hash.create();
    for (let i = 0; i < pad.length; i++)
      pad[i] ^= 54 ^ 92;
    this.oHash.update(pad);
    clean(pad);
  }
  update(buf) {
    aexists(this);
    this.iHash.update(buf);
    return this;
  }
  digestInto(out) {
    aexists(this);
    aoutput(out, this);
    this.finished = true;
    const buf = out.subarray(0, this.outputLen);
    this.iHash.digestInto(buf);
    this.oHash.update(buf);
    this.oHash.digestInto(buf);
    this.destroy();
  }
  digest() {
    const out = new Uint8Array(this.oHash.outputLen);
    this.digestInto(out);
    return out;
  }
  _cloneInto(to) {
    to ||= Object.create(Object.getPrototypeOf(this), {});
    const { oHash, iHash, finished, destroyed, blockLen, outputLen, canXOF } = this;
    to = to;
    to.finished = finished;
    to.destroyed = destroyed;
    to.blockLen = blockLen;
    to.outputLen = outputLen;
    to.canXOF = canXOF;
    to.oHash = oHash._cloneInto(to.oHash);
    to.iHash = iHash._cloneInto(to.iHash);
    return to;
  }
  clone() {
    return this._cloneInto();
  }
  destroy() {
    this.destroyed = true;
    this.oHash.destroy();
    this.iHash.destroy();
  }
};
var hmac = /* @__PURE__ */ (() => {
  const hmac_ = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(((hash, key, message) => new _HMAC(hash, key).update(message).digest()), "hmac_");
  hmac_.create = (hash, key) => new _HMAC(hash, key);
  return hmac_;
})();
var _0n4 = /* @__PURE__ */ BigInt(0);
var DERErr = class extends Error {
  static {
    (0, import_part_MRALY75J.__name)(this, "DERErr");
  }
  constructor(m = "") {
    super(m);
  }
};
var _DER = {
  // asn.1 DER encoding utils
  Err: DERErr,
  // Basic building block is TLV (Tag-Length-Value)
  _tlv: {
    encode: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((tag, data) => {
      const { Err: E } = _DER;
      asafenumber(tag, "tag");
      if (tag < 0 || tag > 255)
        throw new E("tlv.encode: wrong tag");
      astring(data, "data");
      if (data.length & 1)
        throw new E("tlv.encode: unpadded data");
      const dataLen = data.length / 2;
      const len = numberToHexUnpadded(dataLen);
      if (len.length / 2 & 128)
        throw new E("tlv.encode: long form length too big");
      const lenLen = dataLen > 127 ? numberToHexUnpadded(len.length / 2 | 128) : "";
      const t = numberToHexUnpadded(tag);
      return t + lenLen + len + data;
    }, "encode"),
    // v - value, l - left bytes (unparsed)
    decode(tag, data) {
      const { Err: E } = _DER;
      data = abytes2(data, void 0, "DER data");
      let pos = 0;
      if (tag < 0 || tag > 255)
        throw new E("tlv.decode: wrong tag");
      if (data.length < 2 || data[pos++] !== tag)
        throw new E("tlv.decode: wrong tlv");
      const first = data[pos++];
      const isLong = !!(first & 128);
      let length = 0;
      if (!isLong)
        length = first;
      else {
        const lenLen = first & 127;
        if (!lenLen)
          throw new E("tlv.decode(long): indefinite length not supported");
        if (lenLen > 4)
          throw new E("tlv.decode(long): byte length is too big");
        const lengthBytes = data.subarray(pos, pos + lenLen);
        if (lengthBytes.length !== lenLen)
          throw new E("tlv.decode: length bytes not complete");
        if (lengthBytes[0] === 0)
          throw new E("tlv.decode(long): zero leftmost byte");
        for (const b of lengthBytes)
          length = length << 8 | b;
        pos += lenLen;
        if (length < 128)
          throw new E("tlv.decode(long): not minimal encoding");
      }
      const v = data.subarray(pos, pos + length);
      if (v.length !== length)
        throw new E("tlv.decode: wrong value length");
      return { v, l: data.subarray(pos + length) };
    }
  },
  // https://crypto.stackexchange.com/a/57734 Leftmost bit of first byte is 'negative' flag,
  // since we always use positive integers here. It must always be empty:
  // - add zero byte if exists
  // - if next byte doesn't have a flag, leading zero is not allowed (minimal encoding)
  _int: {
    encode(num) {
      const { Err: E } = _DER;
      abignumber(num);
      if (num < _0n4)
        throw new E("integer: negative integers are not allowed");
      let hex = numberToHexUnpadded(num);
      if (Number.parseInt(hex[0], 16) & 8)
        hex = "00" + hex;
      if (hex.length & 1)
        throw new E("unexpected DER parsing assertion: unpadded hex");
      return hex;
    },
    decode(data) {
      const { Err: E } = _DER;
      if (data.length < 1)
        throw new E("invalid signature integer: empty");
      if (data[0] & 128)
        throw new E("invalid signature integer: negative");
      if (data.length > 1 && data[0] === 0 && !(data[1] & 128))
        throw new E("invalid signature integer: unnecessary leading zero");
      return bytesToNumberBE(data);
    }
  },
  toSig(bytes2, maxScalarBytes) {
    const { Err: E, _int: int, _tlv: tlv } = _DER;
    if (maxScalarBytes !== void 0) {
      asafenumber(maxScalarBytes, "maxScalarBytes");
      if (maxScalarBytes < 1)
        throw new E("invalid signature: maxScalarBytes must be positive");
    }
    const data = abytes2(bytes2, void 0, "signature");
    const { v: seqBytes, l: seqLeftBytes } = tlv.decode(48, data);
    if (seqLeftBytes.length)
      throw new E("invalid signature: left bytes after parsing");
    const { v: rBytes, l: rLeftBytes } = tlv.decode(2, seqBytes);
    const { v: sBytes, l: sLeftBytes } = tlv.decode(2, rLeftBytes);
    if (sLeftBytes.length)
      throw new E("invalid signature: left bytes after parsing");
    if (maxScalarBytes !== void 0 && (rBytes.length > maxScalarBytes || sBytes.length > maxScalarBytes))
      throw new E("invalid signature: integer too large");
    return { r: int.decode(rBytes), s: int.decode(sBytes) };
  },
  hexFromSig(sig) {
    const { _tlv: tlv, _int: int } = _DER;
    validateObject(sig, { r: "bigint", s: "bigint" }, {}, "sig");
    const rs = tlv.encode(2, int.encode(sig.r));
    const ss = tlv.encode(2, int.encode(sig.s));
    const seq = rs + ss;
    return tlv.encode(48, seq);
  }
};
var DER = /* @__PURE__ */ (() => {
  Object.freeze(_DER._tlv);
  Object.freeze(_DER._int);
  return Object.freeze(_DER);
})();
var divNearest = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((num, den) => (num + (num >= 0 ? den : -den) / _2n2) / den, "divNearest");
function _splitEndoScalar(k, basis, n) {
  aInRange("scalar", k, _0n5, n);
  const [[a1, b1], [a2, b2]] = basis;
  const c1 = divNearest(b2 * k, n);
  const c2 = divNearest(-b1 * k, n);
  let k1 = k - c1 * a1 - c2 * a2;
  let k2 = -c1 * b1 - c2 * b2;
  const k1neg = k1 < _0n5;
  const k2neg = k2 < _0n5;
  if (k1neg)
    k1 = -k1;
  if (k2neg)
    k2 = -k2;
  const MAX_NUM = bitMask(Math.ceil(bitLen(n) / 2)) + _1n4;
  if (k1 < _0n5 || k1 >= MAX_NUM || k2 < _0n5 || k2 >= MAX_NUM) {
    throw new Error("splitScalar (endomorphism): failed for k");
  }
  return { k1neg, k1, k2neg, k2 };
}
(0, import_part_MRALY75J.__name)(_splitEndoScalar, "_splitEndoScalar");
function validateSigFormat(format) {
  if (!["compact", "recovered", "der"].includes(format))
    throw new Error('Signature format must be "compact", "recovered", or "der"');
  return format;
}
(0, import_part_MRALY75J.__name)(validateSigFormat, "validateSigFormat");
function validateSigOpts(opts, def) {
  validateObject(opts);
  const optsn = {};
  for (let optName of Object.keys(def)) {
    optsn[optName] = opts[optName] === void 0 ? def[optName] : opts[optName];
  }
  abool(optsn.lowS, "lowS");
  abool(optsn.prehash, "prehash");
  if (optsn.format !== void 0)
    validateSigFormat(optsn.format);
  return optsn;
}
(0, import_part_MRALY75J.__name)(validateSigOpts, "validateSigOpts");
var _0n5 = /* @__PURE__ */ BigInt(0);
var _1n4 = /* @__PURE__ */ BigInt(1);
var _2n2 = /* @__PURE__ */ BigInt(2);
var _3n2 = /* @__PURE__ */ BigInt(3);
var _4n3 = /* @__PURE__ */ BigInt(4);
function weierstrass(params, extraOpts = {}) {
  const validated = createCurveFields("weierstrass", params, extraOpts);
  const Fp = validated.Fp;
  const Fn = validated.Fn;
  let CURVE = validated.CURVE;
  const { h: cofactor, n: CURVE_ORDER } = CURVE;
  validateObject(extraOpts, {}, {
    allowInfinityPoint: "boolean",
    clearCofactor: "function",
    isTorsionFree: "function",
    fromBytes: "function",
    toBytes: "function",
    endo: "object",
    randomBytes: "function"
  });
  const { endo: endoOpts, allowInfinityPoint, clearCofactor, isTorsionFree, fromBytes, toBytes } = extraOpts;
  const randomBytes3 = extraOpts.randomBytes === void 0 ? randomBytes2 : extraOpts.randomBytes;
  if (endoOpts) {
    if (!Fp.is0(CURVE.a) || typeof endoOpts.beta !== "bigint" || !Array.isArray(endoOpts.basises)) {
      throw new Error('invalid endo: expected "beta": bigint and "basises": array');
    }
  }
  const endo = endoOpts ? {
    beta: endoOpts.beta,
    basises: endoOpts.basises.map((basis) => [...basis])
  } : void 0;
  const lengths = getWLengths(Fp, Fn);
  function assertCompressionIsSupported() {
    if (!Fp.isOdd)
      throw new Error("compression is not supported: Field does not have .isOdd()");
  }
  (0, import_part_MRALY75J.__name)(assertCompressionIsSupported, "assertCompressionIsSupported");
  function pointToBytes(_c, point, isCompressed) {
    if (point.is0()) {
      if (!allowInfinityPoint)
        throw new Error("bad point: ZERO");
      return Uint8Array.of(0);
    }
    const { x, y } = point.toAffine();
    const bx = Fp.toBytes(x);
    abool(isCompressed, "isCompressed");
    if (isCompressed) {
      assertCompressionIsSupported();
      const hasEvenY = !Fp.isOdd(y);
      return concatBytes2(pprefix(hasEvenY), bx);
    } else {
      return concatBytes2(Uint8Array.of(4), bx, Fp.toBytes(y));
    }
  }
  (0, import_part_MRALY75J.__name)(pointToBytes, "pointToBytes");
  function pointFromBytes(bytes2) {
    abytes2(bytes2, void 0, "Point");
    const { publicKey: comp, publicKeyUncompressed: uncomp } = lengths;
    const length = bytes2.length;
    const head = bytes2[0];
    const tail = bytes2.subarray(1);
    if (allowInfinityPoint && length === 1 && head === 0)
      return { x: Fp.ZERO, y: Fp.ZERO };
    if (length === comp && (head === 2 || head === 3)) {
      const x = Fp.fromBytes(tail);
      if (!Fp.isValid(x))
        throw new Error("bad point: is not on curve, wrong x");
      const y2 = weierstrassEquation(x);
      let y;
      try {
        y = Fp.sqrt(y2);
      } catch (sqrtError) {
        const err = sqrtError instanceof Error ? ": " + sqrtError.message : "";
        throw new Error("bad point: is not on curve, sqrt error" + err);
      }
      assertCompressionIsSupported();
      const evenY = Fp.isOdd(y);
      const evenH = (head & 1) === 1;
      if (evenH !== evenY)
        y = Fp.neg(y);
      return { x, y };
    } else if (length === uncomp && head === 4) {
      const L = Fp.BYTES;
      const x = Fp.fromBytes(tail.subarray(0, L));
      const y = Fp.fromBytes(tail.subarray(L, L * 2));
      if (!isValidXY(x, y))
        throw new Error("bad point: is not on curve");
      return { x, y };
    } else {
      throw new Error(`bad point: got length ${length}, expected compressed=${comp} or uncompressed=${uncomp}`);
    }
  }
  (0, import_part_MRALY75J.__name)(pointFromBytes, "pointFromBytes");
  const encodePoint = toBytes === void 0 ? pointToBytes : toBytes;
  const decodePoint = fromBytes === void 0 ? pointFromBytes : fromBytes;
  const b3 = Fp.mul(CURVE.b, _3n2);
  const mulA = Fp.is0(CURVE.a) ? (_) => Fp.ZERO : (x) => Fp.mul(CURVE.a, x);
  function weierstrassEquation(x) {
    const x2 = Fp.sqr(x);
    const x3 = Fp.mul(x2, x);
    return Fp.add(Fp.add(x3, Fp.mul(x, CURVE.a)), CURVE.b);
  }
  (0, import_part_MRALY75J.__name)(weierstrassEquation, "weierstrassEquation");
  function isValidXY(x, y) {
    const left = Fp.sqr(y);
    const right = weierstrassEquation(x);
    return Fp.eql(left, right);
  }
  (0, import_part_MRALY75J.__name)(isValidXY, "isValidXY");
  if (!isValidXY(CURVE.Gx, CURVE.Gy))
    throw new Error("bad curve params: generator point");
  const _4a3 = Fp.mul(Fp.pow(CURVE.a, _3n2), _4n3);
  const _27b2 = Fp.mul(Fp.sqr(CURVE.b), BigInt(27));
  if (Fp.is0(Fp.add(_4a3, _27b2)))
    throw new Error("bad curve params: a or b");
  function acoord(title, n, banZero = false) {
    if (!Fp.isValid(n) || banZero && Fp.is0(n))
      throw new Error(`bad point coordinate ${title}`);
    return typeof n === "object" && n !== null ? Fp.create(n) : n;
  }
  (0, import_part_MRALY75J.__name)(acoord, "acoord");
  function aprjpoint(other) {
    if (!(other instanceof Point))
      throw new Error("Weierstrass Point expected");
  }
  (0, import_part_MRALY75J.__name)(aprjpoint, "aprjpoint");
  function splitEndoScalarN(k) {
    if (!endo || !endo.basises)
      throw new Error("no endo");
    return _splitEndoScalar(k, endo.basises, Fn.ORDER);
  }
  (0, import_part_MRALY75J.__name)(splitEndoScalarN, "splitEndoScalarN");
  function pushWnafPair(points, scalars, p, k) {
    if (!Fn.isValid(k))
      throw new RangeError("invalid scalar: out of range");
    if (endo) {
      const { k1neg, k1, k2neg, k2 } = splitEndoScalarN(k);
      const psi = new Point(Fp.mul(p.X, endo.beta), p.Y, p.Z);
      points.push(k1neg ? p.negate() : p, k2neg ? psi.negate() : psi);
      scalars.push(k1, k2);
    } else {
      points.push(p);
      scalars.push(k);
    }
  }
  (0, import_part_MRALY75J.__name)(pushWnafPair, "pushWnafPair");
  const validityCache = /* @__PURE__ */ new WeakSet();
  class Point {
    static {
      (0, import_part_MRALY75J.__name)(this, "Point");
    }
    static BASE = new Point(CURVE.Gx, CURVE.Gy, Fp.ONE);
    static ZERO = new Point(Fp.ZERO, Fp.ONE, Fp.ZERO);
    static Fp = Fp;
    static Fn = Fn;
    X;
    Y;
    Z;
    /** Does NOT validate if the point is valid. Use `.assertValidity()`. */
    constructor(X, Y, Z) {
      this.X = acoord("x", X);
      this.Y = acoord("y", Y, true);
      this.Z = acoord("z", Z);
      Object.freeze(this);
    }
    static CURVE() {
      return CURVE;
    }
    /** Does NOT validate if the point is valid. Use `.assertValidity()`. */
    static fromAffine(p) {
      const { x, y } = p || {};
      if (!p || !Fp.isValid(x) || !Fp.isValid(y))
        throw new Error("invalid affine point");
      if (p instanceof Point)
        throw new Error("projective point not allowed");
      if (Fp.is0(x) && Fp.is0(y))
        return Point.ZERO;
      return new Point(x, y, Fp.ONE);
    }
    static fromBytes(bytes2) {
      const P = Point.fromAffine(decodePoint(abytes2(bytes2, void 0, "point")));
      P.assertValidity();
      return P;
    }
    static fromHex(hex) {
      return Point.fromBytes(hexToBytes2(hex));
    }
    get x() {
      return this.toAffine().x;
    }
    get y() {
      return this.toAffine().y;
    }
    /**
     * @param isLazy - true will defer table computation until the first multiplication
     */
    precompute(windowSize = 6, isLazy = true) {
      wnaf.setWindowSize(this, windowSize);
      if (!isLazy)
        this.multiply(_3n2);
      return this;
    }
    // TODO: return `this`
    /** A point on curve is valid if it conforms to equation. */
    assertValidity() {
      const p = this;
      if (p.is0()) {
        if (allowInfinityPoint && Fp.is0(p.X) && Fp.eql(p.Y, Fp.ONE) && Fp.is0(p.Z))
          return;
        throw new Error("bad point: ZERO");
      }
      if (validityCache.has(p))
        return;
      const { x, y } = p.toAffine();
      if (!Fp.isValid(x) || !Fp.isValid(y))
        throw new Error("bad point: x or y not field elements");
      if (!isValidXY(x, y))
        throw new Error("bad point: equation left != right");
      if (!p.isTorsionFree())
        throw new Error("bad point: not in prime-order subgroup");
      validityCache.add(p);
    }
    hasEvenY() {
      const { y } = this.toAffine();
      if (!Fp.isOdd)
        throw new Error("Field doesn't support isOdd");
      return !Fp.isOdd(y);
    }
    /** Compare one point to another. */
    equals(other) {
      aprjpoint(other);
      const { X: X1, Y: Y1, Z: Z1 } = this;
      const { X: X2, Y: Y2, Z: Z2 } = other;
      const U1 = Fp.eql(Fp.mul(X1, Z2), Fp.mul(X2, Z1));
      const U2 = Fp.eql(Fp.mul(Y1, Z2), Fp.mul(Y2, Z1));
      return U1 && U2;
    }
    /** Flips point to one corresponding to (x, -y) in Affine coordinates. */
    negate() {
      return new Point(this.X, Fp.neg(this.Y), this.Z);
    }
    // Renes-Costello-Batina exception-free doubling formula.
    // There is 30% faster Jacobian formula, but it is not complete.
    // https://eprint.iacr.org/2015/1060, algorithm 3
    // Cost: 8M + 3S + 3*a + 2*b3 + 15add.
    double() {
      const { X: X1, Y: Y1, Z: Z1 } = this;
      let X3 = Fp.ZERO, Y3 = Fp.ZERO, Z3 = Fp.ZERO;
      let t0 = Fp.mul(X1, X1);
      let t1 = Fp.mul(Y1, Y1);
      let t2 = Fp.mul(Z1, Z1);
      let t3 = Fp.mul(X1, Y1);
      t3 = Fp.add(t3, t3);
      Z3 = Fp.mul(X1, Z1);
      Z3 = Fp.add(Z3, Z3);
      X3 = mulA(Z3);
      Y3 = Fp.mul(b3, t2);
      Y3 = Fp.add(X3, Y3);
      X3 = Fp.sub(t1, Y3);
      Y3 = Fp.add(t1, Y3);
      Y3 = Fp.mul(X3, Y3);
      X3 = Fp.mul(t3, X3);
      Z3 = Fp.mul(b3, Z3);
      t2 = mulA(t2);
      t3 = Fp.sub(t0, t2);
      t3 = mulA(t3);
      t3 = Fp.add(t3, Z3);
      Z3 = Fp.add(t0, t0);
      t0 = Fp.add(Z3, t0);
      t0 = Fp.add(t0, t2);
      t0 = Fp.mul(t0, t3);
      Y3 = Fp.add(Y3, t0);
      t2 = Fp.mul(Y1, Z1);
      t2 = Fp.add(t2, t2);
      t0 = Fp.mul(t2, t3);
      X3 = Fp.sub(X3, t0);
      Z3 = Fp.mul(t2, t1);
      Z3 = Fp.add(Z3, Z3);
      Z3 = Fp.add(Z3, Z3);
      return new Point(X3, Y3, Z3);
    }
    // Renes-Costello-Batina exception-free addition formula.
    // There is 30% faster Jacobian formula, but it is not complete.
    // https://eprint.iacr.org/2015/1060, algorithm 1
    // Cost: 12M + 0S + 3*a + 3*b3 + 23add.
    add(other) {
      aprjpoint(other);
      const { X: X1, Y: Y1, Z: Z1 } = this;
      const { X: X2, Y: Y2, Z: Z2 } = other;
      let X3 = Fp.ZERO, Y3 = Fp.ZERO, Z3 = Fp.ZERO;
      let t0 = Fp.mul(X1, X2);
      let t1 = Fp.mul(Y1, Y2);
      let t2 = Fp.mul(Z1, Z2);
      let t3 = Fp.add(X1, Y1);
      let t4 = Fp.add(X2, Y2);
      t3 = Fp.mul(t3, t4);
      t4 = Fp.add(t0, t1);
      t3 = Fp.sub(t3, t4);
      t4 = Fp.add(X1, Z1);
      let t5 = Fp.add(X2, Z2);
      t4 = Fp.mul(t4, t5);
      t5 = Fp.add(t0, t2);
      t4 = Fp.sub(t4, t5);
      t5 = Fp.add(Y1, Z1);
      X3 = Fp.add(Y2, Z2);
      t5 = Fp.mul(t5, X3);
      X3 = Fp.add(t1, t2);
      t5 = Fp.sub(t5, X3);
      Z3 = mulA(t4);
      X3 = Fp.mul(b3, t2);
      Z3 = Fp.add(X3, Z3);
      X3 = Fp.sub(t1, Z3);
      Z3 = Fp.add(t1, Z3);
      Y3 = Fp.mul(X3, Z3);
      t1 = Fp.add(t0, t0);
      t1 = Fp.add(t1, t0);
      t2 = mulA(t2);
      t4 = Fp.mul(b3, t4);
      t1 = Fp.add(t1, t2);
      t2 = Fp.sub(t0, t2);
      t2 = mulA(t2);
      t4 = Fp.add(t4, t2);
      t0 = Fp.mul(t1, t4);
      Y3 = Fp.add(Y3, t0);
      t0 = Fp.mul(t5, t4);
      X3 = Fp.mul(t3, X3);
      X3 = Fp.sub(X3, t0);
      t0 = Fp.mul(t3, t1);
      Z3 = Fp.mul(t5, Z3);
      Z3 = Fp.add(Z3, t0);
      return new Point(X3, Y3, Z3);
    }
    subtract(other) {
      aprjpoint(other);
      return this.add(other.negate());
    }
    is0() {
      return this.equals(Point.ZERO);
    }
    /**
     * Constant time multiplication.
     * Uses precomputed tables (signed fixed-window wNAF) when available.
     * Uses scalar blinding and avoids endomorphism splitting in the secret-scalar path.
     * @param scalar - by which the point would be multiplied
     * @returns New point
     */
    multiply(scalar) {
      if (!Fn.isValidNot0(scalar))
        throw new RangeError("invalid scalar: out of range");
      const { p, f } = wnaf.mulSecret(this, scalar, cofactor, normalize);
      return normalize([p, f])[0];
    }
    /**
     * Non-constant-time multiplication. Uses width-4 wNAF with GLV endomorphism splitting
     * when available (two half-width scalars sharing one halved doubling chain).
     * It's faster, but should only be used when you don't care about
     * an exposed secret key e.g. sig verification, which works over *public* keys.
     */
    multiplyUnsafe(scalar) {
      const p = this;
      const sc = scalar;
      if (!Fn.isValid(sc))
        throw new RangeError("invalid scalar: out of range");
      if (sc === _0n5 || p.is0())
        return Point.ZERO;
      if (sc === _1n4)
        return p;
      if (wnaf.hasWindowSize(this))
        return wnaf.mulUnsafe(p, sc, normalize);
      const points = [];
      const scalars = [];
      pushWnafPair(points, scalars, p, sc);
      return mulAddUnsafe(Point, points, scalars);
    }
    /**
     * Non-constant-time double-scalar multiplication `a⋅this + b⋅other` (Strauss–Shamir).
     * Both walks share one doubling chain via {@link mulAddUnsafe}, and GLV endomorphism
     * (when available) halves the chain again by splitting each scalar into two half-width
     * parts. Used by ECDSA verification and public-key recovery for `R = u1⋅G + u2⋅P`.
     * Only for public scalars.
     */
    mulAddUnsafe(a, other, b) {
      aprjpoint(other);
      const points = [];
      const scalars = [];
      pushWnafPair(points, scalars, this, a);
      pushWnafPair(points, scalars, other, b);
      return mulAddUnsafe(Point, points, scalars);
    }
    /**
     * Converts Projective point to affine (x, y) coordinates.
     * (X, Y, Z) ∋ (x=X/Z, y=Y/Z).
     * @param invertedZ - Z^-1 (inverted zero) - optional, precomputation is useful for invertBatch
     */
    toAffine(invertedZ) {
      const p = this;
      let iz = invertedZ;
      if (iz != null && !Fp.isValid(iz))
        throw new RangeError('"invertedZ" expected valid field element');
      const { X, Y, Z } = p;
      if (Fp.eql(Z, Fp.ONE))
        return { x: X, y: Y };
      const is0 = p.is0();
      if (iz == null)
        iz = is0 ? Fp.ONE : Fp.inv(Z);
      const x = Fp.mul(X, iz);
      const y = Fp.mul(Y, iz);
      const zz = Fp.mul(Z, iz);
      if (is0)
        return { x: Fp.ZERO, y: Fp.ZERO };
      if (!Fp.eql(zz, Fp.ONE))
        throw new Error("invZ was invalid");
      return { x, y };
    }
    /**
     * Checks whether Point is free of torsion elements (is in prime subgroup).
     * Always torsion-free for cofactor=1 curves.
     */
    isTorsionFree() {
      if (cofactor === _1n4)
        return true;
      if (isTorsionFree)
        return isTorsionFree(Point, this);
      return wnaf.mulUnsafe(this, CURVE_ORDER).is0();
    }
    clearCofactor() {
      if (cofactor === _1n4)
        return this;
      if (clearCofactor)
        return clearCofactor(Point, this);
      return this.multiplyUnsafe(cofactor);
    }
    isSmallOrder() {
      if (cofactor === _1n4)
        return this.is0();
      return this.clearCofactor().is0();
    }
    toBytes(isCompressed = true) {
      abool(isCompressed, "isCompressed");
      this.assertValidity();
      return encodePoint(Point, this, isCompressed);
    }
    toHex(isCompressed = true) {
      return bytesToHex2(this.toBytes(isCompressed));
    }
    toString() {
      return `<Point ${this.is0() ? "ZERO" : this.toHex()}>`;
    }
  }
  const normalize = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((points) => normalizeZ(Point, points), "normalize");
  const wnaf = new ScalarMultiplier(Point, randomBytes3);
  if (wnaf.bits >= 6)
    Point.BASE.precompute(6);
  Object.freeze(Point.prototype);
  Object.freeze(Point);
  return Point;
}
(0, import_part_MRALY75J.__name)(weierstrass, "weierstrass");
function pprefix(hasEvenY) {
  return Uint8Array.of(hasEvenY ? 2 : 3);
}
(0, import_part_MRALY75J.__name)(pprefix, "pprefix");
function getWLengths(Fp, Fn) {
  return {
    secretKey: Fn.BYTES,
    publicKey: 1 + Fp.BYTES,
    publicKeyUncompressed: 1 + 2 * Fp.BYTES,
    publicKeyHasPrefix: true,
    // Raw compact `(r || s)` signature width; DER and recovered signatures use
    // different lengths outside this helper.
    signature: 2 * Fn.BYTES
  };
}
(0, import_part_MRALY75J.__name)(getWLengths, "getWLengths");
function ecdh(Point, ecdhOpts = {}) {
  validatePointCons(Point);
  const { Fn } = Point;
  const randomBytes_ = ecdhOpts.randomBytes === void 0 ? randomBytes2 : ecdhOpts.randomBytes;
  const lengths = Object.assign(getWLengths(Point.Fp, Fn), {
    seed: Math.max(getMinHashLength(Fn.ORDER), 16)
  });
  function isValidSecretKey(secretKey) {
    try {
      const num = Fn.fromBytes(secretKey);
      return Fn.isValidNot0(num);
    } catch (error) {
      return false;
    }
  }
  (0, import_part_MRALY75J.__name)(isValidSecretKey, "isValidSecretKey");
  function isValidPublicKey(publicKey, isCompressed) {
    const { publicKey: comp, publicKeyUncompressed } = lengths;
    try {
      const l = publicKey.length;
      if (isCompressed === true && l !== comp)
        return false;
      if (isCompressed === false && l !== publicKeyUncompressed)
        return false;
      return !Point.fromBytes(publicKey).is0();
    } catch (error) {
      return false;
    }
  }
  (0, import_part_MRALY75J.__name)(isValidPublicKey, "isValidPublicKey");
  function randomSecretKey(seed) {
    seed = seed === void 0 ? randomBytes_(lengths.seed) : seed;
    return mapHashToField(abytes2(seed, lengths.seed, "seed"), Fn.ORDER);
  }
  (0, import_part_MRALY75J.__name)(randomSecretKey, "randomSecretKey");
  function getPublicKey(secretKey, isCompressed = true) {
    return Point.BASE.multiply(Fn.fromBytes(secretKey)).toBytes(isCompressed);
  }
  (0, import_part_MRALY75J.__name)(getPublicKey, "getPublicKey");
  function isProbPub(item) {
    const { secretKey, publicKey, publicKeyUncompressed } = lengths;
    const allowedLengths = Fn._lengths;
    if (!isBytes2(item))
      return void 0;
    const l = abytes2(item, void 0, "key").length;
    const isPub = l === publicKey || l === publicKeyUncompressed;
    const isSec = l === secretKey || !!allowedLengths?.includes(l);
    if (isPub && isSec)
      return void 0;
    return isPub;
  }
  (0, import_part_MRALY75J.__name)(isProbPub, "isProbPub");
  function getSharedSecret(secretKeyA, publicKeyB, isCompressed = true) {
    if (isProbPub(secretKeyA) === true)
      throw new Error("first arg must be private key");
    if (isProbPub(publicKeyB) === false)
      throw new Error("second arg must be public key");
    const s = Fn.fromBytes(secretKeyA);
    const b = Point.fromBytes(publicKeyB);
    if (b.is0())
      throw new Error("invalid public key: point at infinity");
    return b.multiply(s).toBytes(isCompressed);
  }
  (0, import_part_MRALY75J.__name)(getSharedSecret, "getSharedSecret");
  const utils = {
    isValidSecretKey,
    isValidPublicKey,
    randomSecretKey
  };
  const keygen = createKeygen(randomSecretKey, getPublicKey);
  Object.freeze(utils);
  Object.freeze(lengths);
  return Object.freeze({ getPublicKey, getSharedSecret, keygen, Point, utils, lengths });
}
(0, import_part_MRALY75J.__name)(ecdh, "ecdh");
function ecdsa(Point, hash, ecdsaOpts = {}) {
  validatePointCons(Point);
  const hash_ = hash;
  ahash(hash_);
  validateObject(ecdsaOpts, {}, {
    hmac: "function",
    lowS: "boolean",
    randomBytes: "function",
    bits2int: "function",
    bits2int_modN: "function"
  });
  const opts = Object.assign({}, ecdsaOpts);
  const randomBytes3 = opts.randomBytes === void 0 ? randomBytes2 : opts.randomBytes;
  const hmac2 = opts.hmac === void 0 ? (key, msg) => hmac(hash_, key, msg) : opts.hmac;
  const { Fp, Fn } = Point;
  const { ORDER: CURVE_ORDER, BITS: fnBits } = Fn;
  const blindLength = getMinHashLength(CURVE_ORDER);
  const csprng = probeRandomBytes(randomBytes3, blindLength);
  const { keygen, getPublicKey, getSharedSecret, utils, lengths } = ecdh(Point, opts);
  const defaultSigOpts = {
    prehash: true,
    lowS: typeof opts.lowS === "boolean" ? opts.lowS : true,
    format: "compact",
    extraEntropy: false
  };
  const hasLargeRecoveryLifts = CURVE_ORDER * _2n2 + _1n4 < Fp.ORDER;
  function isBiggerThanHalfOrder(number) {
    const HALF = CURVE_ORDER >> _1n4;
    return number > HALF;
  }
  (0, import_part_MRALY75J.__name)(isBiggerThanHalfOrder, "isBiggerThanHalfOrder");
  function validateRS(title, num) {
    if (!Fn.isValidNot0(num))
      throw new Error(`invalid signature ${title}: out of range 1..Point.Fn.ORDER`);
    return num;
  }
  (0, import_part_MRALY75J.__name)(validateRS, "validateRS");
  function assertFieldSignIsSupported() {
    if (!Fp.isOdd)
      throw new Error("Field doesn't support isOdd");
  }
  (0, import_part_MRALY75J.__name)(assertFieldSignIsSupported, "assertFieldSignIsSupported");
  function getRecoveryBit(x, y, r) {
    assertFieldSignIsSupported();
    return (x === r ? 0 : 2) | Number(Fp.isOdd(y));
  }
  (0, import_part_MRALY75J.__name)(getRecoveryBit, "getRecoveryBit");
  function assertRecoverableCurve() {
    if (hasLargeRecoveryLifts)
      throw new Error('"recovered" sig type is not supported for cofactor >2 curves');
  }
  (0, import_part_MRALY75J.__name)(assertRecoverableCurve, "assertRecoverableCurve");
  function validateSigLength(bytes2, format) {
    validateSigFormat(format);
    const size = lengths.signature;
    const sizer = format === "compact" ? size : format === "recovered" ? size + 1 : void 0;
    return abytes2(bytes2, sizer);
  }
  (0, import_part_MRALY75J.__name)(validateSigLength, "validateSigLength");
  class Signature {
    static {
      (0, import_part_MRALY75J.__name)(this, "Signature");
    }
    r;
    s;
    recovery;
    constructor(r, s, recovery) {
      this.r = validateRS("r", r);
      this.s = validateRS("s", s);
      if (recovery != null) {
        assertRecoverableCurve();
        if (![0, 1, 2, 3].includes(recovery))
          throw new Error("invalid recovery id");
        this.recovery = recovery;
      }
      Object.freeze(this);
    }
    static fromBytes(bytes2, format = defaultSigOpts.format) {
      validateSigLength(bytes2, format);
      let recid;
      if (format === "der") {
        if (bytes2.length > 2 * Fn.BYTES + 16)
          throw new DER.Err("invalid signature: DER signature too long");
        const { r: r2, s: s2 } = DER.toSig(abytes2(bytes2), Fn.BYTES + 1);
        return new Signature(r2, s2);
      }
      if (format === "recovered") {
        recid = bytes2[0];
        format = "compact";
        bytes2 = bytes2.subarray(1);
      }
      const L = lengths.signature / 2;
      const r = bytes2.subarray(0, L);
      const s = bytes2.subarray(L, L * 2);
      return new Signature(Fn.fromBytes(r), Fn.fromBytes(s), recid);
    }
    static fromHex(hex, format) {
      return this.fromBytes(hexToBytes2(hex), format);
    }
    assertRecovery() {
      const { recovery } = this;
      if (recovery == null)
        throw new Error("invalid recovery id: must be present");
      return recovery;
    }
    addRecoveryBit(recovery) {
      return new Signature(this.r, this.s, recovery);
    }
    // Unlike the top-level helper below, this method expects a digest that has
    // already been hashed to the curve's message representative.
    recoverPublicKey(messageHash) {
      const { r, s } = this;
      const recovery = this.assertRecovery();
      const radj = recovery === 2 || recovery === 3 ? r + CURVE_ORDER : r;
      if (!Fp.isValid(radj))
        throw new Error("invalid recovery id: sig.r+curve.n != R.x");
      const x = Fp.toBytes(radj);
      const R = Point.fromBytes(concatBytes2(pprefix((recovery & 1) === 0), x));
      const ir = Fn.inv(radj);
      const h = bits2int_modN(abytes2(messageHash, void 0, "msgHash"));
      const u1 = Fn.create(-h * ir);
      const u2 = Fn.create(s * ir);
      const Q = Point.BASE.mulAddUnsafe(u1, R, u2);
      if (Q.is0())
        throw new Error("invalid recovery: point at infinify");
      Q.assertValidity();
      return Q;
    }
    // Signatures should be low-s, to prevent malleability.
    hasHighS() {
      return isBiggerThanHalfOrder(this.s);
    }
    toBytes(format = defaultSigOpts.format) {
      validateSigFormat(format);
      if (format === "der")
        return hexToBytes2(DER.hexFromSig(this));
      const { r, s } = this;
      const rb = Fn.toBytes(r);
      const sb = Fn.toBytes(s);
      if (format === "recovered") {
        assertRecoverableCurve();
        return concatBytes2(Uint8Array.of(this.assertRecovery()), rb, sb);
      }
      return concatBytes2(rb, sb);
    }
    toHex(format) {
      return bytesToHex2(this.toBytes(format));
    }
  }
  Object.freeze(Signature.prototype);
  Object.freeze(Signature);
  const bits2int = opts.bits2int === void 0 ? /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function bits2int_def(bytes2) {
    if (bytes2.length > 8192)
      throw new Error("input is too large");
    const num = bytesToNumberBE(bytes2);
    const delta = bytes2.length * 8 - fnBits;
    return delta > 0 ? num >> BigInt(delta) : num;
  }, "bits2int_def") : opts.bits2int;
  const bits2int_modN = opts.bits2int_modN === void 0 ? /* @__PURE__ */ (0, import_part_MRALY75J.__name)(function bits2int_modN_def(bytes2) {
    return Fn.create(bits2int(bytes2));
  }, "bits2int_modN_def") : opts.bits2int_modN;
  const ORDER_MASK = bitMask(fnBits);
  function int2octets(num) {
    aInRange("num < 2^" + fnBits, num, _0n5, ORDER_MASK);
    return Fn.toBytes(num);
  }
  (0, import_part_MRALY75J.__name)(int2octets, "int2octets");
  function validateMsgAndHash(message, prehash) {
    abytes2(message, void 0, "message");
    return prehash ? abytes2(hash_(message), void 0, "prehashed message") : message;
  }
  (0, import_part_MRALY75J.__name)(validateMsgAndHash, "validateMsgAndHash");
  function prepSig(message, secretKey, opts2) {
    const { lowS, prehash, extraEntropy } = validateSigOpts(opts2, defaultSigOpts);
    message = validateMsgAndHash(message, prehash);
    const h1int = bits2int_modN(message);
    const d = Fn.fromBytes(secretKey);
    if (!Fn.isValidNot0(d))
      throw new Error("invalid private key");
    const seedArgs = [int2octets(d), int2octets(h1int)];
    if (extraEntropy != null && extraEntropy !== false) {
      const e = extraEntropy === true ? randomBytes3(lengths.secretKey) : extraEntropy;
      seedArgs.push(abytes2(e, void 0, "extraEntropy"));
    }
    const seed = concatBytes2(...seedArgs);
    const m = h1int;
    function k2sig(kBytes) {
      const k = bits2int(kBytes);
      if (!Fn.isValidNot0(k))
        return;
      const q = Point.BASE.multiply(k).toAffine();
      const r = Fn.create(q.x);
      if (r === _0n5)
        return;
      let s;
      if (csprng !== void 0) {
        const b = bytesToNumberBE(mapHashToField(csprng(blindLength), CURVE_ORDER));
        const ibk = Fn.inv(Fn.mul(b, k));
        const bm = Fn.mul(b, m);
        const bd = Fn.mul(b, d);
        s = Fn.create(ibk * Fn.create(bm + bd * r));
      } else {
        const ik = invertCt(k, CURVE_ORDER);
        s = Fn.create(ik * Fn.create(m + r * d));
      }
      if (s === _0n5)
        return;
      let recovery = getRecoveryBit(q.x, q.y, r);
      let normS = s;
      if (lowS && isBiggerThanHalfOrder(s)) {
        normS = Fn.neg(s);
        recovery ^= 1;
      }
      return new Signature(r, normS, hasLargeRecoveryLifts ? void 0 : recovery);
    }
    (0, import_part_MRALY75J.__name)(k2sig, "k2sig");
    return { seed, k2sig };
  }
  (0, import_part_MRALY75J.__name)(prepSig, "prepSig");
  function sign(message, secretKey, opts2 = {}) {
    const { seed, k2sig } = prepSig(message, secretKey, opts2);
    const drbg = createHmacDrbg(hash_.outputLen, Fn.BYTES, hmac2);
    const sig = drbg(seed, k2sig);
    return sig.toBytes(opts2.format);
  }
  (0, import_part_MRALY75J.__name)(sign, "sign");
  function verify(signature, message, publicKey, opts2 = {}) {
    const { lowS, prehash, format } = validateSigOpts(opts2, defaultSigOpts);
    publicKey = abytes2(publicKey, void 0, "publicKey");
    message = validateMsgAndHash(message, prehash);
    if (!isBytes2(signature)) {
      const end = signature instanceof Signature ? ", use sig.toBytes()" : "";
      throw new Error("verify expects Uint8Array signature" + end);
    }
    validateSigLength(signature, format);
    try {
      const sig = Signature.fromBytes(signature, format);
      const P = Point.fromBytes(publicKey);
      if (P.is0())
        return false;
      if (lowS && sig.hasHighS())
        return false;
      const { r, s } = sig;
      const h = bits2int_modN(message);
      const is = Fn.inv(s);
      const u1 = Fn.create(h * is);
      const u2 = Fn.create(r * is);
      const R = Point.BASE.mulAddUnsafe(u1, P, u2);
      if (R.is0())
        return false;
      const q = R.toAffine();
      const v = Fn.create(q.x);
      if (v !== r)
        return false;
      if (format === "recovered" && sig.recovery !== getRecoveryBit(q.x, q.y, r))
        return false;
      return true;
    } catch (e) {
      return false;
    }
  }
  (0, import_part_MRALY75J.__name)(verify, "verify");
  function recoverPublicKey(signature, message, opts2 = {}) {
    const { prehash } = validateSigOpts(opts2, defaultSigOpts);
    message = validateMsgAndHash(message, prehash);
    return Signature.fromBytes(signature, "recovered").recoverPublicKey(message).toBytes();
  }
  (0, import_part_MRALY75J.__name)(recoverPublicKey, "recoverPublicKey");
  return Object.freeze({
    keygen,
    getPublicKey,
    getSharedSecret,
    utils,
    lengths,
    Point,
    sign,
    verify,
    recoverPublicKey,
    Signature,
    hash: hash_
  });
}
(0, import_part_MRALY75J.__name)(ecdsa, "ecdsa");
var p256_CURVE = /* @__PURE__ */ (() => ({
  p: BigInt("0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff"),
  n: BigInt("0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551"),
  h: BigInt(1),
  a: BigInt("0xffffffff00000001000000000000000000000000fffffffffffffffffffffffc"),
  b: BigInt("0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b"),
  Gx: BigInt("0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"),
  Gy: BigInt("0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5")
}))();
var p384_CURVE = /* @__PURE__ */ (() => ({
  p: BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff"),
  n: BigInt("0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973"),
  h: BigInt(1),
  a: BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffc"),
  b: BigInt("0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef"),
  Gx: BigInt("0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7"),
  Gy: BigInt("0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f")
}))();
var p521_CURVE = /* @__PURE__ */ (() => ({
  p: BigInt("0x1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"),
  n: BigInt("0x01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409"),
  h: BigInt(1),
  a: BigInt("0x1fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc"),
  b: BigInt("0x0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00"),
  Gx: BigInt("0x00c6858e06b70404e9cd9e3ecb662395b4429c648139053fb521f828af606b4d3dbaa14b5e77efe75928fe1dc127a2ffa8de3348b3c1856a429bf97e7e31c2e5bd66"),
  Gy: BigInt("0x011839296a789a3bc0045c8a5fb42c7d1bd998f54449579b446817afbd17273e662c97ee72995ef42640c550b9013fad0761353c7086a272c24088be94769fd16650")
}))();
var p256_Point = /* @__PURE__ */ weierstrass(p256_CURVE);
var p256 = /* @__PURE__ */ ecdsa(p256_Point, sha256);
var p384_Point = /* @__PURE__ */ weierstrass(p384_CURVE);
var p384 = /* @__PURE__ */ ecdsa(p384_Point, sha384);
var p521_Point = /* @__PURE__ */ weierstrass(p521_CURVE);
var p521 = /* @__PURE__ */ ecdsa(p521_Point, sha512);
var COSIGN_SIGN_PREDICATE_TYPE = "https://sigstore.dev/cosign/sign/v1";
var IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
var BUNDLE_PREDICATE_TYPE_ANNOTATION = "dev.sigstore.bundle.predicateType";
var SIMPLE_SIGNING_MEDIA_TYPE = "application/vnd.dev.cosign.simplesigning.v1+json";
var SIMPLE_SIGNING_TYPE = "cosign container image signature";
var SIGNATURE_ANNOTATION = "dev.cosignproject.cosign/signature";
var CERTIFICATE_ANNOTATION = "dev.sigstore.cosign/certificate";
var CHAIN_ANNOTATION = "dev.sigstore.cosign/chain";
var REKOR_BUNDLE_ANNOTATION = "dev.sigstore.cosign/bundle";
var RFC3161_TIMESTAMP_ANNOTATION = "dev.sigstore.cosign/rfc3161timestamp";
var DSSE_ENVELOPE_MEDIA_TYPE = "application/vnd.dsse.envelope.v1+json";
var PREDICATE_TYPE_ANNOTATION = "predicateType";
var BUNDLE_V01_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle+json;version=0.1";
function legacyCosignTags(subjectDigest) {
  const match = /^(sha256|sha384|sha512):([0-9a-f]+)$/.exec(subjectDigest);
  if (!match) return void 0;
  const base = `${match[1]}-${match[2]}`;
  return { sig: `${base}.sig`, att: `${base}.att` };
}
(0, import_part_MRALY75J.__name)(legacyCosignTags, "legacyCosignTags");
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
var PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;
function legacyVerificationMaterial(annotations) {
  const certificate = pemCertificates(annotations, CERTIFICATE_ANNOTATION);
  const chain = pemCertificates(annotations, CHAIN_ANNOTATION);
  if (certificate.length === 0 && chain.length > 0) {
    throw malformed(CHAIN_ANNOTATION, `is present without ${CERTIFICATE_ANNOTATION}`);
  }
  const identity = certificate.length > 0 ? {
    x509CertificateChain: {
      certificates: [...certificate.slice(0, 1), ...chain].map((der) => ({
        rawBytes: der.toString("base64")
      }))
    }
  } : { publicKey: { hint: "" } };
  const rekor = annotations[REKOR_BUNDLE_ANNOTATION];
  const timestamp = annotations[RFC3161_TIMESTAMP_ANNOTATION];
  return {
    ...identity,
    tlogEntries: rekor ? [rekorBundleEntry(rekor)] : [],
    timestampVerificationData: timestamp ? { rfc3161Timestamps: [{ signedTimestamp: rfc3161Timestamp(timestamp) }] } : void 0
  };
}
(0, import_part_MRALY75J.__name)(legacyVerificationMaterial, "legacyVerificationMaterial");
function pemCertificates(annotations, name) {
  const text = annotations[name];
  if (text === void 0 || text.trim() === "") return [];
  const blocks = [...text.matchAll(PEM_BLOCK)];
  if (blocks.length === 0) throw malformed(name, "holds no PEM block");
  return blocks.map(([, label, body], index) => {
    if (label !== "CERTIFICATE") {
      throw malformed(name, `block ${index} is a ${label ?? "?"}, not a CERTIFICATE`);
    }
    const der = Buffer.from((body ?? "").replace(/\s+/g, ""), "base64");
    try {
      new import_node_crypto2.X509Certificate(der);
    } catch (cause) {
      throw malformed(
        name,
        `certificate ${index} does not parse (${cause.message})`,
        cause
      );
    }
    return der;
  });
}
(0, import_part_MRALY75J.__name)(pemCertificates, "pemCertificates");
function rekorBundleEntry(text) {
  const name = REKOR_BUNDLE_ANNOTATION;
  const parsed = parseJson(name, text);
  const set = parsed?.SignedEntryTimestamp;
  const payload = parsed?.Payload;
  if (typeof set !== "string" || set === "" || !BASE64.test(set)) {
    throw malformed(name, "has no base64 SignedEntryTimestamp");
  }
  if (typeof payload !== "object" || payload === null) throw malformed(name, "has no Payload");
  const { body, integratedTime, logIndex, logID } = payload;
  if (typeof body !== "string" || body === "" || !BASE64.test(body)) {
    throw malformed(name, "has no base64 Payload.body");
  }
  for (const [field, value] of [
    ["integratedTime", integratedTime],
    ["logIndex", logIndex]
  ]) {
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
      throw malformed(name, `has Payload.${field} ${JSON.stringify(value)}, not an integer`);
    }
  }
  if (typeof logID !== "string" || !/^[0-9a-f]{64}$/i.test(logID)) {
    throw malformed(name, "has no Payload.logID of 64 hex digits");
  }
  const entry = parseJson(name, Buffer.from(body, "base64").toString());
  if (typeof entry?.kind !== "string" || typeof entry.apiVersion !== "string") {
    throw malformed(name, "has a Payload.body that is not a Rekor entry with kind and apiVersion");
  }
  return {
    logIndex: String(logIndex),
    logId: { keyId: Buffer.from(logID, "hex").toString("base64") },
    kindVersion: { kind: entry.kind, version: entry.apiVersion },
    integratedTime: String(integratedTime),
    inclusionPromise: { signedEntryTimestamp: set },
    inclusionProof: void 0,
    canonicalizedBody: body
  };
}
(0, import_part_MRALY75J.__name)(rekorBundleEntry, "rekorBundleEntry");
function rfc3161Timestamp(text) {
  const name = RFC3161_TIMESTAMP_ANNOTATION;
  const token = parseJson(name, text)?.SignedRFC3161Timestamp;
  if (typeof token !== "string" || token === "" || !BASE64.test(token)) {
    throw malformed(name, "has no base64 SignedRFC3161Timestamp");
  }
  return token;
}
(0, import_part_MRALY75J.__name)(rfc3161Timestamp, "rfc3161Timestamp");
function base64Annotation(annotations, name) {
  const value = annotations[name];
  if (value === void 0 || value === "") throw malformed(name, "is missing or empty");
  if (!BASE64.test(value)) throw malformed(name, "is not base64");
  return value;
}
(0, import_part_MRALY75J.__name)(base64Annotation, "base64Annotation");
function parseJson(name, text) {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw malformed(name, `is not JSON (${cause.message})`, cause);
  }
}
(0, import_part_MRALY75J.__name)(parseJson, "parseJson");
function malformed(name, problem, cause) {
  return new SigstoreError({
    code: "INVALID_BUNDLE",
    message: `the cosign layer annotation ${name} ${problem}; the signature cannot be read`,
    ...cause === void 0 ? {} : { cause }
  });
}
(0, import_part_MRALY75J.__name)(malformed, "malformed");
function legacySignatureBundle(options) {
  const signature = base64Annotation(options.annotations, SIGNATURE_ANNOTATION);
  return {
    mediaType: BUNDLE_V01_MEDIA_TYPE,
    verificationMaterial: legacyVerificationMaterial(options.annotations),
    messageSignature: {
      messageDigest: {
        algorithm: "SHA2_256",
        digest: (0, import_node_crypto.createHash)("sha256").update(options.payload).digest("base64")
      },
      signature
    }
  };
}
(0, import_part_MRALY75J.__name)(legacySignatureBundle, "legacySignatureBundle");
function legacyAttestationBundle(options) {
  return {
    mediaType: BUNDLE_V01_MEDIA_TYPE,
    verificationMaterial: legacyVerificationMaterial(options.annotations),
    dsseEnvelope: dsseEnvelope(options.envelope)
  };
}
(0, import_part_MRALY75J.__name)(legacyAttestationBundle, "legacyAttestationBundle");
function dsseEnvelope(bytes2) {
  let parsed;
  try {
    parsed = JSON.parse(bytes2.toString());
  } catch (cause) {
    throw invalidEnvelope(`is not JSON (${cause.message})`, cause);
  }
  const envelope = parsed;
  if (typeof envelope?.payloadType !== "string" || envelope.payloadType === "") {
    throw invalidEnvelope("has no payloadType");
  }
  if (typeof envelope.payload !== "string" || envelope.payload === "") {
    throw invalidEnvelope("has no payload");
  }
  const signatures = envelope.signatures;
  if (!Array.isArray(signatures) || signatures.length !== 1) {
    throw invalidEnvelope(
      `has ${Array.isArray(signatures) ? signatures.length : "no"} signatures; cosign writes exactly one`
    );
  }
  const [only] = signatures;
  if (typeof only?.sig !== "string" || only.sig === "")
    throw invalidEnvelope("has an empty signature");
  return {
    payloadType: envelope.payloadType,
    payload: envelope.payload,
    signatures: [{ sig: only.sig, keyid: typeof only.keyid === "string" ? only.keyid : "" }]
  };
}
(0, import_part_MRALY75J.__name)(dsseEnvelope, "dsseEnvelope");
function invalidEnvelope(problem, cause) {
  return new SigstoreError({
    code: "INVALID_BUNDLE",
    message: `the cosign attestation layer (a DSSE envelope) ${problem}; the attestation cannot be read`,
    ...cause === void 0 ? {} : { cause }
  });
}
(0, import_part_MRALY75J.__name)(invalidEnvelope, "invalidEnvelope");
function parseSimpleSigningPayload(options) {
  let parsed;
  try {
    parsed = JSON.parse(options.payload.toString());
  } catch (cause) {
    throw invalid(`is not JSON (${cause.message})`, cause);
  }
  const payload = parsed;
  const critical = payload?.critical;
  if (typeof critical !== "object" || critical === null) throw invalid('has no "critical" object');
  const type = critical.type;
  if (type !== SIMPLE_SIGNING_TYPE) {
    throw invalid(`has critical.type ${JSON.stringify(type)}, not "${SIMPLE_SIGNING_TYPE}"`);
  }
  const digest = critical.image?.["docker-manifest-digest"];
  if (typeof digest !== "string" || !/^[a-z0-9]+:[0-9a-f]+$/.test(digest)) {
    throw invalid("has no critical.image.docker-manifest-digest");
  }
  const reference = critical.identity?.["docker-reference"];
  const optional = payload?.optional;
  const claims = {
    dockerReference: typeof reference === "string" ? reference : "",
    digest,
    type,
    optional: typeof optional === "object" && optional !== null && !Array.isArray(optional) ? optional : null
  };
  if (options.subjectDigest !== void 0 && digest !== options.subjectDigest) {
    throw new SigstoreError({
      code: "VERIFICATION_FAILED",
      message: `the cosign signature payload is about ${digest}, not ${options.subjectDigest}: it does not sign this image`
    });
  }
  return claims;
}
(0, import_part_MRALY75J.__name)(parseSimpleSigningPayload, "parseSimpleSigningPayload");
function invalid(problem, cause) {
  return new SigstoreError({
    code: "INVALID_BUNDLE",
    message: `the cosign simple-signing payload ${problem}; the signature cannot be read`,
    ...cause === void 0 ? {} : { cause }
  });
}
(0, import_part_MRALY75J.__name)(invalid, "invalid");
async function hashFile(path) {
  let hashed;
  try {
    hashed = await (0, import_part_CF5VF7M6.hashRegularFile)({ path, algorithms: ["sha256"] });
  } catch (cause) {
    throw new SigstoreError({
      code: "INVALID_INPUT",
      cause,
      message: cause instanceof import_part_CF5VF7M6.OciError ? `${cause.message}; only regular files are hashed` : `cannot read ${(0, import_part_242AIN3U.quote)(path)} to hash it (${cause.code ?? cause.message}); check the path names an existing, readable file`
    });
  }
  const digest = hashed.digests.get("sha256") ?? Buffer.alloc(0);
  return { digest, hex: digest.toString("hex"), size: hashed.size };
}
(0, import_part_MRALY75J.__name)(hashFile, "hashFile");
var import_protobuf_specs = (0, import_part_MRALY75J.__toESM)((0, import_part_UEVX7OHL.require_dist)());
var public_good_trusted_root_default = {
  mediaType: "application/vnd.dev.sigstore.trustedroot+json;version=0.1",
  tlogs: [
    {
      baseUrl: "https://rekor.sigstore.dev",
      hashAlgorithm: "SHA2_256",
      publicKey: {
        rawBytes: "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE2G2Y+2tabdTV5BcGiBIx0a9fAFwrkBbmLSGtks4L3qX6yYY0zufBnhC8Ur/iy55GhWP/9A/bY2LhC30M9+RYtw==",
        keyDetails: "PKIX_ECDSA_P256_SHA_256",
        validFor: {
          start: "2021-01-12T11:53:27Z"
        }
      },
      logId: {
        keyId: "wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0="
      }
    },
    {
      baseUrl: "https://log2025-1.rekor.sigstore.dev",
      hashAlgorithm: "SHA2_256",
      publicKey: {
        rawBytes: "MCowBQYDK2VwAyEAt8rlp1knGwjfbcXAYPYAkn0XiLz1x8O4t0YkEhie244=",
        keyDetails: "PKIX_ED25519",
        validFor: {
          start: "2025-09-23T00:00:00Z"
        }
      },
      logId: {
        keyId: "zxGZFVvd0FEmjR8WrFwMdcAJ9vtaY/QXf44Y1wUeP6A="
      }
    }
  ],
  certificateAuthorities: [
    {
      subject: {
        organization: "sigstore.dev",
        commonName: "sigstore"
      },
      uri: "https://fulcio.sigstore.dev",
      certChain: {
        certificates: [
          {
            rawBytes: "MIIB+DCCAX6gAwIBAgITNVkDZoCiofPDsy7dfm6geLbuhzAKBggqhkjOPQQDAzAqMRUwEwYDVQQKEwxzaWdzdG9yZS5kZXYxETAPBgNVBAMTCHNpZ3N0b3JlMB4XDTIxMDMwNzAzMjAyOVoXDTMxMDIyMzAzMjAyOVowKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTB2MBAGByqGSM49AgEGBSuBBAAiA2IABLSyA7Ii5k+pNO8ZEWY0ylemWDowOkNa3kL+GZE5Z5GWehL9/A9bRNA3RbrsZ5i0JcastaRL7Sp5fp/jD5dxqc/UdTVnlvS16an+2Yfswe/QuLolRUCrcOE2+2iA5+tzd6NmMGQwDgYDVR0PAQH/BAQDAgEGMBIGA1UdEwEB/wQIMAYBAf8CAQEwHQYDVR0OBBYEFMjFHQBBmiQpMlEk6w2uSu1KBtPsMB8GA1UdIwQYMBaAFMjFHQBBmiQpMlEk6w2uSu1KBtPsMAoGCCqGSM49BAMDA2gAMGUCMH8liWJfMui6vXXBhjDgY4MwslmN/TJxVe/83WrFomwmNf056y1X48F9c4m3a3ozXAIxAKjRay5/aj/jsKKGIkmQatjI8uupHr/+CxFvaJWmpYqNkLDGRU+9orzh5hI2RrcuaQ=="
          }
        ]
      },
      validFor: {
        start: "2021-03-07T03:20:29Z",
        end: "2022-12-31T23:59:59.999Z"
      }
    },
    {
      subject: {
        organization: "sigstore.dev",
        commonName: "sigstore"
      },
      uri: "https://fulcio.sigstore.dev",
      certChain: {
        certificates: [
          {
            rawBytes: "MIICGjCCAaGgAwIBAgIUALnViVfnU0brJasmRkHrn/UnfaQwCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMjA0MTMyMDA2MTVaFw0zMTEwMDUxMzU2NThaMDcxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEeMBwGA1UEAxMVc2lnc3RvcmUtaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE8RVS/ysH+NOvuDZyPIZtilgUF9NlarYpAd9HP1vBBH1U5CV77LSS7s0ZiH4nE7Hv7ptS6LvvR/STk798LVgMzLlJ4HeIfF3tHSaexLcYpSASr1kS0N/RgBJz/9jWCiXno3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQU39Ppz1YkEZb5qNjpKFWixi4YZD8wHwYDVR0jBBgwFoAUWMAeX5FFpWapesyQoZMi0CrFxfowCgYIKoZIzj0EAwMDZwAwZAIwPCsQK4DYiZYDPIaDi5HFKnfxXx6ASSVmERfsynYBiX2X6SJRnZU84/9DZdnFvvxmAjBOt6QpBlc4J/0DxvkTCqpclvziL6BCCPnjdlIB3Pu3BxsPmygUY7Ii2zbdCdliiow="
          },
          {
            rawBytes: "MIIB9zCCAXygAwIBAgIUALZNAPFdxHPwjeDloDwyYChAO/4wCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMTEwMDcxMzU2NTlaFw0zMTEwMDUxMzU2NThaMCoxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjERMA8GA1UEAxMIc2lnc3RvcmUwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAT7XeFT4rb3PQGwS4IajtLk3/OlnpgangaBclYpsYBr5i+4ynB07ceb3LP0OIOZdxexX69c5iVuyJRQ+Hz05yi+UF3uBWAlHpiS5sh0+H2GHE7SXrk1EC5m1Tr19L9gg92jYzBhMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBRYwB5fkUWlZql6zJChkyLQKsXF+jAfBgNVHSMEGDAWgBRYwB5fkUWlZql6zJChkyLQKsXF+jAKBggqhkjOPQQDAwNpADBmAjEAj1nHeXZp+13NWBNa+EDsDP8G1WWg1tCMWP/WHPqpaVo0jhsweNFZgSs0eE7wYI4qAjEA2WB9ot98sIkoF3vZYdd3/VtWB5b9TNMea7Ix/stJ5TfcLLeABLE4BNJOsQ4vnBHJ"
          }
        ]
      },
      validFor: {
        start: "2022-04-13T20:06:15Z"
      }
    }
  ],
  ctlogs: [
    {
      baseUrl: "https://ctfe.sigstore.dev/test",
      hashAlgorithm: "SHA2_256",
      publicKey: {
        rawBytes: "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEbfwR+RJudXscgRBRpKX1XFDy3PyudDxz/SfnRi1fT8ekpfBd2O1uoz7jr3Z8nKzxA69EUQ+eFCFI3zeubPWU7w==",
        keyDetails: "PKIX_ECDSA_P256_SHA_256",
        validFor: {
          start: "2021-03-14T00:00:00Z",
          end: "2022-10-31T23:59:59.999Z"
        }
      },
      logId: {
        keyId: "CGCS8ChS/2hF0dFrJ4ScRWcYrBY9wzjSbea8IgY2b3I="
      }
    },
    {
      baseUrl: "https://ctfe.sigstore.dev/2022",
      hashAlgorithm: "SHA2_256",
      publicKey: {
        rawBytes: "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEiPSlFi0CmFTfEjCUqF9HuCEcYXNKAaYalIJmBZ8yyezPjTqhxrKBpMnaocVtLJBI1eM3uXnQzQGAJdJ4gs9Fyw==",
        keyDetails: "PKIX_ECDSA_P256_SHA_256",
        validFor: {
          start: "2022-10-20T00:00:00Z"
        }
      },
      logId: {
        keyId: "3T0wasbHETJjGR4cmWc3AqJKXrjePK3/h4pygC8p7o4="
      }
    }
  ],
  timestampAuthorities: [
    {
      subject: {
        organization: "sigstore.dev",
        commonName: "sigstore-tsa-selfsigned"
      },
      uri: "https://timestamp.sigstore.dev/api/v1/timestamp",
      certChain: {
        certificates: [
          {
            rawBytes: "MIICEDCCAZagAwIBAgIUOhNULwyQYe68wUMvy4qOiyojiwwwCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMC4xFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEVMBMGA1UEAxMMc2lnc3RvcmUtdHNhMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE4ra2Z8hKNig2T9kFjCAToGG30jky+WQv3BzL+mKvh1SKNR/UwuwsfNCg4sryoYAd8E6isovVA3M4aoNdm9QDi50Z8nTEyvqgfDPtTIwXItfiW/AFf1V7uwkbkAoj0xxco2owaDAOBgNVHQ8BAf8EBAMCB4AwHQYDVR0OBBYEFIn9eUOHz9BlRsMCRscsc1t9tOsDMB8GA1UdIwQYMBaAFJjsAe9/u1H/1JUeb4qImFMHic6/MBYGA1UdJQEB/wQMMAoGCCsGAQUFBwMIMAoGCCqGSM49BAMDA2gAMGUCMDtpsV/6KaO0qyF/UMsX2aSUXKQFdoGTptQGc0ftq1csulHPGG6dsmyMNd3JB+G3EQIxAOajvBcjpJmKb4Nv+2Taoj8Uc5+b6ih6FXCCKraSqupe07zqswMcXJTe1cExvHvvlw=="
          },
          {
            rawBytes: "MIIB9zCCAXygAwIBAgIUV7f0GLDOoEzIh8LXSW80OJiUp14wCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMDkxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEgMB4GA1UEAxMXc2lnc3RvcmUtdHNhLXNlbGZzaWduZWQwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQUQNtfRT/ou3YATa6wB/kKTe70cfJwyRIBovMnt8RcJph/COE82uyS6FmppLLL1VBPGcPfpQPYJNXzWwi8icwhKQ6W/Qe2h3oebBb2FHpwNJDqo+TMaC/tdfkv/ElJB72jRTBDMA4GA1UdDwEB/wQEAwIBBjASBgNVHRMBAf8ECDAGAQH/AgEAMB0GA1UdDgQWBBSY7AHvf7tR/9SVHm+KiJhTB4nOvzAKBggqhkjOPQQDAwNpADBmAjEAwGEGrfGZR1cen1R8/DTVMI943LssZmJRtDp/i7SfGHmGRP6gRbuj9vOK3b67Z0QQAjEAuT2H673LQEaHTcyQSZrkp4mX7WwkmF+sVbkYY5mXN+RMH13KUEHHOqASaemYWK/E"
          }
        ]
      },
      validFor: {
        start: "2025-07-04T00:00:00Z"
      }
    }
  ]
};
var MEDIA_TYPE_PREFIX = "application/vnd.dev.sigstore.trustedroot";
function publicGoodTrustedRoot() {
  return structuredClone(public_good_trusted_root_default);
}
(0, import_part_MRALY75J.__name)(publicGoodTrustedRoot, "publicGoodTrustedRoot");
async function loadTrustedRoot(options) {
  const { path } = options;
  let text;
  try {
    text = await (0, import_promises.readFile)(path, "utf8");
  } catch (cause) {
    throw new SigstoreError({
      code: "INVALID_INPUT",
      cause,
      message: `cannot read the trusted root ${path} (${cause.code ?? cause.message})`
    });
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new SigstoreError({
      code: "INVALID_INPUT",
      cause,
      message: `the trusted root ${path} is not JSON (${cause.message})`
    });
  }
  return checkTrustedRoot({ json, source: path });
}
(0, import_part_MRALY75J.__name)(loadTrustedRoot, "loadTrustedRoot");
function checkTrustedRoot(options) {
  const { json, source } = options;
  const invalid3 = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((reason, cause) => new SigstoreError({
    code: "INVALID_INPUT",
    cause,
    message: `${source} is not a Sigstore trusted root: ${reason}`
  }), "invalid");
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw invalid3("expected a JSON object");
  }
  const root = json;
  const mediaType = root["mediaType"];
  if (typeof mediaType !== "string" || !mediaType.startsWith(MEDIA_TYPE_PREFIX)) {
    throw invalid3(`mediaType is ${JSON.stringify(mediaType)}, expected ${MEDIA_TYPE_PREFIX}\u2026`);
  }
  for (const field of ["tlogs", "certificateAuthorities", "ctlogs", "timestampAuthorities"]) {
    const value = root[field];
    if (value !== void 0 && !Array.isArray(value)) throw invalid3(`${field} is not an array`);
  }
  let parsed;
  try {
    parsed = import_protobuf_specs.TrustedRoot.fromJSON(root);
  } catch (cause) {
    throw invalid3(cause.message, cause);
  }
  if (parsed.tlogs.length === 0 && parsed.certificateAuthorities.length === 0) {
    throw invalid3("it lists neither transparency logs nor certificate authorities");
  }
  return root;
}
(0, import_part_MRALY75J.__name)(checkTrustedRoot, "checkTrustedRoot");
var TRUSTED_ROOT_TARGET = "trusted_root.json";
async function loadTrustedRootFromTuf(options) {
  const { mirror, root, cachePath } = options;
  const fail = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((reason, cause) => new SigstoreError({
    code: "TRUST_ROOT",
    cause,
    message: `cannot get ${TRUSTED_ROOT_TARGET} from the TUF repository ${mirror}: ${reason}`
  }), "fail");
  try {
    new URL(mirror);
  } catch (cause) {
    throw fail("the mirror is not a URL", cause);
  }
  try {
    JSON.parse(await (0, import_promises2.readFile)(root, "utf8"));
  } catch (cause) {
    const code = cause.code;
    throw fail(
      `the initial root ${root} ${code === void 0 ? `is not JSON (${cause.message})` : `cannot be read (${code})`}`,
      cause
    );
  }
  const { initTUF } = await Promise.resolve().then(() => __toESM(require("./part-Q247E6EE.js")));
  let text;
  try {
    const tuf = await initTUF({
      mirrorURL: mirror.replace(/\/+$/u, ""),
      rootPath: root,
      cachePath,
      forceCache: options.forceCache ?? false,
      retry: { retries: 2 },
      timeout: options.timeoutMs ?? 1e4
    });
    text = await tuf.getTarget(TRUSTED_ROOT_TARGET);
  } catch (cause) {
    throw fail(`${describe(cause)}; check the mirror URL and that ${root} is its root.json`, cause);
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw fail(`the target is not JSON (${cause.message})`, cause);
  }
  try {
    return checkTrustedRoot({ json, source: `${mirror} target ${TRUSTED_ROOT_TARGET}` });
  } catch (cause) {
    throw fail(cause.message, cause);
  }
}
(0, import_part_MRALY75J.__name)(loadTrustedRootFromTuf, "loadTrustedRootFromTuf");
function describe(error) {
  const parts = [];
  let current = error;
  while (current instanceof Error && parts.length < 4) {
    const code = current.code;
    parts.push(`${typeof code === "string" ? `${code}: ` : ""}${current.message}`);
    current = current.cause;
  }
  return parts.length === 0 ? String(error) : parts.join(" \u2190 ");
}
(0, import_part_MRALY75J.__name)(describe, "describe");
var import_bundle = (0, import_part_MRALY75J.__toESM)(require_dist2());
var import_protobuf_specs4 = (0, import_part_MRALY75J.__toESM)((0, import_part_UEVX7OHL.require_dist)());
var import_verify4 = (0, import_part_MRALY75J.__toESM)(require_dist4());
var import_protobuf_specs2 = (0, import_part_MRALY75J.__toESM)((0, import_part_UEVX7OHL.require_dist)());
var string = { type: "string" };
var bytes = { type: "bytes" };
var int64 = { type: "int64" };
var object = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((fields, rules = {}) => ({ type: "object", fields, ...rules }), "object");
var array = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((items) => ({ type: "array", items }), "array");
var HASH_ALGORITHMS = Object.fromEntries(
  Object.entries(import_protobuf_specs2.HashAlgorithm).filter(
    (entry) => typeof entry[1] === "number"
  )
);
var rawBytes = object({ rawBytes: bytes }, { required: ["rawBytes"] });
var TLOG_ENTRY = object(
  {
    logIndex: int64,
    logId: object({ keyId: bytes }, { required: ["keyId"] }),
    kindVersion: object({ kind: string, version: string }),
    integratedTime: int64,
    inclusionPromise: object(
      { signedEntryTimestamp: bytes },
      { required: ["signedEntryTimestamp"] }
    ),
    inclusionProof: object(
      {
        logIndex: int64,
        rootHash: bytes,
        treeSize: int64,
        hashes: array(bytes),
        checkpoint: object({ envelope: string }, { required: ["envelope"] })
      },
      { required: ["rootHash"] }
    ),
    canonicalizedBody: bytes
  },
  { required: ["logId", "kindVersion", "canonicalizedBody"] }
);
var MEDIA_TYPES = {
  "application/vnd.dev.sigstore.bundle+json;version=0.1": 1,
  "application/vnd.dev.sigstore.bundle+json;version=0.2": 2,
  "application/vnd.dev.sigstore.bundle+json;version=0.3": 3,
  "application/vnd.dev.sigstore.bundle.v0.3+json": 4
};
var BUNDLE = object(
  {
    mediaType: { type: "text", values: MEDIA_TYPES },
    verificationMaterial: object(
      {
        publicKey: object({ hint: string }),
        x509CertificateChain: object(
          { certificates: array(rawBytes) },
          { required: ["certificates"] }
        ),
        certificate: rawBytes,
        tlogEntries: array(TLOG_ENTRY),
        timestampVerificationData: object({
          rfc3161Timestamps: array(
            object({ signedTimestamp: bytes }, { required: ["signedTimestamp"] })
          )
        })
      },
      { oneOf: [["publicKey", "x509CertificateChain", "certificate"]] }
    ),
    messageSignature: object(
      {
        messageDigest: object(
          { algorithm: { type: "enum", values: HASH_ALGORITHMS }, digest: bytes },
          { required: ["digest"] }
        ),
        signature: bytes
      },
      { required: ["signature"] }
    ),
    dsseEnvelope: object(
      {
        payload: bytes,
        payloadType: string,
        signatures: array(object({ sig: bytes, keyid: string }, { required: ["sig"] }))
      },
      { required: ["payload", "payloadType", "signatures"] }
    )
  },
  { required: ["mediaType", "verificationMaterial"], oneOf: [["messageSignature", "dsseEnvelope"]] }
);
var BASE642 = /^[A-Za-z0-9+/_-]*={0,2}$/u;
var INT64_MAX = 2n ** 63n - 1n;
function checkBundleJson(options) {
  check(options.json, BUNDLE, "");
}
(0, import_part_MRALY75J.__name)(checkBundleJson, "checkBundleJson");
var invalid2 = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((message) => new SigstoreError({ code: "INVALID_BUNDLE", message: `not a valid Sigstore bundle: ${message}` }), "invalid");
var describe2 = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((value) => value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `a ${typeof value}`, "describe");
function check(value, schema, path) {
  const where = path === "" ? "the bundle" : path;
  switch (schema.type) {
    case "string":
      if (typeof value !== "string") throw invalid2(`${where} is ${describe2(value)}, not a string`);
      return;
    case "bytes":
      checkBase64(value, where);
      return;
    case "int64":
      checkUint64(value, where);
      return;
    case "enum":
      if (typeof value === "string" && Object.hasOwn(schema.values, value)) return;
      if (typeof value === "number" && Object.values(schema.values).includes(value)) return;
      throw invalid2(
        `${where} is ${typeof value === "string" || typeof value === "number" ? JSON.stringify(value) : describe2(value)}, not one of ${Object.keys(schema.values).join(", ")}`
      );
    case "text":
      if (typeof value === "string" && Object.hasOwn(schema.values, value)) return;
      throw invalid2(
        `${where} is ${typeof value === "string" ? JSON.stringify(value.slice(0, 100)) : describe2(value)}, not one of ${Object.keys(schema.values).join(", ")}`
      );
    case "array":
      if (!Array.isArray(value)) throw invalid2(`${where} is ${describe2(value)}, not an array`);
      for (const [index, item] of value.entries())
        check(item, schema.items, `${path}[${index}]`);
      return;
    case "object": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw invalid2(`${where} is ${describe2(value)}, not an object`);
      }
      const record = value;
      const child = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((name) => path === "" ? name : `${path}.${name}`, "child");
      for (const name of schema.required ?? []) {
        if (record[name] === void 0) throw invalid2(`${child(name)} is missing`);
      }
      for (const group of schema.oneOf ?? []) {
        const present = group.filter((name) => record[name] !== void 0);
        if (present.length !== 1) {
          throw invalid2(
            `${where} must have exactly one of ${group.join(", ")}; it has ${present.length === 0 ? "none" : present.join(" and ")}`
          );
        }
      }
      for (const [name, fieldSchema] of Object.entries(schema.fields)) {
        if (record[name] !== void 0) check(record[name], fieldSchema, child(name));
      }
      return;
    }
  }
}
(0, import_part_MRALY75J.__name)(check, "check");
function checkBase64(value, where) {
  if (typeof value !== "string")
    throw invalid2(`${where} is ${describe2(value)}, not a base64 string`);
  const unpadded = value.replace(/=+$/u, "");
  if (BASE642.test(value) && unpadded.length % 4 !== 1) return;
  const bad = [...value].findIndex((char) => !/[A-Za-z0-9+/_=-]/u.test(char));
  throw invalid2(
    `${where} is not base64${bad === -1 ? " (its length or padding is wrong)" : ` (${JSON.stringify(value[bad])} at offset ${bad})`}`
  );
}
(0, import_part_MRALY75J.__name)(checkBase64, "checkBase64");
function checkUint64(value, where) {
  if (typeof value === "number" && Number.isSafeInteger(value)) return;
  if (typeof value === "string" && /^-?(?:0|[1-9]\d{0,18})$/u.test(value)) {
    const number = BigInt(value);
    if (number <= INT64_MAX && number >= -INT64_MAX - 1n) return;
  }
  throw invalid2(
    `${where} is ${typeof value === "string" || typeof value === "number" ? JSON.stringify(value) : describe2(value)}, not a 64-bit integer (a decimal string or a safe integer)`
  );
}
(0, import_part_MRALY75J.__name)(checkUint64, "checkUint64");
var import_core = (0, import_part_MRALY75J.__toESM)(require_dist3());
function checkBundleShape(options) {
  const { bundle } = options;
  const content = bundle.verificationMaterial.content;
  if (content.$case === "certificate") {
    parseCertificate(content.certificate.rawBytes, "the bundle's certificate");
  }
  if (content.$case === "x509CertificateChain") {
    const raws = content.x509CertificateChain.certificates;
    for (const [index, raw] of raws.entries()) {
      const certificate = parseCertificate(
        raw.rawBytes,
        `certificate ${index} of the bundle's chain`
      );
      const selfSigned = certificate.isCA && certificate.issuer.equals(certificate.subject);
      if (selfSigned && index !== raws.length - 1) {
        throw new SigstoreError({
          code: "VERIFICATION_FAILED",
          message: `the bundle's certificate chain contains a self-signed root certificate at index ${index}, before the end of the chain; roots come from the trusted root`
        });
      }
    }
  }
  for (const [index, entry] of bundle.verificationMaterial.tlogEntries.entries()) {
    if (entry.inclusionProof !== void 0 && entry.inclusionProof.checkpoint === void 0) {
      throw new SigstoreError({
        code: "INVALID_BUNDLE",
        message: `transparency log entry ${index} has an inclusion proof without its checkpoint, so the proof cannot be verified`
      });
    }
  }
}
(0, import_part_MRALY75J.__name)(checkBundleShape, "checkBundleShape");
function parseCertificate(raw, what) {
  let certificate;
  try {
    certificate = import_core.X509Certificate.parse(Buffer.from(raw));
  } catch (cause) {
    throw new SigstoreError({
      code: "INVALID_BUNDLE",
      cause,
      message: `${what} does not parse (${cause.message})`
    });
  }
  checkCanonical({ der: raw, what, code: "INVALID_BUNDLE" });
  return certificate;
}
(0, import_part_MRALY75J.__name)(parseCertificate, "parseCertificate");
function checkCanonical(options) {
  const { der, what, code } = options;
  try {
    (0, import_part_GL6FT6EN.checkCanonicalCertificate)({ der });
  } catch (cause) {
    if (!(cause instanceof import_part_GL6FT6EN.NonCanonicalDerError)) throw cause;
    throw new SigstoreError({
      code,
      cause,
      message: `${what} is a malformed certificate, not canonical DER: ${cause.message}`
    });
  }
}
(0, import_part_MRALY75J.__name)(checkCanonical, "checkCanonical");
var SIGNATURE_LINE = /^\u2014 \S+ [A-Za-z0-9+/]+={0,2}$/u;
function checkCheckpointConsistency(options) {
  for (const [index, entry] of options.bundle.verificationMaterial.tlogEntries.entries()) {
    const proof = entry.inclusionProof;
    if (proof?.checkpoint === void 0) continue;
    const envelope = proof.checkpoint.envelope;
    const fail = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((why) => new SigstoreError({
      code: "INVALID_BUNDLE",
      message: `not a valid Sigstore bundle: transparency log entry ${index}'s ${why}`
    }), "fail");
    const [note = "", signatures = "", ...rest] = envelope.split("\n\n");
    const lines = signatures.split("\n");
    if (rest.length > 0 || !envelope.endsWith("\n") || lines.pop() !== "") {
      throw fail("checkpoint is not a note, a blank line and signature lines ending in a newline");
    }
    const bad = lines.find((line) => !SIGNATURE_LINE.test(line));
    if (bad !== void 0) {
      throw fail(
        `checkpoint has a line that is not a signature: ${JSON.stringify(bad.slice(0, 80))}`
      );
    }
    const [, size, hash = ""] = note.split("\n");
    const checkpointHash = Buffer.from(hash, "base64");
    if (size !== proof.treeSize || !checkpointHash.equals(proof.rootHash)) {
      throw fail(
        `inclusion proof (tree size ${proof.treeSize}, root hash ${Buffer.from(proof.rootHash).toString("hex")}) is not for its checkpoint (tree size ${String(size)}, root hash ${checkpointHash.toString("hex")})`
      );
    }
  }
}
(0, import_part_MRALY75J.__name)(checkCheckpointConsistency, "checkCheckpointConsistency");
var FULCIO_EXTENSION_OIDS = {
  issuer: "1.3.6.1.4.1.57264.1.8",
  buildSignerURI: "1.3.6.1.4.1.57264.1.9",
  buildSignerDigest: "1.3.6.1.4.1.57264.1.10",
  runnerEnvironment: "1.3.6.1.4.1.57264.1.11",
  sourceRepositoryURI: "1.3.6.1.4.1.57264.1.12",
  sourceRepositoryDigest: "1.3.6.1.4.1.57264.1.13",
  sourceRepositoryRef: "1.3.6.1.4.1.57264.1.14",
  sourceRepositoryIdentifier: "1.3.6.1.4.1.57264.1.15",
  sourceRepositoryOwnerURI: "1.3.6.1.4.1.57264.1.16",
  sourceRepositoryOwnerIdentifier: "1.3.6.1.4.1.57264.1.17",
  buildConfigURI: "1.3.6.1.4.1.57264.1.18",
  buildConfigDigest: "1.3.6.1.4.1.57264.1.19",
  buildTrigger: "1.3.6.1.4.1.57264.1.20",
  runInvocationURI: "1.3.6.1.4.1.57264.1.21",
  sourceRepositoryVisibilityAtSigning: "1.3.6.1.4.1.57264.1.22"
};
var GITHUB_WORKFLOW_OIDS = {
  trigger: "1.3.6.1.4.1.57264.1.2",
  sha: "1.3.6.1.4.1.57264.1.3",
  name: "1.3.6.1.4.1.57264.1.4",
  repository: "1.3.6.1.4.1.57264.1.5",
  ref: "1.3.6.1.4.1.57264.1.6"
};
var LEGACY_ISSUER_OID = "1.3.6.1.4.1.57264.1.1";
var GITHUB_URL = "https://github.com/";
var GITHUB_WORKFLOW_V2 = {
  trigger: "buildTrigger",
  sha: "sourceRepositoryDigest",
  repository: "sourceRepositoryURI",
  ref: "sourceRepositoryRef"
};
function readCertificateClaims(options) {
  const raw = /* @__PURE__ */ new Map();
  for (const { oid, value } of options.extensions) {
    if (oid !== void 0) raw.set(oid.id.join("."), value);
  }
  const utf8 = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((oid) => {
    const value = raw.get(oid);
    return value === void 0 ? void 0 : decodeUtf8(value, oid);
  }, "utf8");
  const extensions = {};
  for (const [name, oid] of Object.entries(FULCIO_EXTENSION_OIDS)) {
    const value = raw.get(oid);
    if (value !== void 0) extensions[name] = readDerString(value, oid);
  }
  const githubWorkflow = {};
  for (const [claim, oid] of Object.entries(GITHUB_WORKFLOW_OIDS)) {
    const value = utf8(oid);
    if (value !== void 0) githubWorkflow[claim] = value;
  }
  const legacyIssuer = utf8(LEGACY_ISSUER_OID);
  agree("issuer", legacyIssuer, LEGACY_ISSUER_OID, extensions.issuer);
  if (legacyIssuer !== void 0) extensions.issuer ??= legacyIssuer;
  for (const claim of ["trigger", "sha", "ref"]) {
    const name = GITHUB_WORKFLOW_V2[claim];
    const legacy = githubWorkflow[claim];
    const v2 = extensions[name];
    agree(name, legacy, GITHUB_WORKFLOW_OIDS[claim], v2);
    if (legacy !== void 0) extensions[name] = legacy;
    else if (v2 !== void 0) githubWorkflow[claim] = v2;
  }
  const uri = extensions.sourceRepositoryURI;
  const repository = githubWorkflow.repository;
  if (repository !== void 0 && uri !== void 0 && repositoryPath(uri) !== repository) {
    throw malformed2(
      `its GitHub workflow repository (${GITHUB_WORKFLOW_OIDS.repository}) is ${JSON.stringify(repository)} but its sourceRepositoryURI (${FULCIO_EXTENSION_OIDS.sourceRepositoryURI}) is ${JSON.stringify(uri)}`
    );
  }
  if (repository === void 0 && uri?.startsWith(GITHUB_URL) === true) {
    githubWorkflow.repository = repositoryPath(uri);
  }
  return { extensions, githubWorkflow };
}
(0, import_part_MRALY75J.__name)(readCertificateClaims, "readCertificateClaims");
function agree(name, legacy, legacyOid, v2) {
  if (legacy === void 0 || v2 === void 0 || legacy === v2) return;
  throw malformed2(
    `its deprecated extension ${legacyOid} says ${JSON.stringify(legacy)} but its ${name} (${FULCIO_EXTENSION_OIDS[name]}) says ${JSON.stringify(v2)}`
  );
}
(0, import_part_MRALY75J.__name)(agree, "agree");
function repositoryPath(uri) {
  let url;
  try {
    url = new URL(uri);
  } catch {
    return void 0;
  }
  return url.protocol === "https:" ? url.pathname.replace(/^\//u, "") : void 0;
}
(0, import_part_MRALY75J.__name)(repositoryPath, "repositoryPath");
var STRING_TAGS = /* @__PURE__ */ new Set([12, 18, 19, 22]);
function readDerString(value, oid) {
  const bytes2 = Buffer.from(value);
  const tag = bytes2[0];
  const first = bytes2[1];
  if (tag === void 0 || first === void 0 || !STRING_TAGS.has(tag)) {
    throw malformed2(`extension ${oid} is not a DER string (tag ${tag ?? "missing"})`);
  }
  let length = first;
  let offset = 2;
  if (first & 128) {
    const count = first & 127;
    if (count === 0 || count > 3 || bytes2.length < 2 + count) {
      throw malformed2(`extension ${oid} has an invalid DER length`);
    }
    length = 0;
    for (const byte of bytes2.subarray(2, 2 + count)) length = length * 256 + byte;
    offset = 2 + count;
  }
  if (offset + length !== bytes2.length) {
    throw malformed2(
      `extension ${oid} is not one DER string: its length says ${length} bytes, ${bytes2.length - offset} follow`
    );
  }
  return decodeUtf8(bytes2.subarray(offset), oid);
}
(0, import_part_MRALY75J.__name)(readDerString, "readDerString");
var UTF8 = new TextDecoder("utf-8", { fatal: true });
function decodeUtf8(value, oid) {
  try {
    return UTF8.decode(value);
  } catch (cause) {
    throw malformed2(`extension ${oid} is not UTF-8`, cause);
  }
}
(0, import_part_MRALY75J.__name)(decodeUtf8, "decodeUtf8");
function malformed2(reason, cause) {
  return new SigstoreError({
    code: "VERIFICATION_FAILED",
    cause,
    message: `the signing certificate is malformed: ${reason}`
  });
}
(0, import_part_MRALY75J.__name)(malformed2, "malformed");
var import_core3 = (0, import_part_MRALY75J.__toESM)(require_dist3());
var import_protobuf_specs3 = (0, import_part_MRALY75J.__toESM)((0, import_part_UEVX7OHL.require_dist)());
var import_verify3 = (0, import_part_MRALY75J.__toESM)(require_dist4());
var import_verify2 = (0, import_part_MRALY75J.__toESM)(require_dist4());
var import_key = (0, import_part_MRALY75J.__toESM)(require_key());
var import_timestamp = (0, import_part_MRALY75J.__toESM)(require_timestamp2());
var import_tlog = (0, import_part_MRALY75J.__toESM)(require_tlog());
var import_core2 = (0, import_part_MRALY75J.__toESM)(require_dist3());
var import_verify = (0, import_part_MRALY75J.__toESM)(require_dist4());
var import_certificate = (0, import_part_MRALY75J.__toESM)(require_certificate());
var import_sct = (0, import_part_MRALY75J.__toESM)(require_sct2());
function outcome(compute) {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    return { ok: false, error };
  }
}
(0, import_part_MRALY75J.__name)(outcome, "outcome");
function buildPath(leaf, authority) {
  const verifier = new import_certificate.CertificateChainVerifier({
    trustedCerts: authority.certChain,
    untrustedCert: leaf,
    timestamp: /* @__PURE__ */ new Date(0)
  });
  const path = verifier.sort();
  verifier.checkPath(path);
  return path;
}
(0, import_part_MRALY75J.__name)(buildPath, "buildPath");
var ChainCache = class {
  static {
    (0, import_part_MRALY75J.__name)(this, "ChainCache");
  }
  #certificate;
  #authorities;
  #paths = /* @__PURE__ */ new Map();
  constructor(certificate, authorities) {
    this.#certificate = certificate;
    this.#authorities = authorities;
  }
  get certificate() {
    return this.#certificate;
  }
  /** The checked path to `authority`, or the error building it threw. */
  path(authority) {
    let path = this.#paths.get(authority);
    if (path === void 0) {
      path = outcome(() => buildPath(this.#certificate, authority));
      this.#paths.set(authority, path);
    }
    return path;
  }
  /**
   * @sigstore/verify's verifyCertificateChain at `time`: the path to the first authority valid
   * at `time` whose path verified and whose every certificate is valid at `time`;
   * CERTIFICATE_ERROR when there is none.
   */
  pathAt(time) {
    let error;
    for (const authority of this.#authorities) {
      if (authority.validFor.start > time || authority.validFor.end < time) continue;
      const path = this.path(authority);
      if (!path.ok) {
        error = path.error;
      } else if (!path.value.every((certificate) => certificate.validForDate(time))) {
        error = new import_verify.VerificationError({
          code: "CERTIFICATE_ERROR",
          message: "certificate is not valid or expired at the specified date"
        });
      } else {
        return path.value;
      }
    }
    throw new import_verify.VerificationError({
      code: "CERTIFICATE_ERROR",
      message: "Failed to verify certificate chain",
      cause: error
    });
  }
};
var OID_FULCIO_ISSUER_V1 = "1.3.6.1.4.1.57264.1.1";
var OID_FULCIO_ISSUER_V2 = "1.3.6.1.4.1.57264.1.8";
var SigningCertificate = class extends ChainCache {
  static {
    (0, import_part_MRALY75J.__name)(this, "SigningCertificate");
  }
  #ctlogs;
  #scts = /* @__PURE__ */ new Map();
  #signer;
  constructor(options) {
    super(options.certificate, options.authorities);
    this.#ctlogs = options.ctlogs;
  }
  /** The log IDs of the certificate's SCTs verified with `issuer`'s key (verifySCTs). */
  scts(issuer) {
    const key = issuer ?? this.certificate;
    let scts = this.#scts.get(key);
    if (scts === void 0) {
      scts = outcome(() => (0, import_sct.verifySCTs)(this.certificate, issuer, this.#ctlogs));
      this.#scts.set(key, scts);
    }
    if (!scts.ok) throw scts.error;
    return scts.value;
  }
  /** The key and identity the certificate binds, as @sigstore/verify reports its signer. */
  signer() {
    this.#signer ??= readSigner(this.certificate);
    return this.#signer;
  }
};
function readSigner(certificate) {
  const issuerV2 = certificate.extension(OID_FULCIO_ISSUER_V2);
  const issuer = issuerV2 === void 0 ? certificate.extension(OID_FULCIO_ISSUER_V1)?.value.toString("ascii") : issuerV2.valueObj.subs[0]?.value.toString("ascii");
  const oids = certificate.extensions.map((extension) => ({
    oid: { id: (extension.subs[0]?.toOID() ?? "").split(".").map(Number) },
    value: extension.subs[extension.subs.length - 1]?.value ?? Buffer.alloc(0)
  }));
  return {
    key: (0, import_node_crypto6.createPublicKey)({ key: certificate.publicKey, format: "der", type: "spki" }),
    identity: {
      extensions: { issuer },
      subjectAlternativeName: certificate.subjectAltName,
      oids
    }
  };
}
(0, import_part_MRALY75J.__name)(readSigner, "readSigner");
var TimestampAuthority = class extends ChainCache {
  static {
    (0, import_part_MRALY75J.__name)(this, "TimestampAuthority");
  }
  authority;
  #key;
  constructor(authority) {
    const [leaf, ...rest] = authority.certChain;
    super(leaf, [{ certChain: rest, validFor: authority.validFor }]);
    this.authority = authority;
  }
  /** The signing certificate's public key. */
  key() {
    this.#key ??= outcome(
      () => (0, import_node_crypto6.createPublicKey)({ key: this.certificate.publicKey, format: "der", type: "spki" })
    );
    if (!this.#key.ok) throw this.#key.error;
    return this.#key.value;
  }
};
var CertificateCache = class {
  static {
    (0, import_part_MRALY75J.__name)(this, "CertificateCache");
  }
  #options;
  #certificates = /* @__PURE__ */ new Map();
  constructor(options) {
    this.#options = options;
  }
  /** The cached certificate whose DER is exactly `der`, parsed and added on first use. */
  get(der) {
    const id = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString("base64");
    let cached = this.#certificates.get(id);
    if (cached === void 0) {
      cached = new SigningCertificate({
        certificate: import_core2.X509Certificate.parse(Buffer.from(der)),
        authorities: this.#options.certificateAuthorities,
        ctlogs: this.#options.ctlogs
      });
      const limit = this.#options.limit ?? 1024;
      if (this.#certificates.size >= limit) {
        const oldest = this.#certificates.keys().next();
        if (oldest.done !== true) this.#certificates.delete(oldest.value);
      }
      this.#certificates.set(id, cached);
    }
    return cached;
  }
  get size() {
    return this.#certificates.size;
  }
};
var EntityVerifier = class {
  static {
    (0, import_part_MRALY75J.__name)(this, "EntityVerifier");
  }
  trustMaterial;
  #certificates;
  #timestampAuthorities;
  constructor(trustMaterial) {
    this.trustMaterial = trustMaterial;
    this.#certificates = new CertificateCache({
      certificateAuthorities: trustMaterial.certificateAuthorities,
      ctlogs: trustMaterial.ctlogs
    });
    this.#timestampAuthorities = trustMaterial.timestampAuthorities.filter((authority) => authority.certChain.length > 0).map((authority) => new TimestampAuthority(authority));
  }
  /** Distinct signing certificates seen so far. */
  get cachedCertificates() {
    return this.#certificates.size;
  }
  /** Verifies the entity; returns its signer. Throws VerificationError as Verifier.verify does. */
  verify(options) {
    const { entity } = options;
    const timestamps = this.#verifyTimestamps(entity);
    const signer = this.#verifySigningKey({ ...options, timestamps });
    this.#verifyTLogs(entity);
    if (!entity.signature.verifySignature(signer.key)) {
      throw new import_verify2.VerificationError({
        code: "SIGNATURE_ERROR",
        message: "signature verification failed"
      });
    }
    return signer;
  }
  #verifyTimestamps(entity) {
    const verified = [];
    for (const timestamp of entity.timestamps) {
      if (timestamp.$case === "timestamp-authority") {
        verified.push(this.#verifyTSATimestamp(timestamp.timestamp, entity.signature.signature));
      } else {
        const result = (0, import_timestamp.getTLogTimestamp)(timestamp.tlogEntry);
        if (result !== void 0) verified.push(result);
      }
    }
    if (containsDupes(verified)) {
      throw new import_verify2.VerificationError({ code: "TIMESTAMP_ERROR", message: "duplicate timestamp" });
    }
    if (verified.length < 1) {
      throw new import_verify2.VerificationError({
        code: "TIMESTAMP_ERROR",
        message: `expected 1 timestamps, got ${verified.length}`
      });
    }
    return verified.map((result) => result.timestamp);
  }
  /**
   * An RFC 3161 timestamp over `data`: signed by an authority valid at its signing time, whose
   * signing certificate has the timestamp's serial and issuer, chains to the authority's
   * certificates and, with them, is valid at the signing time (verifyRFC3161Timestamp).
   */
  #verifyTSATimestamp(timestamp, data) {
    const signingTime = timestamp.signingTime;
    const serialNumber = timestamp.signerSerialNumber;
    const issuer = timestamp.signerIssuer;
    const verified = this.#timestampAuthorities.some((authority) => {
      const leaf = authority.certificate;
      if (!leaf.serialNumber.equals(serialNumber) || !leaf.issuer.equals(issuer)) return false;
      try {
        authority.pathAt(signingTime);
        timestamp.verify(data, authority.key());
        return true;
      } catch {
        return false;
      }
    });
    if (!verified) {
      throw new import_verify2.VerificationError({
        code: "TIMESTAMP_ERROR",
        message: "timestamp could not be verified"
      });
    }
    return { type: "timestamp-authority", logID: serialNumber, timestamp: signingTime };
  }
  #verifySigningKey(options) {
    const { entity, timestamps } = options;
    if (entity.key.$case === "public-key") {
      return (0, import_key.verifyPublicKey)(entity.key.hint, timestamps, this.trustMaterial);
    }
    const certificate = this.#signingCertificate({
      certificate: entity.key.certificate,
      der: options.certificateDer
    });
    let path = [];
    for (const time of timestamps) path = certificate.pathAt(time);
    const scts = certificate.scts(path[1]);
    if (containsDupes(scts)) {
      throw new import_verify2.VerificationError({ code: "CERTIFICATE_ERROR", message: "duplicate SCT" });
    }
    if (scts.length < 1) {
      throw new import_verify2.VerificationError({
        code: "CERTIFICATE_ERROR",
        message: `expected 1 SCTs, got ${scts.length}`
      });
    }
    return certificate.signer();
  }
  /** The cached certificate of exactly these bytes; without them, the entity's own, uncached. */
  #signingCertificate(options) {
    if (options.der !== void 0) return this.#certificates.get(options.der);
    return new CertificateCache({
      certificateAuthorities: this.trustMaterial.certificateAuthorities,
      ctlogs: this.trustMaterial.ctlogs,
      limit: 1
    }).get(options.certificate.root.toDER());
  }
  #verifyTLogs(entity) {
    const entryIDs = [];
    for (const entry of entity.tlogEntries) {
      (0, import_tlog.verifyTLogInclusion)(entry, this.trustMaterial.tlogs);
      (0, import_tlog.verifyTLogBody)(entry, entity.signature);
      entryIDs.push({ logID: entry.logId.keyId, body: entry.canonicalizedBody });
    }
    if (containsDupes(entryIDs)) {
      throw new import_verify2.VerificationError({ code: "TLOG_ERROR", message: "duplicate tlog entry" });
    }
    if (entryIDs.length < 1) {
      throw new import_verify2.VerificationError({
        code: "TLOG_ERROR",
        message: `expected 1 tlog entries, got ${entryIDs.length}`
      });
    }
  }
};
function containsDupes(items) {
  return items.some(
    (item, index) => items.slice(index + 1).some((other) => (0, import_node_util.isDeepStrictEqual)(item, other))
  );
}
(0, import_part_MRALY75J.__name)(containsDupes, "containsDupes");
function buildTrustMaterial(options) {
  const root = import_protobuf_specs3.TrustedRoot.fromJSON(options.trustedRoot);
  const authorities = [
    ...root.certificateAuthorities.map((ca) => ({ ca, kind: "certificate authority" })),
    ...root.timestampAuthorities.map((ca) => ({ ca, kind: "timestamp authority" }))
  ];
  for (const { ca, kind } of authorities) {
    for (const [index, certificate] of (ca.certChain?.certificates ?? []).entries()) {
      checkCanonical({
        der: certificate.rawBytes,
        what: `certificate ${index} of the trusted root's ${kind} ${ca.uri || "(no URI)"}`,
        code: "TRUST_ROOT"
      });
    }
  }
  const untrustedLogs = [];
  const withStart = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((logs) => logs.filter((log) => {
    if (log.publicKey?.validFor?.start !== void 0) return true;
    untrustedLogs.push({
      baseUrl: log.baseUrl,
      keyIds: [log.logId?.keyId, log.checkpointKeyId?.keyId].filter((id) => id !== void 0).map((id) => Buffer.from(id).toString("base64"))
    });
    return false;
  }), "withStart");
  const filtered = {
    ...root,
    tlogs: withStart(root.tlogs),
    ctlogs: withStart(root.ctlogs)
  };
  const key = options.key === void 0 ? void 0 : parsePublicKey(options.key);
  const trustMaterial = (0, import_verify3.toTrustMaterial)(
    filtered,
    key === void 0 ? void 0 : () => ({ publicKey: key, validFor: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(() => true, "validFor") })
  );
  return { trustMaterial, untrustedLogs };
}
(0, import_part_MRALY75J.__name)(buildTrustMaterial, "buildTrustMaterial");
function parsePublicKey(pem) {
  try {
    return (0, import_node_crypto5.createPublicKey)(pem);
  } catch (cause) {
    throw new SigstoreError({
      code: "INVALID_INPUT",
      cause,
      message: `the verification key is not a valid PEM public key (${cause.message})`
    });
  }
}
(0, import_part_MRALY75J.__name)(parsePublicKey, "parsePublicKey");
var PREPARED_LIMIT = 8;
var prepared = /* @__PURE__ */ new Map();
function prepareTrust(options) {
  const { trustedRoot, key } = options;
  const rootId = trustedRoot === void 0 ? "public-good" : (0, import_node_crypto5.createHash)("sha256").update(JSON.stringify(trustedRoot)).digest("base64");
  const id = `${rootId} ${key ?? ""}`;
  let trust = prepared.get(id);
  if (trust === void 0) {
    const built = buildTrustMaterial({
      trustedRoot: trustedRoot ?? publicGoodTrustedRoot(),
      ...key === void 0 ? {} : { key }
    });
    trust = { ...built, verifier: new EntityVerifier(built.trustMaterial) };
    if (prepared.size >= PREPARED_LIMIT) {
      const oldest = prepared.keys().next();
      if (oldest.done !== true) prepared.delete(oldest.value);
    }
    prepared.set(id, trust);
  }
  return trust;
}
(0, import_part_MRALY75J.__name)(prepareTrust, "prepareTrust");
function checkCertificateKey(options) {
  const content = options.bundle.verificationMaterial.content;
  const raw = content.$case === "certificate" ? content.certificate.rawBytes : content.$case === "x509CertificateChain" ? content.x509CertificateChain.certificates[0]?.rawBytes : void 0;
  if (raw === void 0) return;
  const certified = (0, import_node_crypto4.createPublicKey)({
    key: import_core3.X509Certificate.parse(Buffer.from(raw)).publicKey,
    format: "der",
    type: "spki"
  });
  if (!certified.equals(parsePublicKey(options.key))) {
    throw new SigstoreError({
      code: "POLICY_FAILED",
      message: "the bundle's certificate holds a different public key than the given key: it was not signed with that key (verify it by certificate identity instead)"
    });
  }
}
(0, import_part_MRALY75J.__name)(checkCertificateKey, "checkCertificateKey");
var GITHUB_FIELDS = {
  trigger: "certificateGithubWorkflowTrigger",
  sha: "certificateGithubWorkflowSha",
  name: "certificateGithubWorkflowName",
  repository: "certificateGithubWorkflowRepository",
  ref: "certificateGithubWorkflowRef"
};
function claimsRequested(options) {
  const { policy } = options;
  const names = Object.keys(policy.certificateExtensions ?? {});
  for (const name of names) {
    if (!Object.hasOwn(FULCIO_EXTENSION_OIDS, name)) {
      throw new SigstoreError({
        code: "INVALID_INPUT",
        message: `certificate extension ${JSON.stringify(name)} is not a Fulcio extension name; use one of ${Object.keys(FULCIO_EXTENSION_OIDS).join(", ")}`
      });
    }
  }
  return names.length > 0 || Object.values(GITHUB_FIELDS).some((field) => policy[field] !== void 0);
}
(0, import_part_MRALY75J.__name)(claimsRequested, "claimsRequested");
function checkClaims(options) {
  const { policy, claims } = options;
  for (const [claim, field] of Object.entries(GITHUB_FIELDS)) {
    const expected = policy[field];
    if (expected === void 0) continue;
    const oids = githubOids(claim);
    compare(
      `GitHub workflow ${claim} (${oids})`,
      expected,
      claims.githubWorkflow[claim]
    );
  }
  for (const [name, expected] of Object.entries(policy.certificateExtensions ?? {})) {
    const oid = FULCIO_EXTENSION_OIDS[name];
    compare(`extension ${name} (${oid})`, expected, claims.extensions[name]);
  }
}
(0, import_part_MRALY75J.__name)(checkClaims, "checkClaims");
function githubOids(claim) {
  const legacy = GITHUB_WORKFLOW_OIDS[claim];
  if (claim === "name") return legacy;
  const name = GITHUB_WORKFLOW_V2[claim];
  return `${legacy} or ${name} ${FULCIO_EXTENSION_OIDS[name]}`;
}
(0, import_part_MRALY75J.__name)(githubOids, "githubOids");
function compare(what, expected, actual) {
  if (expected === void 0 || actual === expected) return;
  throw new SigstoreError({
    code: "POLICY_FAILED",
    message: actual === void 0 ? `certificate ${what} is missing, expected ${JSON.stringify(expected)}` : `certificate ${what} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`
  });
}
(0, import_part_MRALY75J.__name)(compare, "compare");
function compileIdentityPolicy(options) {
  const { policy } = options;
  return {
    identity: pattern("identity", policy.certificateIdentity, policy.certificateIdentityRegexp),
    issuer: pattern("issuer", policy.certificateOidcIssuer, policy.certificateOidcIssuerRegexp)
  };
}
(0, import_part_MRALY75J.__name)(compileIdentityPolicy, "compileIdentityPolicy");
function pattern(field, exact, regexp) {
  if (exact !== void 0 && regexp !== void 0) {
    throw new SigstoreError({
      code: "INVALID_INPUT",
      message: `give either an exact certificate ${field} or a regexp, not both`
    });
  }
  if (exact !== void 0) return new RegExp(`^${escapeRegExp(exact)}$`, "u");
  if (regexp === void 0) return void 0;
  try {
    return new RegExp(`^(?:${regexp})$`, "u");
  } catch (cause) {
    throw new SigstoreError({
      code: "INVALID_INPUT",
      cause,
      message: `the certificate ${field} regexp ${JSON.stringify(regexp)} is invalid (${cause.message})`
    });
  }
}
(0, import_part_MRALY75J.__name)(pattern, "pattern");
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
}
(0, import_part_MRALY75J.__name)(escapeRegExp, "escapeRegExp");
function checkIdentity(options) {
  const { policy, identity, issuer } = options;
  const check2 = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((field, expected, actual) => {
    if (expected === void 0 || actual !== void 0 && expected.test(actual)) return;
    throw new SigstoreError({
      code: "POLICY_FAILED",
      message: `certificate ${field} ${actual === void 0 ? "is missing" : JSON.stringify(actual)} does not match ${expected.source}`
    });
  }, "check");
  check2("identity", policy.identity, identity);
  check2("issuer", policy.issuer, issuer);
}
(0, import_part_MRALY75J.__name)(checkIdentity, "checkIdentity");
var SHA256_DIGEST_INFO = Buffer.from("3031300d060960864801650304020105000420", "hex");
var CURVES = { prime256v1: p256, secp384r1: p384, secp521r1: p521 };
function verifyPrehashed(options) {
  const { key, digest, signature } = options;
  if (key.asymmetricKeyType === "ec") {
    const curveName = key.asymmetricKeyDetails?.namedCurve;
    const curve = curveName !== void 0 && curveName in CURVES ? CURVES[curveName] : void 0;
    if (curve === void 0) return false;
    const jwk = key.export({ format: "jwk" });
    if (jwk.x === void 0 || jwk.y === void 0) return false;
    const point = Buffer.concat([
      Buffer.from([4]),
      Buffer.from(jwk.x, "base64url"),
      Buffer.from(jwk.y, "base64url")
    ]);
    try {
      return curve.verify(signature, digest, point, { prehash: false, format: "der", lowS: false });
    } catch {
      return false;
    }
  }
  if (key.asymmetricKeyType === "rsa") {
    try {
      const recovered = (0, import_node_crypto7.publicDecrypt)({ key, padding: import_node_crypto7.constants.RSA_PKCS1_PADDING }, signature);
      return recovered.equals(Buffer.concat([SHA256_DIGEST_INFO, digest]));
    } catch {
      return false;
    }
  }
  return false;
}
(0, import_part_MRALY75J.__name)(verifyPrehashed, "verifyPrehashed");
function readStatement(options) {
  if (options.payloadType !== IN_TOTO_PAYLOAD_TYPE) return void 0;
  let statement;
  try {
    statement = JSON.parse(options.payload.toString("utf8"));
  } catch (cause) {
    throw new SigstoreError({
      code: "INVALID_BUNDLE",
      cause,
      message: `the DSSE payload claims to be an in-toto statement but is not JSON (${cause.message})`
    });
  }
  const record = isRecord(statement) ? statement : {};
  const predicateType = record["predicateType"];
  const subjects = Array.isArray(record["subject"]) ? record["subject"] : [];
  const sha256Subjects = [];
  for (const subject of subjects) {
    const digest = isRecord(subject) ? subject["digest"] : void 0;
    const sha2562 = isRecord(digest) ? digest["sha256"] : void 0;
    if (typeof sha2562 === "string") sha256Subjects.push(sha2562.toLowerCase());
  }
  return {
    predicateType: typeof predicateType === "string" ? predicateType : void 0,
    sha256Subjects
  };
}
(0, import_part_MRALY75J.__name)(readStatement, "readStatement");
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
(0, import_part_MRALY75J.__name)(isRecord, "isRecord");
var SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/iu;
function verifyBundle(options) {
  const { policy, artifact } = options;
  const identityPolicy = checkPolicyOptions(policy);
  const digest = artifactDigest(artifact);
  const bundle = readBundle({ json: options.bundle, policy });
  const trust = prepareTrust({
    trustedRoot: options.trustedRoot,
    ...policy.key === void 0 ? {} : { key: policy.key }
  });
  try {
    const signed = signedContent({ bundle, artifact, digest, usesKey: policy.key !== void 0 });
    const signer = trust.verifier.verify(signed);
    checkCheckpointConsistency({ bundle });
    return checkSigner({ policy, identityPolicy, signed, signer });
  } catch (error) {
    throw toRejection({ error, bundle, untrustedLogs: trust.untrustedLogs });
  }
}
(0, import_part_MRALY75J.__name)(verifyBundle, "verifyBundle");
function checkPolicyOptions(policy) {
  const identityPolicy = compileIdentityPolicy({ policy });
  const named = identityPolicy.identity !== void 0 || identityPolicy.issuer !== void 0;
  const wantsClaims = claimsRequested({ policy });
  if (policy.key !== void 0 && (named || wantsClaims)) {
    throw new SigstoreError({
      code: "INVALID_INPUT",
      message: "give either a public key or a certificate identity/issuer (and certificate claims), not both"
    });
  }
  if (policy.key === void 0 && !named) {
    throw new SigstoreError({
      code: "INVALID_INPUT",
      message: "a certificate identity or issuer (exact or regexp) is required to verify a keyless bundle, or a public key for a managed-key bundle"
    });
  }
  return identityPolicy;
}
(0, import_part_MRALY75J.__name)(checkPolicyOptions, "checkPolicyOptions");
function readBundle(options) {
  const { json, policy } = options;
  checkBundleJson({ json });
  const bundle = parseBundle(json);
  checkBundleShape({ bundle });
  const signedByKey = bundle.verificationMaterial.content.$case === "publicKey";
  if (policy.key === void 0 && signedByKey) {
    throw new SigstoreError({
      code: "POLICY_FAILED",
      message: "the bundle is signed with a managed key, not a certificate: give the public key"
    });
  }
  if (policy.key !== void 0 && !signedByKey) checkCertificateKey({ bundle, key: policy.key });
  if (bundle.verificationMaterial.tlogEntries.length === 0) {
    throw failure(
      "the bundle has no transparency log entry; verification requires one (sign with a Rekor log)"
    );
  }
  return bundle;
}
(0, import_part_MRALY75J.__name)(readBundle, "readBundle");
function signedContent(options) {
  const { bundle, usesKey } = options;
  const signed = bundle.content.$case === "messageSignature" ? { kind: "message", entity: messageEntity(options) } : dsseContent(options);
  const material = bundle.verificationMaterial.content;
  if (usesKey && material.$case !== "publicKey") {
    return { ...signed, entity: { ...signed.entity, key: { $case: "public-key", hint: "" } } };
  }
  const certificateDer = material.$case === "certificate" ? material.certificate.rawBytes : material.$case === "x509CertificateChain" ? material.x509CertificateChain.certificates[0]?.rawBytes : void 0;
  return certificateDer === void 0 ? signed : { ...signed, certificateDer };
}
(0, import_part_MRALY75J.__name)(signedContent, "signedContent");
function dsseContent(options) {
  const { bundle, digest } = options;
  if (bundle.content.$case !== "dsseEnvelope") throw new TypeError("not a DSSE envelope");
  const envelope = bundle.content.dsseEnvelope;
  const statement = readStatement({ payloadType: envelope.payloadType, payload: envelope.payload });
  if (digest !== void 0) {
    if (statement === void 0) {
      throw failure(
        `the DSSE payload is ${envelope.payloadType}, not an in-toto statement whose subject could be the artifact`
      );
    }
    if (!statement.sha256Subjects.includes(digest.toString("hex"))) {
      throw failure(
        `the artifact sha256:${digest.toString("hex")} is not a subject of the in-toto statement`
      );
    }
  }
  return {
    kind: "dsse",
    entity: (0, import_verify4.toSignedEntity)(bundle),
    ...statement?.predicateType === void 0 ? {} : { predicateType: statement.predicateType }
  };
}
(0, import_part_MRALY75J.__name)(dsseContent, "dsseContent");
function checkSigner(options) {
  const { policy, identityPolicy, signed, signer } = options;
  const usesKey = policy.key !== void 0;
  const identity = signer.identity?.subjectAlternativeName;
  const issuer = signer.identity?.extensions?.issuer;
  const claims = usesKey ? { extensions: {}, githubWorkflow: {} } : readCertificateClaims({ extensions: signer.identity?.oids ?? [] });
  if (!usesKey) {
    checkIdentity({ policy: identityPolicy, identity, issuer });
    checkClaims({ policy, claims });
  }
  const { kind, predicateType } = signed;
  checkPredicateType({ expected: policy.predicateType, kind, actual: predicateType });
  return {
    identity,
    issuer,
    kind,
    ...predicateType === void 0 ? {} : { predicateType },
    ...claims
  };
}
(0, import_part_MRALY75J.__name)(checkSigner, "checkSigner");
function artifactDigest(artifact) {
  if (artifact === void 0) return void 0;
  if ("data" in artifact) return (0, import_node_crypto3.createHash)("sha256").update(artifact.data).digest();
  if (!SHA256_DIGEST.test(artifact.digest)) {
    throw new SigstoreError({
      code: "INVALID_INPUT",
      message: `artifact digest ${JSON.stringify(artifact.digest)} is not sha256:<64 hex digits>`
    });
  }
  return Buffer.from(artifact.digest.slice("sha256:".length), "hex");
}
(0, import_part_MRALY75J.__name)(artifactDigest, "artifactDigest");
function parseBundle(json) {
  try {
    return (0, import_bundle.bundleFromJSON)(json);
  } catch (cause) {
    const fields = cause instanceof import_bundle.ValidationError ? ` (${cause.fields.join(", ")})` : "";
    throw new SigstoreError({
      code: "INVALID_BUNDLE",
      cause,
      message: `not a valid Sigstore bundle: ${cause.message}${fields}`
    });
  }
}
(0, import_part_MRALY75J.__name)(parseBundle, "parseBundle");
function messageEntity(options) {
  const { bundle, artifact, digest } = options;
  if (bundle.content.$case !== "messageSignature") throw new TypeError("not a message signature");
  if (artifact === void 0 || digest === void 0) {
    throw new SigstoreError({
      code: "INVALID_INPUT",
      message: "a message-signature bundle can only be verified with the artifact or its digest"
    });
  }
  const message = bundle.content.messageSignature;
  const algorithm = message.messageDigest?.algorithm ?? import_protobuf_specs4.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED;
  const sha2562 = algorithm === import_protobuf_specs4.HashAlgorithm.SHA2_256 || algorithm === import_protobuf_specs4.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED;
  const bundleDigest = message.messageDigest?.digest;
  if (sha2562 && bundleDigest !== void 0 && !digest.equals(bundleDigest)) {
    throw failure(
      `the artifact sha256:${digest.toString("hex")} does not match the bundle's message digest sha256:${Buffer.from(bundleDigest).toString("hex")}`
    );
  }
  if ("data" in artifact) return (0, import_verify4.toSignedEntity)(bundle, artifact.data);
  if (!sha2562 || bundleDigest === void 0) {
    throw failure(
      `the bundle's message digest is not SHA-256, so it cannot be verified with a sha256 digest`
    );
  }
  const entity = (0, import_verify4.toSignedEntity)(bundle);
  const content = entity.signature;
  return {
    ...entity,
    signature: {
      signature: content.signature,
      compareSignature: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((signature) => content.compareSignature(signature), "compareSignature"),
      compareDigest: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((other) => content.compareDigest(other), "compareDigest"),
      compareSignedDigest: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((other) => content.compareSignedDigest(other), "compareSignedDigest"),
      verifySignature: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((key) => verifyPrehashed({ key, digest, signature: content.signature }), "verifySignature")
    }
  };
}
(0, import_part_MRALY75J.__name)(messageEntity, "messageEntity");
function checkPredicateType(options) {
  const { expected, kind, actual } = options;
  if (expected === void 0 || actual === expected) return;
  throw new SigstoreError({
    code: "POLICY_FAILED",
    message: kind === "message" ? `the predicate type ${JSON.stringify(expected)} is required, but the bundle is a message signature, which states no predicate (an attestation is a DSSE bundle)` : actual === void 0 ? `the predicate type ${JSON.stringify(expected)} is required, but the DSSE payload is not an in-toto statement with a predicate type` : `the statement's predicate type is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`
  });
}
(0, import_part_MRALY75J.__name)(checkPredicateType, "checkPredicateType");
function failure(message) {
  return new SigstoreError({ code: "VERIFICATION_FAILED", message });
}
(0, import_part_MRALY75J.__name)(failure, "failure");
function toRejection(options) {
  const { error, bundle, untrustedLogs } = options;
  if (error instanceof SigstoreError) return error;
  if (error instanceof TypeError || error instanceof ReferenceError) return error;
  if (error instanceof import_verify4.PolicyError) {
    return new SigstoreError({ code: "POLICY_FAILED", cause: error, message: error.message });
  }
  const reason = error instanceof import_verify4.VerificationError ? `${error.code}: ${error.message}` : `${error.name}: ${error.message}`;
  const entryLogIds = bundle.verificationMaterial.tlogEntries.map(
    (entry) => Buffer.from(entry.logId?.keyId ?? []).toString("base64")
  );
  const untrusted = untrustedLogs.find((log) => log.keyIds.some((id) => entryLogIds.includes(id)));
  const message = untrusted === void 0 ? `bundle verification failed: ${reason}` : `bundle verification failed: the transparency log ${untrusted.baseUrl} of the bundle's entry is not trusted, its key in the trusted root has no validFor.start (${reason})`;
  return new SigstoreError({ code: "VERIFICATION_FAILED", cause: error, message });
}
(0, import_part_MRALY75J.__name)(toRejection, "toRejection");
var UnreadableArtifact = class extends Error {
  static {
    (0, import_part_MRALY75J.__name)(this, "UnreadableArtifact");
  }
  /** The manifest that could not be read, when it was fetched. */
  manifest;
  constructor(reason, options) {
    super(reason, options?.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "UnreadableArtifact";
    this.manifest = options?.manifest;
  }
};
function unreadableReason(error) {
  if (error instanceof UnreadableArtifact) return error.message;
  if (error instanceof import_part_CF5VF7M6.OciError) {
    return [
      "NOT_FOUND",
      "DIGEST_MISMATCH",
      "INVALID_CONTENT",
      "TOO_LARGE",
      "NOT_REGULAR_FILE"
    ].includes(error.code) ? error.message : void 0;
  }
  if (error instanceof SigstoreError) {
    return error.code === "INVALID_BUNDLE" ? error.message : void 0;
  }
  return void 0;
}
(0, import_part_MRALY75J.__name)(unreadableReason, "unreadableReason");
async function readSignatureBlob(options) {
  const { store, layer, what } = options;
  const limit = (0, import_part_GL6FT6EN.describeSize)(import_part_GL6FT6EN.MAX_SIGNATURE_BYTES);
  if (layer.size > import_part_GL6FT6EN.MAX_SIGNATURE_BYTES) {
    throw new UnreadableArtifact(
      `the ${what} layer ${layer.digest} is ${layer.size} bytes, over the ${limit} limit`
    );
  }
  const bytes2 = await store.fetchBlob(layer.digest, { maxBytes: layer.size });
  if (bytes2.byteLength !== layer.size) {
    throw new UnreadableArtifact(
      `the ${what} layer ${layer.digest} has ${bytes2.byteLength} bytes, not the ${layer.size} its manifest lists`
    );
  }
  return bytes2;
}
(0, import_part_MRALY75J.__name)(readSignatureBlob, "readSignatureBlob");
async function readSignatureManifest(options) {
  const { store, reference, listedSize } = options;
  const limit = (0, import_part_GL6FT6EN.describeSize)(import_part_GL6FT6EN.MAX_MANIFEST_BYTES);
  if (listedSize !== void 0 && listedSize > import_part_GL6FT6EN.MAX_MANIFEST_BYTES) {
    throw new UnreadableArtifact(
      `the manifest ${reference} is listed with ${listedSize} bytes, over the ${limit} limit of a signature manifest`
    );
  }
  const fetched = await store.fetchManifest(reference);
  if (!fetched) return void 0;
  const size = fetched.bytes.byteLength;
  if (size > import_part_GL6FT6EN.MAX_MANIFEST_BYTES) {
    throw new UnreadableArtifact(
      `the manifest ${fetched.digest} has ${size} bytes, over the ${limit} limit of a signature manifest`,
      { manifest: { mediaType: fetched.mediaType, digest: fetched.digest, size } }
    );
  }
  const fetchedAs = { mediaType: fetched.mediaType, digest: fetched.digest, size };
  let parsed;
  try {
    parsed = JSON.parse(fetched.bytes.toString());
  } catch (cause) {
    const reason = `the manifest ${fetched.digest} is not JSON`;
    throw new UnreadableArtifact(reason, { cause, manifest: fetchedAs });
  }
  if (!isObject(parsed)) {
    const reason = `the manifest ${fetched.digest} is not a JSON object`;
    throw new UnreadableArtifact(reason, { manifest: fetchedAs });
  }
  const mediaType = fetched.mediaType || (typeof parsed.mediaType === "string" ? parsed.mediaType : "");
  const descriptor = { mediaType, digest: fetched.digest, size };
  const layers = mediaType === import_part_GL6FT6EN.ARTIFACT_MANIFEST ? parsed.blobs : parsed.layers;
  if (!Array.isArray(layers) || !layers.every(isDescriptor)) {
    throw new UnreadableArtifact(
      `the manifest ${fetched.digest} (${mediaType || "no media type"}) has no ${mediaType === import_part_GL6FT6EN.ARTIFACT_MANIFEST ? "blobs" : "layers"} list of descriptors, so it is not a signature manifest`,
      { manifest: descriptor }
    );
  }
  const annotations = isObject(parsed.annotations) ? parsed.annotations : {};
  return {
    descriptor,
    artifactType: typeof parsed.artifactType === "string" ? parsed.artifactType : void 0,
    config: isDescriptor(parsed.config) ? parsed.config : void 0,
    layers,
    subject: isDescriptor(parsed.subject) ? parsed.subject : void 0,
    annotations: Object.fromEntries(
      Object.entries(annotations).filter(
        (entry) => typeof entry[1] === "string"
      )
    )
  };
}
(0, import_part_MRALY75J.__name)(readSignatureManifest, "readSignatureManifest");
function isDescriptor(value) {
  return isObject(value) && typeof value.mediaType === "string" && typeof value.digest === "string" && typeof value.size === "number" && Number.isSafeInteger(value.size) && value.size >= 0;
}
(0, import_part_MRALY75J.__name)(isDescriptor, "isDescriptor");
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
(0, import_part_MRALY75J.__name)(isObject, "isObject");
var LEGACY = {
  sig: {
    via: "cosign-sig-tag",
    claimed: "cosign-signature",
    layerMediaType: SIMPLE_SIGNING_MEDIA_TYPE,
    what: "simple-signing payload"
  },
  att: {
    via: "cosign-att-tag",
    claimed: "cosign-attestation",
    layerMediaType: DSSE_ENVELOPE_MEDIA_TYPE,
    what: "DSSE envelope"
  }
};
async function readLegacyCosignTag(options) {
  const { store, tag, suffix, limiter } = options;
  const kind = LEGACY[suffix];
  let manifest;
  try {
    manifest = await limiter.run(() => readSignatureManifest({ store, reference: tag }));
    if (!manifest) return [];
    const type = manifest.descriptor.mediaType;
    if (type !== import_part_CF5VF7M6.OCI_MANIFEST && type !== import_part_CF5VF7M6.DOCKER_MANIFEST) {
      throw new UnreadableArtifact(
        `the tag ${tag} holds a ${type || "manifest of no known type"}, not a cosign signature image`
      );
    }
    if (manifest.layers.length > import_part_GL6FT6EN.MAX_LEGACY_LAYERS) {
      throw new UnreadableArtifact(
        `the tag ${tag} lists ${manifest.layers.length} layers, over cosign's limit of ${import_part_GL6FT6EN.MAX_LEGACY_LAYERS}`
      );
    }
  } catch (error) {
    const reason = unreadableReason(error);
    if (reason === void 0) throw error;
    const descriptor = manifest?.descriptor ?? (error instanceof UnreadableArtifact ? error.manifest : void 0) ?? {
      mediaType: "",
      digest: tag,
      size: 0
    };
    return [
      { kind: "unreadable", via: kind.via, manifest: descriptor, claimed: kind.claimed, reason }
    ];
  }
  const found = { via: kind.via, manifest: manifest.descriptor };
  return Promise.all(
    manifest.layers.map(
      (layer) => limiter.run(async () => {
        try {
          return { ...found, ...await readLegacyLayer({ store, layer, suffix }) };
        } catch (error) {
          const reason = unreadableReason(error);
          if (reason === void 0) throw error;
          return { kind: "unreadable", ...found, layer, claimed: kind.claimed, reason };
        }
      })
    )
  );
}
(0, import_part_MRALY75J.__name)(readLegacyCosignTag, "readLegacyCosignTag");
async function readLegacyLayer(options) {
  const { store, layer, suffix } = options;
  const kind = LEGACY[suffix];
  if (layer.mediaType !== kind.layerMediaType) {
    throw new UnreadableArtifact(
      `the layer ${layer.digest} has media type ${layer.mediaType}, not ${kind.layerMediaType} (a cosign ${kind.what})`
    );
  }
  const bytes2 = await readSignatureBlob({ store, layer, what: kind.what });
  const annotations = layer.annotations ?? {};
  if (suffix === "sig") {
    const { digest } = parseSimpleSigningPayload({ payload: bytes2 });
    const bundle2 = legacySignatureBundle({ annotations, payload: bytes2 });
    return { kind: "cosign-signature", layer, payload: bytes2, signedDigest: digest, bundle: bundle2 };
  }
  const bundle = legacyAttestationBundle({ annotations, envelope: bytes2 });
  const predicateType = annotations[PREDICATE_TYPE_ANNOTATION];
  return { kind: "cosign-attestation", layer, bundle, ...predicateType ? { predicateType } : {} };
}
(0, import_part_MRALY75J.__name)(readLegacyLayer, "readLegacyLayer");
async function readBundleReferrer(options) {
  const { store, manifest } = options;
  const layers = manifest.layers.filter((layer2) => layer2.mediaType.startsWith(import_part_GL6FT6EN.SIGSTORE_BUNDLE_PREFIX));
  if (layers.length !== 1 || manifest.layers.length !== 1) {
    throw new UnreadableArtifact(
      `the bundle referrer ${manifest.descriptor.digest} has ${manifest.layers.length} layers (${manifest.layers.map((layer2) => layer2.mediaType).join(", ") || "none"}); a Sigstore bundle referrer holds exactly one ${import_part_GL6FT6EN.SIGSTORE_BUNDLE_PREFIX}\u2026 layer`
    );
  }
  const [layer] = layers;
  const bytes2 = await readSignatureBlob({ store, layer, what: "bundle" });
  let bundle;
  try {
    bundle = JSON.parse(bytes2.toString());
  } catch (cause) {
    throw new UnreadableArtifact(`the bundle layer ${layer.digest} is not JSON`, { cause });
  }
  if (typeof bundle !== "object" || bundle === null || Array.isArray(bundle)) {
    throw new UnreadableArtifact(`the bundle layer ${layer.digest} is not a JSON object`);
  }
  const predicateType = manifest.annotations[BUNDLE_PREDICATE_TYPE_ANNOTATION];
  return { bundle, ...predicateType ? { predicateType } : {} };
}
(0, import_part_MRALY75J.__name)(readBundleReferrer, "readBundleReferrer");
async function readNotationEnvelope(options) {
  const { store, manifest } = options;
  const form = notationForm(manifest);
  if (form === void 0) {
    throw new UnreadableArtifact(
      `the manifest ${manifest.descriptor.digest} is not a Notary Project signature manifest: artifactType ${manifest.artifactType ?? "(none)"} with config media type ${manifest.config?.mediaType ?? "(none)"}; notation writes artifactType ${import_part_GL6FT6EN.NOTARY_SIGNATURE_ARTIFACT_TYPE} with the empty config, or that config media type without an artifactType`
    );
  }
  if (manifest.layers.length !== 1) {
    throw new UnreadableArtifact(
      `the signature manifest ${manifest.descriptor.digest} has ${manifest.layers.length} layers; a Notary Project signature manifest holds exactly one signature envelope`
    );
  }
  const [layer] = manifest.layers;
  if (!import_part_GL6FT6EN.NOTARY_ENVELOPE_MEDIA_TYPES.includes(layer.mediaType)) {
    throw new UnreadableArtifact(
      `the signature manifest's layer has media type ${layer.mediaType}, not a Notary Project envelope (${import_part_GL6FT6EN.NOTARY_ENVELOPE_MEDIA_TYPES.join(" or ")})`
    );
  }
  const envelope = await readSignatureBlob({ store, layer, what: "signature envelope" });
  return { envelopeMediaType: layer.mediaType, envelope };
}
(0, import_part_MRALY75J.__name)(readNotationEnvelope, "readNotationEnvelope");
function notationForm(manifest) {
  const { descriptor, artifactType, config } = manifest;
  if (descriptor.mediaType === import_part_GL6FT6EN.ARTIFACT_MANIFEST) {
    return artifactType === import_part_GL6FT6EN.NOTARY_SIGNATURE_ARTIFACT_TYPE ? "artifact" : void 0;
  }
  if (descriptor.mediaType !== import_part_CF5VF7M6.OCI_MANIFEST) return void 0;
  if (artifactType === import_part_GL6FT6EN.NOTARY_SIGNATURE_ARTIFACT_TYPE && config?.mediaType === import_part_CF5VF7M6.OCI_EMPTY) {
    return "current";
  }
  if (artifactType === void 0 && config?.mediaType === import_part_GL6FT6EN.NOTARY_SIGNATURE_ARTIFACT_TYPE) {
    return "legacy";
  }
  return void 0;
}
(0, import_part_MRALY75J.__name)(notationForm, "notationForm");
async function readReferrer(options) {
  const { store, subject, referrer, via } = options;
  const listed = { via, manifest: referrer };
  let claimed = referrer.artifactType === void 0 ? "unknown" : (0, import_part_GL6FT6EN.claimOf)(referrer.artifactType);
  if (claimed === "other" || (0, import_part_CF5VF7M6.isIndexMediaType)(referrer.mediaType)) {
    return { kind: "other", ...listed, ...artifactTypeOf(referrer.artifactType) };
  }
  try {
    const manifest = await readSignatureManifest({
      store,
      reference: referrer.digest,
      listedSize: referrer.size
    });
    if (!manifest) {
      throw new UnreadableArtifact(
        `the referrer ${referrer.digest} is listed, but its manifest is not in ${store.location}`
      );
    }
    const found = { via, manifest: manifest.descriptor };
    if (claimed === "unknown") {
      const artifactType = manifest.artifactType ?? manifest.config?.mediaType;
      claimed = (0, import_part_GL6FT6EN.claimOf)(artifactType);
      if (claimed === "other") return { kind: "other", ...found, ...artifactTypeOf(artifactType) };
    }
    if (manifest.subject?.digest !== subject.digest) {
      throw new UnreadableArtifact(
        `the referrer ${referrer.digest} has subject ${manifest.subject?.digest ?? "(none)"}, not ${subject.digest}`
      );
    }
    if (claimed === "notation") {
      return { kind: "notation", ...found, ...await readNotationEnvelope({ store, manifest }) };
    }
    return { kind: "sigstore-bundle", ...found, ...await readBundleReferrer({ store, manifest }) };
  } catch (error) {
    const reason = unreadableReason(error);
    if (reason === void 0) throw error;
    return {
      kind: "unreadable",
      ...listed,
      claimed: claimed === "unknown" ? "referrer" : claimed,
      reason
    };
  }
}
(0, import_part_MRALY75J.__name)(readReferrer, "readReferrer");
var artifactTypeOf = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((artifactType) => artifactType === void 0 ? {} : { artifactType }, "artifactTypeOf");
async function discoverSignatures(options) {
  const { store, subject } = options;
  const limiter = (0, import_part_CF5VF7M6.createLimiter)({ concurrency: options.concurrency ?? import_part_GL6FT6EN.DEFAULT_CONCURRENCY });
  const listing = await listReferrersOf({ store, subject });
  const unique = "unreadable" in listing ? [] : [...new Map(listing.referrers.map((referrer) => [referrer.digest, referrer])).values()];
  const via = viaOf(store, listing.source);
  const tags = legacyCosignTags(subject.digest);
  const [fromReferrers, fromSig, fromAtt] = await Promise.all([
    "unreadable" in listing ? [listing.unreadable] : Promise.all(
      unique.map((referrer) => limiter.run(() => readReferrer({ store, subject, referrer, via })))
    ),
    tags ? readLegacyCosignTag({ store, tag: tags.sig, suffix: "sig", limiter }) : [],
    tags ? readLegacyCosignTag({ store, tag: tags.att, suffix: "att", limiter }) : []
  ]);
  const found = [...fromReferrers, ...fromSig, ...fromAtt];
  const logger = options.logger;
  if (logger) {
    logger.debug(
      `${store.location}@${subject.digest}: ${unique.length} referrer(s) via ${via}, ${fromSig.length} legacy .sig layer(s), ${fromAtt.length} legacy .att layer(s)`
    );
    for (const item of found) {
      if (item.kind === "unreadable") {
        logger.warning(
          `unreadable ${item.claimed} ${item.manifest.digest} (${item.via}): ${item.reason}`
        );
      } else {
        logger.debug(`found ${item.kind} ${item.manifest.digest} (${item.via})`);
      }
    }
  }
  return found;
}
(0, import_part_MRALY75J.__name)(discoverSignatures, "discoverSignatures");
function viaOf(store, source) {
  if (store.location.startsWith("oci-layout:")) return "oci-layout";
  return source === "api" ? "referrers-api" : "tag-schema";
}
(0, import_part_MRALY75J.__name)(viaOf, "viaOf");
async function listReferrersOf(options) {
  const { store, subject } = options;
  try {
    return await store.listReferrers({ subjectDigest: subject.digest });
  } catch (error) {
    if (!(error instanceof import_part_CF5VF7M6.OciError) || !["INVALID_CONTENT", "TOO_LARGE", "NOT_REGULAR_FILE"].includes(error.code)) {
      throw error;
    }
    const source = error.referrersSource ?? "tag-schema";
    return {
      source,
      unreadable: {
        kind: "unreadable",
        via: viaOf(store, source),
        manifest: { mediaType: import_part_CF5VF7M6.OCI_INDEX, digest: `referrers of ${subject.digest}`, size: 0 },
        claimed: "referrers list",
        reason: error.message
      }
    };
  }
}
(0, import_part_MRALY75J.__name)(listReferrersOf, "listReferrersOf");
function selectStatement(options) {
  const { signer, target, notation } = options;
  if (target.kind === "oci") {
    if (notation.oci === void 0) {
      throw new import_part_GL6FT6EN.NotationError({
        code: "NO_APPLICABLE_TRUST_POLICY",
        message: "no OCI trust policy document (trustpolicy.oci.json, with registryScopes) is configured, so image signatures cannot be verified"
      });
    }
    const reference = target.scopeReference ?? signer.scope ?? "local/oci-layout";
    if (target.scopeReference === void 0 && signer.scope === void 0) {
      const wildcard = notation.oci.statements.find((s) => s.registryScopes.includes("*"));
      if (wildcard !== void 0) return wildcard;
    }
    return (0, import_part_GL6FT6EN.selectOciStatement)({ document: notation.oci, reference });
  }
  if (notation.blob === void 0) {
    throw new import_part_GL6FT6EN.NotationError({
      code: "NO_APPLICABLE_TRUST_POLICY",
      message: "no blob trust policy document (trustpolicy.blob.json) is configured, so file signatures cannot be verified"
    });
  }
  return (0, import_part_GL6FT6EN.selectBlobStatement)({
    document: notation.blob,
    ...signer.blobPolicyName === void 0 ? {} : { policyName: signer.blobPolicyName }
  });
}
(0, import_part_MRALY75J.__name)(selectStatement, "selectStatement");
function skippedNotationSigners(options) {
  const skipped = /* @__PURE__ */ new Map();
  const notation = options.trust.notation;
  if (notation === void 0) return skipped;
  for (const signer of options.signers.notation) {
    try {
      const statement = selectStatement({ signer, target: options.target, notation });
      if (statement.level === "skip") skipped.set(signer.name, statement.name);
    } catch {
    }
  }
  return skipped;
}
(0, import_part_MRALY75J.__name)(skippedNotationSigners, "skippedNotationSigners");
async function checkNotationSignature(options) {
  const result = { signers: [], skipped: [], reasons: [], warnings: [] };
  for (const signer of options.signers) {
    let outcome2;
    try {
      const statement = selectStatement({
        signer,
        target: options.target,
        notation: options.notation
      });
      if (statement.level === "skip") {
        result.skipped.push(signer.name);
        result.reasons.push(
          `${signer.name}: not checked, trust policy statement ${statement.name} has level skip`
        );
        continue;
      }
      outcome2 = await (0, import_part_GL6FT6EN.verifyNotationSignature)({
        envelope: options.envelope,
        envelopeMediaType: options.envelopeMediaType,
        statement,
        trustStores: options.notation.stores,
        target: options.target,
        revocation: options.notation.revocation
      });
    } catch (error) {
      if (!(error instanceof import_part_GL6FT6EN.NotationError)) throw error;
      result.reasons.push(`${signer.name}: ${error.message}`);
      continue;
    }
    result.warnings.push(...outcome2.warnings);
    if (outcome2.signer !== void 0) result.identity = outcome2.signer.subject;
    if (outcome2.verified) {
      result.signers.push(signer.name);
    } else {
      const failure2 = outcome2.failure;
      result.reasons.push(
        `${signer.name}: ${failure2 === void 0 ? "signature verification failed" : `${failure2.type} validation failed: ${failure2.message}`}`
      );
    }
  }
  return result;
}
(0, import_part_MRALY75J.__name)(checkNotationSignature, "checkNotationSignature");
function evaluateSubject(options) {
  const { policy, signatures, skippedSigners } = options;
  const warnings = [...options.warnings ?? []];
  const requirements = policy.requirements.map(
    (requirement) => evaluateRequirement({ requirement, signatures, skippedSigners })
  );
  const found = signatures.filter((s) => s.category !== "other");
  const base = {
    subject: options.subject,
    kind: options.kind,
    digest: options.digest,
    requirements,
    signatures,
    warnings
  };
  const skippedAll = requirements.every(
    (r) => r.satisfied && r.by?.startsWith("trust policy") === true
  );
  if (found.length === 0 && !skippedAll) {
    if (policy.allowUnsigned) {
      warnings.push("no signature or attestation was found; passing because allow-unsigned is set");
      return { ...base, verified: true, reason: "unsigned (allowed by allow-unsigned)" };
    }
    return {
      ...base,
      verified: false,
      reason: `no signature or attestation was found (${options.kind === "image" ? "looked in: the referrers API or the referrers tag index, and cosign .sig/.att tags" : "looked beside the file for .sigstore.json, .sigstore, .intoto.jsonl, .jws.sig and .cose.sig"})`
    };
  }
  const unmet = requirements.filter((r) => !r.satisfied);
  if (unmet.length === 0) return { ...base, verified: true };
  const failed = signatures.filter((s) => s.verdict === "failed").length;
  return {
    ...base,
    verified: false,
    reason: `${unmet.map((r) => r.requirement).join("; ")}: not met (${found.length} found, ${failed} failed verification)`
  };
}
(0, import_part_MRALY75J.__name)(evaluateSubject, "evaluateSubject");
function evaluateRequirement(options) {
  const { requirement, signatures, skippedSigners } = options;
  const label = requirement.category === "signature" ? `signature by ${requirement.signers.join(" or ")}` : `attestation ${requirement.predicateType ?? ""} by ${requirement.signers.join(" or ")}`;
  const match = signatures.find(
    (s) => s.verdict === "verified" && s.category === requirement.category && s.signers.some((name) => requirement.signers.includes(name)) && (requirement.predicateType === void 0 || s.predicateType === requirement.predicateType)
  );
  if (match !== void 0) return { requirement: label, satisfied: true, by: match.location };
  if (requirement.category === "signature") {
    const skipped = requirement.signers.find((name) => skippedSigners.has(name));
    if (skipped !== void 0) {
      return {
        requirement: label,
        satisfied: true,
        by: `trust policy statement ${skippedSigners.get(skipped) ?? ""} (level skip)`
      };
    }
  }
  return { requirement: label, satisfied: false };
}
(0, import_part_MRALY75J.__name)(evaluateRequirement, "evaluateRequirement");
function checkSigstoreBundle(options) {
  const { bundle, artifact, trustedRoot } = options;
  const peeked = peekPredicateType(bundle);
  const result = {
    signers: [],
    category: categoryOf(peeked),
    ...peeked === void 0 ? {} : { predicateType: peeked },
    reasons: []
  };
  for (const signer of options.signers) {
    try {
      const verified = verifyBundle({ bundle, artifact, policy: signerPolicy(signer), trustedRoot });
      result.signers.push(signer.name);
      if (verified.identity !== void 0) result.identity = verified.identity;
      else if (signer.kind === "key") result.identity = `key ${signer.keyPath}`;
      if (verified.issuer !== void 0) result.issuer = verified.issuer;
      if (verified.predicateType !== void 0) {
        result.predicateType = verified.predicateType;
        result.category = categoryOf(verified.predicateType);
      }
    } catch (error) {
      if (!(error instanceof SigstoreError)) throw error;
      result.reasons.push(`${signer.name}: ${error.message}`);
    }
  }
  return result;
}
(0, import_part_MRALY75J.__name)(checkSigstoreBundle, "checkSigstoreBundle");
function categoryOf(predicateType) {
  return predicateType === void 0 || predicateType === COSIGN_SIGN_PREDICATE_TYPE ? "signature" : "attestation";
}
(0, import_part_MRALY75J.__name)(categoryOf, "categoryOf");
function signerPolicy(signer) {
  if (signer.kind === "key") return { key: signer.key };
  return {
    ...pick(signer, "certificateIdentity"),
    ...pick(signer, "certificateIdentityRegexp"),
    ...pick(signer, "certificateOidcIssuer"),
    ...pick(signer, "certificateOidcIssuerRegexp"),
    ...pick(signer, "certificateGithubWorkflowRepository"),
    ...pick(signer, "certificateGithubWorkflowRef"),
    ...pick(signer, "certificateGithubWorkflowSha"),
    ...pick(signer, "certificateGithubWorkflowTrigger"),
    ...pick(signer, "certificateGithubWorkflowName")
  };
}
(0, import_part_MRALY75J.__name)(signerPolicy, "signerPolicy");
function pick(signer, key) {
  return signer[key] === void 0 ? {} : { [key]: signer[key] };
}
(0, import_part_MRALY75J.__name)(pick, "pick");
function peekPredicateType(bundle) {
  const envelope = bundle?.dsseEnvelope;
  if (typeof envelope?.payload !== "string") return void 0;
  try {
    const statement = JSON.parse(Buffer.from(envelope.payload, "base64").toString("utf8"));
    return typeof statement.predicateType === "string" ? statement.predicateType : void 0;
  } catch {
    return void 0;
  }
}
(0, import_part_MRALY75J.__name)(peekPredicateType, "peekPredicateType");
function sigstoreReport(options) {
  const { found, signers } = options;
  const { trustedRoot } = options.trust;
  const hasSigners = signers.sigstore.length > 0 && trustedRoot !== void 0;
  const check2 = hasSigners ? checkSigstoreBundle({
    bundle: options.bundle,
    artifact: options.artifact,
    signers: signers.sigstore,
    trustedRoot
  }) : { signers: [], category: "signature", reasons: [] };
  const verified = check2.signers.length > 0;
  const predicateType = check2.predicateType ?? options.predicateType;
  return {
    ...found,
    category: check2.category,
    ...predicateType === void 0 ? {} : { predicateType },
    verdict: verified ? "verified" : hasSigners ? "failed" : "unverified",
    signers: check2.signers,
    ...check2.identity === void 0 ? {} : { identity: check2.identity },
    ...check2.issuer === void 0 ? {} : { issuer: check2.issuer },
    ...verified ? {} : {
      reason: hasSigners ? check2.reasons.join("; ") : "the policy has no keyless or key signer to verify a Sigstore signature with"
    },
    warnings: []
  };
}
(0, import_part_MRALY75J.__name)(sigstoreReport, "sigstoreReport");
async function notationReport(options) {
  const { found, signers, trust } = options;
  if (signers.notation.length === 0 || trust.notation === void 0) {
    return {
      ...found,
      category: "signature",
      verdict: "unverified",
      signers: [],
      reason: "the policy has no notation signer (trust policy and trust store) to verify a Notary Project signature with",
      warnings: []
    };
  }
  const check2 = await checkNotationSignature({
    envelope: options.envelope,
    envelopeMediaType: options.envelopeMediaType,
    target: options.target,
    signers: signers.notation,
    notation: trust.notation
  });
  const verified = check2.signers.length > 0;
  const checked = check2.skipped.length < check2.reasons.length;
  return {
    ...found,
    category: "signature",
    verdict: verified ? "verified" : checked ? "failed" : "unverified",
    signers: check2.signers,
    ...check2.identity === void 0 ? {} : { identity: check2.identity },
    ...verified ? {} : { reason: check2.reasons.join("; ") },
    warnings: check2.warnings
  };
}
(0, import_part_MRALY75J.__name)(notationReport, "notationReport");
var ATTESTATION_KINDS = /* @__PURE__ */ new Set(["cosign-attestation", "dsse-envelope"]);
function unreadableReport(options) {
  return {
    ...options.found,
    category: ATTESTATION_KINDS.has(options.claimed) ? "attestation" : "signature",
    verdict: "failed",
    signers: [],
    reason: `unreadable ${options.claimed}: ${options.reason}`,
    warnings: []
  };
}
(0, import_part_MRALY75J.__name)(unreadableReport, "unreadableReport");
function signersByKind(options) {
  const sigstore = [];
  const notation = [];
  for (const signer of options.signers) {
    if (signer.kind === "notation") notation.push(signer);
    else sigstore.push(signer);
  }
  return { sigstore, notation };
}
(0, import_part_MRALY75J.__name)(signersByKind, "signersByKind");
var BLOB_MEDIA_TYPE = "application/octet-stream";
async function verifyFile(options) {
  const { path, policy, trust } = options;
  await mustBeRegularFile(path);
  const digest = await hashFile(path);
  const found = await readSignatures(options);
  const signers = signersByKind({ signers: policy.signers });
  const sha2562 = `sha256:${digest.hex}`;
  const digests = {
    sha256: Promise.resolve(sha2562)
  };
  const target = {
    kind: "blob",
    size: digest.size,
    digest: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((algorithm) => digests[algorithm] ??= (0, import_part_GL6FT6EN.blobDescriptor)({ path, mediaType: BLOB_MEDIA_TYPE, algorithm }).then(
      (descriptor) => descriptor.digest
    ), "digest")
  };
  const signatures = [];
  for (const item of found) {
    signatures.push(await checkSignature({ item, sha256: sha2562, target, signers, trust }));
  }
  return evaluateSubject({
    subject: path,
    kind: "file",
    digest: sha2562,
    policy,
    signatures,
    skippedSigners: skippedNotationSigners({ signers, target, trust })
  });
}
(0, import_part_MRALY75J.__name)(verifyFile, "verifyFile");
async function readSignatures(options) {
  if (options.signatures === void 0) return (0, import_part_GL6FT6EN.discoverFileSignatures)({ path: options.path });
  const read = await Promise.all(
    options.signatures.map((signature) => (0, import_part_GL6FT6EN.readFileSignature)({ path: signature }))
  );
  return read.flat();
}
(0, import_part_MRALY75J.__name)(readSignatures, "readSignatures");
async function checkSignature(options) {
  const { item, sha256: sha2562, target, signers, trust } = options;
  const location = item.line === void 0 ? item.path : `${item.path} line ${item.line}`;
  const found = { kind: item.kind, location, via: "file" };
  if (item.kind === "unreadable") {
    return unreadableReport({ found, claimed: item.claimed, reason: item.reason });
  }
  if (item.kind === "dsse-envelope") {
    return unreadableReport({
      found,
      claimed: "dsse-envelope",
      reason: "a bare DSSE envelope carries no certificate or log entry (they live only in Rekor), so it cannot be verified offline; use the Sigstore bundle the signer also publishes"
    });
  }
  if (item.kind === "notation") {
    return notationReport({
      found,
      envelope: item.envelope,
      envelopeMediaType: item.envelopeMediaType,
      target,
      signers,
      trust
    });
  }
  return sigstoreReport({
    found,
    bundle: item.bundle,
    artifact: { digest: sha2562 },
    signers,
    trust
  });
}
(0, import_part_MRALY75J.__name)(checkSignature, "checkSignature");
async function mustBeRegularFile(path) {
  const info = await (0, import_promises3.stat)(path).catch(() => void 0);
  if (info && !info.isFile()) {
    throw new import_part_RFXNADIP.VerifyError({
      code: "INVALID_INPUT",
      message: `the file ${(0, import_part_242AIN3U.quote)(path)} is ${(0, import_part_CF5VF7M6.fileKind)(info)}, not a regular file; give a release file to verify`
    });
  }
}
(0, import_part_MRALY75J.__name)(mustBeRegularFile, "mustBeRegularFile");
var DIGEST = /^sha256:[0-9a-f]{64}$/u;
async function verifyImage(options) {
  const { store, policy, trust } = options;
  const descriptor = await store.resolve(options.reference);
  const warnings = [];
  if (!DIGEST.test(options.reference)) {
    warnings.push(
      `tag ${options.reference} resolved to ${descriptor.digest}; verify by digest to pin what you check`
    );
  }
  const found = await discoverSignatures({ store, subject: descriptor });
  const signers = signersByKind({ signers: policy.signers });
  const target = {
    kind: "oci",
    descriptor: {
      mediaType: descriptor.mediaType,
      digest: descriptor.digest,
      size: descriptor.size
    },
    scopeReference: options.scopeReference
  };
  const signatures = [];
  for (const item of found) {
    signatures.push(await checkFound({ item, descriptor, signers, target, trust }));
  }
  return evaluateSubject({
    subject: options.subject,
    kind: "image",
    digest: descriptor.digest,
    policy,
    signatures,
    skippedSigners: skippedNotationSigners({ signers, target, trust }),
    warnings
  });
}
(0, import_part_MRALY75J.__name)(verifyImage, "verifyImage");
async function checkFound(options) {
  const { item, descriptor, signers, target, trust } = options;
  const layer = "layer" in item ? item.layer : void 0;
  const location = layer === void 0 ? item.manifest.digest : `${item.manifest.digest} layer ${layer.digest}`;
  const found = { kind: item.kind, location, via: item.via };
  switch (item.kind) {
    case "notation":
      return notationReport({
        found,
        envelope: item.envelope,
        envelopeMediaType: item.envelopeMediaType,
        target,
        signers,
        trust
      });
    case "cosign-signature":
      if (item.signedDigest !== descriptor.digest) {
        return unreadableReport({
          found,
          claimed: item.kind,
          reason: `its payload signs ${item.signedDigest}, not this image ${descriptor.digest}`
        });
      }
      return sigstoreReport({
        found,
        bundle: item.bundle,
        artifact: { data: item.payload },
        signers,
        trust
      });
    case "sigstore-bundle":
    case "cosign-attestation":
      return sigstoreReport({
        found,
        bundle: item.bundle,
        artifact: { digest: descriptor.digest },
        ...item.predicateType === void 0 ? {} : { predicateType: item.predicateType },
        signers,
        trust
      });
    case "unreadable":
      return unreadableReport({ found, claimed: item.claimed, reason: item.reason });
    case "other":
      return {
        ...found,
        category: "other",
        ...item.artifactType === void 0 ? {} : { predicateType: item.artifactType },
        verdict: "ignored",
        signers: [],
        warnings: []
      };
  }
}
(0, import_part_MRALY75J.__name)(checkFound, "checkFound");
async function verifyTargets(options) {
  const { policy } = options;
  const client = (0, import_part_CF5VF7M6.createRegistryClient)({
    ...options.credentials === void 0 ? {} : { credentials: options.credentials },
    ...options.logger === void 0 ? {} : { logger: options.logger },
    ...options.insecure === void 0 ? {} : { insecure: options.insecure }
  });
  const subjects = [];
  for (const [index, target] of options.targets.entries()) {
    let report;
    const signatures = options.targetSignatures === void 0 ? options.signatures : options.targetSignatures[index];
    try {
      report = await verifyTarget({ ...options, target, client, signatures });
    } catch (error) {
      if (!(error instanceof import_part_CF5VF7M6.OciError || error instanceof SigstoreError)) throw error;
      if (error.kind === "remote") throw error;
      report = {
        subject: target.text,
        kind: target.kind === "file" ? "file" : "image",
        digest: "",
        verified: false,
        reason: `cannot be read: ${error.message}`,
        requirements: [],
        signatures: [],
        warnings: []
      };
    }
    options.onSubject?.(report);
    subjects.push(report);
  }
  return {
    version: 1,
    verified: subjects.length > 0 && subjects.every((subject) => subject.verified),
    policy: policy.source,
    subjects
  };
}
(0, import_part_MRALY75J.__name)(verifyTargets, "verifyTargets");
async function verifyTarget(options) {
  const { policy, trust, target, client } = options;
  if (target.kind === "file") {
    return verifyFile({
      path: target.path,
      policy,
      trust,
      ...options.signatures === void 0 ? {} : { signatures: options.signatures }
    });
  }
  if (target.kind === "layout") {
    return verifyImage({
      store: (0, import_part_CF5VF7M6.layoutStore)({ path: target.dir }),
      reference: target.reference,
      subject: target.text,
      policy,
      trust
    });
  }
  const { registry, repository, tag, digest } = target.reference;
  return verifyImage({
    store: (0, import_part_CF5VF7M6.registryStore)({ client, repo: { registry, repository } }),
    reference: digest ?? tag ?? "latest",
    subject: target.text,
    scopeReference: `${registry}/${repository}`,
    policy,
    trust
  });
}
(0, import_part_MRALY75J.__name)(verifyTarget, "verifyTarget");
