import autocannon from 'autocannon';

/** One load run: a fixed number of connections for a fixed time, on loopback. */
export interface LoadFigures {
  requestsPerSecond: number;
  p99Ms: number;
  p50Ms: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export async function measureLoad(
  url: string,
  connections = 50,
  durationS = 10,
): Promise<LoadFigures> {
  const result = await autocannon({
    url,
    connections,
    duration: durationS,
    // As a browser asks: compressed where the server compresses.
    headers: { 'accept-encoding': 'gzip' },
  });
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    p50Ms: result.latency.p50,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
