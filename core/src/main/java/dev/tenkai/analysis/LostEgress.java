package dev.tenkai.analysis;

/**
 * A surviving private subnet that lost internet access because the NAT its zone routes through is
 * gone.
 *
 * @param tier the tier of the subnet
 * @param zone the zone of the subnet
 * @param cidr the subnet's block
 * @param nat the NAT that is gone
 * @param natZone the zone the NAT lived in
 */
public record LostEgress(String tier, String zone, String cidr, String nat, String natZone) {}
