/**
 * Renders the failure analyses for people and programs: plain-text tables read at a glance, a
 * versioned JSON form, and an SVG chart of a restart timeline (plain SVG text, no library).
 */
package dev.tenkai.report.analysis;
