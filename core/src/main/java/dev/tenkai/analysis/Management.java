package dev.tenkai.analysis;

import java.util.Optional;

/**
 * Whether administrators can still reach the hosts after a failure.
 *
 * @param bastion the bastion's name, if the topology has one
 * @param reachable whether the bastion survives
 * @param reason why, for people
 */
public record Management(Optional<String> bastion, boolean reachable, String reason) {}
