/**
 * Availability rules (TK-AVAIL-*): every function survives the loss of a whole zone, as the seed
 * deployment required.
 */
package dev.tenkai.rules.availability;
