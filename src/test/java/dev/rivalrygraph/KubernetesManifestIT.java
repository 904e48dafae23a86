package dev.rivalrygraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kubernetes manifests the build generates (target/kubernetes/kubernetes.yml) hang together: several
 * replicas, probes on the health endpoints, requests and limits, a Service in front of the pods, an autoscaler on
 * the Deployment, credentials from the Secret whose keys the application reads, and pools that fit PostgreSQL.
 */
class KubernetesManifestIT {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** PostgreSQL's default max_connections; the replicas' pools together must stay below it. */
    private static final int SERVER_CONNECTIONS = 100;

    private static Map<String, JsonNode> byKind;
    private static JsonNode container;

    @BeforeAll
    static void readManifests() throws IOException {
        Path generated = Path.of("target", "kubernetes", "kubernetes.yml");
        assertTrue(Files.exists(generated), "the build generates " + generated);
        byKind = new HashMap<>();
        try (var documents = YAML.readerFor(JsonNode.class).readValues(generated.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = (JsonNode) documents.next();
                byKind.put(document.path("kind").asText(), document);
            }
        }
        JsonNode containers = kind("Deployment").at("/spec/template/spec/containers");
        assertEquals(1, containers.size(), "one application container");
        container = containers.get(0);
    }

    @Test
    void severalReplicasScaledByCpu() {
        JsonNode deployment = kind("Deployment");
        JsonNode hpa = kind("HorizontalPodAutoscaler");
        int replicas = deployment.at("/spec/replicas").asInt();
        assertTrue(replicas >= 2, "several replicas: " + replicas);
        assertEquals("Deployment", hpa.at("/spec/scaleTargetRef/kind").asText());
        assertEquals(deployment.at("/metadata/name").asText(), hpa.at("/spec/scaleTargetRef/name").asText());
        assertEquals(replicas, hpa.at("/spec/minReplicas").asInt(), "the autoscaler starts from the replicas");
        assertTrue(hpa.at("/spec/maxReplicas").asInt() > replicas);
        assertEquals("cpu", hpa.at("/spec/metrics/0/resource/name").asText());
    }

