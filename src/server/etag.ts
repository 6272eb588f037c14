import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Conditional GET: a weak ETag from a version the store names (the latest run, row counts, a
 * story's content hash). When the client's If-None-Match holds it, the answer is 304 with no
 * body and the handler's query is never run.
 */
export async function withEtag<T>(req: FastifyRequest, reply: FastifyReply, version: string, body: () => Promise<T>): Promise<T | FastifyReply> {
  const tag = `W/"${version}"`;
  // Clients revalidate every time: the corpus changes under them.
  void reply.header('etag', tag).header('cache-control', 'no-cache');
  if (matches(req.headers['if-none-match'], tag)) {
    return reply.status(304).send();
  }
  return body();
}

/** If-None-Match compares weakly: "*", or any listed tag equal to ours with or without W/. */
function matches(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  const ours = tag.replace(/^W\//, '');
  return header.split(',').map((t) => t.trim()).some((t) => t === '*' || t.replace(/^W\//, '') === ours);
}
