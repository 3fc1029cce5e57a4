/**
 * Lesson slugs, short names for the glossary's `lessons` lists. The numbers are those of the course's
 * first edition; L0 is the newcomer lesson added before it. The course order itself is each lesson's
 * `order` (lesson-catalog.ts), so a reorder never renames these.
 */
export const L0 = 'start-at-zero';
export const L1 = 'leverage-and-margin';
export const L2 = 'margin-exhaustion-and-forced-liquidation';
export const L3 = 'borrowed-fund-margin';
export const L4 = 'contract-margin-futures-and-perpetuals';
export const L5 = 'how-exchanges-compute-the-liquidation-price';
export const L6 = 'shorts-and-short-squeezes';
export const L7 = 'stop-losses';
export const L8 = 'opening-calmly';
export const L9 = 'the-volatility-band';
export const L10 = 'position-size';
export const L11 = 'fees-funding-and-the-insurance-fund';
export const L12 = 'during-a-liquidation-event';
