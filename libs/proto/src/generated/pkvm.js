/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean, $Array = $util.global.Array;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.pkvm = (function() {

    /**
     * Namespace pkvm.
     * @exports pkvm
     * @namespace
     */
    var pkvm = {};

    pkvm.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof pkvm
         * @namespace
         */
        var v1 = {};

        v1.BootCoordinatorService = (function() {

            /**
             * Constructs a new BootCoordinatorService service.
             * @memberof pkvm.v1
             * @classdesc Represents a BootCoordinatorService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            var BootCoordinatorService = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(BootCoordinatorService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: BootCoordinatorService, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new BootCoordinatorService service using the specified rpc implementation.
             * @function create
             * @memberof pkvm.v1.BootCoordinatorService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {BootCoordinatorService} RPC service. Useful where requests and/or responses are streamed.
             */
            BootCoordinatorService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link pkvm.v1.BootCoordinatorService#ping}.
             * @memberof pkvm.v1.BootCoordinatorService
             * @typedef PingCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.PingResponse} [response] PingResponse
             */

            /**
             * Calls Ping.
             * @memberof pkvm.v1.BootCoordinatorService
             * @typedef Ping
             * @type {{
             *   (request: pkvm.v1.IPingRequest, callback: pkvm.v1.BootCoordinatorService.PingCallback): void;
             *   (request: pkvm.v1.IPingRequest): Promise<pkvm.v1.PingResponse>;
             *   readonly name: "Ping";
             *   readonly path: "/pkvm.v1.BootCoordinatorService/Ping";
             *   readonly requestType: "PingRequest";
             *   readonly responseType: "PingResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Ping.
             * @name pkvm.v1.BootCoordinatorService#ping
             * @type {pkvm.v1.BootCoordinatorService.Ping}
             */
            $Object.defineProperties(BootCoordinatorService.prototype.ping = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, BootCoordinatorService.prototype.ping, $root.pkvm.v1.PingRequest, $root.pkvm.v1.PingResponse, request, callback);
            }, {
                name: { value: "Ping" },
                path: { value: "/pkvm.v1.BootCoordinatorService/Ping" },
                requestType: { value: "PingRequest" },
                responseType: { value: "PingResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link pkvm.v1.BootCoordinatorService#health}.
             * @memberof pkvm.v1.BootCoordinatorService
             * @typedef HealthCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.HealthResponse} [response] HealthResponse
             */

            /**
             * Calls Health.
             * @memberof pkvm.v1.BootCoordinatorService
             * @typedef Health
             * @type {{
             *   (request: pkvm.v1.IHealthRequest, callback: pkvm.v1.BootCoordinatorService.HealthCallback): void;
             *   (request: pkvm.v1.IHealthRequest): Promise<pkvm.v1.HealthResponse>;
             *   readonly name: "Health";
             *   readonly path: "/pkvm.v1.BootCoordinatorService/Health";
             *   readonly requestType: "HealthRequest";
             *   readonly responseType: "HealthResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Health.
             * @name pkvm.v1.BootCoordinatorService#health
             * @type {pkvm.v1.BootCoordinatorService.Health}
             */
            $Object.defineProperties(BootCoordinatorService.prototype.health = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, BootCoordinatorService.prototype.health, $root.pkvm.v1.HealthRequest, $root.pkvm.v1.HealthResponse, request, callback);
            }, {
                name: { value: "Health" },
                path: { value: "/pkvm.v1.BootCoordinatorService/Health" },
                requestType: { value: "HealthRequest" },
                responseType: { value: "HealthResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return BootCoordinatorService;
        })();

        v1.PingRequest = (function() {

            /**
             * Properties of a PingRequest.
             * @typedef {Object} pkvm.v1.PingRequest.$Properties
             * @property {string|null} [nonce] PingRequest nonce
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PingRequest.
             * @memberof pkvm.v1
             * @interface IPingRequest
             * @augments pkvm.v1.PingRequest.$Properties
             * @deprecated Use pkvm.v1.PingRequest.$Properties instead.
             */

            /**
             * Shape of a PingRequest.
             * @typedef {pkvm.v1.PingRequest.$Properties} pkvm.v1.PingRequest.$Shape
             */

            /**
             * Constructs a new PingRequest.
             * @memberof pkvm.v1
             * @classdesc Represents a PingRequest.
             * @constructor
             * @param {pkvm.v1.PingRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PingRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PingRequest nonce.
             * @member {string} nonce
             * @memberof pkvm.v1.PingRequest
             * @instance
             */
            PingRequest.prototype.nonce = "";

            /**
             * Creates a new PingRequest instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.PingRequest
             * @static
             * @param {pkvm.v1.PingRequest.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.PingRequest} PingRequest instance
             * @type {{
             *   (properties: pkvm.v1.PingRequest.$Shape): pkvm.v1.PingRequest & pkvm.v1.PingRequest.$Shape;
             *   (properties?: pkvm.v1.PingRequest.$Properties): pkvm.v1.PingRequest;
             * }}
             */
            PingRequest.create = function(properties) {
                return new PingRequest(properties);
            };

            /**
             * Encodes the specified PingRequest message. Does not implicitly {@link pkvm.v1.PingRequest.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.PingRequest
             * @static
             * @param {pkvm.v1.PingRequest.$Properties} m PingRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce") && m.nonce !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.nonce);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PingRequest message, length delimited. Does not implicitly {@link pkvm.v1.PingRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.PingRequest
             * @static
             * @param {pkvm.v1.PingRequest.$Properties} message PingRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PingRequest message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.PingRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.PingRequest & pkvm.v1.PingRequest.$Shape} PingRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.pkvm.v1.PingRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nonce = v;
                            else
                                delete m.nonce;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a PingRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.PingRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.PingRequest & pkvm.v1.PingRequest.$Shape} PingRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PingRequest message.
             * @function verify
             * @memberof pkvm.v1.PingRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PingRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                    if (!$util.isString(m.nonce))
                        return "nonce: string expected";
                }
                return null;
            };

            /**
             * Creates a PingRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.PingRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.PingRequest} PingRequest
             */
            PingRequest.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.PingRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.PingRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.PingRequest();
                if (d.nonce != null) {
                    if (typeof d.nonce !== "string" || d.nonce.length) {
                        m.nonce = $String(d.nonce);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PingRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.PingRequest
             * @static
             * @param {pkvm.v1.PingRequest} m PingRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PingRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.nonce = "";
                }
                if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                    d.nonce = m.nonce;
                }
                return d;
            };

            /**
             * Converts this PingRequest to JSON.
             * @function toJSON
             * @memberof pkvm.v1.PingRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PingRequest.prototype.toJSON = function() {
                return PingRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PingRequest
             * @function getTypeUrl
             * @memberof pkvm.v1.PingRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PingRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.PingRequest";
            };

            return PingRequest;
        })();

        v1.PingResponse = (function() {

            /**
             * Properties of a PingResponse.
             * @typedef {Object} pkvm.v1.PingResponse.$Properties
             * @property {string|null} [nonce] PingResponse nonce
             * @property {string|null} [service] PingResponse service
             * @property {string|null} [instanceId] PingResponse instanceId
             * @property {number|null} [timeMs] PingResponse timeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PingResponse.
             * @memberof pkvm.v1
             * @interface IPingResponse
             * @augments pkvm.v1.PingResponse.$Properties
             * @deprecated Use pkvm.v1.PingResponse.$Properties instead.
             */

            /**
             * Shape of a PingResponse.
             * @typedef {pkvm.v1.PingResponse.$Properties} pkvm.v1.PingResponse.$Shape
             */

            /**
             * Constructs a new PingResponse.
             * @memberof pkvm.v1
             * @classdesc Represents a PingResponse.
             * @constructor
             * @param {pkvm.v1.PingResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PingResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PingResponse nonce.
             * @member {string} nonce
             * @memberof pkvm.v1.PingResponse
             * @instance
             */
            PingResponse.prototype.nonce = "";

            /**
             * PingResponse service.
             * @member {string} service
             * @memberof pkvm.v1.PingResponse
             * @instance
             */
            PingResponse.prototype.service = "";

            /**
             * PingResponse instanceId.
             * @member {string} instanceId
             * @memberof pkvm.v1.PingResponse
             * @instance
             */
            PingResponse.prototype.instanceId = "";

            /**
             * PingResponse timeMs.
             * @member {number} timeMs
             * @memberof pkvm.v1.PingResponse
             * @instance
             */
            PingResponse.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new PingResponse instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.PingResponse
             * @static
             * @param {pkvm.v1.PingResponse.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.PingResponse} PingResponse instance
             * @type {{
             *   (properties: pkvm.v1.PingResponse.$Shape): pkvm.v1.PingResponse & pkvm.v1.PingResponse.$Shape;
             *   (properties?: pkvm.v1.PingResponse.$Properties): pkvm.v1.PingResponse;
             * }}
             */
            PingResponse.create = function(properties) {
                return new PingResponse(properties);
            };

            /**
             * Encodes the specified PingResponse message. Does not implicitly {@link pkvm.v1.PingResponse.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.PingResponse
             * @static
             * @param {pkvm.v1.PingResponse.$Properties} m PingResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce") && m.nonce !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.nonce);
                if (m.service != null && $Object.hasOwnProperty.call(m, "service") && m.service !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.service);
                if (m.instanceId != null && $Object.hasOwnProperty.call(m, "instanceId") && m.instanceId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.instanceId);
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.timeMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PingResponse message, length delimited. Does not implicitly {@link pkvm.v1.PingResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.PingResponse
             * @static
             * @param {pkvm.v1.PingResponse.$Properties} message PingResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PingResponse message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.PingResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.PingResponse & pkvm.v1.PingResponse.$Shape} PingResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.pkvm.v1.PingResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nonce = v;
                            else
                                delete m.nonce;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.service = v;
                            else
                                delete m.service;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.instanceId = v;
                            else
                                delete m.instanceId;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a PingResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.PingResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.PingResponse & pkvm.v1.PingResponse.$Shape} PingResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PingResponse message.
             * @function verify
             * @memberof pkvm.v1.PingResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PingResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                    if (!$util.isString(m.nonce))
                        return "nonce: string expected";
                }
                if (m.service != null && $Object.hasOwnProperty.call(m, "service")) {
                    if (!$util.isString(m.service))
                        return "service: string expected";
                }
                if (m.instanceId != null && $Object.hasOwnProperty.call(m, "instanceId")) {
                    if (!$util.isString(m.instanceId))
                        return "instanceId: string expected";
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a PingResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.PingResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.PingResponse} PingResponse
             */
            PingResponse.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.PingResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.PingResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.PingResponse();
                if (d.nonce != null) {
                    if (typeof d.nonce !== "string" || d.nonce.length) {
                        m.nonce = $String(d.nonce);
                    }
                }
                if (d.service != null) {
                    if (typeof d.service !== "string" || d.service.length) {
                        m.service = $String(d.service);
                    }
                }
                if (d.instanceId != null) {
                    if (typeof d.instanceId !== "string" || d.instanceId.length) {
                        m.instanceId = $String(d.instanceId);
                    }
                }
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PingResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.PingResponse
             * @static
             * @param {pkvm.v1.PingResponse} m PingResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PingResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.nonce = "";
                    d.service = "";
                    d.instanceId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                    d.nonce = m.nonce;
                }
                if (m.service != null && $Object.hasOwnProperty.call(m, "service")) {
                    d.service = m.service;
                }
                if (m.instanceId != null && $Object.hasOwnProperty.call(m, "instanceId")) {
                    d.instanceId = m.instanceId;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                return d;
            };

            /**
             * Converts this PingResponse to JSON.
             * @function toJSON
             * @memberof pkvm.v1.PingResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PingResponse.prototype.toJSON = function() {
                return PingResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PingResponse
             * @function getTypeUrl
             * @memberof pkvm.v1.PingResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PingResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.PingResponse";
            };

            return PingResponse;
        })();

        v1.HealthRequest = (function() {

            /**
             * Properties of a HealthRequest.
             * @typedef {Object} pkvm.v1.HealthRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HealthRequest.
             * @memberof pkvm.v1
             * @interface IHealthRequest
             * @augments pkvm.v1.HealthRequest.$Properties
             * @deprecated Use pkvm.v1.HealthRequest.$Properties instead.
             */

            /**
             * Shape of a HealthRequest.
             * @typedef {pkvm.v1.HealthRequest.$Properties} pkvm.v1.HealthRequest.$Shape
             */

            /**
             * Constructs a new HealthRequest.
             * @memberof pkvm.v1
             * @classdesc Represents a HealthRequest.
             * @constructor
             * @param {pkvm.v1.HealthRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var HealthRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new HealthRequest instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.HealthRequest
             * @static
             * @param {pkvm.v1.HealthRequest.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.HealthRequest} HealthRequest instance
             * @type {{
             *   (properties: pkvm.v1.HealthRequest.$Shape): pkvm.v1.HealthRequest & pkvm.v1.HealthRequest.$Shape;
             *   (properties?: pkvm.v1.HealthRequest.$Properties): pkvm.v1.HealthRequest;
             * }}
             */
            HealthRequest.create = function(properties) {
                return new HealthRequest(properties);
            };

            /**
             * Encodes the specified HealthRequest message. Does not implicitly {@link pkvm.v1.HealthRequest.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.HealthRequest
             * @static
             * @param {pkvm.v1.HealthRequest.$Properties} m HealthRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HealthRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified HealthRequest message, length delimited. Does not implicitly {@link pkvm.v1.HealthRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.HealthRequest
             * @static
             * @param {pkvm.v1.HealthRequest.$Properties} message HealthRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HealthRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HealthRequest message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.HealthRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.HealthRequest & pkvm.v1.HealthRequest.$Shape} HealthRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HealthRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.pkvm.v1.HealthRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a HealthRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.HealthRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.HealthRequest & pkvm.v1.HealthRequest.$Shape} HealthRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HealthRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HealthRequest message.
             * @function verify
             * @memberof pkvm.v1.HealthRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HealthRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a HealthRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.HealthRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.HealthRequest} HealthRequest
             */
            HealthRequest.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.HealthRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.HealthRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.pkvm.v1.HealthRequest();
            };

            /**
             * Creates a plain object from a HealthRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.HealthRequest
             * @static
             * @param {pkvm.v1.HealthRequest} m HealthRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HealthRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this HealthRequest to JSON.
             * @function toJSON
             * @memberof pkvm.v1.HealthRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HealthRequest.prototype.toJSON = function() {
                return HealthRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HealthRequest
             * @function getTypeUrl
             * @memberof pkvm.v1.HealthRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HealthRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.HealthRequest";
            };

            return HealthRequest;
        })();

        v1.HealthResponse = (function() {

            /**
             * Properties of a HealthResponse.
             * @typedef {Object} pkvm.v1.HealthResponse.$Properties
             * @property {string|null} [service] HealthResponse service
             * @property {string|null} [instanceId] HealthResponse instanceId
             * @property {boolean|null} [live] HealthResponse live
             * @property {boolean|null} [ready] HealthResponse ready
             * @property {boolean|null} [natsConnected] HealthResponse natsConnected
             * @property {boolean|null} [storeWritable] HealthResponse storeWritable
             * @property {boolean|null} [leaseHeld] HealthResponse leaseHeld
             * @property {number|null} [storePosition] HealthResponse storePosition
             * @property {string|null} [detail] HealthResponse detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HealthResponse.
             * @memberof pkvm.v1
             * @interface IHealthResponse
             * @augments pkvm.v1.HealthResponse.$Properties
             * @deprecated Use pkvm.v1.HealthResponse.$Properties instead.
             */

            /**
             * Shape of a HealthResponse.
             * @typedef {pkvm.v1.HealthResponse.$Properties} pkvm.v1.HealthResponse.$Shape
             */

            /**
             * Constructs a new HealthResponse.
             * @memberof pkvm.v1
             * @classdesc Represents a HealthResponse.
             * @constructor
             * @param {pkvm.v1.HealthResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var HealthResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HealthResponse service.
             * @member {string} service
             * @memberof pkvm.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.service = "";

            /**
             * HealthResponse instanceId.
             * @member {string} instanceId
             * @memberof pkvm.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.instanceId = "";

            /**
             * HealthResponse live.
             * @member {boolean} live
             * @memberof pkvm.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.live = false;

            /**
             * HealthResponse ready.
             * @member {boolean} ready
             * @memberof pkvm.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.ready = false;

            /**
             * HealthResponse natsConnected.
             * @member {boolean} natsConnected
             * @memberof pkvm.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.natsConnected = false;

            /**
             * HealthResponse storeWritable.
             * @member {boolean} storeWritable
             * @memberof pkvm.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.storeWritable = false;

            /**
             * HealthResponse leaseHeld.
             * @member {boolean} leaseHeld
             * @memberof pkvm.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.leaseHeld = false;

            /**
             * HealthResponse storePosition.
             * @member {number} storePosition
             * @memberof pkvm.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.storePosition = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HealthResponse detail.
             * @member {string} detail
             * @memberof pkvm.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.detail = "";

            /**
             * Creates a new HealthResponse instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.HealthResponse
             * @static
             * @param {pkvm.v1.HealthResponse.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.HealthResponse} HealthResponse instance
             * @type {{
             *   (properties: pkvm.v1.HealthResponse.$Shape): pkvm.v1.HealthResponse & pkvm.v1.HealthResponse.$Shape;
             *   (properties?: pkvm.v1.HealthResponse.$Properties): pkvm.v1.HealthResponse;
             * }}
             */
            HealthResponse.create = function(properties) {
                return new HealthResponse(properties);
            };

            /**
             * Encodes the specified HealthResponse message. Does not implicitly {@link pkvm.v1.HealthResponse.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.HealthResponse
             * @static
             * @param {pkvm.v1.HealthResponse.$Properties} m HealthResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HealthResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.service != null && $Object.hasOwnProperty.call(m, "service") && m.service !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.service);
                if (m.instanceId != null && $Object.hasOwnProperty.call(m, "instanceId") && m.instanceId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.instanceId);
                if (m.live != null && $Object.hasOwnProperty.call(m, "live") && m.live !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.live);
                if (m.ready != null && $Object.hasOwnProperty.call(m, "ready") && m.ready !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.ready);
                if (m.natsConnected != null && $Object.hasOwnProperty.call(m, "natsConnected") && m.natsConnected !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.natsConnected);
                if (m.storeWritable != null && $Object.hasOwnProperty.call(m, "storeWritable") && m.storeWritable !== false)
                    w.uint32(/* id 6, wireType 0 =*/48).bool(m.storeWritable);
                if (m.leaseHeld != null && $Object.hasOwnProperty.call(m, "leaseHeld") && m.leaseHeld !== false)
                    w.uint32(/* id 7, wireType 0 =*/56).bool(m.leaseHeld);
                if (m.storePosition != null && $Object.hasOwnProperty.call(m, "storePosition") && (typeof m.storePosition === "object" ? m.storePosition.low || m.storePosition.high : m.storePosition !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).int64(m.storePosition);
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail") && m.detail !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.detail);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified HealthResponse message, length delimited. Does not implicitly {@link pkvm.v1.HealthResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.HealthResponse
             * @static
             * @param {pkvm.v1.HealthResponse.$Properties} message HealthResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HealthResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HealthResponse message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.HealthResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.HealthResponse & pkvm.v1.HealthResponse.$Shape} HealthResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HealthResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.pkvm.v1.HealthResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.service = v;
                            else
                                delete m.service;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.instanceId = v;
                            else
                                delete m.instanceId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.live = v;
                            else
                                delete m.live;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.ready = v;
                            else
                                delete m.ready;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.natsConnected = v;
                            else
                                delete m.natsConnected;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.storeWritable = v;
                            else
                                delete m.storeWritable;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.leaseHeld = v;
                            else
                                delete m.leaseHeld;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.storePosition = v;
                            else
                                delete m.storePosition;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.detail = v;
                            else
                                delete m.detail;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a HealthResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.HealthResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.HealthResponse & pkvm.v1.HealthResponse.$Shape} HealthResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HealthResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HealthResponse message.
             * @function verify
             * @memberof pkvm.v1.HealthResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HealthResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.service != null && $Object.hasOwnProperty.call(m, "service")) {
                    if (!$util.isString(m.service))
                        return "service: string expected";
                }
                if (m.instanceId != null && $Object.hasOwnProperty.call(m, "instanceId")) {
                    if (!$util.isString(m.instanceId))
                        return "instanceId: string expected";
                }
                if (m.live != null && $Object.hasOwnProperty.call(m, "live")) {
                    if (typeof m.live !== "boolean")
                        return "live: boolean expected";
                }
                if (m.ready != null && $Object.hasOwnProperty.call(m, "ready")) {
                    if (typeof m.ready !== "boolean")
                        return "ready: boolean expected";
                }
                if (m.natsConnected != null && $Object.hasOwnProperty.call(m, "natsConnected")) {
                    if (typeof m.natsConnected !== "boolean")
                        return "natsConnected: boolean expected";
                }
                if (m.storeWritable != null && $Object.hasOwnProperty.call(m, "storeWritable")) {
                    if (typeof m.storeWritable !== "boolean")
                        return "storeWritable: boolean expected";
                }
                if (m.leaseHeld != null && $Object.hasOwnProperty.call(m, "leaseHeld")) {
                    if (typeof m.leaseHeld !== "boolean")
                        return "leaseHeld: boolean expected";
                }
                if (m.storePosition != null && $Object.hasOwnProperty.call(m, "storePosition")) {
                    if (!$util.isInteger(m.storePosition) && !(m.storePosition && $util.isInteger(m.storePosition.low) && $util.isInteger(m.storePosition.high)))
                        return "storePosition: integer|Long expected";
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    if (!$util.isString(m.detail))
                        return "detail: string expected";
                }
                return null;
            };

            /**
             * Creates a HealthResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.HealthResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.HealthResponse} HealthResponse
             */
            HealthResponse.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.HealthResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.HealthResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.HealthResponse();
                if (d.service != null) {
                    if (typeof d.service !== "string" || d.service.length) {
                        m.service = $String(d.service);
                    }
                }
                if (d.instanceId != null) {
                    if (typeof d.instanceId !== "string" || d.instanceId.length) {
                        m.instanceId = $String(d.instanceId);
                    }
                }
                if (d.live != null) {
                    if (d.live) {
                        m.live = $Boolean(d.live);
                    }
                }
                if (d.ready != null) {
                    if (d.ready) {
                        m.ready = $Boolean(d.ready);
                    }
                }
                if (d.natsConnected != null) {
                    if (d.natsConnected) {
                        m.natsConnected = $Boolean(d.natsConnected);
                    }
                }
                if (d.storeWritable != null) {
                    if (d.storeWritable) {
                        m.storeWritable = $Boolean(d.storeWritable);
                    }
                }
                if (d.leaseHeld != null) {
                    if (d.leaseHeld) {
                        m.leaseHeld = $Boolean(d.leaseHeld);
                    }
                }
                if (d.storePosition != null) {
                    if (typeof d.storePosition === "object" ? d.storePosition.low || d.storePosition.high : $Number(d.storePosition) !== 0) {
                        if ($util.Long)
                            m.storePosition = $util.Long.fromValue(d.storePosition, false);
                        else if (typeof d.storePosition === "string")
                            m.storePosition = $parseInt(d.storePosition, 10);
                        else if (typeof d.storePosition === "number")
                            m.storePosition = d.storePosition;
                        else if (typeof d.storePosition === "object")
                            m.storePosition = new $util.LongBits(d.storePosition.low >>> 0, d.storePosition.high >>> 0).toNumber();
                    }
                }
                if (d.detail != null) {
                    if (typeof d.detail !== "string" || d.detail.length) {
                        m.detail = $String(d.detail);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HealthResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.HealthResponse
             * @static
             * @param {pkvm.v1.HealthResponse} m HealthResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HealthResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.service = "";
                    d.instanceId = "";
                    d.live = false;
                    d.ready = false;
                    d.natsConnected = false;
                    d.storeWritable = false;
                    d.leaseHeld = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.storePosition = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.storePosition = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.detail = "";
                }
                if (m.service != null && $Object.hasOwnProperty.call(m, "service")) {
                    d.service = m.service;
                }
                if (m.instanceId != null && $Object.hasOwnProperty.call(m, "instanceId")) {
                    d.instanceId = m.instanceId;
                }
                if (m.live != null && $Object.hasOwnProperty.call(m, "live")) {
                    d.live = m.live;
                }
                if (m.ready != null && $Object.hasOwnProperty.call(m, "ready")) {
                    d.ready = m.ready;
                }
                if (m.natsConnected != null && $Object.hasOwnProperty.call(m, "natsConnected")) {
                    d.natsConnected = m.natsConnected;
                }
                if (m.storeWritable != null && $Object.hasOwnProperty.call(m, "storeWritable")) {
                    d.storeWritable = m.storeWritable;
                }
                if (m.leaseHeld != null && $Object.hasOwnProperty.call(m, "leaseHeld")) {
                    d.leaseHeld = m.leaseHeld;
                }
                if (m.storePosition != null && $Object.hasOwnProperty.call(m, "storePosition")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.storePosition = typeof m.storePosition === "number" ? $BigInt(m.storePosition) : $util.Long.fromBits(m.storePosition.low >>> 0, m.storePosition.high >>> 0, false).toBigInt();
                    else if (typeof m.storePosition === "number")
                        d.storePosition = o.longs === $String ? $String(m.storePosition) : m.storePosition;
                    else
                        d.storePosition = o.longs === $String ? $util.Long.prototype.toString.call(m.storePosition) : o.longs === $Number ? new $util.LongBits(m.storePosition.low >>> 0, m.storePosition.high >>> 0).toNumber() : m.storePosition;
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    d.detail = m.detail;
                }
                return d;
            };

            /**
             * Converts this HealthResponse to JSON.
             * @function toJSON
             * @memberof pkvm.v1.HealthResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HealthResponse.prototype.toJSON = function() {
                return HealthResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HealthResponse
             * @function getTypeUrl
             * @memberof pkvm.v1.HealthResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HealthResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.HealthResponse";
            };

            return HealthResponse;
        })();

        v1.Reply = (function() {

            /**
             * Properties of a Reply.
             * @typedef {Object} pkvm.v1.Reply.$Properties
             * @property {Uint8Array|null} [result] Reply result
             * @property {pkvm.v1.Error.$Properties|null} [error] Reply error
             * @property {"result"|"error"} [outcome] Reply outcome
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reply.
             * @memberof pkvm.v1
             * @interface IReply
             * @augments pkvm.v1.Reply.$Properties
             * @deprecated Use pkvm.v1.Reply.$Properties instead.
             */

            /**
             * Narrowed shape of a Reply.
             * @typedef {{
             *   result?: Uint8Array|null;
             *   error?: pkvm.v1.Error.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ outcome?: undefined; result?: null; error?: null }|{ outcome?: "result"; result: Uint8Array; error?: null }|{ outcome?: "error"; result?: null; error: pkvm.v1.Error.$Shape })
             * )} pkvm.v1.Reply.$Shape
             */

            /**
             * Constructs a new Reply.
             * @memberof pkvm.v1
             * @classdesc Represents a Reply.
             * @constructor
             * @param {pkvm.v1.Reply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Reply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Reply result.
             * @member {Uint8Array|null|undefined} result
             * @memberof pkvm.v1.Reply
             * @instance
             */
            Reply.prototype.result = null;

            /**
             * Reply error.
             * @member {pkvm.v1.Error.$Properties|null|undefined} error
             * @memberof pkvm.v1.Reply
             * @instance
             */
            Reply.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * Reply outcome.
             * @member {"result"|"error"|undefined} outcome
             * @memberof pkvm.v1.Reply
             * @instance
             */
            $Object.defineProperty(Reply.prototype, "outcome", {
                get: $util.oneOfGetter($oneOfFields = ["result", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Reply instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.Reply
             * @static
             * @param {pkvm.v1.Reply.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.Reply} Reply instance
             * @type {{
             *   (properties: pkvm.v1.Reply.$Shape): pkvm.v1.Reply & pkvm.v1.Reply.$Shape;
             *   (properties?: pkvm.v1.Reply.$Properties): pkvm.v1.Reply;
             * }}
             */
            Reply.create = function(properties) {
                return new Reply(properties);
            };

            /**
             * Encodes the specified Reply message. Does not implicitly {@link pkvm.v1.Reply.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.Reply
             * @static
             * @param {pkvm.v1.Reply.$Properties} m Reply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.result != null && $Object.hasOwnProperty.call(m, "result"))
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.result);
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    $root.pkvm.v1.Error.encode(m.error, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Reply message, length delimited. Does not implicitly {@link pkvm.v1.Reply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.Reply
             * @static
             * @param {pkvm.v1.Reply.$Properties} message Reply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Reply message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.Reply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.Reply & pkvm.v1.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.pkvm.v1.Reply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.result = r.bytes();
                            m.outcome = "result";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.error = $root.pkvm.v1.Error.decode(r, r.size(), $undefined, q + 1, m.error);
                            m.outcome = "error";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Reply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.Reply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.Reply & pkvm.v1.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Reply message.
             * @function verify
             * @memberof pkvm.v1.Reply
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Reply.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.result != null && $Object.hasOwnProperty.call(m, "result")) {
                    p.outcome = 1;
                    if (!(m.result && typeof m.result.length === "number" || $util.isString(m.result)))
                        return "result: buffer expected";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    if (p.outcome === 1)
                        return "outcome: multiple values";
                    p.outcome = 1;
                    {
                        var e = $root.pkvm.v1.Error.verify(m.error, q + 1);
                        if (e)
                            return "error." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a Reply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.Reply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.Reply} Reply
             */
            Reply.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.Reply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.Reply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.Reply();
                if (d.result != null) {
                    if (typeof d.result === "string")
                        $util.base64.decode(d.result, m.result = $util.newBuffer($util.base64.length(d.result)), 0);
                    else if (d.result.length >= 0)
                        m.result = d.result;
                }
                if (d.error != null) {
                    if (!$util.isObject(d.error))
                        throw $TypeError(".pkvm.v1.Reply.error: object expected");
                    m.error = $root.pkvm.v1.Error.fromObject(d.error, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Reply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.Reply
             * @static
             * @param {pkvm.v1.Reply} m Reply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.result != null && $Object.hasOwnProperty.call(m, "result")) {
                    d.result = o.bytes === $String ? $util.base64.encode(m.result, 0, m.result.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.result) : m.result;
                    if (o.oneofs)
                        d.outcome = "result";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = $root.pkvm.v1.Error.toObject(m.error, o, q + 1);
                    if (o.oneofs)
                        d.outcome = "error";
                }
                return d;
            };

            /**
             * Converts this Reply to JSON.
             * @function toJSON
             * @memberof pkvm.v1.Reply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reply.prototype.toJSON = function() {
                return Reply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Reply
             * @function getTypeUrl
             * @memberof pkvm.v1.Reply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Reply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.Reply";
            };

            return Reply;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} pkvm.v1.Error.$Properties
             * @property {number|null} [errno] Error errno
             * @property {string|null} [errnoName] Error errnoName
             * @property {string|null} [message] Error message
             * @property {number|null} [smcccX0] Error smcccX0
             * @property {number|null} [smcccX1] Error smcccX1
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof pkvm.v1
             * @interface IError
             * @augments pkvm.v1.Error.$Properties
             * @deprecated Use pkvm.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {pkvm.v1.Error.$Properties} pkvm.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof pkvm.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {pkvm.v1.Error.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Error = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Error errno.
             * @member {number} errno
             * @memberof pkvm.v1.Error
             * @instance
             */
            Error.prototype.errno = 0;

            /**
             * Error errnoName.
             * @member {string} errnoName
             * @memberof pkvm.v1.Error
             * @instance
             */
            Error.prototype.errnoName = "";

            /**
             * Error message.
             * @member {string} message
             * @memberof pkvm.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error smcccX0.
             * @member {number} smcccX0
             * @memberof pkvm.v1.Error
             * @instance
             */
            Error.prototype.smcccX0 = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Error smcccX1.
             * @member {number} smcccX1
             * @memberof pkvm.v1.Error
             * @instance
             */
            Error.prototype.smcccX1 = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.Error
             * @static
             * @param {pkvm.v1.Error.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.Error} Error instance
             * @type {{
             *   (properties: pkvm.v1.Error.$Shape): pkvm.v1.Error & pkvm.v1.Error.$Shape;
             *   (properties?: pkvm.v1.Error.$Properties): pkvm.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link pkvm.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.Error
             * @static
             * @param {pkvm.v1.Error.$Properties} m Error message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.errno != null && $Object.hasOwnProperty.call(m, "errno") && m.errno !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).sint32(m.errno);
                if (m.errnoName != null && $Object.hasOwnProperty.call(m, "errnoName") && m.errnoName !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.errnoName);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.message);
                if (m.smcccX0 != null && $Object.hasOwnProperty.call(m, "smcccX0") && (typeof m.smcccX0 === "object" ? m.smcccX0.low || m.smcccX0.high : m.smcccX0 !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).sint64(m.smcccX0);
                if (m.smcccX1 != null && $Object.hasOwnProperty.call(m, "smcccX1") && (typeof m.smcccX1 === "object" ? m.smcccX1.low || m.smcccX1.high : m.smcccX1 !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).sint64(m.smcccX1);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link pkvm.v1.Error.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.Error
             * @static
             * @param {pkvm.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.Error & pkvm.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.pkvm.v1.Error();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.sint32())
                                m.errno = v;
                            else
                                delete m.errno;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.errnoName = v;
                            else
                                delete m.errnoName;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.sint64()) === "object" ? v.low || v.high : v !== 0)
                                m.smcccX0 = v;
                            else
                                delete m.smcccX0;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.sint64()) === "object" ? v.low || v.high : v !== 0)
                                m.smcccX1 = v;
                            else
                                delete m.smcccX1;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.Error & pkvm.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Error message.
             * @function verify
             * @memberof pkvm.v1.Error
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Error.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.errno != null && $Object.hasOwnProperty.call(m, "errno")) {
                    if (!$util.isInteger(m.errno))
                        return "errno: integer expected";
                }
                if (m.errnoName != null && $Object.hasOwnProperty.call(m, "errnoName")) {
                    if (!$util.isString(m.errnoName))
                        return "errnoName: string expected";
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                if (m.smcccX0 != null && $Object.hasOwnProperty.call(m, "smcccX0")) {
                    if (!$util.isInteger(m.smcccX0) && !(m.smcccX0 && $util.isInteger(m.smcccX0.low) && $util.isInteger(m.smcccX0.high)))
                        return "smcccX0: integer|Long expected";
                }
                if (m.smcccX1 != null && $Object.hasOwnProperty.call(m, "smcccX1")) {
                    if (!$util.isInteger(m.smcccX1) && !(m.smcccX1 && $util.isInteger(m.smcccX1.low) && $util.isInteger(m.smcccX1.high)))
                        return "smcccX1: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.Error
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.Error} Error
             */
            Error.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.Error)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.Error: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.Error();
                if (d.errno != null) {
                    if ($Number(d.errno) !== 0) {
                        m.errno = d.errno | 0;
                    }
                }
                if (d.errnoName != null) {
                    if (typeof d.errnoName !== "string" || d.errnoName.length) {
                        m.errnoName = $String(d.errnoName);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.smcccX0 != null) {
                    if (typeof d.smcccX0 === "object" ? d.smcccX0.low || d.smcccX0.high : $Number(d.smcccX0) !== 0) {
                        if ($util.Long)
                            m.smcccX0 = $util.Long.fromValue(d.smcccX0, false);
                        else if (typeof d.smcccX0 === "string")
                            m.smcccX0 = $parseInt(d.smcccX0, 10);
                        else if (typeof d.smcccX0 === "number")
                            m.smcccX0 = d.smcccX0;
                        else if (typeof d.smcccX0 === "object")
                            m.smcccX0 = new $util.LongBits(d.smcccX0.low >>> 0, d.smcccX0.high >>> 0).toNumber();
                    }
                }
                if (d.smcccX1 != null) {
                    if (typeof d.smcccX1 === "object" ? d.smcccX1.low || d.smcccX1.high : $Number(d.smcccX1) !== 0) {
                        if ($util.Long)
                            m.smcccX1 = $util.Long.fromValue(d.smcccX1, false);
                        else if (typeof d.smcccX1 === "string")
                            m.smcccX1 = $parseInt(d.smcccX1, 10);
                        else if (typeof d.smcccX1 === "number")
                            m.smcccX1 = d.smcccX1;
                        else if (typeof d.smcccX1 === "object")
                            m.smcccX1 = new $util.LongBits(d.smcccX1.low >>> 0, d.smcccX1.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.Error
             * @static
             * @param {pkvm.v1.Error} m Error
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.errno = 0;
                    d.errnoName = "";
                    d.message = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.smcccX0 = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.smcccX0 = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.smcccX1 = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.smcccX1 = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.errno != null && $Object.hasOwnProperty.call(m, "errno")) {
                    d.errno = m.errno;
                }
                if (m.errnoName != null && $Object.hasOwnProperty.call(m, "errnoName")) {
                    d.errnoName = m.errnoName;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.smcccX0 != null && $Object.hasOwnProperty.call(m, "smcccX0")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.smcccX0 = typeof m.smcccX0 === "number" ? $BigInt(m.smcccX0) : $util.Long.fromBits(m.smcccX0.low >>> 0, m.smcccX0.high >>> 0, false).toBigInt();
                    else if (typeof m.smcccX0 === "number")
                        d.smcccX0 = o.longs === $String ? $String(m.smcccX0) : m.smcccX0;
                    else
                        d.smcccX0 = o.longs === $String ? $util.Long.prototype.toString.call(m.smcccX0) : o.longs === $Number ? new $util.LongBits(m.smcccX0.low >>> 0, m.smcccX0.high >>> 0).toNumber() : m.smcccX0;
                }
                if (m.smcccX1 != null && $Object.hasOwnProperty.call(m, "smcccX1")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.smcccX1 = typeof m.smcccX1 === "number" ? $BigInt(m.smcccX1) : $util.Long.fromBits(m.smcccX1.low >>> 0, m.smcccX1.high >>> 0, false).toBigInt();
                    else if (typeof m.smcccX1 === "number")
                        d.smcccX1 = o.longs === $String ? $String(m.smcccX1) : m.smcccX1;
                    else
                        d.smcccX1 = o.longs === $String ? $util.Long.prototype.toString.call(m.smcccX1) : o.longs === $Number ? new $util.LongBits(m.smcccX1.low >>> 0, m.smcccX1.high >>> 0).toNumber() : m.smcccX1;
                }
                return d;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof pkvm.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof pkvm.v1.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.Error";
            };

            return Error;
        })();

        v1.HostKernelService = (function() {

            /**
             * Constructs a new HostKernelService service.
             * @memberof pkvm.v1
             * @classdesc Represents a HostKernelService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            var HostKernelService = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(HostKernelService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: HostKernelService, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new HostKernelService service using the specified rpc implementation.
             * @function create
             * @memberof pkvm.v1.HostKernelService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {HostKernelService} RPC service. Useful where requests and/or responses are streamed.
             */
            HostKernelService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link pkvm.v1.HostKernelService#ping}.
             * @memberof pkvm.v1.HostKernelService
             * @typedef PingCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.PingResponse} [response] PingResponse
             */

            /**
             * Calls Ping.
             * @memberof pkvm.v1.HostKernelService
             * @typedef Ping
             * @type {{
             *   (request: pkvm.v1.IPingRequest, callback: pkvm.v1.HostKernelService.PingCallback): void;
             *   (request: pkvm.v1.IPingRequest): Promise<pkvm.v1.PingResponse>;
             *   readonly name: "Ping";
             *   readonly path: "/pkvm.v1.HostKernelService/Ping";
             *   readonly requestType: "PingRequest";
             *   readonly responseType: "PingResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Ping.
             * @name pkvm.v1.HostKernelService#ping
             * @type {pkvm.v1.HostKernelService.Ping}
             */
            $Object.defineProperties(HostKernelService.prototype.ping = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, HostKernelService.prototype.ping, $root.pkvm.v1.PingRequest, $root.pkvm.v1.PingResponse, request, callback);
            }, {
                name: { value: "Ping" },
                path: { value: "/pkvm.v1.HostKernelService/Ping" },
                requestType: { value: "PingRequest" },
                responseType: { value: "PingResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link pkvm.v1.HostKernelService#health}.
             * @memberof pkvm.v1.HostKernelService
             * @typedef HealthCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.HealthResponse} [response] HealthResponse
             */

            /**
             * Calls Health.
             * @memberof pkvm.v1.HostKernelService
             * @typedef Health
             * @type {{
             *   (request: pkvm.v1.IHealthRequest, callback: pkvm.v1.HostKernelService.HealthCallback): void;
             *   (request: pkvm.v1.IHealthRequest): Promise<pkvm.v1.HealthResponse>;
             *   readonly name: "Health";
             *   readonly path: "/pkvm.v1.HostKernelService/Health";
             *   readonly requestType: "HealthRequest";
             *   readonly responseType: "HealthResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Health.
             * @name pkvm.v1.HostKernelService#health
             * @type {pkvm.v1.HostKernelService.Health}
             */
            $Object.defineProperties(HostKernelService.prototype.health = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, HostKernelService.prototype.health, $root.pkvm.v1.HealthRequest, $root.pkvm.v1.HealthResponse, request, callback);
            }, {
                name: { value: "Health" },
                path: { value: "/pkvm.v1.HostKernelService/Health" },
                requestType: { value: "HealthRequest" },
                responseType: { value: "HealthResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return HostKernelService;
        })();

        v1.HvcRequest = (function() {

            /**
             * Properties of a HvcRequest.
             * @typedef {Object} pkvm.v1.HvcRequest.$Properties
             * @property {number|null} [x0] HvcRequest x0
             * @property {Array.<number>|null} [args] HvcRequest args
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HvcRequest.
             * @memberof pkvm.v1
             * @interface IHvcRequest
             * @augments pkvm.v1.HvcRequest.$Properties
             * @deprecated Use pkvm.v1.HvcRequest.$Properties instead.
             */

            /**
             * Shape of a HvcRequest.
             * @typedef {pkvm.v1.HvcRequest.$Properties} pkvm.v1.HvcRequest.$Shape
             */

            /**
             * Constructs a new HvcRequest.
             * @memberof pkvm.v1
             * @classdesc Represents a HvcRequest.
             * @constructor
             * @param {pkvm.v1.HvcRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var HvcRequest = function (p) {
                this.args = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HvcRequest x0.
             * @member {number} x0
             * @memberof pkvm.v1.HvcRequest
             * @instance
             */
            HvcRequest.prototype.x0 = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HvcRequest args.
             * @member {Array.<number>} args
             * @memberof pkvm.v1.HvcRequest
             * @instance
             */
            HvcRequest.prototype.args = $util.emptyArray;

            /**
             * Creates a new HvcRequest instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.HvcRequest
             * @static
             * @param {pkvm.v1.HvcRequest.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.HvcRequest} HvcRequest instance
             * @type {{
             *   (properties: pkvm.v1.HvcRequest.$Shape): pkvm.v1.HvcRequest & pkvm.v1.HvcRequest.$Shape;
             *   (properties?: pkvm.v1.HvcRequest.$Properties): pkvm.v1.HvcRequest;
             * }}
             */
            HvcRequest.create = function(properties) {
                return new HvcRequest(properties);
            };

            /**
             * Encodes the specified HvcRequest message. Does not implicitly {@link pkvm.v1.HvcRequest.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.HvcRequest
             * @static
             * @param {pkvm.v1.HvcRequest.$Properties} m HvcRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HvcRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.x0 != null && $Object.hasOwnProperty.call(m, "x0") && (typeof m.x0 === "object" ? m.x0.low || m.x0.high : m.x0 !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.x0);
                if (m.args != null && m.args.length) {
                    w.uint32(/* id 2, wireType 2 =*/18).int64s(m.args);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified HvcRequest message, length delimited. Does not implicitly {@link pkvm.v1.HvcRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.HvcRequest
             * @static
             * @param {pkvm.v1.HvcRequest.$Properties} message HvcRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HvcRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HvcRequest message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.HvcRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.HvcRequest & pkvm.v1.HvcRequest.$Shape} HvcRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HvcRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.pkvm.v1.HvcRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.x0 = v;
                            else
                                delete m.x0;
                            continue;
                        }
                    case 2: {
                            if (u === 2) {
                                if (!(m.args && m.args.length))
                                    m.args = [];
                                r.int64s(m.args);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.args && m.args.length))
                                m.args = [];
                            m.args.push(r.int64());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a HvcRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.HvcRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.HvcRequest & pkvm.v1.HvcRequest.$Shape} HvcRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HvcRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HvcRequest message.
             * @function verify
             * @memberof pkvm.v1.HvcRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HvcRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.x0 != null && $Object.hasOwnProperty.call(m, "x0")) {
                    if (!$util.isInteger(m.x0) && !(m.x0 && $util.isInteger(m.x0.low) && $util.isInteger(m.x0.high)))
                        return "x0: integer|Long expected";
                }
                if (m.args != null && $Object.hasOwnProperty.call(m, "args")) {
                    if (!$Array.isArray(m.args))
                        return "args: array expected";
                    for (var i = 0; i < m.args.length; ++i) {
                        if (!$util.isInteger(m.args[i]) && !(m.args[i] && $util.isInteger(m.args[i].low) && $util.isInteger(m.args[i].high)))
                            return "args: integer|Long[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a HvcRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.HvcRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.HvcRequest} HvcRequest
             */
            HvcRequest.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.HvcRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.HvcRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.HvcRequest();
                if (d.x0 != null) {
                    if (typeof d.x0 === "object" ? d.x0.low || d.x0.high : $Number(d.x0) !== 0) {
                        if ($util.Long)
                            m.x0 = $util.Long.fromValue(d.x0, false);
                        else if (typeof d.x0 === "string")
                            m.x0 = $parseInt(d.x0, 10);
                        else if (typeof d.x0 === "number")
                            m.x0 = d.x0;
                        else if (typeof d.x0 === "object")
                            m.x0 = new $util.LongBits(d.x0.low >>> 0, d.x0.high >>> 0).toNumber();
                    }
                }
                if (d.args) {
                    if (!$Array.isArray(d.args))
                        throw $TypeError(".pkvm.v1.HvcRequest.args: array expected");
                    m.args = $Array(d.args.length);
                    for (var i = 0; i < d.args.length; ++i) {
                        if ($util.Long)
                            m.args[i] = $util.Long.fromValue(d.args[i], false);
                        else if (typeof d.args[i] === "string")
                            m.args[i] = $parseInt(d.args[i], 10);
                        else if (typeof d.args[i] === "number")
                            m.args[i] = d.args[i];
                        else if (typeof d.args[i] === "object")
                            m.args[i] = new $util.LongBits(d.args[i].low >>> 0, d.args[i].high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HvcRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.HvcRequest
             * @static
             * @param {pkvm.v1.HvcRequest} m HvcRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HvcRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.args = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.x0 = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.x0 = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.x0 != null && $Object.hasOwnProperty.call(m, "x0")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.x0 = typeof m.x0 === "number" ? $BigInt(m.x0) : $util.Long.fromBits(m.x0.low >>> 0, m.x0.high >>> 0, false).toBigInt();
                    else if (typeof m.x0 === "number")
                        d.x0 = o.longs === $String ? $String(m.x0) : m.x0;
                    else
                        d.x0 = o.longs === $String ? $util.Long.prototype.toString.call(m.x0) : o.longs === $Number ? new $util.LongBits(m.x0.low >>> 0, m.x0.high >>> 0).toNumber() : m.x0;
                }
                if (m.args && m.args.length) {
                    d.args = $Array(m.args.length);
                    for (var j = 0; j < m.args.length; ++j) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.args[j] = typeof m.args[j] === "number" ? $BigInt(m.args[j]) : $util.Long.fromBits(m.args[j].low >>> 0, m.args[j].high >>> 0, false).toBigInt();
                        else if (typeof m.args[j] === "number")
                            d.args[j] = o.longs === $String ? $String(m.args[j]) : m.args[j];
                        else
                            d.args[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.args[j]) : o.longs === $Number ? new $util.LongBits(m.args[j].low >>> 0, m.args[j].high >>> 0).toNumber() : m.args[j];
                    }
                }
                return d;
            };

            /**
             * Converts this HvcRequest to JSON.
             * @function toJSON
             * @memberof pkvm.v1.HvcRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HvcRequest.prototype.toJSON = function() {
                return HvcRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HvcRequest
             * @function getTypeUrl
             * @memberof pkvm.v1.HvcRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HvcRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.HvcRequest";
            };

            return HvcRequest;
        })();

        v1.HvcResponse = (function() {

            /**
             * Properties of a HvcResponse.
             * @typedef {Object} pkvm.v1.HvcResponse.$Properties
             * @property {number|null} [x0] HvcResponse x0
             * @property {number|null} [x1] HvcResponse x1
             * @property {number|null} [x2] HvcResponse x2
             * @property {number|null} [x3] HvcResponse x3
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HvcResponse.
             * @memberof pkvm.v1
             * @interface IHvcResponse
             * @augments pkvm.v1.HvcResponse.$Properties
             * @deprecated Use pkvm.v1.HvcResponse.$Properties instead.
             */

            /**
             * Shape of a HvcResponse.
             * @typedef {pkvm.v1.HvcResponse.$Properties} pkvm.v1.HvcResponse.$Shape
             */

            /**
             * Constructs a new HvcResponse.
             * @memberof pkvm.v1
             * @classdesc Represents a HvcResponse.
             * @constructor
             * @param {pkvm.v1.HvcResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var HvcResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HvcResponse x0.
             * @member {number} x0
             * @memberof pkvm.v1.HvcResponse
             * @instance
             */
            HvcResponse.prototype.x0 = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HvcResponse x1.
             * @member {number} x1
             * @memberof pkvm.v1.HvcResponse
             * @instance
             */
            HvcResponse.prototype.x1 = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HvcResponse x2.
             * @member {number} x2
             * @memberof pkvm.v1.HvcResponse
             * @instance
             */
            HvcResponse.prototype.x2 = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HvcResponse x3.
             * @member {number} x3
             * @memberof pkvm.v1.HvcResponse
             * @instance
             */
            HvcResponse.prototype.x3 = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new HvcResponse instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.HvcResponse
             * @static
             * @param {pkvm.v1.HvcResponse.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.HvcResponse} HvcResponse instance
             * @type {{
             *   (properties: pkvm.v1.HvcResponse.$Shape): pkvm.v1.HvcResponse & pkvm.v1.HvcResponse.$Shape;
             *   (properties?: pkvm.v1.HvcResponse.$Properties): pkvm.v1.HvcResponse;
             * }}
             */
            HvcResponse.create = function(properties) {
                return new HvcResponse(properties);
            };

            /**
             * Encodes the specified HvcResponse message. Does not implicitly {@link pkvm.v1.HvcResponse.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.HvcResponse
             * @static
             * @param {pkvm.v1.HvcResponse.$Properties} m HvcResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HvcResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.x0 != null && $Object.hasOwnProperty.call(m, "x0") && (typeof m.x0 === "object" ? m.x0.low || m.x0.high : m.x0 !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.x0);
                if (m.x1 != null && $Object.hasOwnProperty.call(m, "x1") && (typeof m.x1 === "object" ? m.x1.low || m.x1.high : m.x1 !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.x1);
                if (m.x2 != null && $Object.hasOwnProperty.call(m, "x2") && (typeof m.x2 === "object" ? m.x2.low || m.x2.high : m.x2 !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.x2);
                if (m.x3 != null && $Object.hasOwnProperty.call(m, "x3") && (typeof m.x3 === "object" ? m.x3.low || m.x3.high : m.x3 !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.x3);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified HvcResponse message, length delimited. Does not implicitly {@link pkvm.v1.HvcResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.HvcResponse
             * @static
             * @param {pkvm.v1.HvcResponse.$Properties} message HvcResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HvcResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HvcResponse message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.HvcResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.HvcResponse & pkvm.v1.HvcResponse.$Shape} HvcResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HvcResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.pkvm.v1.HvcResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.x0 = v;
                            else
                                delete m.x0;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.x1 = v;
                            else
                                delete m.x1;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.x2 = v;
                            else
                                delete m.x2;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.x3 = v;
                            else
                                delete m.x3;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a HvcResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.HvcResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.HvcResponse & pkvm.v1.HvcResponse.$Shape} HvcResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HvcResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HvcResponse message.
             * @function verify
             * @memberof pkvm.v1.HvcResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HvcResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.x0 != null && $Object.hasOwnProperty.call(m, "x0")) {
                    if (!$util.isInteger(m.x0) && !(m.x0 && $util.isInteger(m.x0.low) && $util.isInteger(m.x0.high)))
                        return "x0: integer|Long expected";
                }
                if (m.x1 != null && $Object.hasOwnProperty.call(m, "x1")) {
                    if (!$util.isInteger(m.x1) && !(m.x1 && $util.isInteger(m.x1.low) && $util.isInteger(m.x1.high)))
                        return "x1: integer|Long expected";
                }
                if (m.x2 != null && $Object.hasOwnProperty.call(m, "x2")) {
                    if (!$util.isInteger(m.x2) && !(m.x2 && $util.isInteger(m.x2.low) && $util.isInteger(m.x2.high)))
                        return "x2: integer|Long expected";
                }
                if (m.x3 != null && $Object.hasOwnProperty.call(m, "x3")) {
                    if (!$util.isInteger(m.x3) && !(m.x3 && $util.isInteger(m.x3.low) && $util.isInteger(m.x3.high)))
                        return "x3: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a HvcResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.HvcResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.HvcResponse} HvcResponse
             */
            HvcResponse.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.HvcResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.HvcResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.HvcResponse();
                if (d.x0 != null) {
                    if (typeof d.x0 === "object" ? d.x0.low || d.x0.high : $Number(d.x0) !== 0) {
                        if ($util.Long)
                            m.x0 = $util.Long.fromValue(d.x0, false);
                        else if (typeof d.x0 === "string")
                            m.x0 = $parseInt(d.x0, 10);
                        else if (typeof d.x0 === "number")
                            m.x0 = d.x0;
                        else if (typeof d.x0 === "object")
                            m.x0 = new $util.LongBits(d.x0.low >>> 0, d.x0.high >>> 0).toNumber();
                    }
                }
                if (d.x1 != null) {
                    if (typeof d.x1 === "object" ? d.x1.low || d.x1.high : $Number(d.x1) !== 0) {
                        if ($util.Long)
                            m.x1 = $util.Long.fromValue(d.x1, false);
                        else if (typeof d.x1 === "string")
                            m.x1 = $parseInt(d.x1, 10);
                        else if (typeof d.x1 === "number")
                            m.x1 = d.x1;
                        else if (typeof d.x1 === "object")
                            m.x1 = new $util.LongBits(d.x1.low >>> 0, d.x1.high >>> 0).toNumber();
                    }
                }
                if (d.x2 != null) {
                    if (typeof d.x2 === "object" ? d.x2.low || d.x2.high : $Number(d.x2) !== 0) {
                        if ($util.Long)
                            m.x2 = $util.Long.fromValue(d.x2, false);
                        else if (typeof d.x2 === "string")
                            m.x2 = $parseInt(d.x2, 10);
                        else if (typeof d.x2 === "number")
                            m.x2 = d.x2;
                        else if (typeof d.x2 === "object")
                            m.x2 = new $util.LongBits(d.x2.low >>> 0, d.x2.high >>> 0).toNumber();
                    }
                }
                if (d.x3 != null) {
                    if (typeof d.x3 === "object" ? d.x3.low || d.x3.high : $Number(d.x3) !== 0) {
                        if ($util.Long)
                            m.x3 = $util.Long.fromValue(d.x3, false);
                        else if (typeof d.x3 === "string")
                            m.x3 = $parseInt(d.x3, 10);
                        else if (typeof d.x3 === "number")
                            m.x3 = d.x3;
                        else if (typeof d.x3 === "object")
                            m.x3 = new $util.LongBits(d.x3.low >>> 0, d.x3.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HvcResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.HvcResponse
             * @static
             * @param {pkvm.v1.HvcResponse} m HvcResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HvcResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.x0 = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.x0 = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.x1 = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.x1 = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.x2 = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.x2 = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.x3 = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.x3 = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.x0 != null && $Object.hasOwnProperty.call(m, "x0")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.x0 = typeof m.x0 === "number" ? $BigInt(m.x0) : $util.Long.fromBits(m.x0.low >>> 0, m.x0.high >>> 0, false).toBigInt();
                    else if (typeof m.x0 === "number")
                        d.x0 = o.longs === $String ? $String(m.x0) : m.x0;
                    else
                        d.x0 = o.longs === $String ? $util.Long.prototype.toString.call(m.x0) : o.longs === $Number ? new $util.LongBits(m.x0.low >>> 0, m.x0.high >>> 0).toNumber() : m.x0;
                }
                if (m.x1 != null && $Object.hasOwnProperty.call(m, "x1")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.x1 = typeof m.x1 === "number" ? $BigInt(m.x1) : $util.Long.fromBits(m.x1.low >>> 0, m.x1.high >>> 0, false).toBigInt();
                    else if (typeof m.x1 === "number")
                        d.x1 = o.longs === $String ? $String(m.x1) : m.x1;
                    else
                        d.x1 = o.longs === $String ? $util.Long.prototype.toString.call(m.x1) : o.longs === $Number ? new $util.LongBits(m.x1.low >>> 0, m.x1.high >>> 0).toNumber() : m.x1;
                }
                if (m.x2 != null && $Object.hasOwnProperty.call(m, "x2")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.x2 = typeof m.x2 === "number" ? $BigInt(m.x2) : $util.Long.fromBits(m.x2.low >>> 0, m.x2.high >>> 0, false).toBigInt();
                    else if (typeof m.x2 === "number")
                        d.x2 = o.longs === $String ? $String(m.x2) : m.x2;
                    else
                        d.x2 = o.longs === $String ? $util.Long.prototype.toString.call(m.x2) : o.longs === $Number ? new $util.LongBits(m.x2.low >>> 0, m.x2.high >>> 0).toNumber() : m.x2;
                }
                if (m.x3 != null && $Object.hasOwnProperty.call(m, "x3")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.x3 = typeof m.x3 === "number" ? $BigInt(m.x3) : $util.Long.fromBits(m.x3.low >>> 0, m.x3.high >>> 0, false).toBigInt();
                    else if (typeof m.x3 === "number")
                        d.x3 = o.longs === $String ? $String(m.x3) : m.x3;
                    else
                        d.x3 = o.longs === $String ? $util.Long.prototype.toString.call(m.x3) : o.longs === $Number ? new $util.LongBits(m.x3.low >>> 0, m.x3.high >>> 0).toNumber() : m.x3;
                }
                return d;
            };

            /**
             * Converts this HvcResponse to JSON.
             * @function toJSON
             * @memberof pkvm.v1.HvcResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HvcResponse.prototype.toJSON = function() {
                return HvcResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HvcResponse
             * @function getTypeUrl
             * @memberof pkvm.v1.HvcResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HvcResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.HvcResponse";
            };

            return HvcResponse;
        })();

        v1.HypervisorService = (function() {

            /**
             * Constructs a new HypervisorService service.
             * @memberof pkvm.v1
             * @classdesc Represents a HypervisorService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            var HypervisorService = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(HypervisorService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: HypervisorService, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new HypervisorService service using the specified rpc implementation.
             * @function create
             * @memberof pkvm.v1.HypervisorService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {HypervisorService} RPC service. Useful where requests and/or responses are streamed.
             */
            HypervisorService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link pkvm.v1.HypervisorService#ping}.
             * @memberof pkvm.v1.HypervisorService
             * @typedef PingCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.PingResponse} [response] PingResponse
             */

            /**
             * Calls Ping.
             * @memberof pkvm.v1.HypervisorService
             * @typedef Ping
             * @type {{
             *   (request: pkvm.v1.IPingRequest, callback: pkvm.v1.HypervisorService.PingCallback): void;
             *   (request: pkvm.v1.IPingRequest): Promise<pkvm.v1.PingResponse>;
             *   readonly name: "Ping";
             *   readonly path: "/pkvm.v1.HypervisorService/Ping";
             *   readonly requestType: "PingRequest";
             *   readonly responseType: "PingResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Ping.
             * @name pkvm.v1.HypervisorService#ping
             * @type {pkvm.v1.HypervisorService.Ping}
             */
            $Object.defineProperties(HypervisorService.prototype.ping = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, HypervisorService.prototype.ping, $root.pkvm.v1.PingRequest, $root.pkvm.v1.PingResponse, request, callback);
            }, {
                name: { value: "Ping" },
                path: { value: "/pkvm.v1.HypervisorService/Ping" },
                requestType: { value: "PingRequest" },
                responseType: { value: "PingResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link pkvm.v1.HypervisorService#health}.
             * @memberof pkvm.v1.HypervisorService
             * @typedef HealthCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.HealthResponse} [response] HealthResponse
             */

            /**
             * Calls Health.
             * @memberof pkvm.v1.HypervisorService
             * @typedef Health
             * @type {{
             *   (request: pkvm.v1.IHealthRequest, callback: pkvm.v1.HypervisorService.HealthCallback): void;
             *   (request: pkvm.v1.IHealthRequest): Promise<pkvm.v1.HealthResponse>;
             *   readonly name: "Health";
             *   readonly path: "/pkvm.v1.HypervisorService/Health";
             *   readonly requestType: "HealthRequest";
             *   readonly responseType: "HealthResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Health.
             * @name pkvm.v1.HypervisorService#health
             * @type {pkvm.v1.HypervisorService.Health}
             */
            $Object.defineProperties(HypervisorService.prototype.health = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, HypervisorService.prototype.health, $root.pkvm.v1.HealthRequest, $root.pkvm.v1.HealthResponse, request, callback);
            }, {
                name: { value: "Health" },
                path: { value: "/pkvm.v1.HypervisorService/Health" },
                requestType: { value: "HealthRequest" },
                responseType: { value: "HealthResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return HypervisorService;
        })();

        v1.HypService = (function() {

            /**
             * Constructs a new HypService service.
             * @memberof pkvm.v1
             * @classdesc Represents a HypService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            var HypService = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(HypService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: HypService, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new HypService service using the specified rpc implementation.
             * @function create
             * @memberof pkvm.v1.HypService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {HypService} RPC service. Useful where requests and/or responses are streamed.
             */
            HypService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link pkvm.v1.HypService#hvc}.
             * @memberof pkvm.v1.HypService
             * @typedef HvcCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.HvcResponse} [response] HvcResponse
             */

            /**
             * Calls Hvc.
             * @memberof pkvm.v1.HypService
             * @typedef Hvc
             * @type {{
             *   (request: pkvm.v1.IHvcRequest, callback: pkvm.v1.HypService.HvcCallback): void;
             *   (request: pkvm.v1.IHvcRequest): Promise<pkvm.v1.HvcResponse>;
             *   readonly name: "Hvc";
             *   readonly path: "/pkvm.v1.HypService/Hvc";
             *   readonly requestType: "HvcRequest";
             *   readonly responseType: "HvcResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Hvc.
             * @name pkvm.v1.HypService#hvc
             * @type {pkvm.v1.HypService.Hvc}
             */
            $Object.defineProperties(HypService.prototype.hvc = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, HypService.prototype.hvc, $root.pkvm.v1.HvcRequest, $root.pkvm.v1.HvcResponse, request, callback);
            }, {
                name: { value: "Hvc" },
                path: { value: "/pkvm.v1.HypService/Hvc" },
                requestType: { value: "HvcRequest" },
                responseType: { value: "HvcResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return HypService;
        })();

        v1.IommuService = (function() {

            /**
             * Constructs a new IommuService service.
             * @memberof pkvm.v1
             * @classdesc Represents an IommuService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            var IommuService = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(IommuService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: IommuService, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new IommuService service using the specified rpc implementation.
             * @function create
             * @memberof pkvm.v1.IommuService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {IommuService} RPC service. Useful where requests and/or responses are streamed.
             */
            IommuService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link pkvm.v1.IommuService#ping}.
             * @memberof pkvm.v1.IommuService
             * @typedef PingCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.PingResponse} [response] PingResponse
             */

            /**
             * Calls Ping.
             * @memberof pkvm.v1.IommuService
             * @typedef Ping
             * @type {{
             *   (request: pkvm.v1.IPingRequest, callback: pkvm.v1.IommuService.PingCallback): void;
             *   (request: pkvm.v1.IPingRequest): Promise<pkvm.v1.PingResponse>;
             *   readonly name: "Ping";
             *   readonly path: "/pkvm.v1.IommuService/Ping";
             *   readonly requestType: "PingRequest";
             *   readonly responseType: "PingResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Ping.
             * @name pkvm.v1.IommuService#ping
             * @type {pkvm.v1.IommuService.Ping}
             */
            $Object.defineProperties(IommuService.prototype.ping = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IommuService.prototype.ping, $root.pkvm.v1.PingRequest, $root.pkvm.v1.PingResponse, request, callback);
            }, {
                name: { value: "Ping" },
                path: { value: "/pkvm.v1.IommuService/Ping" },
                requestType: { value: "PingRequest" },
                responseType: { value: "PingResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link pkvm.v1.IommuService#health}.
             * @memberof pkvm.v1.IommuService
             * @typedef HealthCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.HealthResponse} [response] HealthResponse
             */

            /**
             * Calls Health.
             * @memberof pkvm.v1.IommuService
             * @typedef Health
             * @type {{
             *   (request: pkvm.v1.IHealthRequest, callback: pkvm.v1.IommuService.HealthCallback): void;
             *   (request: pkvm.v1.IHealthRequest): Promise<pkvm.v1.HealthResponse>;
             *   readonly name: "Health";
             *   readonly path: "/pkvm.v1.IommuService/Health";
             *   readonly requestType: "HealthRequest";
             *   readonly responseType: "HealthResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Health.
             * @name pkvm.v1.IommuService#health
             * @type {pkvm.v1.IommuService.Health}
             */
            $Object.defineProperties(IommuService.prototype.health = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IommuService.prototype.health, $root.pkvm.v1.HealthRequest, $root.pkvm.v1.HealthResponse, request, callback);
            }, {
                name: { value: "Health" },
                path: { value: "/pkvm.v1.IommuService/Health" },
                requestType: { value: "HealthRequest" },
                responseType: { value: "HealthResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return IommuService;
        })();

        return v1;
    })();

    return pkvm;
})();

module.exports = $root;
