/**
 * The provider-neutral topology model: immutable values that describe a highly-available web
 * deployment (network, zones, egress, bastion, servers, load balancer, database, cache, DNS,
 * firewall) and nothing of any cloud's API.
 */
@TenkaiStyle
package dev.tenkai.model;
