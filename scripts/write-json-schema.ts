/** `npm run schema`: writes the JSON Schema files published under /schema/ (a unit test checks they are current). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemas, serialiseSchema } from '../src/lib/model/json-schema.ts';

mkdirSync('static/schema', { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
	writeFileSync(`static/schema/${name}`, serialiseSchema(schema));
	console.log(`wrote static/schema/${name}`);
}
