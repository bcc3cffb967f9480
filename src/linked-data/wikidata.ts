// owl:sameAs links to Wikidata, only where the identifier was checked against a stored reference
// (the page it was read from is kept with it). An entity without a verified identifier gets no
// link: a wrong sameAs merges two things in every graph that loads ours, so none is guessed.

export interface WikidataLink {
  /** The Wikidata item, e.g. "Q7747". */
  id: string;
  /** Where the identifier was verified. */
  verifiedAt: string;
}

export const WIKIDATA: Readonly<Record<string, WikidataLink>> = {};
