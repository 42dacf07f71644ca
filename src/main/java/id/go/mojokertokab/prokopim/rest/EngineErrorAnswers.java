package id.go.mojokertokab.prokopim.rest;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.WebApplicationException;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.FormException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.slf4j.Logger;

import id.go.mojokertokab.prokopim.security.RecentRefusal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.slf4j.LoggerFactory;

/**
 * Answers a client's mistake on Camunda's REST API as what it is, in Camunda's own error shape
 * (ExceptionDto, AuthorizationExceptionDto for 403), on both REST trees: {@code /engine-rest} and
 * the webapps' {@code /camunda/api/engine} that Tasklist and Cockpit call.
 *
 * <p>Camunda's resources wrap most engine exceptions into a 500 "Cannot complete task …", so a
 * refused form (400), a task that is not found (404), or the loser of two simultaneous
 * completions (409) would read as a server failure. This looks through the wrapping for the
 * exception that says what happened and answers with its status and its message (the office's
 * refusals are in Indonesian); anything else is left to Camunda's handling.
 */
public final class EngineErrorAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(EngineErrorAnswers.class);

    private EngineErrorAnswers() {
    }

    static Response answer(Throwable thrown) {
        return clientError(thrown)
                .map(answer -> Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(answer.body()).build())
                .orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(thrown));
    }

    /** The status and Camunda-shaped body for a client's mistake, or empty when it is not one. */
    public static Optional<Answer> clientError(Throwable thrown) {
        Throwable meaningful = null;
        Status status = null;
        for (Throwable cause = thrown; cause != null && meaningful == null; cause = cause.getCause()) {
            status = statusOf(cause);
            meaningful = status == null ? null : cause;
        }
        if (meaningful == null) {
            // a refusal of the office's rules that a Camunda resource re-threw with its message only
            Optional<ProcessEngineException> refusal = RecentRefusal.withMessage(thrown.getMessage());
            if (refusal.isPresent() && statusOf(refusal.get()) != null) {
                meaningful = refusal.get();
                status = statusOf(meaningful);
            }
        }
        if (meaningful == null && NO_TASK_FOUND.matcher(String.valueOf(thrown.getMessage())).find()) {
            // Camunda's comment and attachment resources answer 400 for a task the caller may not see
            meaningful = thrown;
            status = Status.NOT_FOUND;
        }
        if (meaningful == null) {
            Status wrapped = statusOfClientRestError(thrown);
            if (wrapped == null) {
                return Optional.empty();
            }
            meaningful = thrown;
            status = wrapped;
        }
        LOG.debug("{} {}: {}", status.getStatusCode(), meaningful.getClass().getSimpleName(), meaningful.getMessage());
        ExceptionDto body = ExceptionHandlerHelper.getInstance().fromException(meaningful);
        if (body.getCode() == null) {
            body.setCode(meaningful instanceof ProcessEngineException engine ? engine.getCode() : 0);
        }
        body.setMessage(inIndonesian(meaningful));
        return Optional.of(new Answer(status, body));
    }

    public record Answer(Status status, ExceptionDto body) {
    }

    private static Status statusOf(Throwable exception) {
        if (exception instanceof AuthorizationException) {
            return Status.FORBIDDEN;
        }
        if (exception instanceof NotFoundException) {
            return Status.NOT_FOUND;
        }
        if (exception instanceof OptimisticLockingException || exception instanceof TaskAlreadyClaimedException
                || (exception instanceof ProcessEngineException engine && engine.getCode() == BuiltinExceptionCode.DEADLOCK.getCode())) {
            return Status.CONFLICT;
        }
        if (exception instanceof BadUserRequestException || exception instanceof FormException
                || exception instanceof ParseException || exception instanceof NullValueException
                || (exception instanceof ProcessEngineException engine
                        && engine.getCode() == BuiltinExceptionCode.COLUMN_SIZE_TOO_SMALL.getCode())) {
            return Status.BAD_REQUEST;
        }
        return null;
    }

    /** Camunda's own 4xx answers (e.g. "No matching task"), which need no translation of their status. */
    private static Status statusOfClientRestError(Throwable thrown) {
        int code = thrown instanceof RestException rest && rest.getStatus() != null ? rest.getStatus().getStatusCode()
                : thrown instanceof WebApplicationException web ? web.getResponse().getStatus() : 500;
        return code >= 400 && code < 500 ? Status.fromStatusCode(code) : null;
    }

    /**
     * Camunda's English for what every user meets (refused permissions, conflicts, values too long,
     * the usual "not found"), said in Indonesian; the office's own messages as they are.
     */
    private static String inIndonesian(Throwable exception) {
        String message = exception.getMessage() == null ? "" : exception.getMessage();
        if (exception instanceof AuthorizationException refused && message.startsWith("The user with id")) {
            return "Pengguna '" + refused.getUserId() + "' tidak berhak melakukan tindakan ini; dibutuhkan salah satu izin: "
                    + refused.getMissingAuthorizations().stream()
                            .map(missing -> missing.getViolatedPermissionName() + " atas " + missing.getResourceType() + " '"
                                    + missing.getResourceId() + "'")
                            .reduce((a, b) -> a + ", " + b).orElse("-") + ".";
        }
        if (exception instanceof TaskAlreadyClaimedException) {
            return "Tugas ini sudah diambil oleh orang lain; muat ulang daftar tugas.";
        }
        if (exception instanceof OptimisticLockingException && message.startsWith("ENGINE-")) {
            return "Data ini baru saja diubah oleh orang lain pada saat yang sama; muat ulang lalu periksa kembali.";
        }
        if (exception instanceof ProcessEngineException engine && engine.getCode() == BuiltinExceptionCode.COLUMN_SIZE_TOO_SMALL.getCode()) {
            return "Sebuah nilai terlalu panjang untuk disimpan (misalnya business key, paling banyak 255 karakter); tidak ada yang diubah.";
        }
        String unwrapped = CAMUNDA_PREFIX.matcher(message).replaceFirst("");
        for (Map.Entry<Pattern, Function<Matcher, String>> known : CAMUNDA_MESSAGES.entrySet()) {
            Matcher matcher = known.getKey().matcher(unwrapped);
            if (matcher.find()) {
                return known.getValue().apply(matcher);
            }
        }
        return message;
    }

    private static final Pattern NO_TASK_FOUND = Pattern.compile("^No task found for task id (\\S+)");

    /** "Cannot complete task 4f…: ", Camunda's prefix when it wraps the reason. */
    private static final Pattern CAMUNDA_PREFIX = Pattern.compile("^(Cannot [a-z ]+ [\\w-]+: )+");

    private static final Map<Pattern, Function<Matcher, String>> CAMUNDA_MESSAGES = Map.of(
            Pattern.compile("No matching process definition with key: (\\S+)"),
            m -> "SOP dengan kunci '" + m.group(1) + "' tidak ditemukan.",
            Pattern.compile("^No matching task with id (\\S+)"),
            m -> "Tugas '" + m.group(1) + "' tidak ditemukan (No matching task with id " + m.group(1) + ").",
            Pattern.compile("No matching (?:definition|process instance|execution|deployment|job) with id (\\S+)"),
            m -> "Data dengan id '" + m.group(1) + "' tidak ditemukan.",
            Pattern.compile("Process instance with id (\\S+) does not exist"),
            m -> "SOP yang sedang berjalan dengan id '" + m.group(1) + "' tidak ditemukan.",
            NO_TASK_FOUND, m -> "Tugas '" + m.group(1) + "' tidak ditemukan (No matching task with id " + m.group(1) + ").",
            Pattern.compile("Cannot find task with id (\\S+)"),
            m -> "Tugas '" + m.group(1) + "' tidak ditemukan (No matching task with id " + m.group(1) + ").",
            Pattern.compile("Cannot convert value '(.*)' of type '(\\w+)'", Pattern.DOTALL),
            m -> "Nilai '" + m.group(1) + "' bukan nilai jenis " + m.group(2) + ".");

    /** A body that is not JSON at all: Jersey's own answer would be plain text. */
    static Response badJson(String problem) {
        ExceptionDto body = new ExceptionDto();
        body.setType("InvalidRequestException");
        body.setMessage("Isi permintaan tidak dapat dibaca: " + problem);
        body.setCode(0);
        return Response.status(Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** For every {@link ProcessEngineException} that reaches a REST resource unwrapped. */
    @jakarta.annotation.Priority(1)
    public static final class ForEngineExceptions implements jakarta.ws.rs.ext.ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            return answer(exception);
        }
    }

    /** For the {@link RestException}s Camunda's resources wrap engine exceptions into. */
    @jakarta.annotation.Priority(1)
    public static final class ForRestExceptions implements jakarta.ws.rs.ext.ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException exception) {
            return answer(exception);
        }
    }

    @jakarta.annotation.Priority(1)
    public static final class ForJsonSyntax implements jakarta.ws.rs.ext.ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException exception) {
            return badJson("bukan JSON yang sah (baris " + exception.getLocation().getLineNr() + ", kolom "
                    + exception.getLocation().getColumnNr() + ").");
        }
    }

    @jakarta.annotation.Priority(1)
    public static final class ForJsonShape implements jakarta.ws.rs.ext.ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException exception) {
            String field = exception.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse("");
            return badJson("bentuk JSON tidak sesuai" + (field.isEmpty() ? "" : " pada '" + field + "'") + ".");
        }
    }
}
