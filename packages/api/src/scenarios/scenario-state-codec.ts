/**
 * The stateless share link: the whole scenario in the URL, no database row. Browser-safe (lz-string,
 * zod, core), so the web app encodes and decodes with the same code the server validates with.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { ApiError } from '../errors/api-error';
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

export function encodeScenarioState(input: ScenarioInputDraft | ScenarioInput): string {
  return PREFIX + compressToEncodedURIComponent(JSON.stringify(input));
}

/** Decodes and validates a shared state; any problem is an ApiError('INVALID_INPUT'). */
export function decodeScenarioState(text: unknown): ScenarioInput {
  if (typeof text !== 'string' || text.length === 0) {
    throw new ApiError('INVALID_INPUT', CORRUPT);
  }
  if (text.length > MAX_ENCODED_STATE_LENGTH) {
    throw new ApiError('INVALID_INPUT', 'This scenario link is too long to open (over 200 KB).', {
      maxLength: MAX_ENCODED_STATE_LENGTH,
    });
  }
  const dot = text.indexOf('.');
  const version = dot > 0 && dot <= 8 ? text.slice(0, dot) : null;
  if (version !== SCENARIO_STATE_VERSION) {
    throw new ApiError(
      'INVALID_INPUT',
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
      throw new ApiError('INVALID_INPUT', CORRUPT);
    }
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new ApiError('INVALID_INPUT', CORRUPT);
  }
  const parsed = scenarioInputSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError(
      'INVALID_INPUT',
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
