import type { BriefData } from "./brief";

// A case resembling the demo workspace's reference case, for tests of the brief.
// Ids: officials 10 (Blinken), 11 (Kagame); organisation 12 (HRW) appears only in
// the sources; sources 1–5 (3 is confidential, 5 cited by nothing); ask 20; outcomes 30, 31.

export const BLINKEN_ID = 10;
export const KAGAME_ID = 11;

/**
 * The case as db/queries/brief.ts reads it: for a reader who sees confidential items, or
 * (`publicVersion`) for one who does not, when the confidential sources, notes and
 * contacts, and the citations of those sources, are not read at all.
 */
export function rusesabaginaBriefData({ publicVersion = false }: { publicVersion?: boolean } = {}): BriefData {
  const data = allOfTheCase();
  if (!publicVersion) return data;
  const hidden = new Set(data.sources.filter((x) => x.confidential).map((x) => x.id));
  return {
    ...data,
    sources: data.sources.filter((x) => !hidden.has(x.id)),
    citations: data.citations.filter((x) => !hidden.has(x.sourceId)),
    caseSourceIds: data.caseSourceIds.filter((id) => !hidden.has(id)),
    notes: data.notes.filter((n) => !n.confidential),
    contacts: data.contacts.filter((p) => !p.confidential),
    outcomes: data.outcomes.map((o) => ({ ...o, sourceIds: o.sourceIds.filter((id) => !hidden.has(id)) })),
  };
}

