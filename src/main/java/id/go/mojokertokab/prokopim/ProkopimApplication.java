package id.go.mojokertokab.prokopim;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ProkopimApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProkopimApplication.class, args);
    }
}
