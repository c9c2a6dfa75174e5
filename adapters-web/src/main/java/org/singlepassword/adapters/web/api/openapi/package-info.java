/**
 * Incoming adapter, JSON side's description: the whole API v1 as one OpenAPI 3.1 document, kept as
 * a resource beside the code and held to the routes by a test, served as it is at {@code
 * /api/openapi.json} for developers' tools, and rendered at {@code /api} as a page for the
 * developers who connect an e-service: each operation, who may call it, its fields and answers.
 */
package org.singlepassword.adapters.web.api.openapi;
