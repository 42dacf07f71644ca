package id.go.mojokertokab.prokopim.inventory;

import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * A change the register refuses because of its present state: a kode already in use, an edit
 * based on an older version, a proposal already decided. Answered 409 in Camunda's error shape
 * (rest/EngineErrorAnswers answers every {@link OptimisticLockingException} so) with the
 * Indonesian message, which says what the state is and who made it so.
 */
class RegisterConflict extends OptimisticLockingException {

    RegisterConflict(String message) {
        super(message);
    }
}
