// The API description served at /api/openapi.json.
const filterParams = [
  {
    name: 'actor',
    in: 'query',
    description: 'Name, alias, role or Wikidata id; repeat for contacts involving all of them',
    schema: { type: 'array', items: { type: 'string' } },
    style: 'form',
    explode: true,
  },
  {
    name: 'between',
    in: 'query',
    description: 'FROM..TO with dates as YYYY, YYYY-MM or YYYY-MM-DD (either side may be empty)',
    schema: { type: 'string' },
  },
  {
    name: 'mode',
    in: 'query',
    schema: { type: 'string', enum: ['phone', 'video', 'in_person', 'written', 'unspecified'] },
  },
  {
    name: 'status',
    in: 'query',
    schema: {
      type: 'string',
      enum: ['occurred', 'planned', 'proposed', 'requested', 'hypothetical', 'denied', 'cancelled'],
    },
  },
  {
    name: 'source',
    in: 'query',
    description: 'Publisher or attribution contains this text',
    schema: { type: 'string' },
  },
  { name: 'text', in: 'query', description: 'An evidence sentence contains this text', schema: { type: 'string' } },
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
];
const error = {
  description: 'A parameter is invalid',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Parley API',
    version: '1',
    description: 'A verified timeline of diplomatic contacts. Records follow the Parley record format, version 1.',
  },
  paths: {
    '/api/events': {
      get: {
        summary: 'Events matching a filter, in timeline order',
        parameters: filterParams,
        responses: {
          200: {
            description: 'A page of events',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/EventPage' } } },
          },
          400: error,
        },
      },
    },
    '/api/events/{id}': {
      get: {
        summary: 'The dossier of one event: record, reports with their documents, quotes',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: { description: 'The dossier' }, 404: { description: 'No such event' } },
      },
    },
    '/api/overview': {
      get: {
        summary:
          'Every event matching a filter in compact form (id, date, mode, status, participants, number of reports), for drawing timelines and networks',
        parameters: [
          ...filterParams.filter((p) => !['limit', 'offset'].includes(p.name)),
          { name: 'cap', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200000, default: 50000 } },
        ],
        responses: {
          200: {
            description:
              '{ total, truncated, columns, events }: each event is a row [id, start, end, precision, mode, status, reports, confidence, participants], participants as [name, wikidata, kind, country]',
          },
          400: error,
        },
      },
    },
    '/api/search': {
      get: {
        summary: 'Events (evidence sentences), quotes and documents containing a phrase',
        parameters: [
          { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 2 } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
        ],
        responses: { 200: { description: '{ q, events, events_total, quotes, documents }' }, 400: error },
      },
    },
    '/api/timeline': {
      get: {
        summary: "One actor's contacts by day, with counterparts",
        parameters: filterParams.filter((p) => ['actor', 'between', 'mode', 'limit', 'offset'].includes(p.name)),
        responses: { 200: { description: 'Contacts' }, 400: error },
      },
    },
    '/api/actors': {
      get: {
        summary: 'Who meets whom: pairs with contact counts, first and last contact',
        parameters: [
          { name: 'top', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 20 } },
          filterParams[1],
        ],
        responses: { 200: { description: 'Pairs' }, 400: error },
      },
    },
    '/api/quotes': {
      get: {
        summary: 'Quotations by speaker or event',
        parameters: [
          { name: 'speaker', in: 'query', schema: { type: 'string' } },
          { name: 'event', in: 'query', schema: { type: 'string' } },
          filterParams[6],
          filterParams[7],
        ],
        responses: { 200: { description: 'Quotes' }, 400: error },
      },
    },
    '/api/documents/{id}': {
      get: {
        summary: 'A stored document with its text (offsets in mentions and quotes point into it)',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: { description: 'The document' }, 404: { description: 'No such document' } },
      },
    },
    '/api/documents': {
      post: {
        summary: 'Ingest documents (requires the server token)',
        security: [{ bearer: [] }],
        requestBody: {
          content: {
            'application/json': {
              schema: {
                oneOf: [
                  { $ref: '#/components/schemas/InputDocument' },
                  { type: 'array', items: { $ref: '#/components/schemas/InputDocument' } },
                ],
              },
            },
          },
        },
        responses: {
          200: { description: 'What was stored' },
          400: error,
          401: { description: 'Wrong token' },
          403: { description: 'Ingest is disabled (no PARLEY_TOKEN)' },
        },
      },
    },
    '/api/export': {
      get: {
        summary: 'Every event as json, jsonl, csv, plover or cameo',
        parameters: [
          {
            name: 'format',
            in: 'query',
            schema: { type: 'string', enum: ['json', 'jsonl', 'csv', 'plover', 'cameo'] },
          },
        ],
        responses: { 200: { description: 'The export' }, 400: error },
      },
    },
    '/api/health': { get: { summary: 'Store counts', responses: { 200: { description: 'ok' } } } },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: { type: 'object', properties: { error: { type: 'string' } }, required: ['error'] },
      EventPage: {
        type: 'object',
        properties: {
          total: { type: 'integer' },
          limit: { type: 'integer' },
          offset: { type: 'integer' },
          events: { type: 'array', items: { type: 'object' } },
        },
      },
      InputDocument: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          text: { type: 'string' },
          html: { type: 'string' },
          title: { type: 'string' },
          url: { type: 'string' },
          published: { type: 'string' },
          source: { type: 'string' },
        },
      },
    },
  },
};
