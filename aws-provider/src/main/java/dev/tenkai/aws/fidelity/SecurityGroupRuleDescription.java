package dev.tenkai.aws.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupEgressRequest;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupIngressRequest;
import software.amazon.awssdk.services.ec2.model.CreateSecurityGroupRequest;
import software.amazon.awssdk.services.ec2.model.IpPermission;

/**
 * Security group and rule descriptions allow only {@code a-zA-Z0-9}, spaces and
 * {@code ._-:/()#,@[]+=&;{}!$*}, up to 255 characters (moto accepts anything, e.g. a {@code <}).
 */
public final class SecurityGroupRuleDescription implements Behaviour {
  private static final Pattern ALLOWED = Pattern.compile("[a-zA-Z0-9 ._\\-:/()#,@\\[\\]+=&;{}!$*]{0,255}");

  @Override
  public String name() {
    return "security group rule description characters";
  }

  @Override
  public String source() {
    return "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpRange.html";
  }

  @Override
  public void before(Call call) {
    List<String> descriptions = new ArrayList<>();
    List<IpPermission> permissions = List.of();
    if (call.request() instanceof CreateSecurityGroupRequest r) {
      descriptions.add(r.description());
    } else if (call.request() instanceof AuthorizeSecurityGroupIngressRequest r) {
      permissions = r.ipPermissions();
    } else if (call.request() instanceof AuthorizeSecurityGroupEgressRequest r) {
      permissions = r.ipPermissions();
    }
    for (IpPermission p : permissions) {
      p.ipRanges().forEach(x -> descriptions.add(x.description()));
      p.ipv6Ranges().forEach(x -> descriptions.add(x.description()));
      p.userIdGroupPairs().forEach(x -> descriptions.add(x.description()));
      p.prefixListIds().forEach(x -> descriptions.add(x.description()));
    }
    for (String d : descriptions) {
      if (d != null && !ALLOWED.matcher(d).matches()) {
        throw AwsErrors.of(AwsErrors.EC2, "InvalidParameterValue", "Invalid rule description '" + d
            + "'. Valid descriptions are strings less than 256 characters from the following set: a-zA-Z0-9. _-:/()#,@[]+=&;{}!$*");
      }
    }
  }
}
