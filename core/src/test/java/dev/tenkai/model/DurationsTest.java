package dev.tenkai.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void compactIsWhatFindingsPlansAndDiagramsPrint() {
    assertThat(Durations.compact(Duration.ZERO)).isEqualTo("0s");
    assertThat(Durations.compact(Duration.ofSeconds(45))).isEqualTo("45s");
    assertThat(Durations.compact(Duration.ofSeconds(140))).isEqualTo("2m20s");
    assertThat(Durations.compact(Duration.ofSeconds(65))).isEqualTo("1m5s");
    assertThat(Durations.compact(Duration.ofMinutes(62))).isEqualTo("1h2m");
    assertThat(Durations.compact(Duration.ofDays(1))).isEqualTo("1d");
    assertThat(Durations.compact(Duration.ofHours(25))).isEqualTo("1d1h");
    assertThat(Durations.compact(Duration.ofMillis(500))).isEqualTo("500ms");
    assertThat(Durations.compact(Duration.ofSeconds(-5))).isEqualTo("-5s");
  }

  @Test
  void proseCountsSecondsUpToTenMinutesThenSpellsOutTheUnits() {
    assertThat(Durations.prose(Duration.ZERO)).isEqualTo("0 s");
    assertThat(Durations.prose(Duration.ofSeconds(35))).isEqualTo("35 s");
    assertThat(Durations.prose(Duration.ofSeconds(130))).isEqualTo("130 s");
    assertThat(Durations.prose(Duration.ofSeconds(599))).isEqualTo("599 s");
    assertThat(Durations.prose(Duration.ofMinutes(10))).isEqualTo("10 min");
    assertThat(Durations.prose(Duration.ofSeconds(650))).isEqualTo("10 min 50 s");
    assertThat(Durations.prose(Duration.ofMinutes(65))).isEqualTo("1 h 5 min");
    assertThat(Durations.prose(Duration.ofHours(2))).isEqualTo("2 h");
    assertThat(Durations.prose(Duration.ofDays(1))).isEqualTo("1 d");
  }
}
