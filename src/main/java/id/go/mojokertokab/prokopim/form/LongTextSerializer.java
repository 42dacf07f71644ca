package id.go.mojokertokab.prokopim.form;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Stores a text variable longer than Camunda's text column (4,000 characters) in the engine's
 * byte-array table instead, so a long caption, release or note is kept whole rather than failing
 * the completion. It stays a {@code String} for every reader: the REST API, Tasklist, Cockpit and
 * history. Shorter texts keep Camunda's own storage.
 */
public class LongTextSerializer extends PrimitiveValueSerializer<StringValue> {

    /** Camunda's {@code TEXT_} column (VARCHAR 4000) on every database it supports. */
    static final int TEXT_COLUMN_LENGTH = 4_000;
    static final String NAME = "prokopimLongText";

    public LongTextSerializer() {
        super(ValueType.STRING);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    protected boolean canWriteValue(TypedValue value) {
        return value.getValue() instanceof String text && text.length() > TEXT_COLUMN_LENGTH;
    }

    @Override
    public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
        return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
    }

    @Override
    public void writeValue(StringValue value, ValueFields valueFields) {
        valueFields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public StringValue readValue(ValueFields valueFields, boolean asTransientValue) {
        byte[] bytes = valueFields.getByteArrayValue();
        return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
    }
}
