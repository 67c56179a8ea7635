import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import { errorBody, Errors } from '../errors.ts';

/**
 * Answers what Node itself refuses before any route sees it (a request line or headers it cannot parse, headers
 * over its limit, a request slower than the time limits) with the same coded body as every other error. Fastify's
 * default writes `{"error":"Bad Request","message":"Client Error"}`, outside our catalogue.
 */
export function clientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, Errors.REQUEST_TIMEOUT.code, new Errors.REQUEST_TIMEOUT().message]
      : error.code === 'HPE_HEADER_OVERFLOW' ? [431, Errors.HEADERS_TOO_LARGE.code, new Errors.HEADERS_TOO_LARGE().message]
        : [400, Errors.BAD_REQUEST.code, 'The HTTP request could not be parsed'];
  if (!socket.writable) {
    socket.destroy(error);
    return;
  }
  const body = JSON.stringify(errorBody(code, message, status));
  socket.write(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
  socket.destroy();
}
