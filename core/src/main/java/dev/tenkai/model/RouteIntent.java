package dev.tenkai.model;

/** Where a tier's default route (0.0.0.0/0) points. */
public enum RouteIntent {
  /** To the internet gateway: the tier is public. */
  INTERNET_GATEWAY,
  /** To the NAT that serves the subnet's zone: private hosts reach out, nothing reaches in. */
  NAT,
  /** No default route: the tier has no internet access at all. */
  NONE
}
