package id.go.mojokertokab.prokopim.security;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.JobQueryImpl;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.RestartProcessInstanceBuilderImpl;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricTaskInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

import id.go.mojokertokab.prokopim.OfficeTime;

/**
 * The one place where the office's rules meet every command that reaches the engine from outside
 * it, whatever the URL (both REST trees, every spelling), Tasklist, Cockpit or Java code: a command
 * interceptor inside the engine's command context, so a refusal changes nothing. Nested commands
 * (the engine calling itself) are not checked again.
 *
 * <p>In order: what the caller may not see is not found (404); what the caller's role may not do
 * is refused (403, {@link TaskRules}, side doors); what a step or a start records must be what its
 * form can produce (400, {@link StepContract}). Administrators and the engine's own code keep the
 * side doors, but not the step contract: no one completes a step with data its form cannot produce.
 */
final class OfficeCommands extends CommandInterceptor {

    /** The command fields read here, resolved once at start so a Camunda upgrade fails loudly. */
    static final Map<Class<?>, List<String>> FIELDS_READ = Map.ofEntries(
            Map.entry(CompleteTaskCmd.class, List.of("taskId", "variables")),
            Map.entry(SubmitTaskFormCmd.class, List.of("taskId", "properties")),
            Map.entry(HandleTaskBpmnErrorCmd.class, List.of("taskId")),
            Map.entry(HandleTaskEscalationCmd.class, List.of("taskId")),
            Map.entry(DelegateTaskCmd.class, List.of("taskId")),
            Map.entry(SetTaskOwnerCmd.class, List.of("taskId")),
            Map.entry(ClaimTaskCmd.class, List.of("taskId", "userId")),
            Map.entry(SetTaskVariablesCmd.class, List.of("entityId")),
            Map.entry(RemoveTaskVariablesCmd.class, List.of("entityId")),
            Map.entry(PatchTaskVariablesCmd.class, List.of("entityId")),
            Map.entry(SetExecutionVariablesCmd.class, List.of("entityId")),
            Map.entry(RemoveExecutionVariablesCmd.class, List.of("entityId")),
            Map.entry(PatchExecutionVariablesCmd.class, List.of("entityId")),
            Map.entry(GetTaskFormVariablesCmd.class, List.of("resourceId")),
            Map.entry(GetDeployedTaskFormCmd.class, List.of("taskId")),
            Map.entry(AddCommentCmd.class, List.of("taskId", "processInstanceId", "message")),
            Map.entry(UpdateCommentCmd.class, List.of("taskId", "commentId", "processInstanceId", "message")),
            Map.entry(DeleteTaskCommentCmd.class, List.of("taskId", "commentId")),
            Map.entry(StartProcessInstanceCmd.class, List.of("instantiationBuilder")),
            Map.entry(StartProcessInstanceAtActivitiesCmd.class, List.of("instantiationBuilder")),
            Map.entry(SubmitStartFormCmd.class, List.of("processDefinitionId", "variables")),
            Map.entry(RestartProcessInstancesCmd.class, List.of("builder")),
            Map.entry(RestartProcessInstancesBatchCmd.class, List.of("builder")),
            Map.entry(ExecuteJobsCmd.class, List.of("jobId", "jobFailureCollector")),
            Map.entry(FailedJobListener.class, List.of("jobFailureCollector")),
            Map.entry(DeleteUserCmd.class, List.of("userId")),
            Map.entry(AssignTaskCmd.class, List.of("taskId", "userId")),
            Map.entry(CreateAttachmentCmd.class, List.of("taskId", "processInstanceId")),
            Map.entry(DeleteAttachmentCmd.class, List.of("taskId")),
            Map.entry(SaveAttachmentCmd.class, List.of("attachment")),
            Map.entry(ModifyProcessInstanceCmd.class, List.of("builder")),
            Map.entry(CheckPassword.class, List.of("userId")));

