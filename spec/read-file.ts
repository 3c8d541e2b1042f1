/** Reads a JSON or YAML file into a plain value, turning every failure into a one-line SpecError with file:line:column. */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type YAML from 'yaml';
import { SpecError } from './errors';
import { lineColumn, locateJsonSyntaxError } from './json-syntax';
import { displayPath } from './paths';
import { cachedParse } from './parse-cache';

/** Parses the text of `file` as JSON (`.json`) or YAML (anything else, YAML being a superset of JSON). */
export function parseStructuredText(text: string, file: string): unknown {
  const shown = displayPath(file);
  if (extname(file).toLowerCase() === '.json') {
    try {
      return JSON.parse(text);
    } catch (error) {
      const offset = locateJsonSyntaxError(text) ?? text.length;
      const { line, column } = lineColumn(text, offset);
      throw new SpecError(`${shown}:${line}:${column}: invalid JSON: ${(error as Error).message.split('\n')[0]}`, file);
    }
  }
  return cachedParse(text, (yaml) => parseYaml(yaml, file));
}

let yaml: typeof YAML | undefined;
/** The `yaml` package, loaded on the first text the parse cache does not hold (~40 ms of start-up otherwise). */
function yamlParser(): typeof YAML {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  yaml ??= require('yaml') as typeof YAML;
  return yaml;
}

function parseYaml(text: string, file: string): unknown {
  const shown = displayPath(file);
  // prettyErrors off: the default message carries a multi-line code frame; the position is reported separately.
  const document = yamlParser().parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const first = document.errors[0];
  if (first) {
    const position = first.linePos?.[0];
    const { line, column } = position ? { line: position.line, column: position.col } : lineColumn(text, first.pos[0]);
    throw new SpecError(`${shown}:${line}:${column}: invalid YAML: ${first.message.split('\n')[0]}`, file);
  }
  return document.toJS({ maxAliasCount: -1 });
}

/** Reads and parses a spec or overlay file; a missing or unreadable file is named in the error. */
export function readStructuredFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new SpecError(`${displayPath(file)}: cannot read spec file: ${why}`, file);
  }
  return parseStructuredText(text.replace(/^\uFEFF/, ''), file);
}
