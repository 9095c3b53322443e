/**
 * `tsx tests/bench/import-files.ts <dir> <notes>`: the bench's import files, made as the tests make theirs
 * (tests/fixtures/anki-packages.ts): an Anki text export and a current-format package (zstd, with a media map
 * and a few images) of `notes` Basic notes each, fields with some HTML as Anki writes them.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { apkg, BASIC, PNG } from "../fixtures/anki-packages";

const [dir = ".", count = "10000"] = process.argv.slice(2);
const notes = Array.from({ length: Number(count) }, (_, i) => ({
  id: i + 1,
  guid: `bench-${i}`,
  mid: BASIC.id,
  fields: [
    `Note ${i}: which <b>Kinesis</b> limit applies to shard ${i % 97}?${i % 200 === 0 ? ` <img src="img-${i / 200}.png">` : ""}`,
    `Each shard takes <i>1 MB/s</i> or 1,000 records/s of writes<br>and serves 2 MB/s of reads (note ${i}).`,
  ],
  tags: `kinesis limits part-${i % 7}`,
}));
const text = ["#separator:tab", "#html:true", "#tags column:3", "#deck:Kinesis limits", ...notes.map((note) => [...note.fields, note.tags].join("\t"))].join("\n");
writeFileSync(join(dir, "notes.txt"), text);
const images = Object.fromEntries(Array.from({ length: Math.ceil(notes.length / 200) }, (_, i) => [`img-${i}.png`, PNG]));
writeFileSync(join(dir, "notes.apkg"), apkg("anki21b", { notetypes: [BASIC], notes }, images));
