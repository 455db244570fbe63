import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { apiDocument } from '../../services/api/openapi/apiDocument';

const documentId = 'passerelle-openapi';
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: documentId, ...(apiDocument('http://127.0.0.1:3000') as object) });

/**
 * The errors of a response body against a schema of the API document (components.schemas), as
 * JSON Schema 2020-12 (OpenAPI 3.1): an empty list when the body is what the document says.
 */
export function shapeErrors(schemaName: string, body: unknown): string[] {
  const validate = ajv.getSchema(`${documentId}#/components/schemas/${schemaName}`);
  if (!validate) throw new Error(`the API document has no schema ${schemaName}`);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}
