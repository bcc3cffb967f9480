// owl:sameAs links to Wikidata, only where the identifier was checked against a stored reference
// (kept with it: the public source file, by its id in the reference index this project's
// developers search, and the line that pairs the name with the item). An entity without a verified
// identifier gets no link: a wrong sameAs merges two things in every graph that loads ours, so
// none is guessed. The islands, the treaties and the other people were not verified: no link.

export interface WikidataLink {
  /** The Wikidata item, e.g. "Q7747". */
  id: string;
  /** Where the identifier was verified. */
  verifiedAt: string;
}

export const WIKIDATA: Readonly<Record<string, WikidataLink>> = {
  "vladimir-putin": {
    id: "Q7747",
    verifiedAt:
      'stored source file 52173755818: "Vladimir Putin", SCHEMA.Person, "http://www.wikidata.org/entity/Q7747"',
  },
  "shinzo-abe": {
    id: "Q132345",
    verifiedAt:
      'stored source file 17093720770: "Shinzō Abe - Wikidata https://www.wikidata.org/wiki/Q132345"',
  },
  russia: {
    id: "Q159",
    verifiedAt:
      'stored source file 52173755818: "Russia", SCHEMA.Place, "http://www.wikidata.org/entity/Q159"',
  },
  "united-states": {
    id: "Q30",
    verifiedAt:
      'stored source files 52173755818 ("United States" … "http://www.wikidata.org/entity/Q30") and 68474249349 ("Q30", "US", "840", "United States")',
  },
  japan: {
    id: "Q17",
    verifiedAt:
      'stored source files 70506983385 ("Q17": ("Japan", "Asia")) and 20220508554 (?item wdt:P17 wd:Q17 . # 日本)',
  },
  china: {
    id: "Q148",
    verifiedAt:
      'stored source files 41720805720 (WikidataEntity("Q148", "People\'s Republic of China")) and 70506983385 ("Q148": ("China", "Asia"))',
  },
  india: {
    id: "Q668",
    verifiedAt:
      "stored source files 70460281368 (?item wdt:P17 wd:Q668 . # India) and 61483189113 (Q668 = India)",
  },
  "soviet-union": {
    id: "Q15180",
    verifiedAt:
      "stored source files 70495118663 ({ id: 'Q15180', … en: 'Soviet Union' }) and 68474249349 ('Q15180', None, None, 'Soviet Union', None)",
  },
};
