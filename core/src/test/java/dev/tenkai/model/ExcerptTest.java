package dev.tenkai.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {
  @Test
  void aShortValueIsShownWhole() {
    assertThat(Excerpt.of("web-lb")).isEqualTo("web-lb");
    assertThat(Excerpt.of("x".repeat(Excerpt.LONGEST))).hasSize(Excerpt.LONGEST);
  }

  @Test
  void aLongValueShowsItsStartAndLength() {
    assertThat(Excerpt.of("x".repeat(10_000_000))).isEqualTo("x".repeat(60) + "…(10000000 characters)");
  }

  @Test
  void aMessageKeepsItsWordsAndCutsOnlyTheLongValue() {
    String message = "name: '" + "y".repeat(500) + "' is not a valid name";
    assertThat(Excerpt.ofMessage(message)).isEqualTo("name: '" + "y".repeat(59) + "…(502 characters) is not a valid name");
  }

  @Test
  void theModelsExceptionCutsValuesInItsPathAndMessage() {
    String big = "z".repeat(1_000);
    InvalidTopologyException e = new InvalidTopologyException("serverGroups[" + big + "]", "unknown load balancer '" + big + "'");
    assertThat(e.getMessage()).hasSizeLessThan(300).contains("…(1015 characters)", "…(1002 characters)");
  }
}
