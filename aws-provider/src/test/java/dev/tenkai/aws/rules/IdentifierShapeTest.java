package dev.tenkai.aws.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The identifier shapes the name rules share. */
class IdentifierShapeTest {
  private final IdentifierShape elb = IdentifierShape.elb(32);
  private final IdentifierShape db = IdentifierShape.dbStyle(63);

  @Test
  void elbNamesRefuseHyphensAtEitherEndButAllowDoubleHyphensAndLeadingDigits() {
    assertThat(elb.problems("-web")).containsExactly("starts with a hyphen");
    assertThat(elb.problems("web-")).containsExactly("ends with a hyphen");
    assertThat(elb.problems("ref--web")).isEmpty();
    assertThat(elb.problems("2012-web")).isEmpty();
  }

  @Test
  void dbIdentifiersStartWithALetterAndHoldSingleHyphens() {
    assertThat(db.problems("2012-db")).containsExactly("does not start with a letter");
    assertThat(db.problems("ref--db-")).containsExactly("ends with a hyphen", "holds two consecutive hyphens");
    assertThat(db.problems("ref-db")).isEmpty();
  }

  @Test
  void bothRefuseOtherCharactersAndEmptiness() {
    assertThat(elb.problems("web_lb")).containsExactly("holds characters other than letters, digits and hyphens");
    assertThat(db.problems("")).containsExactly("is 0 characters long (1 to 63 allowed)");
  }
}
