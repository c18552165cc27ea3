package dev.tenkai.aws.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogicalIdSchemeTest {
  @Test
  void wordsOfATenkaiIdBecomeCapitalizedWords() {
    LogicalIdScheme s = LogicalIdScheme.of(List.of("subnet/private/a", "instance/web/c/2", "ingress/web-lb", "vpc"));
    assertThat(s.of("subnet/private/a")).isEqualTo("SubnetPrivateA");
    assertThat(s.of("instance/web/c/2")).isEqualTo("InstanceWebC2");
    assertThat(s.of("ingress/web-lb")).isEqualTo("IngressWebLb");
    assertThat(s.of("vpc")).isEqualTo("Vpc");
  }

  @Test
  void collidingIdsEachGetAStableHashWhateverTheOrder() {
    LogicalIdScheme one = LogicalIdScheme.of(List.of("security-group/a-b", "security-group/a/b"));
    LogicalIdScheme other = LogicalIdScheme.of(List.of("security-group/a/b", "security-group/a-b"));
    assertThat(one.of("security-group/a-b")).isNotEqualTo(one.of("security-group/a/b")).startsWith("SecurityGroupAB");
    assertThat(one.all()).containsAllEntriesOf(other.all());
  }

  @Test
  void anIdTheSchemeWasNotMadeForIsRefusedNamingIt() {
    assertThatThrownBy(() -> LogicalIdScheme.of(List.of("vpc")).of("subnet/x/a"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'subnet/x/a'");
  }

  @Test
  void everyIdIsAlphanumericStartsWithALetterAndIsUnique() {
    qt().withExamples(300)
        .forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 300)).ofSizeBetween(1, 12))
        .checkAssert(raw -> {
          List<String> ids = List.copyOf(new LinkedHashSet<>(raw));
          LogicalIdScheme s = LogicalIdScheme.of(ids);
          assertThat(new HashSet<>(s.all().values())).as("one CloudFormation id per Tenkai id").hasSize(ids.size());
          assertThat(s.all().values()).allSatisfy(id -> assertThat(id).matches("[A-Za-z][A-Za-z0-9]{0,254}"));
        });
  }
}
