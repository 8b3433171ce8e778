/**
 * JSON Schema files generated from the valibot schemas, for outside authors and tools. Checks that JSON Schema
 * cannot express (EDTF dates, passages matching the text, status against the publication date) are described
 * in the README and run by `npm run validate`.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { EventsFileSchema, TimelineIndexSchema, TimelineSchema } from './schema.ts';

function document(title: string, schema: Parameters<typeof toJsonSchema>[0]) {
	// errorMode 'ignore': refinements such as "no surrounding white space" have no JSON Schema form.
	const { $schema, ...rest } = toJsonSchema(schema, { errorMode: 'ignore' });
	return { $schema, title, ...rest };
}

/** File name (under static/schema/) → schema document. */
export function jsonSchemas(): Record<string, object> {
	return {
		'events.schema.json': document('Sourceline events file (data/<timeline-id>/events.json)', EventsFileSchema),
		'timeline.schema.json': document('Sourceline public timeline (/data/<timeline-id>.json)', TimelineSchema),
		'index.schema.json': document('Sourceline timeline index (/data/index.json)', TimelineIndexSchema)
	};
}

export const serialiseSchema = (schema: object): string => JSON.stringify(schema, null, '\t') + '\n';
