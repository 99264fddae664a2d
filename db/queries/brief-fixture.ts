import type { Db } from "../client";
import {
  asks,
  askStatusChanges,
  caseNotes,
  cases,
  caseSources,
  caseStatusChanges,
  outcomes,
  citations,
  people,
  sources,
  users,
} from "../schema";
import { at } from "../../domain/test-helpers";

// A large case for the brief benchmark and data-layer tests: 50 sources (some
// confidential, some without URL), 30 asks to 6 officials, 20 outcomes, 40 status
// changes, notes and contacts, with names in several scripts.

const STATUSES = ["detained", "charged", "on_trial", "sentenced", "on_trial", "sentenced", "released", "detained"];
const OFFICIALS = [
  ["Antony Blinken", "US Secretary of State"],
  ["Paul Kagame", "President of Rwanda"],
  ["Сергей Лавров", "Minister of Foreign Affairs of Russia"],
  ["王毅", "Minister of Foreign Affairs of China"],
  ["عباس عراقچی", "Minister of Foreign Affairs of Iran"],
  ["Annalena Baerbock", "Federal Foreign Minister of Germany"],
] as const;

export function seedLargeBriefCase(db: Db): { caseId: number; officialId: number; userId: number } {
  return db.transaction((tx) => {
    const user = tx
      .insert(users)
      .values({ email: `bench-${Date.now()}-${Math.random()}@example.org`, name: "Bench User", role: "campaigner", passwordHash: "x" })
      .returning()
      .get();
    const c = tx
      .insert(cases)
      .values({
        slug: `paul-rusesabagina-${Math.random().toString(36).slice(2, 8)}`,
        personName: "Paul Rusesabagina",
        title: "Hotel Rwanda manager lured to Kigali and jailed on terrorism charges",
        country: "Rwanda",
        summary:
          "Former hotel manager credited with sheltering hundreds of people during the 1994 genocide. A permanent US " +
          "resident and critic of President Kagame, he boarded a flight in August 2020 he believed was bound for Burundi; " +
          "it landed in Kigali, where he was detained. In 2021 a court sentenced him to 25 years on terrorism charges.",
        status: "released",
        arrestDate: "2020-08-28",
        arrestPlace: "Kigali, Rwanda",
        placeHeld: "Prison in Kigali, Rwanda",
        charges: "Terrorism-related charges",
        sentence: "25 years' imprisonment",
        sentenceDate: "2021-09-20",
        createdBy: user.id,
        updatedBy: user.id,
      })
      .returning()
      .get();

    for (let i = 0; i < 40; i++) {
      const day = new Date(Date.UTC(2020, 8, 1) + i * 20 * 86400000).toISOString();
      tx.insert(caseStatusChanges)
        .values({
          caseId: c.id,
          fromStatus: i === 0 ? null : at(STATUSES, (i - 1) % STATUSES.length),
          toStatus: at(STATUSES, i % STATUSES.length),
          note: i % 3 === 0 ? `Hearing ${i}: the court adjourned; family and lawyers were not admitted.` : "",
          changedBy: user.id,
          changedAt: day,
          occurredOn: day.slice(0, 10),
        })
        .run();
    }

    const sourceIds: number[] = [];
    for (let i = 0; i < 50; i++) {
      const s = tx
        .insert(sources)
        .values({
          title: `Report ${i + 1} on the detention of Paul Rusesabagina and the trial in Kigali`,
          outlet: ["Reuters", "BBC", "Human Rights Watch", "Amnesty International", ""][i % 5],
          url: i % 4 === 0 ? null : `https://news.example.org/africa/rwanda/rusesabagina-report-${i + 1}`,
          normalizedUrl: i % 4 === 0 ? null : `news.example.org/africa/rwanda/rusesabagina-report-${i + 1}-${c.id}`,
          publishedOn: new Date(Date.UTC(2020, 8, 1) + i * 15 * 86400000).toISOString().slice(0, 10),
          type: i % 5 === 2 ? "ngo_statement" : "news",
          confidential: i % 10 === 9,
          createdBy: user.id,
        })
        .returning({ id: sources.id })
        .get();
      sourceIds.push(s.id);
      if (i < 30) tx.insert(caseSources).values({ caseId: c.id, sourceId: s.id, linkedBy: user.id }).run();
    }

    const officialIds = OFFICIALS.map(
      ([name, office]) =>
        tx.insert(people).values({ kind: "official", name, office, createdBy: user.id }).returning({ id: people.id }).get().id,
    );
    tx.insert(people).values({ kind: "contact", name: "Carine Kanimba", office: "Daughter", caseId: c.id, createdBy: user.id }).run();
    tx.insert(people)
      .values({ kind: "contact", name: "Prison source", notes: "Never name.", caseId: c.id, confidential: true, createdBy: user.id })
      .run();
    tx.insert(caseNotes).values({ caseId: c.id, body: "Family asks that the campaign stays public.", createdBy: user.id }).run();
    tx.insert(caseNotes)
      .values({ caseId: c.id, body: "Embassy back-channel: do not disclose.", confidential: true, createdBy: user.id })
      .run();

    const askIds: number[] = [];
    for (let i = 0; i < 30; i++) {
      const official = at(officialIds, i % officialIds.length);
      const status = at(["made", "acknowledged", "declined", "committed", "fulfilled"], i % 5);
      const a = tx
        .insert(asks)
        .values({
          caseId: c.id,
          officialId: official,
          officeAtTime: at(OFFICIALS, i % OFFICIALS.length)[1],
          text: `Ask ${i + 1}: raise Rusesabagina's release and access to his lawyers and family at the next bilateral meeting`,
          channel: at(["letter", "meeting", "email", "public_statement"], i % 4),
          madeOn: new Date(Date.UTC(2021, 0, 1) + i * 25 * 86400000).toISOString().slice(0, 10),
          followUpOn: new Date(Date.UTC(2021, 0, 15) + i * 25 * 86400000).toISOString().slice(0, 10),
          status,
          createdBy: user.id,
        })
        .returning({ id: asks.id })
        .get();
      askIds.push(a.id);
      const madeOn = new Date(Date.UTC(2021, 0, 1) + i * 25 * 86400000).toISOString().slice(0, 10);
      tx.insert(askStatusChanges).values({ askId: a.id, toStatus: "made", note: "", changedBy: user.id, occurredOn: madeOn }).run();
      if (status !== "made") {
        tx.insert(askStatusChanges)
          .values({
            askId: a.id,
            fromStatus: "made",
            toStatus: status,
            note: `Reply received: the office says the matter is under review (${i + 1}).`,
            changedBy: user.id,
            occurredOn: new Date(Date.UTC(2021, 0, 10) + i * 25 * 86400000).toISOString().slice(0, 10),
          })
          .run();
      }
    }

    for (let i = 0; i < 20; i++) {
      const o = tx
        .insert(outcomes)
        .values({
          caseId: c.id,
          askId: i % 2 === 0 ? at(askIds, i) : null,
          type: at(["statement", "meeting", "release", "visit"], i % 4),
          occurredOn: new Date(Date.UTC(2021, 1, 1) + i * 30 * 86400000).toISOString().slice(0, 10),
          description: `Outcome ${i + 1}: public statement of concern about the detention of Paul Rusesabagina`,
          createdBy: user.id,
        })
        .returning({ id: outcomes.id })
        .get();
      for (const sourceId of [at(sourceIds, (i * 2) % 50), at(sourceIds, (i * 2 + 9) % 50)]) {
        tx.insert(citations).values({ caseId: c.id, claim: "outcome", subjectId: o.id, sourceId, linkedBy: user.id }).run();
      }
    }

    return { caseId: c.id, officialId: at(officialIds, 0), userId: user.id };
  });
}
