/**
 * The incremental updates the workers saved: how many, and per update the documents new to it,
 * loaded, and left as stored. `runs`: only the runs with ids in (after, upTo], to tell an early
 * stretch of a stream from a late one.
 */
export async function updateFigures(url: string, runs: { after: number; upTo: number } = { after: 0, upTo: Number.MAX_SAFE_INTEGER }): Promise<Record<string, number>> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ updates: number; touched: number; loaded: number; kept: number; replaced: number; ms: number }>(
    `SELECT count(*)::int AS updates, avg((info->>'touched')::int)::float AS touched, avg((info->>'loaded')::int)::float AS loaded,
            coalesce(avg((info->>'kept')::int), 0)::float AS kept, avg((info->>'replaced')::int)::float AS replaced, avg((info->>'ms')::int)::float AS ms
     FROM runs WHERE info->>'mode' = 'update' AND id > $1 AND id <= $2`, [runs.after, runs.upTo]);
  await client.end();
  const r = rows[0];
  const one = (x: number) => Math.round(x * 10) / 10;
  return { updates: r.updates, touched_per_update: one(r.touched), loaded_per_update: one(r.loaded), kept_per_update: one(r.kept), replaced_per_update: one(r.replaced), ms_per_update: Math.round(r.ms) };
}
