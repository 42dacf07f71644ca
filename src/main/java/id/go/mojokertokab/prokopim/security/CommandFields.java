package id.go.mojokertokab.prokopim.security;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the arguments of a Camunda command (its protected fields: the task id, the variables),
 * which the engine's command classes keep without getters. Every field this project reads is
 * listed in {@link OfficeCommands#FIELDS_READ} and resolved when the engine starts, so a Camunda
 * upgrade that renames one fails the start, not a request.
 */
final class CommandFields {

    private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();
    private static final Map<String, Optional<Field>> OPTIONAL = new ConcurrentHashMap<>();

    private CommandFields() {
    }

    @SuppressWarnings("unchecked")
    static <T> T read(Object command, String name) {
        try {
            return (T) field(command.getClass(), name).get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + name + " of " + command.getClass().getName(), e);
        }
    }

    /** A field the command may have, of the given type: for rules that apply to whichever commands carry, e.g., a task id. */
    static Optional<Field> optionalField(Class<?> type, String name, Class<?> valueType) {
        return OPTIONAL.computeIfAbsent(type.getName() + "#" + name, key -> {
            try {
                Field field = field(type, name);
                return valueType.isAssignableFrom(field.getType()) ? Optional.of(field) : Optional.empty();
            } catch (IllegalStateException absent) {
                return Optional.empty();
            }
        });
    }

    static Field field(Class<?> type, String name) {
        return FIELDS.computeIfAbsent(type.getName() + "#" + name, key -> {
            for (Class<?> declaring = type; declaring != null; declaring = declaring.getSuperclass()) {
                try {
                    Field field = declaring.getDeclaredField(name);
                    field.setAccessible(true);
                    return field;
                } catch (NoSuchFieldException notHere) {
                    // look in the superclass
                }
            }
            throw new IllegalStateException(type.getName() + " has no field '" + name
                    + "': the Camunda version differs from the one these rules were written for (7.24)");
        });
    }
}
