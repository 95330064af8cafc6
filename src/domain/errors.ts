/**
 * Domain errors. The domain imports nothing outside src/domain, so these do not extend the app's
 * `AppError`; they carry `code = 'BAD_INPUT'` and services/CLI map them (SPEC §4/§5: bad input,
 * exit 2) in one place with `err instanceof DomainInputError`.
 */

/** Base class: the caller gave the domain something SPEC calls "bad input". */
export class DomainInputError extends Error {
  readonly code = 'BAD_INPUT' as const;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** SPEC §1: dates are calendar dates `YYYY-MM-DD`; anything else (or 2026-02-30) is bad input. */
export class DateInputError extends DomainInputError {}

/**
 * SPEC §4: "An unknown level or skill, a position out of range, an as-of date before the start
 * date, or a target level not above the current one … is bad input (exit 2)."
 */
export class LevelsInputError extends DomainInputError {}
