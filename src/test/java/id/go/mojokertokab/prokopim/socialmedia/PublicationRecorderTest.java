package id.go.mojokertokab.prokopim.socialmedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.mojokertokab.prokopim.form.SubmissionRefused;
import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopProcessTest;
import id.go.mojokertokab.prokopim.sop.SopStep;

/** The Rekap publikasi entry written when a media SOP ends at "Konten terupload", from known times. */
class PublicationRecorderTest extends SopProcessTest {

    /** 08:00 WIB on 1 December 2026. */
    private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");

    @Autowired
    PublicationLog log;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void the_sops_standard_is_the_sum_of_its_sheet_rows_timers_4h15() {
        Duration standard = SopStandard.of(model(SopStep.Sop.MEDIA_SOSIAL));

        assertThat(standard).isEqualTo(Duration.ofMinutes(255));
        // step 5a shares row 5's standard, so it adds nothing
        assertThat(standard).isEqualTo(Arrays.stream(SopStep.values())
                .filter(step -> step.sop == SopStep.Sop.MEDIA_SOSIAL && step != SopStep.MEDIA_5A)
                .map(step -> step.standard).reduce(Duration.ZERO, Duration::plus));
    }

    @Test
    void upload_records_the_publication_with_its_revision_breach_and_time_against_the_standard() {
        // given an agenda item started at 08:00 WIB
        at(0);
        ProcessInstance instance = start(SopStep.Sop.MEDIA_SOSIAL);
        at(5);
        done(instance, SopStep.MEDIA_1);
        at(10);
        done(instance, SopStep.MEDIA_2);
        at(15);
        done(instance, SopStep.MEDIA_3);
        at(60);
        done(instance, SopStep.MEDIA_4);
        at(70);
        done(instance, SopStep.MEDIA_5);
        // when the Sub Koordinator sends it back once, then approves the revised design
        at(80);
        taskService.claim(task(instance).getId(), "subkoor");
        complete(instance, Map.of("kontenDisetujui", false, "catatanVerifikasi", "Perbaiki ejaan nama desa."));
        at(120);
        done(instance, SopStep.MEDIA_4);
        at(125);
        done(instance, SopStep.MEDIA_5);
        at(135);
        taskService.claim(task(instance).getId(), "subkoor");
        complete(instance, Map.of("kontenDisetujui", true));
        // and the upload misses its 15 minutes (one breach), done at 12:40 WIB
        at(150);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId("BoundaryEvent_SlaMengunggahKonten").singleResult().getId());
        at(280);
        done(instance, SopStep.MEDIA_6);

