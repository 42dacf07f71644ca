package id.go.mojokertokab.prokopim.rest;

import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The answers of the office's own {@code /api} to a refusal or a client's mistake: Camunda's error
 * shape and status, as on the REST API ({@link EngineErrorAnswers}), with a message in Indonesian.
 * A server fault is not a client's mistake and stays a 500.
 */
@RestControllerAdvice(basePackages = "id.go.mojokertokab.prokopim")
class OfficeApiErrors {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class);

    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<ExceptionDto> refused(ProcessEngineException refusal) {
        EngineErrorAnswers.Answer answer = EngineErrorAnswers.clientError(refusal).orElseThrow(() -> refusal);
        return ResponseEntity.status(answer.status().getStatusCode()).contentType(MediaType.APPLICATION_JSON).body(answer.body());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ExceptionDto> missing(MissingServletRequestParameterException missing) {
        return refused(new NotValidException("Parameter '" + missing.getParameterName() + "' wajib diisi."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ExceptionDto> mistyped(MethodArgumentTypeMismatchException mistyped) {
        return refused(new NotValidException("Parameter '" + mistyped.getName() + "' tidak sah: " + mistyped.getValue()
                + (WHOLE_NUMBERS.contains(mistyped.getRequiredType()) ? " (harus berupa bilangan bulat)." : ".")));
    }

    /** A body that is no JSON, or JSON of the wrong shape (a word where a number belongs). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ExceptionDto> unreadable(HttpMessageNotReadableException unreadable) {
        String problem;
        if (unreadable.getCause() instanceof JsonParseException syntax) {
            problem = "bukan JSON yang sah (baris " + syntax.getLocation().getLineNr() + ", kolom "
                    + syntax.getLocation().getColumnNr() + ").";
        } else if (unreadable.getCause() instanceof JsonMappingException shape && !shape.getPath().isEmpty()) {
            String field = shape.getPath().get(shape.getPath().size() - 1).getFieldName();
            boolean number = shape instanceof MismatchedInputException mismatch && WHOLE_NUMBERS.contains(mismatch.getTargetType());
            problem = "isian '" + field + "' tidak sesuai bentuknya" + (number ? " (harus berupa bilangan bulat)." : ".");
        } else if (unreadable.getCause() == null) {
            problem = "isi permintaan kosong; kirim objek JSON.";
        } else {
            problem = "kirim satu objek JSON.";
        }
        ExceptionDto body = new ExceptionDto();
        body.setType("InvalidRequestException");
        body.setMessage("Isi permintaan tidak dapat dibaca: " + problem);
        body.setCode(0);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
