/**
 * Just enough of Protocol Buffers' wire format to read the few messages an Anki package keeps outside its
 * collection (the package's version, the media list) and a note type's kind: varints and length-delimited
 * fields. Anything malformed throws, and the caller names the entry.
 */

export type WireValue = { field: number; varint: number } | { field: number; bytes: Uint8Array };

function readVarint(bytes: Uint8Array, start: number): [value: number, next: number] {
  let value = 0;
  let shift = 0;
  for (let i = start; i < bytes.length && shift < 64; i++) {
    const byte = bytes[i]!;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return [value, i + 1];
  }
  throw new Error("a varint runs past the end of the message");
}

/** The message's fields in order (fixed-width fields are skipped: none of the messages read here uses them). */
export function readFields(bytes: Uint8Array): WireValue[] {
  const fields: WireValue[] = [];
  let at = 0;
  while (at < bytes.length) {
    const [key, afterKey] = readVarint(bytes, at);
    const field = Math.floor(key / 8);
    const wire = key % 8;
    if (wire === 0) {
      const [varint, next] = readVarint(bytes, afterKey);
      fields.push({ field, varint });
      at = next;
    } else if (wire === 2) {
      const [length, start] = readVarint(bytes, afterKey);
      if (start + length > bytes.length) throw new Error("a field runs past the end of the message");
      fields.push({ field, bytes: bytes.subarray(start, start + length) });
      at = start + length;
    } else if (wire === 1 || wire === 5) {
      at = afterKey + (wire === 1 ? 8 : 4);
    } else {
      throw new Error(`unsupported wire type ${wire}`);
    }
  }
  if (at !== bytes.length) throw new Error("a field runs past the end of the message");
  return fields;
}

export const varintField = (fields: readonly WireValue[], field: number): number | undefined => {
  const found = fields.find((value) => value.field === field && "varint" in value);
  return found && "varint" in found ? found.varint : undefined;
};

export const bytesFields = (fields: readonly WireValue[], field: number): Uint8Array[] =>
  fields.flatMap((value) => (value.field === field && "bytes" in value ? [value.bytes] : []));

export const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder("utf-8", { fatal: true }).decode(bytes) : "");
