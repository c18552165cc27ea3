/**
 * Security rules (TK-SEC-*): the seed's private network, with the bastion as the only way in for
 * administration and the load balancer as the only way in for users.
 */
package dev.tenkai.rules.security;
