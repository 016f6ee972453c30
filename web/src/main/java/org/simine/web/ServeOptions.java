package org.simine.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Where the web app listens. The default host is the loopback address, so only programs on this machine reach the
 * index and the papers' files; any other host is the user's explicit choice and is announced (see
 * {@link #exposureWarning()}).
 *
 * @param host address to bind: an IP address or a host name
 * @param port TCP port; 0 picks a free one (tests, benchmarks)
 */
public record ServeOptions(String host, int port) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public ServeOptions {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535, got " + port);
        }
    }

    public static ServeOptions loopback(int port) {
        return new ServeOptions(LOOPBACK, port);
    }

    /** True when the host resolves to loopback addresses only: nothing outside this machine can connect. */
    public boolean isLoopback() {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false; // binding will fail with a clearer message; never call an unknown name safe
        }
    }

    /**
     * The warning to print when the app is reachable from other machines, else null. It has no authentication,
     * so whoever reaches the port reads the index and every registered paper.
     */
    public String exposureWarning() {
        if (isLoopback()) {
            return null;
        }
        return "WARNING: serving on " + host + ":" + port + ", which other machines can reach. SiMine's web app has "
                + "no login: anyone who can connect can search the index and download every ingested paper. "
                + "Use --host " + LOOPBACK + " (the default) unless you mean this.";
    }
}
