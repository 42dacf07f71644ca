package id.go.mojokertokab.prokopim;

import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Points Camunda's REST API and webapps at the engine of the test that is running. They look the
 * engine up by name ("default") in a JVM-wide registry, and Spring keeps several test
 * applications alive side by side, each registering its own "default" engine; without this, an
 * HTTP or browser test can talk to another test's engine and database. Cockpit's plugins (e.g.
 * its incidents tab) also keep a command executor per engine name, made from the first engine
 * they met, so that cache starts afresh whenever the engine changes. Registered for every Spring
 * test in META-INF/spring.factories.
 */
public class ActiveProcessEngineListener extends AbstractTestExecutionListener {

    private static ProcessEngine active;

    @Override
    public void beforeTestMethod(TestContext testContext) {
        ProcessEngine engine = testContext.getApplicationContext().getBean(ProcessEngine.class);
        ProcessEngines.registerProcessEngine(engine);
        if (engine != active) {
            Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
            active = engine;
        }
    }
}
