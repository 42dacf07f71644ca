package id.go.mojokertokab.prokopim.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.spin.Spin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import id.go.mojokertokab.prokopim.benchmark.Measurements.Kind;
import id.go.mojokertokab.prokopim.http.OfficeApi;
import id.go.mojokertokab.prokopim.identity.OfficeRole;
import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * One closed-loop client: a desk where the office's people take turns, case after case, until the
 * measured window ends. Each case is one SOP from its start form to its last step, and each step
 * is done by the person of its lane (kabag, subkoor, staf1, HTTP Basic with their demo passwords)
 * with the REST calls Tasklist makes: the task list (what the default filter "Pekerjaan saya" shows
 * on these models, as a REST task query, since a filter's {@code ${currentUser()}} needs a logged-in
 * user and the stock server's open REST has none: the person's group's tasks, assigned ones
 * included, newest first, a page of 15, HAL as Tasklist asks), a claim when the task has no assignee yet, the form's variables, the
 * deployed form, and the submit with the values the form produces ({@link SopInputs}). The media
 * SOP's verification (5a) approves, so every case ends.
 */
final class TasklistClient implements Runnable {

    private static final AtomicInteger CASES = new AtomicInteger();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String base;
    private final Measurements measurements;
    private final List<SopStep.Sop> sops;
    private final int desk;

    /** Desk {@code desk} starts with the {@code desk}-th SOP, so that the desks work on both from the start. */
    TasklistClient(HttpClient http, int port, Measurements measurements, List<SopStep.Sop> sops, int desk) {
        this.http = http;
        this.base = "http://127.0.0.1:" + port + "/engine-rest";
        this.measurements = measurements;
        this.sops = sops;
        this.desk = desk;
    }

    @Override
    public void run() {
        for (int turn = 0; !measurements.over(); turn++) {
            try {
                walk(sops.get((desk + turn) % sops.size()));
            } catch (CaseAbandoned recorded) {
                // counted in the measurements; the desk starts the next case
            }
        }
    }

    private void walk(SopStep.Sop sop) {
        String instanceId = start(sop, CASES.incrementAndGet());
        for (SopStep step : Arrays.stream(SopStep.values()).filter(step -> step.sop == sop).toList()) {
            if (measurements.over()) {
                return;
            }
            work(step, instanceId);
        }
    }

    /** The Kabag opens the SOP's start form in Tasklist and submits it. */
    private String start(SopStep.Sop sop, int number) {
        String definition = "/process-definition/key/" + sop.processKey;
        call(Kind.START_FORM, "kabag", "GET", definition + "/deployed-start-form", null, 200);
        Map<String, Object> values = new HashMap<>(SopInputs.starting(sop));
        if (sop == SopStep.Sop.INVENTARISASI) {
            values.put("periodeInventarisasi", "Triwulan IV 2026 · uji beban " + number);
        } else {
            values.put("kegiatan", "Peresmian pasar desa (uji beban " + number + ")");
        }
        return call(Kind.START, "kabag", "POST", definition + "/submit-form", OfficeApi.variables(values), 200)
                .path("id").asText();
    }

    private void work(SopStep step, String instanceId) {
        String user = userOf(step.role);
        JsonNode task = listed(user, step.role.groupId(), instanceId);
        String taskPath = "/task/" + task.path("id").asText();
        if (task.path("assignee").isNull() || task.path("assignee").isMissingNode()) {
            call(Kind.CLAIM, user, "POST", taskPath + "/claim", Map.of("userId", user), 204);
        }
        JsonNode variables = call(Kind.FORM_VARIABLES, user, "GET", taskPath + "/form-variables?deserializeValues=false", null, 200);
        call(Kind.DEPLOYED_FORM, user, "GET", taskPath + "/deployed-form", null, 200);
        Map<String, Object> values = new HashMap<>(SopInputs.completing(step));
        if (step == SopStep.INVENTARIS_3) {
            // the register's items the step listed, each counted and judged, as staff fill them in
            values.put("peralatan", SopInputs.checkedAsListed(Spin.JSON(variables.path("peralatan").path("value").asText())));
        }
        call(Kind.SUBMIT, user, "POST", taskPath + "/submit-form", OfficeApi.variables(values), 204);
    }

    /** The person's task list; the case's task is on its first page (each desk has one open task). */
    private JsonNode listed(String user, String group, String instanceId) {
        JsonNode page = call(Kind.LIST, user, "GET", "/task?candidateGroups=" + group
                + "&includeAssignedTasks=true&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15", null, 200);
        for (JsonNode task : page.path("_embedded").path("task")) {
            if (instanceId.equals(task.path("processInstanceId").asText())) {
                return task;
            }
        }
        long now = System.nanoTime();
        measurements.failed(Kind.LIST, now, now, "the case's task is not on the first page");
        throw new CaseAbandoned("the task of case " + instanceId + " is not in " + user + "'s list");
    }

    private JsonNode call(Kind kind, String user, String method, String path, Object body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", ServerProcess.basic(user))
                .header("Accept", kind == Kind.LIST ? "application/hal+json" : "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(OfficeApi.json(body)));
        }
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            measurements.failed(kind, start, System.nanoTime(), e.getClass().getSimpleName());
            throw new CaseAbandoned(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaseAbandoned("interrupted");
        }
        long end = System.nanoTime();
        if (response.statusCode() != expected) {
            String reason = response.statusCode() + " " + abbreviated(response.body());
            measurements.failed(kind, start, end, reason);
            throw new CaseAbandoned(reason);
        }
        measurements.answered(kind, start, end);
        try {
            return response.body().isEmpty() ? OfficeApi.JSON.nullNode() : OfficeApi.JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new CaseAbandoned(method + " " + path + " answered no JSON");
        }
    }

    private static String userOf(OfficeRole role) {
        return switch (role) {
            case KABAG -> "kabag";
            case SUBKOOR -> "subkoor";
            case STAF -> "staf1";
        };
    }

    private static String abbreviated(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 160) + "…";
    }

    /** Ends the case a client was doing; the reason is in the measurements when it fell in the window. */
    private static final class CaseAbandoned extends RuntimeException {
        CaseAbandoned(String reason) {
            super(reason, null, false, false);
        }
    }
}
