import type { Db } from "../../db/client";
import { insertCase, recordStatusChange } from "../../db/queries/case-writes";
import { insertUser } from "../../db/queries/users";
import { setSetting } from "../../db/queries/settings";
import { seedDemoAdvocacy } from "./demo-advocacy";
import { hashPassword } from "../password";

export const DEMO_PASSWORD = "vigil-demo-2022";

export const DEMO_ACCOUNTS = [
  { email: "admin@example.org", name: "Amina Admin", role: "admin" },
  { email: "campaigner@example.org", name: "Carlos Campaigner", role: "campaigner" },
  { email: "viewer@example.org", name: "Vera Viewer", role: "viewer" },
] as const;

/**
 * Fills a new database with the demo workspace: three accounts and the reference
 * case (Paul Rusesabagina) with the status history reported in the press and its
 * advocacy record.
 */
export async function seedDemoWorkspace(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const accounts = DEMO_ACCOUNTS.map((account) => insertUser(db, null, { ...account, passwordHash }));
  const campaigner = accounts.find((user) => user.role === "campaigner");
  if (!campaigner) throw new Error("The demo accounts include no campaigner to own the reference case.");

  const rusesabagina = insertCase(
    db,
    campaigner.id,
    {
      personName: "Paul Rusesabagina",
      title: "Hotel Rwanda manager lured to Kigali and jailed on terrorism charges",
      country: "Rwanda",
      summary:
        "Former hotel manager credited with sheltering hundreds of people during the 1994 genocide, " +
        'as portrayed in the film "Hotel Rwanda". A permanent US resident and an outspoken critic of ' +
        "President Paul Kagame, he boarded a flight in August 2020 that he understood to be going to " +
        "Burundi; it landed in Kigali, where he was detained. A Rwandan court sentenced him in 2021 to " +
        "25 years on terrorism charges. The case is a textbook example of arbitrary detention and " +
        "transnational repression.",
      tags: ["arbitrary detention", "transnational repression", "human rights defender"],
      priority: "urgent",
      status: "detained",
      arrestDate: "2020-08-28",
      arrestPlace: "Kigali, Rwanda (flight he believed was bound for Burundi)",
      placeHeld: "Prison in Kigali, Rwanda",
      charges: "Terrorism-related charges",
      sentence: "25 years' imprisonment",
      sentenceDate: "2021-09-20",
    },
    "2020-08-31T09:00:00.000Z",
  );
  recordStatusChange(
    db,
    campaigner.id,
    rusesabagina.id,
    "sentenced",
    "Rwandan court hands down a 25-year sentence on terrorism charges.",
    "2021-09-20T15:00:00.000Z",
  );
  recordStatusChange(
    db,
    campaigner.id,
    rusesabagina.id,
    "released",
    "Sentence commuted; released and returned to the United States.",
    "2023-03-25T10:00:00.000Z",
  );

  seedDemoAdvocacy(db, rusesabagina.id, campaigner.id);
  setSetting(db, "demo", "1");
}
