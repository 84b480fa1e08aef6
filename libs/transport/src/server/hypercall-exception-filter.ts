import { ArgumentsHost, Catch, applyDecorators, UseFilters, type RpcExceptionFilter } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { method } from '@pkvm/proto';
import { Observable, throwError } from 'rxjs';

/**
 * Nest's default RPC filter replaces every non-RpcException with `{ status: 'error', message: 'Internal server error' }`,
 * which would lose a KernelError's errno. This filter hands the error to the transport untouched, which maps it
 * to the wire (codec/reply-codec.ts). Register it globally (`app.useGlobalFilters(new HypercallExceptionFilter())`)
 * or use `@Hypercall()`, which applies it per handler.
 */
@Catch()
export class HypercallExceptionFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}

/**
 * `@MessagePattern` for a proto method (`'IommuService.Ping'` or its subject), keeping errnos intact.
 * Throws at decoration time when the proto has no such method.
 */
export function Hypercall(nameOrSubject: string): MethodDecorator {
  return applyDecorators(MessagePattern(method(nameOrSubject).subject), UseFilters(new HypercallExceptionFilter()));
}
