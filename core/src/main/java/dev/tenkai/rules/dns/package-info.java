/** DNS rules (TK-DNS-*): seed lesson 9, the zone apex needs an alias, and records that cannot work. */
package dev.tenkai.rules.dns;
