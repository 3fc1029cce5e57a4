import type { DraftValidator } from './draft-validator';

let loaded: DraftValidator<never> | null = null;
let loading: Promise<DraftValidator<never>> | null = null;

/** The schema validator if it has loaded already (then a remounted editor needs no wait). */
export function loadedSchemaValidator(): DraftValidator<never> | null {
  return loaded;
}

/**
 * Loads the zod scenario schema (≈ 35 kB gzip, and its construction is the costliest module on the
 * sandbox's start-up path) once, on demand: when the reader first reaches for the form or a draft needs it.
 */
export function loadSchemaValidator(): Promise<DraftValidator<never>> {
  loading ??= import('./scenario-schema-validator').then(
    (module) => {
      loaded = module.scenarioSchemaValidator;
      return loaded;
    },
    (error: unknown) => {
      loading = null; // a failed fetch may be retried by the next edit
      throw error;
    },
  );
  return loading;
}
