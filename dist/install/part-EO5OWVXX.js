const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
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
var part_EO5OWVXX_exports = {};
__export(part_EO5OWVXX_exports, {
  run: () => run
});
module.exports = __toCommonJS(part_EO5OWVXX_exports);
var import_part_F73BQMT4 = require("./part-F73BQMT4.js");
var import_part_GKGXJLFH = require("./part-GKGXJLFH.js");
var import_part_KECMG5SU = require("./part-KECMG5SU.js");
var import_promises = require("node:fs/promises");
var http = __toESM(require("http"));
var https = __toESM(require("https"));
var import_node_path = require("node:path");
var import_promises2 = require("node:fs/promises");
var import_node_os = require("node:os");
var import_node_path2 = require("node:path");
var import_node_fs = require("node:fs");
var import_promises3 = require("node:fs/promises");
var import_node_crypto = require("node:crypto");
var import_promises4 = require("node:fs/promises");
var import_node_crypto2 = require("node:crypto");
var import_node_crypto3 = require("node:crypto");
var import_node_crypto4 = require("node:crypto");
var import_node_util = require("node:util");
var import_node_crypto5 = require("node:crypto");
var import_node_crypto6 = require("node:crypto");
var import_node_path3 = require("node:path");
var import_promises5 = require("node:fs/promises");
var import_node_path4 = require("node:path");
var import_promises6 = require("node:fs/promises");
var import_node_path5 = require("node:path");
var crypto = __toESM(require("crypto"));
var fs = __toESM(require("fs"));
var os = __toESM(require("os"));
var path = __toESM(require("path"));
var stream = __toESM(require("stream"));
var util = __toESM(require("util"));
var import_assert = require("assert");
var import_promises7 = require("node:fs/promises");
var import_node_path6 = require("node:path");
var import_promises8 = require("node:fs/promises");
var import_node_path7 = require("node:path");
var import_node_fs2 = require("node:fs");
var import_node_stream = require("node:stream");
var import_node_zlib = require("node:zlib");
var import_node_fs3 = require("node:fs");
var import_promises9 = require("node:fs/promises");
var import_node_stream2 = require("node:stream");
var import_node_stream3 = require("node:stream");
var import_node_zlib2 = require("node:zlib");
var import_promises10 = require("node:fs/promises");
var import_node_path8 = require("node:path");
var import_promises11 = require("node:fs/promises");
var import_promises12 = require("node:fs/promises");
var require_tunnel = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/tunnel@0.0.6/node_modules/tunnel/lib/tunnel.js"(exports) {
    "use strict";
    var net = (0, import_part_KECMG5SU.__require)("net");
    var tls = (0, import_part_KECMG5SU.__require)("tls");
    var http2 = (0, import_part_KECMG5SU.__require)("http");
    var https2 = (0, import_part_KECMG5SU.__require)("https");
    var events = (0, import_part_KECMG5SU.__require)("events");
    var assert = (0, import_part_KECMG5SU.__require)("assert");
    var util2 = (0, import_part_KECMG5SU.__require)("util");
    exports.httpOverHttp = httpOverHttp2;
    exports.httpsOverHttp = httpsOverHttp2;
    exports.httpOverHttps = httpOverHttps2;
    exports.httpsOverHttps = httpsOverHttps2;
    function httpOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http2.request;
      return agent;
    }
    (0, import_part_KECMG5SU.__name)(httpOverHttp2, "httpOverHttp");
    function httpsOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http2.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    (0, import_part_KECMG5SU.__name)(httpsOverHttp2, "httpsOverHttp");
    function httpOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https2.request;
      return agent;
    }
    (0, import_part_KECMG5SU.__name)(httpOverHttps2, "httpOverHttps");
    function httpsOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https2.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    (0, import_part_KECMG5SU.__name)(httpsOverHttps2, "httpsOverHttps");
    function TunnelingAgent(options) {
      var self = this;
      self.options = options || {};
      self.proxyOptions = self.options.proxy || {};
      self.maxSockets = self.options.maxSockets || http2.Agent.defaultMaxSockets;
      self.requests = [];
      self.sockets = [];
      self.on("free", /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function onFree(socket, host, port, localAddress) {
        var options2 = toOptions(host, port, localAddress);
        for (var i = 0, len = self.requests.length; i < len; ++i) {
          var pending = self.requests[i];
          if (pending.host === options2.host && pending.port === options2.port) {
            self.requests.splice(i, 1);
            pending.request.onSocket(socket);
            return;
          }
        }
        socket.destroy();
        self.removeSocket(socket);
      }, "onFree"));
    }
    (0, import_part_KECMG5SU.__name)(TunnelingAgent, "TunnelingAgent");
    util2.inherits(TunnelingAgent, events.EventEmitter);
    TunnelingAgent.prototype.addRequest = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function addRequest(req, host, port, localAddress) {
      var self = this;
      var options = mergeOptions({ request: req }, self.options, toOptions(host, port, localAddress));
      if (self.sockets.length >= this.maxSockets) {
        self.requests.push(options);
        return;
      }
      self.createSocket(options, function(socket) {
        socket.on("free", onFree);
        socket.on("close", onCloseOrRemove);
        socket.on("agentRemove", onCloseOrRemove);
        req.onSocket(socket);
        function onFree() {
          self.emit("free", socket, options);
        }
        (0, import_part_KECMG5SU.__name)(onFree, "onFree");
        function onCloseOrRemove(err) {
          self.removeSocket(socket);
          socket.removeListener("free", onFree);
          socket.removeListener("close", onCloseOrRemove);
          socket.removeListener("agentRemove", onCloseOrRemove);
        }
        (0, import_part_KECMG5SU.__name)(onCloseOrRemove, "onCloseOrRemove");
      });
    }, "addRequest");
    TunnelingAgent.prototype.createSocket = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function createSocket(options, cb) {
      var self = this;
      var placeholder = {};
      self.sockets.push(placeholder);
      var connectOptions = mergeOptions({}, self.proxyOptions, {
        method: "CONNECT",
        path: options.host + ":" + options.port,
        agent: false,
        headers: {
          host: options.host + ":" + options.port
        }
      });
      if (options.localAddress) {
        connectOptions.localAddress = options.localAddress;
      }
      if (connectOptions.proxyAuth) {
        connectOptions.headers = connectOptions.headers || {};
        connectOptions.headers["Proxy-Authorization"] = "Basic " + new Buffer(connectOptions.proxyAuth).toString("base64");
      }
      debug2("making CONNECT request");
      var connectReq = self.request(connectOptions);
      connectReq.useChunkedEncodingByDefault = false;
      connectReq.once("response", onResponse);
      connectReq.once("upgrade", onUpgrade);
      connectReq.once("connect", onConnect);
      connectReq.once("error", onError);
      connectReq.end();
      function onResponse(res) {
        res.upgrade = true;
      }
      (0, import_part_KECMG5SU.__name)(onResponse, "onResponse");
      function onUpgrade(res, socket, head) {
        process.nextTick(function() {
          onConnect(res, socket, head);
        });
      }
      (0, import_part_KECMG5SU.__name)(onUpgrade, "onUpgrade");
      function onConnect(res, socket, head) {
        connectReq.removeAllListeners();
        socket.removeAllListeners();
        if (res.statusCode !== 200) {
          debug2(
            "tunneling socket could not be established, statusCode=%d",
            res.statusCode
          );
          socket.destroy();
          var error = new Error("tunneling socket could not be established, statusCode=" + res.statusCode);
          error.code = "ECONNRESET";
          options.request.emit("error", error);
          self.removeSocket(placeholder);
          return;
        }
        if (head.length > 0) {
          debug2("got illegal response body from proxy");
          socket.destroy();
          var error = new Error("got illegal response body from proxy");
          error.code = "ECONNRESET";
          options.request.emit("error", error);
          self.removeSocket(placeholder);
          return;
        }
        debug2("tunneling connection has established");
        self.sockets[self.sockets.indexOf(placeholder)] = socket;
        return cb(socket);
      }
      (0, import_part_KECMG5SU.__name)(onConnect, "onConnect");
      function onError(cause) {
        connectReq.removeAllListeners();
        debug2(
          "tunneling socket could not be established, cause=%s\n",
          cause.message,
          cause.stack
        );
        var error = new Error("tunneling socket could not be established, cause=" + cause.message);
        error.code = "ECONNRESET";
        options.request.emit("error", error);
        self.removeSocket(placeholder);
      }
      (0, import_part_KECMG5SU.__name)(onError, "onError");
    }, "createSocket");
    TunnelingAgent.prototype.removeSocket = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function removeSocket(socket) {
      var pos = this.sockets.indexOf(socket);
      if (pos === -1) {
        return;
      }
      this.sockets.splice(pos, 1);
      var pending = this.requests.shift();
      if (pending) {
        this.createSocket(pending, function(socket2) {
          pending.request.onSocket(socket2);
        });
      }
    }, "removeSocket");
    function createSecureSocket(options, cb) {
      var self = this;
      TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
        var hostHeader = options.request.getHeader("host");
        var tlsOptions = mergeOptions({}, self.options, {
          socket,
          servername: hostHeader ? hostHeader.replace(/:.*$/, "") : options.host
        });
        var secureSocket = tls.connect(0, tlsOptions);
        self.sockets[self.sockets.indexOf(socket)] = secureSocket;
        cb(secureSocket);
      });
    }
    (0, import_part_KECMG5SU.__name)(createSecureSocket, "createSecureSocket");
    function toOptions(host, port, localAddress) {
      if (typeof host === "string") {
        return {
          host,
          port,
          localAddress
        };
      }
      return host;
    }
    (0, import_part_KECMG5SU.__name)(toOptions, "toOptions");
    function mergeOptions(target) {
      for (var i = 1, len = arguments.length; i < len; ++i) {
        var overrides = arguments[i];
        if (typeof overrides === "object") {
          var keys = Object.keys(overrides);
          for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
            var k = keys[j];
            if (overrides[k] !== void 0) {
              target[k] = overrides[k];
            }
          }
        }
      }
      return target;
    }
    (0, import_part_KECMG5SU.__name)(mergeOptions, "mergeOptions");
    var debug2;
    if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
      debug2 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
        var args = Array.prototype.slice.call(arguments);
        if (typeof args[0] === "string") {
          args[0] = "TUNNEL: " + args[0];
        } else {
          args.unshift("TUNNEL:");
        }
        console.error.apply(console, args);
      }, "debug");
    } else {
      debug2 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      }, "debug");
    }
    exports.debug = debug2;
  }
});
var require_tunnel2 = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/tunnel@0.0.6/node_modules/tunnel/index.js"(exports, module2) {
    module2.exports = require_tunnel();
  }
});
var require_undici = (0, import_part_KECMG5SU.__commonJS)({
  "left-out:undici"(exports, module2) {
    module2.exports.ProxyAgent = class ProxyAgent {
      static {
        (0, import_part_KECMG5SU.__name)(this, "ProxyAgent");
      }
      constructor() {
        throw new Error("undici is not part of this bundle (HttpClient.getAgentDispatcher is unused)");
      }
    };
  }
});
var require_bundle = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(isBundleWithCertificateChain, "isBundleWithCertificateChain");
    function isBundleWithPublicKey(b) {
      return b.verificationMaterial.content.$case === "publicKey";
    }
    (0, import_part_KECMG5SU.__name)(isBundleWithPublicKey, "isBundleWithPublicKey");
    function isBundleWithMessageSignature(b) {
      return b.content.$case === "messageSignature";
    }
    (0, import_part_KECMG5SU.__name)(isBundleWithMessageSignature, "isBundleWithMessageSignature");
    function isBundleWithDsseEnvelope(b) {
      return b.content.$case === "dsseEnvelope";
    }
    (0, import_part_KECMG5SU.__name)(isBundleWithDsseEnvelope, "isBundleWithDsseEnvelope");
  }
});
var require_build = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+bundle@5.0.1/node_modules/@sigstore/bundle/dist/build.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toMessageSignatureBundle = toMessageSignatureBundle;
    exports.toDSSEBundle = toDSSEBundle;
    var protobuf_specs_1 = (0, import_part_GKGXJLFH.require_dist)();
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
    (0, import_part_KECMG5SU.__name)(toMessageSignatureBundle, "toMessageSignatureBundle");
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
    (0, import_part_KECMG5SU.__name)(toDSSEBundle, "toDSSEBundle");
    function toEnvelope(options) {
      return {
        payloadType: options.artifactType,
        payload: options.artifact,
        signatures: [toSignature(options)]
      };
    }
    (0, import_part_KECMG5SU.__name)(toEnvelope, "toEnvelope");
    function toSignature(options) {
      return {
        keyid: options.keyHint || "",
        sig: options.signature
      };
    }
    (0, import_part_KECMG5SU.__name)(toSignature, "toSignature");
    function toVerificationMaterial(options) {
      return {
        content: toKeyContent(options),
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] }
      };
    }
    (0, import_part_KECMG5SU.__name)(toVerificationMaterial, "toVerificationMaterial");
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
    (0, import_part_KECMG5SU.__name)(toKeyContent, "toKeyContent");
  }
});
var require_error = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+bundle@5.0.1/node_modules/@sigstore/bundle/dist/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValidationError = void 0;
    var ValidationError2 = class extends Error {
      static {
        (0, import_part_KECMG5SU.__name)(this, "ValidationError");
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
var require_validate = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(assertBundle, "assertBundle");
    function assertBundleV01(b) {
      const invalidValues = [];
      invalidValues.push(...validateBundleBase(b));
      invalidValues.push(...validateInclusionPromise(b));
      if (invalidValues.length > 0) {
        throw new error_1.ValidationError("invalid v0.1 bundle", invalidValues);
      }
    }
    (0, import_part_KECMG5SU.__name)(assertBundleV01, "assertBundleV01");
    function isBundleV01(b) {
      try {
        assertBundleV01(b);
        return true;
      } catch (e) {
        return false;
      }
    }
    (0, import_part_KECMG5SU.__name)(isBundleV01, "isBundleV01");
    function assertBundleV02(b) {
      const invalidValues = [];
      invalidValues.push(...validateBundleBase(b));
      invalidValues.push(...validateInclusionProof(b));
      if (invalidValues.length > 0) {
        throw new error_1.ValidationError("invalid v0.2 bundle", invalidValues);
      }
    }
    (0, import_part_KECMG5SU.__name)(assertBundleV02, "assertBundleV02");
    function assertBundleLatest(b) {
      const invalidValues = [];
      invalidValues.push(...validateBundleBase(b));
      invalidValues.push(...validateInclusionProof(b));
      invalidValues.push(...validateNoCertificateChain(b));
      if (invalidValues.length > 0) {
        throw new error_1.ValidationError("invalid bundle", invalidValues);
      }
    }
    (0, import_part_KECMG5SU.__name)(assertBundleLatest, "assertBundleLatest");
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
    (0, import_part_KECMG5SU.__name)(validateBundleBase, "validateBundleBase");
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
    (0, import_part_KECMG5SU.__name)(validateInclusionPromise, "validateInclusionPromise");
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
    (0, import_part_KECMG5SU.__name)(validateInclusionProof, "validateInclusionProof");
    function validateNoCertificateChain(b) {
      const invalidValues = [];
      if (b.verificationMaterial?.content?.$case === "x509CertificateChain") {
        invalidValues.push("verificationMaterial.content.$case");
      }
      return invalidValues;
    }
    (0, import_part_KECMG5SU.__name)(validateNoCertificateChain, "validateNoCertificateChain");
  }
});
var require_serialized = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+bundle@5.0.1/node_modules/@sigstore/bundle/dist/serialized.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = void 0;
    var protobuf_specs_1 = (0, import_part_GKGXJLFH.require_dist)();
    var bundle_1 = require_bundle();
    var validate_1 = require_validate();
    var bundleFromJSON2 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((obj) => {
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
    var bundleToJSON = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((bundle) => {
      return protobuf_specs_1.Bundle.toJSON(bundle);
    }, "bundleToJSON");
    exports.bundleToJSON = bundleToJSON;
    var envelopeFromJSON = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((obj) => {
      return protobuf_specs_1.Envelope.fromJSON(obj);
    }, "envelopeFromJSON");
    exports.envelopeFromJSON = envelopeFromJSON;
    var envelopeToJSON = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((envelope) => {
      return protobuf_specs_1.Envelope.toJSON(envelope);
    }, "envelopeToJSON");
    exports.envelopeToJSON = envelopeToJSON;
  }
});
var require_dist2 = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+bundle@5.0.1/node_modules/@sigstore/bundle/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isBundleV01 = exports.assertBundleV02 = exports.assertBundleV01 = exports.assertBundleLatest = exports.assertBundle = exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = exports.ValidationError = exports.isBundleWithPublicKey = exports.isBundleWithMessageSignature = exports.isBundleWithDsseEnvelope = exports.isBundleWithCertificateChain = exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = exports.toMessageSignatureBundle = exports.toDSSEBundle = void 0;
    var build_1 = require_build();
    Object.defineProperty(exports, "toDSSEBundle", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return build_1.toDSSEBundle;
    }, "get") });
    Object.defineProperty(exports, "toMessageSignatureBundle", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return build_1.toMessageSignatureBundle;
    }, "get") });
    var bundle_1 = require_bundle();
    Object.defineProperty(exports, "BUNDLE_V01_MEDIA_TYPE", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return bundle_1.BUNDLE_V01_MEDIA_TYPE;
    }, "get") });
    Object.defineProperty(exports, "BUNDLE_V02_MEDIA_TYPE", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return bundle_1.BUNDLE_V02_MEDIA_TYPE;
    }, "get") });
    Object.defineProperty(exports, "BUNDLE_V03_LEGACY_MEDIA_TYPE", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE;
    }, "get") });
    Object.defineProperty(exports, "BUNDLE_V03_MEDIA_TYPE", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return bundle_1.BUNDLE_V03_MEDIA_TYPE;
    }, "get") });
    Object.defineProperty(exports, "isBundleWithCertificateChain", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return bundle_1.isBundleWithCertificateChain;
    }, "get") });
    Object.defineProperty(exports, "isBundleWithDsseEnvelope", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return bundle_1.isBundleWithDsseEnvelope;
    }, "get") });
    Object.defineProperty(exports, "isBundleWithMessageSignature", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return bundle_1.isBundleWithMessageSignature;
    }, "get") });
    Object.defineProperty(exports, "isBundleWithPublicKey", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return bundle_1.isBundleWithPublicKey;
    }, "get") });
    var error_1 = require_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return error_1.ValidationError;
    }, "get") });
    var serialized_1 = require_serialized();
    Object.defineProperty(exports, "bundleFromJSON", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return serialized_1.bundleFromJSON;
    }, "get") });
    Object.defineProperty(exports, "bundleToJSON", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return serialized_1.bundleToJSON;
    }, "get") });
    Object.defineProperty(exports, "envelopeFromJSON", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return serialized_1.envelopeFromJSON;
    }, "get") });
    Object.defineProperty(exports, "envelopeToJSON", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return serialized_1.envelopeToJSON;
    }, "get") });
    var validate_1 = require_validate();
    Object.defineProperty(exports, "assertBundle", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return validate_1.assertBundle;
    }, "get") });
    Object.defineProperty(exports, "assertBundleLatest", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return validate_1.assertBundleLatest;
    }, "get") });
    Object.defineProperty(exports, "assertBundleV01", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return validate_1.assertBundleV01;
    }, "get") });
    Object.defineProperty(exports, "assertBundleV02", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return validate_1.assertBundleV02;
    }, "get") });
    Object.defineProperty(exports, "isBundleV01", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return validate_1.isBundleV01;
    }, "get") });
  }
});
var require_stream = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ByteStream = void 0;
    var StreamError = class extends Error {
      static {
        (0, import_part_KECMG5SU.__name)(this, "StreamError");
      }
    };
    var ByteStream = class _ByteStream {
      static {
        (0, import_part_KECMG5SU.__name)(this, "ByteStream");
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
var require_error2 = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/asn1/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ASN1TypeError = exports.ASN1ParseError = void 0;
    var ASN1ParseError = class extends Error {
      static {
        (0, import_part_KECMG5SU.__name)(this, "ASN1ParseError");
      }
    };
    exports.ASN1ParseError = ASN1ParseError;
    var ASN1TypeError = class extends Error {
      static {
        (0, import_part_KECMG5SU.__name)(this, "ASN1TypeError");
      }
    };
    exports.ASN1TypeError = ASN1TypeError;
  }
});
var require_length = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/asn1/length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.decodeLength = decodeLength;
    exports.encodeLength = encodeLength;
    var error_1 = require_error2();
    function decodeLength(stream2) {
      const buf = stream2.getUint8();
      if ((buf & 128) === 0) {
        return buf;
      }
      const byteCount = buf & 127;
      if (byteCount > 6) {
        throw new error_1.ASN1ParseError("length exceeds 6 byte limit");
      }
      let len = 0;
      for (let i = 0; i < byteCount; i++) {
        const byte = stream2.getUint8();
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
    (0, import_part_KECMG5SU.__name)(decodeLength, "decodeLength");
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
    (0, import_part_KECMG5SU.__name)(encodeLength, "encodeLength");
  }
});
var require_parse = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(parseInteger, "parseInteger");
    function parseStringASCII(buf) {
      return buf.toString("ascii");
    }
    (0, import_part_KECMG5SU.__name)(parseStringASCII, "parseStringASCII");
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
    (0, import_part_KECMG5SU.__name)(parseTime, "parseTime");
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
    (0, import_part_KECMG5SU.__name)(parseOID, "parseOID");
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
    (0, import_part_KECMG5SU.__name)(parseBoolean, "parseBoolean");
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
    (0, import_part_KECMG5SU.__name)(parseBitString, "parseBitString");
  }
});
var require_tag = (0, import_part_KECMG5SU.__commonJS)({
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
        (0, import_part_KECMG5SU.__name)(this, "ASN1Tag");
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
var require_obj = (0, import_part_KECMG5SU.__commonJS)({
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
        (0, import_part_KECMG5SU.__name)(this, "ASN1Obj");
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
        const stream2 = new stream_1.ByteStream(buf);
        const obj = parseStream(stream2);
        if (stream2.position !== stream2.length) {
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
    var MAX_DEPTH2 = 100;
    function parseStream(stream2, depth = 0) {
      if (depth > MAX_DEPTH2) {
        throw new error_1.ASN1ParseError("maximum nesting depth exceeded");
      }
      const tag = new tag_1.ASN1Tag(stream2.getUint8());
      const len = (0, length_1.decodeLength)(stream2);
      const value = stream2.slice(stream2.position, len);
      const start = stream2.position;
      let subs = [];
      if (tag.constructed) {
        subs = collectSubs(stream2, len, depth);
      } else if (tag.isOctetString()) {
        try {
          subs = collectSubs(stream2, len, depth);
        } catch (e) {
        }
      }
      if (subs.length === 0) {
        stream2.seek(start + len);
      }
      return new ASN1Obj(tag, value, subs);
    }
    (0, import_part_KECMG5SU.__name)(parseStream, "parseStream");
    function collectSubs(stream2, len, depth) {
      const end = stream2.position + len;
      if (end > stream2.length) {
        throw new error_1.ASN1ParseError("invalid length");
      }
      const subs = [];
      while (stream2.position < end) {
        subs.push(parseStream(stream2, depth + 1));
      }
      if (stream2.position !== end) {
        throw new error_1.ASN1ParseError("invalid length");
      }
      return subs;
    }
    (0, import_part_KECMG5SU.__name)(collectSubs, "collectSubs");
  }
});
var require_asn1 = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/asn1/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ASN1Obj = void 0;
    var obj_1 = require_obj();
    Object.defineProperty(exports, "ASN1Obj", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return obj_1.ASN1Obj;
    }, "get") });
  }
});
var require_crypto = (0, import_part_KECMG5SU.__commonJS)({
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
    var crypto_1 = __importDefault((0, import_part_KECMG5SU.__require)("crypto"));
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
    (0, import_part_KECMG5SU.__name)(createPublicKey4, "createPublicKey");
    function digest(algorithm, ...data) {
      const hash = crypto_1.default.createHash(algorithm);
      for (const d of data) {
        hash.update(d);
      }
      return hash.digest();
    }
    (0, import_part_KECMG5SU.__name)(digest, "digest");
    function verify(data, key, signature, algorithm) {
      try {
        return crypto_1.default.verify(algorithm, data, key, signature);
      } catch (e) {
        return false;
      }
    }
    (0, import_part_KECMG5SU.__name)(verify, "verify");
    function bufferEqual(a, b) {
      try {
        return crypto_1.default.timingSafeEqual(a, b);
      } catch {
        return false;
      }
    }
    (0, import_part_KECMG5SU.__name)(bufferEqual, "bufferEqual");
  }
});
var require_dsse = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(preAuthEncoding, "preAuthEncoding");
  }
});
var require_encoding = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(base64Encode, "base64Encode");
    function base64Decode(str) {
      return Buffer.from(str, BASE64_ENCODING).toString(UTF8_ENCODING);
    }
    (0, import_part_KECMG5SU.__name)(base64Decode, "base64Decode");
  }
});
var require_json = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(canonicalize, "canonicalize");
  }
});
var require_pem = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(toDER, "toDER");
    function fromDER(certificate, type = "CERTIFICATE") {
      const der = certificate.toString("base64");
      const lines = der.match(/.{1,64}/g) || "";
      return [`-----BEGIN ${type}-----`, ...lines, `-----END ${type}-----`].join("\n").concat("\n");
    }
    (0, import_part_KECMG5SU.__name)(fromDER, "fromDER");
  }
});
var require_oid = (0, import_part_KECMG5SU.__commonJS)({
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
var require_error3 = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/rfc3161/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RFC3161TimestampVerificationError = void 0;
    var RFC3161TimestampVerificationError = class extends Error {
      static {
        (0, import_part_KECMG5SU.__name)(this, "RFC3161TimestampVerificationError");
      }
    };
    exports.RFC3161TimestampVerificationError = RFC3161TimestampVerificationError;
  }
});
var require_tstinfo = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/rfc3161/tstinfo.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
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
      var ownKeys = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function(o) {
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
    var crypto2 = __importStar(require_crypto());
    var oid_1 = require_oid();
    var error_1 = require_error3();
    var TSTInfo = class {
      static {
        (0, import_part_KECMG5SU.__name)(this, "TSTInfo");
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
        const digest = crypto2.digest(this.messageImprintHashAlgorithm, data);
        if (!crypto2.bufferEqual(digest, this.messageImprintHashedMessage)) {
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
var require_timestamp = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/rfc3161/timestamp.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
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
      var ownKeys = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function(o) {
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
    var crypto2 = __importStar(require_crypto());
    var oid_1 = require_oid();
    var error_1 = require_error3();
    var tstinfo_1 = require_tstinfo();
    var OID_PKCS9_CONTENT_TYPE_SIGNED_DATA = "1.2.840.113549.1.7.2";
    var OID_PKCS9_CONTENT_TYPE_TSTINFO = "1.2.840.113549.1.9.16.1.4";
    var OID_PKCS9_MESSAGE_DIGEST_KEY = "1.2.840.113549.1.9.4";
    var RFC3161Timestamp = class _RFC3161Timestamp {
      static {
        (0, import_part_KECMG5SU.__name)(this, "RFC3161Timestamp");
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
        const tstInfoDigest = crypto2.digest(this.signerDigestAlgorithm, this.tstInfo.raw);
        const expectedDigest = this.messageDigestAttributeObj.subs[1].subs[0].value;
        if (!crypto2.bufferEqual(tstInfoDigest, expectedDigest)) {
          throw new error_1.RFC3161TimestampVerificationError("signed data does not match tstInfo");
        }
      }
      verifySignature(key) {
        const signedAttrs = this.signedAttrsObj.toDER();
        signedAttrs[0] = 49;
        const verified = crypto2.verify(signedAttrs, key, this.signatureValue, this.signatureAlgorithm);
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
var require_rfc3161 = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/rfc3161/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RFC3161Timestamp = void 0;
    var timestamp_1 = require_timestamp();
    Object.defineProperty(exports, "RFC3161Timestamp", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return timestamp_1.RFC3161Timestamp;
    }, "get") });
  }
});
var require_sct = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/x509/sct.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
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
      var ownKeys = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function(o) {
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
    var crypto2 = __importStar(require_crypto());
    var stream_1 = require_stream();
    var SignedCertificateTimestamp = class _SignedCertificateTimestamp {
      static {
        (0, import_part_KECMG5SU.__name)(this, "SignedCertificateTimestamp");
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
        const stream2 = new stream_1.ByteStream();
        stream2.appendChar(this.version);
        stream2.appendChar(0);
        stream2.appendView(this.timestamp);
        stream2.appendUint16(1);
        stream2.appendView(preCert);
        stream2.appendUint16(this.extensions.byteLength);
        if (this.extensions.byteLength > 0) {
          stream2.appendView(this.extensions);
        }
        return crypto2.verify(stream2.buffer, key, this.signature, this.algorithm);
      }
      // Parses a SignedCertificateTimestamp from a buffer. SCTs are encoded using
      // TLS encoding which means the fields and lengths of most fields are
      // specified as part of the SCT and TLS specs.
      // https://www.rfc-editor.org/rfc/rfc6962#section-3.2
      // https://www.rfc-editor.org/rfc/rfc5246#section-7.4.1.4.1
      static parse(buf) {
        const stream2 = new stream_1.ByteStream(buf);
        const version = stream2.getUint8();
        const logID = stream2.getBlock(32);
        const timestamp = stream2.getBlock(8);
        const extenstionLength = stream2.getUint16();
        const extensions = stream2.getBlock(extenstionLength);
        const hashAlgorithm = stream2.getUint8();
        const signatureAlgorithm = stream2.getUint8();
        const sigLength = stream2.getUint16();
        const signature = stream2.getBlock(sigLength);
        if (stream2.position !== buf.length) {
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
var require_ext = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/x509/ext.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.X509SCTExtension = exports.X509SubjectKeyIDExtension = exports.X509AuthorityKeyIDExtension = exports.X509SubjectAlternativeNameExtension = exports.X509KeyUsageExtension = exports.X509BasicConstraintsExtension = exports.X509Extension = void 0;
    var stream_1 = require_stream();
    var sct_1 = require_sct();
    var X509Extension = class {
      static {
        (0, import_part_KECMG5SU.__name)(this, "X509Extension");
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
        (0, import_part_KECMG5SU.__name)(this, "X509BasicConstraintsExtension");
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
        (0, import_part_KECMG5SU.__name)(this, "X509KeyUsageExtension");
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
        (0, import_part_KECMG5SU.__name)(this, "X509SubjectAlternativeNameExtension");
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
        (0, import_part_KECMG5SU.__name)(this, "X509AuthorityKeyIDExtension");
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
        (0, import_part_KECMG5SU.__name)(this, "X509SubjectKeyIDExtension");
      }
      get keyIdentifier() {
        return this.extnValueObj.subs[0].value;
      }
    };
    exports.X509SubjectKeyIDExtension = X509SubjectKeyIDExtension;
    var X509SCTExtension = class extends X509Extension {
      static {
        (0, import_part_KECMG5SU.__name)(this, "X509SCTExtension");
      }
      constructor(asn1) {
        super(asn1);
      }
      get signedCertificateTimestamps() {
        const buf = this.extnValueObj.subs[0].value;
        const stream2 = new stream_1.ByteStream(buf);
        const end = stream2.getUint16() + 2;
        const sctList = [];
        while (stream2.position < end) {
          const sctLength = stream2.getUint16();
          const sct = stream2.getBlock(sctLength);
          sctList.push(sct_1.SignedCertificateTimestamp.parse(sct));
        }
        if (stream2.position !== end) {
          throw new Error("SCT list length does not match actual length");
        }
        return sctList;
      }
    };
    exports.X509SCTExtension = X509SCTExtension;
  }
});
var require_cert = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/x509/cert.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
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
      var ownKeys = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function(o) {
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
    var crypto2 = __importStar(require_crypto());
    var oid_1 = require_oid();
    var pem = __importStar(require_pem());
    var ext_1 = require_ext();
    var EXTENSION_OID_SUBJECT_KEY_ID = "2.5.29.14";
    var EXTENSION_OID_KEY_USAGE = "2.5.29.15";
    var EXTENSION_OID_SUBJECT_ALT_NAME = "2.5.29.17";
    var EXTENSION_OID_BASIC_CONSTRAINTS = "2.5.29.19";
    var EXTENSION_OID_AUTHORITY_KEY_ID = "2.5.29.35";
    exports.EXTENSION_OID_SCT = "1.3.6.1.4.1.11129.2.4.2";
    var X509Certificate4 = class _X509Certificate {
      static {
        (0, import_part_KECMG5SU.__name)(this, "X509Certificate");
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
        const key = crypto2.createPublicKey(publicKey);
        return crypto2.verify(this.tbsCertificate.toDER(), key, this.signatureValue, this.signatureAlgorithm);
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
    exports.X509Certificate = X509Certificate4;
  }
});
var require_x509 = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/x509/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.X509SCTExtension = exports.X509Certificate = exports.EXTENSION_OID_SCT = void 0;
    var cert_1 = require_cert();
    Object.defineProperty(exports, "EXTENSION_OID_SCT", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return cert_1.EXTENSION_OID_SCT;
    }, "get") });
    Object.defineProperty(exports, "X509Certificate", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return cert_1.X509Certificate;
    }, "get") });
    var ext_1 = require_ext();
    Object.defineProperty(exports, "X509SCTExtension", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return ext_1.X509SCTExtension;
    }, "get") });
  }
});
var require_dist3 = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
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
      var ownKeys = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function(o) {
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
    Object.defineProperty(exports, "ASN1Obj", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return asn1_1.ASN1Obj;
    }, "get") });
    exports.crypto = __importStar(require_crypto());
    exports.dsse = __importStar(require_dsse());
    exports.encoding = __importStar(require_encoding());
    exports.json = __importStar(require_json());
    exports.pem = __importStar(require_pem());
    var rfc3161_1 = require_rfc3161();
    Object.defineProperty(exports, "RFC3161Timestamp", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return rfc3161_1.RFC3161Timestamp;
    }, "get") });
    var stream_1 = require_stream();
    Object.defineProperty(exports, "ByteStream", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return stream_1.ByteStream;
    }, "get") });
    var x509_1 = require_x509();
    Object.defineProperty(exports, "EXTENSION_OID_SCT", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return x509_1.EXTENSION_OID_SCT;
    }, "get") });
    Object.defineProperty(exports, "X509Certificate", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return x509_1.X509Certificate;
    }, "get") });
    Object.defineProperty(exports, "X509SCTExtension", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return x509_1.X509SCTExtension;
    }, "get") });
  }
});
var require_dsse2 = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/bundle/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DSSESignatureContent = void 0;
    var core_1 = require_dist3();
    var DSSESignatureContent = class {
      static {
        (0, import_part_KECMG5SU.__name)(this, "DSSESignatureContent");
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
var require_message = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/bundle/message.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MessageSignatureContent = void 0;
    var core_1 = require_dist3();
    var protobuf_specs_1 = (0, import_part_GKGXJLFH.require_dist)();
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
        (0, import_part_KECMG5SU.__name)(this, "MessageSignatureContent");
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
var require_bundle2 = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(toSignedEntity2, "toSignedEntity");
    function signatureContent(bundle, artifact) {
      switch (bundle.content.$case) {
        case "dsseEnvelope":
          return new dsse_1.DSSESignatureContent(bundle.content.dsseEnvelope);
        case "messageSignature":
          return new message_1.MessageSignatureContent(bundle.content.messageSignature, artifact);
      }
    }
    (0, import_part_KECMG5SU.__name)(signatureContent, "signatureContent");
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
    (0, import_part_KECMG5SU.__name)(key, "key");
  }
});
var require_error4 = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PolicyError = exports.VerificationError = void 0;
    var BaseError = class extends Error {
      static {
        (0, import_part_KECMG5SU.__name)(this, "BaseError");
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
        (0, import_part_KECMG5SU.__name)(this, "VerificationError");
      }
    };
    exports.VerificationError = VerificationError4;
    var PolicyError2 = class extends BaseError {
      static {
        (0, import_part_KECMG5SU.__name)(this, "PolicyError");
      }
    };
    exports.PolicyError = PolicyError2;
  }
});
var require_filter = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(filterCertAuthorities, "filterCertAuthorities");
    function filterTLogAuthorities(tlogAuthorities, criteria) {
      return tlogAuthorities.filter((tlog) => {
        if (criteria.logID && !tlog.logID.equals(criteria.logID)) {
          return false;
        }
        return tlog.validFor.start <= criteria.targetDate && criteria.targetDate <= tlog.validFor.end;
      });
    }
    (0, import_part_KECMG5SU.__name)(filterTLogAuthorities, "filterTLogAuthorities");
  }
});
var require_trust = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/trust/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.filterTLogAuthorities = exports.filterCertAuthorities = void 0;
    exports.toTrustMaterial = toTrustMaterial2;
    var core_1 = require_dist3();
    var protobuf_specs_1 = (0, import_part_GKGXJLFH.require_dist)();
    var error_1 = require_error4();
    var BEGINNING_OF_TIME = /* @__PURE__ */ new Date(0);
    var END_OF_TIME = /* @__PURE__ */ new Date(864e13);
    var filter_1 = require_filter();
    Object.defineProperty(exports, "filterCertAuthorities", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return filter_1.filterCertAuthorities;
    }, "get") });
    Object.defineProperty(exports, "filterTLogAuthorities", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
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
    (0, import_part_KECMG5SU.__name)(toTrustMaterial2, "toTrustMaterial");
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
    (0, import_part_KECMG5SU.__name)(createTLogAuthority, "createTLogAuthority");
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
    (0, import_part_KECMG5SU.__name)(createCertAuthority, "createCertAuthority");
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
          validFor: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((date) => {
            return (key.validFor?.start || BEGINNING_OF_TIME) <= date && (key.validFor?.end || END_OF_TIME) >= date;
          }, "validFor")
        };
      };
    }
    (0, import_part_KECMG5SU.__name)(keyLocator, "keyLocator");
  }
});
var require_certificate = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(verifyCertificateChain, "verifyCertificateChain");
    var CertificateChainVerifier2 = class {
      static {
        (0, import_part_KECMG5SU.__name)(this, "CertificateChainVerifier");
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
        paths = paths.filter((path3) => path3.some((cert) => this.trustedCerts.includes(cert)));
        if (paths.length === 0) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "no trusted certificate path found"
          });
        }
        const path2 = paths.reduce((prev, curr) => prev.length < curr.length ? prev : curr);
        return [leafCert, ...path2].slice(0, -1);
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
      checkPath(path2) {
        if (path2.length < 1) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "certificate chain must contain at least one certificate"
          });
        }
        const validCAs = path2.slice(1).every((cert) => cert.isCA);
        if (!validCAs) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "intermediate certificate is not a CA"
          });
        }
        for (let i = path2.length - 2; i >= 0; i--) {
          if (!path2[i].issuer.equals(path2[i + 1].subject)) {
            throw new error_1.VerificationError({
              code: "CERTIFICATE_ERROR",
              message: "incorrect certificate name chaining"
            });
          }
        }
        for (let i = 0; i < path2.length; i++) {
          const cert = path2[i];
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
    (0, import_part_KECMG5SU.__name)(dedupeCertificates, "dedupeCertificates");
  }
});
var require_sct2 = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(verifySCTs2, "verifySCTs");
  }
});
var require_key = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(verifyPublicKey2, "verifyPublicKey");
    function verifyCertificate(leaf, timestamps, trustMaterial) {
      let path2 = [];
      timestamps.forEach((timestamp) => {
        path2 = (0, certificate_1.verifyCertificateChain)(timestamp, leaf, trustMaterial.certificateAuthorities);
      });
      return {
        scts: (0, sct_1.verifySCTs)(path2[0], path2[1], trustMaterial.ctlogs),
        signer: getSigner(path2[0])
      };
    }
    (0, import_part_KECMG5SU.__name)(verifyCertificate, "verifyCertificate");
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
    (0, import_part_KECMG5SU.__name)(getSigner, "getSigner");
  }
});
var require_policy = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(verifySubjectAlternativeName, "verifySubjectAlternativeName");
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
    (0, import_part_KECMG5SU.__name)(verifyExtensions, "verifyExtensions");
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
    (0, import_part_KECMG5SU.__name)(verifyOIDs, "verifyOIDs");
    function oidEquals(a, b) {
      if (a === void 0 || b === void 0) {
        return false;
      }
      return a.length === b.length && a.every((v, i) => v === b[i]);
    }
    (0, import_part_KECMG5SU.__name)(oidEquals, "oidEquals");
  }
});
var require_tsa = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(verifyRFC3161Timestamp, "verifyRFC3161Timestamp");
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
    (0, import_part_KECMG5SU.__name)(verifyTimestampForCA, "verifyTimestampForCA");
    function filterCAsBySerialAndIssuer(timestampAuthorities, criteria) {
      return timestampAuthorities.filter((ca) => ca.certChain.length > 0 && core_1.crypto.bufferEqual(ca.certChain[0].serialNumber, criteria.serialNumber) && core_1.crypto.bufferEqual(ca.certChain[0].issuer, criteria.issuer));
    }
    (0, import_part_KECMG5SU.__name)(filterCAsBySerialAndIssuer, "filterCAsBySerialAndIssuer");
  }
});
var require_timestamp2 = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(getTSATimestamp, "getTSATimestamp");
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
    (0, import_part_KECMG5SU.__name)(getTLogTimestamp2, "getTLogTimestamp");
  }
});
var require_verifier = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+protobuf-specs@0.5.2/node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/verifier.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Signature = exports.Verifier = exports.PublicKey = void 0;
    var sigstore_common_1 = (0, import_part_GKGXJLFH.require_sigstore_common)();
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
    (0, import_part_KECMG5SU.__name)(bytesFromBase64, "bytesFromBase64");
    function base64FromBytes(arr) {
      return globalThis.Buffer.from(arr).toString("base64");
    }
    (0, import_part_KECMG5SU.__name)(base64FromBytes, "base64FromBytes");
    function isSet(value) {
      return value !== null && value !== void 0;
    }
    (0, import_part_KECMG5SU.__name)(isSet, "isSet");
  }
});
var require_dsse3 = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+protobuf-specs@0.5.2/node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DSSELogEntryV002 = exports.DSSERequestV002 = void 0;
    var envelope_1 = (0, import_part_GKGXJLFH.require_envelope)();
    var sigstore_common_1 = (0, import_part_GKGXJLFH.require_sigstore_common)();
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
    (0, import_part_KECMG5SU.__name)(isSet, "isSet");
  }
});
var require_hashedrekord = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+protobuf-specs@0.5.2/node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/hashedrekord.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HashedRekordLogEntryV002 = exports.HashedRekordRequestV002 = void 0;
    var sigstore_common_1 = (0, import_part_GKGXJLFH.require_sigstore_common)();
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
    (0, import_part_KECMG5SU.__name)(bytesFromBase64, "bytesFromBase64");
    function base64FromBytes(arr) {
      return globalThis.Buffer.from(arr).toString("base64");
    }
    (0, import_part_KECMG5SU.__name)(base64FromBytes, "base64FromBytes");
    function isSet(value) {
      return value !== null && value !== void 0;
    }
    (0, import_part_KECMG5SU.__name)(isSet, "isSet");
  }
});
var require_entry = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(isSet, "isSet");
  }
});
var require_v2 = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+protobuf-specs@0.5.2/node_modules/@sigstore/protobuf-specs/dist/rekor/v2/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
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
var require_dsse4 = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(verifyDSSETLogBody, "verifyDSSETLogBody");
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
    (0, import_part_KECMG5SU.__name)(verifyDSSETLogBodyV2, "verifyDSSETLogBodyV2");
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
    (0, import_part_KECMG5SU.__name)(verifyDSSE001TLogBody, "verifyDSSE001TLogBody");
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
    (0, import_part_KECMG5SU.__name)(verifyDSSE002TLogBody, "verifyDSSE002TLogBody");
  }
});
var require_hashedrekord2 = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(verifyHashedRekordTLogBody, "verifyHashedRekordTLogBody");
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
    (0, import_part_KECMG5SU.__name)(verifyHashedRekordTLogBodyV2, "verifyHashedRekordTLogBodyV2");
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
    (0, import_part_KECMG5SU.__name)(verifyHashedrekord001TLogBody, "verifyHashedrekord001TLogBody");
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
    (0, import_part_KECMG5SU.__name)(verifyHashedrekord002TLogBody, "verifyHashedrekord002TLogBody");
  }
});
var require_intoto = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(verifyIntotoTLogBody, "verifyIntotoTLogBody");
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
    (0, import_part_KECMG5SU.__name)(verifyIntoto002TLogBody, "verifyIntoto002TLogBody");
    function base64Decode(str) {
      return Buffer.from(str, "base64").toString("utf-8");
    }
    (0, import_part_KECMG5SU.__name)(base64Decode, "base64Decode");
  }
});
var require_checkpoint = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(verifyCheckpoint, "verifyCheckpoint");
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
    (0, import_part_KECMG5SU.__name)(verifySignedNote, "verifySignedNote");
    var SignedNote = class _SignedNote {
      static {
        (0, import_part_KECMG5SU.__name)(this, "SignedNote");
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
          const [, name2, signature] = match;
          const sigBytes = Buffer.from(signature, "base64");
          if (sigBytes.length < 5) {
            throw new error_1.VerificationError({
              code: "TLOG_INCLUSION_PROOF_ERROR",
              message: "malformed checkpoint signature"
            });
          }
          return {
            name: name2,
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
        (0, import_part_KECMG5SU.__name)(this, "LogCheckpoint");
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
var require_merkle = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(verifyMerkleInclusion, "verifyMerkleInclusion");
    function decompInclProof(index, size) {
      const inner = innerProofSize(index, size);
      const border = onesCount(index >> BigInt(inner));
      return { inner, border };
    }
    (0, import_part_KECMG5SU.__name)(decompInclProof, "decompInclProof");
    function chainInner(seed, hashes, index) {
      return hashes.reduce((acc, h, i) => {
        if (index >> BigInt(i) & BigInt(1)) {
          return hashChildren(h, acc);
        } else {
          return hashChildren(acc, h);
        }
      }, seed);
    }
    (0, import_part_KECMG5SU.__name)(chainInner, "chainInner");
    function chainBorderRight(seed, hashes) {
      return hashes.reduce((acc, h) => hashChildren(h, acc), seed);
    }
    (0, import_part_KECMG5SU.__name)(chainBorderRight, "chainBorderRight");
    function innerProofSize(index, size) {
      return bitLength(index ^ size - BigInt(1));
    }
    (0, import_part_KECMG5SU.__name)(innerProofSize, "innerProofSize");
    function onesCount(num) {
      return num.toString(2).split("1").length - 1;
    }
    (0, import_part_KECMG5SU.__name)(onesCount, "onesCount");
    function bitLength(n) {
      if (n === 0n) {
        return 0;
      }
      return n.toString(2).length;
    }
    (0, import_part_KECMG5SU.__name)(bitLength, "bitLength");
    function hashChildren(left, right) {
      return core_1.crypto.digest("sha256", RFC6962_NODE_HASH_PREFIX, left, right);
    }
    (0, import_part_KECMG5SU.__name)(hashChildren, "hashChildren");
    function hashLeaf(leaf) {
      return core_1.crypto.digest("sha256", RFC6962_LEAF_HASH_PREFIX, leaf);
    }
    (0, import_part_KECMG5SU.__name)(hashLeaf, "hashLeaf");
  }
});
var require_set = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(verifyTLogSET, "verifyTLogSET");
    function toVerificationPayload(entry) {
      const { integratedTime, logIndex, logId, canonicalizedBody } = entry;
      return {
        body: canonicalizedBody.toString("base64"),
        integratedTime: Number(integratedTime),
        logIndex: Number(logIndex),
        logID: logId.keyId.toString("hex")
      };
    }
    (0, import_part_KECMG5SU.__name)(toVerificationPayload, "toVerificationPayload");
  }
});
var require_tlog = (0, import_part_KECMG5SU.__commonJS)({
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
    (0, import_part_KECMG5SU.__name)(verifyTLogBody2, "verifyTLogBody");
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
    (0, import_part_KECMG5SU.__name)(verifyTLogInclusion2, "verifyTLogInclusion");
    function isTLogEntryWithInclusionPromise(entry) {
      return entry.inclusionPromise !== void 0;
    }
    (0, import_part_KECMG5SU.__name)(isTLogEntryWithInclusionPromise, "isTLogEntryWithInclusionPromise");
    function isTLogEntryWithInclusionProof(entry) {
      return entry.inclusionProof !== void 0;
    }
    (0, import_part_KECMG5SU.__name)(isTLogEntryWithInclusionProof, "isTLogEntryWithInclusionProof");
  }
});
var require_verifier2 = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/verifier.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Verifier = void 0;
    var util_1 = (0, import_part_KECMG5SU.__require)("util");
    var error_1 = require_error4();
    var key_1 = require_key();
    var policy_1 = require_policy();
    var timestamp_1 = require_timestamp2();
    var tlog_1 = require_tlog();
    var Verifier = class {
      static {
        (0, import_part_KECMG5SU.__name)(this, "Verifier");
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
    (0, import_part_KECMG5SU.__name)(containsDupes2, "containsDupes");
  }
});
var require_dist4 = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Verifier = exports.toTrustMaterial = exports.VerificationError = exports.PolicyError = exports.toSignedEntity = void 0;
    var bundle_1 = require_bundle2();
    Object.defineProperty(exports, "toSignedEntity", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return bundle_1.toSignedEntity;
    }, "get") });
    var error_1 = require_error4();
    Object.defineProperty(exports, "PolicyError", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return error_1.PolicyError;
    }, "get") });
    Object.defineProperty(exports, "VerificationError", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return error_1.VerificationError;
    }, "get") });
    var trust_1 = require_trust();
    Object.defineProperty(exports, "toTrustMaterial", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return trust_1.toTrustMaterial;
    }, "get") });
    var verifier_1 = require_verifier2();
    Object.defineProperty(exports, "Verifier", { enumerable: true, get: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function() {
      return verifier_1.Verifier;
    }, "get") });
  }
});
var require_constants = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/internal/constants.js"(exports, module2) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module2.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});
var require_debug = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/internal/debug.js"(exports, module2) {
    "use strict";
    var debug2 = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module2.exports = debug2;
  }
});
var require_re = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/internal/re.js"(exports, module2) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug2 = require_debug();
    exports = module2.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    }, "makeSafeRegex");
    var createToken = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((name2, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug2(name2, index, value);
      t[name2] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    }, "createToken");
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});
var require_parse_options = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/internal/parse-options.js"(exports, module2) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    }, "parseOptions");
    module2.exports = parseOptions;
  }
});
var require_identifiers = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/internal/identifiers.js"(exports, module2) {
    "use strict";
    var numeric2 = /^[0-9]+$/;
    var compareIdentifiers = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric2.test(a);
      const bnum = numeric2.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    }, "compareIdentifiers");
    var rcompareIdentifiers = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((a, b) => compareIdentifiers(b, a), "rcompareIdentifiers");
    module2.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});
