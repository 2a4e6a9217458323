package org.scorekit.spark.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The standalone master's own view of itself and its workers, read from the {@code /json/} page
 * of its web UI: the state the master schedules from, unlike log lines, whose wording changes
 * between releases.
 */
final class MasterStatus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final URI uri;

    MasterStatus(int webUiPort) {
        this.uri = URI.create("http://127.0.0.1:" + webUiPort + "/json/");
    }

    /**
     * The master's recovery state ({@code ALIVE} once it is leader: a worker registering before
     * that is turned away and retries only 5 to 15 s later) and its number of alive workers.
     */
    record State(String status, int aliveWorkers) {}

    State read() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("master UI answered " + response.statusCode() + " at " + uri);
        }
        JsonNode json = JSON.readTree(response.body());
        JsonNode status = json.get("status");
        JsonNode alive = json.get("aliveworkers");
        if (status == null || alive == null || !alive.isInt()) {
            throw new IOException("no status and aliveworkers in the master's JSON at " + uri);
        }
        return new State(status.asText(), alive.intValue());
    }
}
