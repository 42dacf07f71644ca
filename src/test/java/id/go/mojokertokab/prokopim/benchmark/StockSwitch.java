package id.go.mojokertokab.prokopim.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.actuate.autoconfigure.observation.web.servlet.WebMvcObservationAutoConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.session.SessionAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import id.go.mojokertokab.prokopim.ProkopimApplication;

/**
 * Variant "stock" of {@link SopLoadBenchmark}: this application with the project's extensions
 * switched off, so the engine runs the same models the way a stock Camunda 7.24 Spring Boot starter
 * would. The server of that variant runs this class's {@link #main} instead of the application's;
 * it exists only on the benchmark's classpath, never in the application, so no profile or property
 * of the office's server can open its REST API.
 *
 * <p>Switched off, all in this class:
 * <ul>
 * <li>every engine plugin of the project (office rules and login throttle, lane guard, step
 * forms and their history, supervision, case names, SLA task hooks, time scale, notifications,
 * office cron, startup lock): its command interceptors, parse listeners, serializers;</li>
 * <li>every servlet filter the project registers: REST authentication on {@code /engine-rest}
 * and {@code /api} (the REST API is open, as Camunda ships it), request body limit, the API's
 * security and cache headers;</li>
 * <li>authorization checks, and the job executor's polling back at Camunda's defaults (5 s, up to 60 s);</li>
 * <li>Spring Session JDBC (webapp logins in the database) and Spring Boot's per-request HTTP
 * observation (metrics), which a stock starter does not have;</li>
 * <li>the notification outbox's delivery poller.</li>
 * </ul>
 * Kept: the beans the models themselves call by name ({@code delegateExpression="${…}"}: the
 * equipment checklist, the inspection recorder and its laporan, staff options, the publication
 * recorder, the SLA breach listener), since without them the same models cannot run; the seeded
 * users, groups and Buku inventarisasi they read; Flyway; Camunda's Spin plugin. Also kept, because
 * Jersey finds it through {@code META-INF/services} and only a switch for all of Jersey's
 * auto-discovery could drop it: the REST error answers and the {@code null}-body check
 * ({@code rest/EngineErrorAnswersEverywhere}), which act on error answers and read each JSON body once.
 */
public final class StockSwitch implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String PROJECT_PACKAGE = "id.go.mojokertokab.prokopim.";

    static final Map<String, Object> CAMUNDA_DEFAULTS = Map.of(
            "camunda.bpm.authorization.enabled", false,
            "camunda.bpm.job-execution.wait-time-in-millis", 5000,
            "camunda.bpm.job-execution.max-wait", 60000,
            "prokopim.notifikasi.pengiriman.aktif", false,
            "spring.autoconfigure.exclude", SessionAutoConfiguration.class.getName() + ","
                    + WebMvcObservationAutoConfiguration.class.getName());

    /** The application, started as {@code ProkopimApplication.main} does, with this switch. */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ProkopimApplication.class);
        application.addInitializers(new StockSwitch());
        application.run(args);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("stockCamunda", CAMUNDA_DEFAULTS));
        context.addBeanFactoryPostProcessor(StockSwitch::removeExtensions);
    }

    /** Runs after the component scan and the configuration classes have registered every bean. */
    private static void removeExtensions(ConfigurableListableBeanFactory beans) {
        BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beans;
        List<String> removed = new ArrayList<>();
        for (Class<?> extension : List.of(ProcessEnginePlugin.class, FilterRegistrationBean.class, Filter.class)) {
            for (String name : beans.getBeanNamesForType(extension, true, false)) {
                if (registry.containsBeanDefinition(name) && declaredByTheProject(beans, beans.getBeanDefinition(name))) {
                    registry.removeBeanDefinition(name);
                    removed.add(name);
                }
            }
        }
        System.out.println("Stock Camunda: switched off " + removed + " and " + CAMUNDA_DEFAULTS.keySet());
    }

    /** A bean of the project's packages, or one made by a {@code @Bean} method of such a class. */
    private static boolean declaredByTheProject(ConfigurableListableBeanFactory beans, BeanDefinition definition) {
        String declaringClass = definition.getFactoryBeanName() != null && beans.containsBeanDefinition(definition.getFactoryBeanName())
                ? beans.getBeanDefinition(definition.getFactoryBeanName()).getBeanClassName()
                : definition.getBeanClassName();
        return declaringClass != null && declaringClass.startsWith(PROJECT_PACKAGE);
    }
}
