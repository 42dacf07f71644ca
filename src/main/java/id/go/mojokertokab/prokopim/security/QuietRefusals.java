package id.go.mojokertokab.prokopim.security;

import jakarta.annotation.PreDestroy;

import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps the office's refusals out of the error log. Camunda logs a refusal it raises itself
 * (an AuthorizationException, a BadUserRequestException) at DEBUG, but one raised inside a task
 * listener, such as {@link TaskGuards}' lane rule, reaches its command context wrapped in a plain
 * ProcessEngineException and is logged as ERROR "ENGINE-16004" with a stack trace, though the
 * caller got a 4xx with the reason. This filter drops exactly those entries: logger
 * {@value #ENGINE_CONTEXT}, an {@link OfficeRefusal} in the cause chain. It replaces any earlier
 * copy (another application context in the same JVM, as in tests) and leaves with its context.
 */
@Component
class QuietRefusals extends TurboFilter {

    static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";
    private static final int MAX_CAUSES = 20;

    QuietRefusals() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getTurboFilterList().removeIf(QuietRefusals.class::isInstance);
            logback.addTurboFilter(this);
            start();
        }
    }

    @PreDestroy
    void leave() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getTurboFilterList().remove(this);
        }
        stop();
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || !ENGINE_CONTEXT.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        return isRefusal(t) || (params != null && params.length > 0 && isRefusal(params[params.length - 1]))
                ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    private static boolean isRefusal(Object thrown) {
        Throwable cause = thrown instanceof Throwable throwable ? throwable : null;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof OfficeRefusal) {
                return true;
            }
        }
        return false;
    }
}
