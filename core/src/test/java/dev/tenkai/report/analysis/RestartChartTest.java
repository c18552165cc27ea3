package dev.tenkai.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.analysis.RestartTimeline;
import dev.tenkai.model.RestartPolicy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class RestartChartTest {
  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anOutageIsARedBandUnderTheStepLine() throws Exception {
    RestartTimeline r = RestartTimeline.of(AnalysisReportTest.seedPitfall(RestartPolicy.allAtOnce(), 1), "web");
    String svg = RestartChart.svg(r);
    Document d = parse(svg);
    assertThat(d.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(svg).contains("class=\"outage\"", "class=\"in-service\"", "full outage 35 s");
    assertThat(d.getElementsByTagName("polyline").getLength()).isEqualTo(1);
  }

  @Test
  void aRollingRestartHasNoRedBand() throws Exception {
    RestartTimeline r = RestartTimeline.of(AnalysisReportTest.seedPitfall(RestartPolicy.batchesOf(1), 2), "web");
    String svg = RestartChart.svg(r);
    parse(svg);
    assertThat(svg).doesNotContain("class=\"outage\"").contains("minimum 3 of 4 in service");
  }

  @Test
  void manyBatchesAreDrawnAsWaves() throws Exception {
    RestartTimeline r = RestartTimeline.of(AnalysisReportTest.seedPitfall(RestartPolicy.batchesOf(1), 50_000), "web");
    String svg = RestartChart.svg(r);
    parse(svg);
    assertThat(svg).contains("class=\"wave\"");
    assertThat(svg.length()).isLessThan(10_000);
  }
}
