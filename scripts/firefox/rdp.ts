import { connect, type Socket } from 'node:net';

/**
 * Just enough of Firefox's remote debugging protocol to ask which add-ons are installed, with
 * the warnings Firefox itself raised reading each manifest (its own schema, which is the ESR's,
 * not the linter's). Packets are `<length>:<JSON>`; the server greets first, then answers each
 * request in order, possibly interleaved with unsolicited events.
 */
export interface AddonDescriptor {
  id: string;
  name: string;
  temporarilyInstalled: boolean;
  backgroundScriptStatus?: string;
  warnings: string[];
}

type Packet = Record<string, unknown>;

/** Splits a byte stream into RDP JSON packets. */
function packetReader(socket: Socket, onPacket: (packet: Packet) => void): void {
  let buffer = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const colon = buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(buffer.subarray(0, colon).toString('ascii'));
      if (!Number.isInteger(length)) {
        socket.destroy(new Error(`unexpected remote debugging data: ${buffer.subarray(0, 40).toString()}`));
        return;
      }
      if (buffer.length < colon + 1 + length) return;
      onPacket(JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')));
      buffer = buffer.subarray(colon + 1 + length);
    }
  });
}

/** The add-ons installed in the Firefox whose debugger server listens on 127.0.0.1:`port`. */
export function listAddons(port: number, timeoutMs = 10_000): Promise<AddonDescriptor[]> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const fail = (error: Error) => {
      socket.destroy();
      reject(error);
    };
    socket.setTimeout(timeoutMs, () => fail(new Error(`no answer from Firefox's debugger on port ${port}`)));
    socket.on('error', fail);
    let greeted = false;
    packetReader(socket, (packet) => {
      if (packet.from !== 'root') return;
      if (!greeted) {
        greeted = true;
        const request = JSON.stringify({ to: 'root', type: 'listAddons' });
        socket.write(`${Buffer.byteLength(request)}:${request}`);
      } else if (packet.error) {
        fail(new Error(`listAddons: ${String(packet.error)}: ${String(packet.message)}`));
      } else if (Array.isArray(packet.addons)) {
        socket.end();
        resolve(packet.addons as AddonDescriptor[]);
      }
    });
  });
}
