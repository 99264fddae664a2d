import type { CsvCell } from "../domain/csv-safety";
import { BOM, csvLines } from "../domain/schemas/case-csv";

/** Rows read from the database per piece of a streamed export. */
export const CSV_CHUNK_ROWS = 500;

/**
 * A CSV file written as it is read: the BOM and header first, then the records of
 * `ids` a chunk at a time. An export of 100,000 cases otherwise held every row and the
 * whole text in memory at once (about half a gigabyte). Ids are taken up front, so the
 * file lists exactly the records that matched when it was asked for; a record deleted
 * while the file is being written is left out.
 */
export function csvStream<T>(
  headers: readonly string[],
  ids: readonly number[],
  loadChunk: (ids: readonly number[]) => readonly T[],
  toRecord: (row: T) => CsvCell[],
  chunkRows = CSV_CHUNK_ROWS,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvLines([headers])));
    },
    pull(controller) {
      if (next >= ids.length) {
        controller.close();
        return;
      }
      const chunk = ids.slice(next, next + chunkRows);
      next += chunk.length;
      const rows = loadChunk(chunk);
      if (rows.length > 0) controller.enqueue(encoder.encode(csvLines(rows.map(toRecord))));
    },
  });
}

/** The whole text of a stream (tests, and anything small enough to hold). */
export async function readCsvStream(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true }); // keep the BOM: it is part of the file
  let text = "";
  for await (const piece of stream as unknown as AsyncIterable<Uint8Array>) text += decoder.decode(piece, { stream: true });
  return text + decoder.decode();
}
