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

        class BootSagaService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): BootSagaService;
            startBoot: pkvm.v1.BootSagaService.StartBoot;
            getBoot: pkvm.v1.BootSagaService.GetBoot;
            listBoots: pkvm.v1.BootSagaService.ListBoots;
            exportBoot: pkvm.v1.BootSagaService.ExportBoot;
            importBoot: pkvm.v1.BootSagaService.ImportBoot;
        }

        namespace BootSagaService {
            type StartBootCallback = (error: (Error|null), response?: pkvm.v1.StartBootResponse) => void;
            type StartBoot = {
              (request: pkvm.v1.IStartBootRequest, callback: pkvm.v1.BootSagaService.StartBootCallback): void;
              (request: pkvm.v1.IStartBootRequest): Promise<pkvm.v1.StartBootResponse>;
              readonly name: "StartBoot";
              readonly path: "/pkvm.v1.BootSagaService/StartBoot";
              readonly requestType: "StartBootRequest";
              readonly responseType: "StartBootResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetBootCallback = (error: (Error|null), response?: pkvm.v1.GetBootResponse) => void;
            type GetBoot = {
              (request: pkvm.v1.IGetBootRequest, callback: pkvm.v1.BootSagaService.GetBootCallback): void;
              (request: pkvm.v1.IGetBootRequest): Promise<pkvm.v1.GetBootResponse>;
              readonly name: "GetBoot";
              readonly path: "/pkvm.v1.BootSagaService/GetBoot";
              readonly requestType: "GetBootRequest";
              readonly responseType: "GetBootResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ListBootsCallback = (error: (Error|null), response?: pkvm.v1.ListBootsResponse) => void;
            type ListBoots = {
              (request: pkvm.v1.IListBootsRequest, callback: pkvm.v1.BootSagaService.ListBootsCallback): void;
              (request: pkvm.v1.IListBootsRequest): Promise<pkvm.v1.ListBootsResponse>;
              readonly name: "ListBoots";
              readonly path: "/pkvm.v1.BootSagaService/ListBoots";
              readonly requestType: "ListBootsRequest";
              readonly responseType: "ListBootsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ExportBootCallback = (error: (Error|null), response?: pkvm.v1.ExportBootResponse) => void;
            type ExportBoot = {
              (request: pkvm.v1.IExportBootRequest, callback: pkvm.v1.BootSagaService.ExportBootCallback): void;
              (request: pkvm.v1.IExportBootRequest): Promise<pkvm.v1.ExportBootResponse>;
              readonly name: "ExportBoot";
              readonly path: "/pkvm.v1.BootSagaService/ExportBoot";
              readonly requestType: "ExportBootRequest";
              readonly responseType: "ExportBootResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ImportBootCallback = (error: (Error|null), response?: pkvm.v1.ImportBootResponse) => void;
            type ImportBoot = {
              (request: pkvm.v1.IImportBootRequest, callback: pkvm.v1.BootSagaService.ImportBootCallback): void;
              (request: pkvm.v1.IImportBootRequest): Promise<pkvm.v1.ImportBootResponse>;
              readonly name: "ImportBoot";
              readonly path: "/pkvm.v1.BootSagaService/ImportBoot";
              readonly requestType: "ImportBootRequest";
              readonly responseType: "ImportBootResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface IFailFault extends pkvm.v1.FailFault.$Properties {
        }

        class FailFault {
            constructor(p?: pkvm.v1.FailFault.$Properties);
            $unknowns?: Uint8Array[];
            step?: (string|null);
            subStep?: (string|null);
            errno: number;
            target?: ("step"|"subStep");
            static create(properties: pkvm.v1.FailFault.$Shape): pkvm.v1.FailFault & pkvm.v1.FailFault.$Shape;
            static create(properties?: pkvm.v1.FailFault.$Properties): pkvm.v1.FailFault;
            static encode(m: pkvm.v1.FailFault.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.FailFault.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.FailFault & pkvm.v1.FailFault.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.FailFault & pkvm.v1.FailFault.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.FailFault;
            static toObject(m: pkvm.v1.FailFault, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FailFault {
            interface $Properties {
                step?: (string|null);
                subStep?: (string|null);
                errno?: (number|null);
                target?: ("step"|"subStep");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              step?: string|null;
              subStep?: string|null;
              errno?: number|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ target?: undefined; step?: null; subStep?: null }|{ target?: "step"; step: string; subStep?: null }|{ target?: "subStep"; step?: null; subStep: string })
            );
        }

        interface ICrashFault extends pkvm.v1.CrashFault.$Properties {
        }

        class CrashFault {
            constructor(p?: pkvm.v1.CrashFault.$Properties);
            $unknowns?: Uint8Array[];
            service: string;
            atStep: string;
            subStep: string;
            static create(properties: pkvm.v1.CrashFault.$Shape): pkvm.v1.CrashFault & pkvm.v1.CrashFault.$Shape;
            static create(properties?: pkvm.v1.CrashFault.$Properties): pkvm.v1.CrashFault;
            static encode(m: pkvm.v1.CrashFault.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.CrashFault.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.CrashFault & pkvm.v1.CrashFault.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.CrashFault & pkvm.v1.CrashFault.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.CrashFault;
            static toObject(m: pkvm.v1.CrashFault, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CrashFault {
            interface $Properties {
                service?: (string|null);
                atStep?: (string|null);
                subStep?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.CrashFault.$Properties;
        }

        interface IBootFaults extends pkvm.v1.BootFaults.$Properties {
        }

        class BootFaults {
            constructor(p?: pkvm.v1.BootFaults.$Properties);
            $unknowns?: Uint8Array[];
            fail?: (pkvm.v1.FailFault.$Properties|null);
            crash?: (pkvm.v1.CrashFault.$Properties|null);
            static create(properties: pkvm.v1.BootFaults.$Shape): pkvm.v1.BootFaults & pkvm.v1.BootFaults.$Shape;
            static create(properties?: pkvm.v1.BootFaults.$Properties): pkvm.v1.BootFaults;
            static encode(m: pkvm.v1.BootFaults.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.BootFaults.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.BootFaults & pkvm.v1.BootFaults.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.BootFaults & pkvm.v1.BootFaults.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.BootFaults;
            static toObject(m: pkvm.v1.BootFaults, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace BootFaults {
            interface $Properties {
                fail?: (pkvm.v1.FailFault.$Properties|null);
                crash?: (pkvm.v1.CrashFault.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              fail?: pkvm.v1.FailFault.$Shape|null;
              crash?: pkvm.v1.CrashFault.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IStartBootRequest extends pkvm.v1.StartBootRequest.$Properties {
        }

        class StartBootRequest {
            constructor(p?: pkvm.v1.StartBootRequest.$Properties);
            $unknowns?: Uint8Array[];
            platform: string;
            faults?: (pkvm.v1.BootFaults.$Properties|null);
            bootId: string;
            static create(properties: pkvm.v1.StartBootRequest.$Shape): pkvm.v1.StartBootRequest & pkvm.v1.StartBootRequest.$Shape;
            static create(properties?: pkvm.v1.StartBootRequest.$Properties): pkvm.v1.StartBootRequest;
            static encode(m: pkvm.v1.StartBootRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.StartBootRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.StartBootRequest & pkvm.v1.StartBootRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.StartBootRequest & pkvm.v1.StartBootRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.StartBootRequest;
            static toObject(m: pkvm.v1.StartBootRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartBootRequest {
            interface $Properties {
                platform?: (string|null);
                faults?: (pkvm.v1.BootFaults.$Properties|null);
                bootId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              platform?: string|null;
              faults?: pkvm.v1.BootFaults.$Shape|null;
              bootId?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IStartBootResponse extends pkvm.v1.StartBootResponse.$Properties {
        }

        class StartBootResponse {
            constructor(p?: pkvm.v1.StartBootResponse.$Properties);
            $unknowns?: Uint8Array[];
            bootId: string;
            executor: string;
            static create(properties: pkvm.v1.StartBootResponse.$Shape): pkvm.v1.StartBootResponse & pkvm.v1.StartBootResponse.$Shape;
            static create(properties?: pkvm.v1.StartBootResponse.$Properties): pkvm.v1.StartBootResponse;
            static encode(m: pkvm.v1.StartBootResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.StartBootResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.StartBootResponse & pkvm.v1.StartBootResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.StartBootResponse & pkvm.v1.StartBootResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.StartBootResponse;
            static toObject(m: pkvm.v1.StartBootResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartBootResponse {
            interface $Properties {
                bootId?: (string|null);
                executor?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.StartBootResponse.$Properties;
        }

        enum BootStatus {
            BOOT_STATUS_UNSPECIFIED = 0,
            BOOT_STATUS_RUNNING = 1,
            BOOT_STATUS_PROTECTED = 2,
            BOOT_STATUS_FAILED = 3
        }

        interface IBootOutcome extends pkvm.v1.BootOutcome.$Properties {
        }

        class BootOutcome {
            constructor(p?: pkvm.v1.BootOutcome.$Properties);
            $unknowns?: Uint8Array[];
            status: pkvm.v1.BootStatus;
            failedStep: string;
            errno: number;
            errnoName: string;
            compensated: string[];
            static create(properties: pkvm.v1.BootOutcome.$Shape): pkvm.v1.BootOutcome & pkvm.v1.BootOutcome.$Shape;
            static create(properties?: pkvm.v1.BootOutcome.$Properties): pkvm.v1.BootOutcome;
            static encode(m: pkvm.v1.BootOutcome.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.BootOutcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.BootOutcome & pkvm.v1.BootOutcome.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.BootOutcome & pkvm.v1.BootOutcome.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.BootOutcome;
            static toObject(m: pkvm.v1.BootOutcome, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace BootOutcome {
            interface $Properties {
                status?: (pkvm.v1.BootStatus|null);
                failedStep?: (string|null);
                errno?: (number|null);
                errnoName?: (string|null);
                compensated?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.BootOutcome.$Properties;
        }

        interface ISagaEvent extends pkvm.v1.SagaEvent.$Properties {
        }

        class SagaEvent {
            constructor(p?: pkvm.v1.SagaEvent.$Properties);
            $unknowns?: Uint8Array[];
            version: number;
            type: string;
            json: Uint8Array;
            static create(properties: pkvm.v1.SagaEvent.$Shape): pkvm.v1.SagaEvent & pkvm.v1.SagaEvent.$Shape;
            static create(properties?: pkvm.v1.SagaEvent.$Properties): pkvm.v1.SagaEvent;
            static encode(m: pkvm.v1.SagaEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.SagaEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.SagaEvent & pkvm.v1.SagaEvent.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.SagaEvent & pkvm.v1.SagaEvent.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.SagaEvent;
            static toObject(m: pkvm.v1.SagaEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SagaEvent {
            interface $Properties {
                version?: (number|null);
                type?: (string|null);
                json?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.SagaEvent.$Properties;
        }

        interface IBootSummary extends pkvm.v1.BootSummary.$Properties {
        }

        class BootSummary {
            constructor(p?: pkvm.v1.BootSummary.$Properties);
            $unknowns?: Uint8Array[];
            bootId: string;
            platform: string;
            executor: string;
            outcome?: (pkvm.v1.BootOutcome.$Properties|null);
            startedAtMs: number;
            finishedAtMs: number;
            events: number;
            inFlight: string;
            static create(properties: pkvm.v1.BootSummary.$Shape): pkvm.v1.BootSummary & pkvm.v1.BootSummary.$Shape;
            static create(properties?: pkvm.v1.BootSummary.$Properties): pkvm.v1.BootSummary;
            static encode(m: pkvm.v1.BootSummary.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.BootSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.BootSummary & pkvm.v1.BootSummary.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.BootSummary & pkvm.v1.BootSummary.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.BootSummary;
            static toObject(m: pkvm.v1.BootSummary, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace BootSummary {
            interface $Properties {
                bootId?: (string|null);
                platform?: (string|null);
                executor?: (string|null);
                outcome?: (pkvm.v1.BootOutcome.$Properties|null);
                startedAtMs?: (number|null);
                finishedAtMs?: (number|null);
                events?: (number|null);
                inFlight?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.BootSummary.$Properties;
        }

        interface IGetBootRequest extends pkvm.v1.GetBootRequest.$Properties {
        }

        class GetBootRequest {
            constructor(p?: pkvm.v1.GetBootRequest.$Properties);
            $unknowns?: Uint8Array[];
            bootId: string;
            fromVersion: number;
            static create(properties: pkvm.v1.GetBootRequest.$Shape): pkvm.v1.GetBootRequest & pkvm.v1.GetBootRequest.$Shape;
            static create(properties?: pkvm.v1.GetBootRequest.$Properties): pkvm.v1.GetBootRequest;
            static encode(m: pkvm.v1.GetBootRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.GetBootRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.GetBootRequest & pkvm.v1.GetBootRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.GetBootRequest & pkvm.v1.GetBootRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.GetBootRequest;
            static toObject(m: pkvm.v1.GetBootRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetBootRequest {
            interface $Properties {
                bootId?: (string|null);
                fromVersion?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.GetBootRequest.$Properties;
        }

        interface IGetBootResponse extends pkvm.v1.GetBootResponse.$Properties {
        }

        class GetBootResponse {
            constructor(p?: pkvm.v1.GetBootResponse.$Properties);
            $unknowns?: Uint8Array[];
            boot?: (pkvm.v1.BootSummary.$Properties|null);
            events: pkvm.v1.SagaEvent.$Properties[];
            static create(properties: pkvm.v1.GetBootResponse.$Shape): pkvm.v1.GetBootResponse & pkvm.v1.GetBootResponse.$Shape;
            static create(properties?: pkvm.v1.GetBootResponse.$Properties): pkvm.v1.GetBootResponse;
            static encode(m: pkvm.v1.GetBootResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.GetBootResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.GetBootResponse & pkvm.v1.GetBootResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.GetBootResponse & pkvm.v1.GetBootResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.GetBootResponse;
            static toObject(m: pkvm.v1.GetBootResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetBootResponse {
            interface $Properties {
                boot?: (pkvm.v1.BootSummary.$Properties|null);
                events?: (pkvm.v1.SagaEvent.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.GetBootResponse.$Properties;
        }

        interface IListBootsRequest extends pkvm.v1.ListBootsRequest.$Properties {
        }

        class ListBootsRequest {
            constructor(p?: pkvm.v1.ListBootsRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: pkvm.v1.ListBootsRequest.$Shape): pkvm.v1.ListBootsRequest & pkvm.v1.ListBootsRequest.$Shape;
            static create(properties?: pkvm.v1.ListBootsRequest.$Properties): pkvm.v1.ListBootsRequest;
            static encode(m: pkvm.v1.ListBootsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.ListBootsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.ListBootsRequest & pkvm.v1.ListBootsRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.ListBootsRequest & pkvm.v1.ListBootsRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.ListBootsRequest;
            static toObject(m: pkvm.v1.ListBootsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListBootsRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.ListBootsRequest.$Properties;
        }

        interface IListBootsResponse extends pkvm.v1.ListBootsResponse.$Properties {
        }

        class ListBootsResponse {
            constructor(p?: pkvm.v1.ListBootsResponse.$Properties);
            $unknowns?: Uint8Array[];
            boots: pkvm.v1.BootSummary.$Properties[];
            static create(properties: pkvm.v1.ListBootsResponse.$Shape): pkvm.v1.ListBootsResponse & pkvm.v1.ListBootsResponse.$Shape;
            static create(properties?: pkvm.v1.ListBootsResponse.$Properties): pkvm.v1.ListBootsResponse;
            static encode(m: pkvm.v1.ListBootsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.ListBootsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.ListBootsResponse & pkvm.v1.ListBootsResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.ListBootsResponse & pkvm.v1.ListBootsResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.ListBootsResponse;
            static toObject(m: pkvm.v1.ListBootsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListBootsResponse {
            interface $Properties {
                boots?: (pkvm.v1.BootSummary.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.ListBootsResponse.$Properties;
        }

        interface IExportBootRequest extends pkvm.v1.ExportBootRequest.$Properties {
        }

        class ExportBootRequest {
            constructor(p?: pkvm.v1.ExportBootRequest.$Properties);
            $unknowns?: Uint8Array[];
            bootId: string;
            static create(properties: pkvm.v1.ExportBootRequest.$Shape): pkvm.v1.ExportBootRequest & pkvm.v1.ExportBootRequest.$Shape;
            static create(properties?: pkvm.v1.ExportBootRequest.$Properties): pkvm.v1.ExportBootRequest;
            static encode(m: pkvm.v1.ExportBootRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.ExportBootRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.ExportBootRequest & pkvm.v1.ExportBootRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.ExportBootRequest & pkvm.v1.ExportBootRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.ExportBootRequest;
            static toObject(m: pkvm.v1.ExportBootRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExportBootRequest {
            interface $Properties {
                bootId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.ExportBootRequest.$Properties;
        }

        interface IExportBootResponse extends pkvm.v1.ExportBootResponse.$Properties {
        }

        class ExportBootResponse {
            constructor(p?: pkvm.v1.ExportBootResponse.$Properties);
            $unknowns?: Uint8Array[];
            json: string;
            static create(properties: pkvm.v1.ExportBootResponse.$Shape): pkvm.v1.ExportBootResponse & pkvm.v1.ExportBootResponse.$Shape;
            static create(properties?: pkvm.v1.ExportBootResponse.$Properties): pkvm.v1.ExportBootResponse;
            static encode(m: pkvm.v1.ExportBootResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.ExportBootResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.ExportBootResponse & pkvm.v1.ExportBootResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.ExportBootResponse & pkvm.v1.ExportBootResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.ExportBootResponse;
            static toObject(m: pkvm.v1.ExportBootResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExportBootResponse {
            interface $Properties {
                json?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.ExportBootResponse.$Properties;
        }

        interface IImportBootRequest extends pkvm.v1.ImportBootRequest.$Properties {
        }

        class ImportBootRequest {
            constructor(p?: pkvm.v1.ImportBootRequest.$Properties);
            $unknowns?: Uint8Array[];
            json: string;
            static create(properties: pkvm.v1.ImportBootRequest.$Shape): pkvm.v1.ImportBootRequest & pkvm.v1.ImportBootRequest.$Shape;
            static create(properties?: pkvm.v1.ImportBootRequest.$Properties): pkvm.v1.ImportBootRequest;
            static encode(m: pkvm.v1.ImportBootRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.ImportBootRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.ImportBootRequest & pkvm.v1.ImportBootRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.ImportBootRequest & pkvm.v1.ImportBootRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.ImportBootRequest;
            static toObject(m: pkvm.v1.ImportBootRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImportBootRequest {
            interface $Properties {
                json?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.ImportBootRequest.$Properties;
        }

        interface IImportBootResponse extends pkvm.v1.ImportBootResponse.$Properties {
        }

        class ImportBootResponse {
            constructor(p?: pkvm.v1.ImportBootResponse.$Properties);
            $unknowns?: Uint8Array[];
            bootId: string;
            events: number;
            static create(properties: pkvm.v1.ImportBootResponse.$Shape): pkvm.v1.ImportBootResponse & pkvm.v1.ImportBootResponse.$Shape;
            static create(properties?: pkvm.v1.ImportBootResponse.$Properties): pkvm.v1.ImportBootResponse;
            static encode(m: pkvm.v1.ImportBootResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.ImportBootResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.ImportBootResponse & pkvm.v1.ImportBootResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.ImportBootResponse & pkvm.v1.ImportBootResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.ImportBootResponse;
            static toObject(m: pkvm.v1.ImportBootResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImportBootResponse {
            interface $Properties {
                bootId?: (string|null);
                events?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.ImportBootResponse.$Properties;
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

        class HostKernelBootService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): HostKernelBootService;
            reserveCarveout: pkvm.v1.HostKernelBootService.ReserveCarveout;
            registerDriver: pkvm.v1.HostKernelBootService.RegisterDriver;
            createHypMappings: pkvm.v1.HostKernelBootService.CreateHypMappings;
            initIommuDriver: pkvm.v1.HostKernelBootService.InitIommuDriver;
            pkvmInit: pkvm.v1.HostKernelBootService.PkvmInit;
            freeHypPgds: pkvm.v1.HostKernelBootService.FreeHypPgds;
            deprivilege: pkvm.v1.HostKernelBootService.Deprivilege;
            removeIommuDriver: pkvm.v1.HostKernelBootService.RemoveIommuDriver;
            kernelStatus: pkvm.v1.HostKernelBootService.KernelStatus;
        }

        namespace HostKernelBootService {
            type ReserveCarveoutCallback = (error: (Error|null), response?: pkvm.v1.ReserveCarveoutResponse) => void;
            type ReserveCarveout = {
              (request: pkvm.v1.IReserveCarveoutRequest, callback: pkvm.v1.HostKernelBootService.ReserveCarveoutCallback): void;
              (request: pkvm.v1.IReserveCarveoutRequest): Promise<pkvm.v1.ReserveCarveoutResponse>;
              readonly name: "ReserveCarveout";
              readonly path: "/pkvm.v1.HostKernelBootService/ReserveCarveout";
              readonly requestType: "ReserveCarveoutRequest";
              readonly responseType: "ReserveCarveoutResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type RegisterDriverCallback = (error: (Error|null), response?: pkvm.v1.RegisterDriverResponse) => void;
            type RegisterDriver = {
              (request: pkvm.v1.IRegisterDriverRequest, callback: pkvm.v1.HostKernelBootService.RegisterDriverCallback): void;
              (request: pkvm.v1.IRegisterDriverRequest): Promise<pkvm.v1.RegisterDriverResponse>;
              readonly name: "RegisterDriver";
              readonly path: "/pkvm.v1.HostKernelBootService/RegisterDriver";
              readonly requestType: "RegisterDriverRequest";
              readonly responseType: "RegisterDriverResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type CreateHypMappingsCallback = (error: (Error|null), response?: pkvm.v1.CreateHypMappingsResponse) => void;
            type CreateHypMappings = {
              (request: pkvm.v1.ICreateHypMappingsRequest, callback: pkvm.v1.HostKernelBootService.CreateHypMappingsCallback): void;
              (request: pkvm.v1.ICreateHypMappingsRequest): Promise<pkvm.v1.CreateHypMappingsResponse>;
              readonly name: "CreateHypMappings";
              readonly path: "/pkvm.v1.HostKernelBootService/CreateHypMappings";
              readonly requestType: "CreateHypMappingsRequest";
              readonly responseType: "CreateHypMappingsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type InitIommuDriverCallback = (error: (Error|null), response?: pkvm.v1.InitIommuDriverResponse) => void;
            type InitIommuDriver = {
              (request: pkvm.v1.IInitIommuDriverRequest, callback: pkvm.v1.HostKernelBootService.InitIommuDriverCallback): void;
              (request: pkvm.v1.IInitIommuDriverRequest): Promise<pkvm.v1.InitIommuDriverResponse>;
              readonly name: "InitIommuDriver";
              readonly path: "/pkvm.v1.HostKernelBootService/InitIommuDriver";
              readonly requestType: "InitIommuDriverRequest";
              readonly responseType: "InitIommuDriverResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type PkvmInitCallback = (error: (Error|null), response?: pkvm.v1.PkvmInitResponse) => void;
            type PkvmInit = {
              (request: pkvm.v1.IPkvmInitRequest, callback: pkvm.v1.HostKernelBootService.PkvmInitCallback): void;
              (request: pkvm.v1.IPkvmInitRequest): Promise<pkvm.v1.PkvmInitResponse>;
              readonly name: "PkvmInit";
              readonly path: "/pkvm.v1.HostKernelBootService/PkvmInit";
              readonly requestType: "PkvmInitRequest";
              readonly responseType: "PkvmInitResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type FreeHypPgdsCallback = (error: (Error|null), response?: pkvm.v1.FreeHypPgdsResponse) => void;
            type FreeHypPgds = {
              (request: pkvm.v1.IFreeHypPgdsRequest, callback: pkvm.v1.HostKernelBootService.FreeHypPgdsCallback): void;
              (request: pkvm.v1.IFreeHypPgdsRequest): Promise<pkvm.v1.FreeHypPgdsResponse>;
              readonly name: "FreeHypPgds";
              readonly path: "/pkvm.v1.HostKernelBootService/FreeHypPgds";
              readonly requestType: "FreeHypPgdsRequest";
              readonly responseType: "FreeHypPgdsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type DeprivilegeCallback = (error: (Error|null), response?: pkvm.v1.DeprivilegeResponse) => void;
            type Deprivilege = {
              (request: pkvm.v1.IDeprivilegeRequest, callback: pkvm.v1.HostKernelBootService.DeprivilegeCallback): void;
              (request: pkvm.v1.IDeprivilegeRequest): Promise<pkvm.v1.DeprivilegeResponse>;
              readonly name: "Deprivilege";
              readonly path: "/pkvm.v1.HostKernelBootService/Deprivilege";
              readonly requestType: "DeprivilegeRequest";
              readonly responseType: "DeprivilegeResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type RemoveIommuDriverCallback = (error: (Error|null), response?: pkvm.v1.RemoveIommuDriverResponse) => void;
            type RemoveIommuDriver = {
              (request: pkvm.v1.IRemoveIommuDriverRequest, callback: pkvm.v1.HostKernelBootService.RemoveIommuDriverCallback): void;
              (request: pkvm.v1.IRemoveIommuDriverRequest): Promise<pkvm.v1.RemoveIommuDriverResponse>;
              readonly name: "RemoveIommuDriver";
              readonly path: "/pkvm.v1.HostKernelBootService/RemoveIommuDriver";
              readonly requestType: "RemoveIommuDriverRequest";
              readonly responseType: "RemoveIommuDriverResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type KernelStatusCallback = (error: (Error|null), response?: pkvm.v1.KernelStatusResponse) => void;
            type KernelStatus = {
              (request: pkvm.v1.IKernelStatusRequest, callback: pkvm.v1.HostKernelBootService.KernelStatusCallback): void;
              (request: pkvm.v1.IKernelStatusRequest): Promise<pkvm.v1.KernelStatusResponse>;
              readonly name: "KernelStatus";
              readonly path: "/pkvm.v1.HostKernelBootService/KernelStatus";
              readonly requestType: "KernelStatusRequest";
              readonly responseType: "KernelStatusResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface IHostKernelWarning extends pkvm.v1.HostKernelWarning.$Properties {
        }

        class HostKernelWarning {
            constructor(p?: pkvm.v1.HostKernelWarning.$Properties);
            $unknowns?: Uint8Array[];
            site: string;
            message: string;
            static create(properties: pkvm.v1.HostKernelWarning.$Shape): pkvm.v1.HostKernelWarning & pkvm.v1.HostKernelWarning.$Shape;
            static create(properties?: pkvm.v1.HostKernelWarning.$Properties): pkvm.v1.HostKernelWarning;
            static encode(m: pkvm.v1.HostKernelWarning.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HostKernelWarning.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HostKernelWarning & pkvm.v1.HostKernelWarning.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HostKernelWarning & pkvm.v1.HostKernelWarning.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HostKernelWarning;
            static toObject(m: pkvm.v1.HostKernelWarning, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HostKernelWarning {
            interface $Properties {
                site?: (string|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HostKernelWarning.$Properties;
        }

        interface IHostBootSubStep extends pkvm.v1.HostBootSubStep.$Properties {
        }

        class HostBootSubStep {
            constructor(p?: pkvm.v1.HostBootSubStep.$Properties);
            $unknowns?: Uint8Array[];
            subStep: string;
            ok: boolean;
            errno: number;
            detail: string;
            static create(properties: pkvm.v1.HostBootSubStep.$Shape): pkvm.v1.HostBootSubStep & pkvm.v1.HostBootSubStep.$Shape;
            static create(properties?: pkvm.v1.HostBootSubStep.$Properties): pkvm.v1.HostBootSubStep;
            static encode(m: pkvm.v1.HostBootSubStep.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HostBootSubStep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HostBootSubStep & pkvm.v1.HostBootSubStep.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HostBootSubStep & pkvm.v1.HostBootSubStep.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HostBootSubStep;
            static toObject(m: pkvm.v1.HostBootSubStep, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HostBootSubStep {
            interface $Properties {
                subStep?: (string|null);
                ok?: (boolean|null);
                errno?: (number|null);
                detail?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HostBootSubStep.$Properties;
        }

        enum HostIommuDriver {
            HOST_IOMMU_DRIVER_UNSPECIFIED = 0,
            HOST_IOMMU_DRIVER_SMMU_V3 = 1,
            HOST_IOMMU_DRIVER_TEST = 2,
            HOST_IOMMU_DRIVER_NONE = 3
        }

        interface IReserveCarveoutRequest extends pkvm.v1.ReserveCarveoutRequest.$Properties {
        }

        class ReserveCarveoutRequest {
            constructor(p?: pkvm.v1.ReserveCarveoutRequest.$Properties);
            $unknowns?: Uint8Array[];
            nvheDebug: boolean;
            injectErrno: number;
            crashBeforeCommit: boolean;
            backgroundCrashService: string;
            static create(properties: pkvm.v1.ReserveCarveoutRequest.$Shape): pkvm.v1.ReserveCarveoutRequest & pkvm.v1.ReserveCarveoutRequest.$Shape;
            static create(properties?: pkvm.v1.ReserveCarveoutRequest.$Properties): pkvm.v1.ReserveCarveoutRequest;
            static encode(m: pkvm.v1.ReserveCarveoutRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.ReserveCarveoutRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.ReserveCarveoutRequest & pkvm.v1.ReserveCarveoutRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.ReserveCarveoutRequest & pkvm.v1.ReserveCarveoutRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.ReserveCarveoutRequest;
            static toObject(m: pkvm.v1.ReserveCarveoutRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReserveCarveoutRequest {
            interface $Properties {
                nvheDebug?: (boolean|null);
                injectErrno?: (number|null);
                crashBeforeCommit?: (boolean|null);
                backgroundCrashService?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.ReserveCarveoutRequest.$Properties;
        }

        interface IReserveCarveoutResponse extends pkvm.v1.ReserveCarveoutResponse.$Properties {
        }

        class ReserveCarveoutResponse {
            constructor(p?: pkvm.v1.ReserveCarveoutResponse.$Properties);
            $unknowns?: Uint8Array[];
            ret: number;
            hypMemBase: number;
            hypMemSize: number;
            totalPages: number;
            hypS1Pages: number;
            hostS2Pages: number;
            vmTablePages: number;
            vmemmapPages: number;
            selftestPages: number;
            ffaProxyPages: number;
            iommuPages: number;
            log: string[];
            static create(properties: pkvm.v1.ReserveCarveoutResponse.$Shape): pkvm.v1.ReserveCarveoutResponse & pkvm.v1.ReserveCarveoutResponse.$Shape;
            static create(properties?: pkvm.v1.ReserveCarveoutResponse.$Properties): pkvm.v1.ReserveCarveoutResponse;
            static encode(m: pkvm.v1.ReserveCarveoutResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.ReserveCarveoutResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.ReserveCarveoutResponse & pkvm.v1.ReserveCarveoutResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.ReserveCarveoutResponse & pkvm.v1.ReserveCarveoutResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.ReserveCarveoutResponse;
            static toObject(m: pkvm.v1.ReserveCarveoutResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReserveCarveoutResponse {
            interface $Properties {
                ret?: (number|null);
                hypMemBase?: (number|null);
                hypMemSize?: (number|null);
                totalPages?: (number|null);
                hypS1Pages?: (number|null);
                hostS2Pages?: (number|null);
                vmTablePages?: (number|null);
                vmemmapPages?: (number|null);
                selftestPages?: (number|null);
                ffaProxyPages?: (number|null);
                iommuPages?: (number|null);
                log?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.ReserveCarveoutResponse.$Properties;
        }

        interface IRegisterDriverRequest extends pkvm.v1.RegisterDriverRequest.$Properties {
        }

        class RegisterDriverRequest {
            constructor(p?: pkvm.v1.RegisterDriverRequest.$Properties);
            $unknowns?: Uint8Array[];
            driver: pkvm.v1.HostIommuDriver;
            testInitErrno: number;
            testRemoveErrno: number;
            missingKernOps: boolean;
            missingEl2Ops: boolean;
            testEl2WithoutIdmap: boolean;
            injectErrno: number;
            crashBeforeCommit: boolean;
            backgroundCrashService: string;
            static create(properties: pkvm.v1.RegisterDriverRequest.$Shape): pkvm.v1.RegisterDriverRequest & pkvm.v1.RegisterDriverRequest.$Shape;
            static create(properties?: pkvm.v1.RegisterDriverRequest.$Properties): pkvm.v1.RegisterDriverRequest;
            static encode(m: pkvm.v1.RegisterDriverRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.RegisterDriverRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.RegisterDriverRequest & pkvm.v1.RegisterDriverRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.RegisterDriverRequest & pkvm.v1.RegisterDriverRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.RegisterDriverRequest;
            static toObject(m: pkvm.v1.RegisterDriverRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegisterDriverRequest {
            interface $Properties {
                driver?: (pkvm.v1.HostIommuDriver|null);
                testInitErrno?: (number|null);
                testRemoveErrno?: (number|null);
                missingKernOps?: (boolean|null);
                missingEl2Ops?: (boolean|null);
                testEl2WithoutIdmap?: (boolean|null);
                injectErrno?: (number|null);
                crashBeforeCommit?: (boolean|null);
                backgroundCrashService?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.RegisterDriverRequest.$Properties;
        }

        interface IRegisterDriverResponse extends pkvm.v1.RegisterDriverResponse.$Properties {
        }

        class RegisterDriverResponse {
            constructor(p?: pkvm.v1.RegisterDriverResponse.$Properties);
            $unknowns?: Uint8Array[];
            ret: number;
            registered: boolean;
            activeDriver: pkvm.v1.HostIommuDriver;
            activeTestInitErrno: number;
            activeTestRemoveErrno: number;
            smmus: number;
            warnings: pkvm.v1.HostKernelWarning.$Properties[];
            static create(properties: pkvm.v1.RegisterDriverResponse.$Shape): pkvm.v1.RegisterDriverResponse & pkvm.v1.RegisterDriverResponse.$Shape;
            static create(properties?: pkvm.v1.RegisterDriverResponse.$Properties): pkvm.v1.RegisterDriverResponse;
            static encode(m: pkvm.v1.RegisterDriverResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.RegisterDriverResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.RegisterDriverResponse & pkvm.v1.RegisterDriverResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.RegisterDriverResponse & pkvm.v1.RegisterDriverResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.RegisterDriverResponse;
            static toObject(m: pkvm.v1.RegisterDriverResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegisterDriverResponse {
            interface $Properties {
                ret?: (number|null);
                registered?: (boolean|null);
                activeDriver?: (pkvm.v1.HostIommuDriver|null);
                activeTestInitErrno?: (number|null);
                activeTestRemoveErrno?: (number|null);
                smmus?: (number|null);
                warnings?: (pkvm.v1.HostKernelWarning.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.RegisterDriverResponse.$Properties;
        }

        interface ICreateHypMappingsRequest extends pkvm.v1.CreateHypMappingsRequest.$Properties {
        }

        class CreateHypMappingsRequest {
            constructor(p?: pkvm.v1.CreateHypMappingsRequest.$Properties);
            $unknowns?: Uint8Array[];
            injectErrno: number;
            crashBeforeCommit: boolean;
            backgroundCrashService: string;
            static create(properties: pkvm.v1.CreateHypMappingsRequest.$Shape): pkvm.v1.CreateHypMappingsRequest & pkvm.v1.CreateHypMappingsRequest.$Shape;
            static create(properties?: pkvm.v1.CreateHypMappingsRequest.$Properties): pkvm.v1.CreateHypMappingsRequest;
            static encode(m: pkvm.v1.CreateHypMappingsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.CreateHypMappingsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.CreateHypMappingsRequest & pkvm.v1.CreateHypMappingsRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.CreateHypMappingsRequest & pkvm.v1.CreateHypMappingsRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.CreateHypMappingsRequest;
            static toObject(m: pkvm.v1.CreateHypMappingsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateHypMappingsRequest {
            interface $Properties {
                injectErrno?: (number|null);
                crashBeforeCommit?: (boolean|null);
                backgroundCrashService?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.CreateHypMappingsRequest.$Properties;
        }

        interface ICreateHypMappingsResponse extends pkvm.v1.CreateHypMappingsResponse.$Properties {
        }

        class CreateHypMappingsResponse {
            constructor(p?: pkvm.v1.CreateHypMappingsResponse.$Properties);
            $unknowns?: Uint8Array[];
            ret: number;
            base: number;
            mappedPages: number;
            static create(properties: pkvm.v1.CreateHypMappingsResponse.$Shape): pkvm.v1.CreateHypMappingsResponse & pkvm.v1.CreateHypMappingsResponse.$Shape;
            static create(properties?: pkvm.v1.CreateHypMappingsResponse.$Properties): pkvm.v1.CreateHypMappingsResponse;
            static encode(m: pkvm.v1.CreateHypMappingsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.CreateHypMappingsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.CreateHypMappingsResponse & pkvm.v1.CreateHypMappingsResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.CreateHypMappingsResponse & pkvm.v1.CreateHypMappingsResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.CreateHypMappingsResponse;
            static toObject(m: pkvm.v1.CreateHypMappingsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateHypMappingsResponse {
            interface $Properties {
                ret?: (number|null);
                base?: (number|null);
                mappedPages?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.CreateHypMappingsResponse.$Properties;
        }

        interface IInitIommuDriverRequest extends pkvm.v1.InitIommuDriverRequest.$Properties {
        }

        class InitIommuDriverRequest {
            constructor(p?: pkvm.v1.InitIommuDriverRequest.$Properties);
            $unknowns?: Uint8Array[];
            injectErrno: number;
            crashBeforeCommit: boolean;
            crashService: string;
            crashAt: string;
            backgroundCrashService: string;
            static create(properties: pkvm.v1.InitIommuDriverRequest.$Shape): pkvm.v1.InitIommuDriverRequest & pkvm.v1.InitIommuDriverRequest.$Shape;
            static create(properties?: pkvm.v1.InitIommuDriverRequest.$Properties): pkvm.v1.InitIommuDriverRequest;
            static encode(m: pkvm.v1.InitIommuDriverRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.InitIommuDriverRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.InitIommuDriverRequest & pkvm.v1.InitIommuDriverRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.InitIommuDriverRequest & pkvm.v1.InitIommuDriverRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.InitIommuDriverRequest;
            static toObject(m: pkvm.v1.InitIommuDriverRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InitIommuDriverRequest {
            interface $Properties {
                injectErrno?: (number|null);
                crashBeforeCommit?: (boolean|null);
                crashService?: (string|null);
                crashAt?: (string|null);
                backgroundCrashService?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.InitIommuDriverRequest.$Properties;
        }

        interface IHostSmmuProbe extends pkvm.v1.HostSmmuProbe.$Properties {
        }

        class HostSmmuProbe {
            constructor(p?: pkvm.v1.HostSmmuProbe.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            index: number;
            probed: boolean;
            errno: number;
            reason: string;
            mmioBase: number;
            mmioSize: number;
            bootGbpa: number;
            tables?: (pkvm.v1.SmmuTables.$Properties|null);
            evtqBase: number;
            evtqLog2Entries: number;
            removed: boolean;
            static create(properties: pkvm.v1.HostSmmuProbe.$Shape): pkvm.v1.HostSmmuProbe & pkvm.v1.HostSmmuProbe.$Shape;
            static create(properties?: pkvm.v1.HostSmmuProbe.$Properties): pkvm.v1.HostSmmuProbe;
            static encode(m: pkvm.v1.HostSmmuProbe.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HostSmmuProbe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HostSmmuProbe & pkvm.v1.HostSmmuProbe.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HostSmmuProbe & pkvm.v1.HostSmmuProbe.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HostSmmuProbe;
            static toObject(m: pkvm.v1.HostSmmuProbe, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HostSmmuProbe {
            interface $Properties {
                id?: (string|null);
                index?: (number|null);
                probed?: (boolean|null);
                errno?: (number|null);
                reason?: (string|null);
                mmioBase?: (number|null);
                mmioSize?: (number|null);
                bootGbpa?: (number|null);
                tables?: (pkvm.v1.SmmuTables.$Properties|null);
                evtqBase?: (number|null);
                evtqLog2Entries?: (number|null);
                removed?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HostSmmuProbe.$Properties;
        }

        interface IInitIommuDriverResponse extends pkvm.v1.InitIommuDriverResponse.$Properties {
        }

        class InitIommuDriverResponse {
            constructor(p?: pkvm.v1.InitIommuDriverResponse.$Properties);
            $unknowns?: Uint8Array[];
            ret: number;
            driver: pkvm.v1.HostIommuDriver;
            expected: number;
            probed: number;
            smmus: pkvm.v1.HostSmmuProbe.$Properties[];
            published: boolean;
            log: string[];
            warnings: pkvm.v1.HostKernelWarning.$Properties[];
            smmuArrayPfn: number;
            smmuArrayPages: number;
            static create(properties: pkvm.v1.InitIommuDriverResponse.$Shape): pkvm.v1.InitIommuDriverResponse & pkvm.v1.InitIommuDriverResponse.$Shape;
            static create(properties?: pkvm.v1.InitIommuDriverResponse.$Properties): pkvm.v1.InitIommuDriverResponse;
            static encode(m: pkvm.v1.InitIommuDriverResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.InitIommuDriverResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.InitIommuDriverResponse & pkvm.v1.InitIommuDriverResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.InitIommuDriverResponse & pkvm.v1.InitIommuDriverResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.InitIommuDriverResponse;
            static toObject(m: pkvm.v1.InitIommuDriverResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InitIommuDriverResponse {
            interface $Properties {
                ret?: (number|null);
                driver?: (pkvm.v1.HostIommuDriver|null);
                expected?: (number|null);
                probed?: (number|null);
                smmus?: (pkvm.v1.HostSmmuProbe.$Properties[]|null);
                published?: (boolean|null);
                log?: (string[]|null);
                warnings?: (pkvm.v1.HostKernelWarning.$Properties[]|null);
                smmuArrayPfn?: (number|null);
                smmuArrayPages?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.InitIommuDriverResponse.$Properties;
        }

        interface IPkvmInitRequest extends pkvm.v1.PkvmInitRequest.$Properties {
        }

        class PkvmInitRequest {
            constructor(p?: pkvm.v1.PkvmInitRequest.$Properties);
            $unknowns?: Uint8Array[];
            hypVaBits: number;
            injectSubStep: string;
            injectErrno: number;
            crashBeforeCommit: boolean;
            crashService: string;
            crashAt: string;
            crashSubStep: string;
            backgroundCrashService: string;
            static create(properties: pkvm.v1.PkvmInitRequest.$Shape): pkvm.v1.PkvmInitRequest & pkvm.v1.PkvmInitRequest.$Shape;
            static create(properties?: pkvm.v1.PkvmInitRequest.$Properties): pkvm.v1.PkvmInitRequest;
            static encode(m: pkvm.v1.PkvmInitRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.PkvmInitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.PkvmInitRequest & pkvm.v1.PkvmInitRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.PkvmInitRequest & pkvm.v1.PkvmInitRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.PkvmInitRequest;
            static toObject(m: pkvm.v1.PkvmInitRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PkvmInitRequest {
            interface $Properties {
                hypVaBits?: (number|null);
                injectSubStep?: (string|null);
                injectErrno?: (number|null);
                crashBeforeCommit?: (boolean|null);
                crashService?: (string|null);
                crashAt?: (string|null);
                crashSubStep?: (string|null);
                backgroundCrashService?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.PkvmInitRequest.$Properties;
        }

        interface IPkvmInitResponse extends pkvm.v1.PkvmInitResponse.$Properties {
        }

        class PkvmInitResponse {
            constructor(p?: pkvm.v1.PkvmInitResponse.$Properties);
            $unknowns?: Uint8Array[];
            ret: number;
            x0: number;
            x1: number;
            args: number[];
            subSteps: pkvm.v1.HostBootSubStep.$Properties[];
            warnings: pkvm.v1.HostKernelWarning.$Properties[];
            static create(properties: pkvm.v1.PkvmInitResponse.$Shape): pkvm.v1.PkvmInitResponse & pkvm.v1.PkvmInitResponse.$Shape;
            static create(properties?: pkvm.v1.PkvmInitResponse.$Properties): pkvm.v1.PkvmInitResponse;
            static encode(m: pkvm.v1.PkvmInitResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.PkvmInitResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.PkvmInitResponse & pkvm.v1.PkvmInitResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.PkvmInitResponse & pkvm.v1.PkvmInitResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.PkvmInitResponse;
            static toObject(m: pkvm.v1.PkvmInitResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PkvmInitResponse {
            interface $Properties {
                ret?: (number|null);
                x0?: (number|null);
                x1?: (number|null);
                args?: (number[]|null);
                subSteps?: (pkvm.v1.HostBootSubStep.$Properties[]|null);
                warnings?: (pkvm.v1.HostKernelWarning.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.PkvmInitResponse.$Properties;
        }

        interface IFreeHypPgdsRequest extends pkvm.v1.FreeHypPgdsRequest.$Properties {
        }

        class FreeHypPgdsRequest {
            constructor(p?: pkvm.v1.FreeHypPgdsRequest.$Properties);
            $unknowns?: Uint8Array[];
            crashBeforeCommit: boolean;
            backgroundCrashService: string;
            static create(properties: pkvm.v1.FreeHypPgdsRequest.$Shape): pkvm.v1.FreeHypPgdsRequest & pkvm.v1.FreeHypPgdsRequest.$Shape;
            static create(properties?: pkvm.v1.FreeHypPgdsRequest.$Properties): pkvm.v1.FreeHypPgdsRequest;
            static encode(m: pkvm.v1.FreeHypPgdsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.FreeHypPgdsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.FreeHypPgdsRequest & pkvm.v1.FreeHypPgdsRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.FreeHypPgdsRequest & pkvm.v1.FreeHypPgdsRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.FreeHypPgdsRequest;
            static toObject(m: pkvm.v1.FreeHypPgdsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FreeHypPgdsRequest {
            interface $Properties {
                crashBeforeCommit?: (boolean|null);
                backgroundCrashService?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.FreeHypPgdsRequest.$Properties;
        }

        interface IFreeHypPgdsResponse extends pkvm.v1.FreeHypPgdsResponse.$Properties {
        }

        class FreeHypPgdsResponse {
            constructor(p?: pkvm.v1.FreeHypPgdsResponse.$Properties);
            $unknowns?: Uint8Array[];
            ret: number;
            static create(properties: pkvm.v1.FreeHypPgdsResponse.$Shape): pkvm.v1.FreeHypPgdsResponse & pkvm.v1.FreeHypPgdsResponse.$Shape;
            static create(properties?: pkvm.v1.FreeHypPgdsResponse.$Properties): pkvm.v1.FreeHypPgdsResponse;
            static encode(m: pkvm.v1.FreeHypPgdsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.FreeHypPgdsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.FreeHypPgdsResponse & pkvm.v1.FreeHypPgdsResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.FreeHypPgdsResponse & pkvm.v1.FreeHypPgdsResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.FreeHypPgdsResponse;
            static toObject(m: pkvm.v1.FreeHypPgdsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FreeHypPgdsResponse {
            interface $Properties {
                ret?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.FreeHypPgdsResponse.$Properties;
        }

        interface IDeprivilegeRequest extends pkvm.v1.DeprivilegeRequest.$Properties {
        }

        class DeprivilegeRequest {
            constructor(p?: pkvm.v1.DeprivilegeRequest.$Properties);
            $unknowns?: Uint8Array[];
            injectProtFinalizeErrno: number;
            injectProtFinalizeCpu: number;
            crashBeforeCommit: boolean;
            crashService: string;
            crashAt: string;
            crashSubStep: string;
            backgroundCrashService: string;
            static create(properties: pkvm.v1.DeprivilegeRequest.$Shape): pkvm.v1.DeprivilegeRequest & pkvm.v1.DeprivilegeRequest.$Shape;
            static create(properties?: pkvm.v1.DeprivilegeRequest.$Properties): pkvm.v1.DeprivilegeRequest;
            static encode(m: pkvm.v1.DeprivilegeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.DeprivilegeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.DeprivilegeRequest & pkvm.v1.DeprivilegeRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.DeprivilegeRequest & pkvm.v1.DeprivilegeRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.DeprivilegeRequest;
            static toObject(m: pkvm.v1.DeprivilegeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeprivilegeRequest {
            interface $Properties {
                injectProtFinalizeErrno?: (number|null);
                injectProtFinalizeCpu?: (number|null);
                crashBeforeCommit?: (boolean|null);
                crashService?: (string|null);
                crashAt?: (string|null);
                crashSubStep?: (string|null);
                backgroundCrashService?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.DeprivilegeRequest.$Properties;
        }

        interface IDeprivilegeResponse extends pkvm.v1.DeprivilegeResponse.$Properties {
        }

        class DeprivilegeResponse {
            constructor(p?: pkvm.v1.DeprivilegeResponse.$Properties);
            $unknowns?: Uint8Array[];
            ret: number;
            cpus: number;
            subSteps: pkvm.v1.HostBootSubStep.$Properties[];
            warnings: pkvm.v1.HostKernelWarning.$Properties[];
            static create(properties: pkvm.v1.DeprivilegeResponse.$Shape): pkvm.v1.DeprivilegeResponse & pkvm.v1.DeprivilegeResponse.$Shape;
            static create(properties?: pkvm.v1.DeprivilegeResponse.$Properties): pkvm.v1.DeprivilegeResponse;
            static encode(m: pkvm.v1.DeprivilegeResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.DeprivilegeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.DeprivilegeResponse & pkvm.v1.DeprivilegeResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.DeprivilegeResponse & pkvm.v1.DeprivilegeResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.DeprivilegeResponse;
            static toObject(m: pkvm.v1.DeprivilegeResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeprivilegeResponse {
            interface $Properties {
                ret?: (number|null);
                cpus?: (number|null);
                subSteps?: (pkvm.v1.HostBootSubStep.$Properties[]|null);
                warnings?: (pkvm.v1.HostKernelWarning.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.DeprivilegeResponse.$Properties;
        }

        interface IRemoveIommuDriverRequest extends pkvm.v1.RemoveIommuDriverRequest.$Properties {
        }

        class RemoveIommuDriverRequest {
            constructor(p?: pkvm.v1.RemoveIommuDriverRequest.$Properties);
            $unknowns?: Uint8Array[];
            crashBeforeCommit: boolean;
            crashService: string;
            crashAt: string;
            backgroundCrashService: string;
            static create(properties: pkvm.v1.RemoveIommuDriverRequest.$Shape): pkvm.v1.RemoveIommuDriverRequest & pkvm.v1.RemoveIommuDriverRequest.$Shape;
            static create(properties?: pkvm.v1.RemoveIommuDriverRequest.$Properties): pkvm.v1.RemoveIommuDriverRequest;
            static encode(m: pkvm.v1.RemoveIommuDriverRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.RemoveIommuDriverRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.RemoveIommuDriverRequest & pkvm.v1.RemoveIommuDriverRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.RemoveIommuDriverRequest & pkvm.v1.RemoveIommuDriverRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.RemoveIommuDriverRequest;
            static toObject(m: pkvm.v1.RemoveIommuDriverRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RemoveIommuDriverRequest {
            interface $Properties {
                crashBeforeCommit?: (boolean|null);
                crashService?: (string|null);
                crashAt?: (string|null);
                backgroundCrashService?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.RemoveIommuDriverRequest.$Properties;
        }

        interface IRemoveIommuDriverResponse extends pkvm.v1.RemoveIommuDriverResponse.$Properties {
        }

        class RemoveIommuDriverResponse {
            constructor(p?: pkvm.v1.RemoveIommuDriverResponse.$Properties);
            $unknowns?: Uint8Array[];
            ret: number;
            removeCalled: boolean;
            driverRet: number;
            driver: pkvm.v1.HostIommuDriver;
            restored: string[];
            warnings: pkvm.v1.HostKernelWarning.$Properties[];
            static create(properties: pkvm.v1.RemoveIommuDriverResponse.$Shape): pkvm.v1.RemoveIommuDriverResponse & pkvm.v1.RemoveIommuDriverResponse.$Shape;
            static create(properties?: pkvm.v1.RemoveIommuDriverResponse.$Properties): pkvm.v1.RemoveIommuDriverResponse;
            static encode(m: pkvm.v1.RemoveIommuDriverResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.RemoveIommuDriverResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.RemoveIommuDriverResponse & pkvm.v1.RemoveIommuDriverResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.RemoveIommuDriverResponse & pkvm.v1.RemoveIommuDriverResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.RemoveIommuDriverResponse;
            static toObject(m: pkvm.v1.RemoveIommuDriverResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RemoveIommuDriverResponse {
            interface $Properties {
                ret?: (number|null);
                removeCalled?: (boolean|null);
                driverRet?: (number|null);
                driver?: (pkvm.v1.HostIommuDriver|null);
                restored?: (string[]|null);
                warnings?: (pkvm.v1.HostKernelWarning.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.RemoveIommuDriverResponse.$Properties;
        }

        interface IKernelStatusRequest extends pkvm.v1.KernelStatusRequest.$Properties {
        }

        class KernelStatusRequest {
            constructor(p?: pkvm.v1.KernelStatusRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: pkvm.v1.KernelStatusRequest.$Shape): pkvm.v1.KernelStatusRequest & pkvm.v1.KernelStatusRequest.$Shape;
            static create(properties?: pkvm.v1.KernelStatusRequest.$Properties): pkvm.v1.KernelStatusRequest;
            static encode(m: pkvm.v1.KernelStatusRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.KernelStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.KernelStatusRequest & pkvm.v1.KernelStatusRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.KernelStatusRequest & pkvm.v1.KernelStatusRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.KernelStatusRequest;
            static toObject(m: pkvm.v1.KernelStatusRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KernelStatusRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.KernelStatusRequest.$Properties;
        }

        interface IKernelStatusResponse extends pkvm.v1.KernelStatusResponse.$Properties {
        }

        class KernelStatusResponse {
            constructor(p?: pkvm.v1.KernelStatusResponse.$Properties);
            $unknowns?: Uint8Array[];
            platform: string;
            version: number;
            hypMemBase: number;
            hypMemSize: number;
            iommuPages: number;
            driver: pkvm.v1.HostIommuDriver;
            el2Ops: string;
            deprivileged: boolean;
            removeCalls: number;
            warnings: pkvm.v1.HostKernelWarning.$Properties[];
            log: string[];
            smmus: pkvm.v1.HostSmmuProbe.$Properties[];
            stateJson: string;
            static create(properties: pkvm.v1.KernelStatusResponse.$Shape): pkvm.v1.KernelStatusResponse & pkvm.v1.KernelStatusResponse.$Shape;
            static create(properties?: pkvm.v1.KernelStatusResponse.$Properties): pkvm.v1.KernelStatusResponse;
            static encode(m: pkvm.v1.KernelStatusResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.KernelStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.KernelStatusResponse & pkvm.v1.KernelStatusResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.KernelStatusResponse & pkvm.v1.KernelStatusResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.KernelStatusResponse;
            static toObject(m: pkvm.v1.KernelStatusResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KernelStatusResponse {
            interface $Properties {
                platform?: (string|null);
                version?: (number|null);
                hypMemBase?: (number|null);
                hypMemSize?: (number|null);
                iommuPages?: (number|null);
                driver?: (pkvm.v1.HostIommuDriver|null);
                el2Ops?: (string|null);
                deprivileged?: (boolean|null);
                removeCalls?: (number|null);
                warnings?: (pkvm.v1.HostKernelWarning.$Properties[]|null);
                log?: (string[]|null);
                smmus?: (pkvm.v1.HostSmmuProbe.$Properties[]|null);
                stateJson?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.KernelStatusResponse.$Properties;
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

        class IommuEl2Service extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): IommuEl2Service;
            initIommu: pkvm.v1.IommuEl2Service.InitIommu;
            snapshotHostStage2: pkvm.v1.IommuEl2Service.SnapshotHostStage2;
            hostStage2Idmap: pkvm.v1.IommuEl2Service.HostStage2Idmap;
            enableDev: pkvm.v1.IommuEl2Service.EnableDev;
            disableDev: pkvm.v1.IommuEl2Service.DisableDev;
            setHostAccess: pkvm.v1.IommuEl2Service.SetHostAccess;
        }

        namespace IommuEl2Service {
            type InitIommuCallback = (error: (Error|null), response?: pkvm.v1.InitIommuResponse) => void;
            type InitIommu = {
              (request: pkvm.v1.IInitIommuRequest, callback: pkvm.v1.IommuEl2Service.InitIommuCallback): void;
              (request: pkvm.v1.IInitIommuRequest): Promise<pkvm.v1.InitIommuResponse>;
              readonly name: "InitIommu";
              readonly path: "/pkvm.v1.IommuEl2Service/InitIommu";
              readonly requestType: "InitIommuRequest";
              readonly responseType: "InitIommuResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type SnapshotHostStage2Callback = (error: (Error|null), response?: pkvm.v1.SnapshotHostStage2Response) => void;
            type SnapshotHostStage2 = {
              (request: pkvm.v1.ISnapshotHostStage2Request, callback: pkvm.v1.IommuEl2Service.SnapshotHostStage2Callback): void;
              (request: pkvm.v1.ISnapshotHostStage2Request): Promise<pkvm.v1.SnapshotHostStage2Response>;
              readonly name: "SnapshotHostStage2";
              readonly path: "/pkvm.v1.IommuEl2Service/SnapshotHostStage2";
              readonly requestType: "SnapshotHostStage2Request";
              readonly responseType: "SnapshotHostStage2Response";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type HostStage2IdmapCallback = (error: (Error|null), response?: pkvm.v1.HostStage2IdmapResponse) => void;
            type HostStage2Idmap = {
              (request: pkvm.v1.IHostStage2IdmapRequest, callback: pkvm.v1.IommuEl2Service.HostStage2IdmapCallback): void;
              (request: pkvm.v1.IHostStage2IdmapRequest): Promise<pkvm.v1.HostStage2IdmapResponse>;
              readonly name: "HostStage2Idmap";
              readonly path: "/pkvm.v1.IommuEl2Service/HostStage2Idmap";
              readonly requestType: "HostStage2IdmapRequest";
              readonly responseType: "HostStage2IdmapResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type EnableDevCallback = (error: (Error|null), response?: pkvm.v1.EnableDevResponse) => void;
            type EnableDev = {
              (request: pkvm.v1.IEnableDevRequest, callback: pkvm.v1.IommuEl2Service.EnableDevCallback): void;
              (request: pkvm.v1.IEnableDevRequest): Promise<pkvm.v1.EnableDevResponse>;
              readonly name: "EnableDev";
              readonly path: "/pkvm.v1.IommuEl2Service/EnableDev";
              readonly requestType: "EnableDevRequest";
              readonly responseType: "EnableDevResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type DisableDevCallback = (error: (Error|null), response?: pkvm.v1.DisableDevResponse) => void;
            type DisableDev = {
              (request: pkvm.v1.IDisableDevRequest, callback: pkvm.v1.IommuEl2Service.DisableDevCallback): void;
              (request: pkvm.v1.IDisableDevRequest): Promise<pkvm.v1.DisableDevResponse>;
              readonly name: "DisableDev";
              readonly path: "/pkvm.v1.IommuEl2Service/DisableDev";
              readonly requestType: "DisableDevRequest";
              readonly responseType: "DisableDevResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type SetHostAccessCallback = (error: (Error|null), response?: pkvm.v1.SetHostAccessResponse) => void;
            type SetHostAccess = {
              (request: pkvm.v1.ISetHostAccessRequest, callback: pkvm.v1.IommuEl2Service.SetHostAccessCallback): void;
              (request: pkvm.v1.ISetHostAccessRequest): Promise<pkvm.v1.SetHostAccessResponse>;
              readonly name: "SetHostAccess";
              readonly path: "/pkvm.v1.IommuEl2Service/SetHostAccess";
              readonly requestType: "SetHostAccessRequest";
              readonly responseType: "SetHostAccessResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface ISmmuTables extends pkvm.v1.SmmuTables.$Properties {
        }

        class SmmuTables {
            constructor(p?: pkvm.v1.SmmuTables.$Properties);
            $unknowns?: Uint8Array[];
            cmdqBase: number;
            cmdqLog2Entries: number;
            strtabBase: number;
            strtabTwoLevel: boolean;
            strtabLog2Size: number;
            static create(properties: pkvm.v1.SmmuTables.$Shape): pkvm.v1.SmmuTables & pkvm.v1.SmmuTables.$Shape;
            static create(properties?: pkvm.v1.SmmuTables.$Properties): pkvm.v1.SmmuTables;
            static encode(m: pkvm.v1.SmmuTables.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.SmmuTables.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.SmmuTables & pkvm.v1.SmmuTables.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.SmmuTables & pkvm.v1.SmmuTables.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.SmmuTables;
            static toObject(m: pkvm.v1.SmmuTables, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SmmuTables {
            interface $Properties {
                cmdqBase?: (number|null);
                cmdqLog2Entries?: (number|null);
                strtabBase?: (number|null);
                strtabTwoLevel?: (boolean|null);
                strtabLog2Size?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.SmmuTables.$Properties;
        }

        interface IInitIommuRequest extends pkvm.v1.InitIommuRequest.$Properties {
        }

        class InitIommuRequest {
            constructor(p?: pkvm.v1.InitIommuRequest.$Properties);
            $unknowns?: Uint8Array[];
            poolBase: number;
            poolSize: number;
            smmus: pkvm.v1.SmmuTables.$Properties[];
            static create(properties: pkvm.v1.InitIommuRequest.$Shape): pkvm.v1.InitIommuRequest & pkvm.v1.InitIommuRequest.$Shape;
            static create(properties?: pkvm.v1.InitIommuRequest.$Properties): pkvm.v1.InitIommuRequest;
            static encode(m: pkvm.v1.InitIommuRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.InitIommuRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.InitIommuRequest & pkvm.v1.InitIommuRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.InitIommuRequest & pkvm.v1.InitIommuRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.InitIommuRequest;
            static toObject(m: pkvm.v1.InitIommuRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InitIommuRequest {
            interface $Properties {
                poolBase?: (number|null);
                poolSize?: (number|null);
                smmus?: (pkvm.v1.SmmuTables.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.InitIommuRequest.$Properties;
        }

        interface IIommuCommand extends pkvm.v1.IommuCommand.$Properties {
        }

        class IommuCommand {
            constructor(p?: pkvm.v1.IommuCommand.$Properties);
            $unknowns?: Uint8Array[];
            smmu: number;
            op: string;
            sid: number;
            vmid: number;
            addr: number;
            leaf: boolean;
            detail: string;
            static create(properties: pkvm.v1.IommuCommand.$Shape): pkvm.v1.IommuCommand & pkvm.v1.IommuCommand.$Shape;
            static create(properties?: pkvm.v1.IommuCommand.$Properties): pkvm.v1.IommuCommand;
            static encode(m: pkvm.v1.IommuCommand.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.IommuCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.IommuCommand & pkvm.v1.IommuCommand.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.IommuCommand & pkvm.v1.IommuCommand.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.IommuCommand;
            static toObject(m: pkvm.v1.IommuCommand, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IommuCommand {
            interface $Properties {
                smmu?: (number|null);
                op?: (string|null);
                sid?: (number|null);
                vmid?: (number|null);
                addr?: (number|null);
                leaf?: (boolean|null);
                detail?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.IommuCommand.$Properties;
        }

        interface IIdmapConfig extends pkvm.v1.IdmapConfig.$Properties {
        }

        class IdmapConfig {
            constructor(p?: pkvm.v1.IdmapConfig.$Properties);
            $unknowns?: Uint8Array[];
            ias: number;
            oas: number;
            startLevel: number;
            pgdPages: number;
            pgd: number;
            vtcr: number;
            pgsizeBitmap: number;
            coherentWalk: boolean;
            static create(properties: pkvm.v1.IdmapConfig.$Shape): pkvm.v1.IdmapConfig & pkvm.v1.IdmapConfig.$Shape;
            static create(properties?: pkvm.v1.IdmapConfig.$Properties): pkvm.v1.IdmapConfig;
            static encode(m: pkvm.v1.IdmapConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.IdmapConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.IdmapConfig & pkvm.v1.IdmapConfig.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.IdmapConfig & pkvm.v1.IdmapConfig.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.IdmapConfig;
            static toObject(m: pkvm.v1.IdmapConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IdmapConfig {
            interface $Properties {
                ias?: (number|null);
                oas?: (number|null);
                startLevel?: (number|null);
                pgdPages?: (number|null);
                pgd?: (number|null);
                vtcr?: (number|null);
                pgsizeBitmap?: (number|null);
                coherentWalk?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.IdmapConfig.$Properties;
        }

        interface IInitIommuResponse extends pkvm.v1.InitIommuResponse.$Properties {
        }

        class InitIommuResponse {
            constructor(p?: pkvm.v1.InitIommuResponse.$Properties);
            $unknowns?: Uint8Array[];
            idmap?: (pkvm.v1.IdmapConfig.$Properties|null);
            commands: pkvm.v1.IommuCommand.$Properties[];
            smmus: pkvm.v1.SmmuTables.$Properties[];
            poolFreePages: number;
            static create(properties: pkvm.v1.InitIommuResponse.$Shape): pkvm.v1.InitIommuResponse & pkvm.v1.InitIommuResponse.$Shape;
            static create(properties?: pkvm.v1.InitIommuResponse.$Properties): pkvm.v1.InitIommuResponse;
            static encode(m: pkvm.v1.InitIommuResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.InitIommuResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.InitIommuResponse & pkvm.v1.InitIommuResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.InitIommuResponse & pkvm.v1.InitIommuResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.InitIommuResponse;
            static toObject(m: pkvm.v1.InitIommuResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InitIommuResponse {
            interface $Properties {
                idmap?: (pkvm.v1.IdmapConfig.$Properties|null);
                commands?: (pkvm.v1.IommuCommand.$Properties[]|null);
                smmus?: (pkvm.v1.SmmuTables.$Properties[]|null);
                poolFreePages?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.InitIommuResponse.$Properties;
        }

        enum LeafState {
            LEAF_STATE_UNSPECIFIED = 0,
            LEAF_STATE_MAPPED = 1,
            LEAF_STATE_ANNOTATED = 2,
            LEAF_STATE_EMPTY = 3
        }

        interface IHostStage2Leaf extends pkvm.v1.HostStage2Leaf.$Properties {
        }

        class HostStage2Leaf {
            constructor(p?: pkvm.v1.HostStage2Leaf.$Properties);
            $unknowns?: Uint8Array[];
            start: number;
            end: number;
            state: pkvm.v1.LeafState;
            kvmProt: number;
            isMemory: boolean;
            static create(properties: pkvm.v1.HostStage2Leaf.$Shape): pkvm.v1.HostStage2Leaf & pkvm.v1.HostStage2Leaf.$Shape;
            static create(properties?: pkvm.v1.HostStage2Leaf.$Properties): pkvm.v1.HostStage2Leaf;
            static encode(m: pkvm.v1.HostStage2Leaf.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HostStage2Leaf.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HostStage2Leaf & pkvm.v1.HostStage2Leaf.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HostStage2Leaf & pkvm.v1.HostStage2Leaf.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HostStage2Leaf;
            static toObject(m: pkvm.v1.HostStage2Leaf, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HostStage2Leaf {
            interface $Properties {
                start?: (number|null);
                end?: (number|null);
                state?: (pkvm.v1.LeafState|null);
                kvmProt?: (number|null);
                isMemory?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HostStage2Leaf.$Properties;
        }

        interface ISnapshotHostStage2Request extends pkvm.v1.SnapshotHostStage2Request.$Properties {
        }

        class SnapshotHostStage2Request {
            constructor(p?: pkvm.v1.SnapshotHostStage2Request.$Properties);
            $unknowns?: Uint8Array[];
            leaves: pkvm.v1.HostStage2Leaf.$Properties[];
            static create(properties: pkvm.v1.SnapshotHostStage2Request.$Shape): pkvm.v1.SnapshotHostStage2Request & pkvm.v1.SnapshotHostStage2Request.$Shape;
            static create(properties?: pkvm.v1.SnapshotHostStage2Request.$Properties): pkvm.v1.SnapshotHostStage2Request;
            static encode(m: pkvm.v1.SnapshotHostStage2Request.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.SnapshotHostStage2Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.SnapshotHostStage2Request & pkvm.v1.SnapshotHostStage2Request.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.SnapshotHostStage2Request & pkvm.v1.SnapshotHostStage2Request.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.SnapshotHostStage2Request;
            static toObject(m: pkvm.v1.SnapshotHostStage2Request, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotHostStage2Request {
            interface $Properties {
                leaves?: (pkvm.v1.HostStage2Leaf.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.SnapshotHostStage2Request.$Properties;
        }

        interface ISnapshotHostStage2Response extends pkvm.v1.SnapshotHostStage2Response.$Properties {
        }

        class SnapshotHostStage2Response {
            constructor(p?: pkvm.v1.SnapshotHostStage2Response.$Properties);
            $unknowns?: Uint8Array[];
            ret: number;
            initialized: boolean;
            commands: pkvm.v1.IommuCommand.$Properties[];
            poolFreePages: number;
            commandsTotal: number;
            static create(properties: pkvm.v1.SnapshotHostStage2Response.$Shape): pkvm.v1.SnapshotHostStage2Response & pkvm.v1.SnapshotHostStage2Response.$Shape;
            static create(properties?: pkvm.v1.SnapshotHostStage2Response.$Properties): pkvm.v1.SnapshotHostStage2Response;
            static encode(m: pkvm.v1.SnapshotHostStage2Response.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.SnapshotHostStage2Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.SnapshotHostStage2Response & pkvm.v1.SnapshotHostStage2Response.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.SnapshotHostStage2Response & pkvm.v1.SnapshotHostStage2Response.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.SnapshotHostStage2Response;
            static toObject(m: pkvm.v1.SnapshotHostStage2Response, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotHostStage2Response {
            interface $Properties {
                ret?: (number|null);
                initialized?: (boolean|null);
                commands?: (pkvm.v1.IommuCommand.$Properties[]|null);
                poolFreePages?: (number|null);
                commandsTotal?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.SnapshotHostStage2Response.$Properties;
        }

        interface IHostStage2IdmapRequest extends pkvm.v1.HostStage2IdmapRequest.$Properties {
        }

        class HostStage2IdmapRequest {
            constructor(p?: pkvm.v1.HostStage2IdmapRequest.$Properties);
            $unknowns?: Uint8Array[];
            start: number;
            end: number;
            kvmProt: number;
            static create(properties: pkvm.v1.HostStage2IdmapRequest.$Shape): pkvm.v1.HostStage2IdmapRequest & pkvm.v1.HostStage2IdmapRequest.$Shape;
            static create(properties?: pkvm.v1.HostStage2IdmapRequest.$Properties): pkvm.v1.HostStage2IdmapRequest;
            static encode(m: pkvm.v1.HostStage2IdmapRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HostStage2IdmapRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HostStage2IdmapRequest & pkvm.v1.HostStage2IdmapRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HostStage2IdmapRequest & pkvm.v1.HostStage2IdmapRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HostStage2IdmapRequest;
            static toObject(m: pkvm.v1.HostStage2IdmapRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HostStage2IdmapRequest {
            interface $Properties {
                start?: (number|null);
                end?: (number|null);
                kvmProt?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HostStage2IdmapRequest.$Properties;
        }

        interface IHostStage2IdmapResponse extends pkvm.v1.HostStage2IdmapResponse.$Properties {
        }

        class HostStage2IdmapResponse {
            constructor(p?: pkvm.v1.HostStage2IdmapResponse.$Properties);
            $unknowns?: Uint8Array[];
            ret: number;
            ignored: boolean;
            commands: pkvm.v1.IommuCommand.$Properties[];
            poolFreePages: number;
            commandsTotal: number;
            static create(properties: pkvm.v1.HostStage2IdmapResponse.$Shape): pkvm.v1.HostStage2IdmapResponse & pkvm.v1.HostStage2IdmapResponse.$Shape;
            static create(properties?: pkvm.v1.HostStage2IdmapResponse.$Properties): pkvm.v1.HostStage2IdmapResponse;
            static encode(m: pkvm.v1.HostStage2IdmapResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HostStage2IdmapResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HostStage2IdmapResponse & pkvm.v1.HostStage2IdmapResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HostStage2IdmapResponse & pkvm.v1.HostStage2IdmapResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HostStage2IdmapResponse;
            static toObject(m: pkvm.v1.HostStage2IdmapResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HostStage2IdmapResponse {
            interface $Properties {
                ret?: (number|null);
                ignored?: (boolean|null);
                commands?: (pkvm.v1.IommuCommand.$Properties[]|null);
                poolFreePages?: (number|null);
                commandsTotal?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HostStage2IdmapResponse.$Properties;
        }

        interface IEnableDevRequest extends pkvm.v1.EnableDevRequest.$Properties {
        }

        class EnableDevRequest {
            constructor(p?: pkvm.v1.EnableDevRequest.$Properties);
            $unknowns?: Uint8Array[];
            smmu: number;
            sid: number;
            static create(properties: pkvm.v1.EnableDevRequest.$Shape): pkvm.v1.EnableDevRequest & pkvm.v1.EnableDevRequest.$Shape;
            static create(properties?: pkvm.v1.EnableDevRequest.$Properties): pkvm.v1.EnableDevRequest;
            static encode(m: pkvm.v1.EnableDevRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.EnableDevRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.EnableDevRequest & pkvm.v1.EnableDevRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.EnableDevRequest & pkvm.v1.EnableDevRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.EnableDevRequest;
            static toObject(m: pkvm.v1.EnableDevRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EnableDevRequest {
            interface $Properties {
                smmu?: (number|null);
                sid?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.EnableDevRequest.$Properties;
        }

        interface IEnableDevResponse extends pkvm.v1.EnableDevResponse.$Properties {
        }

        class EnableDevResponse {
            constructor(p?: pkvm.v1.EnableDevResponse.$Properties);
            $unknowns?: Uint8Array[];
            ret: number;
            commands: pkvm.v1.IommuCommand.$Properties[];
            static create(properties: pkvm.v1.EnableDevResponse.$Shape): pkvm.v1.EnableDevResponse & pkvm.v1.EnableDevResponse.$Shape;
            static create(properties?: pkvm.v1.EnableDevResponse.$Properties): pkvm.v1.EnableDevResponse;
            static encode(m: pkvm.v1.EnableDevResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.EnableDevResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.EnableDevResponse & pkvm.v1.EnableDevResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.EnableDevResponse & pkvm.v1.EnableDevResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.EnableDevResponse;
            static toObject(m: pkvm.v1.EnableDevResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EnableDevResponse {
            interface $Properties {
                ret?: (number|null);
                commands?: (pkvm.v1.IommuCommand.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.EnableDevResponse.$Properties;
        }

        interface IDisableDevRequest extends pkvm.v1.DisableDevRequest.$Properties {
        }

        class DisableDevRequest {
            constructor(p?: pkvm.v1.DisableDevRequest.$Properties);
            $unknowns?: Uint8Array[];
            smmu: number;
            sid: number;
            static create(properties: pkvm.v1.DisableDevRequest.$Shape): pkvm.v1.DisableDevRequest & pkvm.v1.DisableDevRequest.$Shape;
            static create(properties?: pkvm.v1.DisableDevRequest.$Properties): pkvm.v1.DisableDevRequest;
            static encode(m: pkvm.v1.DisableDevRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.DisableDevRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.DisableDevRequest & pkvm.v1.DisableDevRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.DisableDevRequest & pkvm.v1.DisableDevRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.DisableDevRequest;
            static toObject(m: pkvm.v1.DisableDevRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DisableDevRequest {
            interface $Properties {
                smmu?: (number|null);
                sid?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.DisableDevRequest.$Properties;
        }

        interface IDisableDevResponse extends pkvm.v1.DisableDevResponse.$Properties {
        }

        class DisableDevResponse {
            constructor(p?: pkvm.v1.DisableDevResponse.$Properties);
            $unknowns?: Uint8Array[];
            ret: number;
            commands: pkvm.v1.IommuCommand.$Properties[];
            static create(properties: pkvm.v1.DisableDevResponse.$Shape): pkvm.v1.DisableDevResponse & pkvm.v1.DisableDevResponse.$Shape;
            static create(properties?: pkvm.v1.DisableDevResponse.$Properties): pkvm.v1.DisableDevResponse;
            static encode(m: pkvm.v1.DisableDevResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.DisableDevResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.DisableDevResponse & pkvm.v1.DisableDevResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.DisableDevResponse & pkvm.v1.DisableDevResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.DisableDevResponse;
            static toObject(m: pkvm.v1.DisableDevResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DisableDevResponse {
            interface $Properties {
                ret?: (number|null);
                commands?: (pkvm.v1.IommuCommand.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.DisableDevResponse.$Properties;
        }

        interface ISetHostAccessRequest extends pkvm.v1.SetHostAccessRequest.$Properties {
        }

        class SetHostAccessRequest {
            constructor(p?: pkvm.v1.SetHostAccessRequest.$Properties);
            $unknowns?: Uint8Array[];
            start: number;
            end: number;
            prot: number;
            static create(properties: pkvm.v1.SetHostAccessRequest.$Shape): pkvm.v1.SetHostAccessRequest & pkvm.v1.SetHostAccessRequest.$Shape;
            static create(properties?: pkvm.v1.SetHostAccessRequest.$Properties): pkvm.v1.SetHostAccessRequest;
            static encode(m: pkvm.v1.SetHostAccessRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.SetHostAccessRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.SetHostAccessRequest & pkvm.v1.SetHostAccessRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.SetHostAccessRequest & pkvm.v1.SetHostAccessRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.SetHostAccessRequest;
            static toObject(m: pkvm.v1.SetHostAccessRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetHostAccessRequest {
            interface $Properties {
                start?: (number|null);
                end?: (number|null);
                prot?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.SetHostAccessRequest.$Properties;
        }

        interface ISetHostAccessResponse extends pkvm.v1.SetHostAccessResponse.$Properties {
        }

        class SetHostAccessResponse {
            constructor(p?: pkvm.v1.SetHostAccessResponse.$Properties);
            $unknowns?: Uint8Array[];
            pages: number;
            changed: boolean;
            enforcing: boolean;
            static create(properties: pkvm.v1.SetHostAccessResponse.$Shape): pkvm.v1.SetHostAccessResponse & pkvm.v1.SetHostAccessResponse.$Shape;
            static create(properties?: pkvm.v1.SetHostAccessResponse.$Properties): pkvm.v1.SetHostAccessResponse;
            static encode(m: pkvm.v1.SetHostAccessResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.SetHostAccessResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.SetHostAccessResponse & pkvm.v1.SetHostAccessResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.SetHostAccessResponse & pkvm.v1.SetHostAccessResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.SetHostAccessResponse;
            static toObject(m: pkvm.v1.SetHostAccessResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetHostAccessResponse {
            interface $Properties {
                pages?: (number|null);
                changed?: (boolean|null);
                enforcing?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.SetHostAccessResponse.$Properties;
        }

        class IommuMmioService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): IommuMmioService;
            read: pkvm.v1.IommuMmioService.Read;
            write: pkvm.v1.IommuMmioService.Write;
            armCrash: pkvm.v1.IommuMmioService.ArmCrash;
        }

        namespace IommuMmioService {
            type ReadCallback = (error: (Error|null), response?: pkvm.v1.ReadResponse) => void;
            type Read = {
              (request: pkvm.v1.IReadRequest, callback: pkvm.v1.IommuMmioService.ReadCallback): void;
              (request: pkvm.v1.IReadRequest): Promise<pkvm.v1.ReadResponse>;
              readonly name: "Read";
              readonly path: "/pkvm.v1.IommuMmioService/Read";
              readonly requestType: "ReadRequest";
              readonly responseType: "ReadResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type WriteCallback = (error: (Error|null), response?: pkvm.v1.WriteResponse) => void;
            type Write = {
              (request: pkvm.v1.IWriteRequest, callback: pkvm.v1.IommuMmioService.WriteCallback): void;
              (request: pkvm.v1.IWriteRequest): Promise<pkvm.v1.WriteResponse>;
              readonly name: "Write";
              readonly path: "/pkvm.v1.IommuMmioService/Write";
              readonly requestType: "WriteRequest";
              readonly responseType: "WriteResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ArmCrashCallback = (error: (Error|null), response?: pkvm.v1.ArmCrashResponse) => void;
            type ArmCrash = {
              (request: pkvm.v1.IArmCrashRequest, callback: pkvm.v1.IommuMmioService.ArmCrashCallback): void;
              (request: pkvm.v1.IArmCrashRequest): Promise<pkvm.v1.ArmCrashResponse>;
              readonly name: "ArmCrash";
              readonly path: "/pkvm.v1.IommuMmioService/ArmCrash";
              readonly requestType: "ArmCrashRequest";
              readonly responseType: "ArmCrashResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface IArmCrashRequest extends pkvm.v1.ArmCrashRequest.$Properties {
        }

        class ArmCrashRequest {
            constructor(p?: pkvm.v1.ArmCrashRequest.$Properties);
            $unknowns?: Uint8Array[];
            at: string;
            immediately: boolean;
            subStep: string;
            static create(properties: pkvm.v1.ArmCrashRequest.$Shape): pkvm.v1.ArmCrashRequest & pkvm.v1.ArmCrashRequest.$Shape;
            static create(properties?: pkvm.v1.ArmCrashRequest.$Properties): pkvm.v1.ArmCrashRequest;
            static encode(m: pkvm.v1.ArmCrashRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.ArmCrashRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.ArmCrashRequest & pkvm.v1.ArmCrashRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.ArmCrashRequest & pkvm.v1.ArmCrashRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.ArmCrashRequest;
            static toObject(m: pkvm.v1.ArmCrashRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ArmCrashRequest {
            interface $Properties {
                at?: (string|null);
                immediately?: (boolean|null);
                subStep?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.ArmCrashRequest.$Properties;
        }

        interface IArmCrashResponse extends pkvm.v1.ArmCrashResponse.$Properties {
        }

        class ArmCrashResponse {
            constructor(p?: pkvm.v1.ArmCrashResponse.$Properties);
            $unknowns?: Uint8Array[];
            at: string;
            static create(properties: pkvm.v1.ArmCrashResponse.$Shape): pkvm.v1.ArmCrashResponse & pkvm.v1.ArmCrashResponse.$Shape;
            static create(properties?: pkvm.v1.ArmCrashResponse.$Properties): pkvm.v1.ArmCrashResponse;
            static encode(m: pkvm.v1.ArmCrashResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.ArmCrashResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.ArmCrashResponse & pkvm.v1.ArmCrashResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.ArmCrashResponse & pkvm.v1.ArmCrashResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.ArmCrashResponse;
            static toObject(m: pkvm.v1.ArmCrashResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ArmCrashResponse {
            interface $Properties {
                at?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.ArmCrashResponse.$Properties;
        }

        interface IReadRequest extends pkvm.v1.ReadRequest.$Properties {
        }

        class ReadRequest {
            constructor(p?: pkvm.v1.ReadRequest.$Properties);
            $unknowns?: Uint8Array[];
            pa: number;
            width: number;
            static create(properties: pkvm.v1.ReadRequest.$Shape): pkvm.v1.ReadRequest & pkvm.v1.ReadRequest.$Shape;
            static create(properties?: pkvm.v1.ReadRequest.$Properties): pkvm.v1.ReadRequest;
            static encode(m: pkvm.v1.ReadRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.ReadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.ReadRequest & pkvm.v1.ReadRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.ReadRequest & pkvm.v1.ReadRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.ReadRequest;
            static toObject(m: pkvm.v1.ReadRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadRequest {
            interface $Properties {
                pa?: (number|null);
                width?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.ReadRequest.$Properties;
        }

        interface IReadResponse extends pkvm.v1.ReadResponse.$Properties {
        }

        class ReadResponse {
            constructor(p?: pkvm.v1.ReadResponse.$Properties);
            $unknowns?: Uint8Array[];
            lo: number;
            hi: number;
            smmu: number;
            offset: number;
            static create(properties: pkvm.v1.ReadResponse.$Shape): pkvm.v1.ReadResponse & pkvm.v1.ReadResponse.$Shape;
            static create(properties?: pkvm.v1.ReadResponse.$Properties): pkvm.v1.ReadResponse;
            static encode(m: pkvm.v1.ReadResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.ReadResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.ReadResponse & pkvm.v1.ReadResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.ReadResponse & pkvm.v1.ReadResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.ReadResponse;
            static toObject(m: pkvm.v1.ReadResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadResponse {
            interface $Properties {
                lo?: (number|null);
                hi?: (number|null);
                smmu?: (number|null);
                offset?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.ReadResponse.$Properties;
        }

        interface IWriteRequest extends pkvm.v1.WriteRequest.$Properties {
        }

        class WriteRequest {
            constructor(p?: pkvm.v1.WriteRequest.$Properties);
            $unknowns?: Uint8Array[];
            pa: number;
            width: number;
            lo: number;
            hi: number;
            static create(properties: pkvm.v1.WriteRequest.$Shape): pkvm.v1.WriteRequest & pkvm.v1.WriteRequest.$Shape;
            static create(properties?: pkvm.v1.WriteRequest.$Properties): pkvm.v1.WriteRequest;
            static encode(m: pkvm.v1.WriteRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.WriteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.WriteRequest & pkvm.v1.WriteRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.WriteRequest & pkvm.v1.WriteRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.WriteRequest;
            static toObject(m: pkvm.v1.WriteRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WriteRequest {
            interface $Properties {
                pa?: (number|null);
                width?: (number|null);
                lo?: (number|null);
                hi?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.WriteRequest.$Properties;
        }

        interface IWriteResponse extends pkvm.v1.WriteResponse.$Properties {
        }

        class WriteResponse {
            constructor(p?: pkvm.v1.WriteResponse.$Properties);
            $unknowns?: Uint8Array[];
            commands: pkvm.v1.IommuCommand.$Properties[];
            static create(properties: pkvm.v1.WriteResponse.$Shape): pkvm.v1.WriteResponse & pkvm.v1.WriteResponse.$Shape;
            static create(properties?: pkvm.v1.WriteResponse.$Properties): pkvm.v1.WriteResponse;
            static encode(m: pkvm.v1.WriteResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.WriteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.WriteResponse & pkvm.v1.WriteResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.WriteResponse & pkvm.v1.WriteResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.WriteResponse;
            static toObject(m: pkvm.v1.WriteResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WriteResponse {
            interface $Properties {
                commands?: (pkvm.v1.IommuCommand.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.WriteResponse.$Properties;
        }

        class IommuMemService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): IommuMemService;
            readMem: pkvm.v1.IommuMemService.ReadMem;
            writeMem: pkvm.v1.IommuMemService.WriteMem;
        }

        namespace IommuMemService {
            type ReadMemCallback = (error: (Error|null), response?: pkvm.v1.ReadMemResponse) => void;
            type ReadMem = {
              (request: pkvm.v1.IReadMemRequest, callback: pkvm.v1.IommuMemService.ReadMemCallback): void;
              (request: pkvm.v1.IReadMemRequest): Promise<pkvm.v1.ReadMemResponse>;
              readonly name: "ReadMem";
              readonly path: "/pkvm.v1.IommuMemService/ReadMem";
              readonly requestType: "ReadMemRequest";
              readonly responseType: "ReadMemResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type WriteMemCallback = (error: (Error|null), response?: pkvm.v1.WriteMemResponse) => void;
            type WriteMem = {
              (request: pkvm.v1.IWriteMemRequest, callback: pkvm.v1.IommuMemService.WriteMemCallback): void;
              (request: pkvm.v1.IWriteMemRequest): Promise<pkvm.v1.WriteMemResponse>;
              readonly name: "WriteMem";
              readonly path: "/pkvm.v1.IommuMemService/WriteMem";
              readonly requestType: "WriteMemRequest";
              readonly responseType: "WriteMemResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface IReadMemRequest extends pkvm.v1.ReadMemRequest.$Properties {
        }

        class ReadMemRequest {
            constructor(p?: pkvm.v1.ReadMemRequest.$Properties);
            $unknowns?: Uint8Array[];
            pa: number;
            length: number;
            static create(properties: pkvm.v1.ReadMemRequest.$Shape): pkvm.v1.ReadMemRequest & pkvm.v1.ReadMemRequest.$Shape;
            static create(properties?: pkvm.v1.ReadMemRequest.$Properties): pkvm.v1.ReadMemRequest;
            static encode(m: pkvm.v1.ReadMemRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.ReadMemRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.ReadMemRequest & pkvm.v1.ReadMemRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.ReadMemRequest & pkvm.v1.ReadMemRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.ReadMemRequest;
            static toObject(m: pkvm.v1.ReadMemRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadMemRequest {
            interface $Properties {
                pa?: (number|null);
                length?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.ReadMemRequest.$Properties;
        }

        interface IReadMemResponse extends pkvm.v1.ReadMemResponse.$Properties {
        }

        class ReadMemResponse {
            constructor(p?: pkvm.v1.ReadMemResponse.$Properties);
            $unknowns?: Uint8Array[];
            data: Uint8Array;
            static create(properties: pkvm.v1.ReadMemResponse.$Shape): pkvm.v1.ReadMemResponse & pkvm.v1.ReadMemResponse.$Shape;
            static create(properties?: pkvm.v1.ReadMemResponse.$Properties): pkvm.v1.ReadMemResponse;
            static encode(m: pkvm.v1.ReadMemResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.ReadMemResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.ReadMemResponse & pkvm.v1.ReadMemResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.ReadMemResponse & pkvm.v1.ReadMemResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.ReadMemResponse;
            static toObject(m: pkvm.v1.ReadMemResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadMemResponse {
            interface $Properties {
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.ReadMemResponse.$Properties;
        }

        interface IWriteMemRequest extends pkvm.v1.WriteMemRequest.$Properties {
        }

        class WriteMemRequest {
            constructor(p?: pkvm.v1.WriteMemRequest.$Properties);
            $unknowns?: Uint8Array[];
            pa: number;
            data: Uint8Array;
            static create(properties: pkvm.v1.WriteMemRequest.$Shape): pkvm.v1.WriteMemRequest & pkvm.v1.WriteMemRequest.$Shape;
            static create(properties?: pkvm.v1.WriteMemRequest.$Properties): pkvm.v1.WriteMemRequest;
            static encode(m: pkvm.v1.WriteMemRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.WriteMemRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.WriteMemRequest & pkvm.v1.WriteMemRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.WriteMemRequest & pkvm.v1.WriteMemRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.WriteMemRequest;
            static toObject(m: pkvm.v1.WriteMemRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WriteMemRequest {
            interface $Properties {
                pa?: (number|null);
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.WriteMemRequest.$Properties;
        }

        interface IWriteMemResponse extends pkvm.v1.WriteMemResponse.$Properties {
        }

        class WriteMemResponse {
            constructor(p?: pkvm.v1.WriteMemResponse.$Properties);
            $unknowns?: Uint8Array[];
            written: number;
            static create(properties: pkvm.v1.WriteMemResponse.$Shape): pkvm.v1.WriteMemResponse & pkvm.v1.WriteMemResponse.$Shape;
            static create(properties?: pkvm.v1.WriteMemResponse.$Properties): pkvm.v1.WriteMemResponse;
            static encode(m: pkvm.v1.WriteMemResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.WriteMemResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.WriteMemResponse & pkvm.v1.WriteMemResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.WriteMemResponse & pkvm.v1.WriteMemResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.WriteMemResponse;
            static toObject(m: pkvm.v1.WriteMemResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WriteMemResponse {
            interface $Properties {
                written?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.WriteMemResponse.$Properties;
        }

        class IommuDmaService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): IommuDmaService;
            dma: pkvm.v1.IommuDmaService.Dma;
        }

        namespace IommuDmaService {
            type DmaCallback = (error: (Error|null), response?: pkvm.v1.DmaResponse) => void;
            type Dma = {
              (request: pkvm.v1.IDmaRequest, callback: pkvm.v1.IommuDmaService.DmaCallback): void;
              (request: pkvm.v1.IDmaRequest): Promise<pkvm.v1.DmaResponse>;
              readonly name: "Dma";
              readonly path: "/pkvm.v1.IommuDmaService/Dma";
              readonly requestType: "DmaRequest";
              readonly responseType: "DmaResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        enum DmaDirection {
            DMA_DIRECTION_UNSPECIFIED = 0,
            DMA_DIRECTION_READ = 1,
            DMA_DIRECTION_WRITE = 2
        }

        interface IDmaRequest extends pkvm.v1.DmaRequest.$Properties {
        }

        class DmaRequest {
            constructor(p?: pkvm.v1.DmaRequest.$Properties);
            $unknowns?: Uint8Array[];
            smmu: number;
            sid: number;
            iova: number;
            length: number;
            direction: pkvm.v1.DmaDirection;
            data: Uint8Array;
            static create(properties: pkvm.v1.DmaRequest.$Shape): pkvm.v1.DmaRequest & pkvm.v1.DmaRequest.$Shape;
            static create(properties?: pkvm.v1.DmaRequest.$Properties): pkvm.v1.DmaRequest;
            static encode(m: pkvm.v1.DmaRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.DmaRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.DmaRequest & pkvm.v1.DmaRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.DmaRequest & pkvm.v1.DmaRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.DmaRequest;
            static toObject(m: pkvm.v1.DmaRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DmaRequest {
            interface $Properties {
                smmu?: (number|null);
                sid?: (number|null);
                iova?: (number|null);
                length?: (number|null);
                direction?: (pkvm.v1.DmaDirection|null);
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.DmaRequest.$Properties;
        }

        interface ISmmuEvent extends pkvm.v1.SmmuEvent.$Properties {
        }

        class SmmuEvent {
            constructor(p?: pkvm.v1.SmmuEvent.$Properties);
            $unknowns?: Uint8Array[];
            type: number;
            typeName: string;
            sid: number;
            rnw: boolean;
            s2: boolean;
            eventClass: number;
            inputAddr: number;
            ipa: number;
            fetchAddr: number;
            static create(properties: pkvm.v1.SmmuEvent.$Shape): pkvm.v1.SmmuEvent & pkvm.v1.SmmuEvent.$Shape;
            static create(properties?: pkvm.v1.SmmuEvent.$Properties): pkvm.v1.SmmuEvent;
            static encode(m: pkvm.v1.SmmuEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.SmmuEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.SmmuEvent & pkvm.v1.SmmuEvent.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.SmmuEvent & pkvm.v1.SmmuEvent.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.SmmuEvent;
            static toObject(m: pkvm.v1.SmmuEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SmmuEvent {
            interface $Properties {
                type?: (number|null);
                typeName?: (string|null);
                sid?: (number|null);
                rnw?: (boolean|null);
                s2?: (boolean|null);
                eventClass?: (number|null);
                inputAddr?: (number|null);
                ipa?: (number|null);
                fetchAddr?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.SmmuEvent.$Properties;
        }

        interface IDmaFault extends pkvm.v1.DmaFault.$Properties {
        }

        class DmaFault {
            constructor(p?: pkvm.v1.DmaFault.$Properties);
            $unknowns?: Uint8Array[];
            reason: string;
            address: number;
            event?: (pkvm.v1.SmmuEvent.$Properties|null);
            recorded: boolean;
            static create(properties: pkvm.v1.DmaFault.$Shape): pkvm.v1.DmaFault & pkvm.v1.DmaFault.$Shape;
            static create(properties?: pkvm.v1.DmaFault.$Properties): pkvm.v1.DmaFault;
            static encode(m: pkvm.v1.DmaFault.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.DmaFault.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.DmaFault & pkvm.v1.DmaFault.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.DmaFault & pkvm.v1.DmaFault.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.DmaFault;
            static toObject(m: pkvm.v1.DmaFault, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DmaFault {
            interface $Properties {
                reason?: (string|null);
                address?: (number|null);
                event?: (pkvm.v1.SmmuEvent.$Properties|null);
                recorded?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.DmaFault.$Properties;
        }

        interface IDmaResponse extends pkvm.v1.DmaResponse.$Properties {
        }

        class DmaResponse {
            constructor(p?: pkvm.v1.DmaResponse.$Properties);
            $unknowns?: Uint8Array[];
            ok: boolean;
            data: Uint8Array;
            completed: number;
            fault?: (pkvm.v1.DmaFault.$Properties|null);
            static create(properties: pkvm.v1.DmaResponse.$Shape): pkvm.v1.DmaResponse & pkvm.v1.DmaResponse.$Shape;
            static create(properties?: pkvm.v1.DmaResponse.$Properties): pkvm.v1.DmaResponse;
            static encode(m: pkvm.v1.DmaResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.DmaResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.DmaResponse & pkvm.v1.DmaResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.DmaResponse & pkvm.v1.DmaResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.DmaResponse;
            static toObject(m: pkvm.v1.DmaResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DmaResponse {
            interface $Properties {
                ok?: (boolean|null);
                data?: (Uint8Array|null);
                completed?: (number|null);
                fault?: (pkvm.v1.DmaFault.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.DmaResponse.$Properties;
        }

        class IommuDumpService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): IommuDumpService;
            ptdump: pkvm.v1.IommuDumpService.Ptdump;
            ste: pkvm.v1.IommuDumpService.Ste;
            events: pkvm.v1.IommuDumpService.Events;
            stateHash: pkvm.v1.IommuDumpService.StateHash;
            machineInfo: pkvm.v1.IommuDumpService.MachineInfo;
            reachability: pkvm.v1.IommuDumpService.Reachability;
            dmaProbe: pkvm.v1.IommuDumpService.DmaProbe;
            isolationLedger: pkvm.v1.IommuDumpService.IsolationLedger;
        }

        namespace IommuDumpService {
            type PtdumpCallback = (error: (Error|null), response?: pkvm.v1.PtdumpResponse) => void;
            type Ptdump = {
              (request: pkvm.v1.IPtdumpRequest, callback: pkvm.v1.IommuDumpService.PtdumpCallback): void;
              (request: pkvm.v1.IPtdumpRequest): Promise<pkvm.v1.PtdumpResponse>;
              readonly name: "Ptdump";
              readonly path: "/pkvm.v1.IommuDumpService/Ptdump";
              readonly requestType: "PtdumpRequest";
              readonly responseType: "PtdumpResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type SteCallback = (error: (Error|null), response?: pkvm.v1.SteResponse) => void;
            type Ste = {
              (request: pkvm.v1.ISteRequest, callback: pkvm.v1.IommuDumpService.SteCallback): void;
              (request: pkvm.v1.ISteRequest): Promise<pkvm.v1.SteResponse>;
              readonly name: "Ste";
              readonly path: "/pkvm.v1.IommuDumpService/Ste";
              readonly requestType: "SteRequest";
              readonly responseType: "SteResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type EventsCallback = (error: (Error|null), response?: pkvm.v1.EventsResponse) => void;
            type Events = {
              (request: pkvm.v1.IEventsRequest, callback: pkvm.v1.IommuDumpService.EventsCallback): void;
              (request: pkvm.v1.IEventsRequest): Promise<pkvm.v1.EventsResponse>;
              readonly name: "Events";
              readonly path: "/pkvm.v1.IommuDumpService/Events";
              readonly requestType: "EventsRequest";
              readonly responseType: "EventsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type StateHashCallback = (error: (Error|null), response?: pkvm.v1.StateHashResponse) => void;
            type StateHash = {
              (request: pkvm.v1.IStateHashRequest, callback: pkvm.v1.IommuDumpService.StateHashCallback): void;
              (request: pkvm.v1.IStateHashRequest): Promise<pkvm.v1.StateHashResponse>;
              readonly name: "StateHash";
              readonly path: "/pkvm.v1.IommuDumpService/StateHash";
              readonly requestType: "StateHashRequest";
              readonly responseType: "StateHashResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type MachineInfoCallback = (error: (Error|null), response?: pkvm.v1.MachineInfoResponse) => void;
            type MachineInfo = {
              (request: pkvm.v1.IMachineInfoRequest, callback: pkvm.v1.IommuDumpService.MachineInfoCallback): void;
              (request: pkvm.v1.IMachineInfoRequest): Promise<pkvm.v1.MachineInfoResponse>;
              readonly name: "MachineInfo";
              readonly path: "/pkvm.v1.IommuDumpService/MachineInfo";
              readonly requestType: "MachineInfoRequest";
              readonly responseType: "MachineInfoResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ReachabilityCallback = (error: (Error|null), response?: pkvm.v1.ReachabilityResponse) => void;
            type Reachability = {
              (request: pkvm.v1.IReachabilityRequest, callback: pkvm.v1.IommuDumpService.ReachabilityCallback): void;
              (request: pkvm.v1.IReachabilityRequest): Promise<pkvm.v1.ReachabilityResponse>;
              readonly name: "Reachability";
              readonly path: "/pkvm.v1.IommuDumpService/Reachability";
              readonly requestType: "ReachabilityRequest";
              readonly responseType: "ReachabilityResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type DmaProbeCallback = (error: (Error|null), response?: pkvm.v1.DmaProbeResponse) => void;
            type DmaProbe = {
              (request: pkvm.v1.IDmaProbeRequest, callback: pkvm.v1.IommuDumpService.DmaProbeCallback): void;
              (request: pkvm.v1.IDmaProbeRequest): Promise<pkvm.v1.DmaProbeResponse>;
              readonly name: "DmaProbe";
              readonly path: "/pkvm.v1.IommuDumpService/DmaProbe";
              readonly requestType: "DmaProbeRequest";
              readonly responseType: "DmaProbeResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type IsolationLedgerCallback = (error: (Error|null), response?: pkvm.v1.IsolationLedgerResponse) => void;
            type IsolationLedger = {
              (request: pkvm.v1.IIsolationLedgerRequest, callback: pkvm.v1.IommuDumpService.IsolationLedgerCallback): void;
              (request: pkvm.v1.IIsolationLedgerRequest): Promise<pkvm.v1.IsolationLedgerResponse>;
              readonly name: "IsolationLedger";
              readonly path: "/pkvm.v1.IommuDumpService/IsolationLedger";
              readonly requestType: "IsolationLedgerRequest";
              readonly responseType: "IsolationLedgerResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface IPtdumpRequest extends pkvm.v1.PtdumpRequest.$Properties {
        }

        class PtdumpRequest {
            constructor(p?: pkvm.v1.PtdumpRequest.$Properties);
            $unknowns?: Uint8Array[];
            start: number;
            end: number;
            tablePa: number;
            static create(properties: pkvm.v1.PtdumpRequest.$Shape): pkvm.v1.PtdumpRequest & pkvm.v1.PtdumpRequest.$Shape;
            static create(properties?: pkvm.v1.PtdumpRequest.$Properties): pkvm.v1.PtdumpRequest;
            static encode(m: pkvm.v1.PtdumpRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.PtdumpRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.PtdumpRequest & pkvm.v1.PtdumpRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.PtdumpRequest & pkvm.v1.PtdumpRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.PtdumpRequest;
            static toObject(m: pkvm.v1.PtdumpRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PtdumpRequest {
            interface $Properties {
                start?: (number|null);
                end?: (number|null);
                tablePa?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.PtdumpRequest.$Properties;
        }

        interface IPtdumpRange extends pkvm.v1.PtdumpRange.$Properties {
        }

        class PtdumpRange {
            constructor(p?: pkvm.v1.PtdumpRange.$Properties);
            $unknowns?: Uint8Array[];
            iova: number;
            end: number;
            phys: number;
            level: number;
            leafSize: number;
            count: number;
            access: string;
            memType: string;
            shareability: string;
            xn: number;
            attr: string;
            static create(properties: pkvm.v1.PtdumpRange.$Shape): pkvm.v1.PtdumpRange & pkvm.v1.PtdumpRange.$Shape;
            static create(properties?: pkvm.v1.PtdumpRange.$Properties): pkvm.v1.PtdumpRange;
            static encode(m: pkvm.v1.PtdumpRange.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.PtdumpRange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.PtdumpRange & pkvm.v1.PtdumpRange.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.PtdumpRange & pkvm.v1.PtdumpRange.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.PtdumpRange;
            static toObject(m: pkvm.v1.PtdumpRange, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PtdumpRange {
            interface $Properties {
                iova?: (number|null);
                end?: (number|null);
                phys?: (number|null);
                level?: (number|null);
                leafSize?: (number|null);
                count?: (number|null);
                access?: (string|null);
                memType?: (string|null);
                shareability?: (string|null);
                xn?: (number|null);
                attr?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.PtdumpRange.$Properties;
        }

        interface IPtdumpResponse extends pkvm.v1.PtdumpResponse.$Properties {
        }

        class PtdumpResponse {
            constructor(p?: pkvm.v1.PtdumpResponse.$Properties);
            $unknowns?: Uint8Array[];
            ranges: pkvm.v1.PtdumpRange.$Properties[];
            text: string;
            tableHex: string;
            idmap?: (pkvm.v1.IdmapConfig.$Properties|null);
            static create(properties: pkvm.v1.PtdumpResponse.$Shape): pkvm.v1.PtdumpResponse & pkvm.v1.PtdumpResponse.$Shape;
            static create(properties?: pkvm.v1.PtdumpResponse.$Properties): pkvm.v1.PtdumpResponse;
            static encode(m: pkvm.v1.PtdumpResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.PtdumpResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.PtdumpResponse & pkvm.v1.PtdumpResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.PtdumpResponse & pkvm.v1.PtdumpResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.PtdumpResponse;
            static toObject(m: pkvm.v1.PtdumpResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PtdumpResponse {
            interface $Properties {
                ranges?: (pkvm.v1.PtdumpRange.$Properties[]|null);
                text?: (string|null);
                tableHex?: (string|null);
                idmap?: (pkvm.v1.IdmapConfig.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.PtdumpResponse.$Properties;
        }

        interface ISteRequest extends pkvm.v1.SteRequest.$Properties {
        }

        class SteRequest {
            constructor(p?: pkvm.v1.SteRequest.$Properties);
            $unknowns?: Uint8Array[];
            smmu: number;
            sid: number;
            static create(properties: pkvm.v1.SteRequest.$Shape): pkvm.v1.SteRequest & pkvm.v1.SteRequest.$Shape;
            static create(properties?: pkvm.v1.SteRequest.$Properties): pkvm.v1.SteRequest;
            static encode(m: pkvm.v1.SteRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.SteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.SteRequest & pkvm.v1.SteRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.SteRequest & pkvm.v1.SteRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.SteRequest;
            static toObject(m: pkvm.v1.SteRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SteRequest {
            interface $Properties {
                smmu?: (number|null);
                sid?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.SteRequest.$Properties;
        }

        interface ISteResponse extends pkvm.v1.SteResponse.$Properties {
        }

        class SteResponse {
            constructor(p?: pkvm.v1.SteResponse.$Properties);
            $unknowns?: Uint8Array[];
            dwords: string[];
            address: number;
            decoded: string;
            valid: boolean;
            config: number;
            s2Vmid: number;
            s2Ttb: number;
            vtcr: number;
            s2Aa64: boolean;
            s2R: boolean;
            shcfg: number;
            static create(properties: pkvm.v1.SteResponse.$Shape): pkvm.v1.SteResponse & pkvm.v1.SteResponse.$Shape;
            static create(properties?: pkvm.v1.SteResponse.$Properties): pkvm.v1.SteResponse;
            static encode(m: pkvm.v1.SteResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.SteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.SteResponse & pkvm.v1.SteResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.SteResponse & pkvm.v1.SteResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.SteResponse;
            static toObject(m: pkvm.v1.SteResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SteResponse {
            interface $Properties {
                dwords?: (string[]|null);
                address?: (number|null);
                decoded?: (string|null);
                valid?: (boolean|null);
                config?: (number|null);
                s2Vmid?: (number|null);
                s2Ttb?: (number|null);
                vtcr?: (number|null);
                s2Aa64?: (boolean|null);
                s2R?: (boolean|null);
                shcfg?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.SteResponse.$Properties;
        }

        interface IEventsRequest extends pkvm.v1.EventsRequest.$Properties {
        }

        class EventsRequest {
            constructor(p?: pkvm.v1.EventsRequest.$Properties);
            $unknowns?: Uint8Array[];
            smmu: number;
            static create(properties: pkvm.v1.EventsRequest.$Shape): pkvm.v1.EventsRequest & pkvm.v1.EventsRequest.$Shape;
            static create(properties?: pkvm.v1.EventsRequest.$Properties): pkvm.v1.EventsRequest;
            static encode(m: pkvm.v1.EventsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.EventsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.EventsRequest & pkvm.v1.EventsRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.EventsRequest & pkvm.v1.EventsRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.EventsRequest;
            static toObject(m: pkvm.v1.EventsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventsRequest {
            interface $Properties {
                smmu?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.EventsRequest.$Properties;
        }

        interface IEventsResponse extends pkvm.v1.EventsResponse.$Properties {
        }

        class EventsResponse {
            constructor(p?: pkvm.v1.EventsResponse.$Properties);
            $unknowns?: Uint8Array[];
            events: pkvm.v1.SmmuEvent.$Properties[];
            overflowed: boolean;
            static create(properties: pkvm.v1.EventsResponse.$Shape): pkvm.v1.EventsResponse & pkvm.v1.EventsResponse.$Shape;
            static create(properties?: pkvm.v1.EventsResponse.$Properties): pkvm.v1.EventsResponse;
            static encode(m: pkvm.v1.EventsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.EventsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.EventsResponse & pkvm.v1.EventsResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.EventsResponse & pkvm.v1.EventsResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.EventsResponse;
            static toObject(m: pkvm.v1.EventsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventsResponse {
            interface $Properties {
                events?: (pkvm.v1.SmmuEvent.$Properties[]|null);
                overflowed?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.EventsResponse.$Properties;
        }

        interface IStateHashRequest extends pkvm.v1.StateHashRequest.$Properties {
        }

        class StateHashRequest {
            constructor(p?: pkvm.v1.StateHashRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: pkvm.v1.StateHashRequest.$Shape): pkvm.v1.StateHashRequest & pkvm.v1.StateHashRequest.$Shape;
            static create(properties?: pkvm.v1.StateHashRequest.$Properties): pkvm.v1.StateHashRequest;
            static encode(m: pkvm.v1.StateHashRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.StateHashRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.StateHashRequest & pkvm.v1.StateHashRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.StateHashRequest & pkvm.v1.StateHashRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.StateHashRequest;
            static toObject(m: pkvm.v1.StateHashRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StateHashRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.StateHashRequest.$Properties;
        }

        interface IStateHashResponse extends pkvm.v1.StateHashResponse.$Properties {
        }

        class StateHashResponse {
            constructor(p?: pkvm.v1.StateHashResponse.$Properties);
            $unknowns?: Uint8Array[];
            hash: string;
            framesHash: string;
            modelHash: string;
            version: number;
            static create(properties: pkvm.v1.StateHashResponse.$Shape): pkvm.v1.StateHashResponse & pkvm.v1.StateHashResponse.$Shape;
            static create(properties?: pkvm.v1.StateHashResponse.$Properties): pkvm.v1.StateHashResponse;
            static encode(m: pkvm.v1.StateHashResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.StateHashResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.StateHashResponse & pkvm.v1.StateHashResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.StateHashResponse & pkvm.v1.StateHashResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.StateHashResponse;
            static toObject(m: pkvm.v1.StateHashResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StateHashResponse {
            interface $Properties {
                hash?: (string|null);
                framesHash?: (string|null);
                modelHash?: (string|null);
                version?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.StateHashResponse.$Properties;
        }

        interface IMachineInfoRequest extends pkvm.v1.MachineInfoRequest.$Properties {
        }

        class MachineInfoRequest {
            constructor(p?: pkvm.v1.MachineInfoRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: pkvm.v1.MachineInfoRequest.$Shape): pkvm.v1.MachineInfoRequest & pkvm.v1.MachineInfoRequest.$Shape;
            static create(properties?: pkvm.v1.MachineInfoRequest.$Properties): pkvm.v1.MachineInfoRequest;
            static encode(m: pkvm.v1.MachineInfoRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.MachineInfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.MachineInfoRequest & pkvm.v1.MachineInfoRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.MachineInfoRequest & pkvm.v1.MachineInfoRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.MachineInfoRequest;
            static toObject(m: pkvm.v1.MachineInfoRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MachineInfoRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.MachineInfoRequest.$Properties;
        }

        interface ISmmuInfo extends pkvm.v1.SmmuInfo.$Properties {
        }

        class SmmuInfo {
            constructor(p?: pkvm.v1.SmmuInfo.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            base: number;
            size: number;
            coherent: boolean;
            sidBits: number;
            cr0: number;
            gbpa: number;
            commandsConsumed: number;
            eventsWritten: number;
            iotlbEntries: number;
            iotlbHits: number;
            iotlbMisses: number;
            static create(properties: pkvm.v1.SmmuInfo.$Shape): pkvm.v1.SmmuInfo & pkvm.v1.SmmuInfo.$Shape;
            static create(properties?: pkvm.v1.SmmuInfo.$Properties): pkvm.v1.SmmuInfo;
            static encode(m: pkvm.v1.SmmuInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.SmmuInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.SmmuInfo & pkvm.v1.SmmuInfo.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.SmmuInfo & pkvm.v1.SmmuInfo.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.SmmuInfo;
            static toObject(m: pkvm.v1.SmmuInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SmmuInfo {
            interface $Properties {
                id?: (string|null);
                base?: (number|null);
                size?: (number|null);
                coherent?: (boolean|null);
                sidBits?: (number|null);
                cr0?: (number|null);
                gbpa?: (number|null);
                commandsConsumed?: (number|null);
                eventsWritten?: (number|null);
                iotlbEntries?: (number|null);
                iotlbHits?: (number|null);
                iotlbMisses?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.SmmuInfo.$Properties;
        }

        interface IMachineInfoResponse extends pkvm.v1.MachineInfoResponse.$Properties {
        }

        class MachineInfoResponse {
            constructor(p?: pkvm.v1.MachineInfoResponse.$Properties);
            $unknowns?: Uint8Array[];
            platform: string;
            streamId: string;
            version: number;
            iommuInitialized: boolean;
            idmapInitialized: boolean;
            poolBase: number;
            poolPages: number;
            poolFreePages: number;
            idmap?: (pkvm.v1.IdmapConfig.$Properties|null);
            smmus: pkvm.v1.SmmuInfo.$Properties[];
            touchedFrames: number;
            warnings: string[];
            lastSnapshot: number;
            static create(properties: pkvm.v1.MachineInfoResponse.$Shape): pkvm.v1.MachineInfoResponse & pkvm.v1.MachineInfoResponse.$Shape;
            static create(properties?: pkvm.v1.MachineInfoResponse.$Properties): pkvm.v1.MachineInfoResponse;
            static encode(m: pkvm.v1.MachineInfoResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.MachineInfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.MachineInfoResponse & pkvm.v1.MachineInfoResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.MachineInfoResponse & pkvm.v1.MachineInfoResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.MachineInfoResponse;
            static toObject(m: pkvm.v1.MachineInfoResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MachineInfoResponse {
            interface $Properties {
                platform?: (string|null);
                streamId?: (string|null);
                version?: (number|null);
                iommuInitialized?: (boolean|null);
                idmapInitialized?: (boolean|null);
                poolBase?: (number|null);
                poolPages?: (number|null);
                poolFreePages?: (number|null);
                idmap?: (pkvm.v1.IdmapConfig.$Properties|null);
                smmus?: (pkvm.v1.SmmuInfo.$Properties[]|null);
                touchedFrames?: (number|null);
                warnings?: (string[]|null);
                lastSnapshot?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.MachineInfoResponse.$Properties;
        }

        interface IReachabilityRequest extends pkvm.v1.ReachabilityRequest.$Properties {
        }

        class ReachabilityRequest {
            constructor(p?: pkvm.v1.ReachabilityRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: pkvm.v1.ReachabilityRequest.$Shape): pkvm.v1.ReachabilityRequest & pkvm.v1.ReachabilityRequest.$Shape;
            static create(properties?: pkvm.v1.ReachabilityRequest.$Properties): pkvm.v1.ReachabilityRequest;
            static encode(m: pkvm.v1.ReachabilityRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.ReachabilityRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.ReachabilityRequest & pkvm.v1.ReachabilityRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.ReachabilityRequest & pkvm.v1.ReachabilityRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.ReachabilityRequest;
            static toObject(m: pkvm.v1.ReachabilityRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReachabilityRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.ReachabilityRequest.$Properties;
        }

        interface IIsolationReachRange extends pkvm.v1.IsolationReachRange.$Properties {
        }

        class IsolationReachRange {
            constructor(p?: pkvm.v1.IsolationReachRange.$Properties);
            $unknowns?: Uint8Array[];
            iova: number;
            end: number;
            pa: number;
            read: boolean;
            write: boolean;
            memAttr: number;
            static create(properties: pkvm.v1.IsolationReachRange.$Shape): pkvm.v1.IsolationReachRange & pkvm.v1.IsolationReachRange.$Shape;
            static create(properties?: pkvm.v1.IsolationReachRange.$Properties): pkvm.v1.IsolationReachRange;
            static encode(m: pkvm.v1.IsolationReachRange.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.IsolationReachRange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.IsolationReachRange & pkvm.v1.IsolationReachRange.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.IsolationReachRange & pkvm.v1.IsolationReachRange.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.IsolationReachRange;
            static toObject(m: pkvm.v1.IsolationReachRange, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsolationReachRange {
            interface $Properties {
                iova?: (number|null);
                end?: (number|null);
                pa?: (number|null);
                read?: (boolean|null);
                write?: (boolean|null);
                memAttr?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.IsolationReachRange.$Properties;
        }

        interface IIsolationStream extends pkvm.v1.IsolationStream.$Properties {
        }

        class IsolationStream {
            constructor(p?: pkvm.v1.IsolationStream.$Properties);
            $unknowns?: Uint8Array[];
            smmu: number;
            sid: number;
            mode: string;
            identity: boolean;
            s2Ttb: number;
            steAddress: number;
            config: number;
            ranges: pkvm.v1.IsolationReachRange.$Properties[];
            table: number;
            static create(properties: pkvm.v1.IsolationStream.$Shape): pkvm.v1.IsolationStream & pkvm.v1.IsolationStream.$Shape;
            static create(properties?: pkvm.v1.IsolationStream.$Properties): pkvm.v1.IsolationStream;
            static encode(m: pkvm.v1.IsolationStream.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.IsolationStream.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.IsolationStream & pkvm.v1.IsolationStream.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.IsolationStream & pkvm.v1.IsolationStream.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.IsolationStream;
            static toObject(m: pkvm.v1.IsolationStream, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsolationStream {
            interface $Properties {
                smmu?: (number|null);
                sid?: (number|null);
                mode?: (string|null);
                identity?: (boolean|null);
                s2Ttb?: (number|null);
                steAddress?: (number|null);
                config?: (number|null);
                ranges?: (pkvm.v1.IsolationReachRange.$Properties[]|null);
                table?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.IsolationStream.$Properties;
        }

        interface IIsolationReachTable extends pkvm.v1.IsolationReachTable.$Properties {
        }

        class IsolationReachTable {
            constructor(p?: pkvm.v1.IsolationReachTable.$Properties);
            $unknowns?: Uint8Array[];
            s2Ttb: number;
            ranges: pkvm.v1.IsolationReachRange.$Properties[];
            static create(properties: pkvm.v1.IsolationReachTable.$Shape): pkvm.v1.IsolationReachTable & pkvm.v1.IsolationReachTable.$Shape;
            static create(properties?: pkvm.v1.IsolationReachTable.$Properties): pkvm.v1.IsolationReachTable;
            static encode(m: pkvm.v1.IsolationReachTable.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.IsolationReachTable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.IsolationReachTable & pkvm.v1.IsolationReachTable.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.IsolationReachTable & pkvm.v1.IsolationReachTable.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.IsolationReachTable;
            static toObject(m: pkvm.v1.IsolationReachTable, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsolationReachTable {
            interface $Properties {
                s2Ttb?: (number|null);
                ranges?: (pkvm.v1.IsolationReachRange.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.IsolationReachTable.$Properties;
        }

        interface IIsolationSmmuGate extends pkvm.v1.IsolationSmmuGate.$Properties {
        }

        class IsolationSmmuGate {
            constructor(p?: pkvm.v1.IsolationSmmuGate.$Properties);
            $unknowns?: Uint8Array[];
            smmu: number;
            smmuen: boolean;
            gbpaAbort: boolean;
            streamsScanned: number;
            streamsAttached: number;
            badStes: number;
            static create(properties: pkvm.v1.IsolationSmmuGate.$Shape): pkvm.v1.IsolationSmmuGate & pkvm.v1.IsolationSmmuGate.$Shape;
            static create(properties?: pkvm.v1.IsolationSmmuGate.$Properties): pkvm.v1.IsolationSmmuGate;
            static encode(m: pkvm.v1.IsolationSmmuGate.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.IsolationSmmuGate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.IsolationSmmuGate & pkvm.v1.IsolationSmmuGate.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.IsolationSmmuGate & pkvm.v1.IsolationSmmuGate.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.IsolationSmmuGate;
            static toObject(m: pkvm.v1.IsolationSmmuGate, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsolationSmmuGate {
            interface $Properties {
                smmu?: (number|null);
                smmuen?: (boolean|null);
                gbpaAbort?: (boolean|null);
                streamsScanned?: (number|null);
                streamsAttached?: (number|null);
                badStes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.IsolationSmmuGate.$Properties;
        }

        interface IReachabilityResponse extends pkvm.v1.ReachabilityResponse.$Properties {
        }

        class ReachabilityResponse {
            constructor(p?: pkvm.v1.ReachabilityResponse.$Properties);
            $unknowns?: Uint8Array[];
            streams: pkvm.v1.IsolationStream.$Properties[];
            smmus: pkvm.v1.IsolationSmmuGate.$Properties[];
            idmapPgd: number;
            version: number;
            descriptorsRead: number;
            walkerDisagreements: number;
            poolBase: number;
            poolPages: number;
            poolFreePages: number;
            tables: pkvm.v1.IsolationReachTable.$Properties[];
            static create(properties: pkvm.v1.ReachabilityResponse.$Shape): pkvm.v1.ReachabilityResponse & pkvm.v1.ReachabilityResponse.$Shape;
            static create(properties?: pkvm.v1.ReachabilityResponse.$Properties): pkvm.v1.ReachabilityResponse;
            static encode(m: pkvm.v1.ReachabilityResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.ReachabilityResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.ReachabilityResponse & pkvm.v1.ReachabilityResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.ReachabilityResponse & pkvm.v1.ReachabilityResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.ReachabilityResponse;
            static toObject(m: pkvm.v1.ReachabilityResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReachabilityResponse {
            interface $Properties {
                streams?: (pkvm.v1.IsolationStream.$Properties[]|null);
                smmus?: (pkvm.v1.IsolationSmmuGate.$Properties[]|null);
                idmapPgd?: (number|null);
                version?: (number|null);
                descriptorsRead?: (number|null);
                walkerDisagreements?: (number|null);
                poolBase?: (number|null);
                poolPages?: (number|null);
                poolFreePages?: (number|null);
                tables?: (pkvm.v1.IsolationReachTable.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.ReachabilityResponse.$Properties;
        }

        interface IDmaProbeRequest extends pkvm.v1.DmaProbeRequest.$Properties {
        }

        class DmaProbeRequest {
            constructor(p?: pkvm.v1.DmaProbeRequest.$Properties);
            $unknowns?: Uint8Array[];
            smmu: number;
            sid: number;
            iovas: number[];
            static create(properties: pkvm.v1.DmaProbeRequest.$Shape): pkvm.v1.DmaProbeRequest & pkvm.v1.DmaProbeRequest.$Shape;
            static create(properties?: pkvm.v1.DmaProbeRequest.$Properties): pkvm.v1.DmaProbeRequest;
            static encode(m: pkvm.v1.DmaProbeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.DmaProbeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.DmaProbeRequest & pkvm.v1.DmaProbeRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.DmaProbeRequest & pkvm.v1.DmaProbeRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.DmaProbeRequest;
            static toObject(m: pkvm.v1.DmaProbeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DmaProbeRequest {
            interface $Properties {
                smmu?: (number|null);
                sid?: (number|null);
                iovas?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.DmaProbeRequest.$Properties;
        }

        interface IIsolationProbeAccess extends pkvm.v1.IsolationProbeAccess.$Properties {
        }

        class IsolationProbeAccess {
            constructor(p?: pkvm.v1.IsolationProbeAccess.$Properties);
            $unknowns?: Uint8Array[];
            ok: boolean;
            pa: number;
            reason: string;
            static create(properties: pkvm.v1.IsolationProbeAccess.$Shape): pkvm.v1.IsolationProbeAccess & pkvm.v1.IsolationProbeAccess.$Shape;
            static create(properties?: pkvm.v1.IsolationProbeAccess.$Properties): pkvm.v1.IsolationProbeAccess;
            static encode(m: pkvm.v1.IsolationProbeAccess.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.IsolationProbeAccess.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.IsolationProbeAccess & pkvm.v1.IsolationProbeAccess.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.IsolationProbeAccess & pkvm.v1.IsolationProbeAccess.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.IsolationProbeAccess;
            static toObject(m: pkvm.v1.IsolationProbeAccess, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsolationProbeAccess {
            interface $Properties {
                ok?: (boolean|null);
                pa?: (number|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.IsolationProbeAccess.$Properties;
        }

        interface IIsolationProbeOutcome extends pkvm.v1.IsolationProbeOutcome.$Properties {
        }

        class IsolationProbeOutcome {
            constructor(p?: pkvm.v1.IsolationProbeOutcome.$Properties);
            $unknowns?: Uint8Array[];
            iova: number;
            read?: (pkvm.v1.IsolationProbeAccess.$Properties|null);
            write?: (pkvm.v1.IsolationProbeAccess.$Properties|null);
            static create(properties: pkvm.v1.IsolationProbeOutcome.$Shape): pkvm.v1.IsolationProbeOutcome & pkvm.v1.IsolationProbeOutcome.$Shape;
            static create(properties?: pkvm.v1.IsolationProbeOutcome.$Properties): pkvm.v1.IsolationProbeOutcome;
            static encode(m: pkvm.v1.IsolationProbeOutcome.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.IsolationProbeOutcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.IsolationProbeOutcome & pkvm.v1.IsolationProbeOutcome.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.IsolationProbeOutcome & pkvm.v1.IsolationProbeOutcome.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.IsolationProbeOutcome;
            static toObject(m: pkvm.v1.IsolationProbeOutcome, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsolationProbeOutcome {
            interface $Properties {
                iova?: (number|null);
                read?: (pkvm.v1.IsolationProbeAccess.$Properties|null);
                write?: (pkvm.v1.IsolationProbeAccess.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.IsolationProbeOutcome.$Properties;
        }

        interface IDmaProbeResponse extends pkvm.v1.DmaProbeResponse.$Properties {
        }

        class DmaProbeResponse {
            constructor(p?: pkvm.v1.DmaProbeResponse.$Properties);
            $unknowns?: Uint8Array[];
            outcomes: pkvm.v1.IsolationProbeOutcome.$Properties[];
            version: number;
            static create(properties: pkvm.v1.DmaProbeResponse.$Shape): pkvm.v1.DmaProbeResponse & pkvm.v1.DmaProbeResponse.$Shape;
            static create(properties?: pkvm.v1.DmaProbeResponse.$Properties): pkvm.v1.DmaProbeResponse;
            static encode(m: pkvm.v1.DmaProbeResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.DmaProbeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.DmaProbeResponse & pkvm.v1.DmaProbeResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.DmaProbeResponse & pkvm.v1.DmaProbeResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.DmaProbeResponse;
            static toObject(m: pkvm.v1.DmaProbeResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DmaProbeResponse {
            interface $Properties {
                outcomes?: (pkvm.v1.IsolationProbeOutcome.$Properties[]|null);
                version?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.DmaProbeResponse.$Properties;
        }

        interface IIsolationLedgerRequest extends pkvm.v1.IsolationLedgerRequest.$Properties {
        }

        class IsolationLedgerRequest {
            constructor(p?: pkvm.v1.IsolationLedgerRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: pkvm.v1.IsolationLedgerRequest.$Shape): pkvm.v1.IsolationLedgerRequest & pkvm.v1.IsolationLedgerRequest.$Shape;
            static create(properties?: pkvm.v1.IsolationLedgerRequest.$Properties): pkvm.v1.IsolationLedgerRequest;
            static encode(m: pkvm.v1.IsolationLedgerRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.IsolationLedgerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.IsolationLedgerRequest & pkvm.v1.IsolationLedgerRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.IsolationLedgerRequest & pkvm.v1.IsolationLedgerRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.IsolationLedgerRequest;
            static toObject(m: pkvm.v1.IsolationLedgerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsolationLedgerRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.IsolationLedgerRequest.$Properties;
        }

        interface IIsolationEnomemFailure extends pkvm.v1.IsolationEnomemFailure.$Properties {
        }

        class IsolationEnomemFailure {
            constructor(p?: pkvm.v1.IsolationEnomemFailure.$Properties);
            $unknowns?: Uint8Array[];
            call: string;
            start: number;
            end: number;
            ret: number;
            version: number;
            static create(properties: pkvm.v1.IsolationEnomemFailure.$Shape): pkvm.v1.IsolationEnomemFailure & pkvm.v1.IsolationEnomemFailure.$Shape;
            static create(properties?: pkvm.v1.IsolationEnomemFailure.$Properties): pkvm.v1.IsolationEnomemFailure;
            static encode(m: pkvm.v1.IsolationEnomemFailure.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.IsolationEnomemFailure.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.IsolationEnomemFailure & pkvm.v1.IsolationEnomemFailure.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.IsolationEnomemFailure & pkvm.v1.IsolationEnomemFailure.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.IsolationEnomemFailure;
            static toObject(m: pkvm.v1.IsolationEnomemFailure, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsolationEnomemFailure {
            interface $Properties {
                call?: (string|null);
                start?: (number|null);
                end?: (number|null);
                ret?: (number|null);
                version?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.IsolationEnomemFailure.$Properties;
        }

        interface IIsolationLedgerResponse extends pkvm.v1.IsolationLedgerResponse.$Properties {
        }

        class IsolationLedgerResponse {
            constructor(p?: pkvm.v1.IsolationLedgerResponse.$Properties);
            $unknowns?: Uint8Array[];
            version: number;
            idmapDigest: string;
            failures: pkvm.v1.IsolationEnomemFailure.$Properties[];
            static create(properties: pkvm.v1.IsolationLedgerResponse.$Shape): pkvm.v1.IsolationLedgerResponse & pkvm.v1.IsolationLedgerResponse.$Shape;
            static create(properties?: pkvm.v1.IsolationLedgerResponse.$Properties): pkvm.v1.IsolationLedgerResponse;
            static encode(m: pkvm.v1.IsolationLedgerResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.IsolationLedgerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.IsolationLedgerResponse & pkvm.v1.IsolationLedgerResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.IsolationLedgerResponse & pkvm.v1.IsolationLedgerResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.IsolationLedgerResponse;
            static toObject(m: pkvm.v1.IsolationLedgerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsolationLedgerResponse {
            interface $Properties {
                version?: (number|null);
                idmapDigest?: (string|null);
                failures?: (pkvm.v1.IsolationEnomemFailure.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.IsolationLedgerResponse.$Properties;
        }

        interface IHvcRequest extends pkvm.v1.HvcRequest.$Properties {
        }

        class HvcRequest {
            constructor(p?: pkvm.v1.HvcRequest.$Properties);
            $unknowns?: Uint8Array[];
            x0: number;
            args: number[];
            cpu: number;
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
                cpu?: (number|null);
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

        class HypervisorEarlyService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): HypervisorEarlyService;
            installIommuOps: pkvm.v1.HypervisorEarlyService.InstallIommuOps;
            setIommuPoolPages: pkvm.v1.HypervisorEarlyService.SetIommuPoolPages;
            armInitFault: pkvm.v1.HypervisorEarlyService.ArmInitFault;
            armCrash: pkvm.v1.HypervisorEarlyService.ArmCrash;
        }

        namespace HypervisorEarlyService {
            type InstallIommuOpsCallback = (error: (Error|null), response?: pkvm.v1.InstallIommuOpsResponse) => void;
            type InstallIommuOps = {
              (request: pkvm.v1.IInstallIommuOpsRequest, callback: pkvm.v1.HypervisorEarlyService.InstallIommuOpsCallback): void;
              (request: pkvm.v1.IInstallIommuOpsRequest): Promise<pkvm.v1.InstallIommuOpsResponse>;
              readonly name: "InstallIommuOps";
              readonly path: "/pkvm.v1.HypervisorEarlyService/InstallIommuOps";
              readonly requestType: "InstallIommuOpsRequest";
              readonly responseType: "InstallIommuOpsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type SetIommuPoolPagesCallback = (error: (Error|null), response?: pkvm.v1.SetIommuPoolPagesResponse) => void;
            type SetIommuPoolPages = {
              (request: pkvm.v1.ISetIommuPoolPagesRequest, callback: pkvm.v1.HypervisorEarlyService.SetIommuPoolPagesCallback): void;
              (request: pkvm.v1.ISetIommuPoolPagesRequest): Promise<pkvm.v1.SetIommuPoolPagesResponse>;
              readonly name: "SetIommuPoolPages";
              readonly path: "/pkvm.v1.HypervisorEarlyService/SetIommuPoolPages";
              readonly requestType: "SetIommuPoolPagesRequest";
              readonly responseType: "SetIommuPoolPagesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ArmInitFaultCallback = (error: (Error|null), response?: pkvm.v1.ArmInitFaultResponse) => void;
            type ArmInitFault = {
              (request: pkvm.v1.IArmInitFaultRequest, callback: pkvm.v1.HypervisorEarlyService.ArmInitFaultCallback): void;
              (request: pkvm.v1.IArmInitFaultRequest): Promise<pkvm.v1.ArmInitFaultResponse>;
              readonly name: "ArmInitFault";
              readonly path: "/pkvm.v1.HypervisorEarlyService/ArmInitFault";
              readonly requestType: "ArmInitFaultRequest";
              readonly responseType: "ArmInitFaultResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ArmCrashCallback = (error: (Error|null), response?: pkvm.v1.ArmCrashResponse) => void;
            type ArmCrash = {
              (request: pkvm.v1.IArmCrashRequest, callback: pkvm.v1.HypervisorEarlyService.ArmCrashCallback): void;
              (request: pkvm.v1.IArmCrashRequest): Promise<pkvm.v1.ArmCrashResponse>;
              readonly name: "ArmCrash";
              readonly path: "/pkvm.v1.HypervisorEarlyService/ArmCrash";
              readonly requestType: "ArmCrashRequest";
              readonly responseType: "ArmCrashResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface IInstallIommuOpsRequest extends pkvm.v1.InstallIommuOpsRequest.$Properties {
        }

        class InstallIommuOpsRequest {
            constructor(p?: pkvm.v1.InstallIommuOpsRequest.$Properties);
            $unknowns?: Uint8Array[];
            driver: string;
            init: boolean;
            hostStage2Idmap: boolean;
            enableDev: boolean;
            disableDev: boolean;
            smmuArrayPfn: number;
            smmuArrayPages: number;
            smmus: pkvm.v1.SmmuTables.$Properties[];
            static create(properties: pkvm.v1.InstallIommuOpsRequest.$Shape): pkvm.v1.InstallIommuOpsRequest & pkvm.v1.InstallIommuOpsRequest.$Shape;
            static create(properties?: pkvm.v1.InstallIommuOpsRequest.$Properties): pkvm.v1.InstallIommuOpsRequest;
            static encode(m: pkvm.v1.InstallIommuOpsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.InstallIommuOpsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.InstallIommuOpsRequest & pkvm.v1.InstallIommuOpsRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.InstallIommuOpsRequest & pkvm.v1.InstallIommuOpsRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.InstallIommuOpsRequest;
            static toObject(m: pkvm.v1.InstallIommuOpsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InstallIommuOpsRequest {
            interface $Properties {
                driver?: (string|null);
                init?: (boolean|null);
                hostStage2Idmap?: (boolean|null);
                enableDev?: (boolean|null);
                disableDev?: (boolean|null);
                smmuArrayPfn?: (number|null);
                smmuArrayPages?: (number|null);
                smmus?: (pkvm.v1.SmmuTables.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.InstallIommuOpsRequest.$Properties;
        }

        interface IInstallIommuOpsResponse extends pkvm.v1.InstallIommuOpsResponse.$Properties {
        }

        class InstallIommuOpsResponse {
            constructor(p?: pkvm.v1.InstallIommuOpsResponse.$Properties);
            $unknowns?: Uint8Array[];
            ops?: (pkvm.v1.IommuOps.$Properties|null);
            static create(properties: pkvm.v1.InstallIommuOpsResponse.$Shape): pkvm.v1.InstallIommuOpsResponse & pkvm.v1.InstallIommuOpsResponse.$Shape;
            static create(properties?: pkvm.v1.InstallIommuOpsResponse.$Properties): pkvm.v1.InstallIommuOpsResponse;
            static encode(m: pkvm.v1.InstallIommuOpsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.InstallIommuOpsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.InstallIommuOpsResponse & pkvm.v1.InstallIommuOpsResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.InstallIommuOpsResponse & pkvm.v1.InstallIommuOpsResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.InstallIommuOpsResponse;
            static toObject(m: pkvm.v1.InstallIommuOpsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InstallIommuOpsResponse {
            interface $Properties {
                ops?: (pkvm.v1.IommuOps.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.InstallIommuOpsResponse.$Properties;
        }

        interface IIommuOps extends pkvm.v1.IommuOps.$Properties {
        }

        class IommuOps {
            constructor(p?: pkvm.v1.IommuOps.$Properties);
            $unknowns?: Uint8Array[];
            driver: string;
            init: boolean;
            hostStage2Idmap: boolean;
            enableDev: boolean;
            disableDev: boolean;
            smmuArrayPfn: number;
            smmuArrayPages: number;
            smmus: pkvm.v1.SmmuTables.$Properties[];
            static create(properties: pkvm.v1.IommuOps.$Shape): pkvm.v1.IommuOps & pkvm.v1.IommuOps.$Shape;
            static create(properties?: pkvm.v1.IommuOps.$Properties): pkvm.v1.IommuOps;
            static encode(m: pkvm.v1.IommuOps.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.IommuOps.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.IommuOps & pkvm.v1.IommuOps.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.IommuOps & pkvm.v1.IommuOps.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.IommuOps;
            static toObject(m: pkvm.v1.IommuOps, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IommuOps {
            interface $Properties {
                driver?: (string|null);
                init?: (boolean|null);
                hostStage2Idmap?: (boolean|null);
                enableDev?: (boolean|null);
                disableDev?: (boolean|null);
                smmuArrayPfn?: (number|null);
                smmuArrayPages?: (number|null);
                smmus?: (pkvm.v1.SmmuTables.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.IommuOps.$Properties;
        }

        interface ISetIommuPoolPagesRequest extends pkvm.v1.SetIommuPoolPagesRequest.$Properties {
        }

        class SetIommuPoolPagesRequest {
            constructor(p?: pkvm.v1.SetIommuPoolPagesRequest.$Properties);
            $unknowns?: Uint8Array[];
            pages: number;
            static create(properties: pkvm.v1.SetIommuPoolPagesRequest.$Shape): pkvm.v1.SetIommuPoolPagesRequest & pkvm.v1.SetIommuPoolPagesRequest.$Shape;
            static create(properties?: pkvm.v1.SetIommuPoolPagesRequest.$Properties): pkvm.v1.SetIommuPoolPagesRequest;
            static encode(m: pkvm.v1.SetIommuPoolPagesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.SetIommuPoolPagesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.SetIommuPoolPagesRequest & pkvm.v1.SetIommuPoolPagesRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.SetIommuPoolPagesRequest & pkvm.v1.SetIommuPoolPagesRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.SetIommuPoolPagesRequest;
            static toObject(m: pkvm.v1.SetIommuPoolPagesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetIommuPoolPagesRequest {
            interface $Properties {
                pages?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.SetIommuPoolPagesRequest.$Properties;
        }

        interface ISetIommuPoolPagesResponse extends pkvm.v1.SetIommuPoolPagesResponse.$Properties {
        }

        class SetIommuPoolPagesResponse {
            constructor(p?: pkvm.v1.SetIommuPoolPagesResponse.$Properties);
            $unknowns?: Uint8Array[];
            pages: number;
            static create(properties: pkvm.v1.SetIommuPoolPagesResponse.$Shape): pkvm.v1.SetIommuPoolPagesResponse & pkvm.v1.SetIommuPoolPagesResponse.$Shape;
            static create(properties?: pkvm.v1.SetIommuPoolPagesResponse.$Properties): pkvm.v1.SetIommuPoolPagesResponse;
            static encode(m: pkvm.v1.SetIommuPoolPagesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.SetIommuPoolPagesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.SetIommuPoolPagesResponse & pkvm.v1.SetIommuPoolPagesResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.SetIommuPoolPagesResponse & pkvm.v1.SetIommuPoolPagesResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.SetIommuPoolPagesResponse;
            static toObject(m: pkvm.v1.SetIommuPoolPagesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetIommuPoolPagesResponse {
            interface $Properties {
                pages?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.SetIommuPoolPagesResponse.$Properties;
        }

        interface IArmInitFaultRequest extends pkvm.v1.ArmInitFaultRequest.$Properties {
        }

        class ArmInitFaultRequest {
            constructor(p?: pkvm.v1.ArmInitFaultRequest.$Properties);
            $unknowns?: Uint8Array[];
            subStep: string;
            errno: number;
            static create(properties: pkvm.v1.ArmInitFaultRequest.$Shape): pkvm.v1.ArmInitFaultRequest & pkvm.v1.ArmInitFaultRequest.$Shape;
            static create(properties?: pkvm.v1.ArmInitFaultRequest.$Properties): pkvm.v1.ArmInitFaultRequest;
            static encode(m: pkvm.v1.ArmInitFaultRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.ArmInitFaultRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.ArmInitFaultRequest & pkvm.v1.ArmInitFaultRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.ArmInitFaultRequest & pkvm.v1.ArmInitFaultRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.ArmInitFaultRequest;
            static toObject(m: pkvm.v1.ArmInitFaultRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ArmInitFaultRequest {
            interface $Properties {
                subStep?: (string|null);
                errno?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.ArmInitFaultRequest.$Properties;
        }

        interface IArmInitFaultResponse extends pkvm.v1.ArmInitFaultResponse.$Properties {
        }

        class ArmInitFaultResponse {
            constructor(p?: pkvm.v1.ArmInitFaultResponse.$Properties);
            $unknowns?: Uint8Array[];
            subStep: string;
            errno: number;
            static create(properties: pkvm.v1.ArmInitFaultResponse.$Shape): pkvm.v1.ArmInitFaultResponse & pkvm.v1.ArmInitFaultResponse.$Shape;
            static create(properties?: pkvm.v1.ArmInitFaultResponse.$Properties): pkvm.v1.ArmInitFaultResponse;
            static encode(m: pkvm.v1.ArmInitFaultResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.ArmInitFaultResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.ArmInitFaultResponse & pkvm.v1.ArmInitFaultResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.ArmInitFaultResponse & pkvm.v1.ArmInitFaultResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.ArmInitFaultResponse;
            static toObject(m: pkvm.v1.ArmInitFaultResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ArmInitFaultResponse {
            interface $Properties {
                subStep?: (string|null);
                errno?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.ArmInitFaultResponse.$Properties;
        }

        class HypervisorDumpService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): HypervisorDumpService;
            memMap: pkvm.v1.HypervisorDumpService.MemMap;
            initHistory: pkvm.v1.HypervisorDumpService.InitHistory;
            warnings: pkvm.v1.HypervisorDumpService.Warnings;
            hypState: pkvm.v1.HypervisorDumpService.HypState;
            ownerChanges: pkvm.v1.HypervisorDumpService.OwnerChanges;
            hostFaults: pkvm.v1.HypervisorDumpService.HostFaults;
        }

        namespace HypervisorDumpService {
            type MemMapCallback = (error: (Error|null), response?: pkvm.v1.MemMapResponse) => void;
            type MemMap = {
              (request: pkvm.v1.IMemMapRequest, callback: pkvm.v1.HypervisorDumpService.MemMapCallback): void;
              (request: pkvm.v1.IMemMapRequest): Promise<pkvm.v1.MemMapResponse>;
              readonly name: "MemMap";
              readonly path: "/pkvm.v1.HypervisorDumpService/MemMap";
              readonly requestType: "MemMapRequest";
              readonly responseType: "MemMapResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type InitHistoryCallback = (error: (Error|null), response?: pkvm.v1.InitHistoryResponse) => void;
            type InitHistory = {
              (request: pkvm.v1.IInitHistoryRequest, callback: pkvm.v1.HypervisorDumpService.InitHistoryCallback): void;
              (request: pkvm.v1.IInitHistoryRequest): Promise<pkvm.v1.InitHistoryResponse>;
              readonly name: "InitHistory";
              readonly path: "/pkvm.v1.HypervisorDumpService/InitHistory";
              readonly requestType: "InitHistoryRequest";
              readonly responseType: "InitHistoryResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type WarningsCallback = (error: (Error|null), response?: pkvm.v1.WarningsResponse) => void;
            type Warnings = {
              (request: pkvm.v1.IWarningsRequest, callback: pkvm.v1.HypervisorDumpService.WarningsCallback): void;
              (request: pkvm.v1.IWarningsRequest): Promise<pkvm.v1.WarningsResponse>;
              readonly name: "Warnings";
              readonly path: "/pkvm.v1.HypervisorDumpService/Warnings";
              readonly requestType: "WarningsRequest";
              readonly responseType: "WarningsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type HypStateCallback = (error: (Error|null), response?: pkvm.v1.HypStateResponse) => void;
            type HypState = {
              (request: pkvm.v1.IHypStateRequest, callback: pkvm.v1.HypervisorDumpService.HypStateCallback): void;
              (request: pkvm.v1.IHypStateRequest): Promise<pkvm.v1.HypStateResponse>;
              readonly name: "HypState";
              readonly path: "/pkvm.v1.HypervisorDumpService/HypState";
              readonly requestType: "HypStateRequest";
              readonly responseType: "HypStateResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type OwnerChangesCallback = (error: (Error|null), response?: pkvm.v1.OwnerChangesResponse) => void;
            type OwnerChanges = {
              (request: pkvm.v1.IOwnerChangesRequest, callback: pkvm.v1.HypervisorDumpService.OwnerChangesCallback): void;
              (request: pkvm.v1.IOwnerChangesRequest): Promise<pkvm.v1.OwnerChangesResponse>;
              readonly name: "OwnerChanges";
              readonly path: "/pkvm.v1.HypervisorDumpService/OwnerChanges";
              readonly requestType: "OwnerChangesRequest";
              readonly responseType: "OwnerChangesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type HostFaultsCallback = (error: (Error|null), response?: pkvm.v1.HostFaultsResponse) => void;
            type HostFaults = {
              (request: pkvm.v1.IHostFaultsRequest, callback: pkvm.v1.HypervisorDumpService.HostFaultsCallback): void;
              (request: pkvm.v1.IHostFaultsRequest): Promise<pkvm.v1.HostFaultsResponse>;
              readonly name: "HostFaults";
              readonly path: "/pkvm.v1.HypervisorDumpService/HostFaults";
              readonly requestType: "HostFaultsRequest";
              readonly responseType: "HostFaultsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface IMemMapRequest extends pkvm.v1.MemMapRequest.$Properties {
        }

        class MemMapRequest {
            constructor(p?: pkvm.v1.MemMapRequest.$Properties);
            $unknowns?: Uint8Array[];
            start: number;
            end: number;
            static create(properties: pkvm.v1.MemMapRequest.$Shape): pkvm.v1.MemMapRequest & pkvm.v1.MemMapRequest.$Shape;
            static create(properties?: pkvm.v1.MemMapRequest.$Properties): pkvm.v1.MemMapRequest;
            static encode(m: pkvm.v1.MemMapRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.MemMapRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.MemMapRequest & pkvm.v1.MemMapRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.MemMapRequest & pkvm.v1.MemMapRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.MemMapRequest;
            static toObject(m: pkvm.v1.MemMapRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemMapRequest {
            interface $Properties {
                start?: (number|null);
                end?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.MemMapRequest.$Properties;
        }

        interface IMemRange extends pkvm.v1.MemRange.$Properties {
        }

        class MemRange {
            constructor(p?: pkvm.v1.MemRange.$Properties);
            $unknowns?: Uint8Array[];
            start: number;
            end: number;
            owner: string;
            hostState: string;
            hypState: string;
            refcount: number;
            shareGuestCount: number;
            isMemory: boolean;
            hostAccess: number;
            guestVm: number;
            static create(properties: pkvm.v1.MemRange.$Shape): pkvm.v1.MemRange & pkvm.v1.MemRange.$Shape;
            static create(properties?: pkvm.v1.MemRange.$Properties): pkvm.v1.MemRange;
            static encode(m: pkvm.v1.MemRange.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.MemRange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.MemRange & pkvm.v1.MemRange.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.MemRange & pkvm.v1.MemRange.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.MemRange;
            static toObject(m: pkvm.v1.MemRange, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemRange {
            interface $Properties {
                start?: (number|null);
                end?: (number|null);
                owner?: (string|null);
                hostState?: (string|null);
                hypState?: (string|null);
                refcount?: (number|null);
                shareGuestCount?: (number|null);
                isMemory?: (boolean|null);
                hostAccess?: (number|null);
                guestVm?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.MemRange.$Properties;
        }

        interface IMemMapResponse extends pkvm.v1.MemMapResponse.$Properties {
        }

        class MemMapResponse {
            constructor(p?: pkvm.v1.MemMapResponse.$Properties);
            $unknowns?: Uint8Array[];
            ranges: pkvm.v1.MemRange.$Properties[];
            static create(properties: pkvm.v1.MemMapResponse.$Shape): pkvm.v1.MemMapResponse & pkvm.v1.MemMapResponse.$Shape;
            static create(properties?: pkvm.v1.MemMapResponse.$Properties): pkvm.v1.MemMapResponse;
            static encode(m: pkvm.v1.MemMapResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.MemMapResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.MemMapResponse & pkvm.v1.MemMapResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.MemMapResponse & pkvm.v1.MemMapResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.MemMapResponse;
            static toObject(m: pkvm.v1.MemMapResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemMapResponse {
            interface $Properties {
                ranges?: (pkvm.v1.MemRange.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.MemMapResponse.$Properties;
        }

        interface IInitHistoryRequest extends pkvm.v1.InitHistoryRequest.$Properties {
        }

        class InitHistoryRequest {
            constructor(p?: pkvm.v1.InitHistoryRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: pkvm.v1.InitHistoryRequest.$Shape): pkvm.v1.InitHistoryRequest & pkvm.v1.InitHistoryRequest.$Shape;
            static create(properties?: pkvm.v1.InitHistoryRequest.$Properties): pkvm.v1.InitHistoryRequest;
            static encode(m: pkvm.v1.InitHistoryRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.InitHistoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.InitHistoryRequest & pkvm.v1.InitHistoryRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.InitHistoryRequest & pkvm.v1.InitHistoryRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.InitHistoryRequest;
            static toObject(m: pkvm.v1.InitHistoryRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InitHistoryRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.InitHistoryRequest.$Properties;
        }

        interface IInitStep extends pkvm.v1.InitStep.$Properties {
        }

        class InitStep {
            constructor(p?: pkvm.v1.InitStep.$Properties);
            $unknowns?: Uint8Array[];
            subStep: string;
            ret: number;
            injected: boolean;
            detail: string;
            static create(properties: pkvm.v1.InitStep.$Shape): pkvm.v1.InitStep & pkvm.v1.InitStep.$Shape;
            static create(properties?: pkvm.v1.InitStep.$Properties): pkvm.v1.InitStep;
            static encode(m: pkvm.v1.InitStep.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.InitStep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.InitStep & pkvm.v1.InitStep.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.InitStep & pkvm.v1.InitStep.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.InitStep;
            static toObject(m: pkvm.v1.InitStep, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InitStep {
            interface $Properties {
                subStep?: (string|null);
                ret?: (number|null);
                injected?: (boolean|null);
                detail?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.InitStep.$Properties;
        }

        interface IInitHistoryResponse extends pkvm.v1.InitHistoryResponse.$Properties {
        }

        class InitHistoryResponse {
            constructor(p?: pkvm.v1.InitHistoryResponse.$Properties);
            $unknowns?: Uint8Array[];
            steps: pkvm.v1.InitStep.$Properties[];
            result: number;
            idmapInitialized: boolean;
            finalizedCpus: number[];
            protectedModeInitialized: boolean;
            deprivileged: boolean;
            earlyBoundary: number;
            iommuPoolPages: number;
            ops?: (pkvm.v1.IommuOps.$Properties|null);
            carveOutBase: number;
            carveOutSize: number;
            static create(properties: pkvm.v1.InitHistoryResponse.$Shape): pkvm.v1.InitHistoryResponse & pkvm.v1.InitHistoryResponse.$Shape;
            static create(properties?: pkvm.v1.InitHistoryResponse.$Properties): pkvm.v1.InitHistoryResponse;
            static encode(m: pkvm.v1.InitHistoryResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.InitHistoryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.InitHistoryResponse & pkvm.v1.InitHistoryResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.InitHistoryResponse & pkvm.v1.InitHistoryResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.InitHistoryResponse;
            static toObject(m: pkvm.v1.InitHistoryResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InitHistoryResponse {
            interface $Properties {
                steps?: (pkvm.v1.InitStep.$Properties[]|null);
                result?: (number|null);
                idmapInitialized?: (boolean|null);
                finalizedCpus?: (number[]|null);
                protectedModeInitialized?: (boolean|null);
                deprivileged?: (boolean|null);
                earlyBoundary?: (number|null);
                iommuPoolPages?: (number|null);
                ops?: (pkvm.v1.IommuOps.$Properties|null);
                carveOutBase?: (number|null);
                carveOutSize?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.InitHistoryResponse.$Properties;
        }

        interface IWarningsRequest extends pkvm.v1.WarningsRequest.$Properties {
        }

        class WarningsRequest {
            constructor(p?: pkvm.v1.WarningsRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: pkvm.v1.WarningsRequest.$Shape): pkvm.v1.WarningsRequest & pkvm.v1.WarningsRequest.$Shape;
            static create(properties?: pkvm.v1.WarningsRequest.$Properties): pkvm.v1.WarningsRequest;
            static encode(m: pkvm.v1.WarningsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.WarningsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.WarningsRequest & pkvm.v1.WarningsRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.WarningsRequest & pkvm.v1.WarningsRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.WarningsRequest;
            static toObject(m: pkvm.v1.WarningsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WarningsRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.WarningsRequest.$Properties;
        }

        enum KernelSplatKind {
            KERNEL_SPLAT_KIND_UNSPECIFIED = 0,
            KERNEL_SPLAT_KIND_WARN = 1,
            KERNEL_SPLAT_KIND_BUG = 2
        }

        interface IKernelSplat extends pkvm.v1.KernelSplat.$Properties {
        }

        class KernelSplat {
            constructor(p?: pkvm.v1.KernelSplat.$Properties);
            $unknowns?: Uint8Array[];
            kind: pkvm.v1.KernelSplatKind;
            site: string;
            detail: string;
            call: string;
            static create(properties: pkvm.v1.KernelSplat.$Shape): pkvm.v1.KernelSplat & pkvm.v1.KernelSplat.$Shape;
            static create(properties?: pkvm.v1.KernelSplat.$Properties): pkvm.v1.KernelSplat;
            static encode(m: pkvm.v1.KernelSplat.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.KernelSplat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.KernelSplat & pkvm.v1.KernelSplat.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.KernelSplat & pkvm.v1.KernelSplat.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.KernelSplat;
            static toObject(m: pkvm.v1.KernelSplat, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KernelSplat {
            interface $Properties {
                kind?: (pkvm.v1.KernelSplatKind|null);
                site?: (string|null);
                detail?: (string|null);
                call?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.KernelSplat.$Properties;
        }

        interface IWarningsResponse extends pkvm.v1.WarningsResponse.$Properties {
        }

        class WarningsResponse {
            constructor(p?: pkvm.v1.WarningsResponse.$Properties);
            $unknowns?: Uint8Array[];
            splats: pkvm.v1.KernelSplat.$Properties[];
            static create(properties: pkvm.v1.WarningsResponse.$Shape): pkvm.v1.WarningsResponse & pkvm.v1.WarningsResponse.$Shape;
            static create(properties?: pkvm.v1.WarningsResponse.$Properties): pkvm.v1.WarningsResponse;
            static encode(m: pkvm.v1.WarningsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.WarningsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.WarningsResponse & pkvm.v1.WarningsResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.WarningsResponse & pkvm.v1.WarningsResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.WarningsResponse;
            static toObject(m: pkvm.v1.WarningsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WarningsResponse {
            interface $Properties {
                splats?: (pkvm.v1.KernelSplat.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.WarningsResponse.$Properties;
        }

        interface IHypStateRequest extends pkvm.v1.HypStateRequest.$Properties {
        }

        class HypStateRequest {
            constructor(p?: pkvm.v1.HypStateRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: pkvm.v1.HypStateRequest.$Shape): pkvm.v1.HypStateRequest & pkvm.v1.HypStateRequest.$Shape;
            static create(properties?: pkvm.v1.HypStateRequest.$Properties): pkvm.v1.HypStateRequest;
            static encode(m: pkvm.v1.HypStateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HypStateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HypStateRequest & pkvm.v1.HypStateRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HypStateRequest & pkvm.v1.HypStateRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HypStateRequest;
            static toObject(m: pkvm.v1.HypStateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HypStateRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HypStateRequest.$Properties;
        }

        interface IHypVcpu extends pkvm.v1.HypVcpu.$Properties {
        }

        class HypVcpu {
            constructor(p?: pkvm.v1.HypVcpu.$Properties);
            $unknowns?: Uint8Array[];
            idx: number;
            hostVcpuPfn: number;
            loadedOn: number;
            static create(properties: pkvm.v1.HypVcpu.$Shape): pkvm.v1.HypVcpu & pkvm.v1.HypVcpu.$Shape;
            static create(properties?: pkvm.v1.HypVcpu.$Properties): pkvm.v1.HypVcpu;
            static encode(m: pkvm.v1.HypVcpu.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HypVcpu.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HypVcpu & pkvm.v1.HypVcpu.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HypVcpu & pkvm.v1.HypVcpu.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HypVcpu;
            static toObject(m: pkvm.v1.HypVcpu, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HypVcpu {
            interface $Properties {
                idx?: (number|null);
                hostVcpuPfn?: (number|null);
                loadedOn?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HypVcpu.$Properties;
        }

        interface IHypVm extends pkvm.v1.HypVm.$Properties {
        }

        class HypVm {
            constructor(p?: pkvm.v1.HypVm.$Properties);
            $unknowns?: Uint8Array[];
            handle: number;
            protected: boolean;
            nrVcpus: number;
            vcpus: pkvm.v1.HypVcpu.$Properties[];
            static create(properties: pkvm.v1.HypVm.$Shape): pkvm.v1.HypVm & pkvm.v1.HypVm.$Shape;
            static create(properties?: pkvm.v1.HypVm.$Properties): pkvm.v1.HypVm;
            static encode(m: pkvm.v1.HypVm.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HypVm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HypVm & pkvm.v1.HypVm.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HypVm & pkvm.v1.HypVm.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HypVm;
            static toObject(m: pkvm.v1.HypVm, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HypVm {
            interface $Properties {
                handle?: (number|null);
                "protected"?: (boolean|null);
                nrVcpus?: (number|null);
                vcpus?: (pkvm.v1.HypVcpu.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HypVm.$Properties;
        }

        interface IHypStateResponse extends pkvm.v1.HypStateResponse.$Properties {
        }

        class HypStateResponse {
            constructor(p?: pkvm.v1.HypStateResponse.$Properties);
            $unknowns?: Uint8Array[];
            stateHash: string;
            streamVersion: number;
            vms: pkvm.v1.HypVm.$Properties[];
            idmapCalls: number;
            hostAccessCalls: number;
            hostFaults: number;
            hostAccessPushed: boolean;
            static create(properties: pkvm.v1.HypStateResponse.$Shape): pkvm.v1.HypStateResponse & pkvm.v1.HypStateResponse.$Shape;
            static create(properties?: pkvm.v1.HypStateResponse.$Properties): pkvm.v1.HypStateResponse;
            static encode(m: pkvm.v1.HypStateResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HypStateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HypStateResponse & pkvm.v1.HypStateResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HypStateResponse & pkvm.v1.HypStateResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HypStateResponse;
            static toObject(m: pkvm.v1.HypStateResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HypStateResponse {
            interface $Properties {
                stateHash?: (string|null);
                streamVersion?: (number|null);
                vms?: (pkvm.v1.HypVm.$Properties[]|null);
                idmapCalls?: (number|null);
                hostAccessCalls?: (number|null);
                hostFaults?: (number|null);
                hostAccessPushed?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HypStateResponse.$Properties;
        }

        interface IOwnerChangesRequest extends pkvm.v1.OwnerChangesRequest.$Properties {
        }

        class OwnerChangesRequest {
            constructor(p?: pkvm.v1.OwnerChangesRequest.$Properties);
            $unknowns?: Uint8Array[];
            limit: number;
            static create(properties: pkvm.v1.OwnerChangesRequest.$Shape): pkvm.v1.OwnerChangesRequest & pkvm.v1.OwnerChangesRequest.$Shape;
            static create(properties?: pkvm.v1.OwnerChangesRequest.$Properties): pkvm.v1.OwnerChangesRequest;
            static encode(m: pkvm.v1.OwnerChangesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.OwnerChangesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.OwnerChangesRequest & pkvm.v1.OwnerChangesRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.OwnerChangesRequest & pkvm.v1.OwnerChangesRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.OwnerChangesRequest;
            static toObject(m: pkvm.v1.OwnerChangesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace OwnerChangesRequest {
            interface $Properties {
                limit?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.OwnerChangesRequest.$Properties;
        }

        interface IOwnerChange extends pkvm.v1.OwnerChange.$Properties {
        }

        class OwnerChange {
            constructor(p?: pkvm.v1.OwnerChange.$Properties);
            $unknowns?: Uint8Array[];
            call: string;
            start: number;
            end: number;
            owner: string;
            path: string;
            iommuNotified: boolean;
            idmapInitialized: boolean;
            static create(properties: pkvm.v1.OwnerChange.$Shape): pkvm.v1.OwnerChange & pkvm.v1.OwnerChange.$Shape;
            static create(properties?: pkvm.v1.OwnerChange.$Properties): pkvm.v1.OwnerChange;
            static encode(m: pkvm.v1.OwnerChange.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.OwnerChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.OwnerChange & pkvm.v1.OwnerChange.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.OwnerChange & pkvm.v1.OwnerChange.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.OwnerChange;
            static toObject(m: pkvm.v1.OwnerChange, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace OwnerChange {
            interface $Properties {
                call?: (string|null);
                start?: (number|null);
                end?: (number|null);
                owner?: (string|null);
                path?: (string|null);
                iommuNotified?: (boolean|null);
                idmapInitialized?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.OwnerChange.$Properties;
        }

        interface IOwnerChangesResponse extends pkvm.v1.OwnerChangesResponse.$Properties {
        }

        class OwnerChangesResponse {
            constructor(p?: pkvm.v1.OwnerChangesResponse.$Properties);
            $unknowns?: Uint8Array[];
            changes: pkvm.v1.OwnerChange.$Properties[];
            static create(properties: pkvm.v1.OwnerChangesResponse.$Shape): pkvm.v1.OwnerChangesResponse & pkvm.v1.OwnerChangesResponse.$Shape;
            static create(properties?: pkvm.v1.OwnerChangesResponse.$Properties): pkvm.v1.OwnerChangesResponse;
            static encode(m: pkvm.v1.OwnerChangesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.OwnerChangesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.OwnerChangesResponse & pkvm.v1.OwnerChangesResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.OwnerChangesResponse & pkvm.v1.OwnerChangesResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.OwnerChangesResponse;
            static toObject(m: pkvm.v1.OwnerChangesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace OwnerChangesResponse {
            interface $Properties {
                changes?: (pkvm.v1.OwnerChange.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.OwnerChangesResponse.$Properties;
        }

        interface IHostFaultsRequest extends pkvm.v1.HostFaultsRequest.$Properties {
        }

        class HostFaultsRequest {
            constructor(p?: pkvm.v1.HostFaultsRequest.$Properties);
            $unknowns?: Uint8Array[];
            limit: number;
            static create(properties: pkvm.v1.HostFaultsRequest.$Shape): pkvm.v1.HostFaultsRequest & pkvm.v1.HostFaultsRequest.$Shape;
            static create(properties?: pkvm.v1.HostFaultsRequest.$Properties): pkvm.v1.HostFaultsRequest;
            static encode(m: pkvm.v1.HostFaultsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HostFaultsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HostFaultsRequest & pkvm.v1.HostFaultsRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HostFaultsRequest & pkvm.v1.HostFaultsRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HostFaultsRequest;
            static toObject(m: pkvm.v1.HostFaultsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HostFaultsRequest {
            interface $Properties {
                limit?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HostFaultsRequest.$Properties;
        }

        interface IHostFaultRecord extends pkvm.v1.HostFaultRecord.$Properties {
        }

        class HostFaultRecord {
            constructor(p?: pkvm.v1.HostFaultRecord.$Properties);
            $unknowns?: Uint8Array[];
            seq: number;
            addr: number;
            write: boolean;
            length: number;
            area: string;
            hostProt: number;
            ret: number;
            owner: string;
            detail: string;
            static create(properties: pkvm.v1.HostFaultRecord.$Shape): pkvm.v1.HostFaultRecord & pkvm.v1.HostFaultRecord.$Shape;
            static create(properties?: pkvm.v1.HostFaultRecord.$Properties): pkvm.v1.HostFaultRecord;
            static encode(m: pkvm.v1.HostFaultRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HostFaultRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HostFaultRecord & pkvm.v1.HostFaultRecord.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HostFaultRecord & pkvm.v1.HostFaultRecord.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HostFaultRecord;
            static toObject(m: pkvm.v1.HostFaultRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HostFaultRecord {
            interface $Properties {
                seq?: (number|null);
                addr?: (number|null);
                write?: (boolean|null);
                length?: (number|null);
                area?: (string|null);
                hostProt?: (number|null);
                ret?: (number|null);
                owner?: (string|null);
                detail?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HostFaultRecord.$Properties;
        }

        interface IHostFaultsResponse extends pkvm.v1.HostFaultsResponse.$Properties {
        }

        class HostFaultsResponse {
            constructor(p?: pkvm.v1.HostFaultsResponse.$Properties);
            $unknowns?: Uint8Array[];
            faults: pkvm.v1.HostFaultRecord.$Properties[];
            total: number;
            static create(properties: pkvm.v1.HostFaultsResponse.$Shape): pkvm.v1.HostFaultsResponse & pkvm.v1.HostFaultsResponse.$Shape;
            static create(properties?: pkvm.v1.HostFaultsResponse.$Properties): pkvm.v1.HostFaultsResponse;
            static encode(m: pkvm.v1.HostFaultsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HostFaultsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HostFaultsResponse & pkvm.v1.HostFaultsResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HostFaultsResponse & pkvm.v1.HostFaultsResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HostFaultsResponse;
            static toObject(m: pkvm.v1.HostFaultsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HostFaultsResponse {
            interface $Properties {
                faults?: (pkvm.v1.HostFaultRecord.$Properties[]|null);
                total?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HostFaultsResponse.$Properties;
        }

        class HypervisorFaultService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): HypervisorFaultService;
            hostStage2Fault: pkvm.v1.HypervisorFaultService.HostStage2Fault;
        }

        namespace HypervisorFaultService {
            type HostStage2FaultCallback = (error: (Error|null), response?: pkvm.v1.HostStage2FaultResponse) => void;
            type HostStage2Fault = {
              (request: pkvm.v1.IHostStage2FaultRequest, callback: pkvm.v1.HypervisorFaultService.HostStage2FaultCallback): void;
              (request: pkvm.v1.IHostStage2FaultRequest): Promise<pkvm.v1.HostStage2FaultResponse>;
              readonly name: "HostStage2Fault";
              readonly path: "/pkvm.v1.HypervisorFaultService/HostStage2Fault";
              readonly requestType: "HostStage2FaultRequest";
              readonly responseType: "HostStage2FaultResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface IHostStage2FaultRequest extends pkvm.v1.HostStage2FaultRequest.$Properties {
        }

        class HostStage2FaultRequest {
            constructor(p?: pkvm.v1.HostStage2FaultRequest.$Properties);
            $unknowns?: Uint8Array[];
            addr: number;
            write: boolean;
            length: number;
            area: string;
            hostProt: number;
            static create(properties: pkvm.v1.HostStage2FaultRequest.$Shape): pkvm.v1.HostStage2FaultRequest & pkvm.v1.HostStage2FaultRequest.$Shape;
            static create(properties?: pkvm.v1.HostStage2FaultRequest.$Properties): pkvm.v1.HostStage2FaultRequest;
            static encode(m: pkvm.v1.HostStage2FaultRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HostStage2FaultRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HostStage2FaultRequest & pkvm.v1.HostStage2FaultRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HostStage2FaultRequest & pkvm.v1.HostStage2FaultRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HostStage2FaultRequest;
            static toObject(m: pkvm.v1.HostStage2FaultRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HostStage2FaultRequest {
            interface $Properties {
                addr?: (number|null);
                write?: (boolean|null);
                length?: (number|null);
                area?: (string|null);
                hostProt?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HostStage2FaultRequest.$Properties;
        }

        interface IHostStage2FaultResponse extends pkvm.v1.HostStage2FaultResponse.$Properties {
        }

        class HostStage2FaultResponse {
            constructor(p?: pkvm.v1.HostStage2FaultResponse.$Properties);
            $unknowns?: Uint8Array[];
            fault?: (pkvm.v1.HostFaultRecord.$Properties|null);
            static create(properties: pkvm.v1.HostStage2FaultResponse.$Shape): pkvm.v1.HostStage2FaultResponse & pkvm.v1.HostStage2FaultResponse.$Shape;
            static create(properties?: pkvm.v1.HostStage2FaultResponse.$Properties): pkvm.v1.HostStage2FaultResponse;
            static encode(m: pkvm.v1.HostStage2FaultResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HostStage2FaultResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HostStage2FaultResponse & pkvm.v1.HostStage2FaultResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HostStage2FaultResponse & pkvm.v1.HostStage2FaultResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HostStage2FaultResponse;
            static toObject(m: pkvm.v1.HostStage2FaultResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HostStage2FaultResponse {
            interface $Properties {
                fault?: (pkvm.v1.HostFaultRecord.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HostStage2FaultResponse.$Properties;
        }

        interface IPortOutcome extends pkvm.v1.PortOutcome.$Properties {
        }

        class PortOutcome {
            constructor(p?: pkvm.v1.PortOutcome.$Properties);
            $unknowns?: Uint8Array[];
            call: string;
            ret: number;
            detail: string;
            static create(properties: pkvm.v1.PortOutcome.$Shape): pkvm.v1.PortOutcome & pkvm.v1.PortOutcome.$Shape;
            static create(properties?: pkvm.v1.PortOutcome.$Properties): pkvm.v1.PortOutcome;
            static encode(m: pkvm.v1.PortOutcome.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.PortOutcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.PortOutcome & pkvm.v1.PortOutcome.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.PortOutcome & pkvm.v1.PortOutcome.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.PortOutcome;
            static toObject(m: pkvm.v1.PortOutcome, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PortOutcome {
            interface $Properties {
                call?: (string|null);
                ret?: (number|null);
                detail?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.PortOutcome.$Properties;
        }

        interface IHvcEvent extends pkvm.v1.HvcEvent.$Properties {
        }

        class HvcEvent {
            constructor(p?: pkvm.v1.HvcEvent.$Properties);
            $unknowns?: Uint8Array[];
            request?: (pkvm.v1.HvcRequest.$Properties|null);
            faultSubStep: string;
            faultErrno: number;
            outcomes: pkvm.v1.PortOutcome.$Properties[];
            static create(properties: pkvm.v1.HvcEvent.$Shape): pkvm.v1.HvcEvent & pkvm.v1.HvcEvent.$Shape;
            static create(properties?: pkvm.v1.HvcEvent.$Properties): pkvm.v1.HvcEvent;
            static encode(m: pkvm.v1.HvcEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HvcEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HvcEvent & pkvm.v1.HvcEvent.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HvcEvent & pkvm.v1.HvcEvent.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HvcEvent;
            static toObject(m: pkvm.v1.HvcEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HvcEvent {
            interface $Properties {
                request?: (pkvm.v1.HvcRequest.$Properties|null);
                faultSubStep?: (string|null);
                faultErrno?: (number|null);
                outcomes?: (pkvm.v1.PortOutcome.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HvcEvent.$Properties;
        }

        interface IHostStage2FaultEvent extends pkvm.v1.HostStage2FaultEvent.$Properties {
        }

        class HostStage2FaultEvent {
            constructor(p?: pkvm.v1.HostStage2FaultEvent.$Properties);
            $unknowns?: Uint8Array[];
            request?: (pkvm.v1.HostStage2FaultRequest.$Properties|null);
            ret: number;
            static create(properties: pkvm.v1.HostStage2FaultEvent.$Shape): pkvm.v1.HostStage2FaultEvent & pkvm.v1.HostStage2FaultEvent.$Shape;
            static create(properties?: pkvm.v1.HostStage2FaultEvent.$Properties): pkvm.v1.HostStage2FaultEvent;
            static encode(m: pkvm.v1.HostStage2FaultEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.HostStage2FaultEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.HostStage2FaultEvent & pkvm.v1.HostStage2FaultEvent.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.HostStage2FaultEvent & pkvm.v1.HostStage2FaultEvent.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.HostStage2FaultEvent;
            static toObject(m: pkvm.v1.HostStage2FaultEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HostStage2FaultEvent {
            interface $Properties {
                request?: (pkvm.v1.HostStage2FaultRequest.$Properties|null);
                ret?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.HostStage2FaultEvent.$Properties;
        }

        interface IBugEvent extends pkvm.v1.BugEvent.$Properties {
        }

        class BugEvent {
            constructor(p?: pkvm.v1.BugEvent.$Properties);
            $unknowns?: Uint8Array[];
            site: string;
            detail: string;
            call: string;
            static create(properties: pkvm.v1.BugEvent.$Shape): pkvm.v1.BugEvent & pkvm.v1.BugEvent.$Shape;
            static create(properties?: pkvm.v1.BugEvent.$Properties): pkvm.v1.BugEvent;
            static encode(m: pkvm.v1.BugEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.BugEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.BugEvent & pkvm.v1.BugEvent.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.BugEvent & pkvm.v1.BugEvent.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.BugEvent;
            static toObject(m: pkvm.v1.BugEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace BugEvent {
            interface $Properties {
                site?: (string|null);
                detail?: (string|null);
                call?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.BugEvent.$Properties;
        }

        interface IMachineSnapshotChunk extends pkvm.v1.MachineSnapshotChunk.$Properties {
        }

        class MachineSnapshotChunk {
            constructor(p?: pkvm.v1.MachineSnapshotChunk.$Properties);
            $unknowns?: Uint8Array[];
            version: number;
            hash: string;
            index: number;
            total: number;
            data: Uint8Array;
            static create(properties: pkvm.v1.MachineSnapshotChunk.$Shape): pkvm.v1.MachineSnapshotChunk & pkvm.v1.MachineSnapshotChunk.$Shape;
            static create(properties?: pkvm.v1.MachineSnapshotChunk.$Properties): pkvm.v1.MachineSnapshotChunk;
            static encode(m: pkvm.v1.MachineSnapshotChunk.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: pkvm.v1.MachineSnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pkvm.v1.MachineSnapshotChunk & pkvm.v1.MachineSnapshotChunk.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pkvm.v1.MachineSnapshotChunk & pkvm.v1.MachineSnapshotChunk.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): pkvm.v1.MachineSnapshotChunk;
            static toObject(m: pkvm.v1.MachineSnapshotChunk, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MachineSnapshotChunk {
            interface $Properties {
                version?: (number|null);
                hash?: (string|null);
                index?: (number|null);
                total?: (number|null);
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = pkvm.v1.MachineSnapshotChunk.$Properties;
        }
    }
}
