package dev.kgraph.testserver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j server for kgraph's tests, nothing more: Bolt on 127.0.0.1 on a free
 * port, authentication on with a password generated for this run, no HTTP.
 *
 * Usage: java -jar neo4j-test-server.jar [DATA_DIR]
 *
 * Without DATA_DIR the store lives in a temporary folder removed at shutdown;
 * with it the store is kept there, so a test can stop a server and start
 * another over the same data. When ready it prints one line to stdout:
 *
 *   NEO4J_READY uri=bolt://127.0.0.1:PORT username=neo4j password=HEX version=5.x.y
 *
 * It shuts down cleanly on SIGTERM/SIGINT and when stdin reaches end of file
 * (its parent died or closed the pipe), so it never outlives the test run.
 */
public final class Neo4jTestServer {
    private Neo4jTestServer() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 1) {
            System.err.println("usage: java -jar neo4j-test-server.jar [DATA_DIR]");
            System.exit(2);
        }
        boolean temporary = args.length == 0;
        Path home = temporary ? Files.createTempDirectory("kgraph-neo4j-") : Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(home);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Small and quick: a test store, not a production one.
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.tx_state_max_off_heap_memory, 64L * 1024 * 1024)
                .build();

        AtomicBoolean stopped = new AtomicBoolean(false);
        CountDownLatch done = new CountDownLatch(1);
        Runnable stop = () -> {
            if (!stopped.compareAndSet(false, true)) return;
            try {
                dbms.shutdown();
            } finally {
                if (temporary) deleteQuietly(home);
                done.countDown();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            try {
                done.await();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "neo4j-test-server-shutdown"));

        String password = randomPassword();
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        system.executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));

        GraphDatabaseService neo4j = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        String version = neo4j.executeTransactionally(
                "CALL dbms.components() YIELD versions RETURN versions[0] AS version",
                Map.of(),
                result -> String.valueOf(result.next().get("version")));
        HostnamePort bolt = ((GraphDatabaseAPI) neo4j).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);

        System.out.println("NEO4J_READY uri=bolt://" + bolt.getHost() + ":" + bolt.getPort()
                + " username=neo4j password=" + password + " version=" + version);
        System.out.flush();

        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone, as does end of file.
            }
            System.exit(0); // runs the shutdown hook
        }, "neo4j-test-server-stdin");
        watcher.setDaemon(true);
        watcher.start();
        done.await();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void deleteQuietly(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is not worth failing a shutdown for.
        }
    }
}
