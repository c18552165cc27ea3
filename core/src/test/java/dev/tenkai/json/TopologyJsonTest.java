package dev.tenkai.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyJsonTest {
  private static String doc(String topologyBody) {
    return "{\"format\":\"tenkai-topology\",\"version\":1,\"topology\":" + topologyBody + "}";
  }

  private static String modernJson() {
    return TopologyJson.write(ReferenceTopologies.modern());
  }

  @Test
  void referenceDeploymentsRoundTripUnchanged() {
    for (Topology t : new Topology[] {ReferenceTopologies.modern(), ReferenceTopologies.of2012()}) {
      String json = TopologyJson.write(t);
      Topology back = TopologyJson.read(json);
      assertThat(back).isEqualTo(t);
      assertThat(TopologyJson.write(back)).isEqualTo(json);
    }
  }

  @Test
  void writesTheVersionedEnvelopeAndReadableValues() {
    String json = modernJson();
    assertThat(json)
        .contains("\"format\" : \"tenkai-topology\"")
        .contains("\"version\" : 1")
        .contains("\"bootTime\" : \"PT20S\"")
        .contains("\"startUtc\" : \"17:00:00\"")
        .contains("\"timeZone\" : \"Asia/Tokyo\"");
  }

  @Test
  void rejectsAnotherVersion() {
    String json = modernJson().replace("\"version\" : 1", "\"version\" : 2");
    assertThatThrownBy(() -> TopologyJson.read(json))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessageContaining("$.version")
        .hasMessageContaining("2");
  }

  @Test
  void rejectsAnUnknownFieldNamingItsPath() {
    String json = modernJson().replace("\"region\" :", "\"regoin\" : \"x\", \"region\" :");
    assertThatThrownBy(() -> TopologyJson.read(json))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessageContaining("$.topology.regoin")
        .hasMessageContaining("unknown field 'regoin'");
  }

  @Test
  void rejectsAWrongTypeNamingItsPath() {
    String json = modernJson().replace("\"port\" : 80", "\"port\" : \"eighty\"");
    assertThatThrownBy(() -> TopologyJson.read(json))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessageContaining("$.topology.serverGroups[0].port");
  }

  @Test
  void rejectsAHugeNumber() {
    String json = modernJson().replace("\"port\" : 80", "\"port\" : 99999999999999999999");
    assertThatThrownBy(() -> TopologyJson.read(json))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessageContaining("port");
  }

  @Test
  void rejectsAnUnknownEnumValue() {
    String json = modernJson().replace("\"engine\" : \"MYSQL\"", "\"engine\" : \"ORACLE\"");
    assertThatThrownBy(() -> TopologyJson.read(json))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessageContaining("$.topology.databases[0].engine")
        .hasMessageContaining("ORACLE")
        .hasMessageContaining("MYSQL");
  }

  @Test
  void rejectsAMissingAttribute() {
    assertThatThrownBy(() -> TopologyJson.read(doc("{\"name\":\"x\",\"zones\":[\"a\"]}")))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessageContaining("region")
        .hasMessageContaining("network");
  }

  @Test
  void reportsStructuralErrorsWithTheModelPath() {
    String json = modernJson().replace("\"10.0.11.0/24\"", "\"10.1.11.0/24\"");
    assertThatThrownBy(() -> TopologyJson.read(json))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessageContaining("network.tiers[private].subnets[c].cidr")
        .hasMessageContaining("10.1.11.0/24 is outside the network 10.0.0.0/16");
  }

  @Test
  void rejectsMalformedJson() {
    assertThatThrownBy(() -> TopologyJson.read("{\"format\": "))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> TopologyJson.read("[]"))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessageContaining("expected a JSON object");
    assertThatThrownBy(() -> TopologyJson.read(modernJson() + "{}"))
        .isInstanceOf(TopologyJsonException.class);
  }

  @Test
  void rejectsDeeplyNestedInput() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThatThrownBy(() -> TopologyJson.read(doc("{\"name\":" + deep + "}")))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessageContaining("nesting");
  }

  @Test
  void rejectsNullWhereAValueIsRequired() {
    String json = modernJson().replace("\"region\" : \"ap-northeast-1\"", "\"region\" : null");
    assertThatThrownBy(() -> TopologyJson.read(json))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessageContaining("region");
  }

  @Test
  void aFileLargerThanADocumentIsRefusedAfterReadingOnlyTheBound() {
    assertThatThrownBy(() -> TopologyJson.read(Path.of("/dev/zero")))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessage("/dev/zero is larger than a topology document may be (64 MiB); is it the right file?");
  }

  @Test
  void aFileThatIsNotUtf8IsNamedWithTheByteOffset(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.json");
    byte[] json = modernJson().replace("\"reference\"", "\"r\u00e9f\"").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, json);
    int offset = modernJson().indexOf("\"reference\"") + 2;
    assertThatThrownBy(() -> TopologyJson.read(file))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessageStartingWith(file + " is not UTF-8: byte 0xE9 at byte offset " + offset + " (line ");
  }

  @Test
  void aUtf8FileWithAByteOrderMarkReads(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bom.json");
    Files.writeString(file, "\uFEFF" + modernJson(), StandardCharsets.UTF_8);
    assertThat(TopologyJson.read(file)).isEqualTo(ReferenceTopologies.modern());
  }

  @Test
  void messagesSpeakJsonNotJackson() {
    assertThatThrownBy(() -> TopologyJson.read("{\"format\":\"tenkai-topology\",\"format\":\"x\"}"))
        .hasMessage("$ (line 1, column 38): field 'format' appears twice in one object");
    assertThatThrownBy(() -> TopologyJson.read(doc("{\"name\":" + "[".repeat(100) + "]".repeat(100) + "}")))
        .hasMessage("$: malformed JSON: Document nesting depth (65) exceeds the maximum allowed (64)");
    assertThatThrownBy(() -> TopologyJson.read(doc("{\"name\":NaN}")))
        .hasMessageEndingWith("malformed JSON: Non-standard token 'NaN'");
    assertThatThrownBy(() -> TopologyJson.read(modernJson().replace("\"zones\" : [ \"a\", \"c\" ]", "\"zones\" : \"a\"")))
        .hasMessage("$.topology.zones: expected a list, got the string \"a\"");
    assertThatThrownBy(() -> TopologyJson.read(modernJson().replaceFirst("\"PT[0-9A-Z]*\"", "true")))
        .hasMessageMatching("\\$\\.topology\\.serverGroups\\[0\\]\\.[a-zA-Z]+: expected a duration such as \"PT30S\", got true");
    assertThatThrownBy(() -> TopologyJson.read(modernJson().replaceFirst(": 2,", ": null,")))
        .hasMessageStartingWith("$.topology.serverGroups[0]: null value in entry: ");
  }

  @Test
  void aHugeValueIsCutInTheMessage() {
    String name = "x".repeat(10_000_000);
    assertThatThrownBy(() -> TopologyJson.read(modernJson().replace("\"name\" : \"reference\"", "\"name\" : \"" + name + "\"")))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessageContaining("…(10000002 characters)")
        .hasMessageContaining("is not a valid name")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
  }
}