    /** Commands that act on an existing task but are not checked above: reading it, its form, links, comments. */
    private static final Set<Class<?>> NOT_ON_AN_EXISTING_TASK = Set.of(CreateTaskCmd.class, DeleteHistoricTaskInstanceCmd.class);

    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    /** The manual job execution refused on this thread: its failure handling must not run either. */
    private final ThreadLocal<JobFailureCollector> refusedExecution = new ThreadLocal<>();
    private final StepContract contract;
    private final OfficeTime officeTime;

    OfficeCommands(StepContract contract, OfficeTime officeTime) {
        this.contract = contract;
        this.officeTime = officeTime;
        FIELDS_READ.forEach((type, names) -> names.forEach(name -> CommandFields.field(type, name)));
    }

    @Override
    public <T> T execute(Command<T> command) {
        int[] level = depth.get();
        level[0]++;
        try {
            if (level[0] == 1) {
                if (command instanceof FailedJobListener failure && refusedBeforeItRan(failure)) {
                    // the refusal came before the job ran: it is no failure of the job, and costs no retry
                    return null;
                }
                RecentRefusal.forget();
                Verdict verdict;
                try {
                    verdict = check(command, Context.getCommandContext());
                } catch (ProcessEngineException refusal) {
                    RecentRefusal.remember(refusal);
                    throw refusal;
                }
                if (verdict == Verdict.ALLOWED_BY_THE_OFFICE) {
                    // the office lets a task's holder give it back; Camunda would ask for TASK_ASSIGN
                    return Context.getCommandContext().runWithoutAuthorization(() -> next.execute(command));
                }
            }
            return next.execute(command);
        } finally {
            level[0]--;
        }
    }

    /** What a check decided, when it did not refuse. */
    enum Verdict {
        /** Camunda's own authorization decides as usual. */
        ENGINE_DECIDES,
        /** The office's rule allows what Camunda's permissions would not (giving back one's own task). */
        ALLOWED_BY_THE_OFFICE
    }

