import { request as httpRequest } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** What crossed the network, as HTTP/1.1 sends it: status line, headers, body as encoded. */
  wireBytes: number;
}

/**
 * An HTTP request sent exactly as written: unlike a browser or fetch, it does
 * not resolve "..", normalise escapes or refuse odd methods, which is what the
 * bad-input tests need.
 */
export function rawRequest(
  baseURL: string,
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    // A connection of its own: a server may close one after an error (nginx after a 412), and a
    // reused socket would then hang up on the next request.
    const request = httpRequest(
      { host: hostname, port, method, path, headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks);
          let head = Buffer.byteLength(
            `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n\r\n`,
          );
          for (let i = 0; i < response.rawHeaders.length; i += 2) {
            head += Buffer.byteLength(
              `${response.rawHeaders[i]}: ${response.rawHeaders[i + 1]}\r\n`,
            );
          }
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: body.toString('utf8'),
            wireBytes: head + body.length,
          });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
