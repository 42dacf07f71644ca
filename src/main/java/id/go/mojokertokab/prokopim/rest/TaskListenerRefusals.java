package id.go.mojokertokab.prokopim.rest;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Gives a refusal raised inside a task listener the status Camunda gives the same refusal raised
 * by the engine itself: 400 for form data a SOP step refuses, 403 for a task guard's refusal.
 * The engine wraps whatever a task listener throws, so without this Camunda's REST API reports
 * the caller's mistake as a 500 server error. Camunda's REST API reaches a caller either as a
 * RestException (completing a task) or as the engine's exception (claiming one), so both have a
 * mapper; everything else is left to Camunda's own handlers.
 */
final class TaskListenerRefusals {

    private TaskListenerRefusals() {
    }

    static Optional<Response> of(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormFieldValidationException invalid) {
                return Optional.of(error(Response.Status.BAD_REQUEST, invalid));
            }
            if (cause instanceof AuthorizationException refused) {
                return Optional.of(error(Response.Status.FORBIDDEN, refused));
            }
        }
        return Optional.empty();
    }

    private static Response error(Response.Status status, Exception cause) {
        ExceptionDto body = new ExceptionDto();
        body.setType(cause.getClass().getSimpleName());
        body.setMessage(cause.getMessage());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    @Priority(1)
    static final class InRestExceptions implements ExceptionMapper<RestException> {
        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            return of(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }

    @Priority(1)
    static final class InEngineExceptions implements ExceptionMapper<ProcessEngineException> {
        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return of(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }
}
