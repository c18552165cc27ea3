/** Cache rules (TK-CACHE-*): seed lesson 10, what the cache engine can hold. */
package dev.tenkai.rules.cache;
