package dev.tenkai.aws.rules;

import dev.tenkai.model.Database;
import dev.tenkai.model.Subnet;
import dev.tenkai.model.Tier;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** A database's tier has subnets in at least two zones, so its DB subnet group can be created. */
@RuleInfo(
    id = "AWS-008",
    severity = Severity.ERROR,
    summary = "DB subnet group covers at least two zones",
    rationale =
        "CreateDBSubnetGroup refuses a group whose subnets do not cover at least two Availability"
            + " Zones, even for a single-AZ database that will only ever use one of them (RDS keeps"
            + " the second for a later Multi-AZ conversion and for recovery). The provider builds the"
            + " group from every subnet of the database's tier. moto accepts a one-subnet group.",
    remediation = "Give the database's tier a subnet in a second zone (it may stay empty).")
public final class DbSubnetGroupTwoZones implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (Database db : t.databases()) {
      List<String> zones =
          t.tier(db.tier()).map(Tier::subnets).orElse(List.of()).stream()
              .map(Subnet::zone)
              .distinct()
              .toList();
      if (zones.size() < 2) {
        out.add(
            Violation.at(
                ResourcePath.database(db.name()),
                "tier '%s' has subnets only in zones %s; a DB subnet group needs subnets in at least two zones",
                db.tier(),
                zones));
      }
    }
    return out;
  }
}
