/**
 * The browser host's port: the one of the last start when it is free, so the page's origin (and the
 * colours, baseline and answers it keeps in its storage) survive a restart; a free one when another
 * program holds it.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { lastPort, rememberPort } from '../../../src-main/hosts/browser/host.ts';
import { startBrowserServer, type BrowserServer } from '../../../src-main/hosts/browser/server.ts';
import type { LayerLabApi } from '../../../src-main/contract/api.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-port-'));
const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const start = async (preferredPort?: number, port?: number): Promise<BrowserServer> => {
  const server = await startBrowserServer({
    api: {} as LayerLabApi,
    staticDir: dir,
    port,
    preferredPort,
  });
  open.push(server);
  return server;
};

/** A port some other program listens on. */
async function holdPort(): Promise<number> {
  const other = http.createServer();
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  open.push({ close: () => new Promise((resolve) => other.close(resolve)) });
  return (other.address() as AddressInfo).port;
}

describe('the browser host port', () => {
  it('listens on the preferred port when it is free', async () => {
    const first = await start();
    const port = first.port;
    await first.close();
    open.length = 0;
    expect((await start(port)).port).toBe(port);
  });

  it('takes a free port when another program holds the preferred one', async () => {
    const taken = await holdPort();
    const server = await start(taken);
    expect(server.port).not.toBe(taken);
    expect(server.port).toBeGreaterThan(0);
  });

  it('an explicit port wins over the preferred one', async () => {
    const taken = await holdPort();
    await expect(start(12345, taken)).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('remembers the last port in the home folder, and ignores a file that is not a port', () => {
    const file = path.join(dir, 'browser-port');
    expect(lastPort(file)).toBeUndefined();
    rememberPort(file, 4321);
    expect(lastPort(file)).toBe(4321);
    for (const bad of ['', 'abc', '0', '70000', '12.5']) {
      fs.writeFileSync(file, bad);
      expect(lastPort(file), bad).toBeUndefined();
    }
    // A home that cannot be written costs the memory, not the server.
    expect(() =>
      rememberPort(path.join(dir, 'missing', 'deeper', 'browser-port'), 1),
    ).not.toThrow();
  });
});
