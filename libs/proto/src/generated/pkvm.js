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
             * @property {number|null} [cpu] HvcRequest cpu
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
             * HvcRequest cpu.
             * @member {number} cpu
             * @memberof pkvm.v1.HvcRequest
             * @instance
             */
            HvcRequest.prototype.cpu = 0;

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
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu") && m.cpu !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.cpu);
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
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.cpu = v;
                            else
                                delete m.cpu;
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
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu")) {
                    if (!$util.isInteger(m.cpu))
                        return "cpu: integer expected";
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
                if (d.cpu != null) {
                    if ($Number(d.cpu) !== 0) {
                        m.cpu = d.cpu >>> 0;
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
                    d.cpu = 0;
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
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu")) {
                    d.cpu = m.cpu;
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

        v1.IommuEl2Service = (function() {

            /**
             * Constructs a new IommuEl2Service service.
             * @memberof pkvm.v1
             * @classdesc Represents an IommuEl2Service
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            var IommuEl2Service = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(IommuEl2Service.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: IommuEl2Service, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new IommuEl2Service service using the specified rpc implementation.
             * @function create
             * @memberof pkvm.v1.IommuEl2Service
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {IommuEl2Service} RPC service. Useful where requests and/or responses are streamed.
             */
            IommuEl2Service.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link pkvm.v1.IommuEl2Service#initIommu}.
             * @memberof pkvm.v1.IommuEl2Service
             * @typedef InitIommuCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.InitIommuResponse} [response] InitIommuResponse
             */

            /**
             * Calls InitIommu.
             * @memberof pkvm.v1.IommuEl2Service
             * @typedef InitIommu
             * @type {{
             *   (request: pkvm.v1.IInitIommuRequest, callback: pkvm.v1.IommuEl2Service.InitIommuCallback): void;
             *   (request: pkvm.v1.IInitIommuRequest): Promise<pkvm.v1.InitIommuResponse>;
             *   readonly name: "InitIommu";
             *   readonly path: "/pkvm.v1.IommuEl2Service/InitIommu";
             *   readonly requestType: "InitIommuRequest";
             *   readonly responseType: "InitIommuResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls InitIommu.
             * @name pkvm.v1.IommuEl2Service#initIommu
             * @type {pkvm.v1.IommuEl2Service.InitIommu}
             */
            $Object.defineProperties(IommuEl2Service.prototype.initIommu = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IommuEl2Service.prototype.initIommu, $root.pkvm.v1.InitIommuRequest, $root.pkvm.v1.InitIommuResponse, request, callback);
            }, {
                name: { value: "InitIommu" },
                path: { value: "/pkvm.v1.IommuEl2Service/InitIommu" },
                requestType: { value: "InitIommuRequest" },
                responseType: { value: "InitIommuResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link pkvm.v1.IommuEl2Service#snapshotHostStage2}.
             * @memberof pkvm.v1.IommuEl2Service
             * @typedef SnapshotHostStage2Callback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.SnapshotHostStage2Response} [response] SnapshotHostStage2Response
             */

            /**
             * Calls SnapshotHostStage2.
             * @memberof pkvm.v1.IommuEl2Service
             * @typedef SnapshotHostStage2
             * @type {{
             *   (request: pkvm.v1.ISnapshotHostStage2Request, callback: pkvm.v1.IommuEl2Service.SnapshotHostStage2Callback): void;
             *   (request: pkvm.v1.ISnapshotHostStage2Request): Promise<pkvm.v1.SnapshotHostStage2Response>;
             *   readonly name: "SnapshotHostStage2";
             *   readonly path: "/pkvm.v1.IommuEl2Service/SnapshotHostStage2";
             *   readonly requestType: "SnapshotHostStage2Request";
             *   readonly responseType: "SnapshotHostStage2Response";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls SnapshotHostStage2.
             * @name pkvm.v1.IommuEl2Service#snapshotHostStage2
             * @type {pkvm.v1.IommuEl2Service.SnapshotHostStage2}
             */
            $Object.defineProperties(IommuEl2Service.prototype.snapshotHostStage2 = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IommuEl2Service.prototype.snapshotHostStage2, $root.pkvm.v1.SnapshotHostStage2Request, $root.pkvm.v1.SnapshotHostStage2Response, request, callback);
            }, {
                name: { value: "SnapshotHostStage2" },
                path: { value: "/pkvm.v1.IommuEl2Service/SnapshotHostStage2" },
                requestType: { value: "SnapshotHostStage2Request" },
                responseType: { value: "SnapshotHostStage2Response" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link pkvm.v1.IommuEl2Service#hostStage2Idmap}.
             * @memberof pkvm.v1.IommuEl2Service
             * @typedef HostStage2IdmapCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.HostStage2IdmapResponse} [response] HostStage2IdmapResponse
             */

            /**
             * Calls HostStage2Idmap.
             * @memberof pkvm.v1.IommuEl2Service
             * @typedef HostStage2Idmap
             * @type {{
             *   (request: pkvm.v1.IHostStage2IdmapRequest, callback: pkvm.v1.IommuEl2Service.HostStage2IdmapCallback): void;
             *   (request: pkvm.v1.IHostStage2IdmapRequest): Promise<pkvm.v1.HostStage2IdmapResponse>;
             *   readonly name: "HostStage2Idmap";
             *   readonly path: "/pkvm.v1.IommuEl2Service/HostStage2Idmap";
             *   readonly requestType: "HostStage2IdmapRequest";
             *   readonly responseType: "HostStage2IdmapResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls HostStage2Idmap.
             * @name pkvm.v1.IommuEl2Service#hostStage2Idmap
             * @type {pkvm.v1.IommuEl2Service.HostStage2Idmap}
             */
            $Object.defineProperties(IommuEl2Service.prototype.hostStage2Idmap = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IommuEl2Service.prototype.hostStage2Idmap, $root.pkvm.v1.HostStage2IdmapRequest, $root.pkvm.v1.HostStage2IdmapResponse, request, callback);
            }, {
                name: { value: "HostStage2Idmap" },
                path: { value: "/pkvm.v1.IommuEl2Service/HostStage2Idmap" },
                requestType: { value: "HostStage2IdmapRequest" },
                responseType: { value: "HostStage2IdmapResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link pkvm.v1.IommuEl2Service#enableDev}.
             * @memberof pkvm.v1.IommuEl2Service
             * @typedef EnableDevCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.EnableDevResponse} [response] EnableDevResponse
             */

            /**
             * Calls EnableDev.
             * @memberof pkvm.v1.IommuEl2Service
             * @typedef EnableDev
             * @type {{
             *   (request: pkvm.v1.IEnableDevRequest, callback: pkvm.v1.IommuEl2Service.EnableDevCallback): void;
             *   (request: pkvm.v1.IEnableDevRequest): Promise<pkvm.v1.EnableDevResponse>;
             *   readonly name: "EnableDev";
             *   readonly path: "/pkvm.v1.IommuEl2Service/EnableDev";
             *   readonly requestType: "EnableDevRequest";
             *   readonly responseType: "EnableDevResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls EnableDev.
             * @name pkvm.v1.IommuEl2Service#enableDev
             * @type {pkvm.v1.IommuEl2Service.EnableDev}
             */
            $Object.defineProperties(IommuEl2Service.prototype.enableDev = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IommuEl2Service.prototype.enableDev, $root.pkvm.v1.EnableDevRequest, $root.pkvm.v1.EnableDevResponse, request, callback);
            }, {
                name: { value: "EnableDev" },
                path: { value: "/pkvm.v1.IommuEl2Service/EnableDev" },
                requestType: { value: "EnableDevRequest" },
                responseType: { value: "EnableDevResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link pkvm.v1.IommuEl2Service#disableDev}.
             * @memberof pkvm.v1.IommuEl2Service
             * @typedef DisableDevCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.DisableDevResponse} [response] DisableDevResponse
             */

            /**
             * Calls DisableDev.
             * @memberof pkvm.v1.IommuEl2Service
             * @typedef DisableDev
             * @type {{
             *   (request: pkvm.v1.IDisableDevRequest, callback: pkvm.v1.IommuEl2Service.DisableDevCallback): void;
             *   (request: pkvm.v1.IDisableDevRequest): Promise<pkvm.v1.DisableDevResponse>;
             *   readonly name: "DisableDev";
             *   readonly path: "/pkvm.v1.IommuEl2Service/DisableDev";
             *   readonly requestType: "DisableDevRequest";
             *   readonly responseType: "DisableDevResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls DisableDev.
             * @name pkvm.v1.IommuEl2Service#disableDev
             * @type {pkvm.v1.IommuEl2Service.DisableDev}
             */
            $Object.defineProperties(IommuEl2Service.prototype.disableDev = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IommuEl2Service.prototype.disableDev, $root.pkvm.v1.DisableDevRequest, $root.pkvm.v1.DisableDevResponse, request, callback);
            }, {
                name: { value: "DisableDev" },
                path: { value: "/pkvm.v1.IommuEl2Service/DisableDev" },
                requestType: { value: "DisableDevRequest" },
                responseType: { value: "DisableDevResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return IommuEl2Service;
        })();

        v1.SmmuTables = (function() {

            /**
             * Properties of a SmmuTables.
             * @typedef {Object} pkvm.v1.SmmuTables.$Properties
             * @property {number|null} [cmdqBase] SmmuTables cmdqBase
             * @property {number|null} [cmdqLog2Entries] SmmuTables cmdqLog2Entries
             * @property {number|null} [strtabBase] SmmuTables strtabBase
             * @property {boolean|null} [strtabTwoLevel] SmmuTables strtabTwoLevel
             * @property {number|null} [strtabLog2Size] SmmuTables strtabLog2Size
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SmmuTables.
             * @memberof pkvm.v1
             * @interface ISmmuTables
             * @augments pkvm.v1.SmmuTables.$Properties
             * @deprecated Use pkvm.v1.SmmuTables.$Properties instead.
             */

            /**
             * Shape of a SmmuTables.
             * @typedef {pkvm.v1.SmmuTables.$Properties} pkvm.v1.SmmuTables.$Shape
             */

            /**
             * Constructs a new SmmuTables.
             * @memberof pkvm.v1
             * @classdesc Represents a SmmuTables.
             * @constructor
             * @param {pkvm.v1.SmmuTables.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SmmuTables = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SmmuTables cmdqBase.
             * @member {number} cmdqBase
             * @memberof pkvm.v1.SmmuTables
             * @instance
             */
            SmmuTables.prototype.cmdqBase = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SmmuTables cmdqLog2Entries.
             * @member {number} cmdqLog2Entries
             * @memberof pkvm.v1.SmmuTables
             * @instance
             */
            SmmuTables.prototype.cmdqLog2Entries = 0;

            /**
             * SmmuTables strtabBase.
             * @member {number} strtabBase
             * @memberof pkvm.v1.SmmuTables
             * @instance
             */
            SmmuTables.prototype.strtabBase = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SmmuTables strtabTwoLevel.
             * @member {boolean} strtabTwoLevel
             * @memberof pkvm.v1.SmmuTables
             * @instance
             */
            SmmuTables.prototype.strtabTwoLevel = false;

            /**
             * SmmuTables strtabLog2Size.
             * @member {number} strtabLog2Size
             * @memberof pkvm.v1.SmmuTables
             * @instance
             */
            SmmuTables.prototype.strtabLog2Size = 0;

            /**
             * Creates a new SmmuTables instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.SmmuTables
             * @static
             * @param {pkvm.v1.SmmuTables.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.SmmuTables} SmmuTables instance
             * @type {{
             *   (properties: pkvm.v1.SmmuTables.$Shape): pkvm.v1.SmmuTables & pkvm.v1.SmmuTables.$Shape;
             *   (properties?: pkvm.v1.SmmuTables.$Properties): pkvm.v1.SmmuTables;
             * }}
             */
            SmmuTables.create = function(properties) {
                return new SmmuTables(properties);
            };

            /**
             * Encodes the specified SmmuTables message. Does not implicitly {@link pkvm.v1.SmmuTables.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.SmmuTables
             * @static
             * @param {pkvm.v1.SmmuTables.$Properties} m SmmuTables message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SmmuTables.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.cmdqBase != null && $Object.hasOwnProperty.call(m, "cmdqBase") && (typeof m.cmdqBase === "object" ? m.cmdqBase.low || m.cmdqBase.high : m.cmdqBase !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.cmdqBase);
                if (m.cmdqLog2Entries != null && $Object.hasOwnProperty.call(m, "cmdqLog2Entries") && m.cmdqLog2Entries !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.cmdqLog2Entries);
                if (m.strtabBase != null && $Object.hasOwnProperty.call(m, "strtabBase") && (typeof m.strtabBase === "object" ? m.strtabBase.low || m.strtabBase.high : m.strtabBase !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.strtabBase);
                if (m.strtabTwoLevel != null && $Object.hasOwnProperty.call(m, "strtabTwoLevel") && m.strtabTwoLevel !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.strtabTwoLevel);
                if (m.strtabLog2Size != null && $Object.hasOwnProperty.call(m, "strtabLog2Size") && m.strtabLog2Size !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.strtabLog2Size);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SmmuTables message, length delimited. Does not implicitly {@link pkvm.v1.SmmuTables.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.SmmuTables
             * @static
             * @param {pkvm.v1.SmmuTables.$Properties} message SmmuTables message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SmmuTables.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SmmuTables message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.SmmuTables
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.SmmuTables & pkvm.v1.SmmuTables.$Shape} SmmuTables
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SmmuTables.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.SmmuTables();
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
                                m.cmdqBase = v;
                            else
                                delete m.cmdqBase;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.cmdqLog2Entries = v;
                            else
                                delete m.cmdqLog2Entries;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.strtabBase = v;
                            else
                                delete m.strtabBase;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.strtabTwoLevel = v;
                            else
                                delete m.strtabTwoLevel;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.strtabLog2Size = v;
                            else
                                delete m.strtabLog2Size;
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
             * Decodes a SmmuTables message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.SmmuTables
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.SmmuTables & pkvm.v1.SmmuTables.$Shape} SmmuTables
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SmmuTables.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SmmuTables message.
             * @function verify
             * @memberof pkvm.v1.SmmuTables
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SmmuTables.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.cmdqBase != null && $Object.hasOwnProperty.call(m, "cmdqBase")) {
                    if (!$util.isInteger(m.cmdqBase) && !(m.cmdqBase && $util.isInteger(m.cmdqBase.low) && $util.isInteger(m.cmdqBase.high)))
                        return "cmdqBase: integer|Long expected";
                }
                if (m.cmdqLog2Entries != null && $Object.hasOwnProperty.call(m, "cmdqLog2Entries")) {
                    if (!$util.isInteger(m.cmdqLog2Entries))
                        return "cmdqLog2Entries: integer expected";
                }
                if (m.strtabBase != null && $Object.hasOwnProperty.call(m, "strtabBase")) {
                    if (!$util.isInteger(m.strtabBase) && !(m.strtabBase && $util.isInteger(m.strtabBase.low) && $util.isInteger(m.strtabBase.high)))
                        return "strtabBase: integer|Long expected";
                }
                if (m.strtabTwoLevel != null && $Object.hasOwnProperty.call(m, "strtabTwoLevel")) {
                    if (typeof m.strtabTwoLevel !== "boolean")
                        return "strtabTwoLevel: boolean expected";
                }
                if (m.strtabLog2Size != null && $Object.hasOwnProperty.call(m, "strtabLog2Size")) {
                    if (!$util.isInteger(m.strtabLog2Size))
                        return "strtabLog2Size: integer expected";
                }
                return null;
            };

            /**
             * Creates a SmmuTables message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.SmmuTables
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.SmmuTables} SmmuTables
             */
            SmmuTables.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.SmmuTables)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.SmmuTables: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.SmmuTables();
                if (d.cmdqBase != null) {
                    if (typeof d.cmdqBase === "object" ? d.cmdqBase.low || d.cmdqBase.high : $Number(d.cmdqBase) !== 0) {
                        if ($util.Long)
                            m.cmdqBase = $util.Long.fromValue(d.cmdqBase, false);
                        else if (typeof d.cmdqBase === "string")
                            m.cmdqBase = $parseInt(d.cmdqBase, 10);
                        else if (typeof d.cmdqBase === "number")
                            m.cmdqBase = d.cmdqBase;
                        else if (typeof d.cmdqBase === "object")
                            m.cmdqBase = new $util.LongBits(d.cmdqBase.low >>> 0, d.cmdqBase.high >>> 0).toNumber();
                    }
                }
                if (d.cmdqLog2Entries != null) {
                    if ($Number(d.cmdqLog2Entries) !== 0) {
                        m.cmdqLog2Entries = d.cmdqLog2Entries >>> 0;
                    }
                }
                if (d.strtabBase != null) {
                    if (typeof d.strtabBase === "object" ? d.strtabBase.low || d.strtabBase.high : $Number(d.strtabBase) !== 0) {
                        if ($util.Long)
                            m.strtabBase = $util.Long.fromValue(d.strtabBase, false);
                        else if (typeof d.strtabBase === "string")
                            m.strtabBase = $parseInt(d.strtabBase, 10);
                        else if (typeof d.strtabBase === "number")
                            m.strtabBase = d.strtabBase;
                        else if (typeof d.strtabBase === "object")
                            m.strtabBase = new $util.LongBits(d.strtabBase.low >>> 0, d.strtabBase.high >>> 0).toNumber();
                    }
                }
                if (d.strtabTwoLevel != null) {
                    if (d.strtabTwoLevel) {
                        m.strtabTwoLevel = $Boolean(d.strtabTwoLevel);
                    }
                }
                if (d.strtabLog2Size != null) {
                    if ($Number(d.strtabLog2Size) !== 0) {
                        m.strtabLog2Size = d.strtabLog2Size >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SmmuTables message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.SmmuTables
             * @static
             * @param {pkvm.v1.SmmuTables} m SmmuTables
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SmmuTables.toObject = function (m, o, q) {
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
                        d.cmdqBase = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.cmdqBase = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.cmdqLog2Entries = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.strtabBase = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.strtabBase = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.strtabTwoLevel = false;
                    d.strtabLog2Size = 0;
                }
                if (m.cmdqBase != null && $Object.hasOwnProperty.call(m, "cmdqBase")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.cmdqBase = typeof m.cmdqBase === "number" ? $BigInt(m.cmdqBase) : $util.Long.fromBits(m.cmdqBase.low >>> 0, m.cmdqBase.high >>> 0, false).toBigInt();
                    else if (typeof m.cmdqBase === "number")
                        d.cmdqBase = o.longs === $String ? $String(m.cmdqBase) : m.cmdqBase;
                    else
                        d.cmdqBase = o.longs === $String ? $util.Long.prototype.toString.call(m.cmdqBase) : o.longs === $Number ? new $util.LongBits(m.cmdqBase.low >>> 0, m.cmdqBase.high >>> 0).toNumber() : m.cmdqBase;
                }
                if (m.cmdqLog2Entries != null && $Object.hasOwnProperty.call(m, "cmdqLog2Entries")) {
                    d.cmdqLog2Entries = m.cmdqLog2Entries;
                }
                if (m.strtabBase != null && $Object.hasOwnProperty.call(m, "strtabBase")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.strtabBase = typeof m.strtabBase === "number" ? $BigInt(m.strtabBase) : $util.Long.fromBits(m.strtabBase.low >>> 0, m.strtabBase.high >>> 0, false).toBigInt();
                    else if (typeof m.strtabBase === "number")
                        d.strtabBase = o.longs === $String ? $String(m.strtabBase) : m.strtabBase;
                    else
                        d.strtabBase = o.longs === $String ? $util.Long.prototype.toString.call(m.strtabBase) : o.longs === $Number ? new $util.LongBits(m.strtabBase.low >>> 0, m.strtabBase.high >>> 0).toNumber() : m.strtabBase;
                }
                if (m.strtabTwoLevel != null && $Object.hasOwnProperty.call(m, "strtabTwoLevel")) {
                    d.strtabTwoLevel = m.strtabTwoLevel;
                }
                if (m.strtabLog2Size != null && $Object.hasOwnProperty.call(m, "strtabLog2Size")) {
                    d.strtabLog2Size = m.strtabLog2Size;
                }
                return d;
            };

            /**
             * Converts this SmmuTables to JSON.
             * @function toJSON
             * @memberof pkvm.v1.SmmuTables
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SmmuTables.prototype.toJSON = function() {
                return SmmuTables.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SmmuTables
             * @function getTypeUrl
             * @memberof pkvm.v1.SmmuTables
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SmmuTables.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.SmmuTables";
            };

            return SmmuTables;
        })();

        v1.InitIommuRequest = (function() {

            /**
             * Properties of an InitIommuRequest.
             * @typedef {Object} pkvm.v1.InitIommuRequest.$Properties
             * @property {number|null} [poolBase] InitIommuRequest poolBase
             * @property {number|null} [poolSize] InitIommuRequest poolSize
             * @property {Array.<pkvm.v1.SmmuTables.$Properties>|null} [smmus] InitIommuRequest smmus
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InitIommuRequest.
             * @memberof pkvm.v1
             * @interface IInitIommuRequest
             * @augments pkvm.v1.InitIommuRequest.$Properties
             * @deprecated Use pkvm.v1.InitIommuRequest.$Properties instead.
             */

            /**
             * Shape of an InitIommuRequest.
             * @typedef {pkvm.v1.InitIommuRequest.$Properties} pkvm.v1.InitIommuRequest.$Shape
             */

            /**
             * Constructs a new InitIommuRequest.
             * @memberof pkvm.v1
             * @classdesc Represents an InitIommuRequest.
             * @constructor
             * @param {pkvm.v1.InitIommuRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var InitIommuRequest = function (p) {
                this.smmus = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * InitIommuRequest poolBase.
             * @member {number} poolBase
             * @memberof pkvm.v1.InitIommuRequest
             * @instance
             */
            InitIommuRequest.prototype.poolBase = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * InitIommuRequest poolSize.
             * @member {number} poolSize
             * @memberof pkvm.v1.InitIommuRequest
             * @instance
             */
            InitIommuRequest.prototype.poolSize = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * InitIommuRequest smmus.
             * @member {Array.<pkvm.v1.SmmuTables.$Properties>} smmus
             * @memberof pkvm.v1.InitIommuRequest
             * @instance
             */
            InitIommuRequest.prototype.smmus = $util.emptyArray;

            /**
             * Creates a new InitIommuRequest instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.InitIommuRequest
             * @static
             * @param {pkvm.v1.InitIommuRequest.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.InitIommuRequest} InitIommuRequest instance
             * @type {{
             *   (properties: pkvm.v1.InitIommuRequest.$Shape): pkvm.v1.InitIommuRequest & pkvm.v1.InitIommuRequest.$Shape;
             *   (properties?: pkvm.v1.InitIommuRequest.$Properties): pkvm.v1.InitIommuRequest;
             * }}
             */
            InitIommuRequest.create = function(properties) {
                return new InitIommuRequest(properties);
            };

            /**
             * Encodes the specified InitIommuRequest message. Does not implicitly {@link pkvm.v1.InitIommuRequest.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.InitIommuRequest
             * @static
             * @param {pkvm.v1.InitIommuRequest.$Properties} m InitIommuRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InitIommuRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.poolBase != null && $Object.hasOwnProperty.call(m, "poolBase") && (typeof m.poolBase === "object" ? m.poolBase.low || m.poolBase.high : m.poolBase !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.poolBase);
                if (m.poolSize != null && $Object.hasOwnProperty.call(m, "poolSize") && (typeof m.poolSize === "object" ? m.poolSize.low || m.poolSize.high : m.poolSize !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.poolSize);
                if (m.smmus != null && m.smmus.length) {
                    for (var i = 0; i < m.smmus.length; ++i)
                        $root.pkvm.v1.SmmuTables.encode(m.smmus[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified InitIommuRequest message, length delimited. Does not implicitly {@link pkvm.v1.InitIommuRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.InitIommuRequest
             * @static
             * @param {pkvm.v1.InitIommuRequest.$Properties} message InitIommuRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InitIommuRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an InitIommuRequest message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.InitIommuRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.InitIommuRequest & pkvm.v1.InitIommuRequest.$Shape} InitIommuRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InitIommuRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.InitIommuRequest();
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
                                m.poolBase = v;
                            else
                                delete m.poolBase;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.poolSize = v;
                            else
                                delete m.poolSize;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.smmus && m.smmus.length))
                                m.smmus = [];
                            m.smmus.push($root.pkvm.v1.SmmuTables.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes an InitIommuRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.InitIommuRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.InitIommuRequest & pkvm.v1.InitIommuRequest.$Shape} InitIommuRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InitIommuRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an InitIommuRequest message.
             * @function verify
             * @memberof pkvm.v1.InitIommuRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            InitIommuRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.poolBase != null && $Object.hasOwnProperty.call(m, "poolBase")) {
                    if (!$util.isInteger(m.poolBase) && !(m.poolBase && $util.isInteger(m.poolBase.low) && $util.isInteger(m.poolBase.high)))
                        return "poolBase: integer|Long expected";
                }
                if (m.poolSize != null && $Object.hasOwnProperty.call(m, "poolSize")) {
                    if (!$util.isInteger(m.poolSize) && !(m.poolSize && $util.isInteger(m.poolSize.low) && $util.isInteger(m.poolSize.high)))
                        return "poolSize: integer|Long expected";
                }
                if (m.smmus != null && $Object.hasOwnProperty.call(m, "smmus")) {
                    if (!$Array.isArray(m.smmus))
                        return "smmus: array expected";
                    for (var i = 0; i < m.smmus.length; ++i) {
                        {
                            var e = $root.pkvm.v1.SmmuTables.verify(m.smmus[i], q + 1);
                            if (e)
                                return "smmus." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates an InitIommuRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.InitIommuRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.InitIommuRequest} InitIommuRequest
             */
            InitIommuRequest.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.InitIommuRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.InitIommuRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.InitIommuRequest();
                if (d.poolBase != null) {
                    if (typeof d.poolBase === "object" ? d.poolBase.low || d.poolBase.high : $Number(d.poolBase) !== 0) {
                        if ($util.Long)
                            m.poolBase = $util.Long.fromValue(d.poolBase, false);
                        else if (typeof d.poolBase === "string")
                            m.poolBase = $parseInt(d.poolBase, 10);
                        else if (typeof d.poolBase === "number")
                            m.poolBase = d.poolBase;
                        else if (typeof d.poolBase === "object")
                            m.poolBase = new $util.LongBits(d.poolBase.low >>> 0, d.poolBase.high >>> 0).toNumber();
                    }
                }
                if (d.poolSize != null) {
                    if (typeof d.poolSize === "object" ? d.poolSize.low || d.poolSize.high : $Number(d.poolSize) !== 0) {
                        if ($util.Long)
                            m.poolSize = $util.Long.fromValue(d.poolSize, false);
                        else if (typeof d.poolSize === "string")
                            m.poolSize = $parseInt(d.poolSize, 10);
                        else if (typeof d.poolSize === "number")
                            m.poolSize = d.poolSize;
                        else if (typeof d.poolSize === "object")
                            m.poolSize = new $util.LongBits(d.poolSize.low >>> 0, d.poolSize.high >>> 0).toNumber();
                    }
                }
                if (d.smmus) {
                    if (!$Array.isArray(d.smmus))
                        throw $TypeError(".pkvm.v1.InitIommuRequest.smmus: array expected");
                    m.smmus = $Array(d.smmus.length);
                    for (var i = 0; i < d.smmus.length; ++i) {
                        if (!$util.isObject(d.smmus[i]))
                            throw $TypeError(".pkvm.v1.InitIommuRequest.smmus: object expected");
                        m.smmus[i] = $root.pkvm.v1.SmmuTables.fromObject(d.smmus[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an InitIommuRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.InitIommuRequest
             * @static
             * @param {pkvm.v1.InitIommuRequest} m InitIommuRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InitIommuRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.smmus = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.poolBase = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.poolBase = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.poolSize = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.poolSize = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.poolBase != null && $Object.hasOwnProperty.call(m, "poolBase")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.poolBase = typeof m.poolBase === "number" ? $BigInt(m.poolBase) : $util.Long.fromBits(m.poolBase.low >>> 0, m.poolBase.high >>> 0, false).toBigInt();
                    else if (typeof m.poolBase === "number")
                        d.poolBase = o.longs === $String ? $String(m.poolBase) : m.poolBase;
                    else
                        d.poolBase = o.longs === $String ? $util.Long.prototype.toString.call(m.poolBase) : o.longs === $Number ? new $util.LongBits(m.poolBase.low >>> 0, m.poolBase.high >>> 0).toNumber() : m.poolBase;
                }
                if (m.poolSize != null && $Object.hasOwnProperty.call(m, "poolSize")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.poolSize = typeof m.poolSize === "number" ? $BigInt(m.poolSize) : $util.Long.fromBits(m.poolSize.low >>> 0, m.poolSize.high >>> 0, false).toBigInt();
                    else if (typeof m.poolSize === "number")
                        d.poolSize = o.longs === $String ? $String(m.poolSize) : m.poolSize;
                    else
                        d.poolSize = o.longs === $String ? $util.Long.prototype.toString.call(m.poolSize) : o.longs === $Number ? new $util.LongBits(m.poolSize.low >>> 0, m.poolSize.high >>> 0).toNumber() : m.poolSize;
                }
                if (m.smmus && m.smmus.length) {
                    d.smmus = $Array(m.smmus.length);
                    for (var j = 0; j < m.smmus.length; ++j) {
                        d.smmus[j] = $root.pkvm.v1.SmmuTables.toObject(m.smmus[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this InitIommuRequest to JSON.
             * @function toJSON
             * @memberof pkvm.v1.InitIommuRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InitIommuRequest.prototype.toJSON = function() {
                return InitIommuRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InitIommuRequest
             * @function getTypeUrl
             * @memberof pkvm.v1.InitIommuRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InitIommuRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.InitIommuRequest";
            };

            return InitIommuRequest;
        })();

        v1.IommuCommand = (function() {

            /**
             * Properties of an IommuCommand.
             * @typedef {Object} pkvm.v1.IommuCommand.$Properties
             * @property {number|null} [smmu] IommuCommand smmu
             * @property {string|null} [op] IommuCommand op
             * @property {number|null} [sid] IommuCommand sid
             * @property {number|null} [vmid] IommuCommand vmid
             * @property {number|null} [addr] IommuCommand addr
             * @property {boolean|null} [leaf] IommuCommand leaf
             * @property {string|null} [detail] IommuCommand detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IommuCommand.
             * @memberof pkvm.v1
             * @interface IIommuCommand
             * @augments pkvm.v1.IommuCommand.$Properties
             * @deprecated Use pkvm.v1.IommuCommand.$Properties instead.
             */

            /**
             * Shape of an IommuCommand.
             * @typedef {pkvm.v1.IommuCommand.$Properties} pkvm.v1.IommuCommand.$Shape
             */

            /**
             * Constructs a new IommuCommand.
             * @memberof pkvm.v1
             * @classdesc Represents an IommuCommand.
             * @constructor
             * @param {pkvm.v1.IommuCommand.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var IommuCommand = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * IommuCommand smmu.
             * @member {number} smmu
             * @memberof pkvm.v1.IommuCommand
             * @instance
             */
            IommuCommand.prototype.smmu = 0;

            /**
             * IommuCommand op.
             * @member {string} op
             * @memberof pkvm.v1.IommuCommand
             * @instance
             */
            IommuCommand.prototype.op = "";

            /**
             * IommuCommand sid.
             * @member {number} sid
             * @memberof pkvm.v1.IommuCommand
             * @instance
             */
            IommuCommand.prototype.sid = 0;

            /**
             * IommuCommand vmid.
             * @member {number} vmid
             * @memberof pkvm.v1.IommuCommand
             * @instance
             */
            IommuCommand.prototype.vmid = 0;

            /**
             * IommuCommand addr.
             * @member {number} addr
             * @memberof pkvm.v1.IommuCommand
             * @instance
             */
            IommuCommand.prototype.addr = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * IommuCommand leaf.
             * @member {boolean} leaf
             * @memberof pkvm.v1.IommuCommand
             * @instance
             */
            IommuCommand.prototype.leaf = false;

            /**
             * IommuCommand detail.
             * @member {string} detail
             * @memberof pkvm.v1.IommuCommand
             * @instance
             */
            IommuCommand.prototype.detail = "";

            /**
             * Creates a new IommuCommand instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.IommuCommand
             * @static
             * @param {pkvm.v1.IommuCommand.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.IommuCommand} IommuCommand instance
             * @type {{
             *   (properties: pkvm.v1.IommuCommand.$Shape): pkvm.v1.IommuCommand & pkvm.v1.IommuCommand.$Shape;
             *   (properties?: pkvm.v1.IommuCommand.$Properties): pkvm.v1.IommuCommand;
             * }}
             */
            IommuCommand.create = function(properties) {
                return new IommuCommand(properties);
            };

            /**
             * Encodes the specified IommuCommand message. Does not implicitly {@link pkvm.v1.IommuCommand.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.IommuCommand
             * @static
             * @param {pkvm.v1.IommuCommand.$Properties} m IommuCommand message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IommuCommand.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu") && m.smmu !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.smmu);
                if (m.op != null && $Object.hasOwnProperty.call(m, "op") && m.op !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.op);
                if (m.sid != null && $Object.hasOwnProperty.call(m, "sid") && m.sid !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.sid);
                if (m.vmid != null && $Object.hasOwnProperty.call(m, "vmid") && m.vmid !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.vmid);
                if (m.addr != null && $Object.hasOwnProperty.call(m, "addr") && (typeof m.addr === "object" ? m.addr.low || m.addr.high : m.addr !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.addr);
                if (m.leaf != null && $Object.hasOwnProperty.call(m, "leaf") && m.leaf !== false)
                    w.uint32(/* id 6, wireType 0 =*/48).bool(m.leaf);
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail") && m.detail !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.detail);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified IommuCommand message, length delimited. Does not implicitly {@link pkvm.v1.IommuCommand.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.IommuCommand
             * @static
             * @param {pkvm.v1.IommuCommand.$Properties} message IommuCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IommuCommand.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an IommuCommand message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.IommuCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.IommuCommand & pkvm.v1.IommuCommand.$Shape} IommuCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IommuCommand.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.IommuCommand();
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
                            if (v = r.uint32())
                                m.smmu = v;
                            else
                                delete m.smmu;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.op = v;
                            else
                                delete m.op;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.sid = v;
                            else
                                delete m.sid;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.vmid = v;
                            else
                                delete m.vmid;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.addr = v;
                            else
                                delete m.addr;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.leaf = v;
                            else
                                delete m.leaf;
                            continue;
                        }
                    case 7: {
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
             * Decodes an IommuCommand message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.IommuCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.IommuCommand & pkvm.v1.IommuCommand.$Shape} IommuCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IommuCommand.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an IommuCommand message.
             * @function verify
             * @memberof pkvm.v1.IommuCommand
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IommuCommand.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu")) {
                    if (!$util.isInteger(m.smmu))
                        return "smmu: integer expected";
                }
                if (m.op != null && $Object.hasOwnProperty.call(m, "op")) {
                    if (!$util.isString(m.op))
                        return "op: string expected";
                }
                if (m.sid != null && $Object.hasOwnProperty.call(m, "sid")) {
                    if (!$util.isInteger(m.sid))
                        return "sid: integer expected";
                }
                if (m.vmid != null && $Object.hasOwnProperty.call(m, "vmid")) {
                    if (!$util.isInteger(m.vmid))
                        return "vmid: integer expected";
                }
                if (m.addr != null && $Object.hasOwnProperty.call(m, "addr")) {
                    if (!$util.isInteger(m.addr) && !(m.addr && $util.isInteger(m.addr.low) && $util.isInteger(m.addr.high)))
                        return "addr: integer|Long expected";
                }
                if (m.leaf != null && $Object.hasOwnProperty.call(m, "leaf")) {
                    if (typeof m.leaf !== "boolean")
                        return "leaf: boolean expected";
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    if (!$util.isString(m.detail))
                        return "detail: string expected";
                }
                return null;
            };

            /**
             * Creates an IommuCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.IommuCommand
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.IommuCommand} IommuCommand
             */
            IommuCommand.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.IommuCommand)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.IommuCommand: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.IommuCommand();
                if (d.smmu != null) {
                    if ($Number(d.smmu) !== 0) {
                        m.smmu = d.smmu >>> 0;
                    }
                }
                if (d.op != null) {
                    if (typeof d.op !== "string" || d.op.length) {
                        m.op = $String(d.op);
                    }
                }
                if (d.sid != null) {
                    if ($Number(d.sid) !== 0) {
                        m.sid = d.sid >>> 0;
                    }
                }
                if (d.vmid != null) {
                    if ($Number(d.vmid) !== 0) {
                        m.vmid = d.vmid >>> 0;
                    }
                }
                if (d.addr != null) {
                    if (typeof d.addr === "object" ? d.addr.low || d.addr.high : $Number(d.addr) !== 0) {
                        if ($util.Long)
                            m.addr = $util.Long.fromValue(d.addr, false);
                        else if (typeof d.addr === "string")
                            m.addr = $parseInt(d.addr, 10);
                        else if (typeof d.addr === "number")
                            m.addr = d.addr;
                        else if (typeof d.addr === "object")
                            m.addr = new $util.LongBits(d.addr.low >>> 0, d.addr.high >>> 0).toNumber();
                    }
                }
                if (d.leaf != null) {
                    if (d.leaf) {
                        m.leaf = $Boolean(d.leaf);
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
             * Creates a plain object from an IommuCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.IommuCommand
             * @static
             * @param {pkvm.v1.IommuCommand} m IommuCommand
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IommuCommand.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.smmu = 0;
                    d.op = "";
                    d.sid = 0;
                    d.vmid = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.addr = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.addr = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.leaf = false;
                    d.detail = "";
                }
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu")) {
                    d.smmu = m.smmu;
                }
                if (m.op != null && $Object.hasOwnProperty.call(m, "op")) {
                    d.op = m.op;
                }
                if (m.sid != null && $Object.hasOwnProperty.call(m, "sid")) {
                    d.sid = m.sid;
                }
                if (m.vmid != null && $Object.hasOwnProperty.call(m, "vmid")) {
                    d.vmid = m.vmid;
                }
                if (m.addr != null && $Object.hasOwnProperty.call(m, "addr")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.addr = typeof m.addr === "number" ? $BigInt(m.addr) : $util.Long.fromBits(m.addr.low >>> 0, m.addr.high >>> 0, false).toBigInt();
                    else if (typeof m.addr === "number")
                        d.addr = o.longs === $String ? $String(m.addr) : m.addr;
                    else
                        d.addr = o.longs === $String ? $util.Long.prototype.toString.call(m.addr) : o.longs === $Number ? new $util.LongBits(m.addr.low >>> 0, m.addr.high >>> 0).toNumber() : m.addr;
                }
                if (m.leaf != null && $Object.hasOwnProperty.call(m, "leaf")) {
                    d.leaf = m.leaf;
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    d.detail = m.detail;
                }
                return d;
            };

            /**
             * Converts this IommuCommand to JSON.
             * @function toJSON
             * @memberof pkvm.v1.IommuCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IommuCommand.prototype.toJSON = function() {
                return IommuCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IommuCommand
             * @function getTypeUrl
             * @memberof pkvm.v1.IommuCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IommuCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.IommuCommand";
            };

            return IommuCommand;
        })();

        v1.IdmapConfig = (function() {

            /**
             * Properties of an IdmapConfig.
             * @typedef {Object} pkvm.v1.IdmapConfig.$Properties
             * @property {number|null} [ias] IdmapConfig ias
             * @property {number|null} [oas] IdmapConfig oas
             * @property {number|null} [startLevel] IdmapConfig startLevel
             * @property {number|null} [pgdPages] IdmapConfig pgdPages
             * @property {number|null} [pgd] IdmapConfig pgd
             * @property {number|null} [vtcr] IdmapConfig vtcr
             * @property {number|null} [pgsizeBitmap] IdmapConfig pgsizeBitmap
             * @property {boolean|null} [coherentWalk] IdmapConfig coherentWalk
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IdmapConfig.
             * @memberof pkvm.v1
             * @interface IIdmapConfig
             * @augments pkvm.v1.IdmapConfig.$Properties
             * @deprecated Use pkvm.v1.IdmapConfig.$Properties instead.
             */

            /**
             * Shape of an IdmapConfig.
             * @typedef {pkvm.v1.IdmapConfig.$Properties} pkvm.v1.IdmapConfig.$Shape
             */

            /**
             * Constructs a new IdmapConfig.
             * @memberof pkvm.v1
             * @classdesc Represents an IdmapConfig.
             * @constructor
             * @param {pkvm.v1.IdmapConfig.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var IdmapConfig = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * IdmapConfig ias.
             * @member {number} ias
             * @memberof pkvm.v1.IdmapConfig
             * @instance
             */
            IdmapConfig.prototype.ias = 0;

            /**
             * IdmapConfig oas.
             * @member {number} oas
             * @memberof pkvm.v1.IdmapConfig
             * @instance
             */
            IdmapConfig.prototype.oas = 0;

            /**
             * IdmapConfig startLevel.
             * @member {number} startLevel
             * @memberof pkvm.v1.IdmapConfig
             * @instance
             */
            IdmapConfig.prototype.startLevel = 0;

            /**
             * IdmapConfig pgdPages.
             * @member {number} pgdPages
             * @memberof pkvm.v1.IdmapConfig
             * @instance
             */
            IdmapConfig.prototype.pgdPages = 0;

            /**
             * IdmapConfig pgd.
             * @member {number} pgd
             * @memberof pkvm.v1.IdmapConfig
             * @instance
             */
            IdmapConfig.prototype.pgd = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * IdmapConfig vtcr.
             * @member {number} vtcr
             * @memberof pkvm.v1.IdmapConfig
             * @instance
             */
            IdmapConfig.prototype.vtcr = 0;

            /**
             * IdmapConfig pgsizeBitmap.
             * @member {number} pgsizeBitmap
             * @memberof pkvm.v1.IdmapConfig
             * @instance
             */
            IdmapConfig.prototype.pgsizeBitmap = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * IdmapConfig coherentWalk.
             * @member {boolean} coherentWalk
             * @memberof pkvm.v1.IdmapConfig
             * @instance
             */
            IdmapConfig.prototype.coherentWalk = false;

            /**
             * Creates a new IdmapConfig instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.IdmapConfig
             * @static
             * @param {pkvm.v1.IdmapConfig.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.IdmapConfig} IdmapConfig instance
             * @type {{
             *   (properties: pkvm.v1.IdmapConfig.$Shape): pkvm.v1.IdmapConfig & pkvm.v1.IdmapConfig.$Shape;
             *   (properties?: pkvm.v1.IdmapConfig.$Properties): pkvm.v1.IdmapConfig;
             * }}
             */
            IdmapConfig.create = function(properties) {
                return new IdmapConfig(properties);
            };

            /**
             * Encodes the specified IdmapConfig message. Does not implicitly {@link pkvm.v1.IdmapConfig.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.IdmapConfig
             * @static
             * @param {pkvm.v1.IdmapConfig.$Properties} m IdmapConfig message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IdmapConfig.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ias != null && $Object.hasOwnProperty.call(m, "ias") && m.ias !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.ias);
                if (m.oas != null && $Object.hasOwnProperty.call(m, "oas") && m.oas !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.oas);
                if (m.startLevel != null && $Object.hasOwnProperty.call(m, "startLevel") && m.startLevel !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.startLevel);
                if (m.pgdPages != null && $Object.hasOwnProperty.call(m, "pgdPages") && m.pgdPages !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.pgdPages);
                if (m.pgd != null && $Object.hasOwnProperty.call(m, "pgd") && (typeof m.pgd === "object" ? m.pgd.low || m.pgd.high : m.pgd !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.pgd);
                if (m.vtcr != null && $Object.hasOwnProperty.call(m, "vtcr") && m.vtcr !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.vtcr);
                if (m.pgsizeBitmap != null && $Object.hasOwnProperty.call(m, "pgsizeBitmap") && (typeof m.pgsizeBitmap === "object" ? m.pgsizeBitmap.low || m.pgsizeBitmap.high : m.pgsizeBitmap !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).int64(m.pgsizeBitmap);
                if (m.coherentWalk != null && $Object.hasOwnProperty.call(m, "coherentWalk") && m.coherentWalk !== false)
                    w.uint32(/* id 8, wireType 0 =*/64).bool(m.coherentWalk);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified IdmapConfig message, length delimited. Does not implicitly {@link pkvm.v1.IdmapConfig.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.IdmapConfig
             * @static
             * @param {pkvm.v1.IdmapConfig.$Properties} message IdmapConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IdmapConfig.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an IdmapConfig message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.IdmapConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.IdmapConfig & pkvm.v1.IdmapConfig.$Shape} IdmapConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IdmapConfig.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.IdmapConfig();
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
                            if (v = r.uint32())
                                m.ias = v;
                            else
                                delete m.ias;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.oas = v;
                            else
                                delete m.oas;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.startLevel = v;
                            else
                                delete m.startLevel;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.pgdPages = v;
                            else
                                delete m.pgdPages;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.pgd = v;
                            else
                                delete m.pgd;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.vtcr = v;
                            else
                                delete m.vtcr;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.pgsizeBitmap = v;
                            else
                                delete m.pgsizeBitmap;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.coherentWalk = v;
                            else
                                delete m.coherentWalk;
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
             * Decodes an IdmapConfig message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.IdmapConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.IdmapConfig & pkvm.v1.IdmapConfig.$Shape} IdmapConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IdmapConfig.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an IdmapConfig message.
             * @function verify
             * @memberof pkvm.v1.IdmapConfig
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IdmapConfig.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.ias != null && $Object.hasOwnProperty.call(m, "ias")) {
                    if (!$util.isInteger(m.ias))
                        return "ias: integer expected";
                }
                if (m.oas != null && $Object.hasOwnProperty.call(m, "oas")) {
                    if (!$util.isInteger(m.oas))
                        return "oas: integer expected";
                }
                if (m.startLevel != null && $Object.hasOwnProperty.call(m, "startLevel")) {
                    if (!$util.isInteger(m.startLevel))
                        return "startLevel: integer expected";
                }
                if (m.pgdPages != null && $Object.hasOwnProperty.call(m, "pgdPages")) {
                    if (!$util.isInteger(m.pgdPages))
                        return "pgdPages: integer expected";
                }
                if (m.pgd != null && $Object.hasOwnProperty.call(m, "pgd")) {
                    if (!$util.isInteger(m.pgd) && !(m.pgd && $util.isInteger(m.pgd.low) && $util.isInteger(m.pgd.high)))
                        return "pgd: integer|Long expected";
                }
                if (m.vtcr != null && $Object.hasOwnProperty.call(m, "vtcr")) {
                    if (!$util.isInteger(m.vtcr))
                        return "vtcr: integer expected";
                }
                if (m.pgsizeBitmap != null && $Object.hasOwnProperty.call(m, "pgsizeBitmap")) {
                    if (!$util.isInteger(m.pgsizeBitmap) && !(m.pgsizeBitmap && $util.isInteger(m.pgsizeBitmap.low) && $util.isInteger(m.pgsizeBitmap.high)))
                        return "pgsizeBitmap: integer|Long expected";
                }
                if (m.coherentWalk != null && $Object.hasOwnProperty.call(m, "coherentWalk")) {
                    if (typeof m.coherentWalk !== "boolean")
                        return "coherentWalk: boolean expected";
                }
                return null;
            };

            /**
             * Creates an IdmapConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.IdmapConfig
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.IdmapConfig} IdmapConfig
             */
            IdmapConfig.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.IdmapConfig)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.IdmapConfig: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.IdmapConfig();
                if (d.ias != null) {
                    if ($Number(d.ias) !== 0) {
                        m.ias = d.ias >>> 0;
                    }
                }
                if (d.oas != null) {
                    if ($Number(d.oas) !== 0) {
                        m.oas = d.oas >>> 0;
                    }
                }
                if (d.startLevel != null) {
                    if ($Number(d.startLevel) !== 0) {
                        m.startLevel = d.startLevel >>> 0;
                    }
                }
                if (d.pgdPages != null) {
                    if ($Number(d.pgdPages) !== 0) {
                        m.pgdPages = d.pgdPages >>> 0;
                    }
                }
                if (d.pgd != null) {
                    if (typeof d.pgd === "object" ? d.pgd.low || d.pgd.high : $Number(d.pgd) !== 0) {
                        if ($util.Long)
                            m.pgd = $util.Long.fromValue(d.pgd, false);
                        else if (typeof d.pgd === "string")
                            m.pgd = $parseInt(d.pgd, 10);
                        else if (typeof d.pgd === "number")
                            m.pgd = d.pgd;
                        else if (typeof d.pgd === "object")
                            m.pgd = new $util.LongBits(d.pgd.low >>> 0, d.pgd.high >>> 0).toNumber();
                    }
                }
                if (d.vtcr != null) {
                    if ($Number(d.vtcr) !== 0) {
                        m.vtcr = d.vtcr >>> 0;
                    }
                }
                if (d.pgsizeBitmap != null) {
                    if (typeof d.pgsizeBitmap === "object" ? d.pgsizeBitmap.low || d.pgsizeBitmap.high : $Number(d.pgsizeBitmap) !== 0) {
                        if ($util.Long)
                            m.pgsizeBitmap = $util.Long.fromValue(d.pgsizeBitmap, false);
                        else if (typeof d.pgsizeBitmap === "string")
                            m.pgsizeBitmap = $parseInt(d.pgsizeBitmap, 10);
                        else if (typeof d.pgsizeBitmap === "number")
                            m.pgsizeBitmap = d.pgsizeBitmap;
                        else if (typeof d.pgsizeBitmap === "object")
                            m.pgsizeBitmap = new $util.LongBits(d.pgsizeBitmap.low >>> 0, d.pgsizeBitmap.high >>> 0).toNumber();
                    }
                }
                if (d.coherentWalk != null) {
                    if (d.coherentWalk) {
                        m.coherentWalk = $Boolean(d.coherentWalk);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an IdmapConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.IdmapConfig
             * @static
             * @param {pkvm.v1.IdmapConfig} m IdmapConfig
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IdmapConfig.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ias = 0;
                    d.oas = 0;
                    d.startLevel = 0;
                    d.pgdPages = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.pgd = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.pgd = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.vtcr = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.pgsizeBitmap = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.pgsizeBitmap = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.coherentWalk = false;
                }
                if (m.ias != null && $Object.hasOwnProperty.call(m, "ias")) {
                    d.ias = m.ias;
                }
                if (m.oas != null && $Object.hasOwnProperty.call(m, "oas")) {
                    d.oas = m.oas;
                }
                if (m.startLevel != null && $Object.hasOwnProperty.call(m, "startLevel")) {
                    d.startLevel = m.startLevel;
                }
                if (m.pgdPages != null && $Object.hasOwnProperty.call(m, "pgdPages")) {
                    d.pgdPages = m.pgdPages;
                }
                if (m.pgd != null && $Object.hasOwnProperty.call(m, "pgd")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.pgd = typeof m.pgd === "number" ? $BigInt(m.pgd) : $util.Long.fromBits(m.pgd.low >>> 0, m.pgd.high >>> 0, false).toBigInt();
                    else if (typeof m.pgd === "number")
                        d.pgd = o.longs === $String ? $String(m.pgd) : m.pgd;
                    else
                        d.pgd = o.longs === $String ? $util.Long.prototype.toString.call(m.pgd) : o.longs === $Number ? new $util.LongBits(m.pgd.low >>> 0, m.pgd.high >>> 0).toNumber() : m.pgd;
                }
                if (m.vtcr != null && $Object.hasOwnProperty.call(m, "vtcr")) {
                    d.vtcr = m.vtcr;
                }
                if (m.pgsizeBitmap != null && $Object.hasOwnProperty.call(m, "pgsizeBitmap")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.pgsizeBitmap = typeof m.pgsizeBitmap === "number" ? $BigInt(m.pgsizeBitmap) : $util.Long.fromBits(m.pgsizeBitmap.low >>> 0, m.pgsizeBitmap.high >>> 0, false).toBigInt();
                    else if (typeof m.pgsizeBitmap === "number")
                        d.pgsizeBitmap = o.longs === $String ? $String(m.pgsizeBitmap) : m.pgsizeBitmap;
                    else
                        d.pgsizeBitmap = o.longs === $String ? $util.Long.prototype.toString.call(m.pgsizeBitmap) : o.longs === $Number ? new $util.LongBits(m.pgsizeBitmap.low >>> 0, m.pgsizeBitmap.high >>> 0).toNumber() : m.pgsizeBitmap;
                }
                if (m.coherentWalk != null && $Object.hasOwnProperty.call(m, "coherentWalk")) {
                    d.coherentWalk = m.coherentWalk;
                }
                return d;
            };

            /**
             * Converts this IdmapConfig to JSON.
             * @function toJSON
             * @memberof pkvm.v1.IdmapConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IdmapConfig.prototype.toJSON = function() {
                return IdmapConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IdmapConfig
             * @function getTypeUrl
             * @memberof pkvm.v1.IdmapConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IdmapConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.IdmapConfig";
            };

            return IdmapConfig;
        })();

        v1.InitIommuResponse = (function() {

            /**
             * Properties of an InitIommuResponse.
             * @typedef {Object} pkvm.v1.InitIommuResponse.$Properties
             * @property {pkvm.v1.IdmapConfig.$Properties|null} [idmap] InitIommuResponse idmap
             * @property {Array.<pkvm.v1.IommuCommand.$Properties>|null} [commands] InitIommuResponse commands
             * @property {Array.<pkvm.v1.SmmuTables.$Properties>|null} [smmus] InitIommuResponse smmus
             * @property {number|null} [poolFreePages] InitIommuResponse poolFreePages
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InitIommuResponse.
             * @memberof pkvm.v1
             * @interface IInitIommuResponse
             * @augments pkvm.v1.InitIommuResponse.$Properties
             * @deprecated Use pkvm.v1.InitIommuResponse.$Properties instead.
             */

            /**
             * Shape of an InitIommuResponse.
             * @typedef {pkvm.v1.InitIommuResponse.$Properties} pkvm.v1.InitIommuResponse.$Shape
             */

            /**
             * Constructs a new InitIommuResponse.
             * @memberof pkvm.v1
             * @classdesc Represents an InitIommuResponse.
             * @constructor
             * @param {pkvm.v1.InitIommuResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var InitIommuResponse = function (p) {
                this.commands = [];
                this.smmus = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * InitIommuResponse idmap.
             * @member {pkvm.v1.IdmapConfig.$Properties|null|undefined} idmap
             * @memberof pkvm.v1.InitIommuResponse
             * @instance
             */
            InitIommuResponse.prototype.idmap = null;

            /**
             * InitIommuResponse commands.
             * @member {Array.<pkvm.v1.IommuCommand.$Properties>} commands
             * @memberof pkvm.v1.InitIommuResponse
             * @instance
             */
            InitIommuResponse.prototype.commands = $util.emptyArray;

            /**
             * InitIommuResponse smmus.
             * @member {Array.<pkvm.v1.SmmuTables.$Properties>} smmus
             * @memberof pkvm.v1.InitIommuResponse
             * @instance
             */
            InitIommuResponse.prototype.smmus = $util.emptyArray;

            /**
             * InitIommuResponse poolFreePages.
             * @member {number} poolFreePages
             * @memberof pkvm.v1.InitIommuResponse
             * @instance
             */
            InitIommuResponse.prototype.poolFreePages = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new InitIommuResponse instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.InitIommuResponse
             * @static
             * @param {pkvm.v1.InitIommuResponse.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.InitIommuResponse} InitIommuResponse instance
             * @type {{
             *   (properties: pkvm.v1.InitIommuResponse.$Shape): pkvm.v1.InitIommuResponse & pkvm.v1.InitIommuResponse.$Shape;
             *   (properties?: pkvm.v1.InitIommuResponse.$Properties): pkvm.v1.InitIommuResponse;
             * }}
             */
            InitIommuResponse.create = function(properties) {
                return new InitIommuResponse(properties);
            };

            /**
             * Encodes the specified InitIommuResponse message. Does not implicitly {@link pkvm.v1.InitIommuResponse.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.InitIommuResponse
             * @static
             * @param {pkvm.v1.InitIommuResponse.$Properties} m InitIommuResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InitIommuResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.idmap != null && $Object.hasOwnProperty.call(m, "idmap"))
                    $root.pkvm.v1.IdmapConfig.encode(m.idmap, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.commands != null && m.commands.length) {
                    for (var i = 0; i < m.commands.length; ++i)
                        $root.pkvm.v1.IommuCommand.encode(m.commands[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.smmus != null && m.smmus.length) {
                    for (var i = 0; i < m.smmus.length; ++i)
                        $root.pkvm.v1.SmmuTables.encode(m.smmus[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.poolFreePages != null && $Object.hasOwnProperty.call(m, "poolFreePages") && (typeof m.poolFreePages === "object" ? m.poolFreePages.low || m.poolFreePages.high : m.poolFreePages !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.poolFreePages);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified InitIommuResponse message, length delimited. Does not implicitly {@link pkvm.v1.InitIommuResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.InitIommuResponse
             * @static
             * @param {pkvm.v1.InitIommuResponse.$Properties} message InitIommuResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InitIommuResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an InitIommuResponse message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.InitIommuResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.InitIommuResponse & pkvm.v1.InitIommuResponse.$Shape} InitIommuResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InitIommuResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.InitIommuResponse();
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
                            m.idmap = $root.pkvm.v1.IdmapConfig.decode(r, r.size(), $undefined, q + 1, m.idmap);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.commands && m.commands.length))
                                m.commands = [];
                            m.commands.push($root.pkvm.v1.IommuCommand.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.smmus && m.smmus.length))
                                m.smmus = [];
                            m.smmus.push($root.pkvm.v1.SmmuTables.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.poolFreePages = v;
                            else
                                delete m.poolFreePages;
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
             * Decodes an InitIommuResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.InitIommuResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.InitIommuResponse & pkvm.v1.InitIommuResponse.$Shape} InitIommuResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InitIommuResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an InitIommuResponse message.
             * @function verify
             * @memberof pkvm.v1.InitIommuResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            InitIommuResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.idmap != null && $Object.hasOwnProperty.call(m, "idmap")) {
                    {
                        var e = $root.pkvm.v1.IdmapConfig.verify(m.idmap, q + 1);
                        if (e)
                            return "idmap." + e;
                    }
                }
                if (m.commands != null && $Object.hasOwnProperty.call(m, "commands")) {
                    if (!$Array.isArray(m.commands))
                        return "commands: array expected";
                    for (var i = 0; i < m.commands.length; ++i) {
                        {
                            var e = $root.pkvm.v1.IommuCommand.verify(m.commands[i], q + 1);
                            if (e)
                                return "commands." + e;
                        }
                    }
                }
                if (m.smmus != null && $Object.hasOwnProperty.call(m, "smmus")) {
                    if (!$Array.isArray(m.smmus))
                        return "smmus: array expected";
                    for (var i = 0; i < m.smmus.length; ++i) {
                        {
                            var e = $root.pkvm.v1.SmmuTables.verify(m.smmus[i], q + 1);
                            if (e)
                                return "smmus." + e;
                        }
                    }
                }
                if (m.poolFreePages != null && $Object.hasOwnProperty.call(m, "poolFreePages")) {
                    if (!$util.isInteger(m.poolFreePages) && !(m.poolFreePages && $util.isInteger(m.poolFreePages.low) && $util.isInteger(m.poolFreePages.high)))
                        return "poolFreePages: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates an InitIommuResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.InitIommuResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.InitIommuResponse} InitIommuResponse
             */
            InitIommuResponse.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.InitIommuResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.InitIommuResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.InitIommuResponse();
                if (d.idmap != null) {
                    if (!$util.isObject(d.idmap))
                        throw $TypeError(".pkvm.v1.InitIommuResponse.idmap: object expected");
                    m.idmap = $root.pkvm.v1.IdmapConfig.fromObject(d.idmap, q + 1);
                }
                if (d.commands) {
                    if (!$Array.isArray(d.commands))
                        throw $TypeError(".pkvm.v1.InitIommuResponse.commands: array expected");
                    m.commands = $Array(d.commands.length);
                    for (var i = 0; i < d.commands.length; ++i) {
                        if (!$util.isObject(d.commands[i]))
                            throw $TypeError(".pkvm.v1.InitIommuResponse.commands: object expected");
                        m.commands[i] = $root.pkvm.v1.IommuCommand.fromObject(d.commands[i], q + 1);
                    }
                }
                if (d.smmus) {
                    if (!$Array.isArray(d.smmus))
                        throw $TypeError(".pkvm.v1.InitIommuResponse.smmus: array expected");
                    m.smmus = $Array(d.smmus.length);
                    for (var i = 0; i < d.smmus.length; ++i) {
                        if (!$util.isObject(d.smmus[i]))
                            throw $TypeError(".pkvm.v1.InitIommuResponse.smmus: object expected");
                        m.smmus[i] = $root.pkvm.v1.SmmuTables.fromObject(d.smmus[i], q + 1);
                    }
                }
                if (d.poolFreePages != null) {
                    if (typeof d.poolFreePages === "object" ? d.poolFreePages.low || d.poolFreePages.high : $Number(d.poolFreePages) !== 0) {
                        if ($util.Long)
                            m.poolFreePages = $util.Long.fromValue(d.poolFreePages, false);
                        else if (typeof d.poolFreePages === "string")
                            m.poolFreePages = $parseInt(d.poolFreePages, 10);
                        else if (typeof d.poolFreePages === "number")
                            m.poolFreePages = d.poolFreePages;
                        else if (typeof d.poolFreePages === "object")
                            m.poolFreePages = new $util.LongBits(d.poolFreePages.low >>> 0, d.poolFreePages.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an InitIommuResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.InitIommuResponse
             * @static
             * @param {pkvm.v1.InitIommuResponse} m InitIommuResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InitIommuResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.commands = [];
                    d.smmus = [];
                }
                if (o.defaults) {
                    d.idmap = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.poolFreePages = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.poolFreePages = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.idmap != null && $Object.hasOwnProperty.call(m, "idmap")) {
                    d.idmap = $root.pkvm.v1.IdmapConfig.toObject(m.idmap, o, q + 1);
                }
                if (m.commands && m.commands.length) {
                    d.commands = $Array(m.commands.length);
                    for (var j = 0; j < m.commands.length; ++j) {
                        d.commands[j] = $root.pkvm.v1.IommuCommand.toObject(m.commands[j], o, q + 1);
                    }
                }
                if (m.smmus && m.smmus.length) {
                    d.smmus = $Array(m.smmus.length);
                    for (var j = 0; j < m.smmus.length; ++j) {
                        d.smmus[j] = $root.pkvm.v1.SmmuTables.toObject(m.smmus[j], o, q + 1);
                    }
                }
                if (m.poolFreePages != null && $Object.hasOwnProperty.call(m, "poolFreePages")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.poolFreePages = typeof m.poolFreePages === "number" ? $BigInt(m.poolFreePages) : $util.Long.fromBits(m.poolFreePages.low >>> 0, m.poolFreePages.high >>> 0, false).toBigInt();
                    else if (typeof m.poolFreePages === "number")
                        d.poolFreePages = o.longs === $String ? $String(m.poolFreePages) : m.poolFreePages;
                    else
                        d.poolFreePages = o.longs === $String ? $util.Long.prototype.toString.call(m.poolFreePages) : o.longs === $Number ? new $util.LongBits(m.poolFreePages.low >>> 0, m.poolFreePages.high >>> 0).toNumber() : m.poolFreePages;
                }
                return d;
            };

            /**
             * Converts this InitIommuResponse to JSON.
             * @function toJSON
             * @memberof pkvm.v1.InitIommuResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InitIommuResponse.prototype.toJSON = function() {
                return InitIommuResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InitIommuResponse
             * @function getTypeUrl
             * @memberof pkvm.v1.InitIommuResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InitIommuResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.InitIommuResponse";
            };

            return InitIommuResponse;
        })();

        /**
         * LeafState enum.
         * @name pkvm.v1.LeafState
         * @enum {number}
         * @property {number} LEAF_STATE_UNSPECIFIED=0 LEAF_STATE_UNSPECIFIED value
         * @property {number} LEAF_STATE_MAPPED=1 LEAF_STATE_MAPPED value
         * @property {number} LEAF_STATE_ANNOTATED=2 LEAF_STATE_ANNOTATED value
         * @property {number} LEAF_STATE_EMPTY=3 LEAF_STATE_EMPTY value
         */
        v1.LeafState = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LEAF_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LEAF_STATE_MAPPED"] = 1;
            values[valuesById[2] = "LEAF_STATE_ANNOTATED"] = 2;
            values[valuesById[3] = "LEAF_STATE_EMPTY"] = 3;
            return values;
        })();

        v1.HostStage2Leaf = (function() {

            /**
             * Properties of a HostStage2Leaf.
             * @typedef {Object} pkvm.v1.HostStage2Leaf.$Properties
             * @property {number|null} [start] HostStage2Leaf start
             * @property {number|null} [end] HostStage2Leaf end
             * @property {pkvm.v1.LeafState|null} [state] HostStage2Leaf state
             * @property {number|null} [kvmProt] HostStage2Leaf kvmProt
             * @property {boolean|null} [isMemory] HostStage2Leaf isMemory
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HostStage2Leaf.
             * @memberof pkvm.v1
             * @interface IHostStage2Leaf
             * @augments pkvm.v1.HostStage2Leaf.$Properties
             * @deprecated Use pkvm.v1.HostStage2Leaf.$Properties instead.
             */

            /**
             * Shape of a HostStage2Leaf.
             * @typedef {pkvm.v1.HostStage2Leaf.$Properties} pkvm.v1.HostStage2Leaf.$Shape
             */

            /**
             * Constructs a new HostStage2Leaf.
             * @memberof pkvm.v1
             * @classdesc Represents a HostStage2Leaf.
             * @constructor
             * @param {pkvm.v1.HostStage2Leaf.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var HostStage2Leaf = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HostStage2Leaf start.
             * @member {number} start
             * @memberof pkvm.v1.HostStage2Leaf
             * @instance
             */
            HostStage2Leaf.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HostStage2Leaf end.
             * @member {number} end
             * @memberof pkvm.v1.HostStage2Leaf
             * @instance
             */
            HostStage2Leaf.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HostStage2Leaf state.
             * @member {pkvm.v1.LeafState} state
             * @memberof pkvm.v1.HostStage2Leaf
             * @instance
             */
            HostStage2Leaf.prototype.state = 0;

            /**
             * HostStage2Leaf kvmProt.
             * @member {number} kvmProt
             * @memberof pkvm.v1.HostStage2Leaf
             * @instance
             */
            HostStage2Leaf.prototype.kvmProt = 0;

            /**
             * HostStage2Leaf isMemory.
             * @member {boolean} isMemory
             * @memberof pkvm.v1.HostStage2Leaf
             * @instance
             */
            HostStage2Leaf.prototype.isMemory = false;

            /**
             * Creates a new HostStage2Leaf instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.HostStage2Leaf
             * @static
             * @param {pkvm.v1.HostStage2Leaf.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.HostStage2Leaf} HostStage2Leaf instance
             * @type {{
             *   (properties: pkvm.v1.HostStage2Leaf.$Shape): pkvm.v1.HostStage2Leaf & pkvm.v1.HostStage2Leaf.$Shape;
             *   (properties?: pkvm.v1.HostStage2Leaf.$Properties): pkvm.v1.HostStage2Leaf;
             * }}
             */
            HostStage2Leaf.create = function(properties) {
                return new HostStage2Leaf(properties);
            };

            /**
             * Encodes the specified HostStage2Leaf message. Does not implicitly {@link pkvm.v1.HostStage2Leaf.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.HostStage2Leaf
             * @static
             * @param {pkvm.v1.HostStage2Leaf.$Properties} m HostStage2Leaf message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostStage2Leaf.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.start != null && $Object.hasOwnProperty.call(m, "start") && (typeof m.start === "object" ? m.start.low || m.start.high : m.start !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.start);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && (typeof m.end === "object" ? m.end.low || m.end.high : m.end !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.end);
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.state);
                if (m.kvmProt != null && $Object.hasOwnProperty.call(m, "kvmProt") && m.kvmProt !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.kvmProt);
                if (m.isMemory != null && $Object.hasOwnProperty.call(m, "isMemory") && m.isMemory !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.isMemory);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified HostStage2Leaf message, length delimited. Does not implicitly {@link pkvm.v1.HostStage2Leaf.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.HostStage2Leaf
             * @static
             * @param {pkvm.v1.HostStage2Leaf.$Properties} message HostStage2Leaf message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostStage2Leaf.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HostStage2Leaf message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.HostStage2Leaf
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.HostStage2Leaf & pkvm.v1.HostStage2Leaf.$Shape} HostStage2Leaf
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostStage2Leaf.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.HostStage2Leaf();
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
                                m.start = v;
                            else
                                delete m.start;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.end = v;
                            else
                                delete m.end;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.state = v;
                            else
                                delete m.state;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.kvmProt = v;
                            else
                                delete m.kvmProt;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.isMemory = v;
                            else
                                delete m.isMemory;
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
             * Decodes a HostStage2Leaf message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.HostStage2Leaf
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.HostStage2Leaf & pkvm.v1.HostStage2Leaf.$Shape} HostStage2Leaf
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostStage2Leaf.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HostStage2Leaf message.
             * @function verify
             * @memberof pkvm.v1.HostStage2Leaf
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HostStage2Leaf.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                    if (!$util.isInteger(m.start) && !(m.start && $util.isInteger(m.start.low) && $util.isInteger(m.start.high)))
                        return "start: integer|Long expected";
                }
                if (m.end != null && $Object.hasOwnProperty.call(m, "end")) {
                    if (!$util.isInteger(m.end) && !(m.end && $util.isInteger(m.end.low) && $util.isInteger(m.end.high)))
                        return "end: integer|Long expected";
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    if (typeof m.state !== "number" || (m.state | 0) !== m.state)
                        return "state: enum value expected";
                }
                if (m.kvmProt != null && $Object.hasOwnProperty.call(m, "kvmProt")) {
                    if (!$util.isInteger(m.kvmProt))
                        return "kvmProt: integer expected";
                }
                if (m.isMemory != null && $Object.hasOwnProperty.call(m, "isMemory")) {
                    if (typeof m.isMemory !== "boolean")
                        return "isMemory: boolean expected";
                }
                return null;
            };

            /**
             * Creates a HostStage2Leaf message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.HostStage2Leaf
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.HostStage2Leaf} HostStage2Leaf
             */
            HostStage2Leaf.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.HostStage2Leaf)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.HostStage2Leaf: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.HostStage2Leaf();
                if (d.start != null) {
                    if (typeof d.start === "object" ? d.start.low || d.start.high : $Number(d.start) !== 0) {
                        if ($util.Long)
                            m.start = $util.Long.fromValue(d.start, false);
                        else if (typeof d.start === "string")
                            m.start = $parseInt(d.start, 10);
                        else if (typeof d.start === "number")
                            m.start = d.start;
                        else if (typeof d.start === "object")
                            m.start = new $util.LongBits(d.start.low >>> 0, d.start.high >>> 0).toNumber();
                    }
                }
                if (d.end != null) {
                    if (typeof d.end === "object" ? d.end.low || d.end.high : $Number(d.end) !== 0) {
                        if ($util.Long)
                            m.end = $util.Long.fromValue(d.end, false);
                        else if (typeof d.end === "string")
                            m.end = $parseInt(d.end, 10);
                        else if (typeof d.end === "number")
                            m.end = d.end;
                        else if (typeof d.end === "object")
                            m.end = new $util.LongBits(d.end.low >>> 0, d.end.high >>> 0).toNumber();
                    }
                }
                if (d.state !== 0 && (typeof d.state !== "string" || $root.pkvm.v1.LeafState[d.state] !== 0)) {
                    switch (d.state) {
                    case "LEAF_STATE_UNSPECIFIED":
                    case 0:
                        m.state = 0;
                        break;
                    case "LEAF_STATE_MAPPED":
                    case 1:
                        m.state = 1;
                        break;
                    case "LEAF_STATE_ANNOTATED":
                    case 2:
                        m.state = 2;
                        break;
                    case "LEAF_STATE_EMPTY":
                    case 3:
                        m.state = 3;
                        break;
                    default:
                        if (typeof d.state === "number" && (d.state | 0) === d.state)
                            m.state = d.state;
                    }
                }
                if (d.kvmProt != null) {
                    if ($Number(d.kvmProt) !== 0) {
                        m.kvmProt = d.kvmProt >>> 0;
                    }
                }
                if (d.isMemory != null) {
                    if (d.isMemory) {
                        m.isMemory = $Boolean(d.isMemory);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HostStage2Leaf message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.HostStage2Leaf
             * @static
             * @param {pkvm.v1.HostStage2Leaf} m HostStage2Leaf
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HostStage2Leaf.toObject = function (m, o, q) {
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
                        d.start = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.start = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.end = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.end = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.state = o.enums === $String ? "LEAF_STATE_UNSPECIFIED" : 0;
                    d.kvmProt = 0;
                    d.isMemory = false;
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.start = typeof m.start === "number" ? $BigInt(m.start) : $util.Long.fromBits(m.start.low >>> 0, m.start.high >>> 0, false).toBigInt();
                    else if (typeof m.start === "number")
                        d.start = o.longs === $String ? $String(m.start) : m.start;
                    else
                        d.start = o.longs === $String ? $util.Long.prototype.toString.call(m.start) : o.longs === $Number ? new $util.LongBits(m.start.low >>> 0, m.start.high >>> 0).toNumber() : m.start;
                }
                if (m.end != null && $Object.hasOwnProperty.call(m, "end")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.end = typeof m.end === "number" ? $BigInt(m.end) : $util.Long.fromBits(m.end.low >>> 0, m.end.high >>> 0, false).toBigInt();
                    else if (typeof m.end === "number")
                        d.end = o.longs === $String ? $String(m.end) : m.end;
                    else
                        d.end = o.longs === $String ? $util.Long.prototype.toString.call(m.end) : o.longs === $Number ? new $util.LongBits(m.end.low >>> 0, m.end.high >>> 0).toNumber() : m.end;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = o.enums === $String ? $root.pkvm.v1.LeafState[m.state] === $undefined ? m.state : $root.pkvm.v1.LeafState[m.state] : m.state;
                }
                if (m.kvmProt != null && $Object.hasOwnProperty.call(m, "kvmProt")) {
                    d.kvmProt = m.kvmProt;
                }
                if (m.isMemory != null && $Object.hasOwnProperty.call(m, "isMemory")) {
                    d.isMemory = m.isMemory;
                }
                return d;
            };

            /**
             * Converts this HostStage2Leaf to JSON.
             * @function toJSON
             * @memberof pkvm.v1.HostStage2Leaf
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HostStage2Leaf.prototype.toJSON = function() {
                return HostStage2Leaf.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HostStage2Leaf
             * @function getTypeUrl
             * @memberof pkvm.v1.HostStage2Leaf
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HostStage2Leaf.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.HostStage2Leaf";
            };

            return HostStage2Leaf;
        })();

        v1.SnapshotHostStage2Request = (function() {

            /**
             * Properties of a SnapshotHostStage2Request.
             * @typedef {Object} pkvm.v1.SnapshotHostStage2Request.$Properties
             * @property {Array.<pkvm.v1.HostStage2Leaf.$Properties>|null} [leaves] SnapshotHostStage2Request leaves
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotHostStage2Request.
             * @memberof pkvm.v1
             * @interface ISnapshotHostStage2Request
             * @augments pkvm.v1.SnapshotHostStage2Request.$Properties
             * @deprecated Use pkvm.v1.SnapshotHostStage2Request.$Properties instead.
             */

            /**
             * Shape of a SnapshotHostStage2Request.
             * @typedef {pkvm.v1.SnapshotHostStage2Request.$Properties} pkvm.v1.SnapshotHostStage2Request.$Shape
             */

            /**
             * Constructs a new SnapshotHostStage2Request.
             * @memberof pkvm.v1
             * @classdesc Represents a SnapshotHostStage2Request.
             * @constructor
             * @param {pkvm.v1.SnapshotHostStage2Request.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SnapshotHostStage2Request = function (p) {
                this.leaves = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SnapshotHostStage2Request leaves.
             * @member {Array.<pkvm.v1.HostStage2Leaf.$Properties>} leaves
             * @memberof pkvm.v1.SnapshotHostStage2Request
             * @instance
             */
            SnapshotHostStage2Request.prototype.leaves = $util.emptyArray;

            /**
             * Creates a new SnapshotHostStage2Request instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.SnapshotHostStage2Request
             * @static
             * @param {pkvm.v1.SnapshotHostStage2Request.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.SnapshotHostStage2Request} SnapshotHostStage2Request instance
             * @type {{
             *   (properties: pkvm.v1.SnapshotHostStage2Request.$Shape): pkvm.v1.SnapshotHostStage2Request & pkvm.v1.SnapshotHostStage2Request.$Shape;
             *   (properties?: pkvm.v1.SnapshotHostStage2Request.$Properties): pkvm.v1.SnapshotHostStage2Request;
             * }}
             */
            SnapshotHostStage2Request.create = function(properties) {
                return new SnapshotHostStage2Request(properties);
            };

            /**
             * Encodes the specified SnapshotHostStage2Request message. Does not implicitly {@link pkvm.v1.SnapshotHostStage2Request.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.SnapshotHostStage2Request
             * @static
             * @param {pkvm.v1.SnapshotHostStage2Request.$Properties} m SnapshotHostStage2Request message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotHostStage2Request.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.leaves != null && m.leaves.length) {
                    for (var i = 0; i < m.leaves.length; ++i)
                        $root.pkvm.v1.HostStage2Leaf.encode(m.leaves[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SnapshotHostStage2Request message, length delimited. Does not implicitly {@link pkvm.v1.SnapshotHostStage2Request.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.SnapshotHostStage2Request
             * @static
             * @param {pkvm.v1.SnapshotHostStage2Request.$Properties} message SnapshotHostStage2Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotHostStage2Request.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SnapshotHostStage2Request message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.SnapshotHostStage2Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.SnapshotHostStage2Request & pkvm.v1.SnapshotHostStage2Request.$Shape} SnapshotHostStage2Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotHostStage2Request.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.SnapshotHostStage2Request();
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
                            if (!(m.leaves && m.leaves.length))
                                m.leaves = [];
                            m.leaves.push($root.pkvm.v1.HostStage2Leaf.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a SnapshotHostStage2Request message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.SnapshotHostStage2Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.SnapshotHostStage2Request & pkvm.v1.SnapshotHostStage2Request.$Shape} SnapshotHostStage2Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotHostStage2Request.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SnapshotHostStage2Request message.
             * @function verify
             * @memberof pkvm.v1.SnapshotHostStage2Request
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SnapshotHostStage2Request.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.leaves != null && $Object.hasOwnProperty.call(m, "leaves")) {
                    if (!$Array.isArray(m.leaves))
                        return "leaves: array expected";
                    for (var i = 0; i < m.leaves.length; ++i) {
                        {
                            var e = $root.pkvm.v1.HostStage2Leaf.verify(m.leaves[i], q + 1);
                            if (e)
                                return "leaves." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a SnapshotHostStage2Request message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.SnapshotHostStage2Request
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.SnapshotHostStage2Request} SnapshotHostStage2Request
             */
            SnapshotHostStage2Request.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.SnapshotHostStage2Request)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.SnapshotHostStage2Request: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.SnapshotHostStage2Request();
                if (d.leaves) {
                    if (!$Array.isArray(d.leaves))
                        throw $TypeError(".pkvm.v1.SnapshotHostStage2Request.leaves: array expected");
                    m.leaves = $Array(d.leaves.length);
                    for (var i = 0; i < d.leaves.length; ++i) {
                        if (!$util.isObject(d.leaves[i]))
                            throw $TypeError(".pkvm.v1.SnapshotHostStage2Request.leaves: object expected");
                        m.leaves[i] = $root.pkvm.v1.HostStage2Leaf.fromObject(d.leaves[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SnapshotHostStage2Request message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.SnapshotHostStage2Request
             * @static
             * @param {pkvm.v1.SnapshotHostStage2Request} m SnapshotHostStage2Request
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotHostStage2Request.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.leaves = [];
                }
                if (m.leaves && m.leaves.length) {
                    d.leaves = $Array(m.leaves.length);
                    for (var j = 0; j < m.leaves.length; ++j) {
                        d.leaves[j] = $root.pkvm.v1.HostStage2Leaf.toObject(m.leaves[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this SnapshotHostStage2Request to JSON.
             * @function toJSON
             * @memberof pkvm.v1.SnapshotHostStage2Request
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotHostStage2Request.prototype.toJSON = function() {
                return SnapshotHostStage2Request.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotHostStage2Request
             * @function getTypeUrl
             * @memberof pkvm.v1.SnapshotHostStage2Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotHostStage2Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.SnapshotHostStage2Request";
            };

            return SnapshotHostStage2Request;
        })();

        v1.SnapshotHostStage2Response = (function() {

            /**
             * Properties of a SnapshotHostStage2Response.
             * @typedef {Object} pkvm.v1.SnapshotHostStage2Response.$Properties
             * @property {number|null} [ret] SnapshotHostStage2Response ret
             * @property {boolean|null} [initialized] SnapshotHostStage2Response initialized
             * @property {Array.<pkvm.v1.IommuCommand.$Properties>|null} [commands] SnapshotHostStage2Response commands
             * @property {number|null} [poolFreePages] SnapshotHostStage2Response poolFreePages
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotHostStage2Response.
             * @memberof pkvm.v1
             * @interface ISnapshotHostStage2Response
             * @augments pkvm.v1.SnapshotHostStage2Response.$Properties
             * @deprecated Use pkvm.v1.SnapshotHostStage2Response.$Properties instead.
             */

            /**
             * Shape of a SnapshotHostStage2Response.
             * @typedef {pkvm.v1.SnapshotHostStage2Response.$Properties} pkvm.v1.SnapshotHostStage2Response.$Shape
             */

            /**
             * Constructs a new SnapshotHostStage2Response.
             * @memberof pkvm.v1
             * @classdesc Represents a SnapshotHostStage2Response.
             * @constructor
             * @param {pkvm.v1.SnapshotHostStage2Response.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SnapshotHostStage2Response = function (p) {
                this.commands = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SnapshotHostStage2Response ret.
             * @member {number} ret
             * @memberof pkvm.v1.SnapshotHostStage2Response
             * @instance
             */
            SnapshotHostStage2Response.prototype.ret = 0;

            /**
             * SnapshotHostStage2Response initialized.
             * @member {boolean} initialized
             * @memberof pkvm.v1.SnapshotHostStage2Response
             * @instance
             */
            SnapshotHostStage2Response.prototype.initialized = false;

            /**
             * SnapshotHostStage2Response commands.
             * @member {Array.<pkvm.v1.IommuCommand.$Properties>} commands
             * @memberof pkvm.v1.SnapshotHostStage2Response
             * @instance
             */
            SnapshotHostStage2Response.prototype.commands = $util.emptyArray;

            /**
             * SnapshotHostStage2Response poolFreePages.
             * @member {number} poolFreePages
             * @memberof pkvm.v1.SnapshotHostStage2Response
             * @instance
             */
            SnapshotHostStage2Response.prototype.poolFreePages = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new SnapshotHostStage2Response instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.SnapshotHostStage2Response
             * @static
             * @param {pkvm.v1.SnapshotHostStage2Response.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.SnapshotHostStage2Response} SnapshotHostStage2Response instance
             * @type {{
             *   (properties: pkvm.v1.SnapshotHostStage2Response.$Shape): pkvm.v1.SnapshotHostStage2Response & pkvm.v1.SnapshotHostStage2Response.$Shape;
             *   (properties?: pkvm.v1.SnapshotHostStage2Response.$Properties): pkvm.v1.SnapshotHostStage2Response;
             * }}
             */
            SnapshotHostStage2Response.create = function(properties) {
                return new SnapshotHostStage2Response(properties);
            };

            /**
             * Encodes the specified SnapshotHostStage2Response message. Does not implicitly {@link pkvm.v1.SnapshotHostStage2Response.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.SnapshotHostStage2Response
             * @static
             * @param {pkvm.v1.SnapshotHostStage2Response.$Properties} m SnapshotHostStage2Response message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotHostStage2Response.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ret != null && $Object.hasOwnProperty.call(m, "ret") && m.ret !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).sint32(m.ret);
                if (m.initialized != null && $Object.hasOwnProperty.call(m, "initialized") && m.initialized !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.initialized);
                if (m.commands != null && m.commands.length) {
                    for (var i = 0; i < m.commands.length; ++i)
                        $root.pkvm.v1.IommuCommand.encode(m.commands[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.poolFreePages != null && $Object.hasOwnProperty.call(m, "poolFreePages") && (typeof m.poolFreePages === "object" ? m.poolFreePages.low || m.poolFreePages.high : m.poolFreePages !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.poolFreePages);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SnapshotHostStage2Response message, length delimited. Does not implicitly {@link pkvm.v1.SnapshotHostStage2Response.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.SnapshotHostStage2Response
             * @static
             * @param {pkvm.v1.SnapshotHostStage2Response.$Properties} message SnapshotHostStage2Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotHostStage2Response.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SnapshotHostStage2Response message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.SnapshotHostStage2Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.SnapshotHostStage2Response & pkvm.v1.SnapshotHostStage2Response.$Shape} SnapshotHostStage2Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotHostStage2Response.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.SnapshotHostStage2Response();
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
                                m.ret = v;
                            else
                                delete m.ret;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.initialized = v;
                            else
                                delete m.initialized;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.commands && m.commands.length))
                                m.commands = [];
                            m.commands.push($root.pkvm.v1.IommuCommand.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.poolFreePages = v;
                            else
                                delete m.poolFreePages;
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
             * Decodes a SnapshotHostStage2Response message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.SnapshotHostStage2Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.SnapshotHostStage2Response & pkvm.v1.SnapshotHostStage2Response.$Shape} SnapshotHostStage2Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotHostStage2Response.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SnapshotHostStage2Response message.
             * @function verify
             * @memberof pkvm.v1.SnapshotHostStage2Response
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SnapshotHostStage2Response.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.ret != null && $Object.hasOwnProperty.call(m, "ret")) {
                    if (!$util.isInteger(m.ret))
                        return "ret: integer expected";
                }
                if (m.initialized != null && $Object.hasOwnProperty.call(m, "initialized")) {
                    if (typeof m.initialized !== "boolean")
                        return "initialized: boolean expected";
                }
                if (m.commands != null && $Object.hasOwnProperty.call(m, "commands")) {
                    if (!$Array.isArray(m.commands))
                        return "commands: array expected";
                    for (var i = 0; i < m.commands.length; ++i) {
                        {
                            var e = $root.pkvm.v1.IommuCommand.verify(m.commands[i], q + 1);
                            if (e)
                                return "commands." + e;
                        }
                    }
                }
                if (m.poolFreePages != null && $Object.hasOwnProperty.call(m, "poolFreePages")) {
                    if (!$util.isInteger(m.poolFreePages) && !(m.poolFreePages && $util.isInteger(m.poolFreePages.low) && $util.isInteger(m.poolFreePages.high)))
                        return "poolFreePages: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a SnapshotHostStage2Response message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.SnapshotHostStage2Response
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.SnapshotHostStage2Response} SnapshotHostStage2Response
             */
            SnapshotHostStage2Response.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.SnapshotHostStage2Response)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.SnapshotHostStage2Response: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.SnapshotHostStage2Response();
                if (d.ret != null) {
                    if ($Number(d.ret) !== 0) {
                        m.ret = d.ret | 0;
                    }
                }
                if (d.initialized != null) {
                    if (d.initialized) {
                        m.initialized = $Boolean(d.initialized);
                    }
                }
                if (d.commands) {
                    if (!$Array.isArray(d.commands))
                        throw $TypeError(".pkvm.v1.SnapshotHostStage2Response.commands: array expected");
                    m.commands = $Array(d.commands.length);
                    for (var i = 0; i < d.commands.length; ++i) {
                        if (!$util.isObject(d.commands[i]))
                            throw $TypeError(".pkvm.v1.SnapshotHostStage2Response.commands: object expected");
                        m.commands[i] = $root.pkvm.v1.IommuCommand.fromObject(d.commands[i], q + 1);
                    }
                }
                if (d.poolFreePages != null) {
                    if (typeof d.poolFreePages === "object" ? d.poolFreePages.low || d.poolFreePages.high : $Number(d.poolFreePages) !== 0) {
                        if ($util.Long)
                            m.poolFreePages = $util.Long.fromValue(d.poolFreePages, false);
                        else if (typeof d.poolFreePages === "string")
                            m.poolFreePages = $parseInt(d.poolFreePages, 10);
                        else if (typeof d.poolFreePages === "number")
                            m.poolFreePages = d.poolFreePages;
                        else if (typeof d.poolFreePages === "object")
                            m.poolFreePages = new $util.LongBits(d.poolFreePages.low >>> 0, d.poolFreePages.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SnapshotHostStage2Response message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.SnapshotHostStage2Response
             * @static
             * @param {pkvm.v1.SnapshotHostStage2Response} m SnapshotHostStage2Response
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotHostStage2Response.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.commands = [];
                }
                if (o.defaults) {
                    d.ret = 0;
                    d.initialized = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.poolFreePages = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.poolFreePages = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.ret != null && $Object.hasOwnProperty.call(m, "ret")) {
                    d.ret = m.ret;
                }
                if (m.initialized != null && $Object.hasOwnProperty.call(m, "initialized")) {
                    d.initialized = m.initialized;
                }
                if (m.commands && m.commands.length) {
                    d.commands = $Array(m.commands.length);
                    for (var j = 0; j < m.commands.length; ++j) {
                        d.commands[j] = $root.pkvm.v1.IommuCommand.toObject(m.commands[j], o, q + 1);
                    }
                }
                if (m.poolFreePages != null && $Object.hasOwnProperty.call(m, "poolFreePages")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.poolFreePages = typeof m.poolFreePages === "number" ? $BigInt(m.poolFreePages) : $util.Long.fromBits(m.poolFreePages.low >>> 0, m.poolFreePages.high >>> 0, false).toBigInt();
                    else if (typeof m.poolFreePages === "number")
                        d.poolFreePages = o.longs === $String ? $String(m.poolFreePages) : m.poolFreePages;
                    else
                        d.poolFreePages = o.longs === $String ? $util.Long.prototype.toString.call(m.poolFreePages) : o.longs === $Number ? new $util.LongBits(m.poolFreePages.low >>> 0, m.poolFreePages.high >>> 0).toNumber() : m.poolFreePages;
                }
                return d;
            };

            /**
             * Converts this SnapshotHostStage2Response to JSON.
             * @function toJSON
             * @memberof pkvm.v1.SnapshotHostStage2Response
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotHostStage2Response.prototype.toJSON = function() {
                return SnapshotHostStage2Response.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotHostStage2Response
             * @function getTypeUrl
             * @memberof pkvm.v1.SnapshotHostStage2Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotHostStage2Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.SnapshotHostStage2Response";
            };

            return SnapshotHostStage2Response;
        })();

        v1.HostStage2IdmapRequest = (function() {

            /**
             * Properties of a HostStage2IdmapRequest.
             * @typedef {Object} pkvm.v1.HostStage2IdmapRequest.$Properties
             * @property {number|null} [start] HostStage2IdmapRequest start
             * @property {number|null} [end] HostStage2IdmapRequest end
             * @property {number|null} [kvmProt] HostStage2IdmapRequest kvmProt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HostStage2IdmapRequest.
             * @memberof pkvm.v1
             * @interface IHostStage2IdmapRequest
             * @augments pkvm.v1.HostStage2IdmapRequest.$Properties
             * @deprecated Use pkvm.v1.HostStage2IdmapRequest.$Properties instead.
             */

            /**
             * Shape of a HostStage2IdmapRequest.
             * @typedef {pkvm.v1.HostStage2IdmapRequest.$Properties} pkvm.v1.HostStage2IdmapRequest.$Shape
             */

            /**
             * Constructs a new HostStage2IdmapRequest.
             * @memberof pkvm.v1
             * @classdesc Represents a HostStage2IdmapRequest.
             * @constructor
             * @param {pkvm.v1.HostStage2IdmapRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var HostStage2IdmapRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HostStage2IdmapRequest start.
             * @member {number} start
             * @memberof pkvm.v1.HostStage2IdmapRequest
             * @instance
             */
            HostStage2IdmapRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HostStage2IdmapRequest end.
             * @member {number} end
             * @memberof pkvm.v1.HostStage2IdmapRequest
             * @instance
             */
            HostStage2IdmapRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HostStage2IdmapRequest kvmProt.
             * @member {number} kvmProt
             * @memberof pkvm.v1.HostStage2IdmapRequest
             * @instance
             */
            HostStage2IdmapRequest.prototype.kvmProt = 0;

            /**
             * Creates a new HostStage2IdmapRequest instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.HostStage2IdmapRequest
             * @static
             * @param {pkvm.v1.HostStage2IdmapRequest.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.HostStage2IdmapRequest} HostStage2IdmapRequest instance
             * @type {{
             *   (properties: pkvm.v1.HostStage2IdmapRequest.$Shape): pkvm.v1.HostStage2IdmapRequest & pkvm.v1.HostStage2IdmapRequest.$Shape;
             *   (properties?: pkvm.v1.HostStage2IdmapRequest.$Properties): pkvm.v1.HostStage2IdmapRequest;
             * }}
             */
            HostStage2IdmapRequest.create = function(properties) {
                return new HostStage2IdmapRequest(properties);
            };

            /**
             * Encodes the specified HostStage2IdmapRequest message. Does not implicitly {@link pkvm.v1.HostStage2IdmapRequest.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.HostStage2IdmapRequest
             * @static
             * @param {pkvm.v1.HostStage2IdmapRequest.$Properties} m HostStage2IdmapRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostStage2IdmapRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.start != null && $Object.hasOwnProperty.call(m, "start") && (typeof m.start === "object" ? m.start.low || m.start.high : m.start !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.start);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && (typeof m.end === "object" ? m.end.low || m.end.high : m.end !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.end);
                if (m.kvmProt != null && $Object.hasOwnProperty.call(m, "kvmProt") && m.kvmProt !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.kvmProt);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified HostStage2IdmapRequest message, length delimited. Does not implicitly {@link pkvm.v1.HostStage2IdmapRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.HostStage2IdmapRequest
             * @static
             * @param {pkvm.v1.HostStage2IdmapRequest.$Properties} message HostStage2IdmapRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostStage2IdmapRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HostStage2IdmapRequest message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.HostStage2IdmapRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.HostStage2IdmapRequest & pkvm.v1.HostStage2IdmapRequest.$Shape} HostStage2IdmapRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostStage2IdmapRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.HostStage2IdmapRequest();
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
                                m.start = v;
                            else
                                delete m.start;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.end = v;
                            else
                                delete m.end;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.kvmProt = v;
                            else
                                delete m.kvmProt;
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
             * Decodes a HostStage2IdmapRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.HostStage2IdmapRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.HostStage2IdmapRequest & pkvm.v1.HostStage2IdmapRequest.$Shape} HostStage2IdmapRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostStage2IdmapRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HostStage2IdmapRequest message.
             * @function verify
             * @memberof pkvm.v1.HostStage2IdmapRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HostStage2IdmapRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                    if (!$util.isInteger(m.start) && !(m.start && $util.isInteger(m.start.low) && $util.isInteger(m.start.high)))
                        return "start: integer|Long expected";
                }
                if (m.end != null && $Object.hasOwnProperty.call(m, "end")) {
                    if (!$util.isInteger(m.end) && !(m.end && $util.isInteger(m.end.low) && $util.isInteger(m.end.high)))
                        return "end: integer|Long expected";
                }
                if (m.kvmProt != null && $Object.hasOwnProperty.call(m, "kvmProt")) {
                    if (!$util.isInteger(m.kvmProt))
                        return "kvmProt: integer expected";
                }
                return null;
            };

            /**
             * Creates a HostStage2IdmapRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.HostStage2IdmapRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.HostStage2IdmapRequest} HostStage2IdmapRequest
             */
            HostStage2IdmapRequest.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.HostStage2IdmapRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.HostStage2IdmapRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.HostStage2IdmapRequest();
                if (d.start != null) {
                    if (typeof d.start === "object" ? d.start.low || d.start.high : $Number(d.start) !== 0) {
                        if ($util.Long)
                            m.start = $util.Long.fromValue(d.start, false);
                        else if (typeof d.start === "string")
                            m.start = $parseInt(d.start, 10);
                        else if (typeof d.start === "number")
                            m.start = d.start;
                        else if (typeof d.start === "object")
                            m.start = new $util.LongBits(d.start.low >>> 0, d.start.high >>> 0).toNumber();
                    }
                }
                if (d.end != null) {
                    if (typeof d.end === "object" ? d.end.low || d.end.high : $Number(d.end) !== 0) {
                        if ($util.Long)
                            m.end = $util.Long.fromValue(d.end, false);
                        else if (typeof d.end === "string")
                            m.end = $parseInt(d.end, 10);
                        else if (typeof d.end === "number")
                            m.end = d.end;
                        else if (typeof d.end === "object")
                            m.end = new $util.LongBits(d.end.low >>> 0, d.end.high >>> 0).toNumber();
                    }
                }
                if (d.kvmProt != null) {
                    if ($Number(d.kvmProt) !== 0) {
                        m.kvmProt = d.kvmProt >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HostStage2IdmapRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.HostStage2IdmapRequest
             * @static
             * @param {pkvm.v1.HostStage2IdmapRequest} m HostStage2IdmapRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HostStage2IdmapRequest.toObject = function (m, o, q) {
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
                        d.start = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.start = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.end = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.end = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.kvmProt = 0;
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.start = typeof m.start === "number" ? $BigInt(m.start) : $util.Long.fromBits(m.start.low >>> 0, m.start.high >>> 0, false).toBigInt();
                    else if (typeof m.start === "number")
                        d.start = o.longs === $String ? $String(m.start) : m.start;
                    else
                        d.start = o.longs === $String ? $util.Long.prototype.toString.call(m.start) : o.longs === $Number ? new $util.LongBits(m.start.low >>> 0, m.start.high >>> 0).toNumber() : m.start;
                }
                if (m.end != null && $Object.hasOwnProperty.call(m, "end")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.end = typeof m.end === "number" ? $BigInt(m.end) : $util.Long.fromBits(m.end.low >>> 0, m.end.high >>> 0, false).toBigInt();
                    else if (typeof m.end === "number")
                        d.end = o.longs === $String ? $String(m.end) : m.end;
                    else
                        d.end = o.longs === $String ? $util.Long.prototype.toString.call(m.end) : o.longs === $Number ? new $util.LongBits(m.end.low >>> 0, m.end.high >>> 0).toNumber() : m.end;
                }
                if (m.kvmProt != null && $Object.hasOwnProperty.call(m, "kvmProt")) {
                    d.kvmProt = m.kvmProt;
                }
                return d;
            };

            /**
             * Converts this HostStage2IdmapRequest to JSON.
             * @function toJSON
             * @memberof pkvm.v1.HostStage2IdmapRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HostStage2IdmapRequest.prototype.toJSON = function() {
                return HostStage2IdmapRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HostStage2IdmapRequest
             * @function getTypeUrl
             * @memberof pkvm.v1.HostStage2IdmapRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HostStage2IdmapRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.HostStage2IdmapRequest";
            };

            return HostStage2IdmapRequest;
        })();

        v1.HostStage2IdmapResponse = (function() {

            /**
             * Properties of a HostStage2IdmapResponse.
             * @typedef {Object} pkvm.v1.HostStage2IdmapResponse.$Properties
             * @property {number|null} [ret] HostStage2IdmapResponse ret
             * @property {boolean|null} [ignored] HostStage2IdmapResponse ignored
             * @property {Array.<pkvm.v1.IommuCommand.$Properties>|null} [commands] HostStage2IdmapResponse commands
             * @property {number|null} [poolFreePages] HostStage2IdmapResponse poolFreePages
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HostStage2IdmapResponse.
             * @memberof pkvm.v1
             * @interface IHostStage2IdmapResponse
             * @augments pkvm.v1.HostStage2IdmapResponse.$Properties
             * @deprecated Use pkvm.v1.HostStage2IdmapResponse.$Properties instead.
             */

            /**
             * Shape of a HostStage2IdmapResponse.
             * @typedef {pkvm.v1.HostStage2IdmapResponse.$Properties} pkvm.v1.HostStage2IdmapResponse.$Shape
             */

            /**
             * Constructs a new HostStage2IdmapResponse.
             * @memberof pkvm.v1
             * @classdesc Represents a HostStage2IdmapResponse.
             * @constructor
             * @param {pkvm.v1.HostStage2IdmapResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var HostStage2IdmapResponse = function (p) {
                this.commands = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HostStage2IdmapResponse ret.
             * @member {number} ret
             * @memberof pkvm.v1.HostStage2IdmapResponse
             * @instance
             */
            HostStage2IdmapResponse.prototype.ret = 0;

            /**
             * HostStage2IdmapResponse ignored.
             * @member {boolean} ignored
             * @memberof pkvm.v1.HostStage2IdmapResponse
             * @instance
             */
            HostStage2IdmapResponse.prototype.ignored = false;

            /**
             * HostStage2IdmapResponse commands.
             * @member {Array.<pkvm.v1.IommuCommand.$Properties>} commands
             * @memberof pkvm.v1.HostStage2IdmapResponse
             * @instance
             */
            HostStage2IdmapResponse.prototype.commands = $util.emptyArray;

            /**
             * HostStage2IdmapResponse poolFreePages.
             * @member {number} poolFreePages
             * @memberof pkvm.v1.HostStage2IdmapResponse
             * @instance
             */
            HostStage2IdmapResponse.prototype.poolFreePages = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new HostStage2IdmapResponse instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.HostStage2IdmapResponse
             * @static
             * @param {pkvm.v1.HostStage2IdmapResponse.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.HostStage2IdmapResponse} HostStage2IdmapResponse instance
             * @type {{
             *   (properties: pkvm.v1.HostStage2IdmapResponse.$Shape): pkvm.v1.HostStage2IdmapResponse & pkvm.v1.HostStage2IdmapResponse.$Shape;
             *   (properties?: pkvm.v1.HostStage2IdmapResponse.$Properties): pkvm.v1.HostStage2IdmapResponse;
             * }}
             */
            HostStage2IdmapResponse.create = function(properties) {
                return new HostStage2IdmapResponse(properties);
            };

            /**
             * Encodes the specified HostStage2IdmapResponse message. Does not implicitly {@link pkvm.v1.HostStage2IdmapResponse.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.HostStage2IdmapResponse
             * @static
             * @param {pkvm.v1.HostStage2IdmapResponse.$Properties} m HostStage2IdmapResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostStage2IdmapResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ret != null && $Object.hasOwnProperty.call(m, "ret") && m.ret !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).sint32(m.ret);
                if (m.ignored != null && $Object.hasOwnProperty.call(m, "ignored") && m.ignored !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.ignored);
                if (m.commands != null && m.commands.length) {
                    for (var i = 0; i < m.commands.length; ++i)
                        $root.pkvm.v1.IommuCommand.encode(m.commands[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.poolFreePages != null && $Object.hasOwnProperty.call(m, "poolFreePages") && (typeof m.poolFreePages === "object" ? m.poolFreePages.low || m.poolFreePages.high : m.poolFreePages !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.poolFreePages);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified HostStage2IdmapResponse message, length delimited. Does not implicitly {@link pkvm.v1.HostStage2IdmapResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.HostStage2IdmapResponse
             * @static
             * @param {pkvm.v1.HostStage2IdmapResponse.$Properties} message HostStage2IdmapResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostStage2IdmapResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HostStage2IdmapResponse message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.HostStage2IdmapResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.HostStage2IdmapResponse & pkvm.v1.HostStage2IdmapResponse.$Shape} HostStage2IdmapResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostStage2IdmapResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.HostStage2IdmapResponse();
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
                                m.ret = v;
                            else
                                delete m.ret;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.ignored = v;
                            else
                                delete m.ignored;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.commands && m.commands.length))
                                m.commands = [];
                            m.commands.push($root.pkvm.v1.IommuCommand.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.poolFreePages = v;
                            else
                                delete m.poolFreePages;
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
             * Decodes a HostStage2IdmapResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.HostStage2IdmapResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.HostStage2IdmapResponse & pkvm.v1.HostStage2IdmapResponse.$Shape} HostStage2IdmapResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostStage2IdmapResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HostStage2IdmapResponse message.
             * @function verify
             * @memberof pkvm.v1.HostStage2IdmapResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HostStage2IdmapResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.ret != null && $Object.hasOwnProperty.call(m, "ret")) {
                    if (!$util.isInteger(m.ret))
                        return "ret: integer expected";
                }
                if (m.ignored != null && $Object.hasOwnProperty.call(m, "ignored")) {
                    if (typeof m.ignored !== "boolean")
                        return "ignored: boolean expected";
                }
                if (m.commands != null && $Object.hasOwnProperty.call(m, "commands")) {
                    if (!$Array.isArray(m.commands))
                        return "commands: array expected";
                    for (var i = 0; i < m.commands.length; ++i) {
                        {
                            var e = $root.pkvm.v1.IommuCommand.verify(m.commands[i], q + 1);
                            if (e)
                                return "commands." + e;
                        }
                    }
                }
                if (m.poolFreePages != null && $Object.hasOwnProperty.call(m, "poolFreePages")) {
                    if (!$util.isInteger(m.poolFreePages) && !(m.poolFreePages && $util.isInteger(m.poolFreePages.low) && $util.isInteger(m.poolFreePages.high)))
                        return "poolFreePages: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a HostStage2IdmapResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.HostStage2IdmapResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.HostStage2IdmapResponse} HostStage2IdmapResponse
             */
            HostStage2IdmapResponse.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.HostStage2IdmapResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.HostStage2IdmapResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.HostStage2IdmapResponse();
                if (d.ret != null) {
                    if ($Number(d.ret) !== 0) {
                        m.ret = d.ret | 0;
                    }
                }
                if (d.ignored != null) {
                    if (d.ignored) {
                        m.ignored = $Boolean(d.ignored);
                    }
                }
                if (d.commands) {
                    if (!$Array.isArray(d.commands))
                        throw $TypeError(".pkvm.v1.HostStage2IdmapResponse.commands: array expected");
                    m.commands = $Array(d.commands.length);
                    for (var i = 0; i < d.commands.length; ++i) {
                        if (!$util.isObject(d.commands[i]))
                            throw $TypeError(".pkvm.v1.HostStage2IdmapResponse.commands: object expected");
                        m.commands[i] = $root.pkvm.v1.IommuCommand.fromObject(d.commands[i], q + 1);
                    }
                }
                if (d.poolFreePages != null) {
                    if (typeof d.poolFreePages === "object" ? d.poolFreePages.low || d.poolFreePages.high : $Number(d.poolFreePages) !== 0) {
                        if ($util.Long)
                            m.poolFreePages = $util.Long.fromValue(d.poolFreePages, false);
                        else if (typeof d.poolFreePages === "string")
                            m.poolFreePages = $parseInt(d.poolFreePages, 10);
                        else if (typeof d.poolFreePages === "number")
                            m.poolFreePages = d.poolFreePages;
                        else if (typeof d.poolFreePages === "object")
                            m.poolFreePages = new $util.LongBits(d.poolFreePages.low >>> 0, d.poolFreePages.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HostStage2IdmapResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.HostStage2IdmapResponse
             * @static
             * @param {pkvm.v1.HostStage2IdmapResponse} m HostStage2IdmapResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HostStage2IdmapResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.commands = [];
                }
                if (o.defaults) {
                    d.ret = 0;
                    d.ignored = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.poolFreePages = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.poolFreePages = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.ret != null && $Object.hasOwnProperty.call(m, "ret")) {
                    d.ret = m.ret;
                }
                if (m.ignored != null && $Object.hasOwnProperty.call(m, "ignored")) {
                    d.ignored = m.ignored;
                }
                if (m.commands && m.commands.length) {
                    d.commands = $Array(m.commands.length);
                    for (var j = 0; j < m.commands.length; ++j) {
                        d.commands[j] = $root.pkvm.v1.IommuCommand.toObject(m.commands[j], o, q + 1);
                    }
                }
                if (m.poolFreePages != null && $Object.hasOwnProperty.call(m, "poolFreePages")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.poolFreePages = typeof m.poolFreePages === "number" ? $BigInt(m.poolFreePages) : $util.Long.fromBits(m.poolFreePages.low >>> 0, m.poolFreePages.high >>> 0, false).toBigInt();
                    else if (typeof m.poolFreePages === "number")
                        d.poolFreePages = o.longs === $String ? $String(m.poolFreePages) : m.poolFreePages;
                    else
                        d.poolFreePages = o.longs === $String ? $util.Long.prototype.toString.call(m.poolFreePages) : o.longs === $Number ? new $util.LongBits(m.poolFreePages.low >>> 0, m.poolFreePages.high >>> 0).toNumber() : m.poolFreePages;
                }
                return d;
            };

            /**
             * Converts this HostStage2IdmapResponse to JSON.
             * @function toJSON
             * @memberof pkvm.v1.HostStage2IdmapResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HostStage2IdmapResponse.prototype.toJSON = function() {
                return HostStage2IdmapResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HostStage2IdmapResponse
             * @function getTypeUrl
             * @memberof pkvm.v1.HostStage2IdmapResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HostStage2IdmapResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.HostStage2IdmapResponse";
            };

            return HostStage2IdmapResponse;
        })();

        v1.EnableDevRequest = (function() {

            /**
             * Properties of an EnableDevRequest.
             * @typedef {Object} pkvm.v1.EnableDevRequest.$Properties
             * @property {number|null} [smmu] EnableDevRequest smmu
             * @property {number|null} [sid] EnableDevRequest sid
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EnableDevRequest.
             * @memberof pkvm.v1
             * @interface IEnableDevRequest
             * @augments pkvm.v1.EnableDevRequest.$Properties
             * @deprecated Use pkvm.v1.EnableDevRequest.$Properties instead.
             */

            /**
             * Shape of an EnableDevRequest.
             * @typedef {pkvm.v1.EnableDevRequest.$Properties} pkvm.v1.EnableDevRequest.$Shape
             */

            /**
             * Constructs a new EnableDevRequest.
             * @memberof pkvm.v1
             * @classdesc Represents an EnableDevRequest.
             * @constructor
             * @param {pkvm.v1.EnableDevRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var EnableDevRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * EnableDevRequest smmu.
             * @member {number} smmu
             * @memberof pkvm.v1.EnableDevRequest
             * @instance
             */
            EnableDevRequest.prototype.smmu = 0;

            /**
             * EnableDevRequest sid.
             * @member {number} sid
             * @memberof pkvm.v1.EnableDevRequest
             * @instance
             */
            EnableDevRequest.prototype.sid = 0;

            /**
             * Creates a new EnableDevRequest instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.EnableDevRequest
             * @static
             * @param {pkvm.v1.EnableDevRequest.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.EnableDevRequest} EnableDevRequest instance
             * @type {{
             *   (properties: pkvm.v1.EnableDevRequest.$Shape): pkvm.v1.EnableDevRequest & pkvm.v1.EnableDevRequest.$Shape;
             *   (properties?: pkvm.v1.EnableDevRequest.$Properties): pkvm.v1.EnableDevRequest;
             * }}
             */
            EnableDevRequest.create = function(properties) {
                return new EnableDevRequest(properties);
            };

            /**
             * Encodes the specified EnableDevRequest message. Does not implicitly {@link pkvm.v1.EnableDevRequest.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.EnableDevRequest
             * @static
             * @param {pkvm.v1.EnableDevRequest.$Properties} m EnableDevRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnableDevRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu") && m.smmu !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.smmu);
                if (m.sid != null && $Object.hasOwnProperty.call(m, "sid") && m.sid !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.sid);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified EnableDevRequest message, length delimited. Does not implicitly {@link pkvm.v1.EnableDevRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.EnableDevRequest
             * @static
             * @param {pkvm.v1.EnableDevRequest.$Properties} message EnableDevRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnableDevRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EnableDevRequest message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.EnableDevRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.EnableDevRequest & pkvm.v1.EnableDevRequest.$Shape} EnableDevRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnableDevRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.EnableDevRequest();
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
                            if (v = r.uint32())
                                m.smmu = v;
                            else
                                delete m.smmu;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.sid = v;
                            else
                                delete m.sid;
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
             * Decodes an EnableDevRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.EnableDevRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.EnableDevRequest & pkvm.v1.EnableDevRequest.$Shape} EnableDevRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnableDevRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EnableDevRequest message.
             * @function verify
             * @memberof pkvm.v1.EnableDevRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EnableDevRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu")) {
                    if (!$util.isInteger(m.smmu))
                        return "smmu: integer expected";
                }
                if (m.sid != null && $Object.hasOwnProperty.call(m, "sid")) {
                    if (!$util.isInteger(m.sid))
                        return "sid: integer expected";
                }
                return null;
            };

            /**
             * Creates an EnableDevRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.EnableDevRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.EnableDevRequest} EnableDevRequest
             */
            EnableDevRequest.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.EnableDevRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.EnableDevRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.EnableDevRequest();
                if (d.smmu != null) {
                    if ($Number(d.smmu) !== 0) {
                        m.smmu = d.smmu >>> 0;
                    }
                }
                if (d.sid != null) {
                    if ($Number(d.sid) !== 0) {
                        m.sid = d.sid >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an EnableDevRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.EnableDevRequest
             * @static
             * @param {pkvm.v1.EnableDevRequest} m EnableDevRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EnableDevRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.smmu = 0;
                    d.sid = 0;
                }
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu")) {
                    d.smmu = m.smmu;
                }
                if (m.sid != null && $Object.hasOwnProperty.call(m, "sid")) {
                    d.sid = m.sid;
                }
                return d;
            };

            /**
             * Converts this EnableDevRequest to JSON.
             * @function toJSON
             * @memberof pkvm.v1.EnableDevRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EnableDevRequest.prototype.toJSON = function() {
                return EnableDevRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EnableDevRequest
             * @function getTypeUrl
             * @memberof pkvm.v1.EnableDevRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EnableDevRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.EnableDevRequest";
            };

            return EnableDevRequest;
        })();

        v1.EnableDevResponse = (function() {

            /**
             * Properties of an EnableDevResponse.
             * @typedef {Object} pkvm.v1.EnableDevResponse.$Properties
             * @property {number|null} [ret] EnableDevResponse ret
             * @property {Array.<pkvm.v1.IommuCommand.$Properties>|null} [commands] EnableDevResponse commands
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EnableDevResponse.
             * @memberof pkvm.v1
             * @interface IEnableDevResponse
             * @augments pkvm.v1.EnableDevResponse.$Properties
             * @deprecated Use pkvm.v1.EnableDevResponse.$Properties instead.
             */

            /**
             * Shape of an EnableDevResponse.
             * @typedef {pkvm.v1.EnableDevResponse.$Properties} pkvm.v1.EnableDevResponse.$Shape
             */

            /**
             * Constructs a new EnableDevResponse.
             * @memberof pkvm.v1
             * @classdesc Represents an EnableDevResponse.
             * @constructor
             * @param {pkvm.v1.EnableDevResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var EnableDevResponse = function (p) {
                this.commands = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * EnableDevResponse ret.
             * @member {number} ret
             * @memberof pkvm.v1.EnableDevResponse
             * @instance
             */
            EnableDevResponse.prototype.ret = 0;

            /**
             * EnableDevResponse commands.
             * @member {Array.<pkvm.v1.IommuCommand.$Properties>} commands
             * @memberof pkvm.v1.EnableDevResponse
             * @instance
             */
            EnableDevResponse.prototype.commands = $util.emptyArray;

            /**
             * Creates a new EnableDevResponse instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.EnableDevResponse
             * @static
             * @param {pkvm.v1.EnableDevResponse.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.EnableDevResponse} EnableDevResponse instance
             * @type {{
             *   (properties: pkvm.v1.EnableDevResponse.$Shape): pkvm.v1.EnableDevResponse & pkvm.v1.EnableDevResponse.$Shape;
             *   (properties?: pkvm.v1.EnableDevResponse.$Properties): pkvm.v1.EnableDevResponse;
             * }}
             */
            EnableDevResponse.create = function(properties) {
                return new EnableDevResponse(properties);
            };

            /**
             * Encodes the specified EnableDevResponse message. Does not implicitly {@link pkvm.v1.EnableDevResponse.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.EnableDevResponse
             * @static
             * @param {pkvm.v1.EnableDevResponse.$Properties} m EnableDevResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnableDevResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ret != null && $Object.hasOwnProperty.call(m, "ret") && m.ret !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).sint32(m.ret);
                if (m.commands != null && m.commands.length) {
                    for (var i = 0; i < m.commands.length; ++i)
                        $root.pkvm.v1.IommuCommand.encode(m.commands[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified EnableDevResponse message, length delimited. Does not implicitly {@link pkvm.v1.EnableDevResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.EnableDevResponse
             * @static
             * @param {pkvm.v1.EnableDevResponse.$Properties} message EnableDevResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnableDevResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EnableDevResponse message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.EnableDevResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.EnableDevResponse & pkvm.v1.EnableDevResponse.$Shape} EnableDevResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnableDevResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.EnableDevResponse();
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
                                m.ret = v;
                            else
                                delete m.ret;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.commands && m.commands.length))
                                m.commands = [];
                            m.commands.push($root.pkvm.v1.IommuCommand.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes an EnableDevResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.EnableDevResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.EnableDevResponse & pkvm.v1.EnableDevResponse.$Shape} EnableDevResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnableDevResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EnableDevResponse message.
             * @function verify
             * @memberof pkvm.v1.EnableDevResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EnableDevResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.ret != null && $Object.hasOwnProperty.call(m, "ret")) {
                    if (!$util.isInteger(m.ret))
                        return "ret: integer expected";
                }
                if (m.commands != null && $Object.hasOwnProperty.call(m, "commands")) {
                    if (!$Array.isArray(m.commands))
                        return "commands: array expected";
                    for (var i = 0; i < m.commands.length; ++i) {
                        {
                            var e = $root.pkvm.v1.IommuCommand.verify(m.commands[i], q + 1);
                            if (e)
                                return "commands." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates an EnableDevResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.EnableDevResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.EnableDevResponse} EnableDevResponse
             */
            EnableDevResponse.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.EnableDevResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.EnableDevResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.EnableDevResponse();
                if (d.ret != null) {
                    if ($Number(d.ret) !== 0) {
                        m.ret = d.ret | 0;
                    }
                }
                if (d.commands) {
                    if (!$Array.isArray(d.commands))
                        throw $TypeError(".pkvm.v1.EnableDevResponse.commands: array expected");
                    m.commands = $Array(d.commands.length);
                    for (var i = 0; i < d.commands.length; ++i) {
                        if (!$util.isObject(d.commands[i]))
                            throw $TypeError(".pkvm.v1.EnableDevResponse.commands: object expected");
                        m.commands[i] = $root.pkvm.v1.IommuCommand.fromObject(d.commands[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an EnableDevResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.EnableDevResponse
             * @static
             * @param {pkvm.v1.EnableDevResponse} m EnableDevResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EnableDevResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.commands = [];
                }
                if (o.defaults) {
                    d.ret = 0;
                }
                if (m.ret != null && $Object.hasOwnProperty.call(m, "ret")) {
                    d.ret = m.ret;
                }
                if (m.commands && m.commands.length) {
                    d.commands = $Array(m.commands.length);
                    for (var j = 0; j < m.commands.length; ++j) {
                        d.commands[j] = $root.pkvm.v1.IommuCommand.toObject(m.commands[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this EnableDevResponse to JSON.
             * @function toJSON
             * @memberof pkvm.v1.EnableDevResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EnableDevResponse.prototype.toJSON = function() {
                return EnableDevResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EnableDevResponse
             * @function getTypeUrl
             * @memberof pkvm.v1.EnableDevResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EnableDevResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.EnableDevResponse";
            };

            return EnableDevResponse;
        })();

        v1.DisableDevRequest = (function() {

            /**
             * Properties of a DisableDevRequest.
             * @typedef {Object} pkvm.v1.DisableDevRequest.$Properties
             * @property {number|null} [smmu] DisableDevRequest smmu
             * @property {number|null} [sid] DisableDevRequest sid
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DisableDevRequest.
             * @memberof pkvm.v1
             * @interface IDisableDevRequest
             * @augments pkvm.v1.DisableDevRequest.$Properties
             * @deprecated Use pkvm.v1.DisableDevRequest.$Properties instead.
             */

            /**
             * Shape of a DisableDevRequest.
             * @typedef {pkvm.v1.DisableDevRequest.$Properties} pkvm.v1.DisableDevRequest.$Shape
             */

            /**
             * Constructs a new DisableDevRequest.
             * @memberof pkvm.v1
             * @classdesc Represents a DisableDevRequest.
             * @constructor
             * @param {pkvm.v1.DisableDevRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DisableDevRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DisableDevRequest smmu.
             * @member {number} smmu
             * @memberof pkvm.v1.DisableDevRequest
             * @instance
             */
            DisableDevRequest.prototype.smmu = 0;

            /**
             * DisableDevRequest sid.
             * @member {number} sid
             * @memberof pkvm.v1.DisableDevRequest
             * @instance
             */
            DisableDevRequest.prototype.sid = 0;

            /**
             * Creates a new DisableDevRequest instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.DisableDevRequest
             * @static
             * @param {pkvm.v1.DisableDevRequest.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.DisableDevRequest} DisableDevRequest instance
             * @type {{
             *   (properties: pkvm.v1.DisableDevRequest.$Shape): pkvm.v1.DisableDevRequest & pkvm.v1.DisableDevRequest.$Shape;
             *   (properties?: pkvm.v1.DisableDevRequest.$Properties): pkvm.v1.DisableDevRequest;
             * }}
             */
            DisableDevRequest.create = function(properties) {
                return new DisableDevRequest(properties);
            };

            /**
             * Encodes the specified DisableDevRequest message. Does not implicitly {@link pkvm.v1.DisableDevRequest.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.DisableDevRequest
             * @static
             * @param {pkvm.v1.DisableDevRequest.$Properties} m DisableDevRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DisableDevRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu") && m.smmu !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.smmu);
                if (m.sid != null && $Object.hasOwnProperty.call(m, "sid") && m.sid !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.sid);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DisableDevRequest message, length delimited. Does not implicitly {@link pkvm.v1.DisableDevRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.DisableDevRequest
             * @static
             * @param {pkvm.v1.DisableDevRequest.$Properties} message DisableDevRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DisableDevRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DisableDevRequest message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.DisableDevRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.DisableDevRequest & pkvm.v1.DisableDevRequest.$Shape} DisableDevRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DisableDevRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.DisableDevRequest();
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
                            if (v = r.uint32())
                                m.smmu = v;
                            else
                                delete m.smmu;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.sid = v;
                            else
                                delete m.sid;
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
             * Decodes a DisableDevRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.DisableDevRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.DisableDevRequest & pkvm.v1.DisableDevRequest.$Shape} DisableDevRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DisableDevRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DisableDevRequest message.
             * @function verify
             * @memberof pkvm.v1.DisableDevRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DisableDevRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu")) {
                    if (!$util.isInteger(m.smmu))
                        return "smmu: integer expected";
                }
                if (m.sid != null && $Object.hasOwnProperty.call(m, "sid")) {
                    if (!$util.isInteger(m.sid))
                        return "sid: integer expected";
                }
                return null;
            };

            /**
             * Creates a DisableDevRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.DisableDevRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.DisableDevRequest} DisableDevRequest
             */
            DisableDevRequest.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.DisableDevRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.DisableDevRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.DisableDevRequest();
                if (d.smmu != null) {
                    if ($Number(d.smmu) !== 0) {
                        m.smmu = d.smmu >>> 0;
                    }
                }
                if (d.sid != null) {
                    if ($Number(d.sid) !== 0) {
                        m.sid = d.sid >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DisableDevRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.DisableDevRequest
             * @static
             * @param {pkvm.v1.DisableDevRequest} m DisableDevRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DisableDevRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.smmu = 0;
                    d.sid = 0;
                }
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu")) {
                    d.smmu = m.smmu;
                }
                if (m.sid != null && $Object.hasOwnProperty.call(m, "sid")) {
                    d.sid = m.sid;
                }
                return d;
            };

            /**
             * Converts this DisableDevRequest to JSON.
             * @function toJSON
             * @memberof pkvm.v1.DisableDevRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DisableDevRequest.prototype.toJSON = function() {
                return DisableDevRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DisableDevRequest
             * @function getTypeUrl
             * @memberof pkvm.v1.DisableDevRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DisableDevRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.DisableDevRequest";
            };

            return DisableDevRequest;
        })();

        v1.DisableDevResponse = (function() {

            /**
             * Properties of a DisableDevResponse.
             * @typedef {Object} pkvm.v1.DisableDevResponse.$Properties
             * @property {number|null} [ret] DisableDevResponse ret
             * @property {Array.<pkvm.v1.IommuCommand.$Properties>|null} [commands] DisableDevResponse commands
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DisableDevResponse.
             * @memberof pkvm.v1
             * @interface IDisableDevResponse
             * @augments pkvm.v1.DisableDevResponse.$Properties
             * @deprecated Use pkvm.v1.DisableDevResponse.$Properties instead.
             */

            /**
             * Shape of a DisableDevResponse.
             * @typedef {pkvm.v1.DisableDevResponse.$Properties} pkvm.v1.DisableDevResponse.$Shape
             */

            /**
             * Constructs a new DisableDevResponse.
             * @memberof pkvm.v1
             * @classdesc Represents a DisableDevResponse.
             * @constructor
             * @param {pkvm.v1.DisableDevResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DisableDevResponse = function (p) {
                this.commands = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DisableDevResponse ret.
             * @member {number} ret
             * @memberof pkvm.v1.DisableDevResponse
             * @instance
             */
            DisableDevResponse.prototype.ret = 0;

            /**
             * DisableDevResponse commands.
             * @member {Array.<pkvm.v1.IommuCommand.$Properties>} commands
             * @memberof pkvm.v1.DisableDevResponse
             * @instance
             */
            DisableDevResponse.prototype.commands = $util.emptyArray;

            /**
             * Creates a new DisableDevResponse instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.DisableDevResponse
             * @static
             * @param {pkvm.v1.DisableDevResponse.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.DisableDevResponse} DisableDevResponse instance
             * @type {{
             *   (properties: pkvm.v1.DisableDevResponse.$Shape): pkvm.v1.DisableDevResponse & pkvm.v1.DisableDevResponse.$Shape;
             *   (properties?: pkvm.v1.DisableDevResponse.$Properties): pkvm.v1.DisableDevResponse;
             * }}
             */
            DisableDevResponse.create = function(properties) {
                return new DisableDevResponse(properties);
            };

            /**
             * Encodes the specified DisableDevResponse message. Does not implicitly {@link pkvm.v1.DisableDevResponse.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.DisableDevResponse
             * @static
             * @param {pkvm.v1.DisableDevResponse.$Properties} m DisableDevResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DisableDevResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ret != null && $Object.hasOwnProperty.call(m, "ret") && m.ret !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).sint32(m.ret);
                if (m.commands != null && m.commands.length) {
                    for (var i = 0; i < m.commands.length; ++i)
                        $root.pkvm.v1.IommuCommand.encode(m.commands[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DisableDevResponse message, length delimited. Does not implicitly {@link pkvm.v1.DisableDevResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.DisableDevResponse
             * @static
             * @param {pkvm.v1.DisableDevResponse.$Properties} message DisableDevResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DisableDevResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DisableDevResponse message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.DisableDevResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.DisableDevResponse & pkvm.v1.DisableDevResponse.$Shape} DisableDevResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DisableDevResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.DisableDevResponse();
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
                                m.ret = v;
                            else
                                delete m.ret;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.commands && m.commands.length))
                                m.commands = [];
                            m.commands.push($root.pkvm.v1.IommuCommand.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a DisableDevResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.DisableDevResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.DisableDevResponse & pkvm.v1.DisableDevResponse.$Shape} DisableDevResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DisableDevResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DisableDevResponse message.
             * @function verify
             * @memberof pkvm.v1.DisableDevResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DisableDevResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.ret != null && $Object.hasOwnProperty.call(m, "ret")) {
                    if (!$util.isInteger(m.ret))
                        return "ret: integer expected";
                }
                if (m.commands != null && $Object.hasOwnProperty.call(m, "commands")) {
                    if (!$Array.isArray(m.commands))
                        return "commands: array expected";
                    for (var i = 0; i < m.commands.length; ++i) {
                        {
                            var e = $root.pkvm.v1.IommuCommand.verify(m.commands[i], q + 1);
                            if (e)
                                return "commands." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a DisableDevResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.DisableDevResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.DisableDevResponse} DisableDevResponse
             */
            DisableDevResponse.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.DisableDevResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.DisableDevResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.DisableDevResponse();
                if (d.ret != null) {
                    if ($Number(d.ret) !== 0) {
                        m.ret = d.ret | 0;
                    }
                }
                if (d.commands) {
                    if (!$Array.isArray(d.commands))
                        throw $TypeError(".pkvm.v1.DisableDevResponse.commands: array expected");
                    m.commands = $Array(d.commands.length);
                    for (var i = 0; i < d.commands.length; ++i) {
                        if (!$util.isObject(d.commands[i]))
                            throw $TypeError(".pkvm.v1.DisableDevResponse.commands: object expected");
                        m.commands[i] = $root.pkvm.v1.IommuCommand.fromObject(d.commands[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DisableDevResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.DisableDevResponse
             * @static
             * @param {pkvm.v1.DisableDevResponse} m DisableDevResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DisableDevResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.commands = [];
                }
                if (o.defaults) {
                    d.ret = 0;
                }
                if (m.ret != null && $Object.hasOwnProperty.call(m, "ret")) {
                    d.ret = m.ret;
                }
                if (m.commands && m.commands.length) {
                    d.commands = $Array(m.commands.length);
                    for (var j = 0; j < m.commands.length; ++j) {
                        d.commands[j] = $root.pkvm.v1.IommuCommand.toObject(m.commands[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this DisableDevResponse to JSON.
             * @function toJSON
             * @memberof pkvm.v1.DisableDevResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DisableDevResponse.prototype.toJSON = function() {
                return DisableDevResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DisableDevResponse
             * @function getTypeUrl
             * @memberof pkvm.v1.DisableDevResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DisableDevResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.DisableDevResponse";
            };

            return DisableDevResponse;
        })();

        v1.IommuMmioService = (function() {

            /**
             * Constructs a new IommuMmioService service.
             * @memberof pkvm.v1
             * @classdesc Represents an IommuMmioService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            var IommuMmioService = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(IommuMmioService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: IommuMmioService, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new IommuMmioService service using the specified rpc implementation.
             * @function create
             * @memberof pkvm.v1.IommuMmioService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {IommuMmioService} RPC service. Useful where requests and/or responses are streamed.
             */
            IommuMmioService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link pkvm.v1.IommuMmioService#read}.
             * @memberof pkvm.v1.IommuMmioService
             * @typedef ReadCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.ReadResponse} [response] ReadResponse
             */

            /**
             * Calls Read.
             * @memberof pkvm.v1.IommuMmioService
             * @typedef Read
             * @type {{
             *   (request: pkvm.v1.IReadRequest, callback: pkvm.v1.IommuMmioService.ReadCallback): void;
             *   (request: pkvm.v1.IReadRequest): Promise<pkvm.v1.ReadResponse>;
             *   readonly name: "Read";
             *   readonly path: "/pkvm.v1.IommuMmioService/Read";
             *   readonly requestType: "ReadRequest";
             *   readonly responseType: "ReadResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Read.
             * @name pkvm.v1.IommuMmioService#read
             * @type {pkvm.v1.IommuMmioService.Read}
             */
            $Object.defineProperties(IommuMmioService.prototype.read = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IommuMmioService.prototype.read, $root.pkvm.v1.ReadRequest, $root.pkvm.v1.ReadResponse, request, callback);
            }, {
                name: { value: "Read" },
                path: { value: "/pkvm.v1.IommuMmioService/Read" },
                requestType: { value: "ReadRequest" },
                responseType: { value: "ReadResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link pkvm.v1.IommuMmioService#write}.
             * @memberof pkvm.v1.IommuMmioService
             * @typedef WriteCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.WriteResponse} [response] WriteResponse
             */

            /**
             * Calls Write.
             * @memberof pkvm.v1.IommuMmioService
             * @typedef Write
             * @type {{
             *   (request: pkvm.v1.IWriteRequest, callback: pkvm.v1.IommuMmioService.WriteCallback): void;
             *   (request: pkvm.v1.IWriteRequest): Promise<pkvm.v1.WriteResponse>;
             *   readonly name: "Write";
             *   readonly path: "/pkvm.v1.IommuMmioService/Write";
             *   readonly requestType: "WriteRequest";
             *   readonly responseType: "WriteResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Write.
             * @name pkvm.v1.IommuMmioService#write
             * @type {pkvm.v1.IommuMmioService.Write}
             */
            $Object.defineProperties(IommuMmioService.prototype.write = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IommuMmioService.prototype.write, $root.pkvm.v1.WriteRequest, $root.pkvm.v1.WriteResponse, request, callback);
            }, {
                name: { value: "Write" },
                path: { value: "/pkvm.v1.IommuMmioService/Write" },
                requestType: { value: "WriteRequest" },
                responseType: { value: "WriteResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return IommuMmioService;
        })();

        v1.ReadRequest = (function() {

            /**
             * Properties of a ReadRequest.
             * @typedef {Object} pkvm.v1.ReadRequest.$Properties
             * @property {number|null} [pa] ReadRequest pa
             * @property {number|null} [width] ReadRequest width
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadRequest.
             * @memberof pkvm.v1
             * @interface IReadRequest
             * @augments pkvm.v1.ReadRequest.$Properties
             * @deprecated Use pkvm.v1.ReadRequest.$Properties instead.
             */

            /**
             * Shape of a ReadRequest.
             * @typedef {pkvm.v1.ReadRequest.$Properties} pkvm.v1.ReadRequest.$Shape
             */

            /**
             * Constructs a new ReadRequest.
             * @memberof pkvm.v1
             * @classdesc Represents a ReadRequest.
             * @constructor
             * @param {pkvm.v1.ReadRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ReadRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ReadRequest pa.
             * @member {number} pa
             * @memberof pkvm.v1.ReadRequest
             * @instance
             */
            ReadRequest.prototype.pa = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ReadRequest width.
             * @member {number} width
             * @memberof pkvm.v1.ReadRequest
             * @instance
             */
            ReadRequest.prototype.width = 0;

            /**
             * Creates a new ReadRequest instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.ReadRequest
             * @static
             * @param {pkvm.v1.ReadRequest.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.ReadRequest} ReadRequest instance
             * @type {{
             *   (properties: pkvm.v1.ReadRequest.$Shape): pkvm.v1.ReadRequest & pkvm.v1.ReadRequest.$Shape;
             *   (properties?: pkvm.v1.ReadRequest.$Properties): pkvm.v1.ReadRequest;
             * }}
             */
            ReadRequest.create = function(properties) {
                return new ReadRequest(properties);
            };

            /**
             * Encodes the specified ReadRequest message. Does not implicitly {@link pkvm.v1.ReadRequest.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.ReadRequest
             * @static
             * @param {pkvm.v1.ReadRequest.$Properties} m ReadRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.pa != null && $Object.hasOwnProperty.call(m, "pa") && (typeof m.pa === "object" ? m.pa.low || m.pa.high : m.pa !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.pa);
                if (m.width != null && $Object.hasOwnProperty.call(m, "width") && m.width !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.width);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ReadRequest message, length delimited. Does not implicitly {@link pkvm.v1.ReadRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.ReadRequest
             * @static
             * @param {pkvm.v1.ReadRequest.$Properties} message ReadRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReadRequest message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.ReadRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.ReadRequest & pkvm.v1.ReadRequest.$Shape} ReadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.ReadRequest();
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
                                m.pa = v;
                            else
                                delete m.pa;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.width = v;
                            else
                                delete m.width;
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
             * Decodes a ReadRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.ReadRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.ReadRequest & pkvm.v1.ReadRequest.$Shape} ReadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReadRequest message.
             * @function verify
             * @memberof pkvm.v1.ReadRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReadRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.pa != null && $Object.hasOwnProperty.call(m, "pa")) {
                    if (!$util.isInteger(m.pa) && !(m.pa && $util.isInteger(m.pa.low) && $util.isInteger(m.pa.high)))
                        return "pa: integer|Long expected";
                }
                if (m.width != null && $Object.hasOwnProperty.call(m, "width")) {
                    if (!$util.isInteger(m.width))
                        return "width: integer expected";
                }
                return null;
            };

            /**
             * Creates a ReadRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.ReadRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.ReadRequest} ReadRequest
             */
            ReadRequest.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.ReadRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.ReadRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.ReadRequest();
                if (d.pa != null) {
                    if (typeof d.pa === "object" ? d.pa.low || d.pa.high : $Number(d.pa) !== 0) {
                        if ($util.Long)
                            m.pa = $util.Long.fromValue(d.pa, false);
                        else if (typeof d.pa === "string")
                            m.pa = $parseInt(d.pa, 10);
                        else if (typeof d.pa === "number")
                            m.pa = d.pa;
                        else if (typeof d.pa === "object")
                            m.pa = new $util.LongBits(d.pa.low >>> 0, d.pa.high >>> 0).toNumber();
                    }
                }
                if (d.width != null) {
                    if ($Number(d.width) !== 0) {
                        m.width = d.width >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ReadRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.ReadRequest
             * @static
             * @param {pkvm.v1.ReadRequest} m ReadRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadRequest.toObject = function (m, o, q) {
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
                        d.pa = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.pa = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.width = 0;
                }
                if (m.pa != null && $Object.hasOwnProperty.call(m, "pa")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.pa = typeof m.pa === "number" ? $BigInt(m.pa) : $util.Long.fromBits(m.pa.low >>> 0, m.pa.high >>> 0, false).toBigInt();
                    else if (typeof m.pa === "number")
                        d.pa = o.longs === $String ? $String(m.pa) : m.pa;
                    else
                        d.pa = o.longs === $String ? $util.Long.prototype.toString.call(m.pa) : o.longs === $Number ? new $util.LongBits(m.pa.low >>> 0, m.pa.high >>> 0).toNumber() : m.pa;
                }
                if (m.width != null && $Object.hasOwnProperty.call(m, "width")) {
                    d.width = m.width;
                }
                return d;
            };

            /**
             * Converts this ReadRequest to JSON.
             * @function toJSON
             * @memberof pkvm.v1.ReadRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadRequest.prototype.toJSON = function() {
                return ReadRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadRequest
             * @function getTypeUrl
             * @memberof pkvm.v1.ReadRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.ReadRequest";
            };

            return ReadRequest;
        })();

        v1.ReadResponse = (function() {

            /**
             * Properties of a ReadResponse.
             * @typedef {Object} pkvm.v1.ReadResponse.$Properties
             * @property {number|null} [lo] ReadResponse lo
             * @property {number|null} [hi] ReadResponse hi
             * @property {number|null} [smmu] ReadResponse smmu
             * @property {number|null} [offset] ReadResponse offset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadResponse.
             * @memberof pkvm.v1
             * @interface IReadResponse
             * @augments pkvm.v1.ReadResponse.$Properties
             * @deprecated Use pkvm.v1.ReadResponse.$Properties instead.
             */

            /**
             * Shape of a ReadResponse.
             * @typedef {pkvm.v1.ReadResponse.$Properties} pkvm.v1.ReadResponse.$Shape
             */

            /**
             * Constructs a new ReadResponse.
             * @memberof pkvm.v1
             * @classdesc Represents a ReadResponse.
             * @constructor
             * @param {pkvm.v1.ReadResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ReadResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ReadResponse lo.
             * @member {number} lo
             * @memberof pkvm.v1.ReadResponse
             * @instance
             */
            ReadResponse.prototype.lo = 0;

            /**
             * ReadResponse hi.
             * @member {number} hi
             * @memberof pkvm.v1.ReadResponse
             * @instance
             */
            ReadResponse.prototype.hi = 0;

            /**
             * ReadResponse smmu.
             * @member {number} smmu
             * @memberof pkvm.v1.ReadResponse
             * @instance
             */
            ReadResponse.prototype.smmu = 0;

            /**
             * ReadResponse offset.
             * @member {number} offset
             * @memberof pkvm.v1.ReadResponse
             * @instance
             */
            ReadResponse.prototype.offset = 0;

            /**
             * Creates a new ReadResponse instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.ReadResponse
             * @static
             * @param {pkvm.v1.ReadResponse.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.ReadResponse} ReadResponse instance
             * @type {{
             *   (properties: pkvm.v1.ReadResponse.$Shape): pkvm.v1.ReadResponse & pkvm.v1.ReadResponse.$Shape;
             *   (properties?: pkvm.v1.ReadResponse.$Properties): pkvm.v1.ReadResponse;
             * }}
             */
            ReadResponse.create = function(properties) {
                return new ReadResponse(properties);
            };

            /**
             * Encodes the specified ReadResponse message. Does not implicitly {@link pkvm.v1.ReadResponse.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.ReadResponse
             * @static
             * @param {pkvm.v1.ReadResponse.$Properties} m ReadResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.lo != null && $Object.hasOwnProperty.call(m, "lo") && m.lo !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.lo);
                if (m.hi != null && $Object.hasOwnProperty.call(m, "hi") && m.hi !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.hi);
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu") && m.smmu !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.smmu);
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && m.offset !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.offset);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ReadResponse message, length delimited. Does not implicitly {@link pkvm.v1.ReadResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.ReadResponse
             * @static
             * @param {pkvm.v1.ReadResponse.$Properties} message ReadResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReadResponse message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.ReadResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.ReadResponse & pkvm.v1.ReadResponse.$Shape} ReadResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.ReadResponse();
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
                            if (v = r.uint32())
                                m.lo = v;
                            else
                                delete m.lo;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.hi = v;
                            else
                                delete m.hi;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.smmu = v;
                            else
                                delete m.smmu;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.offset = v;
                            else
                                delete m.offset;
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
             * Decodes a ReadResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.ReadResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.ReadResponse & pkvm.v1.ReadResponse.$Shape} ReadResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReadResponse message.
             * @function verify
             * @memberof pkvm.v1.ReadResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReadResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.lo != null && $Object.hasOwnProperty.call(m, "lo")) {
                    if (!$util.isInteger(m.lo))
                        return "lo: integer expected";
                }
                if (m.hi != null && $Object.hasOwnProperty.call(m, "hi")) {
                    if (!$util.isInteger(m.hi))
                        return "hi: integer expected";
                }
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu")) {
                    if (!$util.isInteger(m.smmu))
                        return "smmu: integer expected";
                }
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                    if (!$util.isInteger(m.offset))
                        return "offset: integer expected";
                }
                return null;
            };

            /**
             * Creates a ReadResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.ReadResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.ReadResponse} ReadResponse
             */
            ReadResponse.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.ReadResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.ReadResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.ReadResponse();
                if (d.lo != null) {
                    if ($Number(d.lo) !== 0) {
                        m.lo = d.lo >>> 0;
                    }
                }
                if (d.hi != null) {
                    if ($Number(d.hi) !== 0) {
                        m.hi = d.hi >>> 0;
                    }
                }
                if (d.smmu != null) {
                    if ($Number(d.smmu) !== 0) {
                        m.smmu = d.smmu >>> 0;
                    }
                }
                if (d.offset != null) {
                    if ($Number(d.offset) !== 0) {
                        m.offset = d.offset >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ReadResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.ReadResponse
             * @static
             * @param {pkvm.v1.ReadResponse} m ReadResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.lo = 0;
                    d.hi = 0;
                    d.smmu = 0;
                    d.offset = 0;
                }
                if (m.lo != null && $Object.hasOwnProperty.call(m, "lo")) {
                    d.lo = m.lo;
                }
                if (m.hi != null && $Object.hasOwnProperty.call(m, "hi")) {
                    d.hi = m.hi;
                }
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu")) {
                    d.smmu = m.smmu;
                }
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                    d.offset = m.offset;
                }
                return d;
            };

            /**
             * Converts this ReadResponse to JSON.
             * @function toJSON
             * @memberof pkvm.v1.ReadResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadResponse.prototype.toJSON = function() {
                return ReadResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadResponse
             * @function getTypeUrl
             * @memberof pkvm.v1.ReadResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.ReadResponse";
            };

            return ReadResponse;
        })();

        v1.WriteRequest = (function() {

            /**
             * Properties of a WriteRequest.
             * @typedef {Object} pkvm.v1.WriteRequest.$Properties
             * @property {number|null} [pa] WriteRequest pa
             * @property {number|null} [width] WriteRequest width
             * @property {number|null} [lo] WriteRequest lo
             * @property {number|null} [hi] WriteRequest hi
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WriteRequest.
             * @memberof pkvm.v1
             * @interface IWriteRequest
             * @augments pkvm.v1.WriteRequest.$Properties
             * @deprecated Use pkvm.v1.WriteRequest.$Properties instead.
             */

            /**
             * Shape of a WriteRequest.
             * @typedef {pkvm.v1.WriteRequest.$Properties} pkvm.v1.WriteRequest.$Shape
             */

            /**
             * Constructs a new WriteRequest.
             * @memberof pkvm.v1
             * @classdesc Represents a WriteRequest.
             * @constructor
             * @param {pkvm.v1.WriteRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var WriteRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * WriteRequest pa.
             * @member {number} pa
             * @memberof pkvm.v1.WriteRequest
             * @instance
             */
            WriteRequest.prototype.pa = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * WriteRequest width.
             * @member {number} width
             * @memberof pkvm.v1.WriteRequest
             * @instance
             */
            WriteRequest.prototype.width = 0;

            /**
             * WriteRequest lo.
             * @member {number} lo
             * @memberof pkvm.v1.WriteRequest
             * @instance
             */
            WriteRequest.prototype.lo = 0;

            /**
             * WriteRequest hi.
             * @member {number} hi
             * @memberof pkvm.v1.WriteRequest
             * @instance
             */
            WriteRequest.prototype.hi = 0;

            /**
             * Creates a new WriteRequest instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.WriteRequest
             * @static
             * @param {pkvm.v1.WriteRequest.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.WriteRequest} WriteRequest instance
             * @type {{
             *   (properties: pkvm.v1.WriteRequest.$Shape): pkvm.v1.WriteRequest & pkvm.v1.WriteRequest.$Shape;
             *   (properties?: pkvm.v1.WriteRequest.$Properties): pkvm.v1.WriteRequest;
             * }}
             */
            WriteRequest.create = function(properties) {
                return new WriteRequest(properties);
            };

            /**
             * Encodes the specified WriteRequest message. Does not implicitly {@link pkvm.v1.WriteRequest.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.WriteRequest
             * @static
             * @param {pkvm.v1.WriteRequest.$Properties} m WriteRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WriteRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.pa != null && $Object.hasOwnProperty.call(m, "pa") && (typeof m.pa === "object" ? m.pa.low || m.pa.high : m.pa !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.pa);
                if (m.width != null && $Object.hasOwnProperty.call(m, "width") && m.width !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.width);
                if (m.lo != null && $Object.hasOwnProperty.call(m, "lo") && m.lo !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.lo);
                if (m.hi != null && $Object.hasOwnProperty.call(m, "hi") && m.hi !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.hi);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified WriteRequest message, length delimited. Does not implicitly {@link pkvm.v1.WriteRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.WriteRequest
             * @static
             * @param {pkvm.v1.WriteRequest.$Properties} message WriteRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WriteRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WriteRequest message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.WriteRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.WriteRequest & pkvm.v1.WriteRequest.$Shape} WriteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WriteRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.WriteRequest();
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
                                m.pa = v;
                            else
                                delete m.pa;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.width = v;
                            else
                                delete m.width;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.lo = v;
                            else
                                delete m.lo;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.hi = v;
                            else
                                delete m.hi;
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
             * Decodes a WriteRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.WriteRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.WriteRequest & pkvm.v1.WriteRequest.$Shape} WriteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WriteRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WriteRequest message.
             * @function verify
             * @memberof pkvm.v1.WriteRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WriteRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.pa != null && $Object.hasOwnProperty.call(m, "pa")) {
                    if (!$util.isInteger(m.pa) && !(m.pa && $util.isInteger(m.pa.low) && $util.isInteger(m.pa.high)))
                        return "pa: integer|Long expected";
                }
                if (m.width != null && $Object.hasOwnProperty.call(m, "width")) {
                    if (!$util.isInteger(m.width))
                        return "width: integer expected";
                }
                if (m.lo != null && $Object.hasOwnProperty.call(m, "lo")) {
                    if (!$util.isInteger(m.lo))
                        return "lo: integer expected";
                }
                if (m.hi != null && $Object.hasOwnProperty.call(m, "hi")) {
                    if (!$util.isInteger(m.hi))
                        return "hi: integer expected";
                }
                return null;
            };

            /**
             * Creates a WriteRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.WriteRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.WriteRequest} WriteRequest
             */
            WriteRequest.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.WriteRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.WriteRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.WriteRequest();
                if (d.pa != null) {
                    if (typeof d.pa === "object" ? d.pa.low || d.pa.high : $Number(d.pa) !== 0) {
                        if ($util.Long)
                            m.pa = $util.Long.fromValue(d.pa, false);
                        else if (typeof d.pa === "string")
                            m.pa = $parseInt(d.pa, 10);
                        else if (typeof d.pa === "number")
                            m.pa = d.pa;
                        else if (typeof d.pa === "object")
                            m.pa = new $util.LongBits(d.pa.low >>> 0, d.pa.high >>> 0).toNumber();
                    }
                }
                if (d.width != null) {
                    if ($Number(d.width) !== 0) {
                        m.width = d.width >>> 0;
                    }
                }
                if (d.lo != null) {
                    if ($Number(d.lo) !== 0) {
                        m.lo = d.lo >>> 0;
                    }
                }
                if (d.hi != null) {
                    if ($Number(d.hi) !== 0) {
                        m.hi = d.hi >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a WriteRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.WriteRequest
             * @static
             * @param {pkvm.v1.WriteRequest} m WriteRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WriteRequest.toObject = function (m, o, q) {
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
                        d.pa = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.pa = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.width = 0;
                    d.lo = 0;
                    d.hi = 0;
                }
                if (m.pa != null && $Object.hasOwnProperty.call(m, "pa")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.pa = typeof m.pa === "number" ? $BigInt(m.pa) : $util.Long.fromBits(m.pa.low >>> 0, m.pa.high >>> 0, false).toBigInt();
                    else if (typeof m.pa === "number")
                        d.pa = o.longs === $String ? $String(m.pa) : m.pa;
                    else
                        d.pa = o.longs === $String ? $util.Long.prototype.toString.call(m.pa) : o.longs === $Number ? new $util.LongBits(m.pa.low >>> 0, m.pa.high >>> 0).toNumber() : m.pa;
                }
                if (m.width != null && $Object.hasOwnProperty.call(m, "width")) {
                    d.width = m.width;
                }
                if (m.lo != null && $Object.hasOwnProperty.call(m, "lo")) {
                    d.lo = m.lo;
                }
                if (m.hi != null && $Object.hasOwnProperty.call(m, "hi")) {
                    d.hi = m.hi;
                }
                return d;
            };

            /**
             * Converts this WriteRequest to JSON.
             * @function toJSON
             * @memberof pkvm.v1.WriteRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WriteRequest.prototype.toJSON = function() {
                return WriteRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WriteRequest
             * @function getTypeUrl
             * @memberof pkvm.v1.WriteRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WriteRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.WriteRequest";
            };

            return WriteRequest;
        })();

        v1.WriteResponse = (function() {

            /**
             * Properties of a WriteResponse.
             * @typedef {Object} pkvm.v1.WriteResponse.$Properties
             * @property {Array.<pkvm.v1.IommuCommand.$Properties>|null} [commands] WriteResponse commands
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WriteResponse.
             * @memberof pkvm.v1
             * @interface IWriteResponse
             * @augments pkvm.v1.WriteResponse.$Properties
             * @deprecated Use pkvm.v1.WriteResponse.$Properties instead.
             */

            /**
             * Shape of a WriteResponse.
             * @typedef {pkvm.v1.WriteResponse.$Properties} pkvm.v1.WriteResponse.$Shape
             */

            /**
             * Constructs a new WriteResponse.
             * @memberof pkvm.v1
             * @classdesc Represents a WriteResponse.
             * @constructor
             * @param {pkvm.v1.WriteResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var WriteResponse = function (p) {
                this.commands = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * WriteResponse commands.
             * @member {Array.<pkvm.v1.IommuCommand.$Properties>} commands
             * @memberof pkvm.v1.WriteResponse
             * @instance
             */
            WriteResponse.prototype.commands = $util.emptyArray;

            /**
             * Creates a new WriteResponse instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.WriteResponse
             * @static
             * @param {pkvm.v1.WriteResponse.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.WriteResponse} WriteResponse instance
             * @type {{
             *   (properties: pkvm.v1.WriteResponse.$Shape): pkvm.v1.WriteResponse & pkvm.v1.WriteResponse.$Shape;
             *   (properties?: pkvm.v1.WriteResponse.$Properties): pkvm.v1.WriteResponse;
             * }}
             */
            WriteResponse.create = function(properties) {
                return new WriteResponse(properties);
            };

            /**
             * Encodes the specified WriteResponse message. Does not implicitly {@link pkvm.v1.WriteResponse.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.WriteResponse
             * @static
             * @param {pkvm.v1.WriteResponse.$Properties} m WriteResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WriteResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.commands != null && m.commands.length) {
                    for (var i = 0; i < m.commands.length; ++i)
                        $root.pkvm.v1.IommuCommand.encode(m.commands[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified WriteResponse message, length delimited. Does not implicitly {@link pkvm.v1.WriteResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.WriteResponse
             * @static
             * @param {pkvm.v1.WriteResponse.$Properties} message WriteResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WriteResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WriteResponse message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.WriteResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.WriteResponse & pkvm.v1.WriteResponse.$Shape} WriteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WriteResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.WriteResponse();
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
                            if (!(m.commands && m.commands.length))
                                m.commands = [];
                            m.commands.push($root.pkvm.v1.IommuCommand.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a WriteResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.WriteResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.WriteResponse & pkvm.v1.WriteResponse.$Shape} WriteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WriteResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WriteResponse message.
             * @function verify
             * @memberof pkvm.v1.WriteResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WriteResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.commands != null && $Object.hasOwnProperty.call(m, "commands")) {
                    if (!$Array.isArray(m.commands))
                        return "commands: array expected";
                    for (var i = 0; i < m.commands.length; ++i) {
                        {
                            var e = $root.pkvm.v1.IommuCommand.verify(m.commands[i], q + 1);
                            if (e)
                                return "commands." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a WriteResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.WriteResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.WriteResponse} WriteResponse
             */
            WriteResponse.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.WriteResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.WriteResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.WriteResponse();
                if (d.commands) {
                    if (!$Array.isArray(d.commands))
                        throw $TypeError(".pkvm.v1.WriteResponse.commands: array expected");
                    m.commands = $Array(d.commands.length);
                    for (var i = 0; i < d.commands.length; ++i) {
                        if (!$util.isObject(d.commands[i]))
                            throw $TypeError(".pkvm.v1.WriteResponse.commands: object expected");
                        m.commands[i] = $root.pkvm.v1.IommuCommand.fromObject(d.commands[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a WriteResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.WriteResponse
             * @static
             * @param {pkvm.v1.WriteResponse} m WriteResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WriteResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.commands = [];
                }
                if (m.commands && m.commands.length) {
                    d.commands = $Array(m.commands.length);
                    for (var j = 0; j < m.commands.length; ++j) {
                        d.commands[j] = $root.pkvm.v1.IommuCommand.toObject(m.commands[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this WriteResponse to JSON.
             * @function toJSON
             * @memberof pkvm.v1.WriteResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WriteResponse.prototype.toJSON = function() {
                return WriteResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WriteResponse
             * @function getTypeUrl
             * @memberof pkvm.v1.WriteResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WriteResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.WriteResponse";
            };

            return WriteResponse;
        })();

        v1.IommuMemService = (function() {

            /**
             * Constructs a new IommuMemService service.
             * @memberof pkvm.v1
             * @classdesc Represents an IommuMemService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            var IommuMemService = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(IommuMemService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: IommuMemService, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new IommuMemService service using the specified rpc implementation.
             * @function create
             * @memberof pkvm.v1.IommuMemService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {IommuMemService} RPC service. Useful where requests and/or responses are streamed.
             */
            IommuMemService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link pkvm.v1.IommuMemService#readMem}.
             * @memberof pkvm.v1.IommuMemService
             * @typedef ReadMemCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.ReadMemResponse} [response] ReadMemResponse
             */

            /**
             * Calls ReadMem.
             * @memberof pkvm.v1.IommuMemService
             * @typedef ReadMem
             * @type {{
             *   (request: pkvm.v1.IReadMemRequest, callback: pkvm.v1.IommuMemService.ReadMemCallback): void;
             *   (request: pkvm.v1.IReadMemRequest): Promise<pkvm.v1.ReadMemResponse>;
             *   readonly name: "ReadMem";
             *   readonly path: "/pkvm.v1.IommuMemService/ReadMem";
             *   readonly requestType: "ReadMemRequest";
             *   readonly responseType: "ReadMemResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ReadMem.
             * @name pkvm.v1.IommuMemService#readMem
             * @type {pkvm.v1.IommuMemService.ReadMem}
             */
            $Object.defineProperties(IommuMemService.prototype.readMem = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IommuMemService.prototype.readMem, $root.pkvm.v1.ReadMemRequest, $root.pkvm.v1.ReadMemResponse, request, callback);
            }, {
                name: { value: "ReadMem" },
                path: { value: "/pkvm.v1.IommuMemService/ReadMem" },
                requestType: { value: "ReadMemRequest" },
                responseType: { value: "ReadMemResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link pkvm.v1.IommuMemService#writeMem}.
             * @memberof pkvm.v1.IommuMemService
             * @typedef WriteMemCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.WriteMemResponse} [response] WriteMemResponse
             */

            /**
             * Calls WriteMem.
             * @memberof pkvm.v1.IommuMemService
             * @typedef WriteMem
             * @type {{
             *   (request: pkvm.v1.IWriteMemRequest, callback: pkvm.v1.IommuMemService.WriteMemCallback): void;
             *   (request: pkvm.v1.IWriteMemRequest): Promise<pkvm.v1.WriteMemResponse>;
             *   readonly name: "WriteMem";
             *   readonly path: "/pkvm.v1.IommuMemService/WriteMem";
             *   readonly requestType: "WriteMemRequest";
             *   readonly responseType: "WriteMemResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls WriteMem.
             * @name pkvm.v1.IommuMemService#writeMem
             * @type {pkvm.v1.IommuMemService.WriteMem}
             */
            $Object.defineProperties(IommuMemService.prototype.writeMem = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IommuMemService.prototype.writeMem, $root.pkvm.v1.WriteMemRequest, $root.pkvm.v1.WriteMemResponse, request, callback);
            }, {
                name: { value: "WriteMem" },
                path: { value: "/pkvm.v1.IommuMemService/WriteMem" },
                requestType: { value: "WriteMemRequest" },
                responseType: { value: "WriteMemResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return IommuMemService;
        })();

        v1.ReadMemRequest = (function() {

            /**
             * Properties of a ReadMemRequest.
             * @typedef {Object} pkvm.v1.ReadMemRequest.$Properties
             * @property {number|null} [pa] ReadMemRequest pa
             * @property {number|null} [length] ReadMemRequest length
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadMemRequest.
             * @memberof pkvm.v1
             * @interface IReadMemRequest
             * @augments pkvm.v1.ReadMemRequest.$Properties
             * @deprecated Use pkvm.v1.ReadMemRequest.$Properties instead.
             */

            /**
             * Shape of a ReadMemRequest.
             * @typedef {pkvm.v1.ReadMemRequest.$Properties} pkvm.v1.ReadMemRequest.$Shape
             */

            /**
             * Constructs a new ReadMemRequest.
             * @memberof pkvm.v1
             * @classdesc Represents a ReadMemRequest.
             * @constructor
             * @param {pkvm.v1.ReadMemRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ReadMemRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ReadMemRequest pa.
             * @member {number} pa
             * @memberof pkvm.v1.ReadMemRequest
             * @instance
             */
            ReadMemRequest.prototype.pa = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ReadMemRequest length.
             * @member {number} length
             * @memberof pkvm.v1.ReadMemRequest
             * @instance
             */
            ReadMemRequest.prototype.length = 0;

            /**
             * Creates a new ReadMemRequest instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.ReadMemRequest
             * @static
             * @param {pkvm.v1.ReadMemRequest.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.ReadMemRequest} ReadMemRequest instance
             * @type {{
             *   (properties: pkvm.v1.ReadMemRequest.$Shape): pkvm.v1.ReadMemRequest & pkvm.v1.ReadMemRequest.$Shape;
             *   (properties?: pkvm.v1.ReadMemRequest.$Properties): pkvm.v1.ReadMemRequest;
             * }}
             */
            ReadMemRequest.create = function(properties) {
                return new ReadMemRequest(properties);
            };

            /**
             * Encodes the specified ReadMemRequest message. Does not implicitly {@link pkvm.v1.ReadMemRequest.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.ReadMemRequest
             * @static
             * @param {pkvm.v1.ReadMemRequest.$Properties} m ReadMemRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadMemRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.pa != null && $Object.hasOwnProperty.call(m, "pa") && (typeof m.pa === "object" ? m.pa.low || m.pa.high : m.pa !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.pa);
                if (m.length != null && $Object.hasOwnProperty.call(m, "length") && m.length !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.length);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ReadMemRequest message, length delimited. Does not implicitly {@link pkvm.v1.ReadMemRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.ReadMemRequest
             * @static
             * @param {pkvm.v1.ReadMemRequest.$Properties} message ReadMemRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadMemRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReadMemRequest message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.ReadMemRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.ReadMemRequest & pkvm.v1.ReadMemRequest.$Shape} ReadMemRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadMemRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.ReadMemRequest();
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
                                m.pa = v;
                            else
                                delete m.pa;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.length = v;
                            else
                                delete m.length;
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
             * Decodes a ReadMemRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.ReadMemRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.ReadMemRequest & pkvm.v1.ReadMemRequest.$Shape} ReadMemRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadMemRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReadMemRequest message.
             * @function verify
             * @memberof pkvm.v1.ReadMemRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReadMemRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.pa != null && $Object.hasOwnProperty.call(m, "pa")) {
                    if (!$util.isInteger(m.pa) && !(m.pa && $util.isInteger(m.pa.low) && $util.isInteger(m.pa.high)))
                        return "pa: integer|Long expected";
                }
                if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                    if (!$util.isInteger(m.length))
                        return "length: integer expected";
                }
                return null;
            };

            /**
             * Creates a ReadMemRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.ReadMemRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.ReadMemRequest} ReadMemRequest
             */
            ReadMemRequest.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.ReadMemRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.ReadMemRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.ReadMemRequest();
                if (d.pa != null) {
                    if (typeof d.pa === "object" ? d.pa.low || d.pa.high : $Number(d.pa) !== 0) {
                        if ($util.Long)
                            m.pa = $util.Long.fromValue(d.pa, false);
                        else if (typeof d.pa === "string")
                            m.pa = $parseInt(d.pa, 10);
                        else if (typeof d.pa === "number")
                            m.pa = d.pa;
                        else if (typeof d.pa === "object")
                            m.pa = new $util.LongBits(d.pa.low >>> 0, d.pa.high >>> 0).toNumber();
                    }
                }
                if (d.length != null) {
                    if ($Number(d.length) !== 0) {
                        m.length = d.length >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ReadMemRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.ReadMemRequest
             * @static
             * @param {pkvm.v1.ReadMemRequest} m ReadMemRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadMemRequest.toObject = function (m, o, q) {
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
                        d.pa = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.pa = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.length = 0;
                }
                if (m.pa != null && $Object.hasOwnProperty.call(m, "pa")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.pa = typeof m.pa === "number" ? $BigInt(m.pa) : $util.Long.fromBits(m.pa.low >>> 0, m.pa.high >>> 0, false).toBigInt();
                    else if (typeof m.pa === "number")
                        d.pa = o.longs === $String ? $String(m.pa) : m.pa;
                    else
                        d.pa = o.longs === $String ? $util.Long.prototype.toString.call(m.pa) : o.longs === $Number ? new $util.LongBits(m.pa.low >>> 0, m.pa.high >>> 0).toNumber() : m.pa;
                }
                if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                    d.length = m.length;
                }
                return d;
            };

            /**
             * Converts this ReadMemRequest to JSON.
             * @function toJSON
             * @memberof pkvm.v1.ReadMemRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadMemRequest.prototype.toJSON = function() {
                return ReadMemRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadMemRequest
             * @function getTypeUrl
             * @memberof pkvm.v1.ReadMemRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadMemRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.ReadMemRequest";
            };

            return ReadMemRequest;
        })();

        v1.ReadMemResponse = (function() {

            /**
             * Properties of a ReadMemResponse.
             * @typedef {Object} pkvm.v1.ReadMemResponse.$Properties
             * @property {Uint8Array|null} [data] ReadMemResponse data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadMemResponse.
             * @memberof pkvm.v1
             * @interface IReadMemResponse
             * @augments pkvm.v1.ReadMemResponse.$Properties
             * @deprecated Use pkvm.v1.ReadMemResponse.$Properties instead.
             */

            /**
             * Shape of a ReadMemResponse.
             * @typedef {pkvm.v1.ReadMemResponse.$Properties} pkvm.v1.ReadMemResponse.$Shape
             */

            /**
             * Constructs a new ReadMemResponse.
             * @memberof pkvm.v1
             * @classdesc Represents a ReadMemResponse.
             * @constructor
             * @param {pkvm.v1.ReadMemResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ReadMemResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ReadMemResponse data.
             * @member {Uint8Array} data
             * @memberof pkvm.v1.ReadMemResponse
             * @instance
             */
            ReadMemResponse.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new ReadMemResponse instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.ReadMemResponse
             * @static
             * @param {pkvm.v1.ReadMemResponse.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.ReadMemResponse} ReadMemResponse instance
             * @type {{
             *   (properties: pkvm.v1.ReadMemResponse.$Shape): pkvm.v1.ReadMemResponse & pkvm.v1.ReadMemResponse.$Shape;
             *   (properties?: pkvm.v1.ReadMemResponse.$Properties): pkvm.v1.ReadMemResponse;
             * }}
             */
            ReadMemResponse.create = function(properties) {
                return new ReadMemResponse(properties);
            };

            /**
             * Encodes the specified ReadMemResponse message. Does not implicitly {@link pkvm.v1.ReadMemResponse.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.ReadMemResponse
             * @static
             * @param {pkvm.v1.ReadMemResponse.$Properties} m ReadMemResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadMemResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.data);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ReadMemResponse message, length delimited. Does not implicitly {@link pkvm.v1.ReadMemResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.ReadMemResponse
             * @static
             * @param {pkvm.v1.ReadMemResponse.$Properties} message ReadMemResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadMemResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReadMemResponse message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.ReadMemResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.ReadMemResponse & pkvm.v1.ReadMemResponse.$Shape} ReadMemResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadMemResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.ReadMemResponse();
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
                            if ((v = r.bytes()).length)
                                m.data = v;
                            else
                                delete m.data;
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
             * Decodes a ReadMemResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.ReadMemResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.ReadMemResponse & pkvm.v1.ReadMemResponse.$Shape} ReadMemResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadMemResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReadMemResponse message.
             * @function verify
             * @memberof pkvm.v1.ReadMemResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReadMemResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                        return "data: buffer expected";
                }
                return null;
            };

            /**
             * Creates a ReadMemResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.ReadMemResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.ReadMemResponse} ReadMemResponse
             */
            ReadMemResponse.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.ReadMemResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.ReadMemResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.ReadMemResponse();
                if (d.data != null) {
                    if (d.data.length) {
                        if (typeof d.data === "string")
                            $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                        else if (d.data.length >= 0)
                            m.data = d.data;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ReadMemResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.ReadMemResponse
             * @static
             * @param {pkvm.v1.ReadMemResponse} m ReadMemResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadMemResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                return d;
            };

            /**
             * Converts this ReadMemResponse to JSON.
             * @function toJSON
             * @memberof pkvm.v1.ReadMemResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadMemResponse.prototype.toJSON = function() {
                return ReadMemResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadMemResponse
             * @function getTypeUrl
             * @memberof pkvm.v1.ReadMemResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadMemResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.ReadMemResponse";
            };

            return ReadMemResponse;
        })();

        v1.WriteMemRequest = (function() {

            /**
             * Properties of a WriteMemRequest.
             * @typedef {Object} pkvm.v1.WriteMemRequest.$Properties
             * @property {number|null} [pa] WriteMemRequest pa
             * @property {Uint8Array|null} [data] WriteMemRequest data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WriteMemRequest.
             * @memberof pkvm.v1
             * @interface IWriteMemRequest
             * @augments pkvm.v1.WriteMemRequest.$Properties
             * @deprecated Use pkvm.v1.WriteMemRequest.$Properties instead.
             */

            /**
             * Shape of a WriteMemRequest.
             * @typedef {pkvm.v1.WriteMemRequest.$Properties} pkvm.v1.WriteMemRequest.$Shape
             */

            /**
             * Constructs a new WriteMemRequest.
             * @memberof pkvm.v1
             * @classdesc Represents a WriteMemRequest.
             * @constructor
             * @param {pkvm.v1.WriteMemRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var WriteMemRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * WriteMemRequest pa.
             * @member {number} pa
             * @memberof pkvm.v1.WriteMemRequest
             * @instance
             */
            WriteMemRequest.prototype.pa = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * WriteMemRequest data.
             * @member {Uint8Array} data
             * @memberof pkvm.v1.WriteMemRequest
             * @instance
             */
            WriteMemRequest.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new WriteMemRequest instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.WriteMemRequest
             * @static
             * @param {pkvm.v1.WriteMemRequest.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.WriteMemRequest} WriteMemRequest instance
             * @type {{
             *   (properties: pkvm.v1.WriteMemRequest.$Shape): pkvm.v1.WriteMemRequest & pkvm.v1.WriteMemRequest.$Shape;
             *   (properties?: pkvm.v1.WriteMemRequest.$Properties): pkvm.v1.WriteMemRequest;
             * }}
             */
            WriteMemRequest.create = function(properties) {
                return new WriteMemRequest(properties);
            };

            /**
             * Encodes the specified WriteMemRequest message. Does not implicitly {@link pkvm.v1.WriteMemRequest.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.WriteMemRequest
             * @static
             * @param {pkvm.v1.WriteMemRequest.$Properties} m WriteMemRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WriteMemRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.pa != null && $Object.hasOwnProperty.call(m, "pa") && (typeof m.pa === "object" ? m.pa.low || m.pa.high : m.pa !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.pa);
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.data);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified WriteMemRequest message, length delimited. Does not implicitly {@link pkvm.v1.WriteMemRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.WriteMemRequest
             * @static
             * @param {pkvm.v1.WriteMemRequest.$Properties} message WriteMemRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WriteMemRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WriteMemRequest message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.WriteMemRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.WriteMemRequest & pkvm.v1.WriteMemRequest.$Shape} WriteMemRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WriteMemRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.WriteMemRequest();
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
                                m.pa = v;
                            else
                                delete m.pa;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.data = v;
                            else
                                delete m.data;
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
             * Decodes a WriteMemRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.WriteMemRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.WriteMemRequest & pkvm.v1.WriteMemRequest.$Shape} WriteMemRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WriteMemRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WriteMemRequest message.
             * @function verify
             * @memberof pkvm.v1.WriteMemRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WriteMemRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.pa != null && $Object.hasOwnProperty.call(m, "pa")) {
                    if (!$util.isInteger(m.pa) && !(m.pa && $util.isInteger(m.pa.low) && $util.isInteger(m.pa.high)))
                        return "pa: integer|Long expected";
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                        return "data: buffer expected";
                }
                return null;
            };

            /**
             * Creates a WriteMemRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.WriteMemRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.WriteMemRequest} WriteMemRequest
             */
            WriteMemRequest.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.WriteMemRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.WriteMemRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.WriteMemRequest();
                if (d.pa != null) {
                    if (typeof d.pa === "object" ? d.pa.low || d.pa.high : $Number(d.pa) !== 0) {
                        if ($util.Long)
                            m.pa = $util.Long.fromValue(d.pa, false);
                        else if (typeof d.pa === "string")
                            m.pa = $parseInt(d.pa, 10);
                        else if (typeof d.pa === "number")
                            m.pa = d.pa;
                        else if (typeof d.pa === "object")
                            m.pa = new $util.LongBits(d.pa.low >>> 0, d.pa.high >>> 0).toNumber();
                    }
                }
                if (d.data != null) {
                    if (d.data.length) {
                        if (typeof d.data === "string")
                            $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                        else if (d.data.length >= 0)
                            m.data = d.data;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a WriteMemRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.WriteMemRequest
             * @static
             * @param {pkvm.v1.WriteMemRequest} m WriteMemRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WriteMemRequest.toObject = function (m, o, q) {
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
                        d.pa = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.pa = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                }
                if (m.pa != null && $Object.hasOwnProperty.call(m, "pa")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.pa = typeof m.pa === "number" ? $BigInt(m.pa) : $util.Long.fromBits(m.pa.low >>> 0, m.pa.high >>> 0, false).toBigInt();
                    else if (typeof m.pa === "number")
                        d.pa = o.longs === $String ? $String(m.pa) : m.pa;
                    else
                        d.pa = o.longs === $String ? $util.Long.prototype.toString.call(m.pa) : o.longs === $Number ? new $util.LongBits(m.pa.low >>> 0, m.pa.high >>> 0).toNumber() : m.pa;
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                return d;
            };

            /**
             * Converts this WriteMemRequest to JSON.
             * @function toJSON
             * @memberof pkvm.v1.WriteMemRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WriteMemRequest.prototype.toJSON = function() {
                return WriteMemRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WriteMemRequest
             * @function getTypeUrl
             * @memberof pkvm.v1.WriteMemRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WriteMemRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.WriteMemRequest";
            };

            return WriteMemRequest;
        })();

        v1.WriteMemResponse = (function() {

            /**
             * Properties of a WriteMemResponse.
             * @typedef {Object} pkvm.v1.WriteMemResponse.$Properties
             * @property {number|null} [written] WriteMemResponse written
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WriteMemResponse.
             * @memberof pkvm.v1
             * @interface IWriteMemResponse
             * @augments pkvm.v1.WriteMemResponse.$Properties
             * @deprecated Use pkvm.v1.WriteMemResponse.$Properties instead.
             */

            /**
             * Shape of a WriteMemResponse.
             * @typedef {pkvm.v1.WriteMemResponse.$Properties} pkvm.v1.WriteMemResponse.$Shape
             */

            /**
             * Constructs a new WriteMemResponse.
             * @memberof pkvm.v1
             * @classdesc Represents a WriteMemResponse.
             * @constructor
             * @param {pkvm.v1.WriteMemResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var WriteMemResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * WriteMemResponse written.
             * @member {number} written
             * @memberof pkvm.v1.WriteMemResponse
             * @instance
             */
            WriteMemResponse.prototype.written = 0;

            /**
             * Creates a new WriteMemResponse instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.WriteMemResponse
             * @static
             * @param {pkvm.v1.WriteMemResponse.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.WriteMemResponse} WriteMemResponse instance
             * @type {{
             *   (properties: pkvm.v1.WriteMemResponse.$Shape): pkvm.v1.WriteMemResponse & pkvm.v1.WriteMemResponse.$Shape;
             *   (properties?: pkvm.v1.WriteMemResponse.$Properties): pkvm.v1.WriteMemResponse;
             * }}
             */
            WriteMemResponse.create = function(properties) {
                return new WriteMemResponse(properties);
            };

            /**
             * Encodes the specified WriteMemResponse message. Does not implicitly {@link pkvm.v1.WriteMemResponse.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.WriteMemResponse
             * @static
             * @param {pkvm.v1.WriteMemResponse.$Properties} m WriteMemResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WriteMemResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.written != null && $Object.hasOwnProperty.call(m, "written") && m.written !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.written);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified WriteMemResponse message, length delimited. Does not implicitly {@link pkvm.v1.WriteMemResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.WriteMemResponse
             * @static
             * @param {pkvm.v1.WriteMemResponse.$Properties} message WriteMemResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WriteMemResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WriteMemResponse message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.WriteMemResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.WriteMemResponse & pkvm.v1.WriteMemResponse.$Shape} WriteMemResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WriteMemResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.WriteMemResponse();
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
                            if (v = r.uint32())
                                m.written = v;
                            else
                                delete m.written;
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
             * Decodes a WriteMemResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.WriteMemResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.WriteMemResponse & pkvm.v1.WriteMemResponse.$Shape} WriteMemResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WriteMemResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WriteMemResponse message.
             * @function verify
             * @memberof pkvm.v1.WriteMemResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WriteMemResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.written != null && $Object.hasOwnProperty.call(m, "written")) {
                    if (!$util.isInteger(m.written))
                        return "written: integer expected";
                }
                return null;
            };

            /**
             * Creates a WriteMemResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.WriteMemResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.WriteMemResponse} WriteMemResponse
             */
            WriteMemResponse.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.WriteMemResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.WriteMemResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.WriteMemResponse();
                if (d.written != null) {
                    if ($Number(d.written) !== 0) {
                        m.written = d.written >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a WriteMemResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.WriteMemResponse
             * @static
             * @param {pkvm.v1.WriteMemResponse} m WriteMemResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WriteMemResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.written = 0;
                }
                if (m.written != null && $Object.hasOwnProperty.call(m, "written")) {
                    d.written = m.written;
                }
                return d;
            };

            /**
             * Converts this WriteMemResponse to JSON.
             * @function toJSON
             * @memberof pkvm.v1.WriteMemResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WriteMemResponse.prototype.toJSON = function() {
                return WriteMemResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WriteMemResponse
             * @function getTypeUrl
             * @memberof pkvm.v1.WriteMemResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WriteMemResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.WriteMemResponse";
            };

            return WriteMemResponse;
        })();

        v1.IommuDmaService = (function() {

            /**
             * Constructs a new IommuDmaService service.
             * @memberof pkvm.v1
             * @classdesc Represents an IommuDmaService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            var IommuDmaService = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(IommuDmaService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: IommuDmaService, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new IommuDmaService service using the specified rpc implementation.
             * @function create
             * @memberof pkvm.v1.IommuDmaService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {IommuDmaService} RPC service. Useful where requests and/or responses are streamed.
             */
            IommuDmaService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link pkvm.v1.IommuDmaService#dma}.
             * @memberof pkvm.v1.IommuDmaService
             * @typedef DmaCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.DmaResponse} [response] DmaResponse
             */

            /**
             * Calls Dma.
             * @memberof pkvm.v1.IommuDmaService
             * @typedef Dma
             * @type {{
             *   (request: pkvm.v1.IDmaRequest, callback: pkvm.v1.IommuDmaService.DmaCallback): void;
             *   (request: pkvm.v1.IDmaRequest): Promise<pkvm.v1.DmaResponse>;
             *   readonly name: "Dma";
             *   readonly path: "/pkvm.v1.IommuDmaService/Dma";
             *   readonly requestType: "DmaRequest";
             *   readonly responseType: "DmaResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Dma.
             * @name pkvm.v1.IommuDmaService#dma
             * @type {pkvm.v1.IommuDmaService.Dma}
             */
            $Object.defineProperties(IommuDmaService.prototype.dma = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IommuDmaService.prototype.dma, $root.pkvm.v1.DmaRequest, $root.pkvm.v1.DmaResponse, request, callback);
            }, {
                name: { value: "Dma" },
                path: { value: "/pkvm.v1.IommuDmaService/Dma" },
                requestType: { value: "DmaRequest" },
                responseType: { value: "DmaResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return IommuDmaService;
        })();

        /**
         * DmaDirection enum.
         * @name pkvm.v1.DmaDirection
         * @enum {number}
         * @property {number} DMA_DIRECTION_UNSPECIFIED=0 DMA_DIRECTION_UNSPECIFIED value
         * @property {number} DMA_DIRECTION_READ=1 DMA_DIRECTION_READ value
         * @property {number} DMA_DIRECTION_WRITE=2 DMA_DIRECTION_WRITE value
         */
        v1.DmaDirection = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DMA_DIRECTION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DMA_DIRECTION_READ"] = 1;
            values[valuesById[2] = "DMA_DIRECTION_WRITE"] = 2;
            return values;
        })();

        v1.DmaRequest = (function() {

            /**
             * Properties of a DmaRequest.
             * @typedef {Object} pkvm.v1.DmaRequest.$Properties
             * @property {number|null} [smmu] DmaRequest smmu
             * @property {number|null} [sid] DmaRequest sid
             * @property {number|null} [iova] DmaRequest iova
             * @property {number|null} [length] DmaRequest length
             * @property {pkvm.v1.DmaDirection|null} [direction] DmaRequest direction
             * @property {Uint8Array|null} [data] DmaRequest data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DmaRequest.
             * @memberof pkvm.v1
             * @interface IDmaRequest
             * @augments pkvm.v1.DmaRequest.$Properties
             * @deprecated Use pkvm.v1.DmaRequest.$Properties instead.
             */

            /**
             * Shape of a DmaRequest.
             * @typedef {pkvm.v1.DmaRequest.$Properties} pkvm.v1.DmaRequest.$Shape
             */

            /**
             * Constructs a new DmaRequest.
             * @memberof pkvm.v1
             * @classdesc Represents a DmaRequest.
             * @constructor
             * @param {pkvm.v1.DmaRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DmaRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DmaRequest smmu.
             * @member {number} smmu
             * @memberof pkvm.v1.DmaRequest
             * @instance
             */
            DmaRequest.prototype.smmu = 0;

            /**
             * DmaRequest sid.
             * @member {number} sid
             * @memberof pkvm.v1.DmaRequest
             * @instance
             */
            DmaRequest.prototype.sid = 0;

            /**
             * DmaRequest iova.
             * @member {number} iova
             * @memberof pkvm.v1.DmaRequest
             * @instance
             */
            DmaRequest.prototype.iova = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DmaRequest length.
             * @member {number} length
             * @memberof pkvm.v1.DmaRequest
             * @instance
             */
            DmaRequest.prototype.length = 0;

            /**
             * DmaRequest direction.
             * @member {pkvm.v1.DmaDirection} direction
             * @memberof pkvm.v1.DmaRequest
             * @instance
             */
            DmaRequest.prototype.direction = 0;

            /**
             * DmaRequest data.
             * @member {Uint8Array} data
             * @memberof pkvm.v1.DmaRequest
             * @instance
             */
            DmaRequest.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new DmaRequest instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.DmaRequest
             * @static
             * @param {pkvm.v1.DmaRequest.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.DmaRequest} DmaRequest instance
             * @type {{
             *   (properties: pkvm.v1.DmaRequest.$Shape): pkvm.v1.DmaRequest & pkvm.v1.DmaRequest.$Shape;
             *   (properties?: pkvm.v1.DmaRequest.$Properties): pkvm.v1.DmaRequest;
             * }}
             */
            DmaRequest.create = function(properties) {
                return new DmaRequest(properties);
            };

            /**
             * Encodes the specified DmaRequest message. Does not implicitly {@link pkvm.v1.DmaRequest.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.DmaRequest
             * @static
             * @param {pkvm.v1.DmaRequest.$Properties} m DmaRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DmaRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu") && m.smmu !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.smmu);
                if (m.sid != null && $Object.hasOwnProperty.call(m, "sid") && m.sid !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.sid);
                if (m.iova != null && $Object.hasOwnProperty.call(m, "iova") && (typeof m.iova === "object" ? m.iova.low || m.iova.high : m.iova !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.iova);
                if (m.length != null && $Object.hasOwnProperty.call(m, "length") && m.length !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.length);
                if (m.direction != null && $Object.hasOwnProperty.call(m, "direction") && m.direction !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).int32(m.direction);
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 6, wireType 2 =*/50).bytes(m.data);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DmaRequest message, length delimited. Does not implicitly {@link pkvm.v1.DmaRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.DmaRequest
             * @static
             * @param {pkvm.v1.DmaRequest.$Properties} message DmaRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DmaRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DmaRequest message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.DmaRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.DmaRequest & pkvm.v1.DmaRequest.$Shape} DmaRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DmaRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.DmaRequest();
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
                            if (v = r.uint32())
                                m.smmu = v;
                            else
                                delete m.smmu;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.sid = v;
                            else
                                delete m.sid;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.iova = v;
                            else
                                delete m.iova;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.length = v;
                            else
                                delete m.length;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.direction = v;
                            else
                                delete m.direction;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.data = v;
                            else
                                delete m.data;
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
             * Decodes a DmaRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.DmaRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.DmaRequest & pkvm.v1.DmaRequest.$Shape} DmaRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DmaRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DmaRequest message.
             * @function verify
             * @memberof pkvm.v1.DmaRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DmaRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu")) {
                    if (!$util.isInteger(m.smmu))
                        return "smmu: integer expected";
                }
                if (m.sid != null && $Object.hasOwnProperty.call(m, "sid")) {
                    if (!$util.isInteger(m.sid))
                        return "sid: integer expected";
                }
                if (m.iova != null && $Object.hasOwnProperty.call(m, "iova")) {
                    if (!$util.isInteger(m.iova) && !(m.iova && $util.isInteger(m.iova.low) && $util.isInteger(m.iova.high)))
                        return "iova: integer|Long expected";
                }
                if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                    if (!$util.isInteger(m.length))
                        return "length: integer expected";
                }
                if (m.direction != null && $Object.hasOwnProperty.call(m, "direction")) {
                    if (typeof m.direction !== "number" || (m.direction | 0) !== m.direction)
                        return "direction: enum value expected";
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                        return "data: buffer expected";
                }
                return null;
            };

            /**
             * Creates a DmaRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.DmaRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.DmaRequest} DmaRequest
             */
            DmaRequest.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.DmaRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.DmaRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.DmaRequest();
                if (d.smmu != null) {
                    if ($Number(d.smmu) !== 0) {
                        m.smmu = d.smmu >>> 0;
                    }
                }
                if (d.sid != null) {
                    if ($Number(d.sid) !== 0) {
                        m.sid = d.sid >>> 0;
                    }
                }
                if (d.iova != null) {
                    if (typeof d.iova === "object" ? d.iova.low || d.iova.high : $Number(d.iova) !== 0) {
                        if ($util.Long)
                            m.iova = $util.Long.fromValue(d.iova, false);
                        else if (typeof d.iova === "string")
                            m.iova = $parseInt(d.iova, 10);
                        else if (typeof d.iova === "number")
                            m.iova = d.iova;
                        else if (typeof d.iova === "object")
                            m.iova = new $util.LongBits(d.iova.low >>> 0, d.iova.high >>> 0).toNumber();
                    }
                }
                if (d.length != null) {
                    if ($Number(d.length) !== 0) {
                        m.length = d.length >>> 0;
                    }
                }
                if (d.direction !== 0 && (typeof d.direction !== "string" || $root.pkvm.v1.DmaDirection[d.direction] !== 0)) {
                    switch (d.direction) {
                    case "DMA_DIRECTION_UNSPECIFIED":
                    case 0:
                        m.direction = 0;
                        break;
                    case "DMA_DIRECTION_READ":
                    case 1:
                        m.direction = 1;
                        break;
                    case "DMA_DIRECTION_WRITE":
                    case 2:
                        m.direction = 2;
                        break;
                    default:
                        if (typeof d.direction === "number" && (d.direction | 0) === d.direction)
                            m.direction = d.direction;
                    }
                }
                if (d.data != null) {
                    if (d.data.length) {
                        if (typeof d.data === "string")
                            $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                        else if (d.data.length >= 0)
                            m.data = d.data;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DmaRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.DmaRequest
             * @static
             * @param {pkvm.v1.DmaRequest} m DmaRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DmaRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.smmu = 0;
                    d.sid = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.iova = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.iova = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.length = 0;
                    d.direction = o.enums === $String ? "DMA_DIRECTION_UNSPECIFIED" : 0;
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                }
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu")) {
                    d.smmu = m.smmu;
                }
                if (m.sid != null && $Object.hasOwnProperty.call(m, "sid")) {
                    d.sid = m.sid;
                }
                if (m.iova != null && $Object.hasOwnProperty.call(m, "iova")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.iova = typeof m.iova === "number" ? $BigInt(m.iova) : $util.Long.fromBits(m.iova.low >>> 0, m.iova.high >>> 0, false).toBigInt();
                    else if (typeof m.iova === "number")
                        d.iova = o.longs === $String ? $String(m.iova) : m.iova;
                    else
                        d.iova = o.longs === $String ? $util.Long.prototype.toString.call(m.iova) : o.longs === $Number ? new $util.LongBits(m.iova.low >>> 0, m.iova.high >>> 0).toNumber() : m.iova;
                }
                if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                    d.length = m.length;
                }
                if (m.direction != null && $Object.hasOwnProperty.call(m, "direction")) {
                    d.direction = o.enums === $String ? $root.pkvm.v1.DmaDirection[m.direction] === $undefined ? m.direction : $root.pkvm.v1.DmaDirection[m.direction] : m.direction;
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                return d;
            };

            /**
             * Converts this DmaRequest to JSON.
             * @function toJSON
             * @memberof pkvm.v1.DmaRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DmaRequest.prototype.toJSON = function() {
                return DmaRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DmaRequest
             * @function getTypeUrl
             * @memberof pkvm.v1.DmaRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DmaRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.DmaRequest";
            };

            return DmaRequest;
        })();

        v1.SmmuEvent = (function() {

            /**
             * Properties of a SmmuEvent.
             * @typedef {Object} pkvm.v1.SmmuEvent.$Properties
             * @property {number|null} [type] SmmuEvent type
             * @property {string|null} [typeName] SmmuEvent typeName
             * @property {number|null} [sid] SmmuEvent sid
             * @property {boolean|null} [rnw] SmmuEvent rnw
             * @property {boolean|null} [s2] SmmuEvent s2
             * @property {number|null} [eventClass] SmmuEvent eventClass
             * @property {number|null} [inputAddr] SmmuEvent inputAddr
             * @property {number|null} [ipa] SmmuEvent ipa
             * @property {number|null} [fetchAddr] SmmuEvent fetchAddr
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SmmuEvent.
             * @memberof pkvm.v1
             * @interface ISmmuEvent
             * @augments pkvm.v1.SmmuEvent.$Properties
             * @deprecated Use pkvm.v1.SmmuEvent.$Properties instead.
             */

            /**
             * Shape of a SmmuEvent.
             * @typedef {pkvm.v1.SmmuEvent.$Properties} pkvm.v1.SmmuEvent.$Shape
             */

            /**
             * Constructs a new SmmuEvent.
             * @memberof pkvm.v1
             * @classdesc Represents a SmmuEvent.
             * @constructor
             * @param {pkvm.v1.SmmuEvent.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SmmuEvent = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SmmuEvent type.
             * @member {number} type
             * @memberof pkvm.v1.SmmuEvent
             * @instance
             */
            SmmuEvent.prototype.type = 0;

            /**
             * SmmuEvent typeName.
             * @member {string} typeName
             * @memberof pkvm.v1.SmmuEvent
             * @instance
             */
            SmmuEvent.prototype.typeName = "";

            /**
             * SmmuEvent sid.
             * @member {number} sid
             * @memberof pkvm.v1.SmmuEvent
             * @instance
             */
            SmmuEvent.prototype.sid = 0;

            /**
             * SmmuEvent rnw.
             * @member {boolean} rnw
             * @memberof pkvm.v1.SmmuEvent
             * @instance
             */
            SmmuEvent.prototype.rnw = false;

            /**
             * SmmuEvent s2.
             * @member {boolean} s2
             * @memberof pkvm.v1.SmmuEvent
             * @instance
             */
            SmmuEvent.prototype.s2 = false;

            /**
             * SmmuEvent eventClass.
             * @member {number} eventClass
             * @memberof pkvm.v1.SmmuEvent
             * @instance
             */
            SmmuEvent.prototype.eventClass = 0;

            /**
             * SmmuEvent inputAddr.
             * @member {number} inputAddr
             * @memberof pkvm.v1.SmmuEvent
             * @instance
             */
            SmmuEvent.prototype.inputAddr = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SmmuEvent ipa.
             * @member {number} ipa
             * @memberof pkvm.v1.SmmuEvent
             * @instance
             */
            SmmuEvent.prototype.ipa = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SmmuEvent fetchAddr.
             * @member {number} fetchAddr
             * @memberof pkvm.v1.SmmuEvent
             * @instance
             */
            SmmuEvent.prototype.fetchAddr = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new SmmuEvent instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.SmmuEvent
             * @static
             * @param {pkvm.v1.SmmuEvent.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.SmmuEvent} SmmuEvent instance
             * @type {{
             *   (properties: pkvm.v1.SmmuEvent.$Shape): pkvm.v1.SmmuEvent & pkvm.v1.SmmuEvent.$Shape;
             *   (properties?: pkvm.v1.SmmuEvent.$Properties): pkvm.v1.SmmuEvent;
             * }}
             */
            SmmuEvent.create = function(properties) {
                return new SmmuEvent(properties);
            };

            /**
             * Encodes the specified SmmuEvent message. Does not implicitly {@link pkvm.v1.SmmuEvent.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.SmmuEvent
             * @static
             * @param {pkvm.v1.SmmuEvent.$Properties} m SmmuEvent message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SmmuEvent.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.type);
                if (m.typeName != null && $Object.hasOwnProperty.call(m, "typeName") && m.typeName !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.typeName);
                if (m.sid != null && $Object.hasOwnProperty.call(m, "sid") && m.sid !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.sid);
                if (m.rnw != null && $Object.hasOwnProperty.call(m, "rnw") && m.rnw !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.rnw);
                if (m.s2 != null && $Object.hasOwnProperty.call(m, "s2") && m.s2 !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.s2);
                if (m.eventClass != null && $Object.hasOwnProperty.call(m, "eventClass") && m.eventClass !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.eventClass);
                if (m.inputAddr != null && $Object.hasOwnProperty.call(m, "inputAddr") && (typeof m.inputAddr === "object" ? m.inputAddr.low || m.inputAddr.high : m.inputAddr !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).int64(m.inputAddr);
                if (m.ipa != null && $Object.hasOwnProperty.call(m, "ipa") && (typeof m.ipa === "object" ? m.ipa.low || m.ipa.high : m.ipa !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).int64(m.ipa);
                if (m.fetchAddr != null && $Object.hasOwnProperty.call(m, "fetchAddr") && (typeof m.fetchAddr === "object" ? m.fetchAddr.low || m.fetchAddr.high : m.fetchAddr !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).int64(m.fetchAddr);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SmmuEvent message, length delimited. Does not implicitly {@link pkvm.v1.SmmuEvent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.SmmuEvent
             * @static
             * @param {pkvm.v1.SmmuEvent.$Properties} message SmmuEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SmmuEvent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SmmuEvent message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.SmmuEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.SmmuEvent & pkvm.v1.SmmuEvent.$Shape} SmmuEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SmmuEvent.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.SmmuEvent();
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
                            if (v = r.uint32())
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.typeName = v;
                            else
                                delete m.typeName;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.sid = v;
                            else
                                delete m.sid;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.rnw = v;
                            else
                                delete m.rnw;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.s2 = v;
                            else
                                delete m.s2;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.eventClass = v;
                            else
                                delete m.eventClass;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.inputAddr = v;
                            else
                                delete m.inputAddr;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.ipa = v;
                            else
                                delete m.ipa;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.fetchAddr = v;
                            else
                                delete m.fetchAddr;
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
             * Decodes a SmmuEvent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.SmmuEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.SmmuEvent & pkvm.v1.SmmuEvent.$Shape} SmmuEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SmmuEvent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SmmuEvent message.
             * @function verify
             * @memberof pkvm.v1.SmmuEvent
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SmmuEvent.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    if (!$util.isInteger(m.type))
                        return "type: integer expected";
                }
                if (m.typeName != null && $Object.hasOwnProperty.call(m, "typeName")) {
                    if (!$util.isString(m.typeName))
                        return "typeName: string expected";
                }
                if (m.sid != null && $Object.hasOwnProperty.call(m, "sid")) {
                    if (!$util.isInteger(m.sid))
                        return "sid: integer expected";
                }
                if (m.rnw != null && $Object.hasOwnProperty.call(m, "rnw")) {
                    if (typeof m.rnw !== "boolean")
                        return "rnw: boolean expected";
                }
                if (m.s2 != null && $Object.hasOwnProperty.call(m, "s2")) {
                    if (typeof m.s2 !== "boolean")
                        return "s2: boolean expected";
                }
                if (m.eventClass != null && $Object.hasOwnProperty.call(m, "eventClass")) {
                    if (!$util.isInteger(m.eventClass))
                        return "eventClass: integer expected";
                }
                if (m.inputAddr != null && $Object.hasOwnProperty.call(m, "inputAddr")) {
                    if (!$util.isInteger(m.inputAddr) && !(m.inputAddr && $util.isInteger(m.inputAddr.low) && $util.isInteger(m.inputAddr.high)))
                        return "inputAddr: integer|Long expected";
                }
                if (m.ipa != null && $Object.hasOwnProperty.call(m, "ipa")) {
                    if (!$util.isInteger(m.ipa) && !(m.ipa && $util.isInteger(m.ipa.low) && $util.isInteger(m.ipa.high)))
                        return "ipa: integer|Long expected";
                }
                if (m.fetchAddr != null && $Object.hasOwnProperty.call(m, "fetchAddr")) {
                    if (!$util.isInteger(m.fetchAddr) && !(m.fetchAddr && $util.isInteger(m.fetchAddr.low) && $util.isInteger(m.fetchAddr.high)))
                        return "fetchAddr: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a SmmuEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.SmmuEvent
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.SmmuEvent} SmmuEvent
             */
            SmmuEvent.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.SmmuEvent)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.SmmuEvent: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.SmmuEvent();
                if (d.type != null) {
                    if ($Number(d.type) !== 0) {
                        m.type = d.type >>> 0;
                    }
                }
                if (d.typeName != null) {
                    if (typeof d.typeName !== "string" || d.typeName.length) {
                        m.typeName = $String(d.typeName);
                    }
                }
                if (d.sid != null) {
                    if ($Number(d.sid) !== 0) {
                        m.sid = d.sid >>> 0;
                    }
                }
                if (d.rnw != null) {
                    if (d.rnw) {
                        m.rnw = $Boolean(d.rnw);
                    }
                }
                if (d.s2 != null) {
                    if (d.s2) {
                        m.s2 = $Boolean(d.s2);
                    }
                }
                if (d.eventClass != null) {
                    if ($Number(d.eventClass) !== 0) {
                        m.eventClass = d.eventClass >>> 0;
                    }
                }
                if (d.inputAddr != null) {
                    if (typeof d.inputAddr === "object" ? d.inputAddr.low || d.inputAddr.high : $Number(d.inputAddr) !== 0) {
                        if ($util.Long)
                            m.inputAddr = $util.Long.fromValue(d.inputAddr, false);
                        else if (typeof d.inputAddr === "string")
                            m.inputAddr = $parseInt(d.inputAddr, 10);
                        else if (typeof d.inputAddr === "number")
                            m.inputAddr = d.inputAddr;
                        else if (typeof d.inputAddr === "object")
                            m.inputAddr = new $util.LongBits(d.inputAddr.low >>> 0, d.inputAddr.high >>> 0).toNumber();
                    }
                }
                if (d.ipa != null) {
                    if (typeof d.ipa === "object" ? d.ipa.low || d.ipa.high : $Number(d.ipa) !== 0) {
                        if ($util.Long)
                            m.ipa = $util.Long.fromValue(d.ipa, false);
                        else if (typeof d.ipa === "string")
                            m.ipa = $parseInt(d.ipa, 10);
                        else if (typeof d.ipa === "number")
                            m.ipa = d.ipa;
                        else if (typeof d.ipa === "object")
                            m.ipa = new $util.LongBits(d.ipa.low >>> 0, d.ipa.high >>> 0).toNumber();
                    }
                }
                if (d.fetchAddr != null) {
                    if (typeof d.fetchAddr === "object" ? d.fetchAddr.low || d.fetchAddr.high : $Number(d.fetchAddr) !== 0) {
                        if ($util.Long)
                            m.fetchAddr = $util.Long.fromValue(d.fetchAddr, false);
                        else if (typeof d.fetchAddr === "string")
                            m.fetchAddr = $parseInt(d.fetchAddr, 10);
                        else if (typeof d.fetchAddr === "number")
                            m.fetchAddr = d.fetchAddr;
                        else if (typeof d.fetchAddr === "object")
                            m.fetchAddr = new $util.LongBits(d.fetchAddr.low >>> 0, d.fetchAddr.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SmmuEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.SmmuEvent
             * @static
             * @param {pkvm.v1.SmmuEvent} m SmmuEvent
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SmmuEvent.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type = 0;
                    d.typeName = "";
                    d.sid = 0;
                    d.rnw = false;
                    d.s2 = false;
                    d.eventClass = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.inputAddr = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.inputAddr = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.ipa = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.ipa = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.fetchAddr = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.fetchAddr = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = m.type;
                }
                if (m.typeName != null && $Object.hasOwnProperty.call(m, "typeName")) {
                    d.typeName = m.typeName;
                }
                if (m.sid != null && $Object.hasOwnProperty.call(m, "sid")) {
                    d.sid = m.sid;
                }
                if (m.rnw != null && $Object.hasOwnProperty.call(m, "rnw")) {
                    d.rnw = m.rnw;
                }
                if (m.s2 != null && $Object.hasOwnProperty.call(m, "s2")) {
                    d.s2 = m.s2;
                }
                if (m.eventClass != null && $Object.hasOwnProperty.call(m, "eventClass")) {
                    d.eventClass = m.eventClass;
                }
                if (m.inputAddr != null && $Object.hasOwnProperty.call(m, "inputAddr")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.inputAddr = typeof m.inputAddr === "number" ? $BigInt(m.inputAddr) : $util.Long.fromBits(m.inputAddr.low >>> 0, m.inputAddr.high >>> 0, false).toBigInt();
                    else if (typeof m.inputAddr === "number")
                        d.inputAddr = o.longs === $String ? $String(m.inputAddr) : m.inputAddr;
                    else
                        d.inputAddr = o.longs === $String ? $util.Long.prototype.toString.call(m.inputAddr) : o.longs === $Number ? new $util.LongBits(m.inputAddr.low >>> 0, m.inputAddr.high >>> 0).toNumber() : m.inputAddr;
                }
                if (m.ipa != null && $Object.hasOwnProperty.call(m, "ipa")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.ipa = typeof m.ipa === "number" ? $BigInt(m.ipa) : $util.Long.fromBits(m.ipa.low >>> 0, m.ipa.high >>> 0, false).toBigInt();
                    else if (typeof m.ipa === "number")
                        d.ipa = o.longs === $String ? $String(m.ipa) : m.ipa;
                    else
                        d.ipa = o.longs === $String ? $util.Long.prototype.toString.call(m.ipa) : o.longs === $Number ? new $util.LongBits(m.ipa.low >>> 0, m.ipa.high >>> 0).toNumber() : m.ipa;
                }
                if (m.fetchAddr != null && $Object.hasOwnProperty.call(m, "fetchAddr")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.fetchAddr = typeof m.fetchAddr === "number" ? $BigInt(m.fetchAddr) : $util.Long.fromBits(m.fetchAddr.low >>> 0, m.fetchAddr.high >>> 0, false).toBigInt();
                    else if (typeof m.fetchAddr === "number")
                        d.fetchAddr = o.longs === $String ? $String(m.fetchAddr) : m.fetchAddr;
                    else
                        d.fetchAddr = o.longs === $String ? $util.Long.prototype.toString.call(m.fetchAddr) : o.longs === $Number ? new $util.LongBits(m.fetchAddr.low >>> 0, m.fetchAddr.high >>> 0).toNumber() : m.fetchAddr;
                }
                return d;
            };

            /**
             * Converts this SmmuEvent to JSON.
             * @function toJSON
             * @memberof pkvm.v1.SmmuEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SmmuEvent.prototype.toJSON = function() {
                return SmmuEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SmmuEvent
             * @function getTypeUrl
             * @memberof pkvm.v1.SmmuEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SmmuEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.SmmuEvent";
            };

            return SmmuEvent;
        })();

        v1.DmaFault = (function() {

            /**
             * Properties of a DmaFault.
             * @typedef {Object} pkvm.v1.DmaFault.$Properties
             * @property {string|null} [reason] DmaFault reason
             * @property {number|null} [address] DmaFault address
             * @property {pkvm.v1.SmmuEvent.$Properties|null} [event] DmaFault event
             * @property {boolean|null} [recorded] DmaFault recorded
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DmaFault.
             * @memberof pkvm.v1
             * @interface IDmaFault
             * @augments pkvm.v1.DmaFault.$Properties
             * @deprecated Use pkvm.v1.DmaFault.$Properties instead.
             */

            /**
             * Shape of a DmaFault.
             * @typedef {pkvm.v1.DmaFault.$Properties} pkvm.v1.DmaFault.$Shape
             */

            /**
             * Constructs a new DmaFault.
             * @memberof pkvm.v1
             * @classdesc Represents a DmaFault.
             * @constructor
             * @param {pkvm.v1.DmaFault.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DmaFault = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DmaFault reason.
             * @member {string} reason
             * @memberof pkvm.v1.DmaFault
             * @instance
             */
            DmaFault.prototype.reason = "";

            /**
             * DmaFault address.
             * @member {number} address
             * @memberof pkvm.v1.DmaFault
             * @instance
             */
            DmaFault.prototype.address = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DmaFault event.
             * @member {pkvm.v1.SmmuEvent.$Properties|null|undefined} event
             * @memberof pkvm.v1.DmaFault
             * @instance
             */
            DmaFault.prototype.event = null;

            /**
             * DmaFault recorded.
             * @member {boolean} recorded
             * @memberof pkvm.v1.DmaFault
             * @instance
             */
            DmaFault.prototype.recorded = false;

            /**
             * Creates a new DmaFault instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.DmaFault
             * @static
             * @param {pkvm.v1.DmaFault.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.DmaFault} DmaFault instance
             * @type {{
             *   (properties: pkvm.v1.DmaFault.$Shape): pkvm.v1.DmaFault & pkvm.v1.DmaFault.$Shape;
             *   (properties?: pkvm.v1.DmaFault.$Properties): pkvm.v1.DmaFault;
             * }}
             */
            DmaFault.create = function(properties) {
                return new DmaFault(properties);
            };

            /**
             * Encodes the specified DmaFault message. Does not implicitly {@link pkvm.v1.DmaFault.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.DmaFault
             * @static
             * @param {pkvm.v1.DmaFault.$Properties} m DmaFault message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DmaFault.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.reason);
                if (m.address != null && $Object.hasOwnProperty.call(m, "address") && (typeof m.address === "object" ? m.address.low || m.address.high : m.address !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.address);
                if (m.event != null && $Object.hasOwnProperty.call(m, "event"))
                    $root.pkvm.v1.SmmuEvent.encode(m.event, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.recorded != null && $Object.hasOwnProperty.call(m, "recorded") && m.recorded !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.recorded);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DmaFault message, length delimited. Does not implicitly {@link pkvm.v1.DmaFault.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.DmaFault
             * @static
             * @param {pkvm.v1.DmaFault.$Properties} message DmaFault message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DmaFault.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DmaFault message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.DmaFault
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.DmaFault & pkvm.v1.DmaFault.$Shape} DmaFault
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DmaFault.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.DmaFault();
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
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.address = v;
                            else
                                delete m.address;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.event = $root.pkvm.v1.SmmuEvent.decode(r, r.size(), $undefined, q + 1, m.event);
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.recorded = v;
                            else
                                delete m.recorded;
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
             * Decodes a DmaFault message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.DmaFault
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.DmaFault & pkvm.v1.DmaFault.$Shape} DmaFault
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DmaFault.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DmaFault message.
             * @function verify
             * @memberof pkvm.v1.DmaFault
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DmaFault.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                    if (!$util.isInteger(m.address) && !(m.address && $util.isInteger(m.address.low) && $util.isInteger(m.address.high)))
                        return "address: integer|Long expected";
                }
                if (m.event != null && $Object.hasOwnProperty.call(m, "event")) {
                    {
                        var e = $root.pkvm.v1.SmmuEvent.verify(m.event, q + 1);
                        if (e)
                            return "event." + e;
                    }
                }
                if (m.recorded != null && $Object.hasOwnProperty.call(m, "recorded")) {
                    if (typeof m.recorded !== "boolean")
                        return "recorded: boolean expected";
                }
                return null;
            };

            /**
             * Creates a DmaFault message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.DmaFault
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.DmaFault} DmaFault
             */
            DmaFault.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.DmaFault)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.DmaFault: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.DmaFault();
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.address != null) {
                    if (typeof d.address === "object" ? d.address.low || d.address.high : $Number(d.address) !== 0) {
                        if ($util.Long)
                            m.address = $util.Long.fromValue(d.address, false);
                        else if (typeof d.address === "string")
                            m.address = $parseInt(d.address, 10);
                        else if (typeof d.address === "number")
                            m.address = d.address;
                        else if (typeof d.address === "object")
                            m.address = new $util.LongBits(d.address.low >>> 0, d.address.high >>> 0).toNumber();
                    }
                }
                if (d.event != null) {
                    if (!$util.isObject(d.event))
                        throw $TypeError(".pkvm.v1.DmaFault.event: object expected");
                    m.event = $root.pkvm.v1.SmmuEvent.fromObject(d.event, q + 1);
                }
                if (d.recorded != null) {
                    if (d.recorded) {
                        m.recorded = $Boolean(d.recorded);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DmaFault message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.DmaFault
             * @static
             * @param {pkvm.v1.DmaFault} m DmaFault
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DmaFault.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.reason = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.address = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.address = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.event = null;
                    d.recorded = false;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.address = typeof m.address === "number" ? $BigInt(m.address) : $util.Long.fromBits(m.address.low >>> 0, m.address.high >>> 0, false).toBigInt();
                    else if (typeof m.address === "number")
                        d.address = o.longs === $String ? $String(m.address) : m.address;
                    else
                        d.address = o.longs === $String ? $util.Long.prototype.toString.call(m.address) : o.longs === $Number ? new $util.LongBits(m.address.low >>> 0, m.address.high >>> 0).toNumber() : m.address;
                }
                if (m.event != null && $Object.hasOwnProperty.call(m, "event")) {
                    d.event = $root.pkvm.v1.SmmuEvent.toObject(m.event, o, q + 1);
                }
                if (m.recorded != null && $Object.hasOwnProperty.call(m, "recorded")) {
                    d.recorded = m.recorded;
                }
                return d;
            };

            /**
             * Converts this DmaFault to JSON.
             * @function toJSON
             * @memberof pkvm.v1.DmaFault
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DmaFault.prototype.toJSON = function() {
                return DmaFault.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DmaFault
             * @function getTypeUrl
             * @memberof pkvm.v1.DmaFault
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DmaFault.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.DmaFault";
            };

            return DmaFault;
        })();

        v1.DmaResponse = (function() {

            /**
             * Properties of a DmaResponse.
             * @typedef {Object} pkvm.v1.DmaResponse.$Properties
             * @property {boolean|null} [ok] DmaResponse ok
             * @property {Uint8Array|null} [data] DmaResponse data
             * @property {number|null} [completed] DmaResponse completed
             * @property {pkvm.v1.DmaFault.$Properties|null} [fault] DmaResponse fault
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DmaResponse.
             * @memberof pkvm.v1
             * @interface IDmaResponse
             * @augments pkvm.v1.DmaResponse.$Properties
             * @deprecated Use pkvm.v1.DmaResponse.$Properties instead.
             */

            /**
             * Shape of a DmaResponse.
             * @typedef {pkvm.v1.DmaResponse.$Properties} pkvm.v1.DmaResponse.$Shape
             */

            /**
             * Constructs a new DmaResponse.
             * @memberof pkvm.v1
             * @classdesc Represents a DmaResponse.
             * @constructor
             * @param {pkvm.v1.DmaResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DmaResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DmaResponse ok.
             * @member {boolean} ok
             * @memberof pkvm.v1.DmaResponse
             * @instance
             */
            DmaResponse.prototype.ok = false;

            /**
             * DmaResponse data.
             * @member {Uint8Array} data
             * @memberof pkvm.v1.DmaResponse
             * @instance
             */
            DmaResponse.prototype.data = $util.newBuffer([]);

            /**
             * DmaResponse completed.
             * @member {number} completed
             * @memberof pkvm.v1.DmaResponse
             * @instance
             */
            DmaResponse.prototype.completed = 0;

            /**
             * DmaResponse fault.
             * @member {pkvm.v1.DmaFault.$Properties|null|undefined} fault
             * @memberof pkvm.v1.DmaResponse
             * @instance
             */
            DmaResponse.prototype.fault = null;

            /**
             * Creates a new DmaResponse instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.DmaResponse
             * @static
             * @param {pkvm.v1.DmaResponse.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.DmaResponse} DmaResponse instance
             * @type {{
             *   (properties: pkvm.v1.DmaResponse.$Shape): pkvm.v1.DmaResponse & pkvm.v1.DmaResponse.$Shape;
             *   (properties?: pkvm.v1.DmaResponse.$Properties): pkvm.v1.DmaResponse;
             * }}
             */
            DmaResponse.create = function(properties) {
                return new DmaResponse(properties);
            };

            /**
             * Encodes the specified DmaResponse message. Does not implicitly {@link pkvm.v1.DmaResponse.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.DmaResponse
             * @static
             * @param {pkvm.v1.DmaResponse.$Properties} m DmaResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DmaResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.ok);
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.data);
                if (m.completed != null && $Object.hasOwnProperty.call(m, "completed") && m.completed !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.completed);
                if (m.fault != null && $Object.hasOwnProperty.call(m, "fault"))
                    $root.pkvm.v1.DmaFault.encode(m.fault, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DmaResponse message, length delimited. Does not implicitly {@link pkvm.v1.DmaResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.DmaResponse
             * @static
             * @param {pkvm.v1.DmaResponse.$Properties} message DmaResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DmaResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DmaResponse message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.DmaResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.DmaResponse & pkvm.v1.DmaResponse.$Shape} DmaResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DmaResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.DmaResponse();
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
                            if (v = r.bool())
                                m.ok = v;
                            else
                                delete m.ok;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.data = v;
                            else
                                delete m.data;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.completed = v;
                            else
                                delete m.completed;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.fault = $root.pkvm.v1.DmaFault.decode(r, r.size(), $undefined, q + 1, m.fault);
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
             * Decodes a DmaResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.DmaResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.DmaResponse & pkvm.v1.DmaResponse.$Shape} DmaResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DmaResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DmaResponse message.
             * @function verify
             * @memberof pkvm.v1.DmaResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DmaResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                    if (typeof m.ok !== "boolean")
                        return "ok: boolean expected";
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                        return "data: buffer expected";
                }
                if (m.completed != null && $Object.hasOwnProperty.call(m, "completed")) {
                    if (!$util.isInteger(m.completed))
                        return "completed: integer expected";
                }
                if (m.fault != null && $Object.hasOwnProperty.call(m, "fault")) {
                    {
                        var e = $root.pkvm.v1.DmaFault.verify(m.fault, q + 1);
                        if (e)
                            return "fault." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a DmaResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.DmaResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.DmaResponse} DmaResponse
             */
            DmaResponse.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.DmaResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.DmaResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.DmaResponse();
                if (d.ok != null) {
                    if (d.ok) {
                        m.ok = $Boolean(d.ok);
                    }
                }
                if (d.data != null) {
                    if (d.data.length) {
                        if (typeof d.data === "string")
                            $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                        else if (d.data.length >= 0)
                            m.data = d.data;
                    }
                }
                if (d.completed != null) {
                    if ($Number(d.completed) !== 0) {
                        m.completed = d.completed >>> 0;
                    }
                }
                if (d.fault != null) {
                    if (!$util.isObject(d.fault))
                        throw $TypeError(".pkvm.v1.DmaResponse.fault: object expected");
                    m.fault = $root.pkvm.v1.DmaFault.fromObject(d.fault, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a DmaResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.DmaResponse
             * @static
             * @param {pkvm.v1.DmaResponse} m DmaResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DmaResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ok = false;
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                    d.completed = 0;
                    d.fault = null;
                }
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                    d.ok = m.ok;
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                if (m.completed != null && $Object.hasOwnProperty.call(m, "completed")) {
                    d.completed = m.completed;
                }
                if (m.fault != null && $Object.hasOwnProperty.call(m, "fault")) {
                    d.fault = $root.pkvm.v1.DmaFault.toObject(m.fault, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this DmaResponse to JSON.
             * @function toJSON
             * @memberof pkvm.v1.DmaResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DmaResponse.prototype.toJSON = function() {
                return DmaResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DmaResponse
             * @function getTypeUrl
             * @memberof pkvm.v1.DmaResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DmaResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.DmaResponse";
            };

            return DmaResponse;
        })();

        v1.IommuDumpService = (function() {

            /**
             * Constructs a new IommuDumpService service.
             * @memberof pkvm.v1
             * @classdesc Represents an IommuDumpService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            var IommuDumpService = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(IommuDumpService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: IommuDumpService, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new IommuDumpService service using the specified rpc implementation.
             * @function create
             * @memberof pkvm.v1.IommuDumpService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {IommuDumpService} RPC service. Useful where requests and/or responses are streamed.
             */
            IommuDumpService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link pkvm.v1.IommuDumpService#ptdump}.
             * @memberof pkvm.v1.IommuDumpService
             * @typedef PtdumpCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.PtdumpResponse} [response] PtdumpResponse
             */

            /**
             * Calls Ptdump.
             * @memberof pkvm.v1.IommuDumpService
             * @typedef Ptdump
             * @type {{
             *   (request: pkvm.v1.IPtdumpRequest, callback: pkvm.v1.IommuDumpService.PtdumpCallback): void;
             *   (request: pkvm.v1.IPtdumpRequest): Promise<pkvm.v1.PtdumpResponse>;
             *   readonly name: "Ptdump";
             *   readonly path: "/pkvm.v1.IommuDumpService/Ptdump";
             *   readonly requestType: "PtdumpRequest";
             *   readonly responseType: "PtdumpResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Ptdump.
             * @name pkvm.v1.IommuDumpService#ptdump
             * @type {pkvm.v1.IommuDumpService.Ptdump}
             */
            $Object.defineProperties(IommuDumpService.prototype.ptdump = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IommuDumpService.prototype.ptdump, $root.pkvm.v1.PtdumpRequest, $root.pkvm.v1.PtdumpResponse, request, callback);
            }, {
                name: { value: "Ptdump" },
                path: { value: "/pkvm.v1.IommuDumpService/Ptdump" },
                requestType: { value: "PtdumpRequest" },
                responseType: { value: "PtdumpResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link pkvm.v1.IommuDumpService#ste}.
             * @memberof pkvm.v1.IommuDumpService
             * @typedef SteCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.SteResponse} [response] SteResponse
             */

            /**
             * Calls Ste.
             * @memberof pkvm.v1.IommuDumpService
             * @typedef Ste
             * @type {{
             *   (request: pkvm.v1.ISteRequest, callback: pkvm.v1.IommuDumpService.SteCallback): void;
             *   (request: pkvm.v1.ISteRequest): Promise<pkvm.v1.SteResponse>;
             *   readonly name: "Ste";
             *   readonly path: "/pkvm.v1.IommuDumpService/Ste";
             *   readonly requestType: "SteRequest";
             *   readonly responseType: "SteResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Ste.
             * @name pkvm.v1.IommuDumpService#ste
             * @type {pkvm.v1.IommuDumpService.Ste}
             */
            $Object.defineProperties(IommuDumpService.prototype.ste = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IommuDumpService.prototype.ste, $root.pkvm.v1.SteRequest, $root.pkvm.v1.SteResponse, request, callback);
            }, {
                name: { value: "Ste" },
                path: { value: "/pkvm.v1.IommuDumpService/Ste" },
                requestType: { value: "SteRequest" },
                responseType: { value: "SteResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link pkvm.v1.IommuDumpService#events}.
             * @memberof pkvm.v1.IommuDumpService
             * @typedef EventsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.EventsResponse} [response] EventsResponse
             */

            /**
             * Calls Events.
             * @memberof pkvm.v1.IommuDumpService
             * @typedef Events
             * @type {{
             *   (request: pkvm.v1.IEventsRequest, callback: pkvm.v1.IommuDumpService.EventsCallback): void;
             *   (request: pkvm.v1.IEventsRequest): Promise<pkvm.v1.EventsResponse>;
             *   readonly name: "Events";
             *   readonly path: "/pkvm.v1.IommuDumpService/Events";
             *   readonly requestType: "EventsRequest";
             *   readonly responseType: "EventsResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Events.
             * @name pkvm.v1.IommuDumpService#events
             * @type {pkvm.v1.IommuDumpService.Events}
             */
            $Object.defineProperties(IommuDumpService.prototype.events = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IommuDumpService.prototype.events, $root.pkvm.v1.EventsRequest, $root.pkvm.v1.EventsResponse, request, callback);
            }, {
                name: { value: "Events" },
                path: { value: "/pkvm.v1.IommuDumpService/Events" },
                requestType: { value: "EventsRequest" },
                responseType: { value: "EventsResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link pkvm.v1.IommuDumpService#stateHash}.
             * @memberof pkvm.v1.IommuDumpService
             * @typedef StateHashCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.StateHashResponse} [response] StateHashResponse
             */

            /**
             * Calls StateHash.
             * @memberof pkvm.v1.IommuDumpService
             * @typedef StateHash
             * @type {{
             *   (request: pkvm.v1.IStateHashRequest, callback: pkvm.v1.IommuDumpService.StateHashCallback): void;
             *   (request: pkvm.v1.IStateHashRequest): Promise<pkvm.v1.StateHashResponse>;
             *   readonly name: "StateHash";
             *   readonly path: "/pkvm.v1.IommuDumpService/StateHash";
             *   readonly requestType: "StateHashRequest";
             *   readonly responseType: "StateHashResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls StateHash.
             * @name pkvm.v1.IommuDumpService#stateHash
             * @type {pkvm.v1.IommuDumpService.StateHash}
             */
            $Object.defineProperties(IommuDumpService.prototype.stateHash = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IommuDumpService.prototype.stateHash, $root.pkvm.v1.StateHashRequest, $root.pkvm.v1.StateHashResponse, request, callback);
            }, {
                name: { value: "StateHash" },
                path: { value: "/pkvm.v1.IommuDumpService/StateHash" },
                requestType: { value: "StateHashRequest" },
                responseType: { value: "StateHashResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link pkvm.v1.IommuDumpService#machineInfo}.
             * @memberof pkvm.v1.IommuDumpService
             * @typedef MachineInfoCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {pkvm.v1.MachineInfoResponse} [response] MachineInfoResponse
             */

            /**
             * Calls MachineInfo.
             * @memberof pkvm.v1.IommuDumpService
             * @typedef MachineInfo
             * @type {{
             *   (request: pkvm.v1.IMachineInfoRequest, callback: pkvm.v1.IommuDumpService.MachineInfoCallback): void;
             *   (request: pkvm.v1.IMachineInfoRequest): Promise<pkvm.v1.MachineInfoResponse>;
             *   readonly name: "MachineInfo";
             *   readonly path: "/pkvm.v1.IommuDumpService/MachineInfo";
             *   readonly requestType: "MachineInfoRequest";
             *   readonly responseType: "MachineInfoResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls MachineInfo.
             * @name pkvm.v1.IommuDumpService#machineInfo
             * @type {pkvm.v1.IommuDumpService.MachineInfo}
             */
            $Object.defineProperties(IommuDumpService.prototype.machineInfo = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IommuDumpService.prototype.machineInfo, $root.pkvm.v1.MachineInfoRequest, $root.pkvm.v1.MachineInfoResponse, request, callback);
            }, {
                name: { value: "MachineInfo" },
                path: { value: "/pkvm.v1.IommuDumpService/MachineInfo" },
                requestType: { value: "MachineInfoRequest" },
                responseType: { value: "MachineInfoResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return IommuDumpService;
        })();

        v1.PtdumpRequest = (function() {

            /**
             * Properties of a PtdumpRequest.
             * @typedef {Object} pkvm.v1.PtdumpRequest.$Properties
             * @property {number|null} [start] PtdumpRequest start
             * @property {number|null} [end] PtdumpRequest end
             * @property {number|null} [tablePa] PtdumpRequest tablePa
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PtdumpRequest.
             * @memberof pkvm.v1
             * @interface IPtdumpRequest
             * @augments pkvm.v1.PtdumpRequest.$Properties
             * @deprecated Use pkvm.v1.PtdumpRequest.$Properties instead.
             */

            /**
             * Shape of a PtdumpRequest.
             * @typedef {pkvm.v1.PtdumpRequest.$Properties} pkvm.v1.PtdumpRequest.$Shape
             */

            /**
             * Constructs a new PtdumpRequest.
             * @memberof pkvm.v1
             * @classdesc Represents a PtdumpRequest.
             * @constructor
             * @param {pkvm.v1.PtdumpRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PtdumpRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PtdumpRequest start.
             * @member {number} start
             * @memberof pkvm.v1.PtdumpRequest
             * @instance
             */
            PtdumpRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PtdumpRequest end.
             * @member {number} end
             * @memberof pkvm.v1.PtdumpRequest
             * @instance
             */
            PtdumpRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PtdumpRequest tablePa.
             * @member {number} tablePa
             * @memberof pkvm.v1.PtdumpRequest
             * @instance
             */
            PtdumpRequest.prototype.tablePa = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new PtdumpRequest instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.PtdumpRequest
             * @static
             * @param {pkvm.v1.PtdumpRequest.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.PtdumpRequest} PtdumpRequest instance
             * @type {{
             *   (properties: pkvm.v1.PtdumpRequest.$Shape): pkvm.v1.PtdumpRequest & pkvm.v1.PtdumpRequest.$Shape;
             *   (properties?: pkvm.v1.PtdumpRequest.$Properties): pkvm.v1.PtdumpRequest;
             * }}
             */
            PtdumpRequest.create = function(properties) {
                return new PtdumpRequest(properties);
            };

            /**
             * Encodes the specified PtdumpRequest message. Does not implicitly {@link pkvm.v1.PtdumpRequest.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.PtdumpRequest
             * @static
             * @param {pkvm.v1.PtdumpRequest.$Properties} m PtdumpRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PtdumpRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.start != null && $Object.hasOwnProperty.call(m, "start") && (typeof m.start === "object" ? m.start.low || m.start.high : m.start !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.start);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && (typeof m.end === "object" ? m.end.low || m.end.high : m.end !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.end);
                if (m.tablePa != null && $Object.hasOwnProperty.call(m, "tablePa") && (typeof m.tablePa === "object" ? m.tablePa.low || m.tablePa.high : m.tablePa !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.tablePa);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PtdumpRequest message, length delimited. Does not implicitly {@link pkvm.v1.PtdumpRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.PtdumpRequest
             * @static
             * @param {pkvm.v1.PtdumpRequest.$Properties} message PtdumpRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PtdumpRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PtdumpRequest message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.PtdumpRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.PtdumpRequest & pkvm.v1.PtdumpRequest.$Shape} PtdumpRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PtdumpRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.PtdumpRequest();
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
                                m.start = v;
                            else
                                delete m.start;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.end = v;
                            else
                                delete m.end;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.tablePa = v;
                            else
                                delete m.tablePa;
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
             * Decodes a PtdumpRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.PtdumpRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.PtdumpRequest & pkvm.v1.PtdumpRequest.$Shape} PtdumpRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PtdumpRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PtdumpRequest message.
             * @function verify
             * @memberof pkvm.v1.PtdumpRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PtdumpRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                    if (!$util.isInteger(m.start) && !(m.start && $util.isInteger(m.start.low) && $util.isInteger(m.start.high)))
                        return "start: integer|Long expected";
                }
                if (m.end != null && $Object.hasOwnProperty.call(m, "end")) {
                    if (!$util.isInteger(m.end) && !(m.end && $util.isInteger(m.end.low) && $util.isInteger(m.end.high)))
                        return "end: integer|Long expected";
                }
                if (m.tablePa != null && $Object.hasOwnProperty.call(m, "tablePa")) {
                    if (!$util.isInteger(m.tablePa) && !(m.tablePa && $util.isInteger(m.tablePa.low) && $util.isInteger(m.tablePa.high)))
                        return "tablePa: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a PtdumpRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.PtdumpRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.PtdumpRequest} PtdumpRequest
             */
            PtdumpRequest.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.PtdumpRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.PtdumpRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.PtdumpRequest();
                if (d.start != null) {
                    if (typeof d.start === "object" ? d.start.low || d.start.high : $Number(d.start) !== 0) {
                        if ($util.Long)
                            m.start = $util.Long.fromValue(d.start, false);
                        else if (typeof d.start === "string")
                            m.start = $parseInt(d.start, 10);
                        else if (typeof d.start === "number")
                            m.start = d.start;
                        else if (typeof d.start === "object")
                            m.start = new $util.LongBits(d.start.low >>> 0, d.start.high >>> 0).toNumber();
                    }
                }
                if (d.end != null) {
                    if (typeof d.end === "object" ? d.end.low || d.end.high : $Number(d.end) !== 0) {
                        if ($util.Long)
                            m.end = $util.Long.fromValue(d.end, false);
                        else if (typeof d.end === "string")
                            m.end = $parseInt(d.end, 10);
                        else if (typeof d.end === "number")
                            m.end = d.end;
                        else if (typeof d.end === "object")
                            m.end = new $util.LongBits(d.end.low >>> 0, d.end.high >>> 0).toNumber();
                    }
                }
                if (d.tablePa != null) {
                    if (typeof d.tablePa === "object" ? d.tablePa.low || d.tablePa.high : $Number(d.tablePa) !== 0) {
                        if ($util.Long)
                            m.tablePa = $util.Long.fromValue(d.tablePa, false);
                        else if (typeof d.tablePa === "string")
                            m.tablePa = $parseInt(d.tablePa, 10);
                        else if (typeof d.tablePa === "number")
                            m.tablePa = d.tablePa;
                        else if (typeof d.tablePa === "object")
                            m.tablePa = new $util.LongBits(d.tablePa.low >>> 0, d.tablePa.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PtdumpRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.PtdumpRequest
             * @static
             * @param {pkvm.v1.PtdumpRequest} m PtdumpRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PtdumpRequest.toObject = function (m, o, q) {
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
                        d.start = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.start = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.end = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.end = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.tablePa = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.tablePa = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.start = typeof m.start === "number" ? $BigInt(m.start) : $util.Long.fromBits(m.start.low >>> 0, m.start.high >>> 0, false).toBigInt();
                    else if (typeof m.start === "number")
                        d.start = o.longs === $String ? $String(m.start) : m.start;
                    else
                        d.start = o.longs === $String ? $util.Long.prototype.toString.call(m.start) : o.longs === $Number ? new $util.LongBits(m.start.low >>> 0, m.start.high >>> 0).toNumber() : m.start;
                }
                if (m.end != null && $Object.hasOwnProperty.call(m, "end")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.end = typeof m.end === "number" ? $BigInt(m.end) : $util.Long.fromBits(m.end.low >>> 0, m.end.high >>> 0, false).toBigInt();
                    else if (typeof m.end === "number")
                        d.end = o.longs === $String ? $String(m.end) : m.end;
                    else
                        d.end = o.longs === $String ? $util.Long.prototype.toString.call(m.end) : o.longs === $Number ? new $util.LongBits(m.end.low >>> 0, m.end.high >>> 0).toNumber() : m.end;
                }
                if (m.tablePa != null && $Object.hasOwnProperty.call(m, "tablePa")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.tablePa = typeof m.tablePa === "number" ? $BigInt(m.tablePa) : $util.Long.fromBits(m.tablePa.low >>> 0, m.tablePa.high >>> 0, false).toBigInt();
                    else if (typeof m.tablePa === "number")
                        d.tablePa = o.longs === $String ? $String(m.tablePa) : m.tablePa;
                    else
                        d.tablePa = o.longs === $String ? $util.Long.prototype.toString.call(m.tablePa) : o.longs === $Number ? new $util.LongBits(m.tablePa.low >>> 0, m.tablePa.high >>> 0).toNumber() : m.tablePa;
                }
                return d;
            };

            /**
             * Converts this PtdumpRequest to JSON.
             * @function toJSON
             * @memberof pkvm.v1.PtdumpRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PtdumpRequest.prototype.toJSON = function() {
                return PtdumpRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PtdumpRequest
             * @function getTypeUrl
             * @memberof pkvm.v1.PtdumpRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PtdumpRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.PtdumpRequest";
            };

            return PtdumpRequest;
        })();

        v1.PtdumpRange = (function() {

            /**
             * Properties of a PtdumpRange.
             * @typedef {Object} pkvm.v1.PtdumpRange.$Properties
             * @property {number|null} [iova] PtdumpRange iova
             * @property {number|null} [end] PtdumpRange end
             * @property {number|null} [phys] PtdumpRange phys
             * @property {number|null} [level] PtdumpRange level
             * @property {number|null} [leafSize] PtdumpRange leafSize
             * @property {number|null} [count] PtdumpRange count
             * @property {string|null} [access] PtdumpRange access
             * @property {string|null} [memType] PtdumpRange memType
             * @property {string|null} [shareability] PtdumpRange shareability
             * @property {number|null} [xn] PtdumpRange xn
             * @property {string|null} [attr] PtdumpRange attr
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PtdumpRange.
             * @memberof pkvm.v1
             * @interface IPtdumpRange
             * @augments pkvm.v1.PtdumpRange.$Properties
             * @deprecated Use pkvm.v1.PtdumpRange.$Properties instead.
             */

            /**
             * Shape of a PtdumpRange.
             * @typedef {pkvm.v1.PtdumpRange.$Properties} pkvm.v1.PtdumpRange.$Shape
             */

            /**
             * Constructs a new PtdumpRange.
             * @memberof pkvm.v1
             * @classdesc Represents a PtdumpRange.
             * @constructor
             * @param {pkvm.v1.PtdumpRange.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PtdumpRange = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PtdumpRange iova.
             * @member {number} iova
             * @memberof pkvm.v1.PtdumpRange
             * @instance
             */
            PtdumpRange.prototype.iova = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PtdumpRange end.
             * @member {number} end
             * @memberof pkvm.v1.PtdumpRange
             * @instance
             */
            PtdumpRange.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PtdumpRange phys.
             * @member {number} phys
             * @memberof pkvm.v1.PtdumpRange
             * @instance
             */
            PtdumpRange.prototype.phys = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PtdumpRange level.
             * @member {number} level
             * @memberof pkvm.v1.PtdumpRange
             * @instance
             */
            PtdumpRange.prototype.level = 0;

            /**
             * PtdumpRange leafSize.
             * @member {number} leafSize
             * @memberof pkvm.v1.PtdumpRange
             * @instance
             */
            PtdumpRange.prototype.leafSize = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PtdumpRange count.
             * @member {number} count
             * @memberof pkvm.v1.PtdumpRange
             * @instance
             */
            PtdumpRange.prototype.count = 0;

            /**
             * PtdumpRange access.
             * @member {string} access
             * @memberof pkvm.v1.PtdumpRange
             * @instance
             */
            PtdumpRange.prototype.access = "";

            /**
             * PtdumpRange memType.
             * @member {string} memType
             * @memberof pkvm.v1.PtdumpRange
             * @instance
             */
            PtdumpRange.prototype.memType = "";

            /**
             * PtdumpRange shareability.
             * @member {string} shareability
             * @memberof pkvm.v1.PtdumpRange
             * @instance
             */
            PtdumpRange.prototype.shareability = "";

            /**
             * PtdumpRange xn.
             * @member {number} xn
             * @memberof pkvm.v1.PtdumpRange
             * @instance
             */
            PtdumpRange.prototype.xn = 0;

            /**
             * PtdumpRange attr.
             * @member {string} attr
             * @memberof pkvm.v1.PtdumpRange
             * @instance
             */
            PtdumpRange.prototype.attr = "";

            /**
             * Creates a new PtdumpRange instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.PtdumpRange
             * @static
             * @param {pkvm.v1.PtdumpRange.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.PtdumpRange} PtdumpRange instance
             * @type {{
             *   (properties: pkvm.v1.PtdumpRange.$Shape): pkvm.v1.PtdumpRange & pkvm.v1.PtdumpRange.$Shape;
             *   (properties?: pkvm.v1.PtdumpRange.$Properties): pkvm.v1.PtdumpRange;
             * }}
             */
            PtdumpRange.create = function(properties) {
                return new PtdumpRange(properties);
            };

            /**
             * Encodes the specified PtdumpRange message. Does not implicitly {@link pkvm.v1.PtdumpRange.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.PtdumpRange
             * @static
             * @param {pkvm.v1.PtdumpRange.$Properties} m PtdumpRange message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PtdumpRange.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.iova != null && $Object.hasOwnProperty.call(m, "iova") && (typeof m.iova === "object" ? m.iova.low || m.iova.high : m.iova !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.iova);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && (typeof m.end === "object" ? m.end.low || m.end.high : m.end !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.end);
                if (m.phys != null && $Object.hasOwnProperty.call(m, "phys") && (typeof m.phys === "object" ? m.phys.low || m.phys.high : m.phys !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.phys);
                if (m.level != null && $Object.hasOwnProperty.call(m, "level") && m.level !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.level);
                if (m.leafSize != null && $Object.hasOwnProperty.call(m, "leafSize") && (typeof m.leafSize === "object" ? m.leafSize.low || m.leafSize.high : m.leafSize !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.leafSize);
                if (m.count != null && $Object.hasOwnProperty.call(m, "count") && m.count !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.count);
                if (m.access != null && $Object.hasOwnProperty.call(m, "access") && m.access !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.access);
                if (m.memType != null && $Object.hasOwnProperty.call(m, "memType") && m.memType !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.memType);
                if (m.shareability != null && $Object.hasOwnProperty.call(m, "shareability") && m.shareability !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.shareability);
                if (m.xn != null && $Object.hasOwnProperty.call(m, "xn") && m.xn !== 0)
                    w.uint32(/* id 10, wireType 0 =*/80).uint32(m.xn);
                if (m.attr != null && $Object.hasOwnProperty.call(m, "attr") && m.attr !== "")
                    w.uint32(/* id 11, wireType 2 =*/90).string(m.attr);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PtdumpRange message, length delimited. Does not implicitly {@link pkvm.v1.PtdumpRange.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.PtdumpRange
             * @static
             * @param {pkvm.v1.PtdumpRange.$Properties} message PtdumpRange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PtdumpRange.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PtdumpRange message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.PtdumpRange
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.PtdumpRange & pkvm.v1.PtdumpRange.$Shape} PtdumpRange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PtdumpRange.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.PtdumpRange();
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
                                m.iova = v;
                            else
                                delete m.iova;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.end = v;
                            else
                                delete m.end;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.phys = v;
                            else
                                delete m.phys;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.level = v;
                            else
                                delete m.level;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.leafSize = v;
                            else
                                delete m.leafSize;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.count = v;
                            else
                                delete m.count;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.access = v;
                            else
                                delete m.access;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.memType = v;
                            else
                                delete m.memType;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.shareability = v;
                            else
                                delete m.shareability;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.xn = v;
                            else
                                delete m.xn;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.attr = v;
                            else
                                delete m.attr;
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
             * Decodes a PtdumpRange message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.PtdumpRange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.PtdumpRange & pkvm.v1.PtdumpRange.$Shape} PtdumpRange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PtdumpRange.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PtdumpRange message.
             * @function verify
             * @memberof pkvm.v1.PtdumpRange
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PtdumpRange.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.iova != null && $Object.hasOwnProperty.call(m, "iova")) {
                    if (!$util.isInteger(m.iova) && !(m.iova && $util.isInteger(m.iova.low) && $util.isInteger(m.iova.high)))
                        return "iova: integer|Long expected";
                }
                if (m.end != null && $Object.hasOwnProperty.call(m, "end")) {
                    if (!$util.isInteger(m.end) && !(m.end && $util.isInteger(m.end.low) && $util.isInteger(m.end.high)))
                        return "end: integer|Long expected";
                }
                if (m.phys != null && $Object.hasOwnProperty.call(m, "phys")) {
                    if (!$util.isInteger(m.phys) && !(m.phys && $util.isInteger(m.phys.low) && $util.isInteger(m.phys.high)))
                        return "phys: integer|Long expected";
                }
                if (m.level != null && $Object.hasOwnProperty.call(m, "level")) {
                    if (!$util.isInteger(m.level))
                        return "level: integer expected";
                }
                if (m.leafSize != null && $Object.hasOwnProperty.call(m, "leafSize")) {
                    if (!$util.isInteger(m.leafSize) && !(m.leafSize && $util.isInteger(m.leafSize.low) && $util.isInteger(m.leafSize.high)))
                        return "leafSize: integer|Long expected";
                }
                if (m.count != null && $Object.hasOwnProperty.call(m, "count")) {
                    if (!$util.isInteger(m.count))
                        return "count: integer expected";
                }
                if (m.access != null && $Object.hasOwnProperty.call(m, "access")) {
                    if (!$util.isString(m.access))
                        return "access: string expected";
                }
                if (m.memType != null && $Object.hasOwnProperty.call(m, "memType")) {
                    if (!$util.isString(m.memType))
                        return "memType: string expected";
                }
                if (m.shareability != null && $Object.hasOwnProperty.call(m, "shareability")) {
                    if (!$util.isString(m.shareability))
                        return "shareability: string expected";
                }
                if (m.xn != null && $Object.hasOwnProperty.call(m, "xn")) {
                    if (!$util.isInteger(m.xn))
                        return "xn: integer expected";
                }
                if (m.attr != null && $Object.hasOwnProperty.call(m, "attr")) {
                    if (!$util.isString(m.attr))
                        return "attr: string expected";
                }
                return null;
            };

            /**
             * Creates a PtdumpRange message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.PtdumpRange
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.PtdumpRange} PtdumpRange
             */
            PtdumpRange.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.PtdumpRange)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.PtdumpRange: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.PtdumpRange();
                if (d.iova != null) {
                    if (typeof d.iova === "object" ? d.iova.low || d.iova.high : $Number(d.iova) !== 0) {
                        if ($util.Long)
                            m.iova = $util.Long.fromValue(d.iova, false);
                        else if (typeof d.iova === "string")
                            m.iova = $parseInt(d.iova, 10);
                        else if (typeof d.iova === "number")
                            m.iova = d.iova;
                        else if (typeof d.iova === "object")
                            m.iova = new $util.LongBits(d.iova.low >>> 0, d.iova.high >>> 0).toNumber();
                    }
                }
                if (d.end != null) {
                    if (typeof d.end === "object" ? d.end.low || d.end.high : $Number(d.end) !== 0) {
                        if ($util.Long)
                            m.end = $util.Long.fromValue(d.end, false);
                        else if (typeof d.end === "string")
                            m.end = $parseInt(d.end, 10);
                        else if (typeof d.end === "number")
                            m.end = d.end;
                        else if (typeof d.end === "object")
                            m.end = new $util.LongBits(d.end.low >>> 0, d.end.high >>> 0).toNumber();
                    }
                }
                if (d.phys != null) {
                    if (typeof d.phys === "object" ? d.phys.low || d.phys.high : $Number(d.phys) !== 0) {
                        if ($util.Long)
                            m.phys = $util.Long.fromValue(d.phys, false);
                        else if (typeof d.phys === "string")
                            m.phys = $parseInt(d.phys, 10);
                        else if (typeof d.phys === "number")
                            m.phys = d.phys;
                        else if (typeof d.phys === "object")
                            m.phys = new $util.LongBits(d.phys.low >>> 0, d.phys.high >>> 0).toNumber();
                    }
                }
                if (d.level != null) {
                    if ($Number(d.level) !== 0) {
                        m.level = d.level >>> 0;
                    }
                }
                if (d.leafSize != null) {
                    if (typeof d.leafSize === "object" ? d.leafSize.low || d.leafSize.high : $Number(d.leafSize) !== 0) {
                        if ($util.Long)
                            m.leafSize = $util.Long.fromValue(d.leafSize, false);
                        else if (typeof d.leafSize === "string")
                            m.leafSize = $parseInt(d.leafSize, 10);
                        else if (typeof d.leafSize === "number")
                            m.leafSize = d.leafSize;
                        else if (typeof d.leafSize === "object")
                            m.leafSize = new $util.LongBits(d.leafSize.low >>> 0, d.leafSize.high >>> 0).toNumber();
                    }
                }
                if (d.count != null) {
                    if ($Number(d.count) !== 0) {
                        m.count = d.count >>> 0;
                    }
                }
                if (d.access != null) {
                    if (typeof d.access !== "string" || d.access.length) {
                        m.access = $String(d.access);
                    }
                }
                if (d.memType != null) {
                    if (typeof d.memType !== "string" || d.memType.length) {
                        m.memType = $String(d.memType);
                    }
                }
                if (d.shareability != null) {
                    if (typeof d.shareability !== "string" || d.shareability.length) {
                        m.shareability = $String(d.shareability);
                    }
                }
                if (d.xn != null) {
                    if ($Number(d.xn) !== 0) {
                        m.xn = d.xn >>> 0;
                    }
                }
                if (d.attr != null) {
                    if (typeof d.attr !== "string" || d.attr.length) {
                        m.attr = $String(d.attr);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PtdumpRange message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.PtdumpRange
             * @static
             * @param {pkvm.v1.PtdumpRange} m PtdumpRange
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PtdumpRange.toObject = function (m, o, q) {
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
                        d.iova = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.iova = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.end = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.end = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.phys = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.phys = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.level = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.leafSize = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.leafSize = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.count = 0;
                    d.access = "";
                    d.memType = "";
                    d.shareability = "";
                    d.xn = 0;
                    d.attr = "";
                }
                if (m.iova != null && $Object.hasOwnProperty.call(m, "iova")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.iova = typeof m.iova === "number" ? $BigInt(m.iova) : $util.Long.fromBits(m.iova.low >>> 0, m.iova.high >>> 0, false).toBigInt();
                    else if (typeof m.iova === "number")
                        d.iova = o.longs === $String ? $String(m.iova) : m.iova;
                    else
                        d.iova = o.longs === $String ? $util.Long.prototype.toString.call(m.iova) : o.longs === $Number ? new $util.LongBits(m.iova.low >>> 0, m.iova.high >>> 0).toNumber() : m.iova;
                }
                if (m.end != null && $Object.hasOwnProperty.call(m, "end")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.end = typeof m.end === "number" ? $BigInt(m.end) : $util.Long.fromBits(m.end.low >>> 0, m.end.high >>> 0, false).toBigInt();
                    else if (typeof m.end === "number")
                        d.end = o.longs === $String ? $String(m.end) : m.end;
                    else
                        d.end = o.longs === $String ? $util.Long.prototype.toString.call(m.end) : o.longs === $Number ? new $util.LongBits(m.end.low >>> 0, m.end.high >>> 0).toNumber() : m.end;
                }
                if (m.phys != null && $Object.hasOwnProperty.call(m, "phys")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.phys = typeof m.phys === "number" ? $BigInt(m.phys) : $util.Long.fromBits(m.phys.low >>> 0, m.phys.high >>> 0, false).toBigInt();
                    else if (typeof m.phys === "number")
                        d.phys = o.longs === $String ? $String(m.phys) : m.phys;
                    else
                        d.phys = o.longs === $String ? $util.Long.prototype.toString.call(m.phys) : o.longs === $Number ? new $util.LongBits(m.phys.low >>> 0, m.phys.high >>> 0).toNumber() : m.phys;
                }
                if (m.level != null && $Object.hasOwnProperty.call(m, "level")) {
                    d.level = m.level;
                }
                if (m.leafSize != null && $Object.hasOwnProperty.call(m, "leafSize")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.leafSize = typeof m.leafSize === "number" ? $BigInt(m.leafSize) : $util.Long.fromBits(m.leafSize.low >>> 0, m.leafSize.high >>> 0, false).toBigInt();
                    else if (typeof m.leafSize === "number")
                        d.leafSize = o.longs === $String ? $String(m.leafSize) : m.leafSize;
                    else
                        d.leafSize = o.longs === $String ? $util.Long.prototype.toString.call(m.leafSize) : o.longs === $Number ? new $util.LongBits(m.leafSize.low >>> 0, m.leafSize.high >>> 0).toNumber() : m.leafSize;
                }
                if (m.count != null && $Object.hasOwnProperty.call(m, "count")) {
                    d.count = m.count;
                }
                if (m.access != null && $Object.hasOwnProperty.call(m, "access")) {
                    d.access = m.access;
                }
                if (m.memType != null && $Object.hasOwnProperty.call(m, "memType")) {
                    d.memType = m.memType;
                }
                if (m.shareability != null && $Object.hasOwnProperty.call(m, "shareability")) {
                    d.shareability = m.shareability;
                }
                if (m.xn != null && $Object.hasOwnProperty.call(m, "xn")) {
                    d.xn = m.xn;
                }
                if (m.attr != null && $Object.hasOwnProperty.call(m, "attr")) {
                    d.attr = m.attr;
                }
                return d;
            };

            /**
             * Converts this PtdumpRange to JSON.
             * @function toJSON
             * @memberof pkvm.v1.PtdumpRange
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PtdumpRange.prototype.toJSON = function() {
                return PtdumpRange.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PtdumpRange
             * @function getTypeUrl
             * @memberof pkvm.v1.PtdumpRange
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PtdumpRange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.PtdumpRange";
            };

            return PtdumpRange;
        })();

        v1.PtdumpResponse = (function() {

            /**
             * Properties of a PtdumpResponse.
             * @typedef {Object} pkvm.v1.PtdumpResponse.$Properties
             * @property {Array.<pkvm.v1.PtdumpRange.$Properties>|null} [ranges] PtdumpResponse ranges
             * @property {string|null} [text] PtdumpResponse text
             * @property {string|null} [tableHex] PtdumpResponse tableHex
             * @property {pkvm.v1.IdmapConfig.$Properties|null} [idmap] PtdumpResponse idmap
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PtdumpResponse.
             * @memberof pkvm.v1
             * @interface IPtdumpResponse
             * @augments pkvm.v1.PtdumpResponse.$Properties
             * @deprecated Use pkvm.v1.PtdumpResponse.$Properties instead.
             */

            /**
             * Shape of a PtdumpResponse.
             * @typedef {pkvm.v1.PtdumpResponse.$Properties} pkvm.v1.PtdumpResponse.$Shape
             */

            /**
             * Constructs a new PtdumpResponse.
             * @memberof pkvm.v1
             * @classdesc Represents a PtdumpResponse.
             * @constructor
             * @param {pkvm.v1.PtdumpResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PtdumpResponse = function (p) {
                this.ranges = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PtdumpResponse ranges.
             * @member {Array.<pkvm.v1.PtdumpRange.$Properties>} ranges
             * @memberof pkvm.v1.PtdumpResponse
             * @instance
             */
            PtdumpResponse.prototype.ranges = $util.emptyArray;

            /**
             * PtdumpResponse text.
             * @member {string} text
             * @memberof pkvm.v1.PtdumpResponse
             * @instance
             */
            PtdumpResponse.prototype.text = "";

            /**
             * PtdumpResponse tableHex.
             * @member {string} tableHex
             * @memberof pkvm.v1.PtdumpResponse
             * @instance
             */
            PtdumpResponse.prototype.tableHex = "";

            /**
             * PtdumpResponse idmap.
             * @member {pkvm.v1.IdmapConfig.$Properties|null|undefined} idmap
             * @memberof pkvm.v1.PtdumpResponse
             * @instance
             */
            PtdumpResponse.prototype.idmap = null;

            /**
             * Creates a new PtdumpResponse instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.PtdumpResponse
             * @static
             * @param {pkvm.v1.PtdumpResponse.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.PtdumpResponse} PtdumpResponse instance
             * @type {{
             *   (properties: pkvm.v1.PtdumpResponse.$Shape): pkvm.v1.PtdumpResponse & pkvm.v1.PtdumpResponse.$Shape;
             *   (properties?: pkvm.v1.PtdumpResponse.$Properties): pkvm.v1.PtdumpResponse;
             * }}
             */
            PtdumpResponse.create = function(properties) {
                return new PtdumpResponse(properties);
            };

            /**
             * Encodes the specified PtdumpResponse message. Does not implicitly {@link pkvm.v1.PtdumpResponse.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.PtdumpResponse
             * @static
             * @param {pkvm.v1.PtdumpResponse.$Properties} m PtdumpResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PtdumpResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ranges != null && m.ranges.length) {
                    for (var i = 0; i < m.ranges.length; ++i)
                        $root.pkvm.v1.PtdumpRange.encode(m.ranges[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.text);
                if (m.tableHex != null && $Object.hasOwnProperty.call(m, "tableHex") && m.tableHex !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.tableHex);
                if (m.idmap != null && $Object.hasOwnProperty.call(m, "idmap"))
                    $root.pkvm.v1.IdmapConfig.encode(m.idmap, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PtdumpResponse message, length delimited. Does not implicitly {@link pkvm.v1.PtdumpResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.PtdumpResponse
             * @static
             * @param {pkvm.v1.PtdumpResponse.$Properties} message PtdumpResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PtdumpResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PtdumpResponse message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.PtdumpResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.PtdumpResponse & pkvm.v1.PtdumpResponse.$Shape} PtdumpResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PtdumpResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.PtdumpResponse();
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
                            if (!(m.ranges && m.ranges.length))
                                m.ranges = [];
                            m.ranges.push($root.pkvm.v1.PtdumpRange.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.text = v;
                            else
                                delete m.text;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.tableHex = v;
                            else
                                delete m.tableHex;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.idmap = $root.pkvm.v1.IdmapConfig.decode(r, r.size(), $undefined, q + 1, m.idmap);
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
             * Decodes a PtdumpResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.PtdumpResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.PtdumpResponse & pkvm.v1.PtdumpResponse.$Shape} PtdumpResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PtdumpResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PtdumpResponse message.
             * @function verify
             * @memberof pkvm.v1.PtdumpResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PtdumpResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.ranges != null && $Object.hasOwnProperty.call(m, "ranges")) {
                    if (!$Array.isArray(m.ranges))
                        return "ranges: array expected";
                    for (var i = 0; i < m.ranges.length; ++i) {
                        {
                            var e = $root.pkvm.v1.PtdumpRange.verify(m.ranges[i], q + 1);
                            if (e)
                                return "ranges." + e;
                        }
                    }
                }
                if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                    if (!$util.isString(m.text))
                        return "text: string expected";
                }
                if (m.tableHex != null && $Object.hasOwnProperty.call(m, "tableHex")) {
                    if (!$util.isString(m.tableHex))
                        return "tableHex: string expected";
                }
                if (m.idmap != null && $Object.hasOwnProperty.call(m, "idmap")) {
                    {
                        var e = $root.pkvm.v1.IdmapConfig.verify(m.idmap, q + 1);
                        if (e)
                            return "idmap." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a PtdumpResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.PtdumpResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.PtdumpResponse} PtdumpResponse
             */
            PtdumpResponse.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.PtdumpResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.PtdumpResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.PtdumpResponse();
                if (d.ranges) {
                    if (!$Array.isArray(d.ranges))
                        throw $TypeError(".pkvm.v1.PtdumpResponse.ranges: array expected");
                    m.ranges = $Array(d.ranges.length);
                    for (var i = 0; i < d.ranges.length; ++i) {
                        if (!$util.isObject(d.ranges[i]))
                            throw $TypeError(".pkvm.v1.PtdumpResponse.ranges: object expected");
                        m.ranges[i] = $root.pkvm.v1.PtdumpRange.fromObject(d.ranges[i], q + 1);
                    }
                }
                if (d.text != null) {
                    if (typeof d.text !== "string" || d.text.length) {
                        m.text = $String(d.text);
                    }
                }
                if (d.tableHex != null) {
                    if (typeof d.tableHex !== "string" || d.tableHex.length) {
                        m.tableHex = $String(d.tableHex);
                    }
                }
                if (d.idmap != null) {
                    if (!$util.isObject(d.idmap))
                        throw $TypeError(".pkvm.v1.PtdumpResponse.idmap: object expected");
                    m.idmap = $root.pkvm.v1.IdmapConfig.fromObject(d.idmap, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a PtdumpResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.PtdumpResponse
             * @static
             * @param {pkvm.v1.PtdumpResponse} m PtdumpResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PtdumpResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.ranges = [];
                }
                if (o.defaults) {
                    d.text = "";
                    d.tableHex = "";
                    d.idmap = null;
                }
                if (m.ranges && m.ranges.length) {
                    d.ranges = $Array(m.ranges.length);
                    for (var j = 0; j < m.ranges.length; ++j) {
                        d.ranges[j] = $root.pkvm.v1.PtdumpRange.toObject(m.ranges[j], o, q + 1);
                    }
                }
                if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                    d.text = m.text;
                }
                if (m.tableHex != null && $Object.hasOwnProperty.call(m, "tableHex")) {
                    d.tableHex = m.tableHex;
                }
                if (m.idmap != null && $Object.hasOwnProperty.call(m, "idmap")) {
                    d.idmap = $root.pkvm.v1.IdmapConfig.toObject(m.idmap, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this PtdumpResponse to JSON.
             * @function toJSON
             * @memberof pkvm.v1.PtdumpResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PtdumpResponse.prototype.toJSON = function() {
                return PtdumpResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PtdumpResponse
             * @function getTypeUrl
             * @memberof pkvm.v1.PtdumpResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PtdumpResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.PtdumpResponse";
            };

            return PtdumpResponse;
        })();

        v1.SteRequest = (function() {

            /**
             * Properties of a SteRequest.
             * @typedef {Object} pkvm.v1.SteRequest.$Properties
             * @property {number|null} [smmu] SteRequest smmu
             * @property {number|null} [sid] SteRequest sid
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SteRequest.
             * @memberof pkvm.v1
             * @interface ISteRequest
             * @augments pkvm.v1.SteRequest.$Properties
             * @deprecated Use pkvm.v1.SteRequest.$Properties instead.
             */

            /**
             * Shape of a SteRequest.
             * @typedef {pkvm.v1.SteRequest.$Properties} pkvm.v1.SteRequest.$Shape
             */

            /**
             * Constructs a new SteRequest.
             * @memberof pkvm.v1
             * @classdesc Represents a SteRequest.
             * @constructor
             * @param {pkvm.v1.SteRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SteRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SteRequest smmu.
             * @member {number} smmu
             * @memberof pkvm.v1.SteRequest
             * @instance
             */
            SteRequest.prototype.smmu = 0;

            /**
             * SteRequest sid.
             * @member {number} sid
             * @memberof pkvm.v1.SteRequest
             * @instance
             */
            SteRequest.prototype.sid = 0;

            /**
             * Creates a new SteRequest instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.SteRequest
             * @static
             * @param {pkvm.v1.SteRequest.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.SteRequest} SteRequest instance
             * @type {{
             *   (properties: pkvm.v1.SteRequest.$Shape): pkvm.v1.SteRequest & pkvm.v1.SteRequest.$Shape;
             *   (properties?: pkvm.v1.SteRequest.$Properties): pkvm.v1.SteRequest;
             * }}
             */
            SteRequest.create = function(properties) {
                return new SteRequest(properties);
            };

            /**
             * Encodes the specified SteRequest message. Does not implicitly {@link pkvm.v1.SteRequest.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.SteRequest
             * @static
             * @param {pkvm.v1.SteRequest.$Properties} m SteRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SteRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu") && m.smmu !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.smmu);
                if (m.sid != null && $Object.hasOwnProperty.call(m, "sid") && m.sid !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.sid);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SteRequest message, length delimited. Does not implicitly {@link pkvm.v1.SteRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.SteRequest
             * @static
             * @param {pkvm.v1.SteRequest.$Properties} message SteRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SteRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SteRequest message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.SteRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.SteRequest & pkvm.v1.SteRequest.$Shape} SteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SteRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.SteRequest();
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
                            if (v = r.uint32())
                                m.smmu = v;
                            else
                                delete m.smmu;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.sid = v;
                            else
                                delete m.sid;
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
             * Decodes a SteRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.SteRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.SteRequest & pkvm.v1.SteRequest.$Shape} SteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SteRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SteRequest message.
             * @function verify
             * @memberof pkvm.v1.SteRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SteRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu")) {
                    if (!$util.isInteger(m.smmu))
                        return "smmu: integer expected";
                }
                if (m.sid != null && $Object.hasOwnProperty.call(m, "sid")) {
                    if (!$util.isInteger(m.sid))
                        return "sid: integer expected";
                }
                return null;
            };

            /**
             * Creates a SteRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.SteRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.SteRequest} SteRequest
             */
            SteRequest.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.SteRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.SteRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.SteRequest();
                if (d.smmu != null) {
                    if ($Number(d.smmu) !== 0) {
                        m.smmu = d.smmu >>> 0;
                    }
                }
                if (d.sid != null) {
                    if ($Number(d.sid) !== 0) {
                        m.sid = d.sid >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SteRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.SteRequest
             * @static
             * @param {pkvm.v1.SteRequest} m SteRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SteRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.smmu = 0;
                    d.sid = 0;
                }
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu")) {
                    d.smmu = m.smmu;
                }
                if (m.sid != null && $Object.hasOwnProperty.call(m, "sid")) {
                    d.sid = m.sid;
                }
                return d;
            };

            /**
             * Converts this SteRequest to JSON.
             * @function toJSON
             * @memberof pkvm.v1.SteRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SteRequest.prototype.toJSON = function() {
                return SteRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SteRequest
             * @function getTypeUrl
             * @memberof pkvm.v1.SteRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SteRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.SteRequest";
            };

            return SteRequest;
        })();

        v1.SteResponse = (function() {

            /**
             * Properties of a SteResponse.
             * @typedef {Object} pkvm.v1.SteResponse.$Properties
             * @property {Array.<string>|null} [dwords] SteResponse dwords
             * @property {number|null} [address] SteResponse address
             * @property {string|null} [decoded] SteResponse decoded
             * @property {boolean|null} [valid] SteResponse valid
             * @property {number|null} [config] SteResponse config
             * @property {number|null} [s2Vmid] SteResponse s2Vmid
             * @property {number|null} [s2Ttb] SteResponse s2Ttb
             * @property {number|null} [vtcr] SteResponse vtcr
             * @property {boolean|null} [s2Aa64] SteResponse s2Aa64
             * @property {boolean|null} [s2R] SteResponse s2R
             * @property {number|null} [shcfg] SteResponse shcfg
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SteResponse.
             * @memberof pkvm.v1
             * @interface ISteResponse
             * @augments pkvm.v1.SteResponse.$Properties
             * @deprecated Use pkvm.v1.SteResponse.$Properties instead.
             */

            /**
             * Shape of a SteResponse.
             * @typedef {pkvm.v1.SteResponse.$Properties} pkvm.v1.SteResponse.$Shape
             */

            /**
             * Constructs a new SteResponse.
             * @memberof pkvm.v1
             * @classdesc Represents a SteResponse.
             * @constructor
             * @param {pkvm.v1.SteResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SteResponse = function (p) {
                this.dwords = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SteResponse dwords.
             * @member {Array.<string>} dwords
             * @memberof pkvm.v1.SteResponse
             * @instance
             */
            SteResponse.prototype.dwords = $util.emptyArray;

            /**
             * SteResponse address.
             * @member {number} address
             * @memberof pkvm.v1.SteResponse
             * @instance
             */
            SteResponse.prototype.address = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SteResponse decoded.
             * @member {string} decoded
             * @memberof pkvm.v1.SteResponse
             * @instance
             */
            SteResponse.prototype.decoded = "";

            /**
             * SteResponse valid.
             * @member {boolean} valid
             * @memberof pkvm.v1.SteResponse
             * @instance
             */
            SteResponse.prototype.valid = false;

            /**
             * SteResponse config.
             * @member {number} config
             * @memberof pkvm.v1.SteResponse
             * @instance
             */
            SteResponse.prototype.config = 0;

            /**
             * SteResponse s2Vmid.
             * @member {number} s2Vmid
             * @memberof pkvm.v1.SteResponse
             * @instance
             */
            SteResponse.prototype.s2Vmid = 0;

            /**
             * SteResponse s2Ttb.
             * @member {number} s2Ttb
             * @memberof pkvm.v1.SteResponse
             * @instance
             */
            SteResponse.prototype.s2Ttb = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SteResponse vtcr.
             * @member {number} vtcr
             * @memberof pkvm.v1.SteResponse
             * @instance
             */
            SteResponse.prototype.vtcr = 0;

            /**
             * SteResponse s2Aa64.
             * @member {boolean} s2Aa64
             * @memberof pkvm.v1.SteResponse
             * @instance
             */
            SteResponse.prototype.s2Aa64 = false;

            /**
             * SteResponse s2R.
             * @member {boolean} s2R
             * @memberof pkvm.v1.SteResponse
             * @instance
             */
            SteResponse.prototype.s2R = false;

            /**
             * SteResponse shcfg.
             * @member {number} shcfg
             * @memberof pkvm.v1.SteResponse
             * @instance
             */
            SteResponse.prototype.shcfg = 0;

            /**
             * Creates a new SteResponse instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.SteResponse
             * @static
             * @param {pkvm.v1.SteResponse.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.SteResponse} SteResponse instance
             * @type {{
             *   (properties: pkvm.v1.SteResponse.$Shape): pkvm.v1.SteResponse & pkvm.v1.SteResponse.$Shape;
             *   (properties?: pkvm.v1.SteResponse.$Properties): pkvm.v1.SteResponse;
             * }}
             */
            SteResponse.create = function(properties) {
                return new SteResponse(properties);
            };

            /**
             * Encodes the specified SteResponse message. Does not implicitly {@link pkvm.v1.SteResponse.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.SteResponse
             * @static
             * @param {pkvm.v1.SteResponse.$Properties} m SteResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SteResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.dwords != null && m.dwords.length) {
                    for (var i = 0; i < m.dwords.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.dwords[i]);
                }
                if (m.address != null && $Object.hasOwnProperty.call(m, "address") && (typeof m.address === "object" ? m.address.low || m.address.high : m.address !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.address);
                if (m.decoded != null && $Object.hasOwnProperty.call(m, "decoded") && m.decoded !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.decoded);
                if (m.valid != null && $Object.hasOwnProperty.call(m, "valid") && m.valid !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.valid);
                if (m.config != null && $Object.hasOwnProperty.call(m, "config") && m.config !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.config);
                if (m.s2Vmid != null && $Object.hasOwnProperty.call(m, "s2Vmid") && m.s2Vmid !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.s2Vmid);
                if (m.s2Ttb != null && $Object.hasOwnProperty.call(m, "s2Ttb") && (typeof m.s2Ttb === "object" ? m.s2Ttb.low || m.s2Ttb.high : m.s2Ttb !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).int64(m.s2Ttb);
                if (m.vtcr != null && $Object.hasOwnProperty.call(m, "vtcr") && m.vtcr !== 0)
                    w.uint32(/* id 8, wireType 0 =*/64).uint32(m.vtcr);
                if (m.s2Aa64 != null && $Object.hasOwnProperty.call(m, "s2Aa64") && m.s2Aa64 !== false)
                    w.uint32(/* id 9, wireType 0 =*/72).bool(m.s2Aa64);
                if (m.s2R != null && $Object.hasOwnProperty.call(m, "s2R") && m.s2R !== false)
                    w.uint32(/* id 10, wireType 0 =*/80).bool(m.s2R);
                if (m.shcfg != null && $Object.hasOwnProperty.call(m, "shcfg") && m.shcfg !== 0)
                    w.uint32(/* id 11, wireType 0 =*/88).uint32(m.shcfg);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SteResponse message, length delimited. Does not implicitly {@link pkvm.v1.SteResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.SteResponse
             * @static
             * @param {pkvm.v1.SteResponse.$Properties} message SteResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SteResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SteResponse message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.SteResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.SteResponse & pkvm.v1.SteResponse.$Shape} SteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SteResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.SteResponse();
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
                            if (!(m.dwords && m.dwords.length))
                                m.dwords = [];
                            m.dwords.push(r.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.address = v;
                            else
                                delete m.address;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.decoded = v;
                            else
                                delete m.decoded;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.valid = v;
                            else
                                delete m.valid;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.config = v;
                            else
                                delete m.config;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.s2Vmid = v;
                            else
                                delete m.s2Vmid;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.s2Ttb = v;
                            else
                                delete m.s2Ttb;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.vtcr = v;
                            else
                                delete m.vtcr;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.s2Aa64 = v;
                            else
                                delete m.s2Aa64;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.s2R = v;
                            else
                                delete m.s2R;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.shcfg = v;
                            else
                                delete m.shcfg;
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
             * Decodes a SteResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.SteResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.SteResponse & pkvm.v1.SteResponse.$Shape} SteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SteResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SteResponse message.
             * @function verify
             * @memberof pkvm.v1.SteResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SteResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.dwords != null && $Object.hasOwnProperty.call(m, "dwords")) {
                    if (!$Array.isArray(m.dwords))
                        return "dwords: array expected";
                    for (var i = 0; i < m.dwords.length; ++i) {
                        if (!$util.isString(m.dwords[i]))
                            return "dwords: string[] expected";
                    }
                }
                if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                    if (!$util.isInteger(m.address) && !(m.address && $util.isInteger(m.address.low) && $util.isInteger(m.address.high)))
                        return "address: integer|Long expected";
                }
                if (m.decoded != null && $Object.hasOwnProperty.call(m, "decoded")) {
                    if (!$util.isString(m.decoded))
                        return "decoded: string expected";
                }
                if (m.valid != null && $Object.hasOwnProperty.call(m, "valid")) {
                    if (typeof m.valid !== "boolean")
                        return "valid: boolean expected";
                }
                if (m.config != null && $Object.hasOwnProperty.call(m, "config")) {
                    if (!$util.isInteger(m.config))
                        return "config: integer expected";
                }
                if (m.s2Vmid != null && $Object.hasOwnProperty.call(m, "s2Vmid")) {
                    if (!$util.isInteger(m.s2Vmid))
                        return "s2Vmid: integer expected";
                }
                if (m.s2Ttb != null && $Object.hasOwnProperty.call(m, "s2Ttb")) {
                    if (!$util.isInteger(m.s2Ttb) && !(m.s2Ttb && $util.isInteger(m.s2Ttb.low) && $util.isInteger(m.s2Ttb.high)))
                        return "s2Ttb: integer|Long expected";
                }
                if (m.vtcr != null && $Object.hasOwnProperty.call(m, "vtcr")) {
                    if (!$util.isInteger(m.vtcr))
                        return "vtcr: integer expected";
                }
                if (m.s2Aa64 != null && $Object.hasOwnProperty.call(m, "s2Aa64")) {
                    if (typeof m.s2Aa64 !== "boolean")
                        return "s2Aa64: boolean expected";
                }
                if (m.s2R != null && $Object.hasOwnProperty.call(m, "s2R")) {
                    if (typeof m.s2R !== "boolean")
                        return "s2R: boolean expected";
                }
                if (m.shcfg != null && $Object.hasOwnProperty.call(m, "shcfg")) {
                    if (!$util.isInteger(m.shcfg))
                        return "shcfg: integer expected";
                }
                return null;
            };

            /**
             * Creates a SteResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.SteResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.SteResponse} SteResponse
             */
            SteResponse.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.SteResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.SteResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.SteResponse();
                if (d.dwords) {
                    if (!$Array.isArray(d.dwords))
                        throw $TypeError(".pkvm.v1.SteResponse.dwords: array expected");
                    m.dwords = $Array(d.dwords.length);
                    for (var i = 0; i < d.dwords.length; ++i) {
                        m.dwords[i] = $String(d.dwords[i]);
                    }
                }
                if (d.address != null) {
                    if (typeof d.address === "object" ? d.address.low || d.address.high : $Number(d.address) !== 0) {
                        if ($util.Long)
                            m.address = $util.Long.fromValue(d.address, false);
                        else if (typeof d.address === "string")
                            m.address = $parseInt(d.address, 10);
                        else if (typeof d.address === "number")
                            m.address = d.address;
                        else if (typeof d.address === "object")
                            m.address = new $util.LongBits(d.address.low >>> 0, d.address.high >>> 0).toNumber();
                    }
                }
                if (d.decoded != null) {
                    if (typeof d.decoded !== "string" || d.decoded.length) {
                        m.decoded = $String(d.decoded);
                    }
                }
                if (d.valid != null) {
                    if (d.valid) {
                        m.valid = $Boolean(d.valid);
                    }
                }
                if (d.config != null) {
                    if ($Number(d.config) !== 0) {
                        m.config = d.config >>> 0;
                    }
                }
                if (d.s2Vmid != null) {
                    if ($Number(d.s2Vmid) !== 0) {
                        m.s2Vmid = d.s2Vmid >>> 0;
                    }
                }
                if (d.s2Ttb != null) {
                    if (typeof d.s2Ttb === "object" ? d.s2Ttb.low || d.s2Ttb.high : $Number(d.s2Ttb) !== 0) {
                        if ($util.Long)
                            m.s2Ttb = $util.Long.fromValue(d.s2Ttb, false);
                        else if (typeof d.s2Ttb === "string")
                            m.s2Ttb = $parseInt(d.s2Ttb, 10);
                        else if (typeof d.s2Ttb === "number")
                            m.s2Ttb = d.s2Ttb;
                        else if (typeof d.s2Ttb === "object")
                            m.s2Ttb = new $util.LongBits(d.s2Ttb.low >>> 0, d.s2Ttb.high >>> 0).toNumber();
                    }
                }
                if (d.vtcr != null) {
                    if ($Number(d.vtcr) !== 0) {
                        m.vtcr = d.vtcr >>> 0;
                    }
                }
                if (d.s2Aa64 != null) {
                    if (d.s2Aa64) {
                        m.s2Aa64 = $Boolean(d.s2Aa64);
                    }
                }
                if (d.s2R != null) {
                    if (d.s2R) {
                        m.s2R = $Boolean(d.s2R);
                    }
                }
                if (d.shcfg != null) {
                    if ($Number(d.shcfg) !== 0) {
                        m.shcfg = d.shcfg >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SteResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.SteResponse
             * @static
             * @param {pkvm.v1.SteResponse} m SteResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SteResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.dwords = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.address = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.address = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.decoded = "";
                    d.valid = false;
                    d.config = 0;
                    d.s2Vmid = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.s2Ttb = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.s2Ttb = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.vtcr = 0;
                    d.s2Aa64 = false;
                    d.s2R = false;
                    d.shcfg = 0;
                }
                if (m.dwords && m.dwords.length) {
                    d.dwords = $Array(m.dwords.length);
                    for (var j = 0; j < m.dwords.length; ++j) {
                        d.dwords[j] = m.dwords[j];
                    }
                }
                if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.address = typeof m.address === "number" ? $BigInt(m.address) : $util.Long.fromBits(m.address.low >>> 0, m.address.high >>> 0, false).toBigInt();
                    else if (typeof m.address === "number")
                        d.address = o.longs === $String ? $String(m.address) : m.address;
                    else
                        d.address = o.longs === $String ? $util.Long.prototype.toString.call(m.address) : o.longs === $Number ? new $util.LongBits(m.address.low >>> 0, m.address.high >>> 0).toNumber() : m.address;
                }
                if (m.decoded != null && $Object.hasOwnProperty.call(m, "decoded")) {
                    d.decoded = m.decoded;
                }
                if (m.valid != null && $Object.hasOwnProperty.call(m, "valid")) {
                    d.valid = m.valid;
                }
                if (m.config != null && $Object.hasOwnProperty.call(m, "config")) {
                    d.config = m.config;
                }
                if (m.s2Vmid != null && $Object.hasOwnProperty.call(m, "s2Vmid")) {
                    d.s2Vmid = m.s2Vmid;
                }
                if (m.s2Ttb != null && $Object.hasOwnProperty.call(m, "s2Ttb")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.s2Ttb = typeof m.s2Ttb === "number" ? $BigInt(m.s2Ttb) : $util.Long.fromBits(m.s2Ttb.low >>> 0, m.s2Ttb.high >>> 0, false).toBigInt();
                    else if (typeof m.s2Ttb === "number")
                        d.s2Ttb = o.longs === $String ? $String(m.s2Ttb) : m.s2Ttb;
                    else
                        d.s2Ttb = o.longs === $String ? $util.Long.prototype.toString.call(m.s2Ttb) : o.longs === $Number ? new $util.LongBits(m.s2Ttb.low >>> 0, m.s2Ttb.high >>> 0).toNumber() : m.s2Ttb;
                }
                if (m.vtcr != null && $Object.hasOwnProperty.call(m, "vtcr")) {
                    d.vtcr = m.vtcr;
                }
                if (m.s2Aa64 != null && $Object.hasOwnProperty.call(m, "s2Aa64")) {
                    d.s2Aa64 = m.s2Aa64;
                }
                if (m.s2R != null && $Object.hasOwnProperty.call(m, "s2R")) {
                    d.s2R = m.s2R;
                }
                if (m.shcfg != null && $Object.hasOwnProperty.call(m, "shcfg")) {
                    d.shcfg = m.shcfg;
                }
                return d;
            };

            /**
             * Converts this SteResponse to JSON.
             * @function toJSON
             * @memberof pkvm.v1.SteResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SteResponse.prototype.toJSON = function() {
                return SteResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SteResponse
             * @function getTypeUrl
             * @memberof pkvm.v1.SteResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SteResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.SteResponse";
            };

            return SteResponse;
        })();

        v1.EventsRequest = (function() {

            /**
             * Properties of an EventsRequest.
             * @typedef {Object} pkvm.v1.EventsRequest.$Properties
             * @property {number|null} [smmu] EventsRequest smmu
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EventsRequest.
             * @memberof pkvm.v1
             * @interface IEventsRequest
             * @augments pkvm.v1.EventsRequest.$Properties
             * @deprecated Use pkvm.v1.EventsRequest.$Properties instead.
             */

            /**
             * Shape of an EventsRequest.
             * @typedef {pkvm.v1.EventsRequest.$Properties} pkvm.v1.EventsRequest.$Shape
             */

            /**
             * Constructs a new EventsRequest.
             * @memberof pkvm.v1
             * @classdesc Represents an EventsRequest.
             * @constructor
             * @param {pkvm.v1.EventsRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var EventsRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * EventsRequest smmu.
             * @member {number} smmu
             * @memberof pkvm.v1.EventsRequest
             * @instance
             */
            EventsRequest.prototype.smmu = 0;

            /**
             * Creates a new EventsRequest instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.EventsRequest
             * @static
             * @param {pkvm.v1.EventsRequest.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.EventsRequest} EventsRequest instance
             * @type {{
             *   (properties: pkvm.v1.EventsRequest.$Shape): pkvm.v1.EventsRequest & pkvm.v1.EventsRequest.$Shape;
             *   (properties?: pkvm.v1.EventsRequest.$Properties): pkvm.v1.EventsRequest;
             * }}
             */
            EventsRequest.create = function(properties) {
                return new EventsRequest(properties);
            };

            /**
             * Encodes the specified EventsRequest message. Does not implicitly {@link pkvm.v1.EventsRequest.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.EventsRequest
             * @static
             * @param {pkvm.v1.EventsRequest.$Properties} m EventsRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventsRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu") && m.smmu !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.smmu);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified EventsRequest message, length delimited. Does not implicitly {@link pkvm.v1.EventsRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.EventsRequest
             * @static
             * @param {pkvm.v1.EventsRequest.$Properties} message EventsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventsRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EventsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.EventsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.EventsRequest & pkvm.v1.EventsRequest.$Shape} EventsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventsRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.EventsRequest();
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
                            if (v = r.uint32())
                                m.smmu = v;
                            else
                                delete m.smmu;
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
             * Decodes an EventsRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.EventsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.EventsRequest & pkvm.v1.EventsRequest.$Shape} EventsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventsRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EventsRequest message.
             * @function verify
             * @memberof pkvm.v1.EventsRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EventsRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu")) {
                    if (!$util.isInteger(m.smmu))
                        return "smmu: integer expected";
                }
                return null;
            };

            /**
             * Creates an EventsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.EventsRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.EventsRequest} EventsRequest
             */
            EventsRequest.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.EventsRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.EventsRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.EventsRequest();
                if (d.smmu != null) {
                    if ($Number(d.smmu) !== 0) {
                        m.smmu = d.smmu >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an EventsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.EventsRequest
             * @static
             * @param {pkvm.v1.EventsRequest} m EventsRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EventsRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.smmu = 0;
                }
                if (m.smmu != null && $Object.hasOwnProperty.call(m, "smmu")) {
                    d.smmu = m.smmu;
                }
                return d;
            };

            /**
             * Converts this EventsRequest to JSON.
             * @function toJSON
             * @memberof pkvm.v1.EventsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EventsRequest.prototype.toJSON = function() {
                return EventsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EventsRequest
             * @function getTypeUrl
             * @memberof pkvm.v1.EventsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EventsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.EventsRequest";
            };

            return EventsRequest;
        })();

        v1.EventsResponse = (function() {

            /**
             * Properties of an EventsResponse.
             * @typedef {Object} pkvm.v1.EventsResponse.$Properties
             * @property {Array.<pkvm.v1.SmmuEvent.$Properties>|null} [events] EventsResponse events
             * @property {boolean|null} [overflowed] EventsResponse overflowed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EventsResponse.
             * @memberof pkvm.v1
             * @interface IEventsResponse
             * @augments pkvm.v1.EventsResponse.$Properties
             * @deprecated Use pkvm.v1.EventsResponse.$Properties instead.
             */

            /**
             * Shape of an EventsResponse.
             * @typedef {pkvm.v1.EventsResponse.$Properties} pkvm.v1.EventsResponse.$Shape
             */

            /**
             * Constructs a new EventsResponse.
             * @memberof pkvm.v1
             * @classdesc Represents an EventsResponse.
             * @constructor
             * @param {pkvm.v1.EventsResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var EventsResponse = function (p) {
                this.events = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * EventsResponse events.
             * @member {Array.<pkvm.v1.SmmuEvent.$Properties>} events
             * @memberof pkvm.v1.EventsResponse
             * @instance
             */
            EventsResponse.prototype.events = $util.emptyArray;

            /**
             * EventsResponse overflowed.
             * @member {boolean} overflowed
             * @memberof pkvm.v1.EventsResponse
             * @instance
             */
            EventsResponse.prototype.overflowed = false;

            /**
             * Creates a new EventsResponse instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.EventsResponse
             * @static
             * @param {pkvm.v1.EventsResponse.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.EventsResponse} EventsResponse instance
             * @type {{
             *   (properties: pkvm.v1.EventsResponse.$Shape): pkvm.v1.EventsResponse & pkvm.v1.EventsResponse.$Shape;
             *   (properties?: pkvm.v1.EventsResponse.$Properties): pkvm.v1.EventsResponse;
             * }}
             */
            EventsResponse.create = function(properties) {
                return new EventsResponse(properties);
            };

            /**
             * Encodes the specified EventsResponse message. Does not implicitly {@link pkvm.v1.EventsResponse.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.EventsResponse
             * @static
             * @param {pkvm.v1.EventsResponse.$Properties} m EventsResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventsResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.events != null && m.events.length) {
                    for (var i = 0; i < m.events.length; ++i)
                        $root.pkvm.v1.SmmuEvent.encode(m.events[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.overflowed != null && $Object.hasOwnProperty.call(m, "overflowed") && m.overflowed !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.overflowed);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified EventsResponse message, length delimited. Does not implicitly {@link pkvm.v1.EventsResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.EventsResponse
             * @static
             * @param {pkvm.v1.EventsResponse.$Properties} message EventsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventsResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EventsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.EventsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.EventsResponse & pkvm.v1.EventsResponse.$Shape} EventsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventsResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.EventsResponse();
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
                            if (!(m.events && m.events.length))
                                m.events = [];
                            m.events.push($root.pkvm.v1.SmmuEvent.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.overflowed = v;
                            else
                                delete m.overflowed;
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
             * Decodes an EventsResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.EventsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.EventsResponse & pkvm.v1.EventsResponse.$Shape} EventsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventsResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EventsResponse message.
             * @function verify
             * @memberof pkvm.v1.EventsResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EventsResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.events != null && $Object.hasOwnProperty.call(m, "events")) {
                    if (!$Array.isArray(m.events))
                        return "events: array expected";
                    for (var i = 0; i < m.events.length; ++i) {
                        {
                            var e = $root.pkvm.v1.SmmuEvent.verify(m.events[i], q + 1);
                            if (e)
                                return "events." + e;
                        }
                    }
                }
                if (m.overflowed != null && $Object.hasOwnProperty.call(m, "overflowed")) {
                    if (typeof m.overflowed !== "boolean")
                        return "overflowed: boolean expected";
                }
                return null;
            };

            /**
             * Creates an EventsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.EventsResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.EventsResponse} EventsResponse
             */
            EventsResponse.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.EventsResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.EventsResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.EventsResponse();
                if (d.events) {
                    if (!$Array.isArray(d.events))
                        throw $TypeError(".pkvm.v1.EventsResponse.events: array expected");
                    m.events = $Array(d.events.length);
                    for (var i = 0; i < d.events.length; ++i) {
                        if (!$util.isObject(d.events[i]))
                            throw $TypeError(".pkvm.v1.EventsResponse.events: object expected");
                        m.events[i] = $root.pkvm.v1.SmmuEvent.fromObject(d.events[i], q + 1);
                    }
                }
                if (d.overflowed != null) {
                    if (d.overflowed) {
                        m.overflowed = $Boolean(d.overflowed);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an EventsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.EventsResponse
             * @static
             * @param {pkvm.v1.EventsResponse} m EventsResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EventsResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.events = [];
                }
                if (o.defaults) {
                    d.overflowed = false;
                }
                if (m.events && m.events.length) {
                    d.events = $Array(m.events.length);
                    for (var j = 0; j < m.events.length; ++j) {
                        d.events[j] = $root.pkvm.v1.SmmuEvent.toObject(m.events[j], o, q + 1);
                    }
                }
                if (m.overflowed != null && $Object.hasOwnProperty.call(m, "overflowed")) {
                    d.overflowed = m.overflowed;
                }
                return d;
            };

            /**
             * Converts this EventsResponse to JSON.
             * @function toJSON
             * @memberof pkvm.v1.EventsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EventsResponse.prototype.toJSON = function() {
                return EventsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EventsResponse
             * @function getTypeUrl
             * @memberof pkvm.v1.EventsResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EventsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.EventsResponse";
            };

            return EventsResponse;
        })();

        v1.StateHashRequest = (function() {

            /**
             * Properties of a StateHashRequest.
             * @typedef {Object} pkvm.v1.StateHashRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StateHashRequest.
             * @memberof pkvm.v1
             * @interface IStateHashRequest
             * @augments pkvm.v1.StateHashRequest.$Properties
             * @deprecated Use pkvm.v1.StateHashRequest.$Properties instead.
             */

            /**
             * Shape of a StateHashRequest.
             * @typedef {pkvm.v1.StateHashRequest.$Properties} pkvm.v1.StateHashRequest.$Shape
             */

            /**
             * Constructs a new StateHashRequest.
             * @memberof pkvm.v1
             * @classdesc Represents a StateHashRequest.
             * @constructor
             * @param {pkvm.v1.StateHashRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StateHashRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new StateHashRequest instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.StateHashRequest
             * @static
             * @param {pkvm.v1.StateHashRequest.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.StateHashRequest} StateHashRequest instance
             * @type {{
             *   (properties: pkvm.v1.StateHashRequest.$Shape): pkvm.v1.StateHashRequest & pkvm.v1.StateHashRequest.$Shape;
             *   (properties?: pkvm.v1.StateHashRequest.$Properties): pkvm.v1.StateHashRequest;
             * }}
             */
            StateHashRequest.create = function(properties) {
                return new StateHashRequest(properties);
            };

            /**
             * Encodes the specified StateHashRequest message. Does not implicitly {@link pkvm.v1.StateHashRequest.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.StateHashRequest
             * @static
             * @param {pkvm.v1.StateHashRequest.$Properties} m StateHashRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StateHashRequest.encode = function (m, w, q) {
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
             * Encodes the specified StateHashRequest message, length delimited. Does not implicitly {@link pkvm.v1.StateHashRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.StateHashRequest
             * @static
             * @param {pkvm.v1.StateHashRequest.$Properties} message StateHashRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StateHashRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StateHashRequest message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.StateHashRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.StateHashRequest & pkvm.v1.StateHashRequest.$Shape} StateHashRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StateHashRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.StateHashRequest();
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
             * Decodes a StateHashRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.StateHashRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.StateHashRequest & pkvm.v1.StateHashRequest.$Shape} StateHashRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StateHashRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StateHashRequest message.
             * @function verify
             * @memberof pkvm.v1.StateHashRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StateHashRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a StateHashRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.StateHashRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.StateHashRequest} StateHashRequest
             */
            StateHashRequest.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.StateHashRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.StateHashRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.pkvm.v1.StateHashRequest();
            };

            /**
             * Creates a plain object from a StateHashRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.StateHashRequest
             * @static
             * @param {pkvm.v1.StateHashRequest} m StateHashRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StateHashRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this StateHashRequest to JSON.
             * @function toJSON
             * @memberof pkvm.v1.StateHashRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StateHashRequest.prototype.toJSON = function() {
                return StateHashRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StateHashRequest
             * @function getTypeUrl
             * @memberof pkvm.v1.StateHashRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StateHashRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.StateHashRequest";
            };

            return StateHashRequest;
        })();

        v1.StateHashResponse = (function() {

            /**
             * Properties of a StateHashResponse.
             * @typedef {Object} pkvm.v1.StateHashResponse.$Properties
             * @property {string|null} [hash] StateHashResponse hash
             * @property {string|null} [framesHash] StateHashResponse framesHash
             * @property {string|null} [modelHash] StateHashResponse modelHash
             * @property {number|null} [version] StateHashResponse version
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StateHashResponse.
             * @memberof pkvm.v1
             * @interface IStateHashResponse
             * @augments pkvm.v1.StateHashResponse.$Properties
             * @deprecated Use pkvm.v1.StateHashResponse.$Properties instead.
             */

            /**
             * Shape of a StateHashResponse.
             * @typedef {pkvm.v1.StateHashResponse.$Properties} pkvm.v1.StateHashResponse.$Shape
             */

            /**
             * Constructs a new StateHashResponse.
             * @memberof pkvm.v1
             * @classdesc Represents a StateHashResponse.
             * @constructor
             * @param {pkvm.v1.StateHashResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StateHashResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StateHashResponse hash.
             * @member {string} hash
             * @memberof pkvm.v1.StateHashResponse
             * @instance
             */
            StateHashResponse.prototype.hash = "";

            /**
             * StateHashResponse framesHash.
             * @member {string} framesHash
             * @memberof pkvm.v1.StateHashResponse
             * @instance
             */
            StateHashResponse.prototype.framesHash = "";

            /**
             * StateHashResponse modelHash.
             * @member {string} modelHash
             * @memberof pkvm.v1.StateHashResponse
             * @instance
             */
            StateHashResponse.prototype.modelHash = "";

            /**
             * StateHashResponse version.
             * @member {number} version
             * @memberof pkvm.v1.StateHashResponse
             * @instance
             */
            StateHashResponse.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new StateHashResponse instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.StateHashResponse
             * @static
             * @param {pkvm.v1.StateHashResponse.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.StateHashResponse} StateHashResponse instance
             * @type {{
             *   (properties: pkvm.v1.StateHashResponse.$Shape): pkvm.v1.StateHashResponse & pkvm.v1.StateHashResponse.$Shape;
             *   (properties?: pkvm.v1.StateHashResponse.$Properties): pkvm.v1.StateHashResponse;
             * }}
             */
            StateHashResponse.create = function(properties) {
                return new StateHashResponse(properties);
            };

            /**
             * Encodes the specified StateHashResponse message. Does not implicitly {@link pkvm.v1.StateHashResponse.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.StateHashResponse
             * @static
             * @param {pkvm.v1.StateHashResponse.$Properties} m StateHashResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StateHashResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.hash != null && $Object.hasOwnProperty.call(m, "hash") && m.hash !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.hash);
                if (m.framesHash != null && $Object.hasOwnProperty.call(m, "framesHash") && m.framesHash !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.framesHash);
                if (m.modelHash != null && $Object.hasOwnProperty.call(m, "modelHash") && m.modelHash !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.modelHash);
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.version);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified StateHashResponse message, length delimited. Does not implicitly {@link pkvm.v1.StateHashResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.StateHashResponse
             * @static
             * @param {pkvm.v1.StateHashResponse.$Properties} message StateHashResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StateHashResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StateHashResponse message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.StateHashResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.StateHashResponse & pkvm.v1.StateHashResponse.$Shape} StateHashResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StateHashResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.StateHashResponse();
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
                                m.hash = v;
                            else
                                delete m.hash;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.framesHash = v;
                            else
                                delete m.framesHash;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.modelHash = v;
                            else
                                delete m.modelHash;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.version = v;
                            else
                                delete m.version;
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
             * Decodes a StateHashResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.StateHashResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.StateHashResponse & pkvm.v1.StateHashResponse.$Shape} StateHashResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StateHashResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StateHashResponse message.
             * @function verify
             * @memberof pkvm.v1.StateHashResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StateHashResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.hash != null && $Object.hasOwnProperty.call(m, "hash")) {
                    if (!$util.isString(m.hash))
                        return "hash: string expected";
                }
                if (m.framesHash != null && $Object.hasOwnProperty.call(m, "framesHash")) {
                    if (!$util.isString(m.framesHash))
                        return "framesHash: string expected";
                }
                if (m.modelHash != null && $Object.hasOwnProperty.call(m, "modelHash")) {
                    if (!$util.isString(m.modelHash))
                        return "modelHash: string expected";
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isInteger(m.version) && !(m.version && $util.isInteger(m.version.low) && $util.isInteger(m.version.high)))
                        return "version: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a StateHashResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.StateHashResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.StateHashResponse} StateHashResponse
             */
            StateHashResponse.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.StateHashResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.StateHashResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.StateHashResponse();
                if (d.hash != null) {
                    if (typeof d.hash !== "string" || d.hash.length) {
                        m.hash = $String(d.hash);
                    }
                }
                if (d.framesHash != null) {
                    if (typeof d.framesHash !== "string" || d.framesHash.length) {
                        m.framesHash = $String(d.framesHash);
                    }
                }
                if (d.modelHash != null) {
                    if (typeof d.modelHash !== "string" || d.modelHash.length) {
                        m.modelHash = $String(d.modelHash);
                    }
                }
                if (d.version != null) {
                    if (typeof d.version === "object" ? d.version.low || d.version.high : $Number(d.version) !== 0) {
                        if ($util.Long)
                            m.version = $util.Long.fromValue(d.version, false);
                        else if (typeof d.version === "string")
                            m.version = $parseInt(d.version, 10);
                        else if (typeof d.version === "number")
                            m.version = d.version;
                        else if (typeof d.version === "object")
                            m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a StateHashResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.StateHashResponse
             * @static
             * @param {pkvm.v1.StateHashResponse} m StateHashResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StateHashResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.hash = "";
                    d.framesHash = "";
                    d.modelHash = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.hash != null && $Object.hasOwnProperty.call(m, "hash")) {
                    d.hash = m.hash;
                }
                if (m.framesHash != null && $Object.hasOwnProperty.call(m, "framesHash")) {
                    d.framesHash = m.framesHash;
                }
                if (m.modelHash != null && $Object.hasOwnProperty.call(m, "modelHash")) {
                    d.modelHash = m.modelHash;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, false).toBigInt();
                    else if (typeof m.version === "number")
                        d.version = o.longs === $String ? $String(m.version) : m.version;
                    else
                        d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber() : m.version;
                }
                return d;
            };

            /**
             * Converts this StateHashResponse to JSON.
             * @function toJSON
             * @memberof pkvm.v1.StateHashResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StateHashResponse.prototype.toJSON = function() {
                return StateHashResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StateHashResponse
             * @function getTypeUrl
             * @memberof pkvm.v1.StateHashResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StateHashResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.StateHashResponse";
            };

            return StateHashResponse;
        })();

        v1.MachineInfoRequest = (function() {

            /**
             * Properties of a MachineInfoRequest.
             * @typedef {Object} pkvm.v1.MachineInfoRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MachineInfoRequest.
             * @memberof pkvm.v1
             * @interface IMachineInfoRequest
             * @augments pkvm.v1.MachineInfoRequest.$Properties
             * @deprecated Use pkvm.v1.MachineInfoRequest.$Properties instead.
             */

            /**
             * Shape of a MachineInfoRequest.
             * @typedef {pkvm.v1.MachineInfoRequest.$Properties} pkvm.v1.MachineInfoRequest.$Shape
             */

            /**
             * Constructs a new MachineInfoRequest.
             * @memberof pkvm.v1
             * @classdesc Represents a MachineInfoRequest.
             * @constructor
             * @param {pkvm.v1.MachineInfoRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var MachineInfoRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new MachineInfoRequest instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.MachineInfoRequest
             * @static
             * @param {pkvm.v1.MachineInfoRequest.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.MachineInfoRequest} MachineInfoRequest instance
             * @type {{
             *   (properties: pkvm.v1.MachineInfoRequest.$Shape): pkvm.v1.MachineInfoRequest & pkvm.v1.MachineInfoRequest.$Shape;
             *   (properties?: pkvm.v1.MachineInfoRequest.$Properties): pkvm.v1.MachineInfoRequest;
             * }}
             */
            MachineInfoRequest.create = function(properties) {
                return new MachineInfoRequest(properties);
            };

            /**
             * Encodes the specified MachineInfoRequest message. Does not implicitly {@link pkvm.v1.MachineInfoRequest.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.MachineInfoRequest
             * @static
             * @param {pkvm.v1.MachineInfoRequest.$Properties} m MachineInfoRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MachineInfoRequest.encode = function (m, w, q) {
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
             * Encodes the specified MachineInfoRequest message, length delimited. Does not implicitly {@link pkvm.v1.MachineInfoRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.MachineInfoRequest
             * @static
             * @param {pkvm.v1.MachineInfoRequest.$Properties} message MachineInfoRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MachineInfoRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MachineInfoRequest message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.MachineInfoRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.MachineInfoRequest & pkvm.v1.MachineInfoRequest.$Shape} MachineInfoRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MachineInfoRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.MachineInfoRequest();
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
             * Decodes a MachineInfoRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.MachineInfoRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.MachineInfoRequest & pkvm.v1.MachineInfoRequest.$Shape} MachineInfoRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MachineInfoRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MachineInfoRequest message.
             * @function verify
             * @memberof pkvm.v1.MachineInfoRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MachineInfoRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a MachineInfoRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.MachineInfoRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.MachineInfoRequest} MachineInfoRequest
             */
            MachineInfoRequest.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.MachineInfoRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.MachineInfoRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.pkvm.v1.MachineInfoRequest();
            };

            /**
             * Creates a plain object from a MachineInfoRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.MachineInfoRequest
             * @static
             * @param {pkvm.v1.MachineInfoRequest} m MachineInfoRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MachineInfoRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this MachineInfoRequest to JSON.
             * @function toJSON
             * @memberof pkvm.v1.MachineInfoRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MachineInfoRequest.prototype.toJSON = function() {
                return MachineInfoRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MachineInfoRequest
             * @function getTypeUrl
             * @memberof pkvm.v1.MachineInfoRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MachineInfoRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.MachineInfoRequest";
            };

            return MachineInfoRequest;
        })();

        v1.SmmuInfo = (function() {

            /**
             * Properties of a SmmuInfo.
             * @typedef {Object} pkvm.v1.SmmuInfo.$Properties
             * @property {string|null} [id] SmmuInfo id
             * @property {number|null} [base] SmmuInfo base
             * @property {number|null} [size] SmmuInfo size
             * @property {boolean|null} [coherent] SmmuInfo coherent
             * @property {number|null} [sidBits] SmmuInfo sidBits
             * @property {number|null} [cr0] SmmuInfo cr0
             * @property {number|null} [gbpa] SmmuInfo gbpa
             * @property {number|null} [commandsConsumed] SmmuInfo commandsConsumed
             * @property {number|null} [eventsWritten] SmmuInfo eventsWritten
             * @property {number|null} [iotlbEntries] SmmuInfo iotlbEntries
             * @property {number|null} [iotlbHits] SmmuInfo iotlbHits
             * @property {number|null} [iotlbMisses] SmmuInfo iotlbMisses
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SmmuInfo.
             * @memberof pkvm.v1
             * @interface ISmmuInfo
             * @augments pkvm.v1.SmmuInfo.$Properties
             * @deprecated Use pkvm.v1.SmmuInfo.$Properties instead.
             */

            /**
             * Shape of a SmmuInfo.
             * @typedef {pkvm.v1.SmmuInfo.$Properties} pkvm.v1.SmmuInfo.$Shape
             */

            /**
             * Constructs a new SmmuInfo.
             * @memberof pkvm.v1
             * @classdesc Represents a SmmuInfo.
             * @constructor
             * @param {pkvm.v1.SmmuInfo.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SmmuInfo = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SmmuInfo id.
             * @member {string} id
             * @memberof pkvm.v1.SmmuInfo
             * @instance
             */
            SmmuInfo.prototype.id = "";

            /**
             * SmmuInfo base.
             * @member {number} base
             * @memberof pkvm.v1.SmmuInfo
             * @instance
             */
            SmmuInfo.prototype.base = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SmmuInfo size.
             * @member {number} size
             * @memberof pkvm.v1.SmmuInfo
             * @instance
             */
            SmmuInfo.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SmmuInfo coherent.
             * @member {boolean} coherent
             * @memberof pkvm.v1.SmmuInfo
             * @instance
             */
            SmmuInfo.prototype.coherent = false;

            /**
             * SmmuInfo sidBits.
             * @member {number} sidBits
             * @memberof pkvm.v1.SmmuInfo
             * @instance
             */
            SmmuInfo.prototype.sidBits = 0;

            /**
             * SmmuInfo cr0.
             * @member {number} cr0
             * @memberof pkvm.v1.SmmuInfo
             * @instance
             */
            SmmuInfo.prototype.cr0 = 0;

            /**
             * SmmuInfo gbpa.
             * @member {number} gbpa
             * @memberof pkvm.v1.SmmuInfo
             * @instance
             */
            SmmuInfo.prototype.gbpa = 0;

            /**
             * SmmuInfo commandsConsumed.
             * @member {number} commandsConsumed
             * @memberof pkvm.v1.SmmuInfo
             * @instance
             */
            SmmuInfo.prototype.commandsConsumed = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SmmuInfo eventsWritten.
             * @member {number} eventsWritten
             * @memberof pkvm.v1.SmmuInfo
             * @instance
             */
            SmmuInfo.prototype.eventsWritten = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SmmuInfo iotlbEntries.
             * @member {number} iotlbEntries
             * @memberof pkvm.v1.SmmuInfo
             * @instance
             */
            SmmuInfo.prototype.iotlbEntries = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SmmuInfo iotlbHits.
             * @member {number} iotlbHits
             * @memberof pkvm.v1.SmmuInfo
             * @instance
             */
            SmmuInfo.prototype.iotlbHits = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SmmuInfo iotlbMisses.
             * @member {number} iotlbMisses
             * @memberof pkvm.v1.SmmuInfo
             * @instance
             */
            SmmuInfo.prototype.iotlbMisses = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new SmmuInfo instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.SmmuInfo
             * @static
             * @param {pkvm.v1.SmmuInfo.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.SmmuInfo} SmmuInfo instance
             * @type {{
             *   (properties: pkvm.v1.SmmuInfo.$Shape): pkvm.v1.SmmuInfo & pkvm.v1.SmmuInfo.$Shape;
             *   (properties?: pkvm.v1.SmmuInfo.$Properties): pkvm.v1.SmmuInfo;
             * }}
             */
            SmmuInfo.create = function(properties) {
                return new SmmuInfo(properties);
            };

            /**
             * Encodes the specified SmmuInfo message. Does not implicitly {@link pkvm.v1.SmmuInfo.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.SmmuInfo
             * @static
             * @param {pkvm.v1.SmmuInfo.$Properties} m SmmuInfo message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SmmuInfo.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.base != null && $Object.hasOwnProperty.call(m, "base") && (typeof m.base === "object" ? m.base.low || m.base.high : m.base !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.base);
                if (m.size != null && $Object.hasOwnProperty.call(m, "size") && (typeof m.size === "object" ? m.size.low || m.size.high : m.size !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.size);
                if (m.coherent != null && $Object.hasOwnProperty.call(m, "coherent") && m.coherent !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.coherent);
                if (m.sidBits != null && $Object.hasOwnProperty.call(m, "sidBits") && m.sidBits !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.sidBits);
                if (m.cr0 != null && $Object.hasOwnProperty.call(m, "cr0") && m.cr0 !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.cr0);
                if (m.gbpa != null && $Object.hasOwnProperty.call(m, "gbpa") && m.gbpa !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.gbpa);
                if (m.commandsConsumed != null && $Object.hasOwnProperty.call(m, "commandsConsumed") && (typeof m.commandsConsumed === "object" ? m.commandsConsumed.low || m.commandsConsumed.high : m.commandsConsumed !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).int64(m.commandsConsumed);
                if (m.eventsWritten != null && $Object.hasOwnProperty.call(m, "eventsWritten") && (typeof m.eventsWritten === "object" ? m.eventsWritten.low || m.eventsWritten.high : m.eventsWritten !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).int64(m.eventsWritten);
                if (m.iotlbEntries != null && $Object.hasOwnProperty.call(m, "iotlbEntries") && (typeof m.iotlbEntries === "object" ? m.iotlbEntries.low || m.iotlbEntries.high : m.iotlbEntries !== 0))
                    w.uint32(/* id 10, wireType 0 =*/80).int64(m.iotlbEntries);
                if (m.iotlbHits != null && $Object.hasOwnProperty.call(m, "iotlbHits") && (typeof m.iotlbHits === "object" ? m.iotlbHits.low || m.iotlbHits.high : m.iotlbHits !== 0))
                    w.uint32(/* id 11, wireType 0 =*/88).int64(m.iotlbHits);
                if (m.iotlbMisses != null && $Object.hasOwnProperty.call(m, "iotlbMisses") && (typeof m.iotlbMisses === "object" ? m.iotlbMisses.low || m.iotlbMisses.high : m.iotlbMisses !== 0))
                    w.uint32(/* id 12, wireType 0 =*/96).int64(m.iotlbMisses);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SmmuInfo message, length delimited. Does not implicitly {@link pkvm.v1.SmmuInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.SmmuInfo
             * @static
             * @param {pkvm.v1.SmmuInfo.$Properties} message SmmuInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SmmuInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SmmuInfo message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.SmmuInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.SmmuInfo & pkvm.v1.SmmuInfo.$Shape} SmmuInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SmmuInfo.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.SmmuInfo();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.base = v;
                            else
                                delete m.base;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.size = v;
                            else
                                delete m.size;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.coherent = v;
                            else
                                delete m.coherent;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.sidBits = v;
                            else
                                delete m.sidBits;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.cr0 = v;
                            else
                                delete m.cr0;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.gbpa = v;
                            else
                                delete m.gbpa;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.commandsConsumed = v;
                            else
                                delete m.commandsConsumed;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.eventsWritten = v;
                            else
                                delete m.eventsWritten;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.iotlbEntries = v;
                            else
                                delete m.iotlbEntries;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.iotlbHits = v;
                            else
                                delete m.iotlbHits;
                            continue;
                        }
                    case 12: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.iotlbMisses = v;
                            else
                                delete m.iotlbMisses;
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
             * Decodes a SmmuInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.SmmuInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.SmmuInfo & pkvm.v1.SmmuInfo.$Shape} SmmuInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SmmuInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SmmuInfo message.
             * @function verify
             * @memberof pkvm.v1.SmmuInfo
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SmmuInfo.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isString(m.id))
                        return "id: string expected";
                }
                if (m.base != null && $Object.hasOwnProperty.call(m, "base")) {
                    if (!$util.isInteger(m.base) && !(m.base && $util.isInteger(m.base.low) && $util.isInteger(m.base.high)))
                        return "base: integer|Long expected";
                }
                if (m.size != null && $Object.hasOwnProperty.call(m, "size")) {
                    if (!$util.isInteger(m.size) && !(m.size && $util.isInteger(m.size.low) && $util.isInteger(m.size.high)))
                        return "size: integer|Long expected";
                }
                if (m.coherent != null && $Object.hasOwnProperty.call(m, "coherent")) {
                    if (typeof m.coherent !== "boolean")
                        return "coherent: boolean expected";
                }
                if (m.sidBits != null && $Object.hasOwnProperty.call(m, "sidBits")) {
                    if (!$util.isInteger(m.sidBits))
                        return "sidBits: integer expected";
                }
                if (m.cr0 != null && $Object.hasOwnProperty.call(m, "cr0")) {
                    if (!$util.isInteger(m.cr0))
                        return "cr0: integer expected";
                }
                if (m.gbpa != null && $Object.hasOwnProperty.call(m, "gbpa")) {
                    if (!$util.isInteger(m.gbpa))
                        return "gbpa: integer expected";
                }
                if (m.commandsConsumed != null && $Object.hasOwnProperty.call(m, "commandsConsumed")) {
                    if (!$util.isInteger(m.commandsConsumed) && !(m.commandsConsumed && $util.isInteger(m.commandsConsumed.low) && $util.isInteger(m.commandsConsumed.high)))
                        return "commandsConsumed: integer|Long expected";
                }
                if (m.eventsWritten != null && $Object.hasOwnProperty.call(m, "eventsWritten")) {
                    if (!$util.isInteger(m.eventsWritten) && !(m.eventsWritten && $util.isInteger(m.eventsWritten.low) && $util.isInteger(m.eventsWritten.high)))
                        return "eventsWritten: integer|Long expected";
                }
                if (m.iotlbEntries != null && $Object.hasOwnProperty.call(m, "iotlbEntries")) {
                    if (!$util.isInteger(m.iotlbEntries) && !(m.iotlbEntries && $util.isInteger(m.iotlbEntries.low) && $util.isInteger(m.iotlbEntries.high)))
                        return "iotlbEntries: integer|Long expected";
                }
                if (m.iotlbHits != null && $Object.hasOwnProperty.call(m, "iotlbHits")) {
                    if (!$util.isInteger(m.iotlbHits) && !(m.iotlbHits && $util.isInteger(m.iotlbHits.low) && $util.isInteger(m.iotlbHits.high)))
                        return "iotlbHits: integer|Long expected";
                }
                if (m.iotlbMisses != null && $Object.hasOwnProperty.call(m, "iotlbMisses")) {
                    if (!$util.isInteger(m.iotlbMisses) && !(m.iotlbMisses && $util.isInteger(m.iotlbMisses.low) && $util.isInteger(m.iotlbMisses.high)))
                        return "iotlbMisses: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a SmmuInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.SmmuInfo
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.SmmuInfo} SmmuInfo
             */
            SmmuInfo.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.SmmuInfo)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.SmmuInfo: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.SmmuInfo();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.base != null) {
                    if (typeof d.base === "object" ? d.base.low || d.base.high : $Number(d.base) !== 0) {
                        if ($util.Long)
                            m.base = $util.Long.fromValue(d.base, false);
                        else if (typeof d.base === "string")
                            m.base = $parseInt(d.base, 10);
                        else if (typeof d.base === "number")
                            m.base = d.base;
                        else if (typeof d.base === "object")
                            m.base = new $util.LongBits(d.base.low >>> 0, d.base.high >>> 0).toNumber();
                    }
                }
                if (d.size != null) {
                    if (typeof d.size === "object" ? d.size.low || d.size.high : $Number(d.size) !== 0) {
                        if ($util.Long)
                            m.size = $util.Long.fromValue(d.size, false);
                        else if (typeof d.size === "string")
                            m.size = $parseInt(d.size, 10);
                        else if (typeof d.size === "number")
                            m.size = d.size;
                        else if (typeof d.size === "object")
                            m.size = new $util.LongBits(d.size.low >>> 0, d.size.high >>> 0).toNumber();
                    }
                }
                if (d.coherent != null) {
                    if (d.coherent) {
                        m.coherent = $Boolean(d.coherent);
                    }
                }
                if (d.sidBits != null) {
                    if ($Number(d.sidBits) !== 0) {
                        m.sidBits = d.sidBits >>> 0;
                    }
                }
                if (d.cr0 != null) {
                    if ($Number(d.cr0) !== 0) {
                        m.cr0 = d.cr0 >>> 0;
                    }
                }
                if (d.gbpa != null) {
                    if ($Number(d.gbpa) !== 0) {
                        m.gbpa = d.gbpa >>> 0;
                    }
                }
                if (d.commandsConsumed != null) {
                    if (typeof d.commandsConsumed === "object" ? d.commandsConsumed.low || d.commandsConsumed.high : $Number(d.commandsConsumed) !== 0) {
                        if ($util.Long)
                            m.commandsConsumed = $util.Long.fromValue(d.commandsConsumed, false);
                        else if (typeof d.commandsConsumed === "string")
                            m.commandsConsumed = $parseInt(d.commandsConsumed, 10);
                        else if (typeof d.commandsConsumed === "number")
                            m.commandsConsumed = d.commandsConsumed;
                        else if (typeof d.commandsConsumed === "object")
                            m.commandsConsumed = new $util.LongBits(d.commandsConsumed.low >>> 0, d.commandsConsumed.high >>> 0).toNumber();
                    }
                }
                if (d.eventsWritten != null) {
                    if (typeof d.eventsWritten === "object" ? d.eventsWritten.low || d.eventsWritten.high : $Number(d.eventsWritten) !== 0) {
                        if ($util.Long)
                            m.eventsWritten = $util.Long.fromValue(d.eventsWritten, false);
                        else if (typeof d.eventsWritten === "string")
                            m.eventsWritten = $parseInt(d.eventsWritten, 10);
                        else if (typeof d.eventsWritten === "number")
                            m.eventsWritten = d.eventsWritten;
                        else if (typeof d.eventsWritten === "object")
                            m.eventsWritten = new $util.LongBits(d.eventsWritten.low >>> 0, d.eventsWritten.high >>> 0).toNumber();
                    }
                }
                if (d.iotlbEntries != null) {
                    if (typeof d.iotlbEntries === "object" ? d.iotlbEntries.low || d.iotlbEntries.high : $Number(d.iotlbEntries) !== 0) {
                        if ($util.Long)
                            m.iotlbEntries = $util.Long.fromValue(d.iotlbEntries, false);
                        else if (typeof d.iotlbEntries === "string")
                            m.iotlbEntries = $parseInt(d.iotlbEntries, 10);
                        else if (typeof d.iotlbEntries === "number")
                            m.iotlbEntries = d.iotlbEntries;
                        else if (typeof d.iotlbEntries === "object")
                            m.iotlbEntries = new $util.LongBits(d.iotlbEntries.low >>> 0, d.iotlbEntries.high >>> 0).toNumber();
                    }
                }
                if (d.iotlbHits != null) {
                    if (typeof d.iotlbHits === "object" ? d.iotlbHits.low || d.iotlbHits.high : $Number(d.iotlbHits) !== 0) {
                        if ($util.Long)
                            m.iotlbHits = $util.Long.fromValue(d.iotlbHits, false);
                        else if (typeof d.iotlbHits === "string")
                            m.iotlbHits = $parseInt(d.iotlbHits, 10);
                        else if (typeof d.iotlbHits === "number")
                            m.iotlbHits = d.iotlbHits;
                        else if (typeof d.iotlbHits === "object")
                            m.iotlbHits = new $util.LongBits(d.iotlbHits.low >>> 0, d.iotlbHits.high >>> 0).toNumber();
                    }
                }
                if (d.iotlbMisses != null) {
                    if (typeof d.iotlbMisses === "object" ? d.iotlbMisses.low || d.iotlbMisses.high : $Number(d.iotlbMisses) !== 0) {
                        if ($util.Long)
                            m.iotlbMisses = $util.Long.fromValue(d.iotlbMisses, false);
                        else if (typeof d.iotlbMisses === "string")
                            m.iotlbMisses = $parseInt(d.iotlbMisses, 10);
                        else if (typeof d.iotlbMisses === "number")
                            m.iotlbMisses = d.iotlbMisses;
                        else if (typeof d.iotlbMisses === "object")
                            m.iotlbMisses = new $util.LongBits(d.iotlbMisses.low >>> 0, d.iotlbMisses.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SmmuInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.SmmuInfo
             * @static
             * @param {pkvm.v1.SmmuInfo} m SmmuInfo
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SmmuInfo.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.base = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.base = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.size = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.size = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.coherent = false;
                    d.sidBits = 0;
                    d.cr0 = 0;
                    d.gbpa = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.commandsConsumed = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.commandsConsumed = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.eventsWritten = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.eventsWritten = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.iotlbEntries = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.iotlbEntries = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.iotlbHits = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.iotlbHits = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.iotlbMisses = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.iotlbMisses = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.base != null && $Object.hasOwnProperty.call(m, "base")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.base = typeof m.base === "number" ? $BigInt(m.base) : $util.Long.fromBits(m.base.low >>> 0, m.base.high >>> 0, false).toBigInt();
                    else if (typeof m.base === "number")
                        d.base = o.longs === $String ? $String(m.base) : m.base;
                    else
                        d.base = o.longs === $String ? $util.Long.prototype.toString.call(m.base) : o.longs === $Number ? new $util.LongBits(m.base.low >>> 0, m.base.high >>> 0).toNumber() : m.base;
                }
                if (m.size != null && $Object.hasOwnProperty.call(m, "size")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.size = typeof m.size === "number" ? $BigInt(m.size) : $util.Long.fromBits(m.size.low >>> 0, m.size.high >>> 0, false).toBigInt();
                    else if (typeof m.size === "number")
                        d.size = o.longs === $String ? $String(m.size) : m.size;
                    else
                        d.size = o.longs === $String ? $util.Long.prototype.toString.call(m.size) : o.longs === $Number ? new $util.LongBits(m.size.low >>> 0, m.size.high >>> 0).toNumber() : m.size;
                }
                if (m.coherent != null && $Object.hasOwnProperty.call(m, "coherent")) {
                    d.coherent = m.coherent;
                }
                if (m.sidBits != null && $Object.hasOwnProperty.call(m, "sidBits")) {
                    d.sidBits = m.sidBits;
                }
                if (m.cr0 != null && $Object.hasOwnProperty.call(m, "cr0")) {
                    d.cr0 = m.cr0;
                }
                if (m.gbpa != null && $Object.hasOwnProperty.call(m, "gbpa")) {
                    d.gbpa = m.gbpa;
                }
                if (m.commandsConsumed != null && $Object.hasOwnProperty.call(m, "commandsConsumed")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.commandsConsumed = typeof m.commandsConsumed === "number" ? $BigInt(m.commandsConsumed) : $util.Long.fromBits(m.commandsConsumed.low >>> 0, m.commandsConsumed.high >>> 0, false).toBigInt();
                    else if (typeof m.commandsConsumed === "number")
                        d.commandsConsumed = o.longs === $String ? $String(m.commandsConsumed) : m.commandsConsumed;
                    else
                        d.commandsConsumed = o.longs === $String ? $util.Long.prototype.toString.call(m.commandsConsumed) : o.longs === $Number ? new $util.LongBits(m.commandsConsumed.low >>> 0, m.commandsConsumed.high >>> 0).toNumber() : m.commandsConsumed;
                }
                if (m.eventsWritten != null && $Object.hasOwnProperty.call(m, "eventsWritten")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.eventsWritten = typeof m.eventsWritten === "number" ? $BigInt(m.eventsWritten) : $util.Long.fromBits(m.eventsWritten.low >>> 0, m.eventsWritten.high >>> 0, false).toBigInt();
                    else if (typeof m.eventsWritten === "number")
                        d.eventsWritten = o.longs === $String ? $String(m.eventsWritten) : m.eventsWritten;
                    else
                        d.eventsWritten = o.longs === $String ? $util.Long.prototype.toString.call(m.eventsWritten) : o.longs === $Number ? new $util.LongBits(m.eventsWritten.low >>> 0, m.eventsWritten.high >>> 0).toNumber() : m.eventsWritten;
                }
                if (m.iotlbEntries != null && $Object.hasOwnProperty.call(m, "iotlbEntries")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.iotlbEntries = typeof m.iotlbEntries === "number" ? $BigInt(m.iotlbEntries) : $util.Long.fromBits(m.iotlbEntries.low >>> 0, m.iotlbEntries.high >>> 0, false).toBigInt();
                    else if (typeof m.iotlbEntries === "number")
                        d.iotlbEntries = o.longs === $String ? $String(m.iotlbEntries) : m.iotlbEntries;
                    else
                        d.iotlbEntries = o.longs === $String ? $util.Long.prototype.toString.call(m.iotlbEntries) : o.longs === $Number ? new $util.LongBits(m.iotlbEntries.low >>> 0, m.iotlbEntries.high >>> 0).toNumber() : m.iotlbEntries;
                }
                if (m.iotlbHits != null && $Object.hasOwnProperty.call(m, "iotlbHits")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.iotlbHits = typeof m.iotlbHits === "number" ? $BigInt(m.iotlbHits) : $util.Long.fromBits(m.iotlbHits.low >>> 0, m.iotlbHits.high >>> 0, false).toBigInt();
                    else if (typeof m.iotlbHits === "number")
                        d.iotlbHits = o.longs === $String ? $String(m.iotlbHits) : m.iotlbHits;
                    else
                        d.iotlbHits = o.longs === $String ? $util.Long.prototype.toString.call(m.iotlbHits) : o.longs === $Number ? new $util.LongBits(m.iotlbHits.low >>> 0, m.iotlbHits.high >>> 0).toNumber() : m.iotlbHits;
                }
                if (m.iotlbMisses != null && $Object.hasOwnProperty.call(m, "iotlbMisses")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.iotlbMisses = typeof m.iotlbMisses === "number" ? $BigInt(m.iotlbMisses) : $util.Long.fromBits(m.iotlbMisses.low >>> 0, m.iotlbMisses.high >>> 0, false).toBigInt();
                    else if (typeof m.iotlbMisses === "number")
                        d.iotlbMisses = o.longs === $String ? $String(m.iotlbMisses) : m.iotlbMisses;
                    else
                        d.iotlbMisses = o.longs === $String ? $util.Long.prototype.toString.call(m.iotlbMisses) : o.longs === $Number ? new $util.LongBits(m.iotlbMisses.low >>> 0, m.iotlbMisses.high >>> 0).toNumber() : m.iotlbMisses;
                }
                return d;
            };

            /**
             * Converts this SmmuInfo to JSON.
             * @function toJSON
             * @memberof pkvm.v1.SmmuInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SmmuInfo.prototype.toJSON = function() {
                return SmmuInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SmmuInfo
             * @function getTypeUrl
             * @memberof pkvm.v1.SmmuInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SmmuInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.SmmuInfo";
            };

            return SmmuInfo;
        })();

        v1.MachineInfoResponse = (function() {

            /**
             * Properties of a MachineInfoResponse.
             * @typedef {Object} pkvm.v1.MachineInfoResponse.$Properties
             * @property {string|null} [platform] MachineInfoResponse platform
             * @property {string|null} [streamId] MachineInfoResponse streamId
             * @property {number|null} [version] MachineInfoResponse version
             * @property {boolean|null} [iommuInitialized] MachineInfoResponse iommuInitialized
             * @property {boolean|null} [idmapInitialized] MachineInfoResponse idmapInitialized
             * @property {number|null} [poolBase] MachineInfoResponse poolBase
             * @property {number|null} [poolPages] MachineInfoResponse poolPages
             * @property {number|null} [poolFreePages] MachineInfoResponse poolFreePages
             * @property {pkvm.v1.IdmapConfig.$Properties|null} [idmap] MachineInfoResponse idmap
             * @property {Array.<pkvm.v1.SmmuInfo.$Properties>|null} [smmus] MachineInfoResponse smmus
             * @property {number|null} [touchedFrames] MachineInfoResponse touchedFrames
             * @property {Array.<string>|null} [warnings] MachineInfoResponse warnings
             * @property {number|null} [lastSnapshot] MachineInfoResponse lastSnapshot
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MachineInfoResponse.
             * @memberof pkvm.v1
             * @interface IMachineInfoResponse
             * @augments pkvm.v1.MachineInfoResponse.$Properties
             * @deprecated Use pkvm.v1.MachineInfoResponse.$Properties instead.
             */

            /**
             * Shape of a MachineInfoResponse.
             * @typedef {pkvm.v1.MachineInfoResponse.$Properties} pkvm.v1.MachineInfoResponse.$Shape
             */

            /**
             * Constructs a new MachineInfoResponse.
             * @memberof pkvm.v1
             * @classdesc Represents a MachineInfoResponse.
             * @constructor
             * @param {pkvm.v1.MachineInfoResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var MachineInfoResponse = function (p) {
                this.smmus = [];
                this.warnings = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MachineInfoResponse platform.
             * @member {string} platform
             * @memberof pkvm.v1.MachineInfoResponse
             * @instance
             */
            MachineInfoResponse.prototype.platform = "";

            /**
             * MachineInfoResponse streamId.
             * @member {string} streamId
             * @memberof pkvm.v1.MachineInfoResponse
             * @instance
             */
            MachineInfoResponse.prototype.streamId = "";

            /**
             * MachineInfoResponse version.
             * @member {number} version
             * @memberof pkvm.v1.MachineInfoResponse
             * @instance
             */
            MachineInfoResponse.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MachineInfoResponse iommuInitialized.
             * @member {boolean} iommuInitialized
             * @memberof pkvm.v1.MachineInfoResponse
             * @instance
             */
            MachineInfoResponse.prototype.iommuInitialized = false;

            /**
             * MachineInfoResponse idmapInitialized.
             * @member {boolean} idmapInitialized
             * @memberof pkvm.v1.MachineInfoResponse
             * @instance
             */
            MachineInfoResponse.prototype.idmapInitialized = false;

            /**
             * MachineInfoResponse poolBase.
             * @member {number} poolBase
             * @memberof pkvm.v1.MachineInfoResponse
             * @instance
             */
            MachineInfoResponse.prototype.poolBase = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MachineInfoResponse poolPages.
             * @member {number} poolPages
             * @memberof pkvm.v1.MachineInfoResponse
             * @instance
             */
            MachineInfoResponse.prototype.poolPages = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MachineInfoResponse poolFreePages.
             * @member {number} poolFreePages
             * @memberof pkvm.v1.MachineInfoResponse
             * @instance
             */
            MachineInfoResponse.prototype.poolFreePages = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MachineInfoResponse idmap.
             * @member {pkvm.v1.IdmapConfig.$Properties|null|undefined} idmap
             * @memberof pkvm.v1.MachineInfoResponse
             * @instance
             */
            MachineInfoResponse.prototype.idmap = null;

            /**
             * MachineInfoResponse smmus.
             * @member {Array.<pkvm.v1.SmmuInfo.$Properties>} smmus
             * @memberof pkvm.v1.MachineInfoResponse
             * @instance
             */
            MachineInfoResponse.prototype.smmus = $util.emptyArray;

            /**
             * MachineInfoResponse touchedFrames.
             * @member {number} touchedFrames
             * @memberof pkvm.v1.MachineInfoResponse
             * @instance
             */
            MachineInfoResponse.prototype.touchedFrames = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MachineInfoResponse warnings.
             * @member {Array.<string>} warnings
             * @memberof pkvm.v1.MachineInfoResponse
             * @instance
             */
            MachineInfoResponse.prototype.warnings = $util.emptyArray;

            /**
             * MachineInfoResponse lastSnapshot.
             * @member {number} lastSnapshot
             * @memberof pkvm.v1.MachineInfoResponse
             * @instance
             */
            MachineInfoResponse.prototype.lastSnapshot = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new MachineInfoResponse instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.MachineInfoResponse
             * @static
             * @param {pkvm.v1.MachineInfoResponse.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.MachineInfoResponse} MachineInfoResponse instance
             * @type {{
             *   (properties: pkvm.v1.MachineInfoResponse.$Shape): pkvm.v1.MachineInfoResponse & pkvm.v1.MachineInfoResponse.$Shape;
             *   (properties?: pkvm.v1.MachineInfoResponse.$Properties): pkvm.v1.MachineInfoResponse;
             * }}
             */
            MachineInfoResponse.create = function(properties) {
                return new MachineInfoResponse(properties);
            };

            /**
             * Encodes the specified MachineInfoResponse message. Does not implicitly {@link pkvm.v1.MachineInfoResponse.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.MachineInfoResponse
             * @static
             * @param {pkvm.v1.MachineInfoResponse.$Properties} m MachineInfoResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MachineInfoResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.platform != null && $Object.hasOwnProperty.call(m, "platform") && m.platform !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.platform);
                if (m.streamId != null && $Object.hasOwnProperty.call(m, "streamId") && m.streamId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.streamId);
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.version);
                if (m.iommuInitialized != null && $Object.hasOwnProperty.call(m, "iommuInitialized") && m.iommuInitialized !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.iommuInitialized);
                if (m.idmapInitialized != null && $Object.hasOwnProperty.call(m, "idmapInitialized") && m.idmapInitialized !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.idmapInitialized);
                if (m.poolBase != null && $Object.hasOwnProperty.call(m, "poolBase") && (typeof m.poolBase === "object" ? m.poolBase.low || m.poolBase.high : m.poolBase !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.poolBase);
                if (m.poolPages != null && $Object.hasOwnProperty.call(m, "poolPages") && (typeof m.poolPages === "object" ? m.poolPages.low || m.poolPages.high : m.poolPages !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).int64(m.poolPages);
                if (m.poolFreePages != null && $Object.hasOwnProperty.call(m, "poolFreePages") && (typeof m.poolFreePages === "object" ? m.poolFreePages.low || m.poolFreePages.high : m.poolFreePages !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).int64(m.poolFreePages);
                if (m.idmap != null && $Object.hasOwnProperty.call(m, "idmap"))
                    $root.pkvm.v1.IdmapConfig.encode(m.idmap, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (m.smmus != null && m.smmus.length) {
                    for (var i = 0; i < m.smmus.length; ++i)
                        $root.pkvm.v1.SmmuInfo.encode(m.smmus[i], w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                }
                if (m.touchedFrames != null && $Object.hasOwnProperty.call(m, "touchedFrames") && (typeof m.touchedFrames === "object" ? m.touchedFrames.low || m.touchedFrames.high : m.touchedFrames !== 0))
                    w.uint32(/* id 11, wireType 0 =*/88).int64(m.touchedFrames);
                if (m.warnings != null && m.warnings.length) {
                    for (var i = 0; i < m.warnings.length; ++i)
                        w.uint32(/* id 12, wireType 2 =*/98).string(m.warnings[i]);
                }
                if (m.lastSnapshot != null && $Object.hasOwnProperty.call(m, "lastSnapshot") && (typeof m.lastSnapshot === "object" ? m.lastSnapshot.low || m.lastSnapshot.high : m.lastSnapshot !== 0))
                    w.uint32(/* id 13, wireType 0 =*/104).int64(m.lastSnapshot);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified MachineInfoResponse message, length delimited. Does not implicitly {@link pkvm.v1.MachineInfoResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.MachineInfoResponse
             * @static
             * @param {pkvm.v1.MachineInfoResponse.$Properties} message MachineInfoResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MachineInfoResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MachineInfoResponse message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.MachineInfoResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.MachineInfoResponse & pkvm.v1.MachineInfoResponse.$Shape} MachineInfoResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MachineInfoResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.MachineInfoResponse();
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
                                m.platform = v;
                            else
                                delete m.platform;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.streamId = v;
                            else
                                delete m.streamId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.iommuInitialized = v;
                            else
                                delete m.iommuInitialized;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.idmapInitialized = v;
                            else
                                delete m.idmapInitialized;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.poolBase = v;
                            else
                                delete m.poolBase;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.poolPages = v;
                            else
                                delete m.poolPages;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.poolFreePages = v;
                            else
                                delete m.poolFreePages;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            m.idmap = $root.pkvm.v1.IdmapConfig.decode(r, r.size(), $undefined, q + 1, m.idmap);
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if (!(m.smmus && m.smmus.length))
                                m.smmus = [];
                            m.smmus.push($root.pkvm.v1.SmmuInfo.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.touchedFrames = v;
                            else
                                delete m.touchedFrames;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if (!(m.warnings && m.warnings.length))
                                m.warnings = [];
                            m.warnings.push(r.stringVerify());
                            continue;
                        }
                    case 13: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.lastSnapshot = v;
                            else
                                delete m.lastSnapshot;
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
             * Decodes a MachineInfoResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.MachineInfoResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.MachineInfoResponse & pkvm.v1.MachineInfoResponse.$Shape} MachineInfoResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MachineInfoResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MachineInfoResponse message.
             * @function verify
             * @memberof pkvm.v1.MachineInfoResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MachineInfoResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.platform != null && $Object.hasOwnProperty.call(m, "platform")) {
                    if (!$util.isString(m.platform))
                        return "platform: string expected";
                }
                if (m.streamId != null && $Object.hasOwnProperty.call(m, "streamId")) {
                    if (!$util.isString(m.streamId))
                        return "streamId: string expected";
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isInteger(m.version) && !(m.version && $util.isInteger(m.version.low) && $util.isInteger(m.version.high)))
                        return "version: integer|Long expected";
                }
                if (m.iommuInitialized != null && $Object.hasOwnProperty.call(m, "iommuInitialized")) {
                    if (typeof m.iommuInitialized !== "boolean")
                        return "iommuInitialized: boolean expected";
                }
                if (m.idmapInitialized != null && $Object.hasOwnProperty.call(m, "idmapInitialized")) {
                    if (typeof m.idmapInitialized !== "boolean")
                        return "idmapInitialized: boolean expected";
                }
                if (m.poolBase != null && $Object.hasOwnProperty.call(m, "poolBase")) {
                    if (!$util.isInteger(m.poolBase) && !(m.poolBase && $util.isInteger(m.poolBase.low) && $util.isInteger(m.poolBase.high)))
                        return "poolBase: integer|Long expected";
                }
                if (m.poolPages != null && $Object.hasOwnProperty.call(m, "poolPages")) {
                    if (!$util.isInteger(m.poolPages) && !(m.poolPages && $util.isInteger(m.poolPages.low) && $util.isInteger(m.poolPages.high)))
                        return "poolPages: integer|Long expected";
                }
                if (m.poolFreePages != null && $Object.hasOwnProperty.call(m, "poolFreePages")) {
                    if (!$util.isInteger(m.poolFreePages) && !(m.poolFreePages && $util.isInteger(m.poolFreePages.low) && $util.isInteger(m.poolFreePages.high)))
                        return "poolFreePages: integer|Long expected";
                }
                if (m.idmap != null && $Object.hasOwnProperty.call(m, "idmap")) {
                    {
                        var e = $root.pkvm.v1.IdmapConfig.verify(m.idmap, q + 1);
                        if (e)
                            return "idmap." + e;
                    }
                }
                if (m.smmus != null && $Object.hasOwnProperty.call(m, "smmus")) {
                    if (!$Array.isArray(m.smmus))
                        return "smmus: array expected";
                    for (var i = 0; i < m.smmus.length; ++i) {
                        {
                            var e = $root.pkvm.v1.SmmuInfo.verify(m.smmus[i], q + 1);
                            if (e)
                                return "smmus." + e;
                        }
                    }
                }
                if (m.touchedFrames != null && $Object.hasOwnProperty.call(m, "touchedFrames")) {
                    if (!$util.isInteger(m.touchedFrames) && !(m.touchedFrames && $util.isInteger(m.touchedFrames.low) && $util.isInteger(m.touchedFrames.high)))
                        return "touchedFrames: integer|Long expected";
                }
                if (m.warnings != null && $Object.hasOwnProperty.call(m, "warnings")) {
                    if (!$Array.isArray(m.warnings))
                        return "warnings: array expected";
                    for (var i = 0; i < m.warnings.length; ++i) {
                        if (!$util.isString(m.warnings[i]))
                            return "warnings: string[] expected";
                    }
                }
                if (m.lastSnapshot != null && $Object.hasOwnProperty.call(m, "lastSnapshot")) {
                    if (!$util.isInteger(m.lastSnapshot) && !(m.lastSnapshot && $util.isInteger(m.lastSnapshot.low) && $util.isInteger(m.lastSnapshot.high)))
                        return "lastSnapshot: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a MachineInfoResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.MachineInfoResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.MachineInfoResponse} MachineInfoResponse
             */
            MachineInfoResponse.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.MachineInfoResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.MachineInfoResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.MachineInfoResponse();
                if (d.platform != null) {
                    if (typeof d.platform !== "string" || d.platform.length) {
                        m.platform = $String(d.platform);
                    }
                }
                if (d.streamId != null) {
                    if (typeof d.streamId !== "string" || d.streamId.length) {
                        m.streamId = $String(d.streamId);
                    }
                }
                if (d.version != null) {
                    if (typeof d.version === "object" ? d.version.low || d.version.high : $Number(d.version) !== 0) {
                        if ($util.Long)
                            m.version = $util.Long.fromValue(d.version, false);
                        else if (typeof d.version === "string")
                            m.version = $parseInt(d.version, 10);
                        else if (typeof d.version === "number")
                            m.version = d.version;
                        else if (typeof d.version === "object")
                            m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber();
                    }
                }
                if (d.iommuInitialized != null) {
                    if (d.iommuInitialized) {
                        m.iommuInitialized = $Boolean(d.iommuInitialized);
                    }
                }
                if (d.idmapInitialized != null) {
                    if (d.idmapInitialized) {
                        m.idmapInitialized = $Boolean(d.idmapInitialized);
                    }
                }
                if (d.poolBase != null) {
                    if (typeof d.poolBase === "object" ? d.poolBase.low || d.poolBase.high : $Number(d.poolBase) !== 0) {
                        if ($util.Long)
                            m.poolBase = $util.Long.fromValue(d.poolBase, false);
                        else if (typeof d.poolBase === "string")
                            m.poolBase = $parseInt(d.poolBase, 10);
                        else if (typeof d.poolBase === "number")
                            m.poolBase = d.poolBase;
                        else if (typeof d.poolBase === "object")
                            m.poolBase = new $util.LongBits(d.poolBase.low >>> 0, d.poolBase.high >>> 0).toNumber();
                    }
                }
                if (d.poolPages != null) {
                    if (typeof d.poolPages === "object" ? d.poolPages.low || d.poolPages.high : $Number(d.poolPages) !== 0) {
                        if ($util.Long)
                            m.poolPages = $util.Long.fromValue(d.poolPages, false);
                        else if (typeof d.poolPages === "string")
                            m.poolPages = $parseInt(d.poolPages, 10);
                        else if (typeof d.poolPages === "number")
                            m.poolPages = d.poolPages;
                        else if (typeof d.poolPages === "object")
                            m.poolPages = new $util.LongBits(d.poolPages.low >>> 0, d.poolPages.high >>> 0).toNumber();
                    }
                }
                if (d.poolFreePages != null) {
                    if (typeof d.poolFreePages === "object" ? d.poolFreePages.low || d.poolFreePages.high : $Number(d.poolFreePages) !== 0) {
                        if ($util.Long)
                            m.poolFreePages = $util.Long.fromValue(d.poolFreePages, false);
                        else if (typeof d.poolFreePages === "string")
                            m.poolFreePages = $parseInt(d.poolFreePages, 10);
                        else if (typeof d.poolFreePages === "number")
                            m.poolFreePages = d.poolFreePages;
                        else if (typeof d.poolFreePages === "object")
                            m.poolFreePages = new $util.LongBits(d.poolFreePages.low >>> 0, d.poolFreePages.high >>> 0).toNumber();
                    }
                }
                if (d.idmap != null) {
                    if (!$util.isObject(d.idmap))
                        throw $TypeError(".pkvm.v1.MachineInfoResponse.idmap: object expected");
                    m.idmap = $root.pkvm.v1.IdmapConfig.fromObject(d.idmap, q + 1);
                }
                if (d.smmus) {
                    if (!$Array.isArray(d.smmus))
                        throw $TypeError(".pkvm.v1.MachineInfoResponse.smmus: array expected");
                    m.smmus = $Array(d.smmus.length);
                    for (var i = 0; i < d.smmus.length; ++i) {
                        if (!$util.isObject(d.smmus[i]))
                            throw $TypeError(".pkvm.v1.MachineInfoResponse.smmus: object expected");
                        m.smmus[i] = $root.pkvm.v1.SmmuInfo.fromObject(d.smmus[i], q + 1);
                    }
                }
                if (d.touchedFrames != null) {
                    if (typeof d.touchedFrames === "object" ? d.touchedFrames.low || d.touchedFrames.high : $Number(d.touchedFrames) !== 0) {
                        if ($util.Long)
                            m.touchedFrames = $util.Long.fromValue(d.touchedFrames, false);
                        else if (typeof d.touchedFrames === "string")
                            m.touchedFrames = $parseInt(d.touchedFrames, 10);
                        else if (typeof d.touchedFrames === "number")
                            m.touchedFrames = d.touchedFrames;
                        else if (typeof d.touchedFrames === "object")
                            m.touchedFrames = new $util.LongBits(d.touchedFrames.low >>> 0, d.touchedFrames.high >>> 0).toNumber();
                    }
                }
                if (d.warnings) {
                    if (!$Array.isArray(d.warnings))
                        throw $TypeError(".pkvm.v1.MachineInfoResponse.warnings: array expected");
                    m.warnings = $Array(d.warnings.length);
                    for (var i = 0; i < d.warnings.length; ++i) {
                        m.warnings[i] = $String(d.warnings[i]);
                    }
                }
                if (d.lastSnapshot != null) {
                    if (typeof d.lastSnapshot === "object" ? d.lastSnapshot.low || d.lastSnapshot.high : $Number(d.lastSnapshot) !== 0) {
                        if ($util.Long)
                            m.lastSnapshot = $util.Long.fromValue(d.lastSnapshot, false);
                        else if (typeof d.lastSnapshot === "string")
                            m.lastSnapshot = $parseInt(d.lastSnapshot, 10);
                        else if (typeof d.lastSnapshot === "number")
                            m.lastSnapshot = d.lastSnapshot;
                        else if (typeof d.lastSnapshot === "object")
                            m.lastSnapshot = new $util.LongBits(d.lastSnapshot.low >>> 0, d.lastSnapshot.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a MachineInfoResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.MachineInfoResponse
             * @static
             * @param {pkvm.v1.MachineInfoResponse} m MachineInfoResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MachineInfoResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.smmus = [];
                    d.warnings = [];
                }
                if (o.defaults) {
                    d.platform = "";
                    d.streamId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.iommuInitialized = false;
                    d.idmapInitialized = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.poolBase = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.poolBase = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.poolPages = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.poolPages = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.poolFreePages = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.poolFreePages = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.idmap = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.touchedFrames = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.touchedFrames = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.lastSnapshot = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lastSnapshot = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.platform != null && $Object.hasOwnProperty.call(m, "platform")) {
                    d.platform = m.platform;
                }
                if (m.streamId != null && $Object.hasOwnProperty.call(m, "streamId")) {
                    d.streamId = m.streamId;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, false).toBigInt();
                    else if (typeof m.version === "number")
                        d.version = o.longs === $String ? $String(m.version) : m.version;
                    else
                        d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber() : m.version;
                }
                if (m.iommuInitialized != null && $Object.hasOwnProperty.call(m, "iommuInitialized")) {
                    d.iommuInitialized = m.iommuInitialized;
                }
                if (m.idmapInitialized != null && $Object.hasOwnProperty.call(m, "idmapInitialized")) {
                    d.idmapInitialized = m.idmapInitialized;
                }
                if (m.poolBase != null && $Object.hasOwnProperty.call(m, "poolBase")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.poolBase = typeof m.poolBase === "number" ? $BigInt(m.poolBase) : $util.Long.fromBits(m.poolBase.low >>> 0, m.poolBase.high >>> 0, false).toBigInt();
                    else if (typeof m.poolBase === "number")
                        d.poolBase = o.longs === $String ? $String(m.poolBase) : m.poolBase;
                    else
                        d.poolBase = o.longs === $String ? $util.Long.prototype.toString.call(m.poolBase) : o.longs === $Number ? new $util.LongBits(m.poolBase.low >>> 0, m.poolBase.high >>> 0).toNumber() : m.poolBase;
                }
                if (m.poolPages != null && $Object.hasOwnProperty.call(m, "poolPages")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.poolPages = typeof m.poolPages === "number" ? $BigInt(m.poolPages) : $util.Long.fromBits(m.poolPages.low >>> 0, m.poolPages.high >>> 0, false).toBigInt();
                    else if (typeof m.poolPages === "number")
                        d.poolPages = o.longs === $String ? $String(m.poolPages) : m.poolPages;
                    else
                        d.poolPages = o.longs === $String ? $util.Long.prototype.toString.call(m.poolPages) : o.longs === $Number ? new $util.LongBits(m.poolPages.low >>> 0, m.poolPages.high >>> 0).toNumber() : m.poolPages;
                }
                if (m.poolFreePages != null && $Object.hasOwnProperty.call(m, "poolFreePages")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.poolFreePages = typeof m.poolFreePages === "number" ? $BigInt(m.poolFreePages) : $util.Long.fromBits(m.poolFreePages.low >>> 0, m.poolFreePages.high >>> 0, false).toBigInt();
                    else if (typeof m.poolFreePages === "number")
                        d.poolFreePages = o.longs === $String ? $String(m.poolFreePages) : m.poolFreePages;
                    else
                        d.poolFreePages = o.longs === $String ? $util.Long.prototype.toString.call(m.poolFreePages) : o.longs === $Number ? new $util.LongBits(m.poolFreePages.low >>> 0, m.poolFreePages.high >>> 0).toNumber() : m.poolFreePages;
                }
                if (m.idmap != null && $Object.hasOwnProperty.call(m, "idmap")) {
                    d.idmap = $root.pkvm.v1.IdmapConfig.toObject(m.idmap, o, q + 1);
                }
                if (m.smmus && m.smmus.length) {
                    d.smmus = $Array(m.smmus.length);
                    for (var j = 0; j < m.smmus.length; ++j) {
                        d.smmus[j] = $root.pkvm.v1.SmmuInfo.toObject(m.smmus[j], o, q + 1);
                    }
                }
                if (m.touchedFrames != null && $Object.hasOwnProperty.call(m, "touchedFrames")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.touchedFrames = typeof m.touchedFrames === "number" ? $BigInt(m.touchedFrames) : $util.Long.fromBits(m.touchedFrames.low >>> 0, m.touchedFrames.high >>> 0, false).toBigInt();
                    else if (typeof m.touchedFrames === "number")
                        d.touchedFrames = o.longs === $String ? $String(m.touchedFrames) : m.touchedFrames;
                    else
                        d.touchedFrames = o.longs === $String ? $util.Long.prototype.toString.call(m.touchedFrames) : o.longs === $Number ? new $util.LongBits(m.touchedFrames.low >>> 0, m.touchedFrames.high >>> 0).toNumber() : m.touchedFrames;
                }
                if (m.warnings && m.warnings.length) {
                    d.warnings = $Array(m.warnings.length);
                    for (var j = 0; j < m.warnings.length; ++j) {
                        d.warnings[j] = m.warnings[j];
                    }
                }
                if (m.lastSnapshot != null && $Object.hasOwnProperty.call(m, "lastSnapshot")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lastSnapshot = typeof m.lastSnapshot === "number" ? $BigInt(m.lastSnapshot) : $util.Long.fromBits(m.lastSnapshot.low >>> 0, m.lastSnapshot.high >>> 0, false).toBigInt();
                    else if (typeof m.lastSnapshot === "number")
                        d.lastSnapshot = o.longs === $String ? $String(m.lastSnapshot) : m.lastSnapshot;
                    else
                        d.lastSnapshot = o.longs === $String ? $util.Long.prototype.toString.call(m.lastSnapshot) : o.longs === $Number ? new $util.LongBits(m.lastSnapshot.low >>> 0, m.lastSnapshot.high >>> 0).toNumber() : m.lastSnapshot;
                }
                return d;
            };

            /**
             * Converts this MachineInfoResponse to JSON.
             * @function toJSON
             * @memberof pkvm.v1.MachineInfoResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MachineInfoResponse.prototype.toJSON = function() {
                return MachineInfoResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MachineInfoResponse
             * @function getTypeUrl
             * @memberof pkvm.v1.MachineInfoResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MachineInfoResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.MachineInfoResponse";
            };

            return MachineInfoResponse;
        })();

        v1.MachineSnapshotChunk = (function() {

            /**
             * Properties of a MachineSnapshotChunk.
             * @typedef {Object} pkvm.v1.MachineSnapshotChunk.$Properties
             * @property {number|null} [version] MachineSnapshotChunk version
             * @property {string|null} [hash] MachineSnapshotChunk hash
             * @property {number|null} [index] MachineSnapshotChunk index
             * @property {number|null} [total] MachineSnapshotChunk total
             * @property {Uint8Array|null} [data] MachineSnapshotChunk data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MachineSnapshotChunk.
             * @memberof pkvm.v1
             * @interface IMachineSnapshotChunk
             * @augments pkvm.v1.MachineSnapshotChunk.$Properties
             * @deprecated Use pkvm.v1.MachineSnapshotChunk.$Properties instead.
             */

            /**
             * Shape of a MachineSnapshotChunk.
             * @typedef {pkvm.v1.MachineSnapshotChunk.$Properties} pkvm.v1.MachineSnapshotChunk.$Shape
             */

            /**
             * Constructs a new MachineSnapshotChunk.
             * @memberof pkvm.v1
             * @classdesc Represents a MachineSnapshotChunk.
             * @constructor
             * @param {pkvm.v1.MachineSnapshotChunk.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var MachineSnapshotChunk = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MachineSnapshotChunk version.
             * @member {number} version
             * @memberof pkvm.v1.MachineSnapshotChunk
             * @instance
             */
            MachineSnapshotChunk.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MachineSnapshotChunk hash.
             * @member {string} hash
             * @memberof pkvm.v1.MachineSnapshotChunk
             * @instance
             */
            MachineSnapshotChunk.prototype.hash = "";

            /**
             * MachineSnapshotChunk index.
             * @member {number} index
             * @memberof pkvm.v1.MachineSnapshotChunk
             * @instance
             */
            MachineSnapshotChunk.prototype.index = 0;

            /**
             * MachineSnapshotChunk total.
             * @member {number} total
             * @memberof pkvm.v1.MachineSnapshotChunk
             * @instance
             */
            MachineSnapshotChunk.prototype.total = 0;

            /**
             * MachineSnapshotChunk data.
             * @member {Uint8Array} data
             * @memberof pkvm.v1.MachineSnapshotChunk
             * @instance
             */
            MachineSnapshotChunk.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new MachineSnapshotChunk instance using the specified properties.
             * @function create
             * @memberof pkvm.v1.MachineSnapshotChunk
             * @static
             * @param {pkvm.v1.MachineSnapshotChunk.$Properties=} [properties] Properties to set
             * @returns {pkvm.v1.MachineSnapshotChunk} MachineSnapshotChunk instance
             * @type {{
             *   (properties: pkvm.v1.MachineSnapshotChunk.$Shape): pkvm.v1.MachineSnapshotChunk & pkvm.v1.MachineSnapshotChunk.$Shape;
             *   (properties?: pkvm.v1.MachineSnapshotChunk.$Properties): pkvm.v1.MachineSnapshotChunk;
             * }}
             */
            MachineSnapshotChunk.create = function(properties) {
                return new MachineSnapshotChunk(properties);
            };

            /**
             * Encodes the specified MachineSnapshotChunk message. Does not implicitly {@link pkvm.v1.MachineSnapshotChunk.verify|verify} messages.
             * @function encode
             * @memberof pkvm.v1.MachineSnapshotChunk
             * @static
             * @param {pkvm.v1.MachineSnapshotChunk.$Properties} m MachineSnapshotChunk message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MachineSnapshotChunk.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.version);
                if (m.hash != null && $Object.hasOwnProperty.call(m, "hash") && m.hash !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.hash);
                if (m.index != null && $Object.hasOwnProperty.call(m, "index") && m.index !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.index);
                if (m.total != null && $Object.hasOwnProperty.call(m, "total") && m.total !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.total);
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 5, wireType 2 =*/42).bytes(m.data);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified MachineSnapshotChunk message, length delimited. Does not implicitly {@link pkvm.v1.MachineSnapshotChunk.verify|verify} messages.
             * @function encodeDelimited
             * @memberof pkvm.v1.MachineSnapshotChunk
             * @static
             * @param {pkvm.v1.MachineSnapshotChunk.$Properties} message MachineSnapshotChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MachineSnapshotChunk.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MachineSnapshotChunk message from the specified reader or buffer.
             * @function decode
             * @memberof pkvm.v1.MachineSnapshotChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {pkvm.v1.MachineSnapshotChunk & pkvm.v1.MachineSnapshotChunk.$Shape} MachineSnapshotChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MachineSnapshotChunk.decode = function (r, l, z, q, g) {
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
                m = g || new $root.pkvm.v1.MachineSnapshotChunk();
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
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.hash = v;
                            else
                                delete m.hash;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.index = v;
                            else
                                delete m.index;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.total = v;
                            else
                                delete m.total;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.data = v;
                            else
                                delete m.data;
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
             * Decodes a MachineSnapshotChunk message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof pkvm.v1.MachineSnapshotChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {pkvm.v1.MachineSnapshotChunk & pkvm.v1.MachineSnapshotChunk.$Shape} MachineSnapshotChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MachineSnapshotChunk.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MachineSnapshotChunk message.
             * @function verify
             * @memberof pkvm.v1.MachineSnapshotChunk
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MachineSnapshotChunk.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isInteger(m.version) && !(m.version && $util.isInteger(m.version.low) && $util.isInteger(m.version.high)))
                        return "version: integer|Long expected";
                }
                if (m.hash != null && $Object.hasOwnProperty.call(m, "hash")) {
                    if (!$util.isString(m.hash))
                        return "hash: string expected";
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (!$util.isInteger(m.index))
                        return "index: integer expected";
                }
                if (m.total != null && $Object.hasOwnProperty.call(m, "total")) {
                    if (!$util.isInteger(m.total))
                        return "total: integer expected";
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                        return "data: buffer expected";
                }
                return null;
            };

            /**
             * Creates a MachineSnapshotChunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof pkvm.v1.MachineSnapshotChunk
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {pkvm.v1.MachineSnapshotChunk} MachineSnapshotChunk
             */
            MachineSnapshotChunk.fromObject = function (d, q) {
                if (d instanceof $root.pkvm.v1.MachineSnapshotChunk)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".pkvm.v1.MachineSnapshotChunk: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.pkvm.v1.MachineSnapshotChunk();
                if (d.version != null) {
                    if (typeof d.version === "object" ? d.version.low || d.version.high : $Number(d.version) !== 0) {
                        if ($util.Long)
                            m.version = $util.Long.fromValue(d.version, false);
                        else if (typeof d.version === "string")
                            m.version = $parseInt(d.version, 10);
                        else if (typeof d.version === "number")
                            m.version = d.version;
                        else if (typeof d.version === "object")
                            m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber();
                    }
                }
                if (d.hash != null) {
                    if (typeof d.hash !== "string" || d.hash.length) {
                        m.hash = $String(d.hash);
                    }
                }
                if (d.index != null) {
                    if ($Number(d.index) !== 0) {
                        m.index = d.index >>> 0;
                    }
                }
                if (d.total != null) {
                    if ($Number(d.total) !== 0) {
                        m.total = d.total >>> 0;
                    }
                }
                if (d.data != null) {
                    if (d.data.length) {
                        if (typeof d.data === "string")
                            $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                        else if (d.data.length >= 0)
                            m.data = d.data;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a MachineSnapshotChunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof pkvm.v1.MachineSnapshotChunk
             * @static
             * @param {pkvm.v1.MachineSnapshotChunk} m MachineSnapshotChunk
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MachineSnapshotChunk.toObject = function (m, o, q) {
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
                        d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.hash = "";
                    d.index = 0;
                    d.total = 0;
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, false).toBigInt();
                    else if (typeof m.version === "number")
                        d.version = o.longs === $String ? $String(m.version) : m.version;
                    else
                        d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber() : m.version;
                }
                if (m.hash != null && $Object.hasOwnProperty.call(m, "hash")) {
                    d.hash = m.hash;
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    d.index = m.index;
                }
                if (m.total != null && $Object.hasOwnProperty.call(m, "total")) {
                    d.total = m.total;
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                return d;
            };

            /**
             * Converts this MachineSnapshotChunk to JSON.
             * @function toJSON
             * @memberof pkvm.v1.MachineSnapshotChunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MachineSnapshotChunk.prototype.toJSON = function() {
                return MachineSnapshotChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MachineSnapshotChunk
             * @function getTypeUrl
             * @memberof pkvm.v1.MachineSnapshotChunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MachineSnapshotChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/pkvm.v1.MachineSnapshotChunk";
            };

            return MachineSnapshotChunk;
        })();

        return v1;
    })();

    return pkvm;
})();

module.exports = $root;
