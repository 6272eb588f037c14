import { Readability } from '@mozilla/readability';
import { collectBlocks } from './blocks.js';

/**
 * Runs Readability.js on the document and returns its article as plain text blocks, or null
 * when it finds no article. Readability mutates the document, so callers read everything else
 * from it first.
 */
export function readabilityText(doc: Document): string | null {
  let content: Node | null | undefined;
  try {
    const reader = new Readability<Node>(doc, { serializer: (node) => node });
    content = reader.parse()?.content;
  } catch {
    return null;
  }
  if (!content) return null;
  const { blocks } = collectBlocks(content as unknown as Document);
  return blocks.map((b) => b.text).join('\n\n');
}
