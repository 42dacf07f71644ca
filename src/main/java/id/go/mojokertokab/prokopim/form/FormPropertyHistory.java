package id.go.mojokertokab.prokopim.form;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Camunda's history producer, except that the audit record a form submission writes for each text
 * it submits ("form property", a plain text column of 4,000 characters) keeps the beginning of a
 * longer text. The variable itself, and its history, keep the whole text
 * ({@link LongTextSerializer}); without this a long caption would fail the whole submission.
 */
class FormPropertyHistory extends CacheAwareHistoryEventProducer {

    static final String CUT = " … (terpotong; teks lengkap di riwayat variabel)";

    @Override
    public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId, String propertyValue,
            String taskId) {
        String kept = propertyValue != null && propertyValue.length() > LongTextSerializer.TEXT_COLUMN_LENGTH
                ? propertyValue.substring(0, LongTextSerializer.TEXT_COLUMN_LENGTH - CUT.length()) + CUT
                : propertyValue;
        return super.createFormPropertyUpdateEvt(execution, propertyId, kept, taskId);
    }
}
