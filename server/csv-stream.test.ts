import { describe, expect, it } from "vitest";
import { csvStream, readCsvStream } from "./csv-stream";
import { BOM, toCsv } from "../domain/schemas/case-csv";

describe("csvStream", () => {
  const rows = new Map(Array.from({ length: 7 }, (_, i) => [i + 1, { id: i + 1, name: i === 3 ? "=cmd()" : `Row ${i + 1}` }]));
  const load = (ids: readonly number[]) => ids.flatMap((id) => rows.get(id) ?? []);

  it("writes the same file as the whole-file writer, chunk by chunk, in the order of the ids", async () => {
    const loaded: number[][] = [];
    const ids = [7, 1, 2, 3, 4, 5, 6];
    const stream = csvStream(
      ["Id", "Name"],
      ids,
      (chunk) => (loaded.push([...chunk]), load(chunk)),
      (r) => [r.id, r.name],
      3,
    );
    const text = await readCsvStream(stream);
    expect(text).toBe(
      toCsv(
        ["Id", "Name"],
        ids.map((id) => [id, rows.get(id)!.name]),
      ),
    );
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toContain("'=cmd()");
    expect(loaded).toEqual([[7, 1, 2], [3, 4, 5], [6]]);
  });

  it("leaves out a record that disappeared and writes only the header when nothing matched", async () => {
    expect(await readCsvStream(csvStream(["Id"], [1, 99, 2], load, (r) => [r.id]))).toBe(toCsv(["Id"], [[1], [2]]));
    expect(await readCsvStream(csvStream(["Id"], [], load, (r) => [r.id]))).toBe(toCsv(["Id"], []));
  });
});