var require_semver = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/classes/semver.js"(exports, module2) {
    "use strict";
    var debug2 = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    }, "isPrereleaseIdentifier");
    var SemVer = class _SemVer {
      static {
        (0, import_part_KECMG5SU.__name)(this, "SemVer");
      }
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug2("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug2("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug2("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug2("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module2.exports = SemVer;
  }
});
var require_parse2 = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/parse.js"(exports, module2) {
    "use strict";
    var SemVer = require_semver();
    var parse = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    }, "parse");
    module2.exports = parse;
  }
});
var require_valid = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/valid.js"(exports, module2) {
    "use strict";
    var parse = require_parse2();
    var valid2 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    }, "valid");
    module2.exports = valid2;
  }
});
var require_clean = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/clean.js"(exports, module2) {
    "use strict";
    var parse = require_parse2();
    var clean3 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    }, "clean");
    module2.exports = clean3;
  }
});
var require_inc = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/inc.js"(exports, module2) {
    "use strict";
    var SemVer = require_semver();
    var inc = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    }, "inc");
    module2.exports = inc;
  }
});
var require_diff = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/diff.js"(exports, module2) {
    "use strict";
    var parse = require_parse2();
    var diff = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    }, "diff");
    module2.exports = diff;
  }
});
var require_major = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/major.js"(exports, module2) {
    "use strict";
    var SemVer = require_semver();
    var major = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((a, loose) => new SemVer(a, loose).major, "major");
    module2.exports = major;
  }
});
var require_minor = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/minor.js"(exports, module2) {
    "use strict";
    var SemVer = require_semver();
    var minor = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((a, loose) => new SemVer(a, loose).minor, "minor");
    module2.exports = minor;
  }
});
var require_patch = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/patch.js"(exports, module2) {
    "use strict";
    var SemVer = require_semver();
    var patch = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((a, loose) => new SemVer(a, loose).patch, "patch");
    module2.exports = patch;
  }
});
var require_prerelease = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/prerelease.js"(exports, module2) {
    "use strict";
    var parse = require_parse2();
    var prerelease = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    }, "prerelease");
    module2.exports = prerelease;
  }
});
var require_compare = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/compare.js"(exports, module2) {
    "use strict";
    var SemVer = require_semver();
    var compare2 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose)), "compare");
    module2.exports = compare2;
  }
});
var require_rcompare = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/rcompare.js"(exports, module2) {
    "use strict";
    var compare2 = require_compare();
    var rcompare = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((a, b, loose) => compare2(b, a, loose), "rcompare");
    module2.exports = rcompare;
  }
});
var require_compare_loose = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/compare-loose.js"(exports, module2) {
    "use strict";
    var compare2 = require_compare();
    var compareLoose = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((a, b) => compare2(a, b, true), "compareLoose");
    module2.exports = compareLoose;
  }
});
var require_compare_build = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/compare-build.js"(exports, module2) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    }, "compareBuild");
    module2.exports = compareBuild;
  }
});
var require_sort = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/sort.js"(exports, module2) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((list, loose) => list.sort((a, b) => compareBuild(a, b, loose)), "sort");
    module2.exports = sort;
  }
});
var require_rsort = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/rsort.js"(exports, module2) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((list, loose) => list.sort((a, b) => compareBuild(b, a, loose)), "rsort");
    module2.exports = rsort;
  }
});
var require_gt = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/gt.js"(exports, module2) {
    "use strict";
    var compare2 = require_compare();
    var gt2 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((a, b, loose) => compare2(a, b, loose) > 0, "gt");
    module2.exports = gt2;
  }
});
var require_lt = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/lt.js"(exports, module2) {
    "use strict";
    var compare2 = require_compare();
    var lt = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((a, b, loose) => compare2(a, b, loose) < 0, "lt");
    module2.exports = lt;
  }
});
var require_eq = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/eq.js"(exports, module2) {
    "use strict";
    var compare2 = require_compare();
    var eq = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((a, b, loose) => compare2(a, b, loose) === 0, "eq");
    module2.exports = eq;
  }
});
var require_neq = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/neq.js"(exports, module2) {
    "use strict";
    var compare2 = require_compare();
    var neq = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((a, b, loose) => compare2(a, b, loose) !== 0, "neq");
    module2.exports = neq;
  }
});
var require_gte = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/gte.js"(exports, module2) {
    "use strict";
    var compare2 = require_compare();
    var gte = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((a, b, loose) => compare2(a, b, loose) >= 0, "gte");
    module2.exports = gte;
  }
});
var require_lte = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/lte.js"(exports, module2) {
    "use strict";
    var compare2 = require_compare();
    var lte = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((a, b, loose) => compare2(a, b, loose) <= 0, "lte");
    module2.exports = lte;
  }
});
var require_cmp = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/cmp.js"(exports, module2) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt2 = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt2(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    }, "cmp");
    module2.exports = cmp;
  }
});
var require_coerce = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/coerce.js"(exports, module2) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse2();
    var { safeRe: re, t } = require_re();
    var coerce = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    }, "coerce");
    module2.exports = coerce;
  }
});
var require_truncate = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/truncate.js"(exports, module2) {
    "use strict";
    var parse = require_parse2();
    var constants3 = require_constants();
    var SemVer = require_semver();
    var truncate = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((version, truncation, options) => {
      if (!constants3.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    }, "truncate");
    var cloneInputVersion = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    }, "cloneInputVersion");
    var doTruncation = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    }, "doTruncation");
    var isPrerelease = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((type) => {
      return type.startsWith("pre");
    }, "isPrerelease");
    module2.exports = truncate;
  }
});
var require_lrucache = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/internal/lrucache.js"(exports, module2) {
    "use strict";
    var LRUCache = class {
      static {
        (0, import_part_KECMG5SU.__name)(this, "LRUCache");
      }
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module2.exports = LRUCache;
  }
});
var require_trim_comparator_whitespace = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module2) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1, "isWhitespace");
    var isVersionPrefix = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((char) => char === "v" || char === "=" || isWhitespace(char), "isVersionPrefix");
    var isDigit = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((char) => char !== void 0 && char >= "0" && char <= "9", "isDigit");
    var isLetter = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z"), "isLetter");
    var isIdentifierCharacter = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((char) => isDigit(char) || isLetter(char) || char === "-", "isIdentifierCharacter");
    var isVersionStart = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((char) => isDigit(char) || char === "x" || char === "X" || char === "*", "isVersionStart");
    var findDigitsEndIndex = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    }, "findDigitsEndIndex");
    var findVersionNumberEndIndex = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    }, "findVersionNumberEndIndex");
    var findPrereleaseIdentifierEndIndex = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    }, "findPrereleaseIdentifierEndIndex");
    var findPrereleaseEndIndex = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    }, "findPrereleaseEndIndex");
    var findBuildIdentifierEndIndex = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    }, "findBuildIdentifierEndIndex");
    var findBuildEndIndex = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    }, "findBuildEndIndex");
    var findLooseFullVersionEndIndex = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    }, "findLooseFullVersionEndIndex");
    var findPartialVersionComponentEndIndex = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    }, "findPartialVersionComponentEndIndex");
    var findPartialVersionEndIndex = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    }, "findPartialVersionEndIndex");
    var findVersionEndIndex = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    }, "findVersionEndIndex");
    var findRemovableWhitespaceIndex = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    }, "findRemovableWhitespaceIndex");
    var trimComparatorWhitespace = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    }, "trimComparatorWhitespace");
    module2.exports = trimComparatorWhitespace;
  }
});
var require_range = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/classes/range.js"(exports, module2) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      static {
        (0, import_part_KECMG5SU.__name)(this, "Range");
      }
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached2 = cache.get(memoKey);
        if (cached2) {
          return cached2;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug2("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug2("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug2("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug2("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug2("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug2("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module2.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug2 = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((c) => c.value === "<0.0.0-0", "isNullSet");
    var isAny = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((c) => c.value === "", "isAny");
    var isSatisfiable = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    }, "isSatisfiable");
    var parseComparator = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug2("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug2("caret", comp);
      comp = replaceTildes(comp, options);
      debug2("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug2("xrange", comp);
      comp = replaceStars(comp, options);
      debug2("stars", comp);
      return comp;
    }, "parseComparator");
    var isX = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((id) => !id || id.toLowerCase() === "x" || id === "*", "isX");
    var invalidXRangeOrder = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p), "invalidXRangeOrder");
    var replaceTildes = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    }, "replaceTildes");
    var replaceTilde = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug2("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug2("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug2("tilde return", ret);
        return ret;
      });
    }, "replaceTilde");
    var replaceCarets = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    }, "replaceCarets");
    var replaceCaret = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((comp, options) => {
      debug2("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug2("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug2("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug2("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug2("caret return", ret);
        return ret;
      });
    }, "replaceCaret");
    var replaceXRanges = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((comp, options) => {
      debug2("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    }, "replaceXRanges");
    var replaceXRange = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug2("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug2("xRange return", ret);
        return ret;
      });
    }, "replaceXRange");
    var replaceStars = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((comp, options) => {
      debug2("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    }, "replaceStars");
    var replaceGTE0 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((comp, options) => {
      debug2("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    }, "replaceGTE0");
    var hyphenReplace = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    }, "hyphenReplace");
    var testSet = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug2(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    }, "testSet");
  }
});
var require_comparator = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/classes/comparator.js"(exports, module2) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static {
        (0, import_part_KECMG5SU.__name)(this, "Comparator");
      }
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug2("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug2("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug2("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module2.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug2 = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});
var require_satisfies = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/satisfies.js"(exports, module2) {
    "use strict";
    var Range = require_range();
    var satisfies3 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    }, "satisfies");
    module2.exports = satisfies3;
  }
});
var require_to_comparators = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/ranges/to-comparators.js"(exports, module2) {
    "use strict";
    var Range = require_range();
    var toComparators = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" ")), "toComparators");
    module2.exports = toComparators;
  }
});
var require_max_satisfying = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/ranges/max-satisfying.js"(exports, module2) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    }, "maxSatisfying");
    module2.exports = maxSatisfying;
  }
});
var require_min_satisfying = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/ranges/min-satisfying.js"(exports, module2) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    }, "minSatisfying");
    module2.exports = minSatisfying;
  }
});
var require_min_version = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/ranges/min-version.js"(exports, module2) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt2 = require_gt();
    var minVersion = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt2(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt2(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    }, "minVersion");
    module2.exports = minVersion;
  }
});
var require_valid2 = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/ranges/valid.js"(exports, module2) {
    "use strict";
    var Range = require_range();
    var validRange = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    }, "validRange");
    module2.exports = validRange;
  }
});
var require_outside = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/ranges/outside.js"(exports, module2) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies3 = require_satisfies();
    var gt2 = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt2;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt2;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies3(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    }, "outside");
    module2.exports = outside;
  }
});
var require_gtr = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/ranges/gtr.js"(exports, module2) {
    "use strict";
    var outside = require_outside();
    var gtr = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((version, range, options) => outside(version, range, ">", options), "gtr");
    module2.exports = gtr;
  }
});
var require_ltr = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/ranges/ltr.js"(exports, module2) {
    "use strict";
    var outside = require_outside();
    var ltr = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((version, range, options) => outside(version, range, "<", options), "ltr");
    module2.exports = ltr;
  }
});
var require_intersects = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/ranges/intersects.js"(exports, module2) {
    "use strict";
    var Range = require_range();
    var intersects = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    }, "intersects");
    module2.exports = intersects;
  }
});
var require_simplify = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/ranges/simplify.js"(exports, module2) {
    "use strict";
    var satisfies3 = require_satisfies();
    var compare2 = require_compare();
    module2.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare2(a, b, options));
      for (const version of v) {
        const included = satisfies3(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});
