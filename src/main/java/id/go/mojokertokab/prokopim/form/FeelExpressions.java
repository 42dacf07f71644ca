package id.go.mojokertokab.prokopim.form;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * The FEEL expressions of a form ({@code conditional.hide}, {@code valuesExpression}), evaluated
 * on the server with the FEEL engine Camunda 7 ships, the same language form-js evaluates in the
 * browser. Expressions are parsed once.
 */
final class FeelExpressions {

    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
    private static final Map<String, Optional<ParsedExpression>> PARSED = new ConcurrentHashMap<>();

    private FeelExpressions() {
    }

    /** @return the result, or empty when the expression cannot be parsed or evaluated */
    static Optional<Object> evaluate(String expression, Map<String, Object> context) {
        Optional<ParsedExpression> parsed = PARSED.computeIfAbsent(expression, FeelExpressions::parse);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        EvaluationResult result = FEEL.evaluate(parsed.get(), context);
        return result.isSuccess() ? Optional.ofNullable(result.result()) : Optional.empty();
    }

    private static Optional<ParsedExpression> parse(String expression) {
        String feel = expression.startsWith("=") ? expression.substring(1) : expression;
        ParseResult parsed = FEEL.parseExpression(feel);
        return parsed.isSuccess() ? Optional.of(parsed.parsedExpression()) : Optional.empty();
    }
}
