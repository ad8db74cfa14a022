/**
 * What the gateway reads from each service, as typed records: only the fields it uses, unknown ones
 * ignored (a service may add fields without breaking the gateway). The gateway's tests check that
 * their stub documents, and so these shapes, match the schemas of the services' OpenAPI documents.
 */
package org.bilateral.gateway.downstream.model;
