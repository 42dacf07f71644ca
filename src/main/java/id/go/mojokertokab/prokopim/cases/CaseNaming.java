package id.go.mojokertokab.prokopim.cases;

import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.go.mojokertokab.prokopim.OfficeTime;

/**
 * Names a case: a business key given by the starter is kept; otherwise the process's
 * {@value CaseNamePlugin#PROPERTY} expression over the start variables becomes the business key.
 * Either way the name is also the variable {@value CaseNamePlugin#PROPERTY} of the instance and,
 * as a local variable, of each of its tasks: Tasklist's filters show it on every task card, and
 * staff, who may read their tasks but not the instance, read it from the task.
 * <p>
 * It runs when the process starts and again when a task is created: a case started at a chosen
 * step (an administrator's start with instructions) gets its variables only after the process
 * start, so its first task names it, from the fields or, lacking them, from the SOP and the time.
 */
final class CaseNaming implements ExecutionListener, TaskListener {

    private static final Logger LOG = LoggerFactory.getLogger(CaseNaming.class);
    /** The length of Camunda's business key column. */
    static final int MAX_LENGTH = 255;

    private final Expression name;
    private final String processName;
    private final OfficeTime officeTime;

    CaseNaming(Expression name, String processName, OfficeTime officeTime) {
        this.name = name;
        this.processName = processName;
        this.officeTime = officeTime;
    }

    @Override
    public void notify(DelegateExecution processStart) {
        name(processStart, false);
    }

    @Override
    public void notify(DelegateTask newTask) {
        newTask.setVariableLocal(CaseNamePlugin.PROPERTY, name(newTask.getExecution(), true));
    }

    /** The case's name, given to it now if it has none yet and {@code lastChance} or its fields allow. */
    private String name(DelegateExecution execution, boolean lastChance) {
        Object named = execution.getProcessInstance().getVariableLocal(CaseNamePlugin.PROPERTY);
        if (named != null) {
            return named.toString();
        }
        String caseName = execution.getProcessBusinessKey();
        if (caseName == null || caseName.isBlank()) {
            caseName = evaluated(execution, lastChance).map(CaseNaming::shortened).orElse(null);
            if (caseName == null) {
                return null;
            }
            execution.setProcessBusinessKey(caseName);
        }
        execution.getProcessInstance().setVariableLocal(CaseNamePlugin.PROPERTY, caseName);
        return caseName;
    }

    private Optional<String> evaluated(DelegateExecution execution, boolean lastChance) {
        try {
            Object value = name.getValue(execution);
            String text = value == null ? "" : value.toString().replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                return Optional.of(text);
            }
        } catch (ProcessEngineException fieldsMissing) {
            if (lastChance) {
                LOG.info("A case of {} has not the fields of its name ({}); named by its start time", processName,
                        fieldsMissing.getMessage());
            }
        }
        return lastChance ? Optional.of(processName + ", " + officeTime.format(ClockUtil.getCurrentTime())) : Optional.empty();
    }

    private static String shortened(String caseName) {
        if (caseName.length() <= MAX_LENGTH) {
            return caseName;
        }
        int end = MAX_LENGTH - 1;
        if (Character.isLowSurrogate(caseName.charAt(end))) {
            end--; // never split a character outside the BMP (an emoji) in two
        }
        return caseName.substring(0, end) + "…";
    }
}
