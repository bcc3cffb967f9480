// Prebuilders of evidence and citations (src/http/fragments.ts): the parts of claims and edges
// built once per dataset, whose JSON answers copy (a claim's, an edge's, an answer of /v1/ask's).
import { prebuilder } from "../../http/fragments.ts";
import { CitationSchema, EvidenceSchema } from "./provenance.schemas.ts";

export const prebuiltEvidence = prebuilder(EvidenceSchema);
export const prebuiltCitation = prebuilder(CitationSchema);
