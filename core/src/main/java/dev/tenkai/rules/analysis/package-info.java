/**
 * Analysis rules (TK-ANA-*): every guarantee the offline analyses find broken is a finding. Each
 * rule reads an analysis (the baseline with nothing failed, the zone failures the topology claims
 * to survive, the restart of every server group) through the {@link dev.tenkai.rules.RuleContext},
 * so a rule and the analysis it reports cannot disagree.
 */
package dev.tenkai.rules.analysis;
