/**
 * A deliberately tiny, strict parser for the lesson frontmatter subset:
 *
 *   key: plain text or "a JSON string"
 *   key: 42
 *   key: []
 *   key:
 *     - list item
 *     - "quoted list item"
 *
 * Anything else (nested maps, multi-line scalars, flow maps, tabs, duplicate keys) is an error with
 * a line number, so a typo fails the content test instead of silently becoming a different value.
 * A full YAML parser would accept far more than the lessons need and hide such mistakes.
 */
export type FrontmatterValue = string | number | string[];

export class FrontmatterError extends Error {
  constructor(message: string, line: number) {
    super(`frontmatter line ${line}: ${message}`);
    this.name = 'FrontmatterError';
  }
}

const KEY_LINE = /^([a-z][a-zA-Z0-9]*):(?: (.*))?$/;
const LIST_ITEM = /^ {2}- (.+)$/;
const INTEGER = /^(0|[1-9]\d*)$/;

export interface SplitDocument {
  frontmatter: string;
  body: string;
  /** 1-based line of the body's first line in the original file. */
  bodyStartLine: number;
}

export function splitFrontmatter(source: string): SplitDocument {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  if (lines[0] !== '---') throw new FrontmatterError('the file must start with "---"', 1);
  const end = lines.indexOf('---', 1);
  if (end === -1) throw new FrontmatterError('no closing "---"', lines.length);
  return {
    frontmatter: lines.slice(1, end).join('\n'),
    body: lines.slice(end + 1).join('\n'),
    bodyStartLine: end + 2,
  };
}

function scalar(raw: string, line: number): string {
  const text = raw.trim();
  if (text.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // fall through to the error below
    }
    throw new FrontmatterError(`invalid quoted string ${text}`, line);
  }
  if (text === '' || /^['[{>|&*!%@`#]/.test(text)) {
    throw new FrontmatterError(`unsupported value "${text}" (use a plain or double-quoted string)`, line);
  }
  if (/:\s/.test(text) || / #/.test(text)) {
    throw new FrontmatterError(`"${text}" contains ": " or " #"; double-quote it`, line);
  }
  return text;
}

export function parseFrontmatter(text: string): Record<string, FrontmatterValue> {
  const result: Record<string, FrontmatterValue> = {};
  const lines = text.split('\n');
  let openList: string[] | undefined;
  lines.forEach((line, index) => {
    const lineNo = index + 2; // +1 for 1-based, +1 for the opening "---"
    if (line.trim() === '') throw new FrontmatterError('blank lines are not allowed', lineNo);
    if (line.includes('\t')) throw new FrontmatterError('tabs are not allowed', lineNo);
    const item = LIST_ITEM.exec(line);
    if (item) {
      if (!openList) throw new FrontmatterError('list item without a list key above it', lineNo);
      openList.push(scalar(item[1]!, lineNo));
      return;
    }
    const keyLine = KEY_LINE.exec(line);
    if (!keyLine) throw new FrontmatterError(`cannot parse "${line}"`, lineNo);
    const key = keyLine[1]!;
    if (key in result) throw new FrontmatterError(`duplicate key "${key}"`, lineNo);
    const raw = keyLine[2];
    openList = undefined;
    if (raw === undefined || raw === '') {
      openList = [];
      result[key] = openList;
    } else if (raw.trim() === '[]') {
      result[key] = [];
    } else if (INTEGER.test(raw.trim())) {
      result[key] = Number(raw.trim());
    } else {
      result[key] = scalar(raw, lineNo);
    }
  });
  for (const [key, value] of Object.entries(result)) {
    if (Array.isArray(value) && value.length === 0 && !text.includes(`${key}: []`)) {
      throw new FrontmatterError(`"${key}:" has no list items (write "${key}: []" for an empty list)`, 1);
    }
  }
  return result;
}
