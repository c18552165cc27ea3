/** The topology as a graph: what depends on what, and how traffic flows. */
package dev.tenkai.graph;