        // then the instance ended at "Konten terupload" and its publication is in the log
        assertThat(instance).isEnded().hasPassed("EndEvent_KontenTerupload");
        Publication publication = recorded(instance);
        assertThat(publication.caseName()).isEqualTo(SopInputs.caseName(SopStep.Sop.MEDIA_SOSIAL));
        assertThat(publication.kegiatan()).isEqualTo("Peresmian pasar desa");
        assertThat(publication.pimpinan()).isEqualTo("Bupati");
        assertThat(publication.waktuKegiatan()).isEqualTo(OffsetDateTime.parse("2026-12-01T09:00+07:00"));
        assertThat(publication.lokasi()).isEqualTo("Desa Jabon, Kecamatan Mojoanyar");
        assertThat(publication.judul()).isEqualTo("Bupati resmikan pasar desa");
        assertThat(publication.links()).containsExactly(
                Map.entry(Channel.INSTAGRAM, "https://www.instagram.com/p/abc"),
                Map.entry(Channel.FACEBOOK, "https://www.facebook.com/prokopim/posts/1"));
        assertThat(publication.designer()).isEqualTo("staf1");
        assertThat(publication.verifier()).isEqualTo("subkoor");
        assertThat(publication.revisions()).isEqualTo(1);
        assertThat(publication.started()).isEqualTo(T0);
        assertThat(publication.uploaded()).isEqualTo(T0.plus(Duration.ofMinutes(280)));
        assertThat(publication.durationMinutes()).isEqualTo(280);
        assertThat(publication.standardMinutes()).isEqualTo(255);
        assertThat(publication.onTime()).isFalse();
        assertThat(publication.breaches()).isEqualTo(1);
    }

    @Test
    void upload_within_the_standard_is_on_time_and_an_unclaimed_verification_names_who_completed_it() {
        // given a case done straight through, the verification completed by the Sub Koordinator without claiming it
        at(0);
        ProcessInstance instance = start(SopStep.Sop.MEDIA_SOSIAL);
        for (SopStep step : List.of(SopStep.MEDIA_1, SopStep.MEDIA_2, SopStep.MEDIA_3, SopStep.MEDIA_4, SopStep.MEDIA_5)) {
            done(instance, step);
        }
        identityService.setAuthentication("subkoor", List.of("subkoor-dokpim"));
        done(instance, SopStep.MEDIA_5A);
        identityService.clearAuthentication();

        // when the content is uploaded exactly at the standard, 4 h 15 min after the start
        at(255);
        done(instance, SopStep.MEDIA_6);

        // then it is on time, with no revision and no breach
        Publication publication = recorded(instance);
        assertThat(publication.verifier()).isEqualTo("subkoor");
        assertThat(publication.revisions()).isZero();
        assertThat(publication.breaches()).isZero();
        assertThat(publication.durationMinutes()).isEqualTo(255);
        assertThat(publication.onTime()).isTrue();
    }

    @Test
    void a_minute_begun_counts_so_one_second_past_the_standard_is_late() {
        assertThat(Publication.minutes(Duration.ofMinutes(255))).isEqualTo(255);
        assertThat(Publication.minutes(Duration.ofMinutes(255).plusSeconds(1))).isEqualTo(256);
        assertThat(Publication.minutes(Duration.ZERO)).isZero();
    }

    @Test
    void a_link_of_another_site_refuses_the_end_and_records_nothing_even_without_the_forms_check() {
        // given links that step 6's form would refuse, reaching the end another way (e.g. a Cockpit move)
        Map<String, Object> variables = new HashMap<>(SopInputs.before(SopStep.MEDIA_6));
        variables.put("kanalMedia", Spin.JSON(List.of("instagram", "youtube", "facebook")));
        variables.put("tautanInstagram", "https://evil.example/instagram.com/x");
        variables.put("tautanYoutube", "http://www.youtube.com/watch?v=1");
        variables.put("tautanFacebook", "https://www.facebook.com/prokopim/posts/1");
        long instancesBefore = historyService.createHistoricProcessInstanceQuery().count();

        // when the instance reaches the end event, then it is refused naming each wrong channel
        assertThatThrownBy(() -> runtimeService.createProcessInstanceByKey(SopStep.Sop.MEDIA_SOSIAL.processKey)
                .startBeforeActivity("EndEvent_KontenTerupload").setVariables(variables).execute())
                .isInstanceOf(SubmissionRefused.class)
                .satisfies(refused -> assertThat(((SubmissionRefused) refused).problems()).containsExactly(
                        "Tautan Instagram harus tautan https:// ke instagram.com atau instagr.am "
                                + "('https://evil.example/instagram.com/x' bukan tautan konten Instagram)",
                        "Tautan YouTube harus tautan https:// ke youtube.com, m.youtube.com atau youtu.be "
                                + "('http://www.youtube.com/watch?v=1' bukan tautan konten YouTube)"));
        // and nothing was started, nothing recorded
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        assertThat(log.uploaded(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), null, null))
                .noneMatch(found -> found.links().containsValue("https://www.facebook.com/prokopim/posts/1")
                        && found.links().size() == 3);
    }

    @Test
    void step6_with_a_wrong_link_is_refused_with_the_forms_message_and_stays_open() {
        ProcessInstance instance = startBefore(SopStep.MEDIA_6);

        assertThatThrownBy(() -> taskService.complete(task(instance).getId(), Map.of(
                "tautanInstagram", "https://instagram.com.evil.net/p/x",
                "tautanFacebook", "https://www.facebook.com/prokopim/posts/1")))
                .isInstanceOf(SubmissionRefused.class)
                .hasMessageContaining("Isi dengan tautan konten Instagram yang diawali https://");
        assertThat(instance).isWaitingAtExactly(SopStep.MEDIA_6.taskId);
        assertThat(recordedOrNull(instance)).isNull();
    }

    @Test
    void the_publication_is_written_in_the_engines_transaction_and_rolled_back_with_it() {
        // given a case waiting for its upload
        ProcessInstance instance = startBefore(SopStep.MEDIA_6);
        String taskId = task(instance).getId();

        // when step 6 completes inside a transaction that is then rolled back
        new TransactionTemplate(transactionManager).executeWithoutResult(transaction -> {
            taskService.complete(taskId, SopInputs.completing(SopStep.MEDIA_6));
            assertThat(recordedOrNull(instance)).as("written inside the transaction").isNotNull();
            transaction.setRollbackOnly();
        });

        // then neither the completion nor the publication remains
        assertThat(instance).isWaitingAtExactly(SopStep.MEDIA_6.taskId);
        assertThat(recordedOrNull(instance)).isNull();

        // and a completion that commits records it once
        taskService.complete(taskId, SopInputs.completing(SopStep.MEDIA_6));
        assertThat(recorded(instance).links()).containsOnlyKeys(Channel.INSTAGRAM, Channel.FACEBOOK);
    }

    private void at(int minutesAfterT0) {
        ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofMinutes(minutesAfterT0))));
    }

    private void done(ProcessInstance instance, SopStep step) {
        assertThat(instance).isWaitingAtExactly(step.taskId);
        complete(instance, SopInputs.completing(step));
    }

    private void complete(ProcessInstance instance, Map<String, Object> variables) {
        taskService.complete(task(instance).getId(), variables);
    }

    private Publication recorded(ProcessInstance instance) {
        Publication found = recordedOrNull(instance);
        assertThat(found).as("publication of " + instance.getId()).isNotNull();
        return found;
    }

    private Publication recordedOrNull(ProcessInstance instance) {
        return log.uploaded(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), null, null).stream()
                .filter(found -> found.processInstanceId().equals(instance.getId())).findFirst().orElse(null);
    }
}
