/**
 * OpenAPI Overlay 1.0 documents: the project's corrections, kept apart from the published text so both can be read.
 * update = deep merge into each matched object (appended when the match is an array); remove = delete each match.
 */
import { JSONPath } from 'jsonpath-plus';
import { SpecError } from './errors';
import { deepMergeInto, isJsonObject } from './deep-merge';
import { displayPath } from './paths';
import { readStructuredFile } from './read-file';

/** One overlay action as the Overlay 1.0 specification defines it. */
export interface OverlayAction {
  /** JSONPath selecting the nodes to change. */
  target: string;
  /** What the action corrects and why. */
  description?: string;
  update?: unknown;
  remove?: boolean;
}

/** An Overlay 1.0 document. */
export interface OverlayDocument {
  overlay: string;
  info: { title: string; version: string };
  extends?: string;
  actions: OverlayAction[];
}

/** An overlay and the file it was read from (used in every error and `fixedBy` reference). */
export interface LoadedOverlay {
  file: string;
  overlay: OverlayDocument;
}

/** Reads an overlay file and checks its shape, so a malformed action fails before anything is applied. */
export function readOverlay(file: string): LoadedOverlay {
  const raw = readStructuredFile(file);
  const shown = displayPath(file);
  if (!isJsonObject(raw) || typeof raw.overlay !== 'string' || !raw.overlay.startsWith('1.')) {
    throw new SpecError(`${shown}: not an Overlay 1.x document (missing "overlay: 1.0.0")`, file);
  }
  if (!isJsonObject(raw.info) || typeof raw.info.title !== 'string') throw new SpecError(`${shown}: overlay has no info.title`, file);
  if (!Array.isArray(raw.actions) || raw.actions.length === 0) throw new SpecError(`${shown}: overlay has no actions`, file);
  raw.actions.forEach((action: unknown, index: number) => {
    const where = `${shown}#${index}`;
    if (!isJsonObject(action) || typeof action.target !== 'string') throw new SpecError(`${where}: action has no target`, file);
    const hasUpdate = action.update !== undefined;
    const removes = action.remove === true;
    if (hasUpdate === removes) throw new SpecError(`${where}: action needs exactly one of update or remove: true`, file);
  });
  return { file, overlay: raw as unknown as OverlayDocument };
}

/** Options for applying an overlay. */
export interface ApplyOptions {
  /** Called after each action, e.g. to see which lint findings that action fixed. */
  afterAction?: (index: number, document: unknown) => void;
}

/** Applies every action of one overlay to a copy of `document`, in order, and returns the copy. */
export function applyOverlay<T>(document: T, loaded: LoadedOverlay, options: ApplyOptions = {}): T {
  const result = structuredClone(document);
  loaded.overlay.actions.forEach((action, index) => {
    applyAction(result, action, actionReference(loaded.file, index));
    options.afterAction?.(index, result);
  });
  return result;
}

/** How an action is named in errors and `fixedBy`: `specs/oms/overlays/02-date-time.yaml#0`. */
export function actionReference(file: string, index: number): string {
  return `${displayPath(file)}#${index}`;
}

interface Match {
  value: unknown;
  parent: Record<string, unknown> | unknown[] | null;
  parentProperty: string | number | null;
}

/** Applies one action in place; `where` names the overlay file and action index for errors. */
export function applyAction(document: unknown, action: OverlayAction, where: string): void {
  let matches: Match[];
  try {
    matches = JSONPath({ path: action.target, json: document as object, resultType: 'all', wrap: true }) as Match[];
  } catch (error) {
    throw new SpecError(`${where}: invalid target ${action.target}: ${(error as Error).message}`);
  }
  if (matches.length === 0) throw new SpecError(`${where}: target ${action.target} matches nothing`);
  if (action.remove === true) {
    // Highest array index first, so earlier removals do not shift later ones.
    const ordered = [...matches].sort((a, b) => Number(b.parentProperty) - Number(a.parentProperty));
    for (const match of ordered) {
      if (match.parent === null) throw new SpecError(`${where}: cannot remove the document root`);
      if (Array.isArray(match.parent)) match.parent.splice(Number(match.parentProperty), 1);
      else delete match.parent[String(match.parentProperty)];
    }
    return;
  }
  for (const match of matches) {
    if (isJsonObject(match.value) && isJsonObject(action.update)) deepMergeInto(match.value, action.update);
    else if (Array.isArray(match.value)) match.value.push(...(Array.isArray(action.update) ? structuredClone(action.update) : [structuredClone(action.update)]));
    else if (match.parent !== null) (match.parent as Record<string, unknown>)[String(match.parentProperty)] = structuredClone(action.update);
    else throw new SpecError(`${where}: cannot replace the document root with a non-object`);
  }
}
