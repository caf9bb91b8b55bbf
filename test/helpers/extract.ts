import { createPipeline, extractTexts, type TextInput } from '../../src/extract.js';
import type { EventRecord, RecordSet } from '../../src/records/types.js';

const pipeline = createPipeline();

export function run(...inputs: TextInput[]): RecordSet {
  return extractTexts(inputs, pipeline);
}

/** Events with their participant surnames sorted, for compact assertions. */
export function summary(rs: RecordSet, status?: string): string[] {
  return rs.events
    .filter((e) => !status || e.status === status)
    .map((e) => `${e.date.start ?? '?'} ${e.mode} ${names(e)} ${e.status}`)
    .sort();
}

export function names(e: EventRecord): string {
  return e.participants
    .map((p) => p.name.split(' ').pop())
    .sort()
    .join('+');
}

export function occurred(rs: RecordSet): EventRecord[] {
  return rs.events.filter((e) => e.status === 'occurred');
}
