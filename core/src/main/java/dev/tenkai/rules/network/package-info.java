/**
 * Network rules (TK-NET-*): seed lessons 6, 7 and 8 (egress through a NAT, the internet gateway is
 * not a NAT, Elastic IPs are few and each one is exposure).
 */
package dev.tenkai.rules.network;
