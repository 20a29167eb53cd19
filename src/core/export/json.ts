// The engine's own timeline entries as JSON (the types in src/core/types.ts), with the title and reference date.
import type { ExportInput } from './source';

export function timelineJson(input: ExportInput): string {
  const { analysis } = input;
  return JSON.stringify({ ...(analysis.title ? { title: analysis.title } : {}), referenceDate: analysis.referenceDate, timeline: analysis.timeline }, null, 2) + '\n';
}
