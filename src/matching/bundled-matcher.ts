import { ENTITIES } from '../dossier/entities';
import { compileMatcher, type Matcher } from './compile-matcher';
import { FIRST_PASS } from './first-pass.generated';

/** The matcher for the bundled entities, its first pass generated ahead of time. */
export const bundledMatcher = (): Matcher => compileMatcher(ENTITIES, FIRST_PASS);