var require_subset = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/ranges/subset.js"(exports, module2) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies3 = require_satisfies();
    var compare2 = require_compare();
    var subset = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    }, "subset");
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt2, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt2 = higherGT(gt2, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt2 && lt) {
        gtltComp = compare2(gt2.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt2.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt2 && !satisfies3(eq, String(gt2), options)) {
          return null;
        }
        if (lt && !satisfies3(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies3(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt2 && !options.includePrerelease && gt2.semver.prerelease.length ? gt2.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt2) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt2, c, options);
            if (higher === c && higher !== gt2) {
              return false;
            }
          } else if (gt2.operator === ">=" && !c.test(gt2.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt2) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt2 && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt2 && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    }, "simpleSubset");
    var higherGT = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare2(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    }, "higherGT");
    var lowerLT = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare2(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    }, "lowerLT");
    module2.exports = subset;
  }
});
var require_semver2 = (0, import_part_KECMG5SU.__commonJS)({
  "node_modules/.pnpm/semver@7.8.6/node_modules/semver/index.js"(exports, module2) {
    "use strict";
    var internalRe = require_re();
    var constants3 = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse2();
    var valid2 = require_valid();
    var clean3 = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare2 = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt2 = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies3 = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module2.exports = {
      parse,
      valid: valid2,
      clean: clean3,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare: compare2,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt: gt2,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies: satisfies3,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants3.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants3.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});
function getProxyUrl(reqUrl) {
  const usingSsl = reqUrl.protocol === "https:";
  if (checkBypass(reqUrl)) {
    return void 0;
  }
  const proxyVar = (() => {
    if (usingSsl) {
      return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
    } else {
      return process.env["http_proxy"] || process.env["HTTP_PROXY"];
    }
  })();
  if (proxyVar) {
    try {
      return new DecodedURL(proxyVar);
    } catch (_a) {
      if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
        return new DecodedURL(`http://${proxyVar}`);
    }
  } else {
    return void 0;
  }
}
(0, import_part_KECMG5SU.__name)(getProxyUrl, "getProxyUrl");
function checkBypass(reqUrl) {
  if (!reqUrl.hostname) {
    return false;
  }
  const reqHost = reqUrl.hostname;
  if (isLoopbackAddress(reqHost)) {
    return true;
  }
  const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
  if (!noProxy) {
    return false;
  }
  let reqPort;
  if (reqUrl.port) {
    reqPort = Number(reqUrl.port);
  } else if (reqUrl.protocol === "http:") {
    reqPort = 80;
  } else if (reqUrl.protocol === "https:") {
    reqPort = 443;
  }
  const upperReqHosts = [reqUrl.hostname.toUpperCase()];
  if (typeof reqPort === "number") {
    upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
  }
  for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
    if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
      return true;
    }
  }
  return false;
}
(0, import_part_KECMG5SU.__name)(checkBypass, "checkBypass");
function isLoopbackAddress(host) {
  const hostLower = host.toLowerCase();
  return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
}
(0, import_part_KECMG5SU.__name)(isLoopbackAddress, "isLoopbackAddress");
var DecodedURL = class extends URL {
  static {
    (0, import_part_KECMG5SU.__name)(this, "DecodedURL");
  }
  constructor(url, base) {
    super(url, base);
    this._decodedUsername = decodeURIComponent(super.username);
    this._decodedPassword = decodeURIComponent(super.password);
  }
  get username() {
    return this._decodedUsername;
  }
  get password() {
    return this._decodedPassword;
  }
};
var tunnel = (0, import_part_KECMG5SU.__toESM)(require_tunnel2(), 1);
var import_undici = (0, import_part_KECMG5SU.__toESM)(require_undici(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  (0, import_part_KECMG5SU.__name)(adopt, "adopt");
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    (0, import_part_KECMG5SU.__name)(fulfilled, "fulfilled");
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    (0, import_part_KECMG5SU.__name)(rejected, "rejected");
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    (0, import_part_KECMG5SU.__name)(step, "step");
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];
var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
var ExponentialBackoffCeiling = 10;
var ExponentialBackoffTimeSlice = 5;
var HttpClientError = class _HttpClientError extends Error {
  static {
    (0, import_part_KECMG5SU.__name)(this, "HttpClientError");
  }
  constructor(message, statusCode) {
    super(message);
    this.name = "HttpClientError";
    this.statusCode = statusCode;
    Object.setPrototypeOf(this, _HttpClientError.prototype);
  }
};
var HttpClientResponse = class {
  static {
    (0, import_part_KECMG5SU.__name)(this, "HttpClientResponse");
  }
  constructor(message) {
    this.message = message;
  }
  readBody() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
        let output = Buffer.alloc(0);
        this.message.on("data", (chunk) => {
          output = Buffer.concat([output, chunk]);
        });
        this.message.on("end", () => {
          resolve(output.toString());
        });
      }));
    });
  }
  readBodyBuffer() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
        const chunks = [];
        this.message.on("data", (chunk) => {
          chunks.push(chunk);
        });
        this.message.on("end", () => {
          resolve(Buffer.concat(chunks));
        });
      }));
    });
  }
};
var HttpClient = class {
  static {
    (0, import_part_KECMG5SU.__name)(this, "HttpClient");
  }
  constructor(userAgent2, handlers, requestOptions) {
    this._ignoreSslError = false;
    this._allowRedirects = true;
    this._allowRedirectDowngrade = false;
    this._maxRedirects = 50;
    this._allowRetries = false;
    this._maxRetries = 1;
    this._keepAlive = false;
    this._disposed = false;
    this.userAgent = this._getUserAgentWithOrchestrationId(userAgent2);
    this.handlers = handlers || [];
    this.requestOptions = requestOptions;
    if (requestOptions) {
      if (requestOptions.ignoreSslError != null) {
        this._ignoreSslError = requestOptions.ignoreSslError;
      }
      this._socketTimeout = requestOptions.socketTimeout;
      if (requestOptions.allowRedirects != null) {
        this._allowRedirects = requestOptions.allowRedirects;
      }
      if (requestOptions.allowRedirectDowngrade != null) {
        this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
      }
      if (requestOptions.maxRedirects != null) {
        this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
      }
      if (requestOptions.keepAlive != null) {
        this._keepAlive = requestOptions.keepAlive;
      }
      if (requestOptions.allowRetries != null) {
        this._allowRetries = requestOptions.allowRetries;
      }
      if (requestOptions.maxRetries != null) {
        this._maxRetries = requestOptions.maxRetries;
      }
    }
  }
  options(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
    });
  }
  get(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("GET", requestUrl, null, additionalHeaders || {});
    });
  }
  del(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("DELETE", requestUrl, null, additionalHeaders || {});
    });
  }
  post(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("POST", requestUrl, data, additionalHeaders || {});
    });
  }
  patch(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PATCH", requestUrl, data, additionalHeaders || {});
    });
  }
  put(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PUT", requestUrl, data, additionalHeaders || {});
    });
  }
  head(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("HEAD", requestUrl, null, additionalHeaders || {});
    });
  }
  sendStream(verb, requestUrl, stream2, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request(verb, requestUrl, stream2, additionalHeaders);
    });
  }
  /**
   * Gets a typed object from an endpoint
   * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
   */
  getJson(requestUrl_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      const res = yield this.get(requestUrl, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  postJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.post(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  putJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.put(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  patchJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.patch(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  /**
   * Makes a raw http request.
   * All other methods such as get, post, patch, and request ultimately call this.
   * Prefer get, del, post and patch
   */
  request(verb, requestUrl, data, headers) {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._disposed) {
        throw new Error("Client has already been disposed.");
      }
      const parsedUrl = new URL(requestUrl);
      let info2 = this._prepareRequest(verb, parsedUrl, headers);
      const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
      let numTries = 0;
      let response;
      do {
        response = yield this.requestRaw(info2, data);
        if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
          let authenticationHandler;
          for (const handler of this.handlers) {
            if (handler.canHandleAuthentication(response)) {
              authenticationHandler = handler;
              break;
            }
          }
          if (authenticationHandler) {
            return authenticationHandler.handleAuthentication(this, info2, data);
          } else {
            return response;
          }
        }
        let redirectsRemaining = this._maxRedirects;
        while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
          const redirectUrl = response.message.headers["location"];
          if (!redirectUrl) {
            break;
          }
          const parsedRedirectUrl = new URL(redirectUrl);
          if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
            throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
          }
          yield response.readBody();
          if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
            for (const header in headers) {
              if (header.toLowerCase() === "authorization") {
                delete headers[header];
              }
            }
          }
          info2 = this._prepareRequest(verb, parsedRedirectUrl, headers);
          response = yield this.requestRaw(info2, data);
          redirectsRemaining--;
        }
        if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
          return response;
        }
        numTries += 1;
        if (numTries < maxTries) {
          yield response.readBody();
          yield this._performExponentialBackoff(numTries);
        }
      } while (numTries < maxTries);
      return response;
    });
  }
  /**
   * Needs to be called if keepAlive is set to true in request options.
   */
  dispose() {
    if (this._agent) {
      this._agent.destroy();
    }
    this._disposed = true;
  }
  /**
   * Raw request.
   * @param info
   * @param data
   */
  requestRaw(info2, data) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve, reject) => {
        function callbackForResult(err, res) {
          if (err) {
            reject(err);
          } else if (!res) {
            reject(new Error("Unknown error"));
          } else {
            resolve(res);
          }
        }
        (0, import_part_KECMG5SU.__name)(callbackForResult, "callbackForResult");
        this.requestRawWithCallback(info2, data, callbackForResult);
      });
    });
  }
  /**
   * Raw request with callback.
   * @param info
   * @param data
   * @param onResult
   */
  requestRawWithCallback(info2, data, onResult) {
    if (typeof data === "string") {
      if (!info2.options.headers) {
        info2.options.headers = {};
      }
      info2.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
    }
    let callbackCalled = false;
    function handleResult(err, res) {
      if (!callbackCalled) {
        callbackCalled = true;
        onResult(err, res);
      }
    }
    (0, import_part_KECMG5SU.__name)(handleResult, "handleResult");
    const req = info2.httpModule.request(info2.options, (msg) => {
      const res = new HttpClientResponse(msg);
      handleResult(void 0, res);
    });
    let socket;
    req.on("socket", (sock) => {
      socket = sock;
    });
    req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
      if (socket) {
        socket.end();
      }
      handleResult(new Error(`Request timeout: ${info2.options.path}`));
    });
    req.on("error", function(err) {
      handleResult(err);
    });
    if (data && typeof data === "string") {
      req.write(data, "utf8");
    }
    if (data && typeof data !== "string") {
      data.on("close", function() {
        req.end();
      });
      data.pipe(req);
    } else {
      req.end();
    }
  }
  /**
   * Gets an http agent. This function is useful when you need an http agent that handles
   * routing through a proxy server - depending upon the url and proxy environment variables.
   * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
   */
  getAgent(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    return this._getAgent(parsedUrl);
  }
  getAgentDispatcher(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (!useProxy) {
      return;
    }
    return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
  }
  _prepareRequest(method, requestUrl, headers) {
    const info2 = {};
    info2.parsedUrl = requestUrl;
    const usingSsl = info2.parsedUrl.protocol === "https:";
    info2.httpModule = usingSsl ? https : http;
    const defaultPort = usingSsl ? 443 : 80;
    info2.options = {};
    info2.options.host = info2.parsedUrl.hostname;
    info2.options.port = info2.parsedUrl.port ? parseInt(info2.parsedUrl.port) : defaultPort;
    info2.options.path = (info2.parsedUrl.pathname || "") + (info2.parsedUrl.search || "");
    info2.options.method = method;
    info2.options.headers = this._mergeHeaders(headers);
    if (this.userAgent != null) {
      info2.options.headers["user-agent"] = this.userAgent;
    }
    info2.options.agent = this._getAgent(info2.parsedUrl);
    if (this.handlers) {
      for (const handler of this.handlers) {
        handler.prepareRequest(info2.options);
      }
    }
    return info2;
  }
  _mergeHeaders(headers) {
    if (this.requestOptions && this.requestOptions.headers) {
      return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
    }
    return lowercaseKeys(headers || {});
  }
  /**
   * Gets an existing header value or returns a default.
   * Handles converting number header values to strings since HTTP headers must be strings.
   * Note: This returns string | string[] since some headers can have multiple values.
   * For headers that must always be a single string (like Content-Type), use the
   * specialized _getExistingOrDefaultContentTypeHeader method instead.
   */
  _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
      if (headerValue) {
        clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
      }
    }
    const additionalValue = additionalHeaders[header];
    if (additionalValue !== void 0) {
      return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  /**
   * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
   * Always returns a single string (not an array) since Content-Type should be a single value.
   * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
   * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
   * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
   */
  _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
      if (headerValue) {
        if (typeof headerValue === "number") {
          clientHeader = String(headerValue);
        } else if (Array.isArray(headerValue)) {
          clientHeader = headerValue.join(", ");
        } else {
          clientHeader = headerValue;
        }
      }
    }
    const additionalValue = additionalHeaders[Headers.ContentType];
    if (additionalValue !== void 0) {
      if (typeof additionalValue === "number") {
        return String(additionalValue);
      } else if (Array.isArray(additionalValue)) {
        return additionalValue.join(", ");
      } else {
        return additionalValue;
      }
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  _getAgent(parsedUrl) {
    let agent;
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (this._keepAlive && useProxy) {
      agent = this._proxyAgent;
    }
    if (!useProxy) {
      agent = this._agent;
    }
    if (agent) {
      return agent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    let maxSockets = 100;
    if (this.requestOptions) {
      maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
    }
    if (proxyUrl && proxyUrl.hostname) {
      const agentOptions = {
        maxSockets,
        keepAlive: this._keepAlive,
        proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
          proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
        }), { host: proxyUrl.hostname, port: proxyUrl.port })
      };
      let tunnelAgent;
      const overHttps = proxyUrl.protocol === "https:";
      if (usingSsl) {
        tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
      } else {
        tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
      }
      agent = tunnelAgent(agentOptions);
      this._proxyAgent = agent;
    }
    if (!agent) {
      const options = { keepAlive: this._keepAlive, maxSockets };
      agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
      this._agent = agent;
    }
    if (usingSsl && this._ignoreSslError) {
      agent.options = Object.assign(agent.options || {}, {
        rejectUnauthorized: false
      });
    }
    return agent;
  }
  _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
    let proxyAgent;
    if (this._keepAlive) {
      proxyAgent = this._proxyAgentDispatcher;
    }
    if (proxyAgent) {
      return proxyAgent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    proxyAgent = new import_undici.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
      token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
    }));
    this._proxyAgentDispatcher = proxyAgent;
    if (usingSsl && this._ignoreSslError) {
      proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
        rejectUnauthorized: false
      });
    }
    return proxyAgent;
  }
  _getUserAgentWithOrchestrationId(userAgent2) {
    const baseUserAgent = userAgent2 || "actions/http-client";
    const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
    if (orchId) {
      const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
      return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
    }
    return baseUserAgent;
  }
  _performExponentialBackoff(retryNumber) {
    return __awaiter(this, void 0, void 0, function* () {
      retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
      const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
      return new Promise((resolve) => setTimeout(() => resolve(), ms));
    });
  }
  _processResponse(res, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
        const statusCode = res.message.statusCode || 0;
        const response = {
          statusCode,
          result: null,
          headers: {}
        };
        if (statusCode === HttpCodes.NotFound) {
          resolve(response);
        }
        function dateTimeDeserializer(key, value) {
          if (typeof value === "string") {
            const a = new Date(value);
            if (!isNaN(a.valueOf())) {
              return a;
            }
          }
          return value;
        }
        (0, import_part_KECMG5SU.__name)(dateTimeDeserializer, "dateTimeDeserializer");
        let obj;
        let contents;
        try {
          contents = yield res.readBody();
          if (contents && contents.length > 0) {
            if (options && options.deserializeDates) {
              obj = JSON.parse(contents, dateTimeDeserializer);
            } else {
              obj = JSON.parse(contents);
            }
            response.result = obj;
          }
          response.headers = res.message.headers;
        } catch (err) {
        }
        if (statusCode > 299) {
          let msg;
          if (obj && obj.message) {
            msg = obj.message;
          } else if (contents && contents.length > 0) {
            msg = contents;
          } else {
            msg = `Failed request: (${statusCode})`;
          }
          const err = new HttpClientError(msg, statusCode);
          err.result = response.result;
          reject(err);
        } else {
          resolve(response);
        }
      }));
    });
  }
};
var lowercaseKeys = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {}), "lowercaseKeys");
var KINDS = {
  INVALID_CATALOG: "configuration",
  UNKNOWN_TOOL: "configuration",
  UNSUPPORTED_PLATFORM: "configuration",
  UNVERIFIABLE_VERSION: "configuration",
  CHECKSUM_MISMATCH: "verification",
  DOWNLOAD_FAILED: "remote",
  INVALID_INPUT: "configuration",
  UNSAFE_ARCHIVE: "verification"
};
var ToolsError = class extends Error {
  static {
    (0, import_part_KECMG5SU.__name)(this, "ToolsError");
  }
  code;
  /** The failure kind this code means (see KINDS). */
  kind;
  /** What to check, for a download that failed. */
  hint;
  /** The HTTP status, when a download answered with an error. */
  status;
  constructor(options) {
    super(options.message, { cause: options.cause });
    this.name = "ToolsError";
    this.code = options.code;
    this.status = options.status;
    this.kind = KINDS[options.code];
    this.hint = options.code !== "DOWNLOAD_FAILED" ? void 0 : options.status !== void 0 && options.status >= 500 ? "the status of the download host: it failed on its side; re-run the job when it answers again" : "that the download host (or the mirror given to the step) is reachable from the runner and serves this version";
  }
};
var catalog_default = {
  generated: {
    at: "2026-11-22",
    by: "hand-collected from public sources quoting each project's published checksums file (no network access to github.com here); regenerate with scripts/regen-tool-catalog.ts",
    sources: {
      "cosign@3.1.3": "sigstore/cosign v3.1.3 cosign_checksums.txt (SHA-256 aec2a6f68d307b09ae196e388dc691a146fa8bdba7fcce9ca4ca41b918adfa63), vendored verbatim by public test fixtures, together with cosign_checksums.txt.sigstore.json; the bundle was verified here with @sign/sigstore verifyBundle against the pinned public-good trusted root, identity keyless@projectsigstore.iam.gserviceaccount.com, issuer https://accounts.google.com (copy in packages/tools/test/regen-fixtures/cosign-3.1.3/). No windows-arm64 build is published.",
      "notation-azure-kv@1.2.0": "Azure/notation-azure-kv README for v1.2.0 (`notation plugin install --sha256sum` for all five published platforms); linux-amd64 also quoted by Microsoft Learn and notaryproject/notation-action docs. No windows-arm64 build.",
      "notation-azure-kv@1.2.1": "linux-amd64 only, as quoted by Microsoft Learn's Notation + Azure Key Vault guides; other platforms not found in public sources.",
      "notation@1.3.2": "notation_1.3.2_checksums.txt values as quoted by Microsoft Learn's Notation guides (linux-amd64, windows-amd64), an AUR PKGBUILD (linux-amd64, linux-arm64) and a Go tool-pin manifest (linux and darwin, amd64 and arm64); darwin values have that single source. No windows-arm64 build (notation's .goreleaser.yml ignores windows/arm64).",
      "oras@1.3.2": "oras_1.3.2_checksums.txt values as quoted by several independent install scripts and package manifests (each value found in at least two). No windows-arm64 asset found.",
      "syft@1.54.0": "syft_1.54.0_checksums.txt values as quoted by install scripts that verify the signed checksums file (linux-amd64, linux-arm64, darwin-arm64: three or more sources each; windows-amd64: two); darwin-amd64 not found. Syft's .goreleaser.yaml builds windows/amd64 only."
    }
  },
  tools: {
    cosign: {
      assets: {
        binary: "cosign-{os}-{arch}{ext}"
      },
      checksums: "cosign_checksums.txt",
      checksumsBundle: {
        asset: "cosign_checksums.txt.sigstore.json",
        certificateIdentity: "keyless@projectsigstore.iam.gserviceaccount.com",
        certificateOidcIssuer: "https://accounts.google.com"
      },
      defaultVersion: "3.1.3",
      executable: "cosign",
      formats: {
        darwin: "binary",
        linux: "binary",
        windows: "binary"
      },
      platforms: ["linux-amd64", "linux-arm64", "darwin-amd64", "darwin-arm64", "windows-amd64"],
      repository: "sigstore/cosign",
      tag: "v{version}",
      versions: {
        "3.1.3": {
          "darwin-amd64": "2347488e5d5b25336644024dfeca5601b190e91197a71a917bda44744aff106c",
          "darwin-arm64": "5cf948c2f4dfe59687bdd0b8523709067383e03982cc543475c8a7dc70e92a76",
          "linux-amd64": "4629c757b7618056f8ddd7e2625ae9fdd94c0372a65049520bc7d9df9efc7f71",
          "linux-arm64": "c5d324e091826b0d7a78eb16fef316450b4eb9aaec045611c08ba06f5e73220a",
          "windows-amd64": "9fe59be0eca1271873ce019061335eb1ac419b7059202e797828467ddabe33be"
        }
      }
    },
    notation: {
      assets: {
        "tar.gz": "notation_{version}_{os}_{arch}.tar.gz",
        zip: "notation_{version}_{os}_{arch}.zip"
      },
      checksums: "notation_{version}_checksums.txt",
      defaultVersion: "1.3.2",
      executable: "notation",
      formats: {
        darwin: "tar.gz",
        linux: "tar.gz",
        windows: "zip"
      },
      platforms: ["linux-amd64", "linux-arm64", "darwin-amd64", "darwin-arm64", "windows-amd64"],
      repository: "notaryproject/notation",
      tag: "v{version}",
      versions: {
        "1.3.2": {
          "darwin-amd64": "72fade2ccb0765e2ff26b53c9ca663dd33dc4f2020b2b8493e703a9ccf6174a2",
          "darwin-arm64": "054bf6e9fb2619390dab9c74e5d6c511bde7609f3a060ee512c6aead2440c214",
          "linux-amd64": "e1a0f060308086bf8020b2d31defb7c5348f133ca0dba6a1a7820ef3cbb6dfe5",
          "linux-arm64": "34143c7b816a50104824278080a5cf12bbf855488e003f62e6acf27ed25c423c",
          "windows-amd64": "014f25a530eee17520c8e1eb7380e4bd02ff6fc04479a07a890954e3b7ddfdc7"
        }
      }
    },
    "notation-azure-kv": {
      assets: {
        "tar.gz": "notation-azure-kv_{version}_{os}_{arch}.tar.gz",
        zip: "notation-azure-kv_{version}_{os}_{arch}.zip"
      },
      checksums: "notation-azure-kv_{version}_checksums.txt",
      defaultVersion: "1.2.0",
      executable: "notation-azure-kv",
      formats: {
        darwin: "tar.gz",
        linux: "tar.gz",
        windows: "zip"
      },
      notationPlugin: {
        name: "azure-kv"
      },
      platforms: ["linux-amd64", "linux-arm64", "darwin-amd64", "darwin-arm64", "windows-amd64"],
      repository: "Azure/notation-azure-kv",
      tag: "v{version}",
      versions: {
        "1.2.0": {
          "darwin-amd64": "4b5a3480fc1d6844a69f7d9483530e9be24a74441fd571ccd5eec9f6a5337eed",
          "darwin-arm64": "2bcfc0ee3ad1cbb1854110e3f02b89d46c14feb5736de37cd237b9668f378f2f",
          "linux-amd64": "06bb5198af31ce11b08c4557ae4c2cbfb09878dfa6b637b7407ebc2d57b87b34",
          "linux-arm64": "49520105bdb707a7bd3a519c55cc1541fbb336ab45b665c9cb2f84593f20ff29",
          "windows-amd64": "4478b4a323363e264924349bf7007d4201621024b0f9252e0cfde42c0938c667"
        },
        "1.2.1": {
          "linux-amd64": "67c5ccaaf28dd44d2b6572684d84e344a02c2258af1d65ead3910b3156d3eaf5"
        }
      }
    },
    oras: {
      assets: {
        "tar.gz": "oras_{version}_{os}_{arch}.tar.gz",
        zip: "oras_{version}_{os}_{arch}.zip"
      },
      checksums: "oras_{version}_checksums.txt",
      defaultVersion: "1.3.2",
      executable: "oras",
      formats: {
        darwin: "tar.gz",
        linux: "tar.gz",
        windows: "zip"
      },
      platforms: ["linux-amd64", "linux-arm64", "darwin-amd64", "darwin-arm64", "windows-amd64"],
      repository: "oras-project/oras",
      tag: "v{version}",
      versions: {
        "1.3.2": {
          "darwin-amd64": "2621f6b252b222f6fbf4e114d2fcaa0cec6b632624ffaf73143f66e4e0994f86",
          "darwin-arm64": "7929f792cf272268412375ecad6f0fb3c20f164368d5b57966e67ad6d36eca53",
          "linux-amd64": "9229ccc6d17bb282039ad4a69abb16dcb887a5bce567c075d731d9b3c7ad8eaf",
          "linux-arm64": "8db4a223bd6034deff198e791ea7cb3af0840df25b7e9f370e2f1f3fd20d389b",
          "windows-amd64": "c896f26245f11e6385d52010bb0a65a4e500e1f3244680a6556ed05462fa1c0d"
        }
      }
    },
    syft: {
      assets: {
        "tar.gz": "syft_{version}_{os}_{arch}.tar.gz",
        zip: "syft_{version}_{os}_{arch}.zip"
      },
      checksums: "syft_{version}_checksums.txt",
      checksumsBundle: {
        asset: "syft_{version}_checksums.txt.sigstore.json",
        certificateIdentity: "https://github.com/anchore/syft/.github/workflows/release.yaml@refs/heads/main",
        certificateOidcIssuer: "https://token.actions.githubusercontent.com"
      },
      defaultVersion: "1.54.0",
      executable: "syft",
      formats: {
        darwin: "tar.gz",
        linux: "tar.gz",
        windows: "zip"
      },
      platforms: ["linux-amd64", "linux-arm64", "darwin-amd64", "darwin-arm64", "windows-amd64"],
      repository: "anchore/syft",
      tag: "v{version}",
      versions: {
        "1.54.0": {
          "darwin-arm64": "7e0bdad94c569fc6d5785c9a657bbae3d4c4e140ccb5eace3d0b5b6bc2b6dbcf",
          "linux-amd64": "54a87372498168b2d033e876fd41fa4e8035b872699e525a57046e1f2f09c860",
          "linux-arm64": "ee6d4566373a05b344bc6b5f1706f14419bf9338ba39ff686e247deefe9b8818",
          "windows-amd64": "77f4b472779058e819eec9a054753a5071a996aaa40db31a290f8b256748593f"
        }
      }
    }
  },
  version: 1
};
var IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;
function childPath(path2, key) {
  if (typeof key === "number") return `${path2}[${key}]`;
  return IDENTIFIER.test(key) ? `${path2}.${key}` : `${path2}[${JSON.stringify(key)}]`;
}
(0, import_part_KECMG5SU.__name)(childPath, "childPath");
function invalidField(context, path2, problem) {
  throw new ToolsError({
    code: "INVALID_CATALOG",
    message: `Invalid tool catalog ${context.source}: ${path2} ${problem}.`
  });
}
(0, import_part_KECMG5SU.__name)(invalidField, "invalidField");
function readObject(context, path2, value, allowedKeys) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    invalidField(context, path2, `must be an object, not ${describe(value)}`);
  }
  const record = value;
  if (allowedKeys !== void 0) {
    for (const key of Object.keys(record)) {
      if (!allowedKeys.includes(key)) {
        invalidField(
          context,
          childPath(path2, key),
          `is not a known field (known: ${allowedKeys.join(", ")})`
        );
      }
    }
  }
  return record;
}
(0, import_part_KECMG5SU.__name)(readObject, "readObject");
function readString(context, path2, value, check2) {
  if (typeof value !== "string") {
    invalidField(context, path2, `must be a string, not ${describe(value)}`);
  }
  if (value.length === 0) invalidField(context, path2, "must not be empty");
  if (check2 !== void 0 && !check2.pattern.test(value)) {
    invalidField(context, path2, `must be ${check2.expected}, not ${JSON.stringify(value)}`);
  }
  return value;
}
(0, import_part_KECMG5SU.__name)(readString, "readString");
function readEnum(context, path2, value, allowed) {
  if (typeof value !== "string" || !allowed.includes(value)) {
    invalidField(context, path2, `must be one of ${allowed.join(", ")}, not ${describe(value)}`);
  }
  return value;
}
(0, import_part_KECMG5SU.__name)(readEnum, "readEnum");
function describe(value) {
  if (value === void 0) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value);
  if (typeof value === "object") return "an object";
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${value}`;
  return typeof value;
}
(0, import_part_KECMG5SU.__name)(describe, "describe");
var TOOL_OSES = ["linux", "darwin", "windows"];
var TOOL_ARCHES = ["amd64", "arm64"];
var PLATFORM_KEYS = TOOL_OSES.flatMap(
  (os2) => TOOL_ARCHES.map((arch2) => `${os2}-${arch2}`)
);
var NODE_OS = {
  linux: "linux",
  darwin: "darwin",
  win32: "windows"
};
var NODE_ARCH = { x64: "amd64", arm64: "arm64" };
function platformOf(options) {
  const os2 = NODE_OS[options.platform];
  const arch2 = Object.hasOwn(NODE_ARCH, options.arch) ? NODE_ARCH[options.arch] : void 0;
  if (os2 === void 0 || arch2 === void 0) {
    throw new ToolsError({
      code: "UNSUPPORTED_PLATFORM",
      message: `The runner's platform ${options.platform}/${options.arch} is not supported: the tools are installed on linux, darwin and win32 runners with x64 or arm64 processors.`
    });
  }
  return { os: os2, arch: arch2 };
}
(0, import_part_KECMG5SU.__name)(platformOf, "platformOf");
function platformKey(platform) {
  return `${platform.os}-${platform.arch}`;
}
(0, import_part_KECMG5SU.__name)(platformKey, "platformKey");
var PLACEHOLDER = /\{([^{}]*)\}/gu;
function templateFault(options) {
  const { template, allowed } = options;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name2 = match[1] ?? "";
    if (!allowed.includes(name2)) {
      const known = allowed.length > 0 ? allowed.map((n) => `{${n}}`).join(", ") : "none";
      return `uses {${name2}}; the placeholders allowed here are ${known}`;
    }
  }
  if (/[{}]/u.test(template.replace(PLACEHOLDER, ""))) {
    return 'has an unmatched "{" or "}"';
  }
  return void 0;
}
(0, import_part_KECMG5SU.__name)(templateFault, "templateFault");
function expandTemplate(options) {
  return options.template.replace(PLACEHOLDER, (whole, name2) => {
    const value = options.values[name2];
    return value ?? whole;
  });
}
(0, import_part_KECMG5SU.__name)(expandTemplate, "expandTemplate");
var ASSET_FORMATS = ["binary", "tar.gz", "zip"];
var TOOL_KEYS = [
  "repository",
  "tag",
  "defaultVersion",
  "assets",
  "formats",
  "platforms",
  "osNames",
  "archNames",
  "executable",
  "checksums",
  "checksumsBundle",
  "notationPlugin",
  "versions"
];
var BUNDLE_KEYS = [
  "asset",
  "certificateIdentity",
  "certificateIdentityRegexp",
  "certificateOidcIssuer"
];
var VERSION_PATTERN = /^[0-9][0-9A-Za-z.+_-]*$/u;
var REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/u;
var NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/u;
var SHA256 = /^[0-9a-f]{64}$/u;
var HTTPS_URL = /^https:\/\/[^\s/]+(\/\S*)?$/u;
var RELATIVE_PATH = /^(?!\/)(?!.*(^|\/)\.\.(\/|$))[^\\]+$/u;
function parseTool(context, path2, value) {
  const raw = readObject(context, path2, value, TOOL_KEYS);
  const at = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((key) => childPath(path2, key), "at");
  const template = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((key, field, allowed) => readTemplate(context, key, field, allowed), "template");
  const tool = {
    repository: readString(context, at("repository"), raw.repository, {
      pattern: REPOSITORY,
      expected: 'a GitHub repository "owner/name"'
    }),
    tag: template(at("tag"), raw.tag, ["version"]),
    defaultVersion: readString(context, at("defaultVersion"), raw.defaultVersion, {
      pattern: VERSION_PATTERN,
      expected: 'a version without a leading v, e.g. "1.2.3"'
    }),
    assets: parseAssets(context, at("assets"), raw.assets),
    formats: parseFormats(context, at("formats"), raw.formats),
    executable: readTemplate(
      context,
      at("executable"),
      raw.executable,
      ["version", "os", "arch"],
      "relative path"
    ),
    checksums: template(at("checksums"), raw.checksums, ["version", "tag"]),
    versions: parseVersions(context, at("versions"), raw.versions)
  };
  for (const os2 of TOOL_OSES) {
    if (tool.assets[tool.formats[os2]] === void 0) {
      invalidField(
        context,
        childPath(at("formats"), os2),
        `is ${JSON.stringify(tool.formats[os2])} but ${at("assets")} has no such template`
      );
    }
  }
  if (raw.platforms !== void 0)
    tool.platforms = parsePlatforms(context, at("platforms"), raw.platforms);
  if (raw.osNames !== void 0)
    tool.osNames = parseNames(context, at("osNames"), raw.osNames, TOOL_OSES);
  if (raw.archNames !== void 0) {
    tool.archNames = parseNames(context, at("archNames"), raw.archNames, TOOL_ARCHES);
  }
  if (raw.checksumsBundle !== void 0) {
    tool.checksumsBundle = parseBundle(context, at("checksumsBundle"), raw.checksumsBundle);
  }
  if (raw.notationPlugin !== void 0) {
    const plugin = readObject(context, at("notationPlugin"), raw.notationPlugin, ["name"]);
    const name2 = readString(context, childPath(at("notationPlugin"), "name"), plugin.name, {
      pattern: /^[a-z0-9][a-z0-9-]*$/u,
      expected: "a plugin name of lowercase letters, digits and dashes"
    });
    tool.notationPlugin = { name: name2 };
  }
  if (tool.platforms !== void 0) {
    const published = tool.platforms;
    for (const [version, pinned] of Object.entries(tool.versions)) {
      const stray = Object.keys(pinned).find((key) => !published.includes(key));
      if (stray !== void 0) {
        invalidField(
          context,
          childPath(childPath(at("versions"), version), stray),
          `is a platform missing from ${at("platforms")}`
        );
      }
    }
  }
  if (!Object.hasOwn(tool.versions, tool.defaultVersion)) {
    invalidField(
      context,
      at("defaultVersion"),
      `is ${JSON.stringify(tool.defaultVersion)}, which is not in ${at("versions")}`
    );
  }
  return tool;
}
(0, import_part_KECMG5SU.__name)(parseTool, "parseTool");
function readTemplate(context, path2, value, allowed, shape = "file name") {
  const template = readString(context, path2, value);
  const fault = templateFault({ template, allowed });
  if (fault !== void 0) invalidField(context, path2, fault);
  if (shape === "file name" && /[\s/\\]/u.test(template)) {
    invalidField(context, path2, "must be a file name (no slashes or spaces)");
  }
  if (shape === "relative path" && !RELATIVE_PATH.test(template)) {
    invalidField(context, path2, "must be a relative path inside the archive");
  }
  return template;
}
(0, import_part_KECMG5SU.__name)(readTemplate, "readTemplate");
function parseAssets(context, path2, value) {
  const raw = readObject(context, path2, value, ASSET_FORMATS);
  const assets = {};
  for (const format of ASSET_FORMATS) {
    if (raw[format] === void 0) continue;
    assets[format] = readTemplate(context, childPath(path2, format), raw[format], [
      "version",
      "os",
      "arch",
      "ext"
    ]);
  }
  if (Object.keys(assets).length === 0) invalidField(context, path2, "must name at least one asset");
  return assets;
}
(0, import_part_KECMG5SU.__name)(parseAssets, "parseAssets");
function parseFormats(context, path2, value) {
  const raw = readObject(context, path2, value, TOOL_OSES);
  const [linux, darwin, windows] = TOOL_OSES.map(
    (os2) => readEnum(context, childPath(path2, os2), raw[os2], ASSET_FORMATS)
  );
  return { linux, darwin, windows };
}
(0, import_part_KECMG5SU.__name)(parseFormats, "parseFormats");
function parsePlatforms(context, path2, value) {
  if (!Array.isArray(value) || value.length === 0) {
    invalidField(context, path2, 'must be a non-empty array of platform keys such as "linux-amd64"');
  }
  const platforms = value.map(
    (item, index) => readEnum(context, childPath(path2, index), item, PLATFORM_KEYS)
  );
  if (new Set(platforms).size !== platforms.length)
    invalidField(context, path2, "lists a platform twice");
  return platforms;
}
(0, import_part_KECMG5SU.__name)(parsePlatforms, "parsePlatforms");
function parseNames(context, path2, value, keys) {
  const raw = readObject(context, path2, value, keys);
  const names = {};
  for (const key of keys) {
    if (raw[key] === void 0) continue;
    names[key] = readString(context, childPath(path2, key), raw[key], {
      pattern: NAME,
      expected: 'a name of letters, digits, ".", "_" or "-"'
    });
  }
  return names;
}
(0, import_part_KECMG5SU.__name)(parseNames, "parseNames");
function parseBundle(context, path2, value) {
  const raw = readObject(context, path2, value, BUNDLE_KEYS);
  const bundle = {
    asset: readTemplate(context, childPath(path2, "asset"), raw.asset, ["version", "tag"]),
    certificateOidcIssuer: readString(
      context,
      childPath(path2, "certificateOidcIssuer"),
      raw.certificateOidcIssuer,
      { pattern: HTTPS_URL, expected: "an https URL" }
    )
  };
  const hasIdentity = raw.certificateIdentity !== void 0;
  const hasRegexp = raw.certificateIdentityRegexp !== void 0;
  if (hasIdentity === hasRegexp) {
    invalidField(
      context,
      path2,
      "must have exactly one of certificateIdentity and certificateIdentityRegexp"
    );
  }
  if (hasIdentity) {
    const identityPath = childPath(path2, "certificateIdentity");
    const identity = readString(context, identityPath, raw.certificateIdentity);
    const fault = templateFault({ template: identity, allowed: ["version", "tag"] });
    if (fault !== void 0) invalidField(context, identityPath, fault);
    bundle.certificateIdentity = identity;
  } else {
    const regexpPath = childPath(path2, "certificateIdentityRegexp");
    const regexp = readString(context, regexpPath, raw.certificateIdentityRegexp, {
      pattern: /^\^.*\$$/u,
      expected: "anchored with ^ and $"
    });
    try {
      new RegExp(regexp, "u");
    } catch (error) {
      invalidField(
        context,
        regexpPath,
        `is not a valid regular expression (${error.message})`
      );
    }
    bundle.certificateIdentityRegexp = regexp;
  }
  return bundle;
}
(0, import_part_KECMG5SU.__name)(parseBundle, "parseBundle");
function parseVersions(context, path2, value) {
  const raw = readObject(context, path2, value);
  const versions = {};
  for (const [version, entry] of Object.entries(raw)) {
    const versionPath = childPath(path2, version);
    if (!VERSION_PATTERN.test(version)) {
      invalidField(
        context,
        versionPath,
        'must be keyed by a version without a leading v, e.g. "1.2.3"'
      );
    }
    const checksums = readObject(context, versionPath, entry, PLATFORM_KEYS);
    const pinned = {};
    for (const key of PLATFORM_KEYS) {
      if (checksums[key] === void 0) continue;
      pinned[key] = readString(context, childPath(versionPath, key), checksums[key], {
        pattern: SHA256,
        expected: "a SHA-256 of 64 lowercase hex digits"
      });
    }
    versions[version] = pinned;
  }
  return versions;
}
(0, import_part_KECMG5SU.__name)(parseVersions, "parseVersions");
var TOOL_NAME = /^[a-z0-9][a-z0-9-]*$/u;
function parseCatalog(options) {
  const context = { source: options.source };
  let value = options.json;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch (error) {
      throw new ToolsError({
        code: "INVALID_CATALOG",
        message: `Invalid tool catalog ${options.source}: not JSON (${error.message}).`,
        cause: error
      });
    }
  }
  const raw = readObject(context, "$", value, ["version", "generated", "tools"]);
  if (raw.version !== 1) invalidField(context, "$.version", "must be 1");
  const generated = readObject(context, "$.generated", raw.generated, ["at", "by", "sources"]);
  const at = readString(context, "$.generated.at", generated.at, {
    pattern: /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/u,
    expected: "an ISO 8601 date or UTC time"
  });
  const by = readString(context, "$.generated.by", generated.by);
  const catalog = { version: 1, generated: { at, by }, tools: {} };
  if (generated.sources !== void 0) {
    const sources = readObject(context, "$.generated.sources", generated.sources);
    catalog.generated.sources = Object.fromEntries(
      Object.entries(sources).map(([key, source]) => [
        key,
        readString(context, childPath("$.generated.sources", key), source)
      ])
    );
  }
  const tools = readObject(context, "$.tools", raw.tools);
  if (Object.keys(tools).length === 0)
    invalidField(context, "$.tools", "must list at least one tool");
  for (const [name2, tool] of Object.entries(tools)) {
    const path2 = childPath("$.tools", name2);
    if (!TOOL_NAME.test(name2)) {
      invalidField(
        context,
        path2,
        "must be keyed by a tool name of lowercase letters, digits and dashes"
      );
    }
    catalog.tools[name2] = parseTool(context, path2, tool);
  }
  return catalog;
}
(0, import_part_KECMG5SU.__name)(parseCatalog, "parseCatalog");
var cached;
function builtinCatalog() {
  cached ??= parseCatalog({ json: catalog_default, source: "packages/tools/catalog.json" });
  return cached;
}
(0, import_part_KECMG5SU.__name)(builtinCatalog, "builtinCatalog");
var DEFAULT_RELEASE_HOST = "https://github.com";
function resolveAsset(options) {
  const { catalog, platform } = options;
  if (!Object.hasOwn(catalog.tools, options.tool)) {
    throw new ToolsError({
      code: "UNKNOWN_TOOL",
      message: `Unknown tool "${options.tool}": the catalog has ${Object.keys(catalog.tools).join(", ")}. Write one of these, optionally followed by @<version>.`
    });
  }
  const entry = catalog.tools[options.tool];
  const version = normalizeVersion({
    tool: options.tool,
    version: options.version ?? entry.defaultVersion
  });
  const key = platformKey(platform);
  const supported = entry.platforms ?? PLATFORM_KEYS;
  if (!supported.includes(key)) {
    throw new ToolsError({
      code: "UNSUPPORTED_PLATFORM",
      message: `${options.tool} publishes no release asset for ${key} (only ${supported.join(", ")}): remove ${options.tool} from "tools" on this runner, or run on a supported one.`
    });
  }
  const base = releaseBase({ mirror: options.mirror });
  const tag = expandTemplate({ template: entry.tag, values: { version } });
  const format = entry.formats[platform.os];
  const ext = platform.os === "windows" ? ".exe" : "";
  const names = {
    version,
    tag,
    os: entry.osNames?.[platform.os] ?? platform.os,
    arch: entry.archNames?.[platform.arch] ?? platform.arch,
    ext
  };
  const asset = expandTemplate({ template: entry.assets[format], values: names });
  const download2 = `${base}/${entry.repository}/releases/download/${encodeURIComponent(tag)}/`;
  const resolved = {
    tool: options.tool,
    version,
    tag,
    platform: key,
    asset,
    format,
    url: download2 + encodeURIComponent(asset),
    sha256: entry.versions[version]?.[key],
    checksumsUrl: download2 + encodeURIComponent(expandTemplate({ template: entry.checksums, values: names })),
    executable: expandTemplate({ template: entry.executable, values: names }) + ext
  };
  const bundle = entry.checksumsBundle;
  if (bundle !== void 0) {
    resolved.checksumsBundleUrl = download2 + encodeURIComponent(expandTemplate({ template: bundle.asset, values: names }));
    resolved.checksumsIdentity = { certificateOidcIssuer: bundle.certificateOidcIssuer };
    if (bundle.certificateIdentity !== void 0) {
      resolved.checksumsIdentity.certificateIdentity = expandTemplate({
        template: bundle.certificateIdentity,
        values: { version, tag }
      });
    }
    if (bundle.certificateIdentityRegexp !== void 0) {
      resolved.checksumsIdentity.certificateIdentityRegexp = bundle.certificateIdentityRegexp;
    }
  }
  if (entry.notationPlugin !== void 0)
    resolved.notationPlugin = { name: entry.notationPlugin.name };
  return resolved;
}
(0, import_part_KECMG5SU.__name)(resolveAsset, "resolveAsset");
function normalizeVersion(options) {
  const version = options.version.trim().replace(/^v/u, "");
  if (!VERSION_PATTERN.test(version)) {
    throw new ToolsError({
      code: "INVALID_INPUT",
      message: `Invalid version "${options.version}" for ${options.tool}: write a release version such as ${options.tool}@1.2.3 or ${options.tool}@v1.2.3 (no ranges, no "latest").`
    });
  }
  return version;
}
(0, import_part_KECMG5SU.__name)(normalizeVersion, "normalizeVersion");
function releaseBase(options) {
  const mirror = options.mirror?.trim() ?? "";
  if (mirror === "") return DEFAULT_RELEASE_HOST;
  let url;
  try {
    url = new URL(mirror);
  } catch (error) {
    throw invalidMirror(mirror, "it is not a URL", error);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw invalidMirror(mirror, `its scheme is ${url.protocol.slice(0, -1)}, not http or https`);
  }
  if (url.username !== "" || url.password !== "") {
    throw invalidMirror(mirror, "it holds credentials, which would be logged with every URL");
  }
  if (url.search !== "" || url.hash !== "" || mirror.includes("?") || mirror.includes("#")) {
    throw invalidMirror(mirror, "it has a query or fragment");
  }
  return url.href.replace(/\/+$/u, "");
}
(0, import_part_KECMG5SU.__name)(releaseBase, "releaseBase");
function invalidMirror(mirror, why, cause) {
  return new ToolsError({
    code: "INVALID_INPUT",
    message: `Invalid mirror "${redactMirror(mirror)}": ${why}. Write the base URL that replaces https://github.com, e.g. https://mirror.example.com/github (assets are fetched from <mirror>/<owner>/<repo>/releases/download/<tag>/<asset>).`,
    cause
  });
}
(0, import_part_KECMG5SU.__name)(invalidMirror, "invalidMirror");
function redactMirror(mirror) {
  let url;
  try {
    url = new URL(mirror);
  } catch {
    return mirror;
  }
  if (url.username === "" && url.password === "" && url.search === "") return mirror;
  if (url.username !== "" || url.password !== "") {
    url.username = "***";
    url.password = "";
  }
  if (url.search !== "") url.search = "?***";
  return url.href;
}
(0, import_part_KECMG5SU.__name)(redactMirror, "redactMirror");
var LINE = /^([0-9a-fA-F]{64}) [ *](.+)$/u;
function parseChecksumsFile(options) {
  const sums = /* @__PURE__ */ new Map();
  const lines = options.text.split("\n");
  for (const [index, rawLine] of lines.entries()) {
    const line = rawLine.replace(/\r$/u, "");
    if (line.trim() === "") continue;
    const match = LINE.exec(line);
    const file = match?.[2]?.replace(/^\.\//u, "");
    if (match === null || file === void 0 || file.trim() !== file) {
      throw malformed(options.source, index + 1, 'is not "<64 hex digits>  <file name>"');
    }
    const sha2562 = match[1].toLowerCase();
    const previous = sums.get(file);
    if (previous !== void 0 && previous !== sha2562) {
      throw malformed(options.source, index + 1, `lists ${file} again with a different checksum`);
    }
    sums.set(file, sha2562);
  }
  if (sums.size === 0) {
    throw new ToolsError({
      code: "INVALID_INPUT",
      message: `Checksums file ${options.source} lists no files: expected sha256sum lines "<sha256>  <file>".`
    });
  }
  return sums;
}
(0, import_part_KECMG5SU.__name)(parseChecksumsFile, "parseChecksumsFile");
function malformed(source, line, why) {
  return new ToolsError({
    code: "INVALID_INPUT",
    message: `Checksums file ${source}: line ${line} ${why}; is this the release's sha256 checksums file?`
  });
}
(0, import_part_KECMG5SU.__name)(malformed, "malformed");
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
(0, import_part_KECMG5SU.__name)(sigstoreErrorKind, "sigstoreErrorKind");
var SigstoreError = class extends Error {
  static {
    (0, import_part_KECMG5SU.__name)(this, "SigstoreError");
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
(0, import_part_KECMG5SU.__name)(fromBig, "fromBig");
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
(0, import_part_KECMG5SU.__name)(split, "split");
var fromNumH = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((n) => n / 2 ** 32 | 0, "fromNumH");
var fromNumL = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((n) => n >>> 0, "fromNumL");
function setU64FromNum(view, byteOffset, n, isLE) {
  const h = fromNumH(n);
  const l = fromNumL(n);
  view.setUint32(byteOffset, isLE ? l : h, isLE);
  view.setUint32(byteOffset + 4, isLE ? h : l, isLE);
}
(0, import_part_KECMG5SU.__name)(setU64FromNum, "setU64FromNum");
var shrSH = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((h, _l, s) => h >>> s, "shrSH");
var shrSL = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((h, l, s) => h << 32 - s | l >>> s, "shrSL");
var rotrSH = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((h, l, s) => h >>> s | l << 32 - s, "rotrSH");
var rotrSL = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((h, l, s) => h << 32 - s | l >>> s, "rotrSL");
var rotrBH = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((h, l, s) => h << 64 - s | l >>> s - 32, "rotrBH");
var rotrBL = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((h, l, s) => h >>> s - 32 | l << 64 - s, "rotrBL");
function add(Ah, Al, Bh, Bl) {
  const l = (Al >>> 0) + (Bl >>> 0);
  return { h: Ah + Bh + (l / 2 ** 32 | 0) | 0, l: l | 0 };
}
(0, import_part_KECMG5SU.__name)(add, "add");
var add3L = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((Al, Bl, Cl) => (Al >>> 0) + (Bl >>> 0) + (Cl >>> 0), "add3L");
var add3H = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((low, Ah, Bh, Ch) => Ah + Bh + Ch + (low / 2 ** 32 | 0) | 0, "add3H");
var add4L = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((Al, Bl, Cl, Dl) => (Al >>> 0) + (Bl >>> 0) + (Cl >>> 0) + (Dl >>> 0), "add4L");
var add4H = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((low, Ah, Bh, Ch, Dh) => Ah + Bh + Ch + Dh + (low / 2 ** 32 | 0) | 0, "add4H");
var add5L = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((Al, Bl, Cl, Dl, El) => (Al >>> 0) + (Bl >>> 0) + (Cl >>> 0) + (Dl >>> 0) + (El >>> 0), "add5L");
var add5H = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((low, Ah, Bh, Ch, Dh, Eh) => Ah + Bh + Ch + Dh + Eh + (low / 2 ** 32 | 0) | 0, "add5H");
function isBytes(a) {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
}
(0, import_part_KECMG5SU.__name)(isBytes, "isBytes");
var atitle = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((title) => title ? `"${title}" ` : "", "atitle");
function anumber(n, title = "") {
  if (typeof n !== "number")
    throw new TypeError(atitle(title) + "expected number, got " + typeof n);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(atitle(title) + "expected integer >= 0, got " + n);
  return n;
}
(0, import_part_KECMG5SU.__name)(anumber, "anumber");
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
(0, import_part_KECMG5SU.__name)(abytes, "abytes");
function ahash(h) {
  if (typeof h !== "function" || typeof h.create !== "function")
    throw new TypeError("expected hash wrapped by utils.createHasher");
  anumber(h.outputLen);
  anumber(h.blockLen);
  if (h.outputLen < 1 || h.blockLen < 1)
    throw new Error("hash blockLen / outputLen must be >= 1");
}
(0, import_part_KECMG5SU.__name)(ahash, "ahash");
var aobject = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((value, label) => {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError((label === "object" ? "" : `"${label}" `) + "expected object, got type=" + typeof value);
}, "aobject");
var aopts = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((value, label) => {
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
(0, import_part_KECMG5SU.__name)(aexists, "aexists");
function aoutput(out, instance) {
  abytes(out, void 0, "output");
  const min = instance.outputLen;
  if (!(out.length >= min)) {
    throw new RangeError('"output" expected length >= ' + min);
  }
}
(0, import_part_KECMG5SU.__name)(aoutput, "aoutput");
function clean(...arrays) {
  for (let i = 0; i < arrays.length; i++) {
    arrays[i].fill(0);
  }
}
(0, import_part_KECMG5SU.__name)(clean, "clean");
function createView(arr) {
  return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}
(0, import_part_KECMG5SU.__name)(createView, "createView");
function rotr(word, shift) {
  return word << 32 - shift | word >>> shift;
}
(0, import_part_KECMG5SU.__name)(rotr, "rotr");
var hasHexBuiltin = /* @__PURE__ */ (() => (
  // @ts-ignore
  typeof Uint8Array.from([]).toHex === "function" && typeof Uint8Array.fromHex === "function"
))();
var hexes = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
function bytesToHex(bytes2) {
  abytes(bytes2);
  if (hasHexBuiltin)
    return bytes2.toHex();
  let hex2 = "";
  for (let i = 0; i < bytes2.length; i++) {
    hex2 += hexes[bytes2[i]];
  }
  return hex2;
}
(0, import_part_KECMG5SU.__name)(bytesToHex, "bytesToHex");
function asciiToBase16(ch) {
  return ch >= 48 && ch <= 57 ? ch - 48 : ch >= 65 && ch <= 70 ? ch - (65 - 10) : ch >= 97 && ch <= 102 ? ch - (97 - 10) : void 0;
}
(0, import_part_KECMG5SU.__name)(asciiToBase16, "asciiToBase16");
function hexToBytes(hex2) {
  if (typeof hex2 !== "string")
    throw new TypeError("hex string expected, got " + typeof hex2);
  if (hasHexBuiltin) {
    try {
      return Uint8Array.fromHex(hex2);
    } catch (error) {
      if (error instanceof SyntaxError)
        throw new RangeError(error.message);
      throw error;
    }
  }
  const hl = hex2.length;
  const al = hl / 2;
  if (hl % 2)
    throw new RangeError("hex string expected, got unpadded hex of length " + hl);
  const array2 = new Uint8Array(al);
  for (let ai = 0, hi = 0; ai < al; ai++, hi += 2) {
    const n1 = asciiToBase16(hex2.charCodeAt(hi));
    const n2 = asciiToBase16(hex2.charCodeAt(hi + 1));
    if (n1 === void 0 || n2 === void 0) {
      const char = hex2[hi] + hex2[hi + 1];
      throw new RangeError('hex string expected, got non-hex character "' + char + '" at index ' + hi);
    }
    array2[ai] = n1 * 16 + n2;
  }
  return array2;
}
(0, import_part_KECMG5SU.__name)(hexToBytes, "hexToBytes");
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
(0, import_part_KECMG5SU.__name)(concatBytes, "concatBytes");
function checkOpts(defaults, opts, title = "opts") {
  aopts(defaults, "defaults");
  if (opts !== void 0)
    aopts(opts, title);
  const merged = Object.assign(/* @__PURE__ */ Object.create(null), defaults, opts);
  return merged;
}
(0, import_part_KECMG5SU.__name)(checkOpts, "checkOpts");
function createHasher(hashCons, info2 = {}) {
  if (typeof hashCons !== "function")
    throw new TypeError('"hashCons" expected function, got type=' + typeof hashCons);
  info2 = checkOpts({}, info2, "info");
  const hashC = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((msg, opts) => hashCons(opts).update(msg).digest(), "hashC");
  const tmp = hashCons(void 0);
  hashC.outputLen = tmp.outputLen;
  hashC.blockLen = tmp.blockLen;
  hashC.canXOF = tmp.canXOF;
  hashC.create = (opts) => hashCons(opts);
  Object.assign(hashC, info2);
  return Object.freeze(hashC);
}
(0, import_part_KECMG5SU.__name)(createHasher, "createHasher");
function randomBytes(bytesLength = 32) {
  anumber(bytesLength, "bytesLength");
  const cr = typeof globalThis === "object" ? globalThis.crypto : null;
  if (typeof cr?.getRandomValues !== "function")
    throw new Error("crypto.getRandomValues must be defined");
  if (bytesLength > 65536)
    throw new RangeError(`"bytesLength" expected <= 65536, got ${bytesLength}`);
  return cr.getRandomValues(new Uint8Array(bytesLength));
}
(0, import_part_KECMG5SU.__name)(randomBytes, "randomBytes");
var oidNist = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((suffix) => ({
  // Current NIST hashAlgs suffixes used here fit in one DER subidentifier octet.
  // Larger suffix values would need base-128 OID encoding and a different length byte.
  oid: Uint8Array.from([6, 9, 96, 134, 72, 1, 101, 3, 4, 2, suffix])
}), "oidNist");
function Chi(a, b, c) {
  return a & b ^ ~a & c;
}
(0, import_part_KECMG5SU.__name)(Chi, "Chi");
function Maj(a, b, c) {
  return a & b ^ a & c ^ b & c;
}
(0, import_part_KECMG5SU.__name)(Maj, "Maj");
var HashMD = class {
  static {
    (0, import_part_KECMG5SU.__name)(this, "HashMD");
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
    (0, import_part_KECMG5SU.__name)(this, "SHA2_32B");
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
    (0, import_part_KECMG5SU.__name)(this, "_SHA256");
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
    (0, import_part_KECMG5SU.__name)(this, "SHA2_64B");
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
    (0, import_part_KECMG5SU.__name)(this, "_SHA512");
  }
  constructor() {
    super(64, SHA512_IV);
  }
};
var _SHA384 = class extends SHA2_64B {
  static {
    (0, import_part_KECMG5SU.__name)(this, "_SHA384");
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
(0, import_part_KECMG5SU.__name)(aarray, "aarray");
var abytes2 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((value, length, title) => abytes(value, length, title), "abytes");
var anumber2 = anumber;
function astring(value, title = "") {
  if (typeof value !== "string") {
    const prefix = title && `"${title}" `;
    throw new TypeError(prefix + "expected string, got type=" + typeof value);
  }
  return value;
}
(0, import_part_KECMG5SU.__name)(astring, "astring");
function aobject2(value, title = "object") {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError(title === "object" ? "expected valid options object" : `"${title}" expected object, got type=${typeof value}`);
  return value;
}
(0, import_part_KECMG5SU.__name)(aobject2, "aobject");
function afunction(value, title) {
  if (typeof value !== "function")
    throw new TypeError(`"${title}" is invalid: expected function, got ${typeof value}`);
  return value;
}
(0, import_part_KECMG5SU.__name)(afunction, "afunction");
var bytesToHex2 = bytesToHex;
var concatBytes2 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((...arrays) => concatBytes(...arrays), "concatBytes");
var hexToBytes2 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((hex2) => hexToBytes(hex2), "hexToBytes");
var isBytes2 = isBytes;
var randomBytes2 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((bytesLength) => randomBytes(bytesLength), "randomBytes");
var _0n = /* @__PURE__ */ BigInt(0);
var _1n = /* @__PURE__ */ BigInt(1);
var atitle2 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((title) => title ? `"${title}" ` : "", "atitle");
function abool(value, title = "") {
  if (typeof value !== "boolean")
    throw new TypeError(atitle2(title) + "expected boolean, got type=" + typeof value);
  return value;
}
(0, import_part_KECMG5SU.__name)(abool, "abool");
function abignumber(n) {
  if (typeof n === "bigint") {
    if (!isPosBig(n))
      throw new RangeError("positive bigint expected, got " + n);
  } else
    anumber2(n);
  return n;
}
(0, import_part_KECMG5SU.__name)(abignumber, "abignumber");
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
(0, import_part_KECMG5SU.__name)(asafenumber, "asafenumber");
function numberToHexUnpadded(num) {
  const hex2 = abignumber(num).toString(16);
  return hex2.length & 1 ? "0" + hex2 : hex2;
}
(0, import_part_KECMG5SU.__name)(numberToHexUnpadded, "numberToHexUnpadded");
function hexToNumber(hex2) {
  if (typeof hex2 !== "string")
    throw new TypeError("hex string expected, got " + typeof hex2);
  return hex2 === "" ? _0n : BigInt("0x" + hex2);
}
(0, import_part_KECMG5SU.__name)(hexToNumber, "hexToNumber");
function bytesToNumberBE(bytes2) {
  return hexToNumber(bytesToHex(bytes2));
}
(0, import_part_KECMG5SU.__name)(bytesToNumberBE, "bytesToNumberBE");
function bytesToNumberLE(bytes2) {
  return hexToNumber(bytesToHex(copyBytes(abytes(bytes2)).reverse()));
}
(0, import_part_KECMG5SU.__name)(bytesToNumberLE, "bytesToNumberLE");
function numberToBytesBE(n, len) {
  anumber(len);
  if (len === 0)
    throw new Error("zero output length is invalid");
  n = abignumber(n);
  const expectedLen = len * 2;
  const hex2 = n.toString(16);
  if (hex2.length > expectedLen)
    throw new RangeError("number is too large");
  return hexToBytes(hex2.padStart(expectedLen, "0"));
}
(0, import_part_KECMG5SU.__name)(numberToBytesBE, "numberToBytesBE");
function numberToBytesLE(n, len) {
  return numberToBytesBE(n, len).reverse();
}
(0, import_part_KECMG5SU.__name)(numberToBytesLE, "numberToBytesLE");
function copyBytes(bytes2) {
  return Uint8Array.from(abytes2(bytes2));
}
(0, import_part_KECMG5SU.__name)(copyBytes, "copyBytes");
function isPosBig(n) {
  return typeof n === "bigint" && _0n <= n;
}
(0, import_part_KECMG5SU.__name)(isPosBig, "isPosBig");
function inRange(n, min, max) {
  return isPosBig(n) && isPosBig(min) && isPosBig(max) && min <= n && n < max;
}
(0, import_part_KECMG5SU.__name)(inRange, "inRange");
function aInRange(title, n, min, max) {
  if (!inRange(n, min, max))
    throw new RangeError("expected valid " + title + ": " + min + " <= n < " + max + ", got " + n);
}
(0, import_part_KECMG5SU.__name)(aInRange, "aInRange");
function bitLen(n) {
  if (n < _0n)
    throw new Error("expected non-negative bigint, got " + n);
  return n === _0n ? 0 : n.toString(2).length;
}
(0, import_part_KECMG5SU.__name)(bitLen, "bitLen");
var bitMask = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((n) => {
  asafenumber(n, "n");
  return (_1n << BigInt(n)) - _1n;
}, "bitMask");
function createHmacDrbg(hashLen, qByteLen, hmacFn) {
  anumber(hashLen, "hashLen");
  anumber(qByteLen, "qByteLen");
  if (typeof hmacFn !== "function")
    throw new TypeError("hmacFn must be a function");
  const u8n = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((len) => new Uint8Array(len), "u8n");
  const NULL = Uint8Array.of();
  const byte0 = Uint8Array.of(0);
  const byte1 = Uint8Array.of(1);
  const _maxDrbgIters = 1e3;
  let v = u8n(hashLen);
  let k = u8n(hashLen);
  let i = 0;
  const reset = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(() => {
    v.fill(1);
    k.fill(0);
    i = 0;
  }, "reset");
  const h = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((...msgs) => hmacFn(k, concatBytes2(v, ...msgs)), "h");
  const reseed = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((seed = NULL) => {
    k = h(byte0, seed);
    v = h();
    if (seed.length === 0)
      return;
    k = h(byte1, seed);
    v = h();
  }, "reseed");
  const gen = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(() => {
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
  const genUntil = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((seed, pred) => {
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
(0, import_part_KECMG5SU.__name)(createHmacDrbg, "createHmacDrbg");
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
  (0, import_part_KECMG5SU.__name)(checkField, "checkField");
  const iter = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((f, isOpt) => Object.entries(f).forEach(([k, v]) => checkField(k, v, isOpt)), "iter");
  iter(fields, false);
  iter(optFields, true);
}
(0, import_part_KECMG5SU.__name)(validateObject, "validateObject");
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
(0, import_part_KECMG5SU.__name)(mod, "mod");
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
(0, import_part_KECMG5SU.__name)(pow, "pow");
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
(0, import_part_KECMG5SU.__name)(invert, "invert");
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
(0, import_part_KECMG5SU.__name)(invertCt, "invertCt");
function assertIsSquare(Fp, root, n) {
  const F = Fp;
  if (!F.eql(F.sqr(root), n))
    throw new Error("Cannot find square root");
}
(0, import_part_KECMG5SU.__name)(assertIsSquare, "assertIsSquare");
function aoddModulus(order, fnName) {
  if ((order & _1n2) === _0n2)
    throw new Error(fnName + ": expected odd modulus, got " + order);
}
(0, import_part_KECMG5SU.__name)(aoddModulus, "aoddModulus");
function sqrt3mod4(Fp, n) {
  const F = Fp;
  const p1div4 = (F.ORDER + _1n2) / _4n;
  const root = F.pow(n, p1div4);
  assertIsSquare(F, root, n);
  return root;
}
(0, import_part_KECMG5SU.__name)(sqrt3mod4, "sqrt3mod4");
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
(0, import_part_KECMG5SU.__name)(sqrt5mod8, "sqrt5mod8");
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
(0, import_part_KECMG5SU.__name)(sqrt9mod16, "sqrt9mod16");
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
  return /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function tonelliSlow(Fp, n) {
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
(0, import_part_KECMG5SU.__name)(tonelliShanks, "tonelliShanks");
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
(0, import_part_KECMG5SU.__name)(FpSqrt, "FpSqrt");
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
  for (const name2 of FIELD_FIELDS)
    afunction(field[name2], "field." + name2);
  if (field.BYTES < 1 || field.BITS < 1)
    throw new Error("invalid field: expected BYTES/BITS > 0");
  if (field.ORDER <= _1n2)
    throw new Error("invalid field: expected ORDER > 1, got " + field.ORDER);
  return field;
}
(0, import_part_KECMG5SU.__name)(validateField, "validateField");
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
(0, import_part_KECMG5SU.__name)(FpInvertBatch, "FpInvertBatch");
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
(0, import_part_KECMG5SU.__name)(FpLegendre, "FpLegendre");
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
(0, import_part_KECMG5SU.__name)(nLength, "nLength");
var FIELD_SQRT = /* @__PURE__ */ new WeakMap();
var _Field = class {
  static {
    (0, import_part_KECMG5SU.__name)(this, "_Field");
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
(0, import_part_KECMG5SU.__name)(Field, "Field");
function getFieldBytesLength(fieldOrder) {
  if (typeof fieldOrder !== "bigint")
    throw new Error("field order must be bigint");
  if (fieldOrder <= _1n2)
    throw new Error("field order must be greater than 1");
  const bitLength = bitLen(fieldOrder - _1n2);
  return Math.ceil(bitLength / 8);
}
(0, import_part_KECMG5SU.__name)(getFieldBytesLength, "getFieldBytesLength");
function getMinHashLength(fieldOrder) {
  const length = getFieldBytesLength(fieldOrder);
  return length + Math.ceil(length / 2);
}
(0, import_part_KECMG5SU.__name)(getMinHashLength, "getMinHashLength");
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
(0, import_part_KECMG5SU.__name)(mapHashToField, "mapHashToField");
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
(0, import_part_KECMG5SU.__name)(validatePointCons, "validatePointCons");
function normalizeZ(c, points) {
  validatePointCons(c);
  validateMSMPoints(points, c);
  const invertedZs = FpInvertBatch(c.Fp, points.map((p) => p.Z));
  return points.map((p, i) => c.fromAffine(p.toAffine(invertedZs[i])));
}
(0, import_part_KECMG5SU.__name)(normalizeZ, "normalizeZ");
function validateW(W, bits, min = 1) {
  if (!Number.isSafeInteger(W) || W < min || W > bits)
    throw new Error("invalid window size, expected [" + min + ".." + bits + "], got W=" + W);
}
(0, import_part_KECMG5SU.__name)(validateW, "validateW");
function validateTableBytes(numPoints, fpBytes) {
  const bytes2 = numPoints * (4 * fpBytes + 128);
  if (bytes2 > TABLE_BYTES_MAX)
    throw new Error("invalid window size: table would need ~" + Math.ceil(bytes2 / 2 ** 20) + " MiB, max " + TABLE_BYTES_MAX / 2 ** 20 + " MiB");
}
(0, import_part_KECMG5SU.__name)(validateTableBytes, "validateTableBytes");
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
(0, import_part_KECMG5SU.__name)(probeRandomBytes, "probeRandomBytes");
function validateMSMPoints(points, c) {
  aarray(points, "points");
  points.forEach((p, i) => {
    if (!(p instanceof c))
      throw new Error("invalid point at index " + i);
  });
}
(0, import_part_KECMG5SU.__name)(validateMSMPoints, "validateMSMPoints");
function validateMSMScalars(scalars, field, maxScalar) {
  if (!Array.isArray(scalars))
    throw new Error("array of scalars expected");
  scalars.forEach((s, i) => {
    const ok2 = maxScalar === void 0 ? field.isValid(s) : isPosBig(s) && s < maxScalar;
    if (!ok2)
      throw new Error("invalid scalar at index " + i);
  });
}
(0, import_part_KECMG5SU.__name)(validateMSMScalars, "validateMSMScalars");
var pointWindowSizes = /* @__PURE__ */ new WeakMap();
function getWindowSize(P) {
  return pointWindowSizes.get(P) || 1;
}
(0, import_part_KECMG5SU.__name)(getWindowSize, "getWindowSize");
function oddMultiples(p, size) {
  const dbl = p.double();
  const t = [p];
  for (let j = 1; j < size; j++)
    t.push(t[j - 1].add(dbl));
  return t;
}
(0, import_part_KECMG5SU.__name)(oddMultiples, "oddMultiples");
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
(0, import_part_KECMG5SU.__name)(wnafDigits, "wnafDigits");
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
(0, import_part_KECMG5SU.__name)(signedWindowDigits, "signedWindowDigits");
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
(0, import_part_KECMG5SU.__name)(wnafWalk, "wnafWalk");
var ScalarMultiplier = class {
  static {
    (0, import_part_KECMG5SU.__name)(this, "ScalarMultiplier");
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
(0, import_part_KECMG5SU.__name)(mulAddUnsafe, "mulAddUnsafe");
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
(0, import_part_KECMG5SU.__name)(createField, "createField");
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
(0, import_part_KECMG5SU.__name)(createCurveFields, "createCurveFields");
function createKeygen(randomSecretKey, getPublicKey) {
  return /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function keygen(seed) {
    const secretKey = randomSecretKey(seed);
    return { secretKey, publicKey: getPublicKey(secretKey) };
  }, "keygen");
}
(0, import_part_KECMG5SU.__name)(createKeygen, "createKeygen");
var _HMAC = class {
  static {
    (0, import_part_KECMG5SU.__name)(this, "_HMAC");
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
  const hmac_ = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(((hash, key, message) => new _HMAC(hash, key).update(message).digest()), "hmac_");
  hmac_.create = (hash, key) => new _HMAC(hash, key);
  return hmac_;
})();
var _0n4 = /* @__PURE__ */ BigInt(0);
var DERErr = class extends Error {
  static {
    (0, import_part_KECMG5SU.__name)(this, "DERErr");
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
    encode: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((tag, data) => {
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
      let hex2 = numberToHexUnpadded(num);
      if (Number.parseInt(hex2[0], 16) & 8)
        hex2 = "00" + hex2;
      if (hex2.length & 1)
        throw new E("unexpected DER parsing assertion: unpadded hex");
      return hex2;
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
var divNearest = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((num, den) => (num + (num >= 0 ? den : -den) / _2n2) / den, "divNearest");
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
(0, import_part_KECMG5SU.__name)(_splitEndoScalar, "_splitEndoScalar");
function validateSigFormat(format) {
  if (!["compact", "recovered", "der"].includes(format))
    throw new Error('Signature format must be "compact", "recovered", or "der"');
  return format;
}
(0, import_part_KECMG5SU.__name)(validateSigFormat, "validateSigFormat");
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
(0, import_part_KECMG5SU.__name)(validateSigOpts, "validateSigOpts");
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
  (0, import_part_KECMG5SU.__name)(assertCompressionIsSupported, "assertCompressionIsSupported");
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
  (0, import_part_KECMG5SU.__name)(pointToBytes, "pointToBytes");
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
  (0, import_part_KECMG5SU.__name)(pointFromBytes, "pointFromBytes");
  const encodePoint = toBytes === void 0 ? pointToBytes : toBytes;
  const decodePoint = fromBytes === void 0 ? pointFromBytes : fromBytes;
  const b3 = Fp.mul(CURVE.b, _3n2);
  const mulA = Fp.is0(CURVE.a) ? (_) => Fp.ZERO : (x) => Fp.mul(CURVE.a, x);
  function weierstrassEquation(x) {
    const x2 = Fp.sqr(x);
    const x3 = Fp.mul(x2, x);
    return Fp.add(Fp.add(x3, Fp.mul(x, CURVE.a)), CURVE.b);
  }
  (0, import_part_KECMG5SU.__name)(weierstrassEquation, "weierstrassEquation");
  function isValidXY(x, y) {
    const left = Fp.sqr(y);
    const right = weierstrassEquation(x);
    return Fp.eql(left, right);
  }
  (0, import_part_KECMG5SU.__name)(isValidXY, "isValidXY");
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
  (0, import_part_KECMG5SU.__name)(acoord, "acoord");
  function aprjpoint(other) {
    if (!(other instanceof Point))
      throw new Error("Weierstrass Point expected");
  }
  (0, import_part_KECMG5SU.__name)(aprjpoint, "aprjpoint");
  function splitEndoScalarN(k) {
    if (!endo || !endo.basises)
      throw new Error("no endo");
    return _splitEndoScalar(k, endo.basises, Fn.ORDER);
  }
  (0, import_part_KECMG5SU.__name)(splitEndoScalarN, "splitEndoScalarN");
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
  (0, import_part_KECMG5SU.__name)(pushWnafPair, "pushWnafPair");
  const validityCache = /* @__PURE__ */ new WeakSet();
  class Point {
    static {
      (0, import_part_KECMG5SU.__name)(this, "Point");
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
    static fromHex(hex2) {
      return Point.fromBytes(hexToBytes2(hex2));
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
  const normalize = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((points) => normalizeZ(Point, points), "normalize");
  const wnaf = new ScalarMultiplier(Point, randomBytes3);
  if (wnaf.bits >= 6)
    Point.BASE.precompute(6);
  Object.freeze(Point.prototype);
  Object.freeze(Point);
  return Point;
}
(0, import_part_KECMG5SU.__name)(weierstrass, "weierstrass");
function pprefix(hasEvenY) {
  return Uint8Array.of(hasEvenY ? 2 : 3);
}
(0, import_part_KECMG5SU.__name)(pprefix, "pprefix");
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
(0, import_part_KECMG5SU.__name)(getWLengths, "getWLengths");
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
  (0, import_part_KECMG5SU.__name)(isValidSecretKey, "isValidSecretKey");
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
  (0, import_part_KECMG5SU.__name)(isValidPublicKey, "isValidPublicKey");
  function randomSecretKey(seed) {
    seed = seed === void 0 ? randomBytes_(lengths.seed) : seed;
    return mapHashToField(abytes2(seed, lengths.seed, "seed"), Fn.ORDER);
  }
  (0, import_part_KECMG5SU.__name)(randomSecretKey, "randomSecretKey");
  function getPublicKey(secretKey, isCompressed = true) {
    return Point.BASE.multiply(Fn.fromBytes(secretKey)).toBytes(isCompressed);
  }
  (0, import_part_KECMG5SU.__name)(getPublicKey, "getPublicKey");
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
  (0, import_part_KECMG5SU.__name)(isProbPub, "isProbPub");
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
  (0, import_part_KECMG5SU.__name)(getSharedSecret, "getSharedSecret");
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
(0, import_part_KECMG5SU.__name)(ecdh, "ecdh");
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
  (0, import_part_KECMG5SU.__name)(isBiggerThanHalfOrder, "isBiggerThanHalfOrder");
  function validateRS(title, num) {
    if (!Fn.isValidNot0(num))
      throw new Error(`invalid signature ${title}: out of range 1..Point.Fn.ORDER`);
    return num;
  }
  (0, import_part_KECMG5SU.__name)(validateRS, "validateRS");
  function assertFieldSignIsSupported() {
    if (!Fp.isOdd)
      throw new Error("Field doesn't support isOdd");
  }
  (0, import_part_KECMG5SU.__name)(assertFieldSignIsSupported, "assertFieldSignIsSupported");
  function getRecoveryBit(x, y, r) {
    assertFieldSignIsSupported();
    return (x === r ? 0 : 2) | Number(Fp.isOdd(y));
  }
  (0, import_part_KECMG5SU.__name)(getRecoveryBit, "getRecoveryBit");
  function assertRecoverableCurve() {
    if (hasLargeRecoveryLifts)
      throw new Error('"recovered" sig type is not supported for cofactor >2 curves');
  }
  (0, import_part_KECMG5SU.__name)(assertRecoverableCurve, "assertRecoverableCurve");
  function validateSigLength(bytes2, format) {
    validateSigFormat(format);
    const size = lengths.signature;
    const sizer = format === "compact" ? size : format === "recovered" ? size + 1 : void 0;
    return abytes2(bytes2, sizer);
  }
  (0, import_part_KECMG5SU.__name)(validateSigLength, "validateSigLength");
  class Signature {
    static {
      (0, import_part_KECMG5SU.__name)(this, "Signature");
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
    static fromHex(hex2, format) {
      return this.fromBytes(hexToBytes2(hex2), format);
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
  const bits2int = opts.bits2int === void 0 ? /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function bits2int_def(bytes2) {
    if (bytes2.length > 8192)
      throw new Error("input is too large");
    const num = bytesToNumberBE(bytes2);
    const delta = bytes2.length * 8 - fnBits;
    return delta > 0 ? num >> BigInt(delta) : num;
  }, "bits2int_def") : opts.bits2int;
  const bits2int_modN = opts.bits2int_modN === void 0 ? /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(function bits2int_modN_def(bytes2) {
    return Fn.create(bits2int(bytes2));
  }, "bits2int_modN_def") : opts.bits2int_modN;
  const ORDER_MASK = bitMask(fnBits);
  function int2octets(num) {
    aInRange("num < 2^" + fnBits, num, _0n5, ORDER_MASK);
    return Fn.toBytes(num);
  }
  (0, import_part_KECMG5SU.__name)(int2octets, "int2octets");
  function validateMsgAndHash(message, prehash) {
    abytes2(message, void 0, "message");
    return prehash ? abytes2(hash_(message), void 0, "prehashed message") : message;
  }
  (0, import_part_KECMG5SU.__name)(validateMsgAndHash, "validateMsgAndHash");
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
    (0, import_part_KECMG5SU.__name)(k2sig, "k2sig");
    return { seed, k2sig };
  }
  (0, import_part_KECMG5SU.__name)(prepSig, "prepSig");
  function sign(message, secretKey, opts2 = {}) {
    const { seed, k2sig } = prepSig(message, secretKey, opts2);
    const drbg = createHmacDrbg(hash_.outputLen, Fn.BYTES, hmac2);
    const sig = drbg(seed, k2sig);
    return sig.toBytes(opts2.format);
  }
  (0, import_part_KECMG5SU.__name)(sign, "sign");
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
  (0, import_part_KECMG5SU.__name)(verify, "verify");
  function recoverPublicKey(signature, message, opts2 = {}) {
    const { prehash } = validateSigOpts(opts2, defaultSigOpts);
    message = validateMsgAndHash(message, prehash);
    return Signature.fromBytes(signature, "recovered").recoverPublicKey(message).toBytes();
  }
  (0, import_part_KECMG5SU.__name)(recoverPublicKey, "recoverPublicKey");
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
(0, import_part_KECMG5SU.__name)(ecdsa, "ecdsa");
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
function ociErrorKind(options) {
  const { code, status } = options;
  switch (code) {
    case "AUTH_FAILED":
    case "NETWORK_ERROR":
    case "REGISTRY_ERROR":
    case "CONFLICT":
      return "remote";
    case "NOT_FOUND":
      return status === void 0 ? "configuration" : "remote";
    case "INVALID_CONTENT":
    case "TOO_LARGE":
      return status === void 0 ? "verification" : "remote";
    case "DIGEST_MISMATCH":
      return "verification";
    case "INVALID_REFERENCE":
    case "INVALID_DIGEST":
    case "INSECURE_REFUSED":
    case "CREDENTIAL_HELPER_FAILED":
    case "INVALID_LAYOUT":
    case "NOT_REGULAR_FILE":
      return "configuration";
  }
}
(0, import_part_KECMG5SU.__name)(ociErrorKind, "ociErrorKind");
function ociErrorHint(options) {
  const { code, status } = options;
  if (code === "AUTH_FAILED" || status === 401 || status === 403) {
    return "the registry credentials given to the step (username and password or token, or docker login) and that they may read (and, to sign, write) this repository";
  }
  if (code === "NETWORK_ERROR") {
    return "that the registry host is reachable from the runner (its name, port, firewall or proxy) and re-run the job";
  }
  if (code === "NOT_FOUND" && status !== void 0) {
    return "that the repository and the tag or digest exist on this registry, and that the credentials can see them";
  }
  if (code === "CONFLICT")
    return "whether another job wrote the same tag at the same time, and re-run the job";
  if (status === 429) return "the registry's rate limit: give credentials, or re-run the job later";
  if (status !== void 0 && status >= 500) {
    return "the registry's status: it failed on its side after the requests were retried; re-run the job when it answers again";
  }
  if (status !== void 0) return "the registry's answer above: it refused the request";
  return void 0;
}
(0, import_part_KECMG5SU.__name)(ociErrorHint, "ociErrorHint");
var OciError = class extends Error {
  static {
    (0, import_part_KECMG5SU.__name)(this, "OciError");
  }
  code;
  /** The failure kind this code means (see ociErrorKind). */
  kind;
  /** What to check, for a registry's refusal or failure. */
  hint;
  /** HTTP status when a registry answered. */
  status;
  /** The registry's own error code (`MANIFEST_UNKNOWN`, `DIGEST_INVALID`…) when it sent one. */
  registryCode;
  /** When a referrers list failed: which source was being read (the API or the tag schema). */
  referrersSource;
  constructor(options) {
    super(options.message, { cause: options.cause });
    this.name = "OciError";
    this.code = options.code;
    this.status = options.status;
    this.registryCode = options.registryCode;
    this.referrersSource = options.referrersSource;
    this.kind = ociErrorKind(options);
    this.hint = ociErrorHint(options);
  }
  /** The registry's own error code, under the name runAction and the CLI read. */
  get serviceCode() {
    return this.registryCode;
  }
};
async function openRegularFile(options) {
  const { path: path2 } = options;
  const file = await (0, import_promises3.open)(path2, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NONBLOCK);
  try {
    const info2 = await file.stat();
    if (!info2.isFile()) {
      throw new OciError({
        code: "NOT_REGULAR_FILE",
        message: `${(0, import_part_F73BQMT4.quote)(path2)} is ${fileKind(info2)}, not a regular file; refusing to read it`
      });
    }
    return { file, size: info2.size };
  } catch (error) {
    await file.close();
    throw error;
  }
}
(0, import_part_KECMG5SU.__name)(openRegularFile, "openRegularFile");
function fileKind(info2) {
  if (info2.isDirectory()) return "a directory";
  if (info2.isFIFO()) return "a FIFO (named pipe)";
  if (info2.isCharacterDevice()) return "a character device";
  if (info2.isBlockDevice()) return "a block device";
  if (info2.isSocket()) return "a socket";
  if (info2.isSymbolicLink()) return "a symbolic link";
  return info2.isFile() ? "a regular file" : "not a regular file";
}
(0, import_part_KECMG5SU.__name)(fileKind, "fileKind");
var READ_BUFFER_BYTES = 1024 * 1024;
async function hashRegularFile(options) {
  const hashes = options.algorithms.map((algorithm) => [algorithm, (0, import_node_crypto.createHash)(algorithm)]);
  const { file } = await openRegularFile({ path: options.path });
  const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
  let size = 0;
  try {
    for (; ; ) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      for (const [, hash] of hashes) hash.update(chunk);
      size += bytesRead;
    }
  } finally {
    await file.close();
  }
  return { digests: new Map(hashes.map(([algorithm, hash]) => [algorithm, hash.digest()])), size };
}
(0, import_part_KECMG5SU.__name)(hashRegularFile, "hashRegularFile");
var IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
async function hashFile(path2) {
  let hashed;
  try {
    hashed = await hashRegularFile({ path: path2, algorithms: ["sha256"] });
  } catch (cause) {
    throw new SigstoreError({
      code: "INVALID_INPUT",
      cause,
      message: cause instanceof OciError ? `${cause.message}; only regular files are hashed` : `cannot read ${(0, import_part_F73BQMT4.quote)(path2)} to hash it (${cause.code ?? cause.message}); check the path names an existing, readable file`
    });
  }
  const digest = hashed.digests.get("sha256") ?? Buffer.alloc(0);
  return { digest, hex: digest.toString("hex"), size: hashed.size };
}
(0, import_part_KECMG5SU.__name)(hashFile, "hashFile");
var import_protobuf_specs = (0, import_part_KECMG5SU.__toESM)((0, import_part_GKGXJLFH.require_dist)());
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
(0, import_part_KECMG5SU.__name)(publicGoodTrustedRoot, "publicGoodTrustedRoot");
async function loadTrustedRoot(options) {
  const { path: path2 } = options;
  let text2;
  try {
    text2 = await (0, import_promises4.readFile)(path2, "utf8");
  } catch (cause) {
    throw new SigstoreError({
      code: "INVALID_INPUT",
      cause,
      message: `cannot read the trusted root ${path2} (${cause.code ?? cause.message})`
    });
  }
  let json;
  try {
    json = JSON.parse(text2);
  } catch (cause) {
    throw new SigstoreError({
      code: "INVALID_INPUT",
      cause,
      message: `the trusted root ${path2} is not JSON (${cause.message})`
    });
  }
  return checkTrustedRoot({ json, source: path2 });
}
(0, import_part_KECMG5SU.__name)(loadTrustedRoot, "loadTrustedRoot");
function checkTrustedRoot(options) {
  const { json, source } = options;
  const invalid2 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((reason, cause) => new SigstoreError({
    code: "INVALID_INPUT",
    cause,
    message: `${source} is not a Sigstore trusted root: ${reason}`
  }), "invalid");
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw invalid2("expected a JSON object");
  }
  const root = json;
  const mediaType = root["mediaType"];
  if (typeof mediaType !== "string" || !mediaType.startsWith(MEDIA_TYPE_PREFIX)) {
    throw invalid2(`mediaType is ${JSON.stringify(mediaType)}, expected ${MEDIA_TYPE_PREFIX}\u2026`);
  }
  for (const field of ["tlogs", "certificateAuthorities", "ctlogs", "timestampAuthorities"]) {
    const value = root[field];
    if (value !== void 0 && !Array.isArray(value)) throw invalid2(`${field} is not an array`);
  }
  let parsed;
  try {
    parsed = import_protobuf_specs.TrustedRoot.fromJSON(root);
  } catch (cause) {
    throw invalid2(cause.message, cause);
  }
  if (parsed.tlogs.length === 0 && parsed.certificateAuthorities.length === 0) {
    throw invalid2("it lists neither transparency logs nor certificate authorities");
  }
  return root;
}
(0, import_part_KECMG5SU.__name)(checkTrustedRoot, "checkTrustedRoot");
var import_bundle = (0, import_part_KECMG5SU.__toESM)(require_dist2());
var import_protobuf_specs4 = (0, import_part_KECMG5SU.__toESM)((0, import_part_GKGXJLFH.require_dist)());
var import_verify4 = (0, import_part_KECMG5SU.__toESM)(require_dist4());
var import_protobuf_specs2 = (0, import_part_KECMG5SU.__toESM)((0, import_part_GKGXJLFH.require_dist)());
var string = { type: "string" };
var bytes = { type: "bytes" };
var int64 = { type: "int64" };
var object = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((fields, rules = {}) => ({ type: "object", fields, ...rules }), "object");
var array = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((items) => ({ type: "array", items }), "array");
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
var BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/u;
var INT64_MAX = 2n ** 63n - 1n;
function checkBundleJson(options) {
  check(options.json, BUNDLE, "");
}
(0, import_part_KECMG5SU.__name)(checkBundleJson, "checkBundleJson");
var invalid = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((message) => new SigstoreError({ code: "INVALID_BUNDLE", message: `not a valid Sigstore bundle: ${message}` }), "invalid");
var describe2 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((value) => value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `a ${typeof value}`, "describe");
function check(value, schema, path2) {
  const where = path2 === "" ? "the bundle" : path2;
  switch (schema.type) {
    case "string":
      if (typeof value !== "string") throw invalid(`${where} is ${describe2(value)}, not a string`);
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
      throw invalid(
        `${where} is ${typeof value === "string" || typeof value === "number" ? JSON.stringify(value) : describe2(value)}, not one of ${Object.keys(schema.values).join(", ")}`
      );
    case "text":
      if (typeof value === "string" && Object.hasOwn(schema.values, value)) return;
      throw invalid(
        `${where} is ${typeof value === "string" ? JSON.stringify(value.slice(0, 100)) : describe2(value)}, not one of ${Object.keys(schema.values).join(", ")}`
      );
    case "array":
      if (!Array.isArray(value)) throw invalid(`${where} is ${describe2(value)}, not an array`);
      for (const [index, item] of value.entries())
        check(item, schema.items, `${path2}[${index}]`);
      return;
    case "object": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw invalid(`${where} is ${describe2(value)}, not an object`);
      }
      const record = value;
      const child = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((name2) => path2 === "" ? name2 : `${path2}.${name2}`, "child");
      for (const name2 of schema.required ?? []) {
        if (record[name2] === void 0) throw invalid(`${child(name2)} is missing`);
      }
      for (const group2 of schema.oneOf ?? []) {
        const present = group2.filter((name2) => record[name2] !== void 0);
        if (present.length !== 1) {
          throw invalid(
            `${where} must have exactly one of ${group2.join(", ")}; it has ${present.length === 0 ? "none" : present.join(" and ")}`
          );
        }
      }
      for (const [name2, fieldSchema] of Object.entries(schema.fields)) {
        if (record[name2] !== void 0) check(record[name2], fieldSchema, child(name2));
      }
      return;
    }
  }
}
(0, import_part_KECMG5SU.__name)(check, "check");
function checkBase64(value, where) {
  if (typeof value !== "string")
    throw invalid(`${where} is ${describe2(value)}, not a base64 string`);
  const unpadded = value.replace(/=+$/u, "");
  if (BASE64.test(value) && unpadded.length % 4 !== 1) return;
  const bad = [...value].findIndex((char) => !/[A-Za-z0-9+/_=-]/u.test(char));
  throw invalid(
    `${where} is not base64${bad === -1 ? " (its length or padding is wrong)" : ` (${JSON.stringify(value[bad])} at offset ${bad})`}`
  );
}
(0, import_part_KECMG5SU.__name)(checkBase64, "checkBase64");
function checkUint64(value, where) {
  if (typeof value === "number" && Number.isSafeInteger(value)) return;
  if (typeof value === "string" && /^-?(?:0|[1-9]\d{0,18})$/u.test(value)) {
    const number = BigInt(value);
    if (number <= INT64_MAX && number >= -INT64_MAX - 1n) return;
  }
  throw invalid(
    `${where} is ${typeof value === "string" || typeof value === "number" ? JSON.stringify(value) : describe2(value)}, not a 64-bit integer (a decimal string or a safe integer)`
  );
}
(0, import_part_KECMG5SU.__name)(checkUint64, "checkUint64");
var import_core = (0, import_part_KECMG5SU.__toESM)(require_dist3());
var NonCanonicalDerError = class extends Error {
  static {
    (0, import_part_KECMG5SU.__name)(this, "NonCanonicalDerError");
  }
  offset;
  reason;
  constructor(options) {
    super(`${options.reason} at byte ${options.offset}`);
    this.name = "NonCanonicalDerError";
    this.offset = options.offset;
    this.reason = options.reason;
  }
};
var MAX_DEPTH = 32;
var UNIVERSAL = {
  1: "BOOLEAN",
  2: "INTEGER",
  3: "BIT STRING",
  4: "OCTET STRING",
  5: "NULL",
  6: "OBJECT IDENTIFIER",
  10: "ENUMERATED",
  12: "UTF8String",
  16: "SEQUENCE",
  17: "SET",
  19: "PrintableString",
  20: "TeletexString",
  22: "IA5String",
  23: "UTCTime",
  24: "GeneralizedTime",
  26: "VisibleString",
  28: "UniversalString",
  30: "BMPString"
};
var fail = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((offset, reason) => {
  throw new NonCanonicalDerError({ offset, reason });
}, "fail");
function checkCanonicalDer(options) {
  const { der } = options;
  if (der.length === 0) fail(0, "empty input, no DER element");
  const element = walk(der, 0, der.length, 0);
  if (element.end !== der.length) {
    fail(element.end, `${der.length - element.end} trailing byte(s) after the DER element`);
  }
}
(0, import_part_KECMG5SU.__name)(checkCanonicalDer, "checkCanonicalDer");
var ECDSA_WITH_SHA = /^2a8648ce3d0403(?:01|02|03|04)$/u;
function checkCanonicalCertificate(options) {
  const { der } = options;
  checkCanonicalDer({ der });
  const certificate = read(der, 0, der.length);
  const [tbs, algorithm, signature, ...extra] = children(der, certificate);
  if (certificate.tagNumber !== 16 || !tbs || !algorithm || !signature || extra.length > 0) {
    return fail(0, "not a Certificate (a SEQUENCE of tbsCertificate, algorithm and signature)");
  }
  if (tbs.tagNumber !== 16 || algorithm.tagNumber !== 16 || signature.tagNumber !== 3) {
    return fail(
      tbs.start,
      "not a Certificate (a SEQUENCE of tbsCertificate, algorithm and signature)"
    );
  }
  checkDefaults(der, tbs);
  const [oid] = children(der, algorithm);
  const oidHex = oid && oid.tagNumber === 6 ? hex(der, oid) : "";
  if (ECDSA_WITH_SHA.test(oidHex)) {
    const value = der.subarray(signature.contentStart + 1, signature.end);
    try {
      checkCanonicalDer({ der: value });
    } catch (error) {
      const inner = error;
      return fail(
        signature.contentStart + 1 + inner.offset,
        `ECDSA signature value: ${inner.reason}`
      );
    }
    const ecdsa2 = read(value, 0, value.length);
    const parts = children(value, ecdsa2);
    if (ecdsa2.tagNumber !== 16 || parts.length !== 2 || parts.some((part) => part.tagNumber !== 2)) {
      return fail(
        signature.contentStart + 1,
        "the ECDSA signature value is not a SEQUENCE of two INTEGERs"
      );
    }
  }
}
(0, import_part_KECMG5SU.__name)(checkCanonicalCertificate, "checkCanonicalCertificate");
function checkDefaults(der, tbs) {
  for (const field of children(der, tbs)) {
    if (field.tagClass !== 2 || !field.constructed) continue;
    const [inner] = children(der, field);
    if (field.tagNumber === 0 && inner?.tagNumber === 2 && hex(der, inner) === "00") {
      fail(field.start, "the version v1 is the DEFAULT and must be left out in DER");
    }
    if (field.tagNumber !== 3 || inner === void 0) continue;
    for (const extension of children(der, inner)) {
      const critical = children(der, extension).find((part) => part.tagNumber === 1);
      if (critical && hex(der, critical) === "00") {
        fail(
          critical.start,
          "an extension's critical FALSE is the DEFAULT and must be left out in DER"
        );
      }
    }
  }
}
(0, import_part_KECMG5SU.__name)(checkDefaults, "checkDefaults");
var hex = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((der, element) => Buffer.from(der.subarray(element.contentStart, element.end)).toString("hex"), "hex");
function children(der, parent) {
  if (!parent.constructed) return [];
  const out = [];
  for (let offset = parent.contentStart; offset < parent.end; ) {
    const child = read(der, offset, parent.end);
    out.push(child);
    offset = child.end;
  }
  return out;
}
(0, import_part_KECMG5SU.__name)(children, "children");
function read(der, offset, limit) {
  const first = der[offset];
  if (first === void 0 || offset >= limit) return fail(offset, "truncated: no tag");
  const tagClass = first >> 6;
  const constructed = (first & 32) !== 0;
  let tagNumber = first & 31;
  let position = offset + 1;
  if (tagNumber === 31) {
    tagNumber = 0;
    for (let count = 0; ; count++) {
      const byte = der[position];
      if (byte === void 0 || position >= limit) return fail(offset, "truncated: tag");
      if (count === 0 && byte === 128) fail(offset, "a high tag number with a leading zero septet");
      if (count === 3) fail(offset, "a tag number too large");
      tagNumber = tagNumber * 128 + (byte & 127);
      position++;
      if ((byte & 128) === 0) break;
    }
    if (tagNumber < 31) fail(offset, `tag number ${tagNumber} in the high-tag-number form`);
  }
  const lengthByte = der[position];
  if (lengthByte === void 0 || position >= limit) return fail(offset, "truncated: no length");
  position++;
  let length = lengthByte;
  if (lengthByte === 128) fail(offset, "an indefinite length (DER requires definite lengths)");
  if (lengthByte === 255) fail(offset, "the reserved length octet 0xFF");
  if (lengthByte > 128) {
    const count = lengthByte & 127;
    if (count > 4) fail(offset, `a ${count}-octet length (more than this checker reads)`);
    if (position + count > limit) fail(offset, "truncated: length");
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + der[position + i];
    if (der[position] === 0) fail(offset, "a long-form length with a leading zero octet");
    if (length < 128)
      fail(offset, `length ${length} in the long form (DER requires the short form)`);
    position += count;
  }
  const end = position + length;
  if (end > limit) {
    fail(
      offset,
      `length ${length} runs past the end of the enclosing element (${limit - position} byte(s) left)`
    );
  }
  return { start: offset, tagClass, constructed, tagNumber, contentStart: position, end };
}
(0, import_part_KECMG5SU.__name)(read, "read");
var name = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((element) => element.tagClass === 0 ? UNIVERSAL[element.tagNumber] ?? `universal tag ${element.tagNumber}` : `[${element.tagNumber}]`, "name");
function walk(der, offset, limit, depth) {
  if (depth > MAX_DEPTH) fail(offset, `nesting deeper than ${MAX_DEPTH}`);
  const element = read(der, offset, limit);
  const universal = element.tagClass === 0;
  if (universal && element.tagNumber === 0) fail(offset, "tag 0 (end-of-contents) outside BER");
  const structured = element.tagNumber === 16 || element.tagNumber === 17;
  if (universal && structured && !element.constructed) {
    fail(offset, `a primitive ${name(element)} (it must be constructed)`);
  }
  if (universal && !structured && element.constructed) {
    fail(offset, `a constructed ${name(element)} (DER requires the primitive form)`);
  }
  if (element.constructed) {
    for (let child = element.contentStart; child < element.end; ) {
      child = walk(der, child, element.end, depth + 1).end;
    }
    return element;
  }
  if (universal) checkPrimitive(der, element);
  return element;
}
(0, import_part_KECMG5SU.__name)(walk, "walk");
var UTC_TIME = /^\d{12}Z$/u;
var GENERALIZED_TIME = /^\d{14}(?:\.\d*[1-9])?Z$/u;
function checkPrimitive(der, element) {
  const { start, contentStart, end } = element;
  const content = der.subarray(contentStart, end);
  const [first, second] = content;
  switch (element.tagNumber) {
    case 1:
      if (content.length !== 1) fail(start, `a BOOLEAN of ${content.length} octets (DER: one)`);
      if (first !== 0 && first !== 255) {
        fail(start, `BOOLEAN TRUE written as 0x${hexByte(first)} (DER requires 0xFF)`);
      }
      return;
    case 2:
    case 10:
      if (first === void 0) return fail(start, `an empty ${name(element)}`);
      if (second !== void 0 && first === 0 && second < 128) {
        fail(start, `a non-minimal ${name(element)} (a redundant leading 0x00)`);
      }
      if (second !== void 0 && first === 255 && second >= 128) {
        fail(start, `a non-minimal ${name(element)} (a redundant leading 0xFF)`);
      }
      return;
    case 3: {
      if (first === void 0) return fail(start, "a BIT STRING without its unused-bits octet");
      if (first > 7) fail(start, `a BIT STRING with ${first} unused bits (at most 7)`);
      if (content.length === 1 && first !== 0) fail(start, "an empty BIT STRING with unused bits");
      const last = content[content.length - 1];
      if (content.length > 1 && (last & (1 << first) - 1) !== 0) {
        fail(start, "a BIT STRING whose unused bits are not zero");
      }
      return;
    }
    case 5:
      if (content.length !== 0) fail(start, "a NULL with contents");
      return;
    case 6:
      checkOid(content, start);
      return;
    case 23:
      if (!UTC_TIME.test(Buffer.from(content).toString("latin1"))) {
        fail(start, "a UTCTime not in the form YYMMDDHHMMSSZ");
      }
      return;
    case 24:
      if (!GENERALIZED_TIME.test(Buffer.from(content).toString("latin1"))) {
        fail(start, "a GeneralizedTime not in the form YYYYMMDDHHMMSS[.fff]Z");
      }
      return;
    default:
      return;
  }
}
(0, import_part_KECMG5SU.__name)(checkPrimitive, "checkPrimitive");
function checkOid(content, start) {
  if (content.length === 0) fail(start, "an empty OBJECT IDENTIFIER");
  let arcStart = true;
  for (const byte of content) {
    if (arcStart && byte === 128)
      fail(start, "an OBJECT IDENTIFIER arc with a leading zero septet");
    arcStart = (byte & 128) === 0;
  }
  if (!arcStart) fail(start, "an OBJECT IDENTIFIER whose last arc is cut off");
}
(0, import_part_KECMG5SU.__name)(checkOid, "checkOid");
var hexByte = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((byte) => (byte ?? 0).toString(16).padStart(2, "0").toUpperCase(), "hexByte");
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
(0, import_part_KECMG5SU.__name)(checkBundleShape, "checkBundleShape");
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
(0, import_part_KECMG5SU.__name)(parseCertificate, "parseCertificate");
function checkCanonical(options) {
  const { der, what, code } = options;
  try {
    checkCanonicalCertificate({ der });
  } catch (cause) {
    if (!(cause instanceof NonCanonicalDerError)) throw cause;
    throw new SigstoreError({
      code,
      cause,
      message: `${what} is a malformed certificate, not canonical DER: ${cause.message}`
    });
  }
}
(0, import_part_KECMG5SU.__name)(checkCanonical, "checkCanonical");
var SIGNATURE_LINE = /^\u2014 \S+ [A-Za-z0-9+/]+={0,2}$/u;
function checkCheckpointConsistency(options) {
  for (const [index, entry] of options.bundle.verificationMaterial.tlogEntries.entries()) {
    const proof = entry.inclusionProof;
    if (proof?.checkpoint === void 0) continue;
    const envelope = proof.checkpoint.envelope;
    const fail2 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((why) => new SigstoreError({
      code: "INVALID_BUNDLE",
      message: `not a valid Sigstore bundle: transparency log entry ${index}'s ${why}`
    }), "fail");
    const [note = "", signatures = "", ...rest] = envelope.split("\n\n");
    const lines = signatures.split("\n");
    if (rest.length > 0 || !envelope.endsWith("\n") || lines.pop() !== "") {
      throw fail2("checkpoint is not a note, a blank line and signature lines ending in a newline");
    }
    const bad = lines.find((line) => !SIGNATURE_LINE.test(line));
    if (bad !== void 0) {
      throw fail2(
        `checkpoint has a line that is not a signature: ${JSON.stringify(bad.slice(0, 80))}`
      );
    }
    const [, size, hash = ""] = note.split("\n");
    const checkpointHash = Buffer.from(hash, "base64");
    if (size !== proof.treeSize || !checkpointHash.equals(proof.rootHash)) {
      throw fail2(
        `inclusion proof (tree size ${proof.treeSize}, root hash ${Buffer.from(proof.rootHash).toString("hex")}) is not for its checkpoint (tree size ${String(size)}, root hash ${checkpointHash.toString("hex")})`
      );
    }
  }
}
(0, import_part_KECMG5SU.__name)(checkCheckpointConsistency, "checkCheckpointConsistency");
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
  const utf8 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((oid) => {
    const value = raw.get(oid);
    return value === void 0 ? void 0 : decodeUtf8(value, oid);
  }, "utf8");
  const extensions = {};
  for (const [name2, oid] of Object.entries(FULCIO_EXTENSION_OIDS)) {
    const value = raw.get(oid);
    if (value !== void 0) extensions[name2] = readDerString(value, oid);
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
    const name2 = GITHUB_WORKFLOW_V2[claim];
    const legacy = githubWorkflow[claim];
    const v2 = extensions[name2];
    agree(name2, legacy, GITHUB_WORKFLOW_OIDS[claim], v2);
    if (legacy !== void 0) extensions[name2] = legacy;
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
(0, import_part_KECMG5SU.__name)(readCertificateClaims, "readCertificateClaims");
function agree(name2, legacy, legacyOid, v2) {
  if (legacy === void 0 || v2 === void 0 || legacy === v2) return;
  throw malformed2(
    `its deprecated extension ${legacyOid} says ${JSON.stringify(legacy)} but its ${name2} (${FULCIO_EXTENSION_OIDS[name2]}) says ${JSON.stringify(v2)}`
  );
}
(0, import_part_KECMG5SU.__name)(agree, "agree");
function repositoryPath(uri) {
  let url;
  try {
    url = new URL(uri);
  } catch {
    return void 0;
  }
  return url.protocol === "https:" ? url.pathname.replace(/^\//u, "") : void 0;
}
(0, import_part_KECMG5SU.__name)(repositoryPath, "repositoryPath");
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
(0, import_part_KECMG5SU.__name)(readDerString, "readDerString");
var UTF8 = new TextDecoder("utf-8", { fatal: true });
function decodeUtf8(value, oid) {
  try {
    return UTF8.decode(value);
  } catch (cause) {
    throw malformed2(`extension ${oid} is not UTF-8`, cause);
  }
}
(0, import_part_KECMG5SU.__name)(decodeUtf8, "decodeUtf8");
function malformed2(reason, cause) {
  return new SigstoreError({
    code: "VERIFICATION_FAILED",
    cause,
    message: `the signing certificate is malformed: ${reason}`
  });
}
(0, import_part_KECMG5SU.__name)(malformed2, "malformed");
var import_core3 = (0, import_part_KECMG5SU.__toESM)(require_dist3());
var import_protobuf_specs3 = (0, import_part_KECMG5SU.__toESM)((0, import_part_GKGXJLFH.require_dist)());
var import_verify3 = (0, import_part_KECMG5SU.__toESM)(require_dist4());
var import_verify2 = (0, import_part_KECMG5SU.__toESM)(require_dist4());
var import_key = (0, import_part_KECMG5SU.__toESM)(require_key());
var import_timestamp = (0, import_part_KECMG5SU.__toESM)(require_timestamp2());
var import_tlog = (0, import_part_KECMG5SU.__toESM)(require_tlog());
var import_core2 = (0, import_part_KECMG5SU.__toESM)(require_dist3());
var import_verify = (0, import_part_KECMG5SU.__toESM)(require_dist4());
var import_certificate = (0, import_part_KECMG5SU.__toESM)(require_certificate());
var import_sct = (0, import_part_KECMG5SU.__toESM)(require_sct2());
function outcome(compute) {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    return { ok: false, error };
  }
}
(0, import_part_KECMG5SU.__name)(outcome, "outcome");
function buildPath(leaf, authority) {
  const verifier = new import_certificate.CertificateChainVerifier({
    trustedCerts: authority.certChain,
    untrustedCert: leaf,
    timestamp: /* @__PURE__ */ new Date(0)
  });
  const path2 = verifier.sort();
  verifier.checkPath(path2);
  return path2;
}
(0, import_part_KECMG5SU.__name)(buildPath, "buildPath");
var ChainCache = class {
  static {
    (0, import_part_KECMG5SU.__name)(this, "ChainCache");
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
    let path2 = this.#paths.get(authority);
    if (path2 === void 0) {
      path2 = outcome(() => buildPath(this.#certificate, authority));
      this.#paths.set(authority, path2);
    }
    return path2;
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
      const path2 = this.path(authority);
      if (!path2.ok) {
        error = path2.error;
      } else if (!path2.value.every((certificate) => certificate.validForDate(time))) {
        error = new import_verify.VerificationError({
          code: "CERTIFICATE_ERROR",
          message: "certificate is not valid or expired at the specified date"
        });
      } else {
        return path2.value;
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
    (0, import_part_KECMG5SU.__name)(this, "SigningCertificate");
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
    key: (0, import_node_crypto5.createPublicKey)({ key: certificate.publicKey, format: "der", type: "spki" }),
    identity: {
      extensions: { issuer },
      subjectAlternativeName: certificate.subjectAltName,
      oids
    }
  };
}
(0, import_part_KECMG5SU.__name)(readSigner, "readSigner");
var TimestampAuthority = class extends ChainCache {
  static {
    (0, import_part_KECMG5SU.__name)(this, "TimestampAuthority");
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
      () => (0, import_node_crypto5.createPublicKey)({ key: this.certificate.publicKey, format: "der", type: "spki" })
    );
    if (!this.#key.ok) throw this.#key.error;
    return this.#key.value;
  }
};
var CertificateCache = class {
  static {
    (0, import_part_KECMG5SU.__name)(this, "CertificateCache");
  }
  #options;
  #certificates = /* @__PURE__ */ new Map();
  constructor(options) {
    this.#options = options;
  }
  /** The cached certificate whose DER is exactly `der`, parsed and added on first use. */
  get(der) {
    const id = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString("base64");
    let cached2 = this.#certificates.get(id);
    if (cached2 === void 0) {
      cached2 = new SigningCertificate({
        certificate: import_core2.X509Certificate.parse(Buffer.from(der)),
        authorities: this.#options.certificateAuthorities,
        ctlogs: this.#options.ctlogs
      });
      const limit = this.#options.limit ?? 1024;
      if (this.#certificates.size >= limit) {
        const oldest = this.#certificates.keys().next();
        if (oldest.done !== true) this.#certificates.delete(oldest.value);
      }
      this.#certificates.set(id, cached2);
    }
    return cached2;
  }
  get size() {
    return this.#certificates.size;
  }
};
var EntityVerifier = class {
  static {
    (0, import_part_KECMG5SU.__name)(this, "EntityVerifier");
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
    let path2 = [];
    for (const time of timestamps) path2 = certificate.pathAt(time);
    const scts = certificate.scts(path2[1]);
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
(0, import_part_KECMG5SU.__name)(containsDupes, "containsDupes");
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
  const withStart = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((logs) => logs.filter((log) => {
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
    key === void 0 ? void 0 : () => ({ publicKey: key, validFor: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(() => true, "validFor") })
  );
  return { trustMaterial, untrustedLogs };
}
(0, import_part_KECMG5SU.__name)(buildTrustMaterial, "buildTrustMaterial");
function parsePublicKey(pem) {
  try {
    return (0, import_node_crypto4.createPublicKey)(pem);
  } catch (cause) {
    throw new SigstoreError({
      code: "INVALID_INPUT",
      cause,
      message: `the verification key is not a valid PEM public key (${cause.message})`
    });
  }
}
(0, import_part_KECMG5SU.__name)(parsePublicKey, "parsePublicKey");
var PREPARED_LIMIT = 8;
var prepared = /* @__PURE__ */ new Map();
function prepareTrust(options) {
  const { trustedRoot, key } = options;
  const rootId = trustedRoot === void 0 ? "public-good" : (0, import_node_crypto4.createHash)("sha256").update(JSON.stringify(trustedRoot)).digest("base64");
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
(0, import_part_KECMG5SU.__name)(prepareTrust, "prepareTrust");
function checkCertificateKey(options) {
  const content = options.bundle.verificationMaterial.content;
  const raw = content.$case === "certificate" ? content.certificate.rawBytes : content.$case === "x509CertificateChain" ? content.x509CertificateChain.certificates[0]?.rawBytes : void 0;
  if (raw === void 0) return;
  const certified = (0, import_node_crypto3.createPublicKey)({
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
(0, import_part_KECMG5SU.__name)(checkCertificateKey, "checkCertificateKey");
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
  for (const name2 of names) {
    if (!Object.hasOwn(FULCIO_EXTENSION_OIDS, name2)) {
      throw new SigstoreError({
        code: "INVALID_INPUT",
        message: `certificate extension ${JSON.stringify(name2)} is not a Fulcio extension name; use one of ${Object.keys(FULCIO_EXTENSION_OIDS).join(", ")}`
      });
    }
  }
  return names.length > 0 || Object.values(GITHUB_FIELDS).some((field) => policy[field] !== void 0);
}
(0, import_part_KECMG5SU.__name)(claimsRequested, "claimsRequested");
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
  for (const [name2, expected] of Object.entries(policy.certificateExtensions ?? {})) {
    const oid = FULCIO_EXTENSION_OIDS[name2];
    compare(`extension ${name2} (${oid})`, expected, claims.extensions[name2]);
  }
}
(0, import_part_KECMG5SU.__name)(checkClaims, "checkClaims");
function githubOids(claim) {
  const legacy = GITHUB_WORKFLOW_OIDS[claim];
  if (claim === "name") return legacy;
  const name2 = GITHUB_WORKFLOW_V2[claim];
  return `${legacy} or ${name2} ${FULCIO_EXTENSION_OIDS[name2]}`;
}
(0, import_part_KECMG5SU.__name)(githubOids, "githubOids");
function compare(what, expected, actual) {
  if (expected === void 0 || actual === expected) return;
  throw new SigstoreError({
    code: "POLICY_FAILED",
    message: actual === void 0 ? `certificate ${what} is missing, expected ${JSON.stringify(expected)}` : `certificate ${what} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`
  });
}
(0, import_part_KECMG5SU.__name)(compare, "compare");
function compileIdentityPolicy(options) {
  const { policy } = options;
  return {
    identity: pattern("identity", policy.certificateIdentity, policy.certificateIdentityRegexp),
    issuer: pattern("issuer", policy.certificateOidcIssuer, policy.certificateOidcIssuerRegexp)
  };
}
(0, import_part_KECMG5SU.__name)(compileIdentityPolicy, "compileIdentityPolicy");
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
(0, import_part_KECMG5SU.__name)(pattern, "pattern");
function escapeRegExp(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
}
(0, import_part_KECMG5SU.__name)(escapeRegExp, "escapeRegExp");
function checkIdentity(options) {
  const { policy, identity, issuer } = options;
  const check2 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((field, expected, actual) => {
    if (expected === void 0 || actual !== void 0 && expected.test(actual)) return;
    throw new SigstoreError({
      code: "POLICY_FAILED",
      message: `certificate ${field} ${actual === void 0 ? "is missing" : JSON.stringify(actual)} does not match ${expected.source}`
    });
  }, "check");
  check2("identity", policy.identity, identity);
  check2("issuer", policy.issuer, issuer);
}
(0, import_part_KECMG5SU.__name)(checkIdentity, "checkIdentity");
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
      const recovered = (0, import_node_crypto6.publicDecrypt)({ key, padding: import_node_crypto6.constants.RSA_PKCS1_PADDING }, signature);
      return recovered.equals(Buffer.concat([SHA256_DIGEST_INFO, digest]));
    } catch {
      return false;
    }
  }
  return false;
}
(0, import_part_KECMG5SU.__name)(verifyPrehashed, "verifyPrehashed");
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
(0, import_part_KECMG5SU.__name)(readStatement, "readStatement");
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
(0, import_part_KECMG5SU.__name)(isRecord, "isRecord");
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
(0, import_part_KECMG5SU.__name)(verifyBundle, "verifyBundle");
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
(0, import_part_KECMG5SU.__name)(checkPolicyOptions, "checkPolicyOptions");
function readBundle(options) {
  const { json, policy } = options;
  checkBundleJson({ json });
  const bundle = parseBundle2(json);
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
(0, import_part_KECMG5SU.__name)(readBundle, "readBundle");
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
(0, import_part_KECMG5SU.__name)(signedContent, "signedContent");
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
(0, import_part_KECMG5SU.__name)(dsseContent, "dsseContent");
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
(0, import_part_KECMG5SU.__name)(checkSigner, "checkSigner");
function parseBundleJSON(options) {
  try {
    return JSON.parse(options.text);
  } catch (cause) {
    throw new SigstoreError({
      code: "INVALID_BUNDLE",
      cause,
      message: `${options.source} is not a Sigstore bundle: malformed JSON (${cause.message})`
    });
  }
}
(0, import_part_KECMG5SU.__name)(parseBundleJSON, "parseBundleJSON");
function artifactDigest(artifact) {
  if (artifact === void 0) return void 0;
  if ("data" in artifact) return (0, import_node_crypto2.createHash)("sha256").update(artifact.data).digest();
  if (!SHA256_DIGEST.test(artifact.digest)) {
    throw new SigstoreError({
      code: "INVALID_INPUT",
      message: `artifact digest ${JSON.stringify(artifact.digest)} is not sha256:<64 hex digits>`
    });
  }
  return Buffer.from(artifact.digest.slice("sha256:".length), "hex");
}
(0, import_part_KECMG5SU.__name)(artifactDigest, "artifactDigest");
function parseBundle2(json) {
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
(0, import_part_KECMG5SU.__name)(parseBundle2, "parseBundle");
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
      compareSignature: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((signature) => content.compareSignature(signature), "compareSignature"),
      compareDigest: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((other) => content.compareDigest(other), "compareDigest"),
      compareSignedDigest: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((other) => content.compareSignedDigest(other), "compareSignedDigest"),
      verifySignature: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((key) => verifyPrehashed({ key, digest, signature: content.signature }), "verifySignature")
    }
  };
}
(0, import_part_KECMG5SU.__name)(messageEntity, "messageEntity");
function checkPredicateType(options) {
  const { expected, kind, actual } = options;
  if (expected === void 0 || actual === expected) return;
  throw new SigstoreError({
    code: "POLICY_FAILED",
    message: kind === "message" ? `the predicate type ${JSON.stringify(expected)} is required, but the bundle is a message signature, which states no predicate (an attestation is a DSSE bundle)` : actual === void 0 ? `the predicate type ${JSON.stringify(expected)} is required, but the DSSE payload is not an in-toto statement with a predicate type` : `the statement's predicate type is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`
  });
}
(0, import_part_KECMG5SU.__name)(checkPredicateType, "checkPredicateType");
function failure(message) {
  return new SigstoreError({ code: "VERIFICATION_FAILED", message });
}
(0, import_part_KECMG5SU.__name)(failure, "failure");
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
(0, import_part_KECMG5SU.__name)(toRejection, "toRejection");
function verifyChecksumsBundle(options) {
  const { resolved } = options;
  const identity = resolved.checksumsIdentity;
  const bundleUrl = resolved.checksumsBundleUrl;
  try {
    const verified = verifyBundle({
      bundle: parseBundleJSON({ text: options.bundleText, source: bundleUrl }),
      artifact: { data: options.checksums },
      policy: identity,
      ...options.trustedRoot === void 0 ? {} : { trustedRoot: options.trustedRoot }
    });
    return { bundleUrl, identity: verified.identity ?? "", issuer: verified.issuer ?? "" };
  } catch (cause) {
    if (!(cause instanceof SigstoreError)) throw cause;
    const signer = identity.certificateIdentity ?? `an identity matching ${identity.certificateIdentityRegexp}`;
    throw new ToolsError({
      code: "UNVERIFIABLE_VERSION",
      message: `The Sigstore bundle ${bundleUrl} does not verify ${resolved.checksumsUrl}, the checksums file of ${resolved.tool} ${resolved.version}, as signed by ${signer} (issuer ${identity.certificateOidcIssuer}): ${cause.message}. ${options.consequence}`,
      cause
    });
  }
}
(0, import_part_KECMG5SU.__name)(verifyChecksumsBundle, "verifyChecksumsBundle");
async function fetchReleaseFile(options) {
  const fetch = options.fetch ?? globalThis.fetch;
  const attempts = options.attempts ?? 3;
  let delay = options.retryDelayMs ?? 1e3;
  for (let attempt = 1; ; attempt++) {
    let failure2;
    try {
      const response = await fetch(options.url, { redirect: "follow" });
      if (response.ok) return Buffer.from(await response.arrayBuffer());
      await response.body?.cancel();
      failure2 = new ToolsError({
        code: "DOWNLOAD_FAILED",
        status: response.status,
        message: `Cannot download ${options.url}: HTTP ${response.status}.`
      });
      if (!retryable(response.status)) throw failure2;
    } catch (error) {
      if (error instanceof ToolsError) throw error;
      failure2 = new ToolsError({
        code: "DOWNLOAD_FAILED",
        message: `Cannot download ${options.url}: ${error.message}.`,
        cause: error
      });
    }
    if (attempt >= attempts) throw failure2;
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay *= 2;
  }
}
(0, import_part_KECMG5SU.__name)(fetchReleaseFile, "fetchReleaseFile");
function retryable(status) {
  return status >= 500 || status === 408 || status === 429;
}
(0, import_part_KECMG5SU.__name)(retryable, "retryable");
async function fetchReleaseChecksums(options) {
  const { resolved } = options;
  const fetched = { fetch: options.fetch, retryDelayMs: options.retryDelayMs };
  const checksums = await fetchReleaseFile({ url: resolved.checksumsUrl, ...fetched });
  let verifiedBy;
  if (resolved.checksumsBundleUrl !== void 0 && resolved.checksumsIdentity !== void 0) {
    const bundleText = await fetchReleaseFile({ url: resolved.checksumsBundleUrl, ...fetched });
    verifiedBy = verifyChecksumsBundle({
      resolved,
      checksums,
      bundleText: bundleText.toString("utf8"),
      trustedRoot: options.trustedRoot,
      consequence: options.consequence
    });
  }
  const sums = parseChecksumsFile({
    text: checksums.toString("utf8"),
    source: resolved.checksumsUrl
  });
  return { sums, verifiedBy };
}
(0, import_part_KECMG5SU.__name)(fetchReleaseChecksums, "fetchReleaseChecksums");
var LINE2 = /^([a-z0-9][a-z0-9-]*)(?:@(.*))?$/u;
function parseToolRequests(options) {
  const known = options.tools.join(", ");
  const requests = [];
  for (const [index, raw] of options.lines.entries()) {
    const text2 = raw.trim();
    const line = index + 1;
    const where = `Line ${line} of "tools" (${JSON.stringify(text2)})`;
    const match = LINE2.exec(text2);
    if (match === null) {
      throw new ToolsError({
        code: "INVALID_INPUT",
        message: `${where} is not <tool> or <tool>@<version>; the tools are ${known}.`
      });
    }
    const tool = match[1] ?? "";
    if (!options.tools.includes(tool)) {
      throw new ToolsError({
        code: "UNKNOWN_TOOL",
        message: `${where} names an unknown tool "${tool}"; the tools are ${known}.`
      });
    }
    const previous = requests.find((request) => request.tool === tool);
    if (previous !== void 0) {
      throw new ToolsError({
        code: "INVALID_INPUT",
        message: `${where} lists ${tool} again (line ${previous.line} already does): install one version of each tool per step.`
      });
    }
    requests.push({ tool, version: parseVersion({ where, tool, version: match[2] }), line });
  }
  return requests;
}
(0, import_part_KECMG5SU.__name)(parseToolRequests, "parseToolRequests");
function parseVersion(options) {
  if (options.version === void 0) return void 0;
  try {
    return normalizeVersion({ tool: options.tool, version: options.version });
  } catch (cause) {
    throw new ToolsError({
      code: "INVALID_INPUT",
      message: `${options.where} has an invalid version: write a release version such as ${options.tool}@1.2.3 or ${options.tool}@v1.2.3 (no ranges, no "latest").`,
      cause
    });
  }
}
(0, import_part_KECMG5SU.__name)(parseVersion, "parseVersion");
async function expectedChecksum(options) {
  const { resolved } = options;
  if (resolved.sha256 !== void 0) return { sha256: resolved.sha256, source: "catalog" };
  const name2 = `${resolved.tool} ${resolved.version}`;
  if (resolved.checksumsBundleUrl === void 0 || resolved.checksumsIdentity === void 0) {
    if (options.allowUnverified) return { sha256: void 0, source: "unverified" };
    throw new ToolsError({
      code: "UNVERIFIABLE_VERSION",
      message: `${name2} is not pinned in the catalog for ${resolved.platform}, and ${resolved.tool} publishes no signed checksums file to verify it with. Request a version the catalog pins (or ${resolved.tool} alone for its default), pin this one in your own catalog file (input "catalog"), or accept an unverified download with allow-unverified: true.`
    });
  }
  const { sums } = await fetchReleaseChecksums({
    resolved,
    trustedRoot: options.trustedRoot,
    consequence: "Nothing was installed.",
    fetch: options.fetch,
    retryDelayMs: options.retryDelayMs
  });
  const sha2562 = sums.get(resolved.asset);
  if (sha2562 === void 0) {
    throw new ToolsError({
      code: "UNVERIFIABLE_VERSION",
      message: `The signed checksums file ${resolved.checksumsUrl} of ${name2} lists no ${resolved.asset}, so its checksum cannot be verified.`
    });
  }
  return { sha256: sha2562, source: "checksums-file" };
}
(0, import_part_KECMG5SU.__name)(expectedChecksum, "expectedChecksum");
async function sha256File(options) {
  try {
    return (await hashFile(options.path)).hex;
  } catch (error) {
    if (!(error instanceof SigstoreError)) throw error;
    const cause = error.cause;
    throw new ToolsError({
      code: "DOWNLOAD_FAILED",
      message: `Cannot read ${options.path} to hash it (${cause.code ?? cause.message}).`,
      cause
    });
  }
}
(0, import_part_KECMG5SU.__name)(sha256File, "sha256File");
async function verifyFileChecksum(options) {
  const expected = options.sha256.toLowerCase();
  const actual = await sha256File({ path: options.path });
  if (actual !== expected) {
    throw new ToolsError({
      code: "CHECKSUM_MISMATCH",
      message: `Checksum mismatch for ${options.source ?? options.path}: expected SHA-256 ${expected}, got ${actual}.`
    });
  }
  return actual;
}
(0, import_part_KECMG5SU.__name)(verifyFileChecksum, "verifyFileChecksum");
function notationPluginDirectory(options) {
  const { env, platform } = options;
  const path2 = platform === "windows" ? import_node_path3.win32 : import_node_path3.posix;
  const libexec = env["NOTATION_LIBEXEC"];
  if (libexec !== void 0 && libexec !== "") return path2.join(libexec, "plugins");
  return path2.join(userConfigDir(options), "notation", "plugins");
}
(0, import_part_KECMG5SU.__name)(notationPluginDirectory, "notationPluginDirectory");
function notationPluginFile(options) {
  const path2 = options.platform === "windows" ? import_node_path3.win32 : import_node_path3.posix;
  const ext = options.platform === "windows" ? ".exe" : "";
  return path2.join(options.pluginDirectory, options.name, `notation-${options.name}${ext}`);
}
(0, import_part_KECMG5SU.__name)(notationPluginFile, "notationPluginFile");
function userConfigDir(options) {
  const { env, platform } = options;
  if (platform === "windows") {
    const appData = env["AppData"] ?? env["APPDATA"];
    if (appData === void 0 || appData === "") throw unknownDirectory("%AppData% is not set");
    return appData;
  }
  const home = env["HOME"] || options.homedir;
  if (platform === "darwin") return import_node_path3.posix.join(home, "Library", "Application Support");
  const xdg = env["XDG_CONFIG_HOME"];
  if (xdg !== void 0 && xdg !== "") {
    if (!import_node_path3.posix.isAbsolute(xdg)) throw unknownDirectory("$XDG_CONFIG_HOME is a relative path");
    return xdg;
  }
  return import_node_path3.posix.join(home, ".config");
}
(0, import_part_KECMG5SU.__name)(userConfigDir, "userConfigDir");
function unknownDirectory(why) {
  return new ToolsError({
    code: "INVALID_INPUT",
    message: `Cannot tell where notation looks for plugins: ${why}. Set NOTATION_LIBEXEC for the job.`
  });
}
(0, import_part_KECMG5SU.__name)(unknownDirectory, "unknownDirectory");
var INSTALL_RECEIPT = ".sign-install.json";
async function writeInstallReceipt(options) {
  const text2 = `${JSON.stringify(options.receipt, null, 2)}
`;
  await (0, import_promises5.writeFile)((0, import_node_path4.join)(options.directory, INSTALL_RECEIPT), text2);
}
(0, import_part_KECMG5SU.__name)(writeInstallReceipt, "writeInstallReceipt");
async function readInstallReceipt(options) {
  try {
    const json = JSON.parse(
      await (0, import_promises5.readFile)((0, import_node_path4.join)(options.directory, INSTALL_RECEIPT), "utf8")
    );
    return isReceipt(json) ? json : void 0;
  } catch {
    return void 0;
  }
}
(0, import_part_KECMG5SU.__name)(readInstallReceipt, "readInstallReceipt");
function judgeCachedInstall(options) {
  const { receipt, resolved } = options;
  if (receipt === void 0) return { usable: false, reason: "it has no install receipt" };
  const same = receipt.tool === resolved.tool && receipt.version === resolved.version && receipt.platform === resolved.platform && receipt.asset === resolved.asset;
  if (!same) return { usable: false, reason: `its receipt describes ${receipt.asset}` };
  if (resolved.sha256 !== void 0 && receipt.sha256 !== resolved.sha256) {
    return { usable: false, reason: "its SHA-256 is not the catalog's" };
  }
  if (receipt.verifiedBy === "unverified" && !options.allowUnverified) {
    return { usable: false, reason: "it was installed unverified" };
  }
  return { usable: true };
}
(0, import_part_KECMG5SU.__name)(judgeCachedInstall, "judgeCachedInstall");
function isReceipt(value) {
  if (typeof value !== "object" || value === null) return false;
  const record = value;
  const strings = ["tool", "version", "platform", "asset", "sha256", "executable"];
  return strings.every((key) => typeof record[key] === "string") && ["catalog", "checksums-file", "unverified"].includes(record["verifiedBy"]);
}
(0, import_part_KECMG5SU.__name)(isReceipt, "isReceipt");
async function placeNotationPlugin(options) {
  const { platform } = options;
  const target = notationPluginFile({
    pluginDirectory: notationPluginDirectory({
      env: process.env,
      platform: platform.os,
      homedir: (0, import_node_os.homedir)()
    }),
    name: options.name,
    platform: platform.os
  });
  await (0, import_promises2.mkdir)((0, import_node_path2.dirname)(target), { recursive: true });
  await (0, import_promises2.copyFile)(options.executable, target);
  if (platform.os !== "windows") await (0, import_promises2.chmod)(target, 493);
  return target;
}
(0, import_part_KECMG5SU.__name)(placeNotationPlugin, "placeNotationPlugin");
var semver = (0, import_part_KECMG5SU.__toESM)(require_semver2(), 1);
var semver2 = (0, import_part_KECMG5SU.__toESM)(require_semver2(), 1);
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  (0, import_part_KECMG5SU.__name)(adopt, "adopt");
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    (0, import_part_KECMG5SU.__name)(fulfilled, "fulfilled");
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    (0, import_part_KECMG5SU.__name)(rejected, "rejected");
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    (0, import_part_KECMG5SU.__name)(step, "step");
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var RetryHelper = class {
  static {
    (0, import_part_KECMG5SU.__name)(this, "RetryHelper");
  }
  constructor(maxAttempts, minSeconds, maxSeconds) {
    if (maxAttempts < 1) {
      throw new Error("max attempts should be greater than or equal to 1");
    }
    this.maxAttempts = maxAttempts;
    this.minSeconds = Math.floor(minSeconds);
    this.maxSeconds = Math.floor(maxSeconds);
    if (this.minSeconds > this.maxSeconds) {
      throw new Error("min seconds should be less than or equal to max seconds");
    }
  }
  execute(action, isRetryable) {
    return __awaiter2(this, void 0, void 0, function* () {
      let attempt = 1;
      while (attempt < this.maxAttempts) {
        try {
          return yield action();
        } catch (err) {
          if (isRetryable && !isRetryable(err)) {
            throw err;
          }
          (0, import_part_F73BQMT4.info)(err.message);
        }
        const seconds = this.getSleepAmount();
        (0, import_part_F73BQMT4.info)(`Waiting ${seconds} seconds before trying again`);
        yield this.sleep(seconds);
        attempt++;
      }
      return yield action();
    });
  }
  getSleepAmount() {
    return Math.floor(Math.random() * (this.maxSeconds - this.minSeconds + 1)) + this.minSeconds;
  }
  sleep(seconds) {
    return __awaiter2(this, void 0, void 0, function* () {
      return new Promise((resolve) => setTimeout(resolve, seconds * 1e3));
    });
  }
};
var __awaiter3 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  (0, import_part_KECMG5SU.__name)(adopt, "adopt");
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    (0, import_part_KECMG5SU.__name)(fulfilled, "fulfilled");
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    (0, import_part_KECMG5SU.__name)(rejected, "rejected");
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    (0, import_part_KECMG5SU.__name)(step, "step");
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var HTTPError = class extends Error {
  static {
    (0, import_part_KECMG5SU.__name)(this, "HTTPError");
  }
  constructor(httpStatusCode) {
    super(`Unexpected HTTP response: ${httpStatusCode}`);
    this.httpStatusCode = httpStatusCode;
    Object.setPrototypeOf(this, new.target.prototype);
  }
};
var IS_WINDOWS = process.platform === "win32";
var IS_MAC = process.platform === "darwin";
var userAgent = "actions/tool-cache";
function downloadTool(url, dest, auth, headers) {
  return __awaiter3(this, void 0, void 0, function* () {
    dest = dest || path.join(_getTempDirectory(), crypto.randomUUID());
    yield (0, import_part_F73BQMT4.mkdirP)(path.dirname(dest));
    (0, import_part_F73BQMT4.debug)(`Downloading ${url}`);
    (0, import_part_F73BQMT4.debug)(`Destination ${dest}`);
    const maxAttempts = 3;
    const minSeconds = _getGlobal("TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS", 10);
    const maxSeconds = _getGlobal("TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS", 20);
    const retryHelper = new RetryHelper(maxAttempts, minSeconds, maxSeconds);
    return yield retryHelper.execute(() => __awaiter3(this, void 0, void 0, function* () {
      return yield downloadToolAttempt(url, dest || "", auth, headers);
    }), (err) => {
      if (err instanceof HTTPError && err.httpStatusCode) {
        if (err.httpStatusCode < 500 && err.httpStatusCode !== 408 && err.httpStatusCode !== 429) {
          return false;
        }
      }
      return true;
    });
  });
}
(0, import_part_KECMG5SU.__name)(downloadTool, "downloadTool");
function downloadToolAttempt(url, dest, auth, headers) {
  return __awaiter3(this, void 0, void 0, function* () {
    if (fs.existsSync(dest)) {
      throw new Error(`Destination file path ${dest} already exists`);
    }
    const http2 = new HttpClient(userAgent, [], {
      allowRetries: false
    });
    if (auth) {
      (0, import_part_F73BQMT4.debug)("set auth");
      if (headers === void 0) {
        headers = {};
      }
      headers.authorization = auth;
    }
    const response = yield http2.get(url, headers);
    if (response.message.statusCode !== 200) {
      const err = new HTTPError(response.message.statusCode);
      (0, import_part_F73BQMT4.debug)(`Failed to download from "${url}". Code(${response.message.statusCode}) Message(${response.message.statusMessage})`);
      throw err;
    }
    const pipeline4 = util.promisify(stream.pipeline);
    const responseMessageFactory = _getGlobal("TEST_DOWNLOAD_TOOL_RESPONSE_MESSAGE_FACTORY", () => response.message);
    const readStream = responseMessageFactory();
    let succeeded = false;
    try {
      yield pipeline4(readStream, fs.createWriteStream(dest));
      (0, import_part_F73BQMT4.debug)("download complete");
      succeeded = true;
      return dest;
    } finally {
      if (!succeeded) {
        (0, import_part_F73BQMT4.debug)("download failed");
        try {
          yield (0, import_part_F73BQMT4.rmRF)(dest);
        } catch (err) {
          (0, import_part_F73BQMT4.debug)(`Failed to delete '${dest}'. ${err.message}`);
        }
      }
    }
  });
}
(0, import_part_KECMG5SU.__name)(downloadToolAttempt, "downloadToolAttempt");
function cacheDir(sourceDir, tool, version, arch2) {
  return __awaiter3(this, void 0, void 0, function* () {
    version = semver2.clean(version) || version;
    arch2 = arch2 || os.arch();
    (0, import_part_F73BQMT4.debug)(`Caching tool ${tool} ${version} ${arch2}`);
    (0, import_part_F73BQMT4.debug)(`source dir: ${sourceDir}`);
    if (!fs.statSync(sourceDir).isDirectory()) {
      throw new Error("sourceDir is not a directory");
    }
    const destPath = yield _createToolPath(tool, version, arch2);
    for (const itemName of fs.readdirSync(sourceDir)) {
      const s = path.join(sourceDir, itemName);
      yield (0, import_part_F73BQMT4.cp)(s, destPath, { recursive: true });
    }
    _completeToolPath(tool, version, arch2);
    return destPath;
  });
}
(0, import_part_KECMG5SU.__name)(cacheDir, "cacheDir");
function find(toolName, versionSpec, arch2) {
  if (!toolName) {
    throw new Error("toolName parameter is required");
  }
  if (!versionSpec) {
    throw new Error("versionSpec parameter is required");
  }
  arch2 = arch2 || os.arch();
  if (!isExplicitVersion(versionSpec)) {
    const localVersions = findAllVersions(toolName, arch2);
    const match = evaluateVersions(localVersions, versionSpec);
    versionSpec = match;
  }
  let toolPath = "";
  if (versionSpec) {
    versionSpec = semver2.clean(versionSpec) || "";
    const cachePath = path.join(_getCacheDirectory(), toolName, versionSpec, arch2);
    (0, import_part_F73BQMT4.debug)(`checking cache: ${cachePath}`);
    if (fs.existsSync(cachePath) && fs.existsSync(`${cachePath}.complete`)) {
      (0, import_part_F73BQMT4.debug)(`Found tool in cache ${toolName} ${versionSpec} ${arch2}`);
      toolPath = cachePath;
    } else {
      (0, import_part_F73BQMT4.debug)("not found");
    }
  }
  return toolPath;
}
(0, import_part_KECMG5SU.__name)(find, "find");
function findAllVersions(toolName, arch2) {
  const versions = [];
  arch2 = arch2 || os.arch();
  const toolPath = path.join(_getCacheDirectory(), toolName);
  if (fs.existsSync(toolPath)) {
    const children2 = fs.readdirSync(toolPath);
    for (const child of children2) {
      if (isExplicitVersion(child)) {
        const fullPath = path.join(toolPath, child, arch2 || "");
        if (fs.existsSync(fullPath) && fs.existsSync(`${fullPath}.complete`)) {
          versions.push(child);
        }
      }
    }
  }
  return versions;
}
(0, import_part_KECMG5SU.__name)(findAllVersions, "findAllVersions");
function _createToolPath(tool, version, arch2) {
  return __awaiter3(this, void 0, void 0, function* () {
    const folderPath = path.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch2 || "");
    (0, import_part_F73BQMT4.debug)(`destination ${folderPath}`);
    const markerPath = `${folderPath}.complete`;
    yield (0, import_part_F73BQMT4.rmRF)(folderPath);
    yield (0, import_part_F73BQMT4.rmRF)(markerPath);
    yield (0, import_part_F73BQMT4.mkdirP)(folderPath);
    return folderPath;
  });
}
(0, import_part_KECMG5SU.__name)(_createToolPath, "_createToolPath");
function _completeToolPath(tool, version, arch2) {
  const folderPath = path.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch2 || "");
  const markerPath = `${folderPath}.complete`;
  fs.writeFileSync(markerPath, "");
  (0, import_part_F73BQMT4.debug)("finished caching tool");
}
(0, import_part_KECMG5SU.__name)(_completeToolPath, "_completeToolPath");
function isExplicitVersion(versionSpec) {
  const c = semver2.clean(versionSpec) || "";
  (0, import_part_F73BQMT4.debug)(`isExplicit: ${c}`);
  const valid2 = semver2.valid(c) != null;
  (0, import_part_F73BQMT4.debug)(`explicit? ${valid2}`);
  return valid2;
}
(0, import_part_KECMG5SU.__name)(isExplicitVersion, "isExplicitVersion");
function evaluateVersions(versions, versionSpec) {
  let version = "";
  (0, import_part_F73BQMT4.debug)(`evaluating ${versions.length} versions`);
  versions = versions.sort((a, b) => {
    if (semver2.gt(a, b)) {
      return 1;
    }
    return -1;
  });
  for (let i = versions.length - 1; i >= 0; i--) {
    const potential = versions[i];
    const satisfied = semver2.satisfies(potential, versionSpec);
    if (satisfied) {
      version = potential;
      break;
    }
  }
  if (version) {
    (0, import_part_F73BQMT4.debug)(`matched: ${version}`);
  } else {
    (0, import_part_F73BQMT4.debug)("match not found");
  }
  return version;
}
(0, import_part_KECMG5SU.__name)(evaluateVersions, "evaluateVersions");
function _getCacheDirectory() {
  const cacheDirectory = process.env["RUNNER_TOOL_CACHE"] || "";
  (0, import_assert.ok)(cacheDirectory, "Expected RUNNER_TOOL_CACHE to be defined");
  return cacheDirectory;
}
(0, import_part_KECMG5SU.__name)(_getCacheDirectory, "_getCacheDirectory");
function _getTempDirectory() {
  const tempDirectory = process.env["RUNNER_TEMP"] || "";
  (0, import_assert.ok)(tempDirectory, "Expected RUNNER_TEMP to be defined");
  return tempDirectory;
}
(0, import_part_KECMG5SU.__name)(_getTempDirectory, "_getTempDirectory");
function _getGlobal(key, defaultValue) {
  const value = global[key];
  return value !== void 0 ? value : defaultValue;
}
(0, import_part_KECMG5SU.__name)(_getGlobal, "_getGlobal");
function archiveRefusal(options) {
  const subject = options.entry === void 0 ? "" : `entry ${(0, import_part_F73BQMT4.quote)(options.entry)} `;
  return new ToolsError({
    code: "UNSAFE_ARCHIVE",
    message: `${options.asset}: ${subject}${options.reason}; the archive was refused and nothing was installed.`,
    ...options.cause === void 0 ? {} : { cause: options.cause }
  });
}
(0, import_part_KECMG5SU.__name)(archiveRefusal, "archiveRefusal");
async function checkUnpackedTree(options) {
  const { root, asset } = options;
  const pending = [root];
  while (pending.length > 0) {
    const directory = pending.pop();
    for (const name2 of await (0, import_promises7.readdir)(directory)) {
      const path2 = (0, import_node_path6.join)(directory, name2);
      const stats2 = await (0, import_promises7.lstat)(path2);
      const refuse = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((reason) => archiveRefusal({ asset, entry: (0, import_node_path6.relative)(root, path2).split(import_node_path6.sep).join("/"), reason }), "refuse");
      if (stats2.isDirectory()) pending.push(path2);
      else if (!stats2.isFile())
        throw refuse("unpacked to something other than a file or a directory");
      else if (stats2.nlink > 1) throw refuse(`unpacked to a file with ${stats2.nlink} hard links`);
    }
  }
  const realRoot = await (0, import_promises7.realpath)(root);
  const executable = await (0, import_promises7.realpath)((0, import_node_path6.join)(root, options.executable)).catch(() => void 0);
  if (executable === void 0) return;
  const stats = await (0, import_promises7.lstat)(executable);
  if (!executable.startsWith(realRoot + import_node_path6.sep) || !stats.isFile()) {
    throw archiveRefusal({
      asset,
      entry: options.executable,
      reason: "is not a regular file inside the install directory"
    });
  }
}
(0, import_part_KECMG5SU.__name)(checkUnpackedTree, "checkUnpackedTree");
var UNPACK_LIMITS = {
  maxBytes: 1024 ** 3,
  maxEntries: 1e4
};
function describeBytes(bytes2) {
  const units = ["bytes", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes2;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${bytes2} bytes`;
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${shown} ${units[unit]} (${bytes2} bytes)`;
}
(0, import_part_KECMG5SU.__name)(describeBytes, "describeBytes");
var UNPACK_CHUNK_BYTES = 1024 * 1024;
var UnpackBudget = class {
  static {
    (0, import_part_KECMG5SU.__name)(this, "UnpackBudget");
  }
  #asset;
  #limits;
  #entries = 0;
  #bytes = 0;
  constructor(options) {
    this.#asset = options.asset;
    this.#limits = options.limits;
  }
  /** Counts one more entry (refusing the archive past maxEntries). */
  countEntry() {
    this.#entries++;
    if (this.#entries > this.#limits.maxEntries) {
      throw archiveRefusal({
        asset: this.#asset,
        reason: `holds more than ${this.#limits.maxEntries} entries, the limit for a release archive`
      });
    }
  }
  /** Reserves a file's declared size (refusing the archive past maxBytes). */
  reserve(options) {
    const { entry } = options;
    this.#bytes += entry.size;
    if (this.#bytes > this.#limits.maxBytes) {
      throw archiveRefusal({
        asset: this.#asset,
        entry: entry.name,
        reason: `would unpack the archive beyond ${describeBytes(this.#limits.maxBytes)}, the limit for a release archive (it declares ${describeBytes(entry.size)})`
      });
    }
  }
  /** The entries counted and the bytes reserved so far. */
  get used() {
    return { entries: this.#entries, bytes: this.#bytes };
  }
};
var CONFLICTS = /* @__PURE__ */ new Set(["EEXIST", "ENOTDIR", "EISDIR"]);
var StagingWriter = class {
  static {
    (0, import_part_KECMG5SU.__name)(this, "StagingWriter");
  }
  #asset;
  #root;
  constructor(options) {
    this.#asset = options.asset;
    this.#root = options.root;
  }
  async directory(options) {
    const { admitted } = options;
    if (admitted.path === "") return;
    await this.#guard({
      admitted,
      write: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(() => (0, import_promises8.mkdir)((0, import_node_path7.join)(this.#root, admitted.path), { recursive: true, mode: 493 }), "write")
    });
  }
  /**
   * Writes a file from `chunks`, refusing the archive as soon as they exceed the size its entry
   * declares, or when they end short of it.
   */
  async file(options) {
    const { admitted } = options;
    const { entry } = admitted;
    const path2 = (0, import_node_path7.join)(this.#root, admitted.path);
    await this.#guard({
      admitted,
      write: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(() => (0, import_promises8.mkdir)((0, import_node_path7.dirname)(path2), { recursive: true, mode: 493 }), "write")
    });
    const handle = await this.#guard({
      admitted,
      write: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)(() => (0, import_promises8.open)(path2, "wx", entry.executable ? 493 : 420), "write")
    });
    let written = 0;
    try {
      for await (const chunk of options.chunks) {
        written += chunk.length;
        if (written > entry.size) {
          throw archiveRefusal({
            asset: this.#asset,
            entry: entry.name,
            reason: `unpacks to more than the ${describeBytes(entry.size)} the archive declares for it`
          });
        }
        await handle.write(chunk);
      }
    } finally {
      await handle.close();
    }
    if (written !== entry.size) {
      throw archiveRefusal({
        asset: this.#asset,
        entry: entry.name,
        reason: `unpacks to ${describeBytes(written)}, not the ${describeBytes(entry.size)} the archive declares for it`
      });
    }
  }
  async #guard(options) {
    const { admitted, write } = options;
    try {
      return await write();
    } catch (cause) {
      const code = cause.code;
      if (code === void 0 || !CONFLICTS.has(code)) throw cause;
      throw archiveRefusal({
        asset: this.#asset,
        entry: admitted.entry.name,
        reason: "is written where an earlier entry already is (a name given twice, or a file and a directory of the same name)",
        cause
      });
    }
  }
};
var REFUSED_KINDS = {
  symlink: "is a symbolic link",
  hardlink: "is a hard link",
  fifo: "is a FIFO (named pipe)",
  "character-device": "is a character device",
  "block-device": "is a block device",
  socket: "is a socket",
  unsupported: "has an entry type this installer does not unpack"
};
var NOT_PORTABLE = /[\u0000-\u001f\u007f-\u009f\\:*?"<>|]/u;
function admitEntry(options) {
  const { asset, entry } = options;
  const refuse = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((reason) => archiveRefusal({ asset, entry: entry.name, reason }), "refuse");
  if (entry.kind !== "file" && entry.kind !== "directory") {
    const target = entry.linkTarget === void 0 ? "" : ` to ${(0, import_part_F73BQMT4.quote)(entry.linkTarget)}`;
    const type = entry.typeLabel === void 0 ? "" : ` (${(0, import_part_F73BQMT4.quote)(entry.typeLabel)})`;
    throw refuse(
      `${REFUSED_KINDS[entry.kind]}${target}${type}: release archives may hold only regular files and directories`
    );
  }
  if (entry.name.startsWith("/")) {
    throw refuse("has an absolute name: it would be written outside the install directory");
  }
  const segments = entry.name.split("/").filter((segment) => segment !== "" && segment !== ".");
  if (segments.includes("..")) {
    throw refuse('would be written outside the install directory (its name holds "..")');
  }
  if (NOT_PORTABLE.test(entry.name)) {
    throw refuse(
      'has a name that is not a portable file name (it holds a control character or one of \\ : * ? " < > |)'
    );
  }
  const path2 = segments.join("/");
  if (path2 === "" && entry.kind === "file") throw refuse("is a file without a name");
  return { entry, path: path2 };
}
(0, import_part_KECMG5SU.__name)(admitEntry, "admitEntry");
var ByteReader = class {
  static {
    (0, import_part_KECMG5SU.__name)(this, "ByteReader");
  }
  #chunks;
  #readError;
  #pending = Buffer.alloc(0);
  #ended = false;
  constructor(options) {
    this.#chunks = options.chunks[Symbol.asyncIterator]();
    this.#readError = options.readError;
  }
  /** The next `length` bytes; fewer only when the stream ends first. */
  async read(options) {
    const parts = [];
    for await (const chunk of this.take(options)) parts.push(chunk);
    return Buffer.concat(parts);
  }
  /** The next `length` bytes as they arrive, without holding them all; fewer if the stream ends. */
  async *take(options) {
    let left = options.length;
    while (left > 0) {
      if (this.#pending.length === 0 && !await this.#fill()) return;
      const chunk = this.#pending.subarray(0, left);
      this.#pending = this.#pending.subarray(chunk.length);
      left -= chunk.length;
      yield chunk;
    }
  }
  async #fill() {
    if (this.#ended) return false;
    let next;
    try {
      next = await this.#chunks.next();
    } catch (cause) {
      throw this.#readError(cause);
    }
    if (next.done === true) {
      this.#ended = true;
      return false;
    }
    this.#pending = next.value;
    return true;
  }
};
var BLOCK = 512;
var KINDS2 = {
  "0": "file",
  "\0": "file",
  "7": "file",
  "5": "directory",
  "1": "hardlink",
  "2": "symlink",
  "3": "character-device",
  "4": "block-device",
  "6": "fifo"
};
function kindOf(type) {
  return KINDS2[type] ?? "unsupported";
}
(0, import_part_KECMG5SU.__name)(kindOf, "kindOf");
function text(options) {
  const { block, start, length } = options;
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString("utf8");
}
(0, import_part_KECMG5SU.__name)(text, "text");
function numeric(options) {
  const { block, start, length } = options;
  const field = block.subarray(start, start + length);
  if (field[0] === 128) {
    let value = 0;
    for (const byte of field.subarray(1)) value = value * 256 + byte;
    return Number.isSafeInteger(value) ? value : void 0;
  }
  const digits = field.toString("latin1").replace(/[\0 ]+$/u, "").replace(/^ +/u, "");
  if (!/^[0-7]*$/u.test(digits)) return void 0;
  return digits === "" ? 0 : parseInt(digits, 8);
}
(0, import_part_KECMG5SU.__name)(numeric, "numeric");
function checksumMatches(block) {
  const stored = numeric({ block, start: 148, length: 8 });
  let unsigned = 0;
  let signed = 0;
  for (let index = 0; index < BLOCK; index++) {
    const byte = index >= 148 && index < 156 ? 32 : block[index];
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  return stored === unsigned || stored === signed;
}
(0, import_part_KECMG5SU.__name)(checksumMatches, "checksumMatches");
function parseTarHeader(block) {
  if (!checksumMatches(block)) return { invalid: "a header block whose checksum does not match" };
  const size = numeric({ block, start: 124, length: 12 });
  const mode = numeric({ block, start: 100, length: 8 });
  if (size === void 0 || mode === void 0) {
    return { invalid: "a header block with a malformed size or mode" };
  }
  const name2 = text({ block, start: 0, length: 100 });
  const posix2 = block.toString("latin1", 257, 263) === "ustar\0";
  const prefix = posix2 ? text({ block, start: 345, length: 155 }) : "";
  return {
    name: prefix === "" ? name2 : `${prefix}/${name2}`,
    type: String.fromCharCode(block[156]),
    size,
    mode,
    linkName: text({ block, start: 157, length: 100 })
  };
}
(0, import_part_KECMG5SU.__name)(parseTarHeader, "parseTarHeader");
function parsePaxRecords(data) {
  const records = {};
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(32, offset);
    if (space === -1) break;
    const length = parseInt(data.toString("latin1", offset, space), 10);
    if (!Number.isSafeInteger(length) || length <= space - offset) break;
    const record = data.toString("utf8", space + 1, offset + length - 1);
    const equals = record.indexOf("=");
    const key = record.slice(0, equals);
    const value = record.slice(equals + 1);
    if (key === "path") records.path = value;
    else if (key === "linkpath") records.linkpath = value;
    else if (key === "size" && /^\d+$/u.test(value)) records.size = Number(value);
    offset += length;
  }
  return records;
}
(0, import_part_KECMG5SU.__name)(parsePaxRecords, "parsePaxRecords");
var MAX_META_BYTES = 64 * 1024;
async function unpackTarGz(options) {
  const { asset, writer, budget } = options;
  const gunzip = (0, import_node_stream.pipeline)(
    (0, import_node_fs2.createReadStream)(options.path, { highWaterMark: UNPACK_CHUNK_BYTES }),
    (0, import_node_zlib.createGunzip)({ chunkSize: UNPACK_CHUNK_BYTES }),
    () => void 0
  );
  const reader = new ByteReader({
    chunks: gunzip,
    readError: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((cause) => archiveRefusal({
      asset,
      reason: `is not a valid gzip stream (${cause.message})`,
      cause
    }), "readError")
  });
  const truncated = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((entry) => archiveRefusal({ asset, ...entry === void 0 ? {} : { entry }, reason: "is truncated" }), "truncated");
  try {
    let overrides = {};
    for (; ; ) {
      const block = await reader.read({ length: BLOCK });
      if (block.length === 0 && budget.used.entries === 0) {
        throw archiveRefusal({ asset, reason: "is empty" });
      }
      if (block.length < BLOCK) throw truncated();
      if (block.every((byte) => byte === 0)) return;
      const header = parseTarHeader(block);
      if ("invalid" in header) {
        throw archiveRefusal({
          asset,
          reason: `is not a valid tar archive: it holds ${header.invalid}`
        });
      }
      budget.countEntry();
      const padding = (BLOCK - header.size % BLOCK) % BLOCK;
      if (header.type === "x" || header.type === "g" || header.type === "L" || header.type === "K") {
        if (header.size > MAX_META_BYTES) {
          throw archiveRefusal({
            asset,
            reason: `holds an extended header of ${header.size} bytes, more than the ${MAX_META_BYTES} read`
          });
        }
        const data = await reader.read({ length: header.size + padding });
        if (data.length < header.size + padding) throw truncated();
        const content = data.subarray(0, header.size);
        if (header.type === "x") overrides = { ...overrides, ...parsePaxRecords(content) };
        else if (header.type === "L") overrides.path = nulTerminated(content);
        else if (header.type === "K") overrides.linkpath = nulTerminated(content);
        continue;
      }
      const size = overrides.size ?? header.size;
      const name2 = overrides.path ?? header.name;
      const kind = kindOf(header.type) === "file" && name2.endsWith("/") ? "directory" : kindOf(header.type);
      const entry = {
        name: name2,
        kind,
        size,
        executable: (header.mode & 73) !== 0,
        ...header.type === "1" || header.type === "2" ? { linkTarget: overrides.linkpath ?? header.linkName } : {},
        ...kind === "unsupported" ? { typeLabel: header.type } : {}
      };
      overrides = {};
      const admitted = admitEntry({ asset, entry });
      const contentPadding = (BLOCK - size % BLOCK) % BLOCK;
      budget.reserve({ entry });
      if (entry.kind === "file") {
        await writer.file({ admitted, chunks: reader.take({ length: size }) });
      } else {
        await writer.directory({ admitted });
        let skipped = 0;
        for await (const chunk of reader.take({ length: size })) skipped += chunk.length;
        if (skipped < size) throw truncated(entry.name);
      }
      if ((await reader.read({ length: contentPadding })).length < contentPadding) {
        throw truncated(entry.name);
      }
    }
  } finally {
    gunzip.destroy();
  }
}
(0, import_part_KECMG5SU.__name)(unpackTarGz, "unpackTarGz");
function nulTerminated(data) {
  const end = data.indexOf(0);
  return data.toString("utf8", 0, end === -1 ? data.length : end);
}
(0, import_part_KECMG5SU.__name)(nulTerminated, "nulTerminated");
var END_OF_DIRECTORY = 101010256;
var ZIP64_LOCATOR = 117853008;
var ZIP64_END = 101075792;
var CENTRAL_RECORD = 33639248;
var MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;
var UNIX_HOSTS = /* @__PURE__ */ new Set([3, 19]);
var UNIX_KINDS = {
  32768: "file",
  16384: "directory",
  40960: "symlink",
  4096: "fifo",
  8192: "character-device",
  24576: "block-device",
  49152: "socket"
};
async function readAt(options) {
  const buffer = Buffer.alloc(options.length);
  const { bytesRead } = await options.handle.read(buffer, 0, options.length, options.position);
  return buffer.subarray(0, bytesRead);
}
(0, import_part_KECMG5SU.__name)(readAt, "readAt");
async function readZipDirectory(options) {
  const { handle, asset } = options;
  const invalid2 = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((reason) => archiveRefusal({ asset, reason: `is not a valid zip archive: ${reason}` }), "invalid");
  const { size } = await handle.stat();
  const tailLength = Math.min(size, 22 + 65535);
  const tail = await readAt({ handle, position: size - tailLength, length: tailLength });
  let end = -1;
  for (let index = tail.length - 22; index >= 0; index--) {
    if (tail.readUInt32LE(index) === END_OF_DIRECTORY) {
      end = index;
      break;
    }
  }
  if (end === -1) throw invalid2("it has no end-of-central-directory record");
  let count = tail.readUInt16LE(end + 10);
  let directorySize = tail.readUInt32LE(end + 12);
  let directoryOffset = tail.readUInt32LE(end + 16);
  if (tail.readUInt16LE(end + 4) !== 0 || tail.readUInt16LE(end + 6) !== 0) {
    throw invalid2("it spans several disks");
  }
  if (count === 65535 || directorySize === 4294967295 || directoryOffset === 4294967295) {
    const locator = end - 20;
    if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR) {
      throw invalid2("its ZIP64 end-of-central-directory locator is missing");
    }
    const zip64 = await readAt({
      handle,
      position: Number(tail.readBigUInt64LE(locator + 8)),
      length: 56
    });
    if (zip64.length < 56 || zip64.readUInt32LE(0) !== ZIP64_END) {
      throw invalid2("its ZIP64 end-of-central-directory record is missing");
    }
    count = Number(zip64.readBigUInt64LE(32));
    directorySize = Number(zip64.readBigUInt64LE(40));
    directoryOffset = Number(zip64.readBigUInt64LE(48));
  }
  if (count > options.maxEntries) {
    throw archiveRefusal({
      asset,
      reason: `holds ${count} entries, more than the ${options.maxEntries} allowed for a release archive`
    });
  }
  if (directorySize > MAX_DIRECTORY_BYTES || directoryOffset + directorySize > size) {
    throw invalid2("its central directory is larger than the file");
  }
  const directory = await readAt({ handle, position: directoryOffset, length: directorySize });
  const records = [];
  let offset = 0;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > directory.length || directory.readUInt32LE(offset) !== CENTRAL_RECORD) {
      throw invalid2("its central directory is malformed");
    }
    const nameLength = directory.readUInt16LE(offset + 28);
    const extraLength = directory.readUInt16LE(offset + 30);
    const commentLength = directory.readUInt16LE(offset + 32);
    const next = offset + 46 + nameLength + extraLength + commentLength;
    if (next > directory.length) throw invalid2("its central directory is malformed");
    const name2 = directory.toString("utf8", offset + 46, offset + 46 + nameLength);
    const sizes = {
      uncompressed: directory.readUInt32LE(offset + 24),
      compressed: directory.readUInt32LE(offset + 20),
      localOffset: directory.readUInt32LE(offset + 42)
    };
    applyZip64Extra({
      sizes,
      extra: directory.subarray(offset + 46 + nameLength, offset + 46 + nameLength + extraLength)
    });
    const host = directory.readUInt16LE(offset + 4) >> 8;
    const unixMode = directory.readUInt32LE(offset + 38) >>> 16;
    const unixKind = UNIX_HOSTS.has(host) ? UNIX_KINDS[unixMode & 61440] : void 0;
    const kind = unixKind !== void 0 && unixKind !== "file" && unixKind !== "directory" ? unixKind : name2.endsWith("/") ? "directory" : "file";
    records.push({
      entry: {
        name: name2,
        kind,
        size: sizes.uncompressed,
        executable: unixKind === "file" && (unixMode & 73) !== 0
      },
      method: directory.readUInt16LE(offset + 10),
      flags: directory.readUInt16LE(offset + 8),
      crc32: directory.readUInt32LE(offset + 16),
      compressedSize: sizes.compressed,
      localOffset: sizes.localOffset
    });
    offset = next;
  }
  return records;
}
(0, import_part_KECMG5SU.__name)(readZipDirectory, "readZipDirectory");
function applyZip64Extra(options) {
  const { sizes, extra } = options;
  let offset = 0;
  while (offset + 4 <= extra.length) {
    const id = extra.readUInt16LE(offset);
    const length = extra.readUInt16LE(offset + 2);
    if (id === 1) {
      let field = offset + 4;
      for (const key of ["uncompressed", "compressed", "localOffset"]) {
        if (sizes[key] !== 4294967295 || field + 8 > offset + 4 + length) continue;
        sizes[key] = Number(extra.readBigUInt64LE(field));
        field += 8;
      }
      return;
    }
    offset += 4 + length;
  }
}
(0, import_part_KECMG5SU.__name)(applyZip64Extra, "applyZip64Extra");
var LOCAL_HEADER = 67324752;
async function unpackZip(options) {
  const { asset, budget } = options;
  const handle = await (0, import_promises9.open)(options.path, "r");
  try {
    const records = await readZipDirectory({ handle, asset, maxEntries: options.maxEntries });
    const admitted = records.map((record) => {
      budget.countEntry();
      const entry = admitEntry({ asset, entry: record.entry });
      if (record.entry.kind === "file") budget.reserve({ entry: record.entry });
      return { record, admitted: entry };
    });
    for (const { record, admitted: entry } of admitted) {
      if (entry.entry.kind === "directory") await options.writer.directory({ admitted: entry });
      else
        await writeZipFile({
          handle,
          path: options.path,
          asset,
          record,
          admitted: entry,
          writer: options.writer
        });
    }
  } finally {
    await handle.close();
  }
}
(0, import_part_KECMG5SU.__name)(unpackZip, "unpackZip");
async function writeZipFile(options) {
  const { record, asset } = options;
  const refuse = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((reason, cause) => archiveRefusal({
    asset,
    entry: record.entry.name,
    reason,
    ...cause === void 0 ? {} : { cause }
  }), "refuse");
  if ((record.flags & 1) !== 0) throw refuse("is encrypted");
  if (record.method !== 0 && record.method !== 8) {
    throw refuse(
      `is compressed with method ${record.method}; only stored and deflated entries are unpacked`
    );
  }
  const local = Buffer.alloc(30);
  const { bytesRead } = await options.handle.read(local, 0, 30, record.localOffset);
  if (bytesRead < 30 || local.readUInt32LE(0) !== LOCAL_HEADER)
    throw refuse("has no local header where the central directory says");
  const start = record.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const data = record.compressedSize === 0 ? import_node_stream3.Readable.from([]) : (0, import_node_fs3.createReadStream)(options.path, {
    start,
    end: start + record.compressedSize - 1,
    highWaterMark: UNPACK_CHUNK_BYTES
  });
  const content = record.method === 8 ? (0, import_node_stream2.pipeline)(data, (0, import_node_zlib2.createInflateRaw)({ chunkSize: UNPACK_CHUNK_BYTES }), () => void 0) : data;
  let crc = 0;
  async function* checked() {
    try {
      for await (const chunk of content) {
        crc = (0, import_node_zlib2.crc32)(chunk, crc);
        yield chunk;
      }
    } catch (cause) {
      throw refuse(`holds corrupt compressed data (${cause.message})`, cause);
    }
  }
  (0, import_part_KECMG5SU.__name)(checked, "checked");
  try {
    await options.writer.file({ admitted: options.admitted, chunks: checked() });
  } finally {
    content.destroy();
  }
  if (crc >>> 0 !== record.crc32 >>> 0) throw refuse("does not match its CRC-32");
}
(0, import_part_KECMG5SU.__name)(writeZipFile, "writeZipFile");
async function unpackArchive(options) {
  const limits = options.limits ?? UNPACK_LIMITS;
  const budget = new UnpackBudget({ asset: options.asset, limits });
  const writer = new StagingWriter({ asset: options.asset, root: options.directory });
  const source = { path: options.path, asset: options.asset, writer, budget };
  if (options.format === "tar.gz") await unpackTarGz(source);
  else await unpackZip({ ...source, maxEntries: limits.maxEntries });
  return budget.used;
}
(0, import_part_KECMG5SU.__name)(unpackArchive, "unpackArchive");
async function stageInstall(options) {
  const { resolved, download: download2 } = options;
  const directory = await (0, import_promises6.mkdtemp)((0, import_node_path5.join)(process.env["RUNNER_TEMP"] ?? ".", "sign-install-"));
  try {
    if (resolved.format === "binary") {
      await (0, import_promises6.copyFile)(download2.path, (0, import_node_path5.join)(directory, resolved.executable));
    } else {
      const unpacked = await unpackArchive({
        path: download2.path,
        asset: resolved.asset,
        format: resolved.format,
        directory,
        ...options.limits === void 0 ? {} : { limits: options.limits }
      });
      options.logger.info(
        `${resolved.tool} ${resolved.version}: unpacked ${unpacked.entries} entries (${unpacked.bytes} bytes) from ${resolved.asset}.`
      );
    }
    await checkUnpackedTree({
      root: directory,
      asset: resolved.asset,
      executable: resolved.executable
    });
    const executable = (0, import_node_path5.join)(directory, resolved.executable);
    await checkExecutable({ path: executable, resolved });
    if (!resolved.platform.startsWith("windows")) await (0, import_promises6.chmod)(executable, 493);
    const receipt = {
      tool: resolved.tool,
      version: resolved.version,
      platform: resolved.platform,
      asset: resolved.asset,
      sha256: download2.sha256,
      verifiedBy: options.verifiedBy,
      executable: resolved.executable
    };
    await writeInstallReceipt({ directory, receipt });
    return { resolved, directory, receipt };
  } catch (error) {
    await (0, import_promises6.rm)(directory, { recursive: true, force: true });
    throw error;
  }
}
(0, import_part_KECMG5SU.__name)(stageInstall, "stageInstall");
async function cacheStagedInstall(options) {
  const { resolved, directory, receipt } = options.staged;
  return { directory: await cacheDir(directory, resolved.tool, resolved.version), receipt };
}
(0, import_part_KECMG5SU.__name)(cacheStagedInstall, "cacheStagedInstall");
function binDirectory(options) {
  return (0, import_node_path5.dirname)((0, import_node_path5.join)(options.directory, options.executable));
}
(0, import_part_KECMG5SU.__name)(binDirectory, "binDirectory");
async function checkExecutable(options) {
  const { resolved } = options;
  const stats = await (0, import_promises6.lstat)(options.path).catch(() => void 0);
  if (stats?.isFile()) return;
  throw new ToolsError({
    code: "INVALID_CATALOG",
    message: `${resolved.asset} holds no regular file ${resolved.executable}: the catalog's "executable" for ${resolved.tool} does not match the release's ${resolved.format === "binary" ? "file" : "archive"}.`
  });
}
(0, import_part_KECMG5SU.__name)(checkExecutable, "checkExecutable");
async function activate(options) {
  const installed = [];
  for (const resolved of options.tools) {
    const { directory, receipt } = options.cached.get(resolved.tool);
    const cacheHit = !options.missing.includes(resolved);
    const report = {
      tool: resolved.tool,
      version: resolved.version,
      sha256: receipt.sha256,
      verifiedBy: receipt.verifiedBy,
      cacheHit
    };
    if (resolved.notationPlugin !== void 0) {
      const path2 = await placeNotationPlugin({
        name: resolved.notationPlugin.name,
        executable: (0, import_node_path.join)(directory, resolved.executable),
        platform: options.platform
      });
      options.logger.info(`${resolved.tool} ${resolved.version}: notation plugin at ${path2}`);
      installed.push({ ...report, path: path2, binDirectory: void 0 });
    } else {
      const bin = binDirectory({ directory, executable: resolved.executable });
      (0, import_part_F73BQMT4.addPath)(bin);
      options.logger.info(`${resolved.tool} ${resolved.version}: ${bin} added to PATH`);
      installed.push({ ...report, path: (0, import_node_path.join)(directory, resolved.executable), binDirectory: bin });
    }
  }
  return installed;
}
(0, import_part_KECMG5SU.__name)(activate, "activate");
async function findCachedInstall(options) {
  const { resolved, logger } = options;
  if (!isExplicitVersion(resolved.version)) return void 0;
  const directory = find(resolved.tool, resolved.version);
  if (directory === "") return void 0;
  const receipt = await readInstallReceipt({ directory });
  const verdict = judgeCachedInstall({
    receipt,
    resolved,
    allowUnverified: options.allowUnverified
  });
  const unusable = verdict.usable ? await missingExecutable({ directory, executable: receipt.executable }) : verdict.reason;
  if (unusable !== void 0) {
    logger.info(
      `The cached ${resolved.tool} ${resolved.version} in ${directory} is not used: ${unusable}.`
    );
    return void 0;
  }
  logger.info(`${resolved.tool} ${resolved.version}: found in the tool cache at ${directory}.`);
  return { directory, receipt };
}
(0, import_part_KECMG5SU.__name)(findCachedInstall, "findCachedInstall");
async function missingExecutable(options) {
  try {
    const stats = await (0, import_promises10.lstat)((0, import_node_path8.join)(options.directory, options.executable));
    return stats.isFile() ? void 0 : `${options.executable} is not a file`;
  } catch {
    return `${options.executable} is missing`;
  }
}
(0, import_part_KECMG5SU.__name)(missingExecutable, "missingExecutable");
async function lookUpCache(options) {
  const cached2 = /* @__PURE__ */ new Map();
  for (const resolved of options.tools) {
    const found = await findCachedInstall({ ...options, resolved });
    if (found !== void 0) cached2.set(resolved.tool, found);
  }
  return cached2;
}
(0, import_part_KECMG5SU.__name)(lookUpCache, "lookUpCache");
var FIXES = {
  UNKNOWN_TOOL: "with:\n  tools: |\n    cosign\n    notation@1.2.0",
  INVALID_INPUT: "with:\n  tools: |\n    cosign\n    notation@1.2.0",
  CHECKSUM_MISMATCH: "Nothing was installed. If a mirror is set, check that it serves the release's original files; if a catalog file is set, check its checksums.",
  DOWNLOAD_FAILED: "Check that the version exists for this platform and, if a mirror is set, that it serves <mirror>/<owner>/<repo>/releases/download/<tag>/<asset>.",
  UNSUPPORTED_PLATFORM: 'Remove the tool from "tools" for this runner, or run on a supported one.',
  UNSAFE_ARCHIVE: "The archive matched its checksum, so the release itself is at fault: install another version, and check the catalog's pin and the mirror's copy of the release."
};
function stepError(options) {
  const { error } = options;
  if (!(error instanceof ToolsError)) return error;
  const fix = options.fix ?? FIXES[error.code];
  return new import_part_F73BQMT4.ConfigurationError(error.message, {
    cause: error,
    ...fix === void 0 ? {} : { fix }
  });
}
(0, import_part_KECMG5SU.__name)(stepError, "stepError");
async function asStepErrors(fn, fix) {
  try {
    return await fn();
  } catch (error) {
    throw stepError({ error, ...fix === void 0 ? {} : { fix } });
  }
}
(0, import_part_KECMG5SU.__name)(asStepErrors, "asStepErrors");
async function findChecksums(options) {
  const checksums = /* @__PURE__ */ new Map();
  for (const resolved of options.tools) {
    const expected = await asStepErrors(
      () => expectedChecksum({
        resolved,
        allowUnverified: options.allowUnverified,
        ...options.trustedRoot === void 0 ? {} : { trustedRoot: options.trustedRoot }
      }),
      unverifiableFix(resolved)
    );
    options.logger.info(
      expected.sha256 === void 0 ? `${resolved.tool} ${resolved.version}: no checksum to verify ${resolved.asset} against (allow-unverified: true).` : `${resolved.tool} ${resolved.version}: ${resolved.asset} must have SHA-256 ${expected.sha256} (from the ${expected.source === "catalog" ? "catalog" : `signed checksums file ${resolved.checksumsUrl}`}).`
    );
    checksums.set(resolved.tool, expected);
  }
  return checksums;
}
(0, import_part_KECMG5SU.__name)(findChecksums, "findChecksums");
function unverifiableFix(resolved) {
  if (resolved.checksumsBundleUrl !== void 0) {
    return "Nothing was installed. Check that the mirror serves the release's original files, that the version exists, and that the catalog names the identity that signs its checksums files.";
  }
  return [
    "with:",
    `  tools: ${resolved.tool}            # the catalog's default version, or one it pins`,
    "# or pin the version in your own catalog file:",
    "with:",
    "  catalog: .github/tools-catalog.json",
    "# or accept an unverified download:",
    "with:",
    "  allow-unverified: true"
  ].join("\n");
}
(0, import_part_KECMG5SU.__name)(unverifiableFix, "unverifiableFix");
async function downloadVerified(options) {
  const { resolved, expected, logger } = options;
  const path2 = await download(resolved);
  try {
    if (expected.sha256 === void 0) {
      const sha2563 = await sha256File({ path: path2 });
      logger.warning(
        `${resolved.tool} ${resolved.version} is installed WITHOUT a verified checksum (allow-unverified: true): ${resolved.url} has SHA-256 ${sha2563}. Pin it in a catalog file to verify it next time.`
      );
      return { path: path2, sha256: sha2563 };
    }
    const sha2562 = await verifyFileChecksum({
      path: path2,
      sha256: expected.sha256,
      source: `${resolved.tool} ${resolved.version} from ${resolved.url}`
    });
    logger.info(
      `${resolved.tool} ${resolved.version}: SHA-256 ${sha2562} verified (${expected.source}).`
    );
    return { path: path2, sha256: sha2562 };
  } catch (error) {
    await (0, import_promises11.rm)(path2, { force: true });
    throw error;
  }
}
(0, import_part_KECMG5SU.__name)(downloadVerified, "downloadVerified");
async function download(resolved) {
  try {
    return await downloadTool(resolved.url);
  } catch (cause) {
    const status = cause instanceof HTTPError ? cause.httpStatusCode : void 0;
    throw new ToolsError({
      code: "DOWNLOAD_FAILED",
      ...status === void 0 ? {} : { status },
      message: `Cannot download ${resolved.tool} ${resolved.version} from ${resolved.url}: ${status === void 0 ? cause.message : `HTTP ${status}`}.`,
      cause
    });
  }
}
(0, import_part_KECMG5SU.__name)(download, "download");
async function downloadAll(options) {
  const downloads = /* @__PURE__ */ new Map();
  try {
    for (const resolved of options.tools) {
      const expected = options.checksums.get(resolved.tool);
      const download2 = await (0, import_part_F73BQMT4.group)(
        `Download ${resolved.tool} ${resolved.version}`,
        () => asStepErrors(() => downloadVerified({ resolved, expected, logger: options.logger }))
      );
      downloads.set(resolved.tool, download2);
    }
  } catch (error) {
    for (const download2 of downloads.values()) await (0, import_promises11.rm)(download2.path, { force: true });
    throw error;
  }
  return downloads;
}
(0, import_part_KECMG5SU.__name)(downloadAll, "downloadAll");
var VERIFIED_BY = {
  catalog: "SHA-256 pinned in the catalog",
  "checksums-file": "signed checksums file (Sigstore)",
  unverified: "NOT VERIFIED (allow-unverified)"
};
function installSummary(options) {
  return new import_part_F73BQMT4.JobSummary().heading("Installed tools").table({
    header: ["Tool", "Version", "Verified by", "SHA-256", "From", "Path"],
    rows: options.tools.map((tool) => [
      tool.tool,
      tool.version,
      VERIFIED_BY[tool.verifiedBy],
      tool.sha256,
      tool.cacheHit ? "tool cache" : "download",
      tool.path
    ])
  });
}
(0, import_part_KECMG5SU.__name)(installSummary, "installSummary");
async function writeOutputs(options) {
  const outputs = {
    tools: options.tools.map((tool) => ({
      tool: tool.tool,
      version: tool.version,
      path: tool.path,
      sha256: tool.sha256,
      "verified-by": tool.verifiedBy,
      "cache-hit": tool.cacheHit
    }))
  };
  for (const tool of options.tools) {
    outputs[`${tool.tool}-version`] = tool.version;
    outputs[`${tool.tool}-path`] = tool.path;
  }
  (0, import_part_F73BQMT4.setOutputs)(outputs);
  if (options.showSummary) await (0, import_part_F73BQMT4.writeSummary)(installSummary({ tools: options.tools }));
}
(0, import_part_KECMG5SU.__name)(writeOutputs, "writeOutputs");
async function loadCatalog(options) {
  if (options.path === void 0) return builtinCatalog();
  let text2;
  try {
    text2 = await (0, import_promises12.readFile)(options.path, "utf8");
  } catch (cause) {
    throw new import_part_F73BQMT4.ConfigurationError(
      `Input 'catalog' names ${options.path}, which cannot be read (${cause.code ?? cause.message}). Write the path of a catalog file in the workspace, or leave it out for the built-in catalog:`,
      { cause, fix: "with:\n  catalog: .github/tools-catalog.json" }
    );
  }
  try {
    return parseCatalog({ json: text2, source: options.path });
  } catch (cause) {
    if (!(cause instanceof ToolsError)) throw cause;
    throw new import_part_F73BQMT4.ConfigurationError(
      `Input 'catalog': ${cause.message} The file must follow the schema of packages/tools/catalog.json; fix it, or leave the input out for the built-in catalog:`,
      { cause, fix: "with:\n  catalog: .github/tools-catalog.json" }
    );
  }
}
(0, import_part_KECMG5SU.__name)(loadCatalog, "loadCatalog");
var MIRROR_FIX = "with:\n  mirror: https://mirror.example.com/github";
async function planInstall(options) {
  const { inputs } = options;
  const catalog = await loadCatalog({ path: inputs.catalog });
  const trustedRoot = await readTrustedRoot({ path: inputs.trustedRoot });
  const requests = await asStepErrors(
    () => parseToolRequests({ lines: inputs.tools, tools: Object.keys(catalog.tools) })
  );
  const platform = await asStepErrors(
    () => platformOf({ platform: process.platform, arch: process.arch })
  );
  const mirror = inputs.mirror;
  if (mirror !== void 0) checkMirror({ mirror });
  const tools = await asStepErrors(
    () => requests.map(
      (request) => resolveAsset({
        catalog,
        tool: request.tool,
        ...request.version === void 0 ? {} : { version: request.version },
        platform,
        ...mirror === void 0 ? {} : { mirror }
      })
    )
  );
  return { platform, tools, trustedRoot };
}
(0, import_part_KECMG5SU.__name)(planInstall, "planInstall");
function checkMirror(options) {
  try {
    releaseBase({ mirror: options.mirror });
  } catch (cause) {
    if (!(cause instanceof ToolsError)) throw cause;
    throw new import_part_F73BQMT4.ConfigurationError(`Input 'mirror': ${cause.message}`, { cause, fix: MIRROR_FIX });
  }
}
(0, import_part_KECMG5SU.__name)(checkMirror, "checkMirror");
async function readTrustedRoot(options) {
  if (options.path === void 0) return void 0;
  try {
    return await loadTrustedRoot({ path: options.path });
  } catch (cause) {
    if (!(cause instanceof SigstoreError)) throw cause;
    throw new import_part_F73BQMT4.ConfigurationError(
      `Input 'trusted-root': ${cause.message}. Write the path of a Sigstore trusted_root.json, or leave it out for the public-good root:`,
      { cause, fix: "with:\n  trusted-root: .github/sigstore/trusted_root.json" }
    );
  }
}
(0, import_part_KECMG5SU.__name)(readTrustedRoot, "readTrustedRoot");
async function run(inputs) {
  const logger = (0, import_part_F73BQMT4.actionsLogger)();
  const plan = await (0, import_part_F73BQMT4.group)("Validate the inputs", async () => {
    const plan2 = await planInstall({ inputs });
    for (const tool of plan2.tools) logger.info(`${tool.tool} ${tool.version}: ${tool.url}`);
    return plan2;
  });
  const cached2 = await (0, import_part_F73BQMT4.group)(
    "Look up the tool cache",
    () => lookUpCache({ tools: plan.tools, allowUnverified: inputs.allowUnverified, logger })
  );
  const missing = plan.tools.filter((resolved) => !cached2.has(resolved.tool));
  const checksums = await (0, import_part_F73BQMT4.group)(
    "Find the checksums to verify against",
    () => findChecksums({
      tools: missing,
      allowUnverified: inputs.allowUnverified,
      trustedRoot: plan.trustedRoot,
      logger
    })
  );
  const downloads = await downloadAll({ tools: missing, checksums, logger });
  const staged = [];
  try {
    for (const resolved of missing) {
      const download2 = downloads.get(resolved.tool);
      const verifiedBy = checksums.get(resolved.tool).source;
      staged.push(
        await (0, import_part_F73BQMT4.group)(
          `Unpack ${resolved.tool} ${resolved.version}`,
          () => asStepErrors(() => stageInstall({ resolved, download: download2, verifiedBy, logger }))
        )
      );
    }
    await (0, import_part_F73BQMT4.group)("Add the tools to the tool cache", async () => {
      for (const install of staged) {
        cached2.set(install.resolved.tool, await cacheStagedInstall({ staged: install }));
      }
    });
  } finally {
    for (const install of staged) await (0, import_promises.rm)(install.directory, { recursive: true, force: true });
    for (const download2 of downloads.values()) await (0, import_promises.rm)(download2.path, { force: true });
  }
  const tools = await (0, import_part_F73BQMT4.group)(
    "Add the tools to PATH",
    () => activate({ tools: plan.tools, cached: cached2, missing, platform: plan.platform, logger })
  );
  await (0, import_part_F73BQMT4.group)("Set the outputs", () => writeOutputs({ tools, showSummary: inputs.showSummary }));
}
(0, import_part_KECMG5SU.__name)(run, "run");
