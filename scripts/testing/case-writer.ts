/**
 * Test helper for the durability tests: inserts cases through insertCase in a loop and
 * prints each new case id on its own line once insertCase has returned, i.e. after the
 * commit ("acknowledged"). Prints "ready" first. Runs until killed, or LIMIT inserts.
 *
 *   node --import tsx scripts/testing/case-writer.ts DATABASE USER_ID [LIMIT]
 */
import { openDatabase } from "../../db/client";
import { insertCase } from "../../db/queries/case-writes";
import type { CreateCaseInput } from "../../domain/schemas/case";

const [file, userIdArg, limitArg] = process.argv.slice(2);
if (!file || !userIdArg) {
  console.error("Usage: case-writer.ts DATABASE USER_ID [LIMIT]");
  process.exit(2);
}
const userId = Number(userIdArg);
const limit = limitArg ? Number(limitArg) : Infinity;
const db = openDatabase(file);

const base: CreateCaseInput = {
  personName: "",
  nativeName: "",
  aliases: [],
  title: "Detained after a peaceful protest",
  country: "Rwanda",
  summary: "Held incommunicado; family not informed.",
  tags: ["durability-test"],
  priority: "high",
  status: "detained",
  arrestDate: "2020-08-27",
  arrestPlace: "Kigali",
  placeHeld: "Nyarugenge prison",
  charges: "Terrorism",
  sentence: "",
  sentenceDate: null,
};

// process.stdout is synchronous for pipes and files on Linux: once write() returns the
// line has left this process, so a SIGKILL afterwards cannot take the acknowledgement back.
process.stdout.write("ready\n");
for (let i = 0; i < limit; i++) {
  const row = insertCase(db, userId, { ...base, personName: `Person ${process.pid}-${i}` });
  process.stdout.write(`${row.id}\n`);
}
db.$client.close();
