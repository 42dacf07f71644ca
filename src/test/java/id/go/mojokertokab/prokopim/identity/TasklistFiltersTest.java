package id.go.mojokertokab.prokopim.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopProcessTest;
import id.go.mojokertokab.prokopim.sop.SopStep;

/** The office's Tasklist filters, read as each role reads them. */
class TasklistFiltersTest extends SopProcessTest {

    @Autowired
    FilterService filterService;
    @Autowired
    FormService formService;
    @Autowired
    IdentitySeeder seeder;

    @Test
    void every_card_shows_the_case_it_belongs_to() {
        for (Filter filter : filterService.createFilterQuery().list()) {
            assertThat(filter.getProperties().get("variables")).as(filter.getName())
                    .isEqualTo(List.of(Map.of("name", "namaKasus", "label", "Perihal")));
        }
    }

    @Test
    void staff_read_the_case_name_of_their_task_though_not_the_instance() {
        Task step3 = taskOf(startBefore(SopStep.INVENTARIS_3));

        // Tasklist reads a card's variables by the task's and its instance's scope, as staf1 may
        identityService.setAuthentication("staf1", List.of(OfficeRole.STAF.groupId()));
        assertThat(runtimeService.createVariableInstanceQuery()
                .variableScopeIdIn(step3.getId(), step3.getExecutionId(), step3.getProcessInstanceId())
                .variableName("namaKasus").list())
                .extracting(variable -> variable.getValue()).containsExactly("Triwulan IV 2026");
    }

    @Test
    void a_colleagues_claimed_step_stays_in_the_lanes_work() {
        Task step3 = taskOf(startBefore(SopStep.INVENTARIS_3));
        assertThat(step3.getAssignee()).isEqualTo("staf1");

        identityService.setAuthentication("staf2", List.of(OfficeRole.STAF.groupId()));
        assertThat(idsIn("Pekerjaan saya")).contains(step3.getId());
        assertThat(idsIn("Tugas saya")).doesNotContain(step3.getId());
    }

    @Test
    void a_users_own_filter_of_the_same_name_is_left_alone() {
        Filter own = filterService.newTaskFilter("Terlambat").setOwner("kabag")
                .setQuery(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        filterService.saveFilter(own);
        try {
            seeder.seed();

            assertThat(filterService.getFilter(own.getId()).getProperties()).doesNotContainKey("filterKantor");
            assertThat(filterService.createFilterQuery().filterName("Terlambat").list())
                    .filteredOn(filter -> filter.getOwner() == null).hasSize(1)
                    .allSatisfy(office -> assertThat(office.getProperties()).containsEntry("filterKantor", true));
        } finally {
            filterService.deleteFilter(own.getId());
        }
    }

    @Test
    void the_kabag_finds_step_1_of_the_case_he_just_started_in_his_first_filter_claimed_or_not() {
        identityService.setAuthentication("kabag", List.of(OfficeRole.KABAG.groupId()));
        ProcessInstance instance = formService.submitStartForm(definition(SopStep.Sop.INVENTARISASI).getId(),
                SopInputs.starting(SopStep.Sop.INVENTARISASI));
        Task step1 = taskOf(instance);
        Filter first = filterService.createFilterQuery().list().stream()
                .min((a, b) -> Integer.compare(priorityOf(a), priorityOf(b))).orElseThrow();

        assertThat(first.getName()).isEqualTo("Pekerjaan saya");
        assertThat(idsIn("Pekerjaan saya")).contains(step1.getId());
        taskService.claim(step1.getId(), "kabag");
        assertThat(idsIn("Pekerjaan saya")).contains(step1.getId());
    }

    @Test
    void late_work_is_listed_for_the_lane_and_everyone_above_it() {
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() - 2 * 3_600_000L));
        String kabagStep = taskOf(startBefore(SopStep.MEDIA_1)).getId();
        String subkoorStep = taskOf(startBefore(SopStep.MEDIA_3)).getId();
        String stafStep = taskOf(startBefore(SopStep.INVENTARIS_3)).getId();
        ClockUtil.reset();

        identityService.setAuthentication("kabag", List.of(OfficeRole.KABAG.groupId()));
        assertThat(idsIn("Terlambat")).contains(kabagStep, subkoorStep, stafStep);
        identityService.setAuthentication("subkoor", List.of(OfficeRole.SUBKOOR.groupId()));
        assertThat(idsIn("Terlambat")).contains(subkoorStep, stafStep).doesNotContain(kabagStep);
        identityService.setAuthentication("staf2", List.of(OfficeRole.STAF.groupId()));
        assertThat(idsIn("Terlambat")).contains(stafStep).doesNotContain(kabagStep, subkoorStep);
    }

    @Test
    void a_changed_office_filter_is_restored_at_the_next_start() {
        Filter late = officeFilter("Terlambat");
        late.setProperties(Map.of("description", "diubah"));
        filterService.saveFilter(late);

        seeder.seed();

        assertThat(filterService.getFilter(late.getId()).getProperties()).containsEntry("priority", 10)
                .containsKey("variables");
    }

    private Filter officeFilter(String name) {
        return filterService.createFilterQuery().filterName(name).list().stream()
                .filter(filter -> filter.getOwner() == null).findFirst().orElseThrow();
    }

    private List<String> idsIn(String filterName) {
        Filter filter = officeFilter(filterName);
        return filterService.<Task>list(filter.getId()).stream().map(Task::getId).toList();
    }

    private static int priorityOf(Filter filter) {
        return ((Number) filter.getProperties().get("priority")).intValue();
    }
}
