// What the consumer's build must have left: the SARIF report of tenkai:validate, the diagram,
// the javadoc and sources jars of its Tenkai dependencies, and test reports with tests that ran.
import groovy.json.JsonSlurper

def target = new File(basedir, 'target')
def sarifFile = new File(target, 'tenkai/findings.sarif')
assert sarifFile.isFile() : "tenkai:validate wrote no SARIF report at ${sarifFile}"
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'tenkai'
assert sarif.runs[0].tool.driver.rules.size() > 30 : 'the SARIF report lists the rules that ran'

assert new File(target, 'tenkai/shop.mmd').text.contains('shop-lb')

['tenkai-core', 'tenkai-dsl', 'tenkai-aws', 'tenkai-test'].each { a ->
  ['javadoc', 'sources'].each { c ->
    def jar = new File(target, "docs-of-dependencies/${a}-${projectVersion}-${c}.jar")
    assert jar.isFile() && jar.length() > 1000 : "no ${c} jar for ${a}: ${jar}"
  }
}
def javadoc = new java.util.zip.ZipFile(new File(target, "docs-of-dependencies/tenkai-dsl-${projectVersion}-javadoc.jar"))
assert javadoc.getEntry('dev/tenkai/dsl/Tenkai.html') != null : 'the DSL javadoc documents dev.tenkai.dsl.Tenkai'

def reports = new File(target, 'surefire-reports').listFiles().findAll { it.name.startsWith('TEST-') }
def ran = reports.collectEntries { f ->
  def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f).documentElement
  [(suite.getAttribute('name')): suite.getAttribute('tests').toInteger() - suite.getAttribute('skipped').toInteger()]
}
assert ran['com.example.shop.ShopTopologyTest'] == 3 : "offline tests that ran: ${ran}"
assert ran['com.example.shop.ShopOnEmulatorTest'] == 1 : "emulator tests that ran: ${ran}"
return true
