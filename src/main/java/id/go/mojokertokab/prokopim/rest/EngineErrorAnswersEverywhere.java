package id.go.mojokertokab.prokopim.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;

import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Registers {@link EngineErrorAnswers} in every Jersey application of the server: Camunda's REST
 * API ({@code /engine-rest}) and the webapps' own API ({@code /camunda/api/engine}, which Tasklist
 * and Cockpit call, and which Camunda builds from a fixed class list without a hook of its own).
 * Jersey finds this through {@code META-INF/services}, its supported way to extend every
 * application; registered like the applications' own providers, the mappers take precedence
 * over Camunda's for the exceptions they map.
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public final class EngineErrorAnswersEverywhere implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(EngineErrorAnswers.ForEngineExceptions.class)) {
            context.register(EngineErrorAnswers.ForEngineExceptions.class, 1);
            context.register(EngineErrorAnswers.ForRestExceptions.class, 1);
            context.register(EngineErrorAnswers.ForJsonSyntax.class, 1);
            context.register(EngineErrorAnswers.ForJsonShape.class, 1);
            context.register(JsonNullBody.class);
        }
    }
}
