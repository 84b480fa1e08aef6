import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace pkvm {

    namespace v1 {

        class BootCoordinatorService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): BootCoordinatorService;
            ping: pkvm.v1.BootCoordinatorService.Ping;
            health: pkvm.v1.BootCoordinatorService.Health;
        }

        namespace BootCoordinatorService {
            type PingCallback = (error: (Error|null), response?: pkvm.v1.PingResponse) => void;
            type Ping = {
              (request: pkvm.v1.IPingRequest, callback: pkvm.v1.BootCoordinatorService.PingCallback): void;
              (request: pkvm.v1.IPingRequest): Promise<pkvm.v1.PingResponse>;
              readonly name: "Ping";
              readonly path: "/pkvm.v1.BootCoordinatorService/Ping";
              readonly requestType: "PingRequest";
              readonly responseType: "PingResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type HealthCallback = (error: (Error|null), response?: pkvm.v1.HealthResponse) => void;
            type Health = {
              (request: pkvm.v1.IHealthRequest, callback: pkvm.v1.BootCoordinatorService.HealthCallback): void;
              (request: pkvm.v1.IHealthRequest): Promise<pkvm.v1.HealthResponse>;
              readonly name: "Health";
              readonly path: "/pkvm.v1.BootCoordinatorService/Health";
              readonly requestType: "HealthRequest";
              readonly responseType: "HealthResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface IPingRequest extends pkvm.v1.PingRequest.$Properties {
        }

        class PingRequest {
            constructor(p?: pkvm.v1.PingRequest.$Properties);
            $unknowns?: Uint8Array[];
            nonce: string;
            static create(properties: pkvm.v1.PingRequest.$Shape): pkvm.v1.PingRequest & pkvm.v1.PingRequest.$Shape;
            static create(properties?: pkvm.v1.PingRequest.$Properties): pkvm.v1.PingRequest;
            static encode(m: pkvm.v1.PingRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.PingRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.PingRequest & pkvm.v1.PingRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.PingRequest & pkvm.v1.PingRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.PingRequest;
            static toObject(m: pkvm.v1.PingRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PingRequest {
            interface $Properties {
                nonce?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.PingRequest.$Properties;
        }

        interface IPingResponse extends pkvm.v1.PingResponse.$Properties {
        }

        class PingResponse {
            constructor(p?: pkvm.v1.PingResponse.$Properties);
            $unknowns?: Uint8Array[];
            nonce: string;
            service: string;
            instanceId: string;
            timeMs: number;
            static create(properties: pkvm.v1.PingResponse.$Shape): pkvm.v1.PingResponse & pkvm.v1.PingResponse.$Shape;
            static create(properties?: pkvm.v1.PingResponse.$Properties): pkvm.v1.PingResponse;
            static encode(m: pkvm.v1.PingResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.PingResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.PingResponse & pkvm.v1.PingResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.PingResponse & pkvm.v1.PingResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.PingResponse;
            static toObject(m: pkvm.v1.PingResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PingResponse {
            interface $Properties {
                nonce?: (string|null);
                service?: (string|null);
                instanceId?: (string|null);
                timeMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.PingResponse.$Properties;
        }

        interface IHealthRequest extends pkvm.v1.HealthRequest.$Properties {
        }

        class HealthRequest {
            constructor(p?: pkvm.v1.HealthRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: pkvm.v1.HealthRequest.$Shape): pkvm.v1.HealthRequest & pkvm.v1.HealthRequest.$Shape;
            static create(properties?: pkvm.v1.HealthRequest.$Properties): pkvm.v1.HealthRequest;
            static encode(m: pkvm.v1.HealthRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HealthRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HealthRequest & pkvm.v1.HealthRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HealthRequest & pkvm.v1.HealthRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HealthRequest;
            static toObject(m: pkvm.v1.HealthRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HealthRequest.$Properties;
        }

        interface IHealthResponse extends pkvm.v1.HealthResponse.$Properties {
        }

        class HealthResponse {
            constructor(p?: pkvm.v1.HealthResponse.$Properties);
            $unknowns?: Uint8Array[];
            service: string;
            instanceId: string;
            live: boolean;
            ready: boolean;
            natsConnected: boolean;
            storeWritable: boolean;
            leaseHeld: boolean;
            storePosition: number;
            detail: string;
            static create(properties: pkvm.v1.HealthResponse.$Shape): pkvm.v1.HealthResponse & pkvm.v1.HealthResponse.$Shape;
            static create(properties?: pkvm.v1.HealthResponse.$Properties): pkvm.v1.HealthResponse;
            static encode(m: pkvm.v1.HealthResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HealthResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HealthResponse & pkvm.v1.HealthResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HealthResponse & pkvm.v1.HealthResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HealthResponse;
            static toObject(m: pkvm.v1.HealthResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthResponse {
            interface $Properties {
                service?: (string|null);
                instanceId?: (string|null);
                live?: (boolean|null);
                ready?: (boolean|null);
                natsConnected?: (boolean|null);
                storeWritable?: (boolean|null);
                leaseHeld?: (boolean|null);
                storePosition?: (number|null);
                detail?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HealthResponse.$Properties;
        }

        interface IReply extends pkvm.v1.Reply.$Properties {
        }

        class Reply {
            constructor(p?: pkvm.v1.Reply.$Properties);
            $unknowns?: Uint8Array[];
            result?: (Uint8Array|null);
            error?: (pkvm.v1.Error.$Properties|null);
            outcome?: ("result"|"error");
            static create(properties: pkvm.v1.Reply.$Shape): pkvm.v1.Reply & pkvm.v1.Reply.$Shape;
            static create(properties?: pkvm.v1.Reply.$Properties): pkvm.v1.Reply;
            static encode(m: pkvm.v1.Reply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.Reply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.Reply & pkvm.v1.Reply.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.Reply & pkvm.v1.Reply.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.Reply;
            static toObject(m: pkvm.v1.Reply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Reply {
            interface $Properties {
                result?: (Uint8Array|null);
                error?: (pkvm.v1.Error.$Properties|null);
                outcome?: ("result"|"error");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              result?: Uint8Array|null;
              error?: pkvm.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ outcome?: undefined; result?: null; error?: null }|{ outcome?: "result"; result: Uint8Array; error?: null }|{ outcome?: "error"; result?: null; error: pkvm.v1.Error.$Shape })
            );
        }

        interface IError extends pkvm.v1.Error.$Properties {
        }

        class Error {
            constructor(p?: pkvm.v1.Error.$Properties);
            $unknowns?: Uint8Array[];
            errno: number;
            errnoName: string;
            message: string;
            smcccX0: number;
            smcccX1: number;
            static create(properties: pkvm.v1.Error.$Shape): pkvm.v1.Error & pkvm.v1.Error.$Shape;
            static create(properties?: pkvm.v1.Error.$Properties): pkvm.v1.Error;
            static encode(m: pkvm.v1.Error.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.Error & pkvm.v1.Error.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.Error & pkvm.v1.Error.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.Error;
            static toObject(m: pkvm.v1.Error, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {
            interface $Properties {
                errno?: (number|null);
                errnoName?: (string|null);
                message?: (string|null);
                smcccX0?: (number|null);
                smcccX1?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.Error.$Properties;
        }

        class HostKernelService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): HostKernelService;
            ping: pkvm.v1.HostKernelService.Ping;
            health: pkvm.v1.HostKernelService.Health;
        }

        namespace HostKernelService {
            type PingCallback = (error: (Error|null), response?: pkvm.v1.PingResponse) => void;
            type Ping = {
              (request: pkvm.v1.IPingRequest, callback: pkvm.v1.HostKernelService.PingCallback): void;
              (request: pkvm.v1.IPingRequest): Promise<pkvm.v1.PingResponse>;
              readonly name: "Ping";
              readonly path: "/pkvm.v1.HostKernelService/Ping";
              readonly requestType: "PingRequest";
              readonly responseType: "PingResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type HealthCallback = (error: (Error|null), response?: pkvm.v1.HealthResponse) => void;
            type Health = {
              (request: pkvm.v1.IHealthRequest, callback: pkvm.v1.HostKernelService.HealthCallback): void;
              (request: pkvm.v1.IHealthRequest): Promise<pkvm.v1.HealthResponse>;
              readonly name: "Health";
              readonly path: "/pkvm.v1.HostKernelService/Health";
              readonly requestType: "HealthRequest";
              readonly responseType: "HealthResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface IHvcRequest extends pkvm.v1.HvcRequest.$Properties {
        }

        class HvcRequest {
            constructor(p?: pkvm.v1.HvcRequest.$Properties);
            $unknowns?: Uint8Array[];
            x0: number;
            args: number[];
            static create(properties: pkvm.v1.HvcRequest.$Shape): pkvm.v1.HvcRequest & pkvm.v1.HvcRequest.$Shape;
            static create(properties?: pkvm.v1.HvcRequest.$Properties): pkvm.v1.HvcRequest;
            static encode(m: pkvm.v1.HvcRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HvcRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HvcRequest & pkvm.v1.HvcRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HvcRequest & pkvm.v1.HvcRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HvcRequest;
            static toObject(m: pkvm.v1.HvcRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HvcRequest {
            interface $Properties {
                x0?: (number|null);
                args?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HvcRequest.$Properties;
        }

        interface IHvcResponse extends pkvm.v1.HvcResponse.$Properties {
        }

        class HvcResponse {
            constructor(p?: pkvm.v1.HvcResponse.$Properties);
            $unknowns?: Uint8Array[];
            x0: number;
            x1: number;
            x2: number;
            x3: number;
            static create(properties: pkvm.v1.HvcResponse.$Shape): pkvm.v1.HvcResponse & pkvm.v1.HvcResponse.$Shape;
            static create(properties?: pkvm.v1.HvcResponse.$Properties): pkvm.v1.HvcResponse;
            static encode(m: pkvm.v1.HvcResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HvcResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HvcResponse & pkvm.v1.HvcResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HvcResponse & pkvm.v1.HvcResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HvcResponse;
            static toObject(m: pkvm.v1.HvcResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HvcResponse {
            interface $Properties {
                x0?: (number|null);
                x1?: (number|null);
                x2?: (number|null);
                x3?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HvcResponse.$Properties;
        }

        class HypervisorService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): HypervisorService;
            ping: pkvm.v1.HypervisorService.Ping;
            health: pkvm.v1.HypervisorService.Health;
        }

        namespace HypervisorService {
            type PingCallback = (error: (Error|null), response?: pkvm.v1.PingResponse) => void;
            type Ping = {
              (request: pkvm.v1.IPingRequest, callback: pkvm.v1.HypervisorService.PingCallback): void;
              (request: pkvm.v1.IPingRequest): Promise<pkvm.v1.PingResponse>;
              readonly name: "Ping";
              readonly path: "/pkvm.v1.HypervisorService/Ping";
              readonly requestType: "PingRequest";
              readonly responseType: "PingResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type HealthCallback = (error: (Error|null), response?: pkvm.v1.HealthResponse) => void;
            type Health = {
              (request: pkvm.v1.IHealthRequest, callback: pkvm.v1.HypervisorService.HealthCallback): void;
              (request: pkvm.v1.IHealthRequest): Promise<pkvm.v1.HealthResponse>;
              readonly name: "Health";
              readonly path: "/pkvm.v1.HypervisorService/Health";
              readonly requestType: "HealthRequest";
              readonly responseType: "HealthResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        class HypService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): HypService;
            hvc: pkvm.v1.HypService.Hvc;
        }

        namespace HypService {
            type HvcCallback = (error: (Error|null), response?: pkvm.v1.HvcResponse) => void;
            type Hvc = {
              (request: pkvm.v1.IHvcRequest, callback: pkvm.v1.HypService.HvcCallback): void;
              (request: pkvm.v1.IHvcRequest): Promise<pkvm.v1.HvcResponse>;
              readonly name: "Hvc";
              readonly path: "/pkvm.v1.HypService/Hvc";
              readonly requestType: "HvcRequest";
              readonly responseType: "HvcResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        class IommuService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): IommuService;
            ping: pkvm.v1.IommuService.Ping;
            health: pkvm.v1.IommuService.Health;
        }

        namespace IommuService {
            type PingCallback = (error: (Error|null), response?: pkvm.v1.PingResponse) => void;
            type Ping = {
              (request: pkvm.v1.IPingRequest, callback: pkvm.v1.IommuService.PingCallback): void;
              (request: pkvm.v1.IPingRequest): Promise<pkvm.v1.PingResponse>;
              readonly name: "Ping";
              readonly path: "/pkvm.v1.IommuService/Ping";
              readonly requestType: "PingRequest";
              readonly responseType: "PingResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type HealthCallback = (error: (Error|null), response?: pkvm.v1.HealthResponse) => void;
            type Health = {
              (request: pkvm.v1.IHealthRequest, callback: pkvm.v1.IommuService.HealthCallback): void;
              (request: pkvm.v1.IHealthRequest): Promise<pkvm.v1.HealthResponse>;
              readonly name: "Health";
              readonly path: "/pkvm.v1.IommuService/Health";
              readonly requestType: "HealthRequest";
              readonly responseType: "HealthResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }
    }
}
