package id.go.mojokertokab.prokopim;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Camunda's tables for the office's own read-only SQL (aggregates and pages the engine's queries
 * cannot ask for): the engine's data source, and each table's name with the engine's prefix
 * ({@code camunda.bpm.database.table-prefix}, which this application leaves empty). Whoever reads
 * through it checks the caller's rights first: the engine checks nothing here.
 */
@Component
public class EngineTables {

    private final JdbcClient jdbc;
    private final String prefix;

    EngineTables(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.jdbc = JdbcClient.create(configuration.getDataSource());
        this.prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** "ACT_HI_TASKINST" with the engine's prefix. */
    public String table(String name) {
        return prefix + name;
    }
}