function allOfTheCase(): BriefData {
  return {
    case: {
      id: 1,
      slug: "paul-rusesabagina",
      personName: "Paul Rusesabagina",
      title: "Hotel Rwanda manager lured to Kigali and jailed on terrorism charges",
      country: "Rwanda",
      summary:
        "Former hotel manager credited with sheltering hundreds of people during the 1994 genocide. " +
        "A permanent US resident and critic of President Paul Kagame, he was detained in Kigali in August 2020 " +
        "after boarding a flight he believed was bound for Burundi.",
      status: "released",
      arrestDate: "2020-08-28",
      arrestPlace: "Kigali, Rwanda",
      placeHeld: "Prison in Kigali, Rwanda",
      charges: "Terrorism-related charges",
      sentence: "25 years' imprisonment",
      sentenceDate: "2021-09-20",
    },
    statusChanges: [
      {
        id: 50,
        fromStatus: null,
        toStatus: "detained",
        note: "",
        noteConfidential: false,
        occurredOn: "2020-08-31",
        changedAt: "2020-08-31T09:00:00.000Z",
      },
      {
        id: 51,
        fromStatus: "detained",
        toStatus: "sentenced",
        note: "25-year sentence on terrorism charges.",
        noteConfidential: false,
        occurredOn: "2021-09-20",
        changedAt: "2021-09-20T15:00:00.000Z",
      },
      {
        id: 52,
        fromStatus: "sentenced",
        toStatus: "released",
        note: "Sentence commuted; returned to the United States.",
        noteConfidential: false,
        occurredOn: "2023-03-25",
        changedAt: "2023-03-25T10:00:00.000Z",
      },
    ],
    notes: [
      { id: 1, body: "Family asks that the campaign stays public.", confidential: false, createdAt: "2022-08-01T10:00:00.000Z" },
      {
        id: 2,
        body: "Lawyer's private channel to the embassy: do not disclose.",
        confidential: true,
        createdAt: "2022-08-02T10:00:00.000Z",
      },
    ],
    sources: [
      {
        id: 1,
        title: "Blinken arrives in Rwanda for talks with Kagame",
        outlet: "",
        url: null,
        publishedOn: "2022-08-11",
        type: "news",
        confidential: false,
      },
      {
        id: 2,
        title: "Human Rights Watch: Blinken should press Rwanda on repression",
        outlet: "Human Rights Watch",
        url: "https://www.hrw.org/news/2022/08/08/rwanda-blinken",
        publishedOn: "2022-08-08",
        type: "ngo_statement",
        confidential: false,
      },
      {
        id: 3,
        title: "Embassy contact's account of the prison visit",
        outlet: "Internal",
        url: null,
        publishedOn: "2022-08-05",
        type: "testimony",
        confidential: true,
      },
      {
        id: 4,
        title: "Rusesabagina freed after sentence commuted",
        outlet: "Reuters",
        url: "https://www.reuters.com/world/africa/rusesabagina-released-2023-03-24/",
        publishedOn: "2023-03-24",
        type: "news",
        confidential: false,
      },
      {
        id: 5,
        title: "Family statement on the first anniversary of his detention",
        outlet: "Hotel Rwanda Rusesabagina Foundation",
        url: null,
        publishedOn: "2021-08-31",
        type: "statement",
        confidential: false,
      },
    ],
    caseSourceIds: [1, 2, 3, 4, 5],
    // What each source supports: the arrest and where he is held rest partly on the
    // confidential account (3); the new source 5 supports nothing, an "other source".
    citations: [
      { claim: "summary", subjectId: 1, sourceId: 2 },
      { claim: "summary", subjectId: 1, sourceId: 1 },
      { claim: "arrest", subjectId: 1, sourceId: 3 },
      { claim: "arrest", subjectId: 1, sourceId: 2 },
      { claim: "place_held", subjectId: 1, sourceId: 3 },
      { claim: "sentence", subjectId: 1, sourceId: 4 },
      { claim: "status_change", subjectId: 52, sourceId: 4 },
      { claim: "ask", subjectId: 20, sourceId: 1 },
      { claim: "ask_move", subjectId: 61, sourceId: 1 },
    ],
    officials: [
      {
        id: BLINKEN_ID,
        name: "Antony Blinken",
        office: "Former US Secretary of State",
        institution: "US Department of State",
        country: "United States",
      },
      { id: KAGAME_ID, name: "Paul Kagame", office: "President of Rwanda", institution: "Office of the President", country: "Rwanda" },
    ],
    contacts: [
      { id: 40, name: "Carine Kanimba", office: "Daughter", institution: "", notes: "Speaks for the family.", confidential: false },
      { id: 41, name: "Anonymous prison source", office: "", institution: "", notes: "Never name.", confidential: true },
    ],
    asks: [
      {
        id: 20,
        officialId: BLINKEN_ID,
        officeAtTime: "US Secretary of State",
        text: "Raise Rusesabagina's release with President Kagame during the Kigali visit",
        channel: "letter",
        madeOn: "2022-08-09",
        followUpOn: "2022-08-15",
        status: "fulfilled",
        confidential: false,
        changes: [
          { id: 60, toStatus: "made", note: "", noteConfidential: false, occurredOn: "2022-08-09", changedAt: "2022-08-09T09:00:00.000Z" },
          {
            id: 61,
            toStatus: "fulfilled",
            note: "Blinken said he would raise concerns with Kagame.",
            noteConfidential: false,
            occurredOn: "2022-08-11",
            changedAt: "2022-08-11T12:00:00.000Z",
          },
        ],
      },
      {
        id: 21,
        officialId: BLINKEN_ID,
        officeAtTime: "US Secretary of State",
        text: "Press for his return to the United States and access to his family",
        channel: "meeting",
        madeOn: "2022-09-01",
        followUpOn: "2022-10-01",
        status: "made",
        confidential: false,
        changes: [
          { id: 62, toStatus: "made", note: "", noteConfidential: false, occurredOn: "2022-09-01", changedAt: "2022-09-01T09:00:00.000Z" },
        ],
      },
      {
        id: 22,
        officialId: KAGAME_ID,
        officeAtTime: "President of Rwanda",
        text: "Release Paul Rusesabagina on humanitarian grounds",
        channel: "public_letter",
        madeOn: "2022-08-20",
        followUpOn: null,
        status: "made",
        confidential: false,
        changes: [],
      },
    ],
    outcomes: [
      {
        id: 30,
        askId: 20,
        type: "statement",
        occurredOn: "2022-08-11",
        description: "Blinken publicly says he will raise concerns about Rusesabagina with Kagame",
        confidential: false,
        sourceIds: [1],
      },
      {
        id: 31,
        askId: null,
        type: "release",
        occurredOn: "2023-03-24",
        description: "Released after the sentence was commuted; returned to the United States",
        confidential: false,
        sourceIds: [4, 3],
      },
    ],
  };
}

/** The same case (as read for the version without confidential items) for a person whose name and details are in other scripts. */
export function nonLatinBriefData(): BriefData {
  const data = rusesabaginaBriefData({ publicVersion: true });
  data.case = {
    ...data.case,
    slug: "narges-mohammadi",
    personName: "نرگس محمدی",
    title: "Defender held in Evin prison — Нина Петрова and 刘晓波 cited as comparable cases",
    country: "Iran",
    summary: "نرگس محمدی is held in Evin prison, Tehran. Café owner José Ñúñez and Нина Петрова signed the appeal; 刘晓波's case is cited.",
    placeHeld: "زندان اوین، تهران",
  };
  return data;
}