    @Test
    void probesAreWiredToHealth() {
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
        int port = container.at("/ports/0/containerPort").asInt();
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            assertEquals(port, container.at("/" + probe + "/httpGet/port").asInt(), probe + " on the HTTP port");
        }
    }

    @Test
    void requestsAndLimitsAreSet() {
        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                assertFalse(container.at("/resources/" + bound + "/" + resource).asText().isEmpty(),
                        bound + "." + resource);
            }
        }
    }

    @Test
    void theServiceReachesThePods() {
        JsonNode service = kind("Service");
        JsonNode podLabels = kind("Deployment").at("/spec/template/metadata/labels");
        service.at("/spec/selector").fields().forEachRemaining(label ->
                assertEquals(label.getValue().asText(), podLabels.path(label.getKey()).asText(),
                        "pod label " + label.getKey()));
        assertEquals(container.at("/ports/0/containerPort").asInt(), service.at("/spec/ports/0/targetPort").asInt());
    }

    @Test
    void credentialsComeFromTheSecretTheApplicationReads() throws IOException {
        JsonNode secret = YAML.readTree(Path.of("kubernetes", "rivalry-db-secret.yml").toFile());
        String secretName = secret.at("/metadata/name").asText();
        List<String> referenced = new ArrayList<>();
        container.path("envFrom").forEach(source -> referenced.add(source.at("/secretRef/name").asText()));
        assertTrue(referenced.contains(secretName), "the Deployment reads Secret " + secretName + ": " + referenced);

        String config = Files.readString(Path.of("src", "main", "resources", "application.properties"));
        List<String> keys = new ArrayList<>();
        secret.path("stringData").fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("RIVALRY_DB_URL", "RIVALRY_DB_USER", "RIVALRY_DB_PASSWORD"), keys);
        keys.forEach(key -> assertTrue(config.contains("${" + key + ":"), "application.properties reads " + key));
    }

    @Test
    void theReplicasPoolsFitTheDatabaseServer() {
        String poolMax = null;
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals("RIVALRY_DB_POOL_MAX")) {
                poolMax = env.path("value").asText();
            }
        }
        assertNotNull(poolMax, "the Deployment sizes the pool");
        int connections = Integer.parseInt(poolMax) * kind("HorizontalPodAutoscaler").at("/spec/maxReplicas").asInt();
        assertTrue(connections < SERVER_CONNECTIONS, connections + " connections at most");
    }

    @Test
    void podsRunLockedDown() {
        JsonNode pod = kind("Deployment").at("/spec/template/spec");
        assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), "runAsNonRoot");
        assertTrue(pod.at("/securityContext/runAsUser").asInt() > 0, "a non-root user");
        JsonNode security = container.path("securityContext");
        assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), "read-only root filesystem");
        assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), "no privilege escalation");
        assertEquals("ALL", security.at("/capabilities/drop/0").asText(), "all capabilities dropped");
        // What the application writes goes to volumes: its temporary files, and the embedded database's folder.
        List<String> mounted = new ArrayList<>();
        container.path("volumeMounts").forEach(m -> mounted.add(m.path("mountPath").asText()));
        assertTrue(mounted.containsAll(List.of("/tmp", "/var/lib/rivalry")), "writable volumes: " + mounted);
        List<String> volumes = new ArrayList<>();
        pod.path("volumes").forEach(v -> volumes.add(v.path("name").asText()));
        container.path("volumeMounts").forEach(m -> assertTrue(volumes.contains(m.path("name").asText()),
                "volume " + m.path("name").asText()));
    }

    @Test
    void aDisruptionBudgetKeepsReplicasServing() {
        JsonNode budget = kind("PodDisruptionBudget");
        JsonNode podLabels = kind("Deployment").at("/spec/template/metadata/labels");
        budget.at("/spec/selector/matchLabels").fields().forEachRemaining(label ->
                assertEquals(label.getValue().asText(), podLabels.path(label.getKey()).asText(),
                        "pod label " + label.getKey()));
        int minReplicas = kind("HorizontalPodAutoscaler").at("/spec/minReplicas").asInt();
        assertTrue(budget.at("/spec/maxUnavailable").asInt() < minReplicas, "some replicas stay up");
    }

    @Test
    void podsStopGracefully() throws IOException {
        int pause = container.at("/lifecycle/preStop/sleep/seconds").asInt();
        assertTrue(pause > 0, "a preStop pause while the endpoints are removed");
        String config = Files.readString(Path.of("src", "main", "resources", "application.properties"));
        var timeout = java.util.regex.Pattern.compile("quarkus\\.shutdown\\.timeout=\\$\\{[A-Z_]+:(\\d+)s}")
                .matcher(config);
        assertTrue(timeout.find(), "application.properties sets quarkus.shutdown.timeout");
        int grace = kind("Deployment").at("/spec/template/spec/terminationGracePeriodSeconds").asInt();
        assertTrue(grace > pause + Integer.parseInt(timeout.group(1)),
                "Kubernetes waits for the pause and the application's shutdown: " + grace + " s");
    }

    @Test
    void theImageIsTheConfiguredOne() {
        String image = container.path("image").asText();
        // Defaults of application.properties (RIVALRY_IMAGE_*), not the build machine's user name.
        String expected = env("RIVALRY_IMAGE_REGISTRY", "localhost:5000") + "/" + env("RIVALRY_IMAGE_GROUP", "rivalry")
                + "/" + env("RIVALRY_IMAGE_NAME", "rivalry-graph") + ":";
        assertTrue(image.startsWith(expected), image);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static JsonNode kind(String kind) {
        JsonNode resource = byKind.get(kind);
        assertNotNull(resource, "a " + kind + " is generated; found " + byKind.keySet());
        return resource;
    }
}