    private Verdict check(Command<?> command, CommandContext context) {
        Caller caller = Caller.of(context);
        if (command instanceof ResolveTaskCmd) {
            TaskEntity task = TaskRules.visibleTask(context, caller, CommandFields.read(command, "taskId"));
            TaskRules.needsFullRights(context, caller, task, "mengembalikan tugas yang didelegasikan (resolve)");
            contract.completing(context, task, CommandFields.read(command, "variables"));
        } else if (command instanceof CompleteTaskCmd) {
            completing(context, caller, CommandFields.read(command, "taskId"), CommandFields.read(command, "variables"));
        } else if (command instanceof SubmitTaskFormCmd) {
            completing(context, caller, CommandFields.read(command, "taskId"), CommandFields.read(command, "properties"));
        } else if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl start = CommandFields.read(command, "instantiationBuilder");
            businessKeyFits(start.getBusinessKey());
            starting(context, caller, definitionOf(context, caller, start), start.getVariables());
        } else if (command instanceof SubmitStartFormCmd) {
            String definitionId = CommandFields.read(command, "processDefinitionId");
            starting(context, caller, definitionOf(context, caller, definitionId, null), CommandFields.read(command, "variables"));
        } else if (caller.unrestricted()) {
            if (!(command instanceof AbstractQuery<?, ?>)) {
                jobIdOf(command).ifPresent(jobId -> existingJob(context, caller, jobId));
            }
        } else if (command instanceof ClaimTaskCmd) {
            claiming(context, caller, CommandFields.read(command, "taskId"), CommandFields.read(command, "userId"));
        } else if (command instanceof AssignTaskCmd && CommandFields.read(command, "userId") == null) {
            claiming(context, caller, CommandFields.read(command, "taskId"), null);
            return Verdict.ALLOWED_BY_THE_OFFICE;
        } else if (command instanceof CreateAttachmentCmd || command instanceof DeleteAttachmentCmd
                || command instanceof SaveAttachmentCmd) {
            attaching(context, caller, command);
        } else if (command instanceof HandleTaskBpmnErrorCmd) {
            sideDoorOfTask(context, caller, command, "taskId", "menghentikan langkah dengan kesalahan BPMN (bpmnError)");
        } else if (command instanceof HandleTaskEscalationCmd) {
            sideDoorOfTask(context, caller, command, "taskId", "mengirim eskalasi BPMN (bpmnEscalation)");
        } else if (command instanceof DelegateTaskCmd) {
            sideDoorOfTask(context, caller, command, "taskId", "mendelegasikan tugas");
        } else if (command instanceof SetTaskOwnerCmd) {
            sideDoorOfTask(context, caller, command, "taskId", "mengubah pemilik tugas");
        } else if (command instanceof SetExecutionVariablesCmd || command instanceof RemoveExecutionVariablesCmd
                || command instanceof PatchExecutionVariablesCmd) {
            visibleExecution(context, CommandFields.read(command, "entityId"));
        } else if (command instanceof SetTaskVariablesCmd || command instanceof RemoveTaskVariablesCmd
                || command instanceof PatchTaskVariablesCmd) {
            sideDoorOfTask(context, caller, command, "entityId", "mengubah variabel tugas di luar formulirnya");
        } else if (command instanceof AddCommentCmd) {
            commenting(context, caller, CommandFields.read(command, "taskId"), CommandFields.read(command, "processInstanceId"),
                    CommandFields.read(command, "message"));
        } else if (command instanceof UpdateCommentCmd) {
            commentFits(CommandFields.read(command, "message"));
            changingAComment(context, caller, CommandFields.read(command, "taskId"), CommandFields.read(command, "commentId"),
                    CommandFields.read(command, "processInstanceId"));
        } else if (command instanceof DeleteTaskCommentCmd) {
            changingAComment(context, caller, CommandFields.read(command, "taskId"), CommandFields.read(command, "commentId"), null);
        } else if (command instanceof StartProcessInstanceAtActivitiesCmd) {
            ProcessInstantiationBuilderImpl start = CommandFields.read(command, "instantiationBuilder");
            instanceRepair(context, caller, definitionOf(context, caller, start),
                    "memulai SOP di tengah langkah (startInstructions) atau tanpa listener");
        } else if (command instanceof RestartProcessInstancesCmd || command instanceof RestartProcessInstancesBatchCmd) {
            RestartProcessInstanceBuilderImpl restart = CommandFields.read(command, "builder");
            instanceRepair(context, caller, definitionOf(context, caller, restart.getProcessDefinitionId(), null),
                    "memulai ulang SOP yang sudah selesai (restart)");
        } else if (command instanceof ExecuteJobsCmd && Context.getJobExecutorContext() == null) {
            refusedExecution.set(CommandFields.read(command, "jobFailureCollector"));
            executingAJob(context, caller, CommandFields.read(command, "jobId"));
            refusedExecution.remove();
        } else if (command instanceof DeleteUserCmd) {
            deletingAUser(caller, CommandFields.read(command, "userId"));
        } else if (command instanceof CorrelateMessageCmd || command instanceof CorrelateAllMessageCmd
                || command instanceof MessageEventReceivedCmd || command instanceof SignalEventReceivedCmd
                || command instanceof EvaluateStartConditionCmd) {
            throw new OfficeRefusal(caller.userId(), List.of(),
                    "Pesan, sinyal dan kondisi BPMN dikirim oleh sistem, bukan oleh peran kantor.");
        } else if (!(command instanceof AbstractQuery<?, ?>)) {
            // (a query filtering by an id answers with what the caller may read, not with 404)
            taskIdOf(command).ifPresent(taskId -> TaskRules.visibleTask(context, caller, taskId));
            instanceIdsOf(command).forEach(instanceId -> visibleExecution(context, instanceId));
            jobIdOf(command).ifPresent(jobId -> existingJob(context, caller, jobId));
        }
        return Verdict.ENGINE_DECIDES;
    }

    private void completing(CommandContext context, Caller caller, String taskId, Map<String, ?> variables) {
        TaskEntity task = TaskRules.taskToComplete(context, caller, taskId, officeTime);
        TaskRules.mayWork(context, caller, task);
        TaskRules.onlyTheAssigneeCompletes(context, caller, task);
        contract.completing(context, task, variables);
    }

    private void starting(CommandContext context, Caller caller, ProcessDefinitionEntity definition, Map<String, ?> variables) {
        if (definition == null) {
            return; // an administrator's unknown key: the engine answers it
        }
        if (caller.restricted()) {
            try {
                for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                    checker.checkCreateProcessInstance(definition);
                }
            } catch (AuthorizationException refused) {
                throw OfficeRefusal.of(refused, "Anda ('" + caller.userId() + "') tidak berhak memulai '"
                        + nameOf(definition) + "'.");
            }
        }
        contract.starting(context, definition, variables);
    }

    /** Camunda's column holds 255 characters; longer fails deep in the database with a vague message. */
    private static void businessKeyFits(String businessKey) {
        if (businessKey != null && businessKey.length() > 255) {
            throw new NotValidException("Business key paling banyak 255 karakter (terisi " + businessKey.length() + ").");
        }
    }

    private static void claiming(CommandContext context, Caller caller, String taskId, String userId) {
        TaskEntity task = TaskRules.visibleTask(context, caller, taskId);
        if (userId != null && !caller.is(userId)) {
            throw new OfficeRefusal(caller.userId(), TaskRules.fullRights(task), "Tugas '" + task.getName()
                    + "' hanya dapat diambil untuk diri sendiri; menyerahkannya kepada orang lain hanya untuk administrator.");
        }
        if (userId == null && task.getAssignee() != null && !caller.is(task.getAssignee())) {
            throw new OfficeRefusal(caller.userId(), TaskRules.fullRights(task), "Tugas '" + task.getName()
                    + "' diambil oleh " + TaskRules.nameOf(context, task.getAssignee()) + "; hanya dia yang dapat melepasnya.");
        }
        if (userId == null && task.getTaskDefinition() != null && task.getTaskDefinition().getAssigneeExpression() != null) {
            throw new OfficeRefusal(caller.userId(), TaskRules.fullRights(task), "Tugas '" + task.getName()
                    + "' ditugaskan kepada " + TaskRules.nameOf(context, task.getAssignee())
                    + " oleh langkah sebelumnya; hanya administrator yang dapat memindahkannya.");
        }
    }

    private static void sideDoorOfTask(CommandContext context, Caller caller, Command<?> command, String taskIdField, String action) {
        TaskEntity task = TaskRules.visibleTask(context, caller, CommandFields.read(command, taskIdField));
        TaskRules.needsFullRights(context, caller, task, action);
    }

    /** Attachments are no part of a SOP step (its form is): adding or removing one is an administrator's matter. */
    private static void attaching(CommandContext context, Caller caller, Command<?> command) {
        String taskId = command instanceof SaveAttachmentCmd
                ? ((org.camunda.bpm.engine.task.Attachment) CommandFields.read(command, "attachment")).getTaskId()
                : CommandFields.read(command, "taskId");
        if (taskId != null) {
            TaskRules.needsFullRights(context, caller, TaskRules.visibleTask(context, caller, taskId), "menambah atau menghapus lampiran");
            return;
        }
        throw new OfficeRefusal(caller.userId(), List.of(), "Lampiran SOP hanya dikelola administrator.");
    }

    static final int MAX_COMMENT_LENGTH = 5_000;

    private static void commentFits(String message) {
        if (message != null && message.length() > MAX_COMMENT_LENGTH) {
            throw new NotValidException("Komentar paling banyak " + MAX_COMMENT_LENGTH + " karakter (terisi " + message.length() + ").");
        }
    }

    /** Tasklist's "Tambah komentar": allowed to whoever may work the task, on that task only. */
    private static void commenting(CommandContext context, Caller caller, String taskId, String processInstanceId, String message) {
        commentFits(message);
        if (taskId == null) {
            needsToUpdate(context, processInstanceId, "Komentar ditulis pada tugas yang Anda kerjakan, bukan langsung pada SOP.");
            return;
        }
        TaskEntity task = TaskRules.visibleTask(context, caller, taskId);
        TaskRules.mayWork(context, caller, task);
        if (processInstanceId != null && !processInstanceId.equals(task.getProcessInstanceId())) {
            throw new NotValidException("Komentar untuk tugas '" + task.getName() + "' hanya dapat ditulis pada SOP tugas itu.");
        }
    }

    /** What needs Camunda's right to change the SOP instance itself, which the office's roles do not hold. */
    private static void needsToUpdate(CommandContext context, String processInstanceId, String refusal) {
        try {
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkUpdateProcessInstanceById(processInstanceId);
            }
        } catch (AuthorizationException refused) {
            throw OfficeRefusal.of(refused, refusal);
        }
    }

    private static void changingAComment(CommandContext context, Caller caller, String taskId, String commentId,
            String processInstanceId) {
        if (taskId == null) {
            needsToUpdate(context, processInstanceId, "Komentar pada SOP (bukan pada tugas) hanya diubah administrator.");
            return;
        }
        TaskEntity task = TaskRules.visibleTask(context, caller, taskId);
        CommentEntity comment = commentId == null ? null
                : context.getCommentManager().findCommentByTaskIdAndCommentId(taskId, commentId);
        if (commentId != null && comment == null) {
            throw new NotFoundException("Komentar '" + commentId + "' tidak ditemukan pada tugas ini.");
        }
        if (comment == null || !caller.is(comment.getUserId())) {
            throw new OfficeRefusal(caller.userId(), TaskRules.fullRights(task),
                    "Anda hanya dapat mengubah atau menghapus komentar Anda sendiri.");
        }
    }

    private static void instanceRepair(CommandContext context, Caller caller, ProcessDefinitionEntity definition, String action) {
        if (definition == null) {
            return;
        }
        try {
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkUpdateProcessInstanceByProcessDefinitionId(definition.getId());
            }
        } catch (AuthorizationException refused) {
            throw OfficeRefusal.of(refused, "Tindakan ini (" + action + ") pada '" + nameOf(definition)
                    + "' hanya untuk administrator: SOP dimulai dari awal dan dijalankan langkah demi langkah.");
        }
    }

    /**
     * A SOP instance (or one of its executions) the caller may not read is not found, exactly like
     * one that does not exist; a finished one counts if the caller may read its history.
     */
    private static void visibleExecution(CommandContext context, String executionId) {
        ExecutionEntity execution = executionId == null ? null : context.getExecutionManager().findExecutionById(executionId);
        String instanceId = execution != null ? execution.getProcessInstanceId() : executionId;
        boolean visible = ((ProcessInstanceQueryImpl) new ProcessInstanceQueryImpl().processInstanceId(instanceId))
                .executeCount(context) > 0
                || ((HistoricProcessInstanceQueryImpl) new HistoricProcessInstanceQueryImpl().processInstanceId(instanceId))
                        .executeCount(context) > 0;
        if (!visible) {
            throw new NotFoundException("SOP dengan id '" + executionId + "' tidak ditemukan.");
        }
    }

    /** A job that does not exist, or that the caller may not see, is not found (Camunda answers some of these with 500). */
    private static void existingJob(CommandContext context, Caller caller, String jobId) {
        JobEntity job = context.getJobManager().findJobById(jobId);
        if (job == null || (caller.restricted() && ((JobQueryImpl) new JobQueryImpl().jobId(jobId)).executeCount(context) == 0)) {
            throw new NotFoundException("Job '" + jobId + "' tidak ditemukan.");
        }
    }

    /** Checked before the job runs, so a refusal cannot cost the job one of its retries. */
    private static void executingAJob(CommandContext context, Caller caller, String jobId) {
        JobEntity job = jobId == null ? null : context.getJobManager().findJobById(jobId);
        if (job == null || ((JobQueryImpl) new JobQueryImpl().jobId(jobId)).executeCount(context) == 0) {
            throw new NotFoundException("Job '" + jobId + "' tidak ditemukan.");
        }
        try {
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkUpdateJob(job);
            }
        } catch (AuthorizationException refused) {
            throw OfficeRefusal.of(refused, "Menjalankan job secara manual hanya untuk administrator; job ini tidak diubah.");
        }
    }

    private boolean refusedBeforeItRan(FailedJobListener listener) {
        JobFailureCollector refused = refusedExecution.get();
        refusedExecution.remove();
        return refused != null && refused == CommandFields.read(listener, "jobFailureCollector");
    }

    /** Camunda gives every user full rights on their own account; deleting it is for an administrator. */
    private static void deletingAUser(Caller caller, String userId) {
        if (caller.is(userId)) {
            throw new OfficeRefusal(caller.userId(), List.of(),
                    "Akun sendiri tidak dapat dihapus; mintalah administrator bila akun ini tidak dipakai lagi.");
        }
    }

    private static ProcessDefinitionEntity definitionOf(CommandContext context, Caller caller, ProcessInstantiationBuilderImpl start) {
        return definitionOf(context, caller, start.getProcessDefinitionId(), start.getProcessDefinitionKey());
    }

    /** The definition to start, if the caller may see it; 404 otherwise (an administrator's unknown id is the engine's to answer). */
    private static ProcessDefinitionEntity definitionOf(CommandContext context, Caller caller, String id, String key) {
        ProcessDefinitionEntity definition;
        try {
            definition = id != null
                    ? context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(id)
                    : context.getProcessEngineConfiguration().getDeploymentCache().findDeployedLatestProcessDefinitionByKey(key);
        } catch (ProcessEngineException unknown) {
            definition = null;
        }
        boolean visible = definition != null
                && (caller.unrestricted() || ((ProcessDefinitionQueryImpl) new ProcessDefinitionQueryImpl()
                        .processDefinitionId(definition.getId())).executeCount(context) > 0);
        if (!visible && caller.restricted()) {
            throw new NotFoundException("SOP '" + (key != null ? key : id) + "' tidak ditemukan.");
        }
        return visible ? definition : null;
    }

    private static String nameOf(ProcessDefinitionEntity definition) {
        return definition.getName() != null ? definition.getName() : definition.getKey();
    }

    /** The SOP instances or executions a command of Camunda's aims at, by its usual field names. */
    private static List<String> instanceIdsOf(Command<?> command) {
        List<String> ids = new java.util.ArrayList<>();
        for (String name : List.of("processInstanceId", "executionId")) {
            fieldOf(command.getClass(), name, String.class).map(field -> (String) CommandFields.read(command, field.getName()))
                    .ifPresent(ids::add);
        }
        fieldOf(command.getClass(), "processInstanceIds", List.class).<List<?>>map(field -> CommandFields.read(command, field.getName()))
                .ifPresent(list -> list.forEach(id -> ids.add(String.valueOf(id))));
        if (command instanceof ModifyProcessInstanceCmd) {
            ids.add(((ProcessInstanceModificationBuilderImpl) CommandFields.read(command, "builder")).getProcessInstanceId());
        }
        ids.removeIf(java.util.Objects::isNull);
        return ids;
    }

    private static Optional<String> jobIdOf(Command<?> command) {
        if (command instanceof ExecuteJobsCmd) {
            return Optional.empty();
        }
        return fieldOf(command.getClass(), "jobId", String.class).map(field -> (String) CommandFields.read(command, field.getName()));
    }

    /** A field of one of Camunda's own commands (ours and the engine's internal ones carry no such arguments). */
    private static Optional<Field> fieldOf(Class<?> type, String name, Class<?> valueType) {
        return type.getName().startsWith("org.camunda.bpm.engine.impl.")
                ? CommandFields.optionalField(type, name, valueType) : Optional.empty();
    }

    /** The task a read or a change of Camunda's task API aims at (its links, comments, attachments, form). */
    private static Optional<String> taskIdOf(Command<?> command) {
        if (NOT_ON_AN_EXISTING_TASK.contains(command.getClass())) {
            return Optional.empty();
        }
        if (command instanceof GetTaskFormVariablesCmd) {
            return Optional.ofNullable(CommandFields.read(command, "resourceId"));
        }
        return fieldOf(command.getClass(), "taskId", String.class).map(field -> (String) CommandFields.read(command, field.getName()));
    }
}
