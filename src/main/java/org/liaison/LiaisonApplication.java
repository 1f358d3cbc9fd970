package org.liaison;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** A Liaison node: one nation's or organisation's share of the cooperation. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LiaisonApplication {

	public static void main(String[] args) {
		if (args.length > 0 && org.liaison.audit.AuditCommand.handles(args)) {
			System.exit(org.liaison.audit.AuditCommand.run(LiaisonApplication.class, args));
		}
		SpringApplication.run(LiaisonApplication.class, args);
	}
}
