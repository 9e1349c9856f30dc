import { request as httpRequest } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
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
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
