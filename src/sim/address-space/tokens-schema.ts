/** zod schema of the token notation (tokens.ts): `m1000,f1000` (empty string: no events); at most 60 tokens. */
import { maxLength, pipe, refine, regex, string, transform } from 'zod/mini';
import { tokensSchemaOf } from './tokens.ts';

/** The token text as tokens; errors say what the notation is. Built from named imports, so bundles keep only these. */
export const tokensSchema = tokensSchemaOf({ maxLength, pipe, refine, regex, string, transform });
