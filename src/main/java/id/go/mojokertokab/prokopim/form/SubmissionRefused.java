package id.go.mojokertokab.prokopim.form;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A step's completion or a SOP's start refused because its data is not what the form can
 * produce; the message names every problem, in Indonesian. A bad user request to Camunda: the
 * REST API answers 400, and the engine logs it as the caller's mistake, not as an error.
 */
public class SubmissionRefused extends BadUserRequestException {

    private final transient List<String> problems;

    public SubmissionRefused(List<String> problems) {
        super(StepSubmission.message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
