/**
 * The stateless share link: the whole scenario in the URL, no database row. Browser-safe (lz-string,
 * zod, core), so the web app encodes and decodes with the same code the server validates with.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import {
  boundedDecompressFromEncodedURIComponent,
  CorruptCompressedText,
  DecompressedTooLarge,
} from './bounded-lz-decompress';
import { type ScenarioInput, type ScenarioInputDraft, scenarioInputSchema } from './scenario-schema';

/** Bumped whenever the encoded shape changes; older links are then refused with a clear message. */
export const SCENARIO_STATE_VERSION = 'v1';
const PREFIX = `${SCENARIO_STATE_VERSION}.`;
/** Longer links are refused unread (200 KB; browsers and proxies cut URLs far shorter anyway). */
export const MAX_ENCODED_STATE_LENGTH = 200 * 1024;
/** JSON of the largest valid scenario (100,000 ticks of long decimal strings) stays well below this. */
const MAX_DECODED_JSON_LENGTH = 16 * 1024 * 1024;

const CORRUPT = 'This scenario link is damaged or incomplete. Ask for a fresh link.';

/**
 * A share link that cannot be opened. The message is written for the learner; `details` is what a
 * client needs to point at the cause. The API turns it into its INVALID_INPUT error at the edge.
 */
export class ScenarioStateError extends Error {
  override readonly name = 'ScenarioStateError';

  constructor(
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export function encodeScenarioState(input: ScenarioInputDraft | ScenarioInput): string {
  return PREFIX + compressToEncodedURIComponent(JSON.stringify(input));
}

/** Decodes and validates a shared state; any problem is a ScenarioStateError. */
export function decodeScenarioState(text: unknown): ScenarioInput {
  if (typeof text !== 'string' || text.length === 0) {
    throw new ScenarioStateError(CORRUPT);
  }
  if (text.length > MAX_ENCODED_STATE_LENGTH) {
    throw new ScenarioStateError('This scenario link is too long to open (over 200 KB).', {
      maxLength: MAX_ENCODED_STATE_LENGTH,
    });
  }
  const dot = text.indexOf('.');
  const version = dot > 0 && dot <= 8 ? text.slice(0, dot) : null;
  if (version !== SCENARIO_STATE_VERSION) {
    throw new ScenarioStateError(
      version && /^v\d+$/.test(version)
        ? `This scenario link uses format ${version}, which this version of Liquidation Lab cannot read.`
        : CORRUPT,
      { version },
    );
  }
  let json: string;
  try {
    json = boundedDecompressFromEncodedURIComponent(text.slice(PREFIX.length), MAX_DECODED_JSON_LENGTH);
  } catch (error) {
    if (error instanceof CorruptCompressedText || error instanceof DecompressedTooLarge) {
      throw new ScenarioStateError(CORRUPT);
    }
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new ScenarioStateError(CORRUPT);
  }
  const parsed = scenarioInputSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ScenarioStateError(
      `This scenario link holds an invalid scenario${issue ? ` (${issue.path.join('.') || 'input'}: ${issue.message})` : ''}.`,
      {
        fieldErrors: parsed.error.issues
          .slice(0, 20)
          .map((i) => ({ path: i.path.join('.'), message: i.message })),
      },
    );
  }
  return parsed.data;
}
