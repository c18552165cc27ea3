package dev.tenkai.rules.cache;

import dev.tenkai.model.Cache;
import dev.tenkai.model.Durations;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A cache asked for a longer expiry than its engine can hold (memcached: 30 days). */
@RuleInfo(
    id = "TK-CACHE-001",
    severity = Severity.ERROR,
    summary = "A cache needs a longer expiry than its engine can hold (memcached: 30 days)",
    rationale =
        "Seed lesson 10: memcached reads an expiry over 30 days as an absolute Unix time, i.e. a moment in"
            + " 1970, so such entries expire at once. The seed chose KyotoTycoon (memcached protocol, long"
            + " expiries) for this reason.",
    remediation =
        "Use an engine without the limit (Redis, Valkey, KyotoTycoon), or keep expiries within 30 days.")
public final class ExpiryBeyondEngineLimit implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Cache c : context.topology().caches()) {
      if (c.engine().longestExpiry().isPresent()) {
        Duration limit = c.engine().longestExpiry().get();
        if (c.longestExpiry().compareTo(limit) > 0) {
          out.add(Violation.at(ResourcePath.cache(c.name()),
              "cache %s needs entries to live %s but engine %s holds at most %s", c.name(),
              Durations.compact(c.longestExpiry()), c.engine(), Durations.compact(limit)));
        }
      }
    }
    return out;
  }
}
