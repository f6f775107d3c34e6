/** Submitting to a freshly started engine host whose Kafka connections' topics still load in the background. */
import type { RawRpc, RpcResponse } from '../unit/host/rpc-client';

/** statements/submit, again while it is refused because a table is "still loading" (up to ~30 s). */
export async function submitWhenLoaded(rpc: RawRpc, params: Record<string, unknown>): Promise<RpcResponse> {
  let r = await rpc.request('statements/submit', params);
  for (let i = 0; i < 120 && /still loading/.test(r.error?.message ?? ''); i++) {
    await new Promise((res) => setTimeout(res, 250));
    r = await rpc.request('statements/submit', params);
  }
  return r;
}
