package id.go.mojokertokab.prokopim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import id.go.mojokertokab.prokopim.http.OfficeApi;
import id.go.mojokertokab.prokopim.http.OfficeHttpTest;
import id.go.mojokertokab.prokopim.http.OfficeApi.Response;
import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * Two people acting on the same task at the same moment, over HTTP: one wins, the other is told
 * the task changed under them (409 Conflict), never a server error, and the task is done once.
 */
class ConcurrentWorkTest extends OfficeHttpTest {

    private static ExecutorService twoPeople;


    private OfficeApi api;

    @BeforeAll
    static void twoThreads() {
        twoPeople = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        twoPeople.shutdownNow();
    }

    @BeforeEach
    void aSecondKabag() {
        api = new OfficeApi(port);
        if (identityService.createUserQuery().userId("kabag2").count() == 0) {
            User deputy = identityService.newUser("kabag2");
            deputy.setFirstName("Rina");
            deputy.setLastName("Kusuma");
            deputy.setPassword("kabag2");
            identityService.saveUser(deputy);
            identityService.createMembership("kabag2", "kabag-prokopim");
        }
    }

    @RepeatedTest(50)
    void two_completions_at_once_one_wins_the_other_gets_409() throws Exception {
        Task step1 = step1OfANewInventory();

        List<Response> answers = atOnce(user -> api.call(user, "POST", "/engine-rest/task/" + step1.getId() + "/complete",
                OfficeApi.variables(SopInputs.completing(SopStep.INVENTARIS_1))), "kabag", "kabag2");

        assertThat(answers).extracting(Response::status).as(answers.toString()).containsExactlyInAnyOrder(204, 409);
        assertThat(answers.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow().json()
                .path("type").asText()).isEqualTo("OptimisticLockingException");
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(step1.getProcessInstanceId())
                .activityId(SopStep.INVENTARIS_1.taskId).count()).as("step 1 done once").isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceId(step1.getProcessInstanceId()).singleResult()
                .getTaskDefinitionKey()).isEqualTo(SopStep.INVENTARIS_2.taskId);
    }

    @RepeatedTest(50)
    void two_claims_at_once_one_wins_the_other_gets_409() throws Exception {
        Task step1 = step1OfANewInventory();

        List<Response> answers = atOnce(user -> api.call(user, "POST", "/engine-rest/task/" + step1.getId() + "/claim",
                java.util.Map.of("userId", user)), "kabag", "kabag2");

        assertThat(answers).extracting(Response::status).as(answers.toString()).containsExactlyInAnyOrder(204, 409);
        String winner = answers.get(0).status() == 204 ? "kabag" : "kabag2";
        assertThat(taskService.createTaskQuery().taskId(step1.getId()).singleResult().getAssignee()).isEqualTo(winner);
    }

    private Task step1OfANewInventory() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(SopStep.Sop.INVENTARISASI.processKey,
                SopInputs.starting(SopStep.Sop.INVENTARISASI));
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    /** Both requests released together, as two people pressing the button in the same instant. */
    private List<Response> atOnce(Function<String, Response> request, String... users) throws Exception {
        CountDownLatch ready = new CountDownLatch(users.length);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (String user : users) {
            answers.add(twoPeople.submit(() -> {
                ready.countDown();
                go.await();
                return request.apply(user);
            }));
        }
        ready.await();
        go.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> answer : answers) {
            responses.add(answer.get());
        }
        return responses;
    }
}
