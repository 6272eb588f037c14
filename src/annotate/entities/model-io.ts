import { gunzipSync, gzipSync } from 'node:zlib';
import { LabelSet } from './labels.js';
import { LinearModel } from './linear-model.js';

/** What a model file holds besides weights: enough to rebuild the features exactly. */
export interface ModelHeader {
  format: 'triangulate-ner/1';
  bits: number;
  types: string[];
  /** One int8 step of the quantised weights. */
  scale: number;
  cities: string[];
  commonLower: string[];
  /** English words that are not names: what a Title Case headline may lower-case. */
  englishWords: string[];
  trainedOn: string;
  seed: number;
  epochs: number;
}

/**
 * Quantises weights to int8 with one scale (clipping the rare outliers beyond the 99.99th
 * percentile) and writes only non-zero entries as (gap varint, int8), gzipped.
 */
export function serialiseModel(model: LinearModel, header: Omit<ModelHeader, 'format' | 'scale' | 'bits' | 'types'>): Buffer {
  if (model.frozen) throw new Error('a frozen model has let its dense weights go and cannot be saved');
  const w = model.weights;
  const scale = quantisationScale(w);
  let nonZero = 0;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const v = Math.max(-127, Math.min(127, Math.round(w[i] / scale)));
    q[i] = v;
    if (v !== 0) nonZero++;
  }
  const body = Buffer.alloc(nonZero * 6 + 16);
  let pos = 0;
  let last = -1;
  for (let i = 0; i < q.length; i++) {
    if (q[i] === 0) continue;
    let gap = i - last;
    last = i;
    while (gap >= 0x80) { body[pos++] = (gap & 0x7f) | 0x80; gap >>>= 7; }
    body[pos++] = gap;
    body.writeInt8(q[i], pos++);
  }
  const full: ModelHeader = { format: 'triangulate-ner/1', bits: model.bits, types: [...model.labels.types], scale, ...header };
  const headerBytes = Buffer.from(JSON.stringify(full), 'utf8');
  const trans = new Float32Array(model.transitions.length);
  for (let i = 0; i < trans.length; i++) trans[i] = model.transitions[i] / scale;
  const lengths = Buffer.alloc(12);
  lengths.writeUInt32LE(headerBytes.length, 0);
  lengths.writeUInt32LE(trans.length, 4);
  lengths.writeUInt32LE(pos, 8);
  return gzipSync(Buffer.concat([lengths, headerBytes, Buffer.from(trans.buffer), body.subarray(0, pos)]), { level: 9 });
}

/** Reads a model written by `serialiseModel`; weights stay int8, transitions in the same units. */
export function deserialiseModel(gz: Buffer): { model: LinearModel; header: ModelHeader } {
  const buf = gunzipSync(gz);
  const headerLength = buf.readUInt32LE(0);
  const transLength = buf.readUInt32LE(4);
  const bodyLength = buf.readUInt32LE(8);
  let pos = 12;
  const header = JSON.parse(buf.toString('utf8', pos, pos + headerLength)) as ModelHeader;
  if (header.format !== 'triangulate-ner/1') throw new Error(`unknown NER model format ${String(header.format)}`);
  pos += headerLength;
  const trans = new Float32Array(transLength);
  for (let i = 0; i < transLength; i++) trans[i] = buf.readFloatLE(pos + i * 4);
  pos += transLength * 4;
  const labels = new LabelSet(header.types);
  const weights = new Int8Array((1 << header.bits) * labels.size);
  const end = pos + bodyLength;
  let index = -1;
  while (pos < end) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do { b = buf[pos++]; gap |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    index += gap;
    weights[index] = (buf[pos++] << 24) >> 24;
  }
  return { model: new LinearModel(labels, header.bits, weights, trans), header };
}

function quantisationScale(w: Float32Array | Int8Array): number {
  const sample: number[] = [];
  const step = Math.max(1, Math.floor(w.length / 200_000));
  for (let i = 0; i < w.length; i += step) if (w[i] !== 0) sample.push(Math.abs(w[i]));
  if (sample.length === 0) return 1;
  sample.sort((a, b) => a - b);
  const high = sample[Math.min(sample.length - 1, Math.floor(sample.length * 0.9999))];
  return high / 127 || 1;
}
