package dev.tenkai.model;

import com.google.common.collect.ImmutableList;
import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 network block in CIDR notation, parsed and compared with the ipaddress library
 * rather than hand-written bit arithmetic.
 */
public final class Cidr {
  private static final Pattern IPV4_CIDR =
      Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}/\\d{1,2}");

  private final IPAddress block;
  private final String text;

  private Cidr(IPAddress block) {
    this.block = block;
    this.text = block.toCanonicalString();
  }

  /**
   * Parses {@code text} as a network block ({@code 10.0.0.0/16}, {@code 2001:db8::/56}).
   *
   * @param path where the value comes from, for the error message
   * @throws InvalidTopologyException when the text is not a CIDR block, or has host bits set
   */
  public static Cidr parse(String text, String path) {
    if (text == null || text.isBlank()) {
      throw new InvalidTopologyException(path, "a CIDR block is required, got '" + text + "'");
    }
    IPAddress address;
    try {
      address = new IPAddressString(text.trim()).toAddress();
    } catch (AddressStringException | RuntimeException e) {
      throw new InvalidTopologyException(path, "'" + text + "' is not a CIDR block");
    }
    if (address == null || !address.isPrefixed()) {
      throw new InvalidTopologyException(
          path, "'" + text + "' is not a CIDR block (expected address/prefix, e.g. 10.0.0.0/16)");
    }
    if (address.isIPv4() && !IPV4_CIDR.matcher(text.trim()).matches()) {
      throw new InvalidTopologyException(
          path, "'" + text + "' is not a CIDR block (expected four octets and a prefix, e.g. 10.0.0.0/16)");
    }
    if (!address.isPrefixBlock()) {
      throw new InvalidTopologyException(
          path,
          "'" + text + "' has host bits set; did you mean "
              + address.toPrefixBlock().toCanonicalString() + "?");
    }
    return new Cidr(address.toPrefixBlock());
  }

  /** Whether {@code text} parses as a CIDR block. */
  public static boolean isValid(String text) {
    try {
      parse(text, "");
      return true;
    } catch (InvalidTopologyException e) {
      return false;
    }
  }

  /** The prefix length, e.g. 16 for {@code 10.0.0.0/16}. */
  public int prefixLength() {
    return block.getNetworkPrefixLength();
  }

  /** Whether this is an IPv6 block. */
  public boolean isIpv6() {
    return block.isIPv6();
  }

  /** Whether this block is the whole address space ({@code 0.0.0.0/0} or {@code ::/0}). */
  public boolean isAnywhere() {
    return prefixLength() == 0;
  }

  /** Whether {@code other} lies wholly inside this block. */
  public boolean contains(Cidr other) {
    return block.getIPVersion() == other.block.getIPVersion() && block.contains(other.block);
  }

  /** Whether the two blocks share at least one address. */
  public boolean overlaps(Cidr other) {
    return block.getIPVersion() == other.block.getIPVersion()
        && (block.contains(other.block) || other.block.contains(block));
  }

  /** How many addresses the block holds. */
  public BigInteger size() {
    return block.getCount();
  }

  /**
   * The first {@code count} consecutive blocks of {@code newPrefix} bits inside this block, in
   * address order: how a network is carved into subnets.
   */
  public ImmutableList<Cidr> carve(int newPrefix, int count, String path) {
    int max = block.isIPv6() ? 128 : 32;
    if (newPrefix < prefixLength() || newPrefix > max) {
      throw new InvalidTopologyException(
          path, "cannot carve /" + newPrefix + " subnets out of " + text);
    }
    BigInteger available = BigInteger.ONE.shiftLeft(newPrefix - prefixLength());
    if (BigInteger.valueOf(count).compareTo(available) > 0) {
      throw new InvalidTopologyException(
          path, text + " holds only " + available + " subnets of /" + newPrefix + ", " + count + " asked");
    }
    ImmutableList.Builder<Cidr> out = ImmutableList.builder();
    Iterator<? extends IPAddress> it = block.setPrefixLength(newPrefix, false).prefixBlockIterator();
    for (int i = 0; i < count && it.hasNext(); i++) {
      out.add(new Cidr(it.next()));
    }
    return out.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cidr && ((Cidr) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text);
  }

  /** The canonical text, e.g. {@code 10.0.0.0/16}. */
  @Override
  public String toString() {
    return text;
  }
}
