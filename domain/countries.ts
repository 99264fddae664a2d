import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import { foldText } from "./fold-text";

// Country is a choice from ISO 3166-1, not free text: "Iran", "iran " and "Islamic Republic
// of Iran" must be one country in filters, counts and the brief.
countries.registerLocale(en);

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** The English short name, as stored in cases.country and shown everywhere. */
  name: string;
}

// The package leads with some long forms ("People's Republic of China"); these are the short
// names ISO 3166-1 and colleagues use instead.
const SHORT_NAMES: Record<string, string> = {
  CN: "China",
  CZ: "Czechia",
  GM: "Gambia",
  IR: "Iran",
  MK: "North Macedonia",
  PS: "Palestine",
  TW: "Taiwan",
  TZ: "Tanzania",
  US: "United States",
};

/** Every country, in name order, for the case form and the case list filter. */
export const COUNTRIES: readonly Country[] = Object.entries(countries.getNames("en", { select: "official" }))
  .map(([code, name]) => ({ code, name: SHORT_NAMES[code] ?? name }))
  .sort((a, b) => a.name.localeCompare(b.name, "en"));

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

// Names colleagues commonly type that the ISO list's own variants leave out.
const EXTRA_VARIANTS: Record<string, string> = {
  burma: "MM",
  "viet nam": "VN",
  "great britain": "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  "northern ireland": "GB",
  america: "US",
  "u.s.a": "US",
  "south korea": "KR",
  "republic of korea": "KR",
  "north korea": "KP",
  dprk: "KP",
  "ivory coast": "CI",
  "czech republic": "CZ",
  "east timor": "TL",
  swaziland: "SZ",
  "cape verde": "CV",
  "democratic republic of the congo": "CD",
  drc: "CD",
  "republic of the congo": "CG",
  laos: "LA",
  syria: "SY",
  "the gambia": "GM",
  "the netherlands": "NL",
  holland: "NL",
  macedonia: "MK",
};

function variantsByFoldedName(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [code, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
    for (const name of names) map.set(foldText(name), code);
  }
  for (const { code, name } of COUNTRIES) map.set(foldText(name), code);
  for (const [variant, code] of Object.entries(EXTRA_VARIANTS)) map.set(foldText(variant), code);
  // Both Congos are "Congo" in the list's variants: which one was meant is for a person to say.
  map.delete("congo");
  return map;
}

const BY_VARIANT = variantsByFoldedName();

export function countryByCode(code: string): Country | null {
  return BY_CODE.get(code.toUpperCase()) ?? null;
}

/**
 * The country a typed value names: an alpha-2 code (what the form's list sends) or any
 * name or common variant, ignoring case, accents and surrounding spaces. Null if none.
 */
export function matchCountry(value: string): Country | null {
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const byCode = countryByCode(trimmed);
    if (byCode) return byCode;
  }
  const code = BY_VARIANT.get(foldText(trimmed.replace(/\.$/, "")));
  return code ? (BY_CODE.get(code) ?? null) : null;
}
