import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './helper.ts';

/** Opens a raw socket, runs `talk`, and resolves with what the server sent and how long until it closed. */
function rawClient(port: number, talk: (socket: Socket) => void): Promise<{ text: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (d) => (text += d.toString('utf8')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ text, ms: performance.now() - started }));
    socket.on('connect', () => talk(socket));
    setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept the socket open for 10 s; it sent: ${text.slice(0, 200)}`));
    }, 10_000).unref();
  });
}

describe('connection time limits (a real server on 127.0.0.1)', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await buildTestApp({ requestTimeoutMs: 1500, headersTimeoutMs: 600, keepAliveTimeoutMs: 300 });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  it('drops a client that sends its body a byte at a time, with a coded 408', async () => {
    const { text, ms } = await rawClient(port, (socket) => {
      socket.write('PUT /api/reviews/xa-computer-misuse-act-2019/2 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{');
      const drip = setInterval(() => (socket.writable ? socket.write(' ') : clearInterval(drip)), 100);
      socket.on('close', () => clearInterval(drip));
    });
    expect(ms).toBeLessThan(4000);
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(text).toContain('"code":"LEXALIGN_ERR_REQUEST_TIMEOUT"');
  });

  it('drops a client that never finishes its headers', async () => {
    const { text, ms } = await rawClient(port, (socket) => {
      socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      const drip = setInterval(() => (socket.writable ? socket.write('X-Slow: 1\r\n') : clearInterval(drip)), 100);
      socket.on('close', () => clearInterval(drip));
    });
    expect(ms).toBeLessThan(3000);
    expect(text).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes an idle kept-alive connection', async () => {
    const { text, ms } = await rawClient(port, (socket) => socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'));
    expect(text).toMatch(/^HTTP\/1\.1 200/);
    expect(ms).toBeLessThan(2500);
  });

  it('answers a request Node cannot parse in our coded form', async () => {
    const { text } = await rawClient(port, (socket) => socket.write('GARBAGE\r\n\r\n'));
    expect(text).toMatch(/^HTTP\/1\.1 400/);
    expect(text).toContain('"code":"LEXALIGN_ERR_BAD_REQUEST"');
  });
});
