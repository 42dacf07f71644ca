package id.go.mojokertokab.prokopim.inventory.check;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Step 4 cannot write the check into the Buku inventarisasi because the register changed since
 * step 3's list was made (an item retired or gone). Nothing is written and the task stays open;
 * the REST API answers 400 with the message.
 */
class InspectionNotRecorded extends BadUserRequestException {

    InspectionNotRecorded(String message) {
        super(message);
    }
}
