/** The versioned JSON form of a topology, for other tools and languages. */
package dev.tenkai.json;
