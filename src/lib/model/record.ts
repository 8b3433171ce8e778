/** Reading untrusted parsed JSON: whether a value is an object with keys (not null, not an array). */

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value as an object with keys, or undefined when it is not one (for optional chaining over untrusted JSON). */
export const asRecord = (value: unknown): Record<string, unknown> | undefined => (isRecord(value) ? value : undefined);
