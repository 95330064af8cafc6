import { DomainInputError } from '../../domain/errors';
import { FrameworkLoadError } from '../../frameworks';
import { BadInputError } from '../../errors';

/** Runs `fn`, turning the domain's bad-input errors into the app's `BadInputError` (BAD_INPUT). */
export function domainInput<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof FrameworkLoadError) throw new BadInputError(err.message, { errors: err.errors });
    if (err instanceof DomainInputError) throw new BadInputError(err.message);
    throw err;
  }
}
