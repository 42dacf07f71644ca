package id.go.mojokertokab.prokopim.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Answers 400 with the validator's own message when a SOP step refuses its form data. The step
 * validators are task listeners, and the engine wraps whatever a task listener throws, so
 * Camunda's REST API would report the caller's mistake as a 500 server error. Every other error
 * is left to Camunda's handler.
 */
@Priority(1)
class FormValidationErrorMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormFieldValidationException invalid) {
                ExceptionDto body = new ExceptionDto();
                body.setType(FormFieldValidationException.class.getSimpleName());
                body.setMessage(invalid.getMessage());
                return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
            }
        }
        return camundaHandler.toResponse(exception);
    }
}
