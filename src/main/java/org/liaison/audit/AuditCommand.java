package org.liaison.audit;

import java.io.PrintStream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line {@code audit verify}: starts the node without its web server or demo data,
 * verifies the chain in the configured database, prints the result and exits 0 when it is intact,
 * 1 when it is broken (naming the first broken entry).
 */
public final class AuditCommand {

	private AuditCommand() {
	}

	public static boolean handles(String[] args) {
		return args.length >= 2 && args[0].equals("audit") && args[1].equals("verify");
	}

	public static int run(Class<?> application, String[] args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("liaison.command=audit-verify", "spring.main.banner-mode=off", "logging.level.root=WARN")
			.run(java.util.Arrays.copyOfRange(args, 2, args.length))) {
			return print(context.getBean(AuditLog.class).verify(), System.out);
		}
	}

	static int print(AuditVerification v, PrintStream out) {
		if (v.valid()) {
			out.println("audit log intact: " + v.entries() + " entries verified");
			return 0;
		}
		out.println("audit log BROKEN at entry " + v.firstBrokenEntry() + " (" + v.problem() + "); "
				+ v.entries() + " entries read");
		return 1;
	}
}
