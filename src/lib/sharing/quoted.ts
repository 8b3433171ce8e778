/** A value as a warning quotes it: in double quotes, escaped as JSON, cut at `max` characters with "…"; text, never HTML. */
export const quoted = (value: string, max: number): string => JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
