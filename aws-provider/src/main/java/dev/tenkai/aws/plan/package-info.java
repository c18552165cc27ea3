/** From a topology to a plan: the one mapping to desired AWS resources, the discovered state, and the per-logical-id diff (create, update, replace, delete, no change). Pure: no AWS call. */
package dev.tenkai.aws.plan;
