/** Polls a document's status URL until it reaches `wanted` (or fails); returns the last answer. */
export async function untilStatus(
  base: string, statusUrl: string, wanted: 'analysed' | 'failed' = 'analysed', headers: Record<string, string> = {}, timeoutMs = 60_000,
): Promise<{ id: string; status: string; attempts: number; error: string | null; stories: { id: string; title: string }[] }> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${base}${statusUrl}`, { headers });
    if (res.status !== 200) throw new Error(`${statusUrl} answered ${res.status}: ${await res.text()}`);
    const body = await res.json();
    if (body.status === wanted || (body.status === 'failed' && wanted !== 'failed')) return body;
    if (Date.now() > until) throw new Error(`${statusUrl} still ${body.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
