export const DEFAULT_OUTDIR: string;
export function buildExplorer(options?: { outdir?: string }): Promise<{ outdir: string; files: string[] }>;
