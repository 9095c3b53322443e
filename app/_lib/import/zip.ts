/**
 * A package's entries, unpacked with fflate's streaming reader so that the bytes are counted as they inflate:
 * a zip bomb stops at the limit, whatever sizes its headers claim. Entries whose names could escape a folder
 * (`..`, absolute paths, backslashes, drive letters) are refused, though nothing here is written to disk.
 */
import { Unzip, UnzipInflate, UnzipPassThrough } from "fflate";
import { ImportError } from "./errors";
import { IMPORT_LIMITS, type ImportLimits } from "./limits";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export const isZip = (bytes: Uint8Array) => ZIP_MAGIC.every((byte, i) => bytes[i] === byte);

function escapes(name: string): boolean {
  return name.startsWith("/") || name.includes("\\") || /^[a-z]:/i.test(name) || name.split("/").some((part) => part === "..") || name.includes("\u0000");
}

/** Every file entry of a zip, by name. Throws ImportError naming the entry when one is unsafe or too big. */
export function unzipEntries(bytes: Uint8Array, limits: ImportLimits = IMPORT_LIMITS): Map<string, Uint8Array> {
  if (!isZip(bytes)) throw new ImportError("this is not a zip file, so not an Anki package");
  const entries = new Map<string, Uint8Array>();
  let total = 0;
  let failure: ImportError | null = null;
  const unzip = new Unzip((file) => {
    if (failure) return;
    const where = `entry "${file.name}"`;
    if (escapes(file.name)) failure = new ImportError("its path leads outside the package", where);
    else if (entries.has(file.name)) failure = new ImportError("the package holds two entries of this name", where);
    else if (entries.size >= limits.entries) failure = new ImportError(`the package holds more than ${limits.entries.toLocaleString("en")} entries`);
    if (failure) return file.terminate();
    if (file.name.endsWith("/")) return; // a folder
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = new ImportError(`it can't be unpacked (${error.message})`, where);
        return file.terminate();
      }
      size += chunk.length;
      total += chunk.length;
      if (total > limits.unpackedBytes) {
        failure = new ImportError(`the package unpacks to more than ${Math.round(limits.unpackedBytes / 1024 / 1024)} MB; stopped there`, where);
        return file.terminate();
      }
      chunks.push(chunk);
      if (final) entries.set(file.name, concat(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`the zip file is damaged (${(error as Error).message})`);
  }
  if (failure) throw failure;
  return entries;
}

/** Chunks of a stream as one array of `size` bytes. */
export function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
