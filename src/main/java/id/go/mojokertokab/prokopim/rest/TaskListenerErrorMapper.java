package id.go.mojokertokab.prokopim.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Gives a refusal raised inside a task listener the status Camunda gives the same refusal raised
 * by the engine itself: 400 for form data a SOP step refuses, 403 for completing a task someone
 * else has claimed. The engine wraps whatever a task listener throws, so without this Camunda's
 * REST API reports the caller's mistake as a 500 server error. Everything else is left to
 * Camunda's own handler.
 */
@Priority(1)
class TaskListenerErrorMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormFieldValidationException invalid) {
                return error(Response.Status.BAD_REQUEST, invalid);
            }
            if (cause instanceof AuthorizationException refused) {
                return error(Response.Status.FORBIDDEN, refused);
            }
        }
        return camundaHandler.toResponse(exception);
    }

    private static Response error(Response.Status status, Exception cause) {
        ExceptionDto body = new ExceptionDto();
        body.setType(cause.getClass().getSimpleName());
        body.setMessage(cause.getMessage());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
