import type { ScenarioOutcome } from '@liqlab/scenario/scenario-outcome';

export type OutcomeTone = 'safe' | 'caution' | 'danger' | 'unknown';

/**
 * How a saved scenario's replay ends, in the words lists and the shared page use: survived (open to
 * the end, or closed at the take-profit), stopped out, or liquidated.
 */
export function outcomeLabel(outcome: ScenarioOutcome | null): { text: string; tone: OutcomeTone } {
  switch (outcome) {
    case 'open':
      return { text: 'Survived', tone: 'safe' };
    case 'took-profit':
      return { text: 'Survived (took profit)', tone: 'safe' };
    case 'stopped-out':
      return { text: 'Stopped out', tone: 'caution' };
    case 'liquidated':
      return { text: 'Liquidated', tone: 'danger' };
    case null:
      return { text: 'Not replayed yet', tone: 'unknown' };
  }
}
