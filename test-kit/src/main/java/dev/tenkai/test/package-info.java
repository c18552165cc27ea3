/**
 * The test kit: AssertJ assertions on a topology, its analyses and its AWS plan ({@link
 * dev.tenkai.test.TenkaiAssertions}), and a JUnit 5 extension that runs a local AWS emulator for
 * an integration test of a team's own topology ({@link dev.tenkai.test.LocalAwsExtension}).
 *
 * <p>It only calls Tenkai's public API, so what a test asserts is what the library and the
 * {@code tenkai} command would report.
 */
package dev.tenkai.test;
